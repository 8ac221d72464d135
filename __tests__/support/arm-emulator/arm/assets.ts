/**
 * Versioned assets: codes, components, environments and models, each a container (`/{kind}/{name}`) holding
 * immutable versions (`/{kind}/{name}/versions/{version}`). A version PUT creates its container when missing.
 */
import type { EmulatorContext } from '../context.js';
import type { EmuRequest, EmuResponse } from '../http.js';
import { badRequest, json } from '../http.js';
import type { JsonObject } from '../json.js';
import { clone, jsonEqual, objectAt } from '../json.js';
import type { Router } from '../router.js';
import type { AssetKind, AssetStore, StoredResource } from '../state.js';
import { ASSET_KINDS, key } from '../state.js';
import {
  addDeleteRoute,
  addListRoute,
  checkScope,
  childResource,
  notFound,
  PROVIDER,
  putName,
  requireBody,
  WORKSPACE_PATTERN,
} from './common.js';
import {
  MUTABLE_VERSION_FIELDS,
  newVersionFields,
  PATH_FIELDS,
  SINGULAR,
  validateVersionBody,
  versionContent,
} from './asset-rules.js';
import { filterVersions } from './asset-queries.js';
import { Problems } from './validation.js';

export function registerAssetRoutes(router: Router, ctx: EmulatorContext): void {
  for (const kind of ASSET_KINDS) registerKind(router, ctx, kind);
}

function registerKind(router: Router, ctx: EmulatorContext, kind: AssetKind): void {
  const s = ctx.settings;
  const store = ctx.state.assets[kind];
  const containers = `${WORKSPACE_PATTERN}/${kind}`;
  const container = `${containers}/{name}`;
  const versions = `${container}/versions`;
  const version = `${versions}/{version}`;
  const missing = (what: string) => notFound(`${PROVIDER}/workspaces/${s.workspace}/${kind}/${what}`, s.resourceGroup);

  addListRoute(router, containers, s, (req) =>
    [...store.containers.values()].filter((c) => matchesListView(req, c)).map((c) => withVersionInfo(store, c)),
  );

  router.add('GET', container, 'arm', (req) => {
    checkScope(req, s, true);
    const found = store.containers.get(key(req.params.name));
    if (!found) throw missing(req.params.name);
    return json(200, withVersionInfo(store, found));
  });

  router.add('PUT', container, 'arm', (req) => {
    const name = putName(req, s, 'name', SINGULAR[kind]);
    const props = objectAt(requireBody(req), 'properties') ?? {};
    const existing = store.containers.get(key(name));
    const resource = existing ?? newContainer(ctx, kind, name);
    resource.properties = { ...resource.properties, ...clone(props) };
    resource.systemData.lastModifiedAt = new Date().toISOString();
    store.containers.set(key(name), resource);
    return json(existing ? 200 : 201, withVersionInfo(store, resource));
  });

  addDeleteRoute(router, container, s, (req) => {
    const existed = store.containers.delete(key(req.params.name));
    store.versions.delete(key(req.params.name));
    return existed;
  });

  addListRoute(router, versions, s, (req) =>
    filterVersions(req, kind, [...(store.versions.get(key(req.params.name))?.values() ?? [])]),
  );

  router.add('GET', version, 'arm', (req) => {
    checkScope(req, s, true);
    const found = store.versions.get(key(req.params.name))?.get(req.params.version);
    if (!found) throw missing(`${req.params.name}/versions/${req.params.version}`);
    return json(200, clone(found));
  });

  router.add('PUT', version, 'arm', (req) => putVersion(ctx, kind, req));

  addDeleteRoute(
    router,
    version,
    s,
    (req) => store.versions.get(key(req.params.name))?.delete(req.params.version) ?? false,
  );
}

function putVersion(ctx: EmulatorContext, kind: AssetKind, req: EmuRequest): EmuResponse {
  const name = putName(req, ctx.settings, 'name', SINGULAR[kind]);
  const { version } = req.params;
  const props = objectAt(requireBody(req), 'properties') ?? {};
  const problems = new Problems();
  validateVersionBody(kind, props, problems);
  problems.throwIfAny(`${SINGULAR[kind]} version ${name}:${version}`);
  const store = ctx.state.assets[kind];
  if (!store.containers.has(key(name))) store.containers.set(key(name), newContainer(ctx, kind, name));
  const byVersion = store.versions.get(key(name)) ?? new Map<string, StoredResource>();
  store.versions.set(key(name), byVersion);
  const existing = byVersion.get(version);
  if (existing) return json(200, updateVersion(kind, existing, props));
  const resource = childResource(ctx.settings, `${kind}/${name}/versions/${version}`, {
    ...newVersionFields(props),
    ...readOnlyFields(kind),
  });
  byVersion.set(version, resource);
  return json(201, clone(resource));
}

/** A re-PUT of an existing version: only tags, description and isArchived may differ. */
function updateVersion(kind: AssetKind, existing: StoredResource, props: JsonObject): JsonObject {
  const before = versionContent(existing.properties);
  const after = versionContent({ ...existing.properties, ...props });
  const changed = Object.keys({ ...before, ...after }).filter((field) => !jsonEqual(before[field], after[field]));
  if (changed.some((field) => PATH_FIELDS[kind].includes(field))) throw badRequest('Asset paths cannot be updated.');
  if (changed.length > 0) {
    throw badRequest(
      `${SINGULAR[kind]} version ${existing.id.split('/').at(-3)}:${existing.name} already exists with different ${changed.join(', ')}; only ${MUTABLE_VERSION_FIELDS.join(', ')} can be updated. Register a new version instead.`,
    );
  }
  for (const field of MUTABLE_VERSION_FIELDS)
    if (props[field] !== undefined) existing.properties[field] = clone(props[field]);
  existing.systemData.lastModifiedAt = new Date().toISOString();
  return clone(existing);
}

function readOnlyFields(kind: AssetKind): JsonObject {
  return kind === 'environments' ? { environmentType: 'UserCreated' } : {};
}

function newContainer(ctx: EmulatorContext, kind: AssetKind, name: string): StoredResource {
  return childResource(ctx.settings, `${kind}/${name}`, {
    description: null,
    tags: {},
    properties: {},
    isArchived: false,
  });
}

/** The container with its read-only latestVersion (most recently created) and nextVersion (highest integer + 1). */
function withVersionInfo(store: AssetStore, container: StoredResource): JsonObject {
  const versions = [...(store.versions.get(key(container.name))?.keys() ?? [])];
  const integers = versions.map(Number).filter((n) => Number.isInteger(n));
  const resource = clone(container);
  resource.properties.latestVersion = versions.at(-1) ?? null;
  resource.properties.nextVersion = String(integers.length > 0 ? Math.max(...integers) + 1 : 1);
  return resource;
}

function matchesListView(req: EmuRequest, resource: StoredResource): boolean {
  const view = req.query.get('listViewType') ?? 'ActiveOnly';
  const archived = resource.properties.isArchived === true;
  return view === 'All' || (view === 'ArchivedOnly' ? archived : !archived);
}
