/**
 * Applies rendered manifests with server-side apply: first all of them as a server dry run, so a rejected
 * object stops the deploy before anything changed, then for real, in dependency order.
 */
import { UserError, ValidationError, type Problem } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { KubeApiError } from './kube-api-error.js';
import type { KubeClient } from './kube-client.js';
import type { Manifest } from './manifests.js';
import { describeObject, type KubeObject } from './objects.js';

export const FIELD_MANAGER = 'mlops-k8s-deploy';

/** Namespaces and definitions first, then what workloads read, then workloads, then what routes to them. */
const KIND_ORDER = [
  'Namespace',
  'CustomResourceDefinition',
  'ServiceAccount',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'ConfigMap',
  'Secret',
  'PersistentVolumeClaim',
  'Service',
];
const LAST = ['Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'];

function rank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  if (i >= 0) return i;
  return LAST.includes(kind) ? KIND_ORDER.length + 1 : KIND_ORDER.length;
}

export function applyOrder(manifests: Manifest[]): Manifest[] {
  return manifests
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m.object.kind) - rank(b.m.object.kind) || a.i - b.i)
    .map((x) => x.m);
}

export interface ApplyAllOptions {
  force: boolean;
  log: Logger;
}

function explain(error: unknown, object: KubeObject): string {
  if (!(error instanceof KubeApiError)) throw error;
  if (error.status === 409 && error.reason === 'Conflict') {
    return `${error.message}. Another field manager owns these fields; set 'force-conflicts: true' to take them over (e.g. after a kubectl apply).`;
  }
  return `${describeObject(object)} was rejected (${error.status} ${error.reason}): ${error.message}`;
}

/** Namespaces created by this same deploy do not exist yet during the dry run; objects in them cannot be checked. */
function inNewNamespace(error: unknown, object: KubeObject, created: Set<string>): boolean {
  return error instanceof KubeApiError && error.status === 404 && created.has(object.metadata.namespace ?? '');
}

async function dryRunAll(client: KubeClient, manifests: Manifest[], options: ApplyAllOptions): Promise<void> {
  const problems: Problem[] = [];
  const newNamespaces = new Set<string>();
  for (const { object, source } of manifests) {
    try {
      await client.apply(object, { fieldManager: FIELD_MANAGER, force: options.force, dryRun: true });
    } catch (error) {
      if (inNewNamespace(error, object, newNamespaces)) continue;
      problems.push({ message: explain(error, object), location: source });
    }
    if (object.kind === 'Namespace') newNamespaces.add(object.metadata.name ?? '');
  }
  if (problems.length)
    throw new ValidationError(
      problems,
      `The API server rejected ${problems.length} object(s) in a dry run; nothing was applied`,
    );
}

/** Applies every manifest (dry run first); returns the objects as the server stored them, in apply order. */
export async function applyAll(
  client: KubeClient,
  manifests: Manifest[],
  options: ApplyAllOptions,
): Promise<KubeObject[]> {
  const ordered = applyOrder(manifests);
  await options.log.group(`Server-side dry run of ${ordered.length} object(s)`, () =>
    dryRunAll(client, ordered, options),
  );
  return options.log.group(`Applying ${ordered.length} object(s) as field manager '${FIELD_MANAGER}'`, async () => {
    const applied: KubeObject[] = [];
    for (const { object, source } of ordered) {
      try {
        const stored = await client.apply(object, { fieldManager: FIELD_MANAGER, force: options.force, dryRun: false });
        options.log.info(
          `${describeObject(stored)} applied${stored.metadata.namespace ? ` in ${stored.metadata.namespace}` : ''}`,
        );
        applied.push(stored);
      } catch (error) {
        throw new UserError(`${explain(error, object)} (${applied.length} object(s) were applied before it)`, source);
      }
    }
    return applied;
  });
}
