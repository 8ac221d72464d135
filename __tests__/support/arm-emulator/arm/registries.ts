/**
 * Where a model version is promoted to across environments: Azure ML registries and further workspaces.
 *
 * Registries (`/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.MachineLearningServices/registries/{r}`):
 * `GET` the registry, `GET .../models/{name}/versions` (the models' list filters), `GET|PUT .../versions/{v}` and
 * `POST .../versions/{v}/startPendingUpload` (2025-12-01, mfe.json `Registry*ModelVersions_*`). As the service,
 * a registry keeps its assets' files in its own storage: startPendingUpload answers a `PendingUploadResponseDto`
 * with the registry's container (`blobUri`) and a container-level read/write/list SAS (`sasUri`), and a version
 * PUT whose `modelUri` is not in that container is refused. The storage is the emulator's Azurite account, one
 * container per registry (the test creates it). Versions are immutable as in workspaces (tags, description and
 * isArchived may change).
 *
 * Further workspaces: `registries.workspace(name)` serves one more workspace of the same subscription (and the
 * given resource group) with its own models and datastores (a `workspaceblobstore` on its own Azurite container),
 * through the same model and datastore routes the first workspace has. Requests for the first workspace go to
 * its routes unchanged.
 */
import {
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
  ContainerSASPermissions,
} from '@azure/storage-blob';
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../context.js';
import type { EmuRequest, EmuResponse } from '../http.js';
import { badRequest, json } from '../http.js';
import type { JsonObject } from '../json.js';
import { clone, jsonEqual, objectAt, stringAt } from '../json.js';
import { Router } from '../router.js';
import { Seed } from '../seed.js';
import type { StoredResource } from '../state.js';
import { EmulatorState, key } from '../state.js';
import { MUTABLE_VERSION_FIELDS, newVersionFields, versionContent } from './asset-rules.js';
import { filterVersions } from './asset-queries.js';
import { registerAssetRoutes } from './assets.js';
import {
  addListRoute,
  checkScope,
  notFound,
  PROVIDER,
  requireArmName,
  requireBody,
  systemData,
  WORKSPACE_PATTERN,
} from './common.js';
import { defaultDatastores, registerDatastoreRoutes } from './datastores.js';

const REGISTRY_PATTERN = `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${PROVIDER}/registries/{registryName}`;

export interface EmulatedRegistry {
  name: string;
  /** The Azurite container holding the registry's asset files. */
  containerName: string;
  resource: StoredResource;
  /** model name (lower-cased) -> version -> resource, in creation order. */
  models: Map<string, Map<string, StoredResource>>;
  /** startPendingUpload calls, by model:version. */
  pendingUploads: string[];
}

/** A further workspace: its store and seed helpers, as `emu.state` and `emu.seed` are for the first one. */
export interface EmulatedWorkspace {
  name: string;
  state: EmulatorState;
  seed: Seed;
  /** Its default datastore's container. */
  containerName: string;
}

export class RegistriesControl {
  readonly registries = new Map<string, EmulatedRegistry>();
  readonly workspaces = new Map<string, EmulatedWorkspace & { router: Router }>();
  /** The emulator's origin, set once it listens (seed requests carry it). */
  origin = 'https://127.0.0.1';

  constructor(private readonly ctx: EmulatorContext) {}

  /** A registry in the emulated resource group (the one of that name when it exists); its files go to `containerName`. */
  registry(name: string, options: { containerName?: string } = {}): EmulatedRegistry {
    const existing = this.registries.get(key(name));
    if (existing) return existing;
    const s = this.ctx.settings;
    const id = `/subscriptions/${s.subscriptionId}/resourceGroups/${s.resourceGroup}/providers/${PROVIDER}/registries/${name}`;
    const registry: EmulatedRegistry = {
      name,
      containerName: options.containerName ?? `registry-${name.toLowerCase().replace(/[^a-z0-9]/g, '')}`,
      resource: {
        id,
        name,
        type: `${PROVIDER}/registries`,
        location: s.region,
        systemData: systemData(new Date().toISOString()),
        properties: { regionDetails: [{ location: s.region }], publicNetworkAccess: 'Enabled' },
      },
      models: new Map(),
      pendingUploads: [],
    };
    this.registries.set(key(name), registry);
    return registry;
  }

  /** One more workspace (default: the emulated resource group) with its own `workspaceblobstore` container. */
  workspace(name: string, options: { resourceGroup?: string; containerName?: string } = {}): EmulatedWorkspace {
    const base = this.ctx.settings;
    const containerName = options.containerName ?? `azureml-blobstore-${name.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
    const settings = {
      ...base,
      workspace: name,
      resourceGroup: options.resourceGroup ?? base.resourceGroup,
      datastore: { ...base.datastore, containerName },
    };
    const ctx: EmulatorContext = { ...this.ctx, settings, state: new EmulatorState() };
    for (const [n, record] of defaultDatastores(settings)) ctx.state.datastores.set(n, record);
    const router = workspaceRouter(ctx);
    const peer = { name, state: ctx.state, seed: new Seed(ctx, router, this.origin), containerName, router };
    this.workspaces.set(key(name), peer);
    return peer;
  }
}

/** The model and datastore routes of one workspace, on their own router. */
function workspaceRouter(ctx: EmulatorContext): Router {
  const router = new Router();
  registerDatastoreRoutes(router, ctx);
  registerAssetRoutes(router, ctx);
  return router;
}

/** The route shapes a further workspace answers (the first workspace's answer them as before). */
const WORKSPACE_SHAPES: [string, string][] = [
  ['GET', '/datastores'],
  ['GET', '/datastores/{n}'],
  ['POST', '/datastores/{n}/listSecrets'],
  ['GET', '/models'],
  ['GET', '/models/{n}'],
  ['GET', '/models/{n}/versions'],
  ['GET', '/models/{n}/versions/{v}'],
  ['PUT', '/models/{n}/versions/{v}'],
];

/**
 * Registers the registry routes, and the workspace routes that send a further workspace's requests to its own
 * store; must come before the first workspace's routes (the first matching route answers).
 */
export function registerRegistryRoutes(router: Router, ctx: EmulatorContext): RegistriesControl {
  const control = new RegistriesControl(ctx);
  const first = workspaceRouter(ctx);
  for (const [method, suffix] of WORKSPACE_SHAPES) {
    router.add(method, `${WORKSPACE_PATTERN}${suffix}`, 'arm', (req) => {
      const peer = control.workspaces.get(key(req.params.workspaceName));
      const match = (peer?.router ?? first).match(req.method, req.path);
      if (!match) throw notFound(`${PROVIDER}/workspaces/${req.params.workspaceName}`, req.params.resourceGroupName);
      return match.route.handler({ ...req, params: match.params });
    });
  }
  registerRegistryModelRoutes(router, ctx, control);
  return control;
}

function registerRegistryModelRoutes(router: Router, ctx: EmulatorContext, control: RegistriesControl): void {
  const s = ctx.settings;
  const versions = `${REGISTRY_PATTERN}/models/{name}/versions`;
  const version = `${versions}/{version}`;
  const find = (req: EmuRequest): EmulatedRegistry => {
    checkScope(req, s, false);
    const found = control.registries.get(key(req.params.registryName));
    if (!found) throw notFound(`${PROVIDER}/registries/${req.params.registryName}`, req.params.resourceGroupName);
    return found;
  };
  const missing = (r: EmulatedRegistry, what: string) =>
    notFound(`${PROVIDER}/registries/${r.name}/models/${what}`, s.resourceGroup);

  router.add('GET', REGISTRY_PATTERN, 'arm', (req) => json(200, clone(find(req).resource)));

  addListRoute(router, versions, s, (req) => {
    const registry = find(req);
    return filterVersions(req, 'models', [...(registry.models.get(key(req.params.name))?.values() ?? [])]);
  });

  router.add('GET', version, 'arm', (req) => {
    const registry = find(req);
    const found = registry.models.get(key(req.params.name))?.get(req.params.version);
    if (!found) throw missing(registry, `${req.params.name}/versions/${req.params.version}`);
    return json(200, clone(found));
  });

  router.add('PUT', version, 'arm', (req) => putRegistryVersion(ctx, find(req), req));

  router.add('POST', `${version}/startPendingUpload`, 'arm', (req) => {
    const registry = find(req);
    const body = requireBody(req);
    const type = stringAt(body, 'pendingUploadType') ?? 'TemporaryBlobReference';
    if (type !== 'TemporaryBlobReference')
      throw badRequest(
        `pendingUploadType '${type}' is not supported; TemporaryBlobReference is the only supported type.`,
      );
    registry.pendingUploads.push(`${req.params.name}:${req.params.version}`);
    const blobUri = registryContainerUrl(ctx, registry);
    return json(200, {
      blobReferenceForConsumption: {
        blobUri,
        storageAccountArmId: `/subscriptions/${s.subscriptionId}/resourceGroups/${s.resourceGroup}/providers/Microsoft.Storage/storageAccounts/${s.datastore.accountName}`,
        credential: { credentialType: 'SAS', sasUri: `${blobUri}?${containerSas(ctx, registry)}` },
      },
      pendingUploadId: stringAt(body, 'pendingUploadId') ?? randomUUID(),
      pendingUploadType: 'TemporaryBlobReference',
    });
  });
}

/**
 * A registry version PUT. The service answers it as a long-running operation; the emulator completes it at once
 * (201 with the resource, `provisioningState: Succeeded`), which a client following the operation accepts.
 */
function putRegistryVersion(ctx: EmulatorContext, registry: EmulatedRegistry, req: EmuRequest): EmuResponse {
  const { name, version } = req.params;
  requireArmName(name, 'Model');
  const props = objectAt(requireBody(req), 'properties') ?? {};
  const modelUri = stringAt(props, 'modelUri');
  if (!modelUri) throw badRequest("The field 'properties.modelUri' is required.");
  const container = registryContainerUrl(ctx, registry);
  if (!modelUri.startsWith(`${container}/`))
    throw badRequest(
      `Model path ${modelUri} is not in registry '${registry.name}''s storage; upload the files through startPendingUpload first.`,
    );
  const byVersion = registry.models.get(key(name)) ?? new Map<string, StoredResource>();
  registry.models.set(key(name), byVersion);
  const existing = byVersion.get(version);
  if (existing) return json(200, updateRegistryVersion(existing, props));
  const now = new Date().toISOString();
  const resource: StoredResource = {
    id: `${registry.resource.id}/models/${name}/versions/${version}`,
    name: version,
    type: `${PROVIDER}/registries/models/versions`,
    systemData: systemData(now),
    properties: {
      ...newVersionFields(props),
      provisioningState: 'Succeeded',
    },
  };
  byVersion.set(version, resource);
  return json(201, clone(resource));
}

/** As in a workspace: only tags, description and isArchived may change on an existing version. */
function updateRegistryVersion(existing: StoredResource, props: JsonObject): JsonObject {
  const before = versionContent(existing.properties);
  const after = versionContent({ ...existing.properties, ...props });
  const changed = Object.keys({ ...before, ...after }).filter((field) => !jsonEqual(before[field], after[field]));
  if (changed.includes('modelUri')) throw badRequest('Asset paths cannot be updated.');
  if (changed.length)
    throw badRequest(
      `Model version ${existing.name} already exists with different ${changed.join(', ')}; only ${MUTABLE_VERSION_FIELDS.join(', ')} can be updated.`,
    );
  for (const field of MUTABLE_VERSION_FIELDS)
    if (props[field] !== undefined) existing.properties[field] = clone(props[field]);
  existing.systemData.lastModifiedAt = new Date().toISOString();
  return clone(existing);
}

function registryContainerUrl(ctx: EmulatorContext, registry: EmulatedRegistry): string {
  const d = ctx.settings.datastore;
  return `https://${d.accountName}.blob.${d.endpoint}/${registry.containerName}`;
}

/** A container SAS (read, write, list, create) signed with the Azurite account key, valid for an hour. */
function containerSas(ctx: EmulatorContext, registry: EmulatedRegistry): string {
  const d = ctx.settings.datastore;
  return generateBlobSASQueryParameters(
    {
      containerName: registry.containerName,
      permissions: ContainerSASPermissions.parse('rwlc'),
      startsOn: new Date(Date.now() - 5 * 60_000),
      expiresOn: new Date(Date.now() + 60 * 60_000),
    },
    new StorageSharedKeyCredential(d.accountName, d.accountKey),
  ).toString();
}
