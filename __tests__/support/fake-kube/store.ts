/**
 * The stand-in's storage: objects by resource, namespace and name, with the metadata the API server keeps
 * (uid, resourceVersion, generation, creationTimestamp, managedFields), defaulting, a little validation,
 * and server-side apply with field ownership (see field-ownership.ts).
 */
import { randomUUID } from 'node:crypto';
import type { KubeObject } from '../../../shared/k8s/objects.js';
import {
  displayPath,
  fieldsV1,
  leafPaths,
  removeAt,
  setAt,
  valueAt,
  type Conflict,
  type FieldPath,
} from './field-ownership.js';
import { groupVersion, type ResourceType } from './resources.js';

/** An error the server returns as a `Status` object. */
export class ApiStatusError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ApplyRequest {
  manager: string;
  force: boolean;
  dryRun: boolean;
}

interface Entry {
  object: KubeObject;
  /** manager -> the field paths it applied. */
  owners: Map<string, Map<string, FieldPath>>;
}

const key = (r: ResourceType, namespace: string, name: string) => `${groupVersion(r)}/${r.plural}/${namespace}/${name}`;

/** `k=v,k2=v2,k3` (equality and existence), the subset of label selectors clients send here. */
export function matchesSelector(labels: Record<string, string> | undefined, selector: string | null): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [k, v] = term.split('=');
    if (v === undefined) return term.startsWith('!') ? !(term.slice(1) in (labels ?? {})) : k in (labels ?? {});
    return labels?.[k] === v;
  });
}

function fieldMatches(object: KubeObject, selector: string | null): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [k, v] = term.split('=');
    return (
      String(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], object)) === v
    );
  });
}

function applyDefaults(o: KubeObject): void {
  const spec = o.spec as Record<string, unknown> | undefined;
  if (!spec) return;
  if (o.kind === 'Deployment') {
    spec.replicas ??= 1;
    spec.strategy ??= { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } };
    spec.progressDeadlineSeconds ??= 600;
    spec.revisionHistoryLimit ??= 10;
  }
  if (o.kind === 'StatefulSet' || o.kind === 'DaemonSet') {
    if (o.kind === 'StatefulSet') spec.replicas ??= 1;
    spec.updateStrategy ??= { type: 'RollingUpdate' };
  }
}

function validate(o: KubeObject): void {
  const spec = o.spec as
    | {
        selector?: { matchLabels?: Record<string, string> };
        template?: {
          metadata?: { labels?: Record<string, string> };
          spec?: { containers?: { name: string; image?: string }[] };
        };
      }
    | undefined;
  if (!spec?.template) return;
  const labels = spec.template.metadata?.labels ?? {};
  const selector = spec.selector?.matchLabels ?? {};
  if (o.kind !== 'Job' && !Object.entries(selector).every(([k, v]) => labels[k] === v)) {
    throw new ApiStatusError(
      422,
      'Invalid',
      `${o.kind}.apps "${o.metadata.name}" is invalid: spec.template.metadata.labels: Invalid value: ${JSON.stringify(labels)}: \`selector\` does not match template \`labels\``,
    );
  }
  for (const c of spec.template.spec?.containers ?? []) {
    if (!c.image)
      throw new ApiStatusError(
        422,
        'Invalid',
        `${o.kind} "${o.metadata.name}" is invalid: spec.template.spec.containers[${c.name}].image: Required value`,
      );
  }
}

export class ObjectStore {
  private readonly entries = new Map<string, Entry>();
  private resourceVersion = 100;

  constructor(private readonly resourceOf: (apiVersion: string, kind: string) => ResourceType | undefined) {}

  get(r: ResourceType, namespace: string, name: string): KubeObject | undefined {
    return this.entries.get(key(r, namespace, name))?.object;
  }

  list(
    r: ResourceType,
    namespace: string | undefined,
    labelSelector: string | null,
    fieldSelector: string | null,
  ): KubeObject[] {
    return [...this.entries.values()]
      .map((e) => e.object)
      .filter((o) => o.kind === r.kind && o.apiVersion === groupVersion(r))
      .filter((o) => namespace === undefined || o.metadata.namespace === namespace)
      .filter((o) => matchesSelector(o.metadata.labels, labelSelector) && fieldMatches(o, fieldSelector));
  }

  /** Stores an object written by the stand-in's controllers (not by a client): no ownership is recorded. */
  put(o: KubeObject): KubeObject {
    const r = this.resourceOf(o.apiVersion, o.kind);
    if (!r) throw new Error(`fake-kube: no resource for ${o.apiVersion} ${o.kind}`);
    const k = key(r, o.metadata.namespace ?? '', o.metadata.name ?? '');
    const existing = this.entries.get(k);
    o.metadata.uid ??= randomUUID();
    o.metadata.creationTimestamp ??= new Date().toISOString();
    o.metadata.resourceVersion = String(++this.resourceVersion);
    this.entries.set(k, { object: o, owners: existing?.owners ?? new Map() });
    return o;
  }

  delete(o: KubeObject): void {
    const r = this.resourceOf(o.apiVersion, o.kind);
    if (r) this.entries.delete(key(r, o.metadata.namespace ?? '', o.metadata.name ?? ''));
  }

  /** Server-side apply of `body` to r/namespace/name; returns the stored (or, in a dry run, would-be) object. */
  apply(
    r: ResourceType,
    namespace: string,
    name: string,
    body: KubeObject,
    request: ApplyRequest,
  ): { created: boolean; object: KubeObject } {
    this.checkApplyRequest(r, namespace, name, body, request);
    const k = key(r, namespace, name);
    const existing = this.entries.get(k);
    const applied = leafPaths(body);
    const owners = new Map(
      [...(existing?.owners ?? new Map<string, Map<string, FieldPath>>())].map(([m, p]) => [m, new Map(p)]),
    );
    const live = structuredClone(
      existing?.object ?? {
        apiVersion: body.apiVersion,
        kind: body.kind,
        metadata: { name, ...(r.namespaced && { namespace }) },
      },
    );
    this.resolveConflicts(live, applied, owners, request);
    for (const [pk, path] of owners.get(request.manager) ?? []) {
      const ownedByOthers = [...owners].some(([m, paths]) => m !== request.manager && paths.has(pk));
      if (!applied.has(pk) && !ownedByOthers) removeAt(live as unknown as Record<string, unknown>, path);
    }
    for (const { path, value } of applied.values()) setAt(live as unknown as Record<string, unknown>, path, value);
    owners.set(request.manager, new Map([...applied].map(([pk, { path }]) => [pk, path])));
    applyDefaults(live);
    validate(live);
    this.stamp(live, existing?.object, owners);
    if (!request.dryRun) this.entries.set(k, { object: live, owners });
    return { created: !existing, object: live };
  }

  private checkApplyRequest(
    r: ResourceType,
    namespace: string,
    name: string,
    body: KubeObject,
    request: ApplyRequest,
  ): void {
    if (!request.manager) {
      throw new ApiStatusError(
        422,
        'Invalid',
        'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
      );
    }
    if (body.kind !== r.kind || body.apiVersion !== groupVersion(r) || body.metadata?.name !== name) {
      throw new ApiStatusError(
        400,
        'BadRequest',
        `the body of the request (${body.apiVersion} ${body.kind} ${body.metadata?.name}) does not match the URL (${groupVersion(r)} ${r.kind} ${name})`,
      );
    }
    const namespaces = this.resourceOf('v1', 'Namespace');
    if (r.namespaced && namespaces && !this.get(namespaces, '', namespace)) {
      throw new ApiStatusError(404, 'NotFound', `namespaces "${namespace}" not found`);
    }
  }

  private resolveConflicts(
    live: KubeObject,
    applied: ReturnType<typeof leafPaths>,
    owners: Map<string, Map<string, FieldPath>>,
    request: ApplyRequest,
  ): void {
    const conflicts: (Conflict & { pk: string })[] = [];
    for (const [pk, { path, value }] of applied) {
      for (const [manager, paths] of owners) {
        if (manager === request.manager || !paths.has(pk)) continue;
        if (JSON.stringify(valueAt(live, path)) !== JSON.stringify(value))
          conflicts.push({ manager, path: displayPath(path), pk });
      }
    }
    if (!conflicts.length) return;
    if (request.force) {
      for (const c of conflicts) owners.get(c.manager)?.delete(c.pk);
      return;
    }
    const list = conflicts.map((c) => `conflict with "${c.manager}": ${c.path}`).join('\n- ');
    throw new ApiStatusError(
      409,
      'Conflict',
      `Apply failed with ${conflicts.length} conflict${conflicts.length > 1 ? 's' : ''}: ${list}`,
    );
  }

  private stamp(live: KubeObject, previous: KubeObject | undefined, owners: Map<string, Map<string, FieldPath>>): void {
    const m = live.metadata;
    m.uid = previous?.metadata.uid ?? randomUUID();
    m.creationTimestamp = previous?.metadata.creationTimestamp ?? new Date().toISOString();
    const specChanged = JSON.stringify(previous?.spec) !== JSON.stringify(live.spec);
    m.generation = (previous?.metadata.generation ?? 0) + (specChanged || !previous ? 1 : 0);
    m.resourceVersion = String(++this.resourceVersion);
    m.managedFields = [...owners]
      .filter(([, paths]) => paths.size)
      .map(([manager, paths]) => ({
        manager,
        operation: 'Apply',
        apiVersion: live.apiVersion,
        fieldsType: 'FieldsV1',
        fieldsV1: fieldsV1([...paths.values()]),
      }));
  }
}
