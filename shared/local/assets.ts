import { access, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { CommandComponent } from '../pipeline/component.js';
import type { EnvironmentSpec } from '../pipeline/environment.js';
import { codeSnapshot, componentContentHash, environmentContentHash } from '../pipeline/hashing.js';
import type { DataType } from '../pipeline/ports.js';
import type { RemoteRef } from '../pipeline/refs.js';
import { copyPath, hashPath } from './content.js';
import type { VersionStrategy } from '../assets/types.js';
import { claimLocalVersion } from './version-store.js';
import { moveIntoStore, writeJsonAtomic, type LocalWorkspace } from './workspace.js';

/** One asset written (or found unchanged), in the shape register-components reports for Azure. */
export interface LocalAsset {
  kind: 'environment' | 'component' | 'code' | 'data';
  name: string;
  version: string;
  /** Where it lives in the local workspace. */
  id: string;
  status: 'created' | 'unchanged';
  contentHash: string;
}

export interface RegisterOptions {
  strategy?: VersionStrategy;
  /** Traceability tags (commit, repository, run), stored with the asset. */
  tags?: Record<string, string>;
  log: Logger;
}

/** A component as the local workspace keeps it: its spec with `code` pointing at the stored snapshot. */
export interface ComponentRecord {
  name: string;
  version: string;
  contentHash: string;
  codeHash?: string;
  anonymous: boolean;
  component: CommandComponent;
  tags: Record<string, string>;
  createdAt: string;
}

export interface EnvironmentRecord {
  name: string;
  version: string;
  contentHash: string;
  environment: EnvironmentSpec;
  tags: Record<string, string>;
  createdAt: string;
}

export interface DataRecord {
  name: string;
  version: string;
  type: DataType;
  contentHash: string;
  /** The file or folder inside the asset's folder. */
  path: string;
  tags: Record<string, string>;
  createdAt: string;
}

/** Anonymous components (a pipeline's local ones) are filed under this name with their hash as the version. */
export const ANONYMOUS_COMPONENT = 'azureml_anonymous';

/**
 * Stores a code folder under `codes/<hash>` unless that content is there already; returns the hash. The
 * component's `additional_includes` land at the snapshot's root under their own names, as the Azure side stages
 * them (the same `codeSnapshot`, so the same files and the same hash).
 */
export async function storeCodeSnapshot(
  ws: LocalWorkspace,
  localPath: string,
  additionalIncludes: readonly string[] = [],
): Promise<LocalAsset> {
  const snapshot = await codeSnapshot(localPath, additionalIncludes);
  const target = ws.codePath(snapshot.contentHash);
  const asset = (status: LocalAsset['status']): LocalAsset => ({
    kind: 'code',
    name: snapshot.name,
    version: snapshot.contentHash,
    id: target,
    status,
    contentHash: snapshot.contentHash,
  });
  if (await exists(target)) return asset('unchanged');
  const scratch = await ws.scratch('code');
  for (const file of snapshot.files) {
    const to = join(scratch, ...file.relativePath.split('/'));
    await mkdir(dirname(to), { recursive: true });
    await copyPath(file.absolutePath, to);
  }
  await moveIntoStore(scratch, target);
  return asset('created');
}

export async function registerLocalEnvironment(
  ws: LocalWorkspace,
  env: EnvironmentSpec,
  options: RegisterOptions,
): Promise<LocalAsset> {
  if (!env.name) throw new UserError('an environment needs a name to be registered', env.loc);
  const contentHash = await environmentContentHash(env);
  const request = {
    kind: 'environment' as const,
    name: env.name,
    contentHash,
    strategy: options.strategy ?? 'yaml',
    yamlVersion: env.version,
  };
  const decision = await claimLocalVersion(
    ws,
    request,
    async (version, folder) => {
      const record: EnvironmentRecord = {
        name: env.name as string,
        version,
        contentHash,
        environment: env,
        tags: { ...env.tags, ...options.tags },
        createdAt: new Date().toISOString(),
      };
      await writeJsonAtomic(join(folder, 'asset.json'), record);
    },
    options.log,
  );
  const id = ws.assetFolder('environments', env.name, decision.version);
  return reported({ kind: 'environment', name: env.name, ...decision, id, contentHash }, options.log);
}

/**
 * Registers a component: its code snapshot by content hash, then the component by name and version. A named
 * component follows the version strategy; an anonymous one (`anonymous: true`, what a pipeline's local
 * components become) is filed under its content hash, as Azure ML files anonymous components.
 */
export async function registerLocalComponent(
  ws: LocalWorkspace,
  component: CommandComponent,
  options: RegisterOptions & { anonymous?: boolean },
): Promise<{ component: LocalAsset; code?: LocalAsset; record: ComponentRecord }> {
  const code =
    component.code && 'local' in component.code
      ? await storeCodeSnapshot(ws, component.code.local, component.code.additionalIncludes)
      : undefined;
  const contentHash = await componentContentHash(component);
  const anonymous = options.anonymous === true || !component.name;
  const name = anonymous ? ANONYMOUS_COMPONENT : (component.name as string);
  const recordOf = (version: string): ComponentRecord => ({
    name,
    version,
    contentHash,
    anonymous,
    // The stored snapshot holds the includes already: the record's code is that folder alone.
    component: code ? { ...component, code: { local: code.id } } : component,
    tags: { ...component.tags, ...options.tags },
    createdAt: new Date().toISOString(),
    ...(code ? { codeHash: code.contentHash } : {}),
  });
  const write = (version: string, folder: string) => writeJsonAtomic(join(folder, 'asset.json'), recordOf(version));
  let decision: { version: string; status: 'created' | 'unchanged' };
  if (anonymous) {
    // Filed under its content hash: a version that exists holds this very content.
    const version = contentHash.slice(0, 32);
    const created = await ws.createAssetVersion('components', name, version, (folder) => write(version, folder));
    decision = { version, status: created ? 'created' : 'unchanged' };
  } else {
    const request = {
      kind: 'component' as const,
      name,
      contentHash,
      strategy: options.strategy ?? 'yaml',
      yamlVersion: component.version,
    };
    decision = await claimLocalVersion(ws, request, write, options.log);
  }
  const { status } = decision;
  const record =
    (await ws.readAsset<ComponentRecord>('components', name, decision.version)) ?? recordOf(decision.version);
  if (!anonymous) options.log.info(`component ${name}:${decision.version} ${status}`);
  const asset: LocalAsset = {
    kind: 'component',
    name,
    version: decision.version,
    id: ws.assetFolder('components', name, decision.version),
    status,
    contentHash,
  };
  return code ? { component: asset, code, record } : { component: asset, record };
}

/** Registers a local file or folder as a data asset (what `azureml:<name>:<version>` inputs resolve to locally). */
export async function registerLocalData(
  ws: LocalWorkspace,
  data: { name: string; version?: string; path: string; type?: DataType },
  options: RegisterOptions,
): Promise<LocalAsset> {
  const hashed = await hashPath(data.path);
  const type = data.type ?? (hashed.kind === 'file' ? 'uri_file' : 'uri_folder');
  const inside = hashed.kind === 'file' ? join('files', data.path.split(/[/\\]/).pop() as string) : 'files';
  const request = {
    kind: 'data' as const,
    name: data.name,
    contentHash: hashed.hash,
    strategy: data.version === undefined ? ('auto' as const) : (options.strategy ?? 'yaml'),
    yamlVersion: data.version,
  };
  const decision = await claimLocalVersion(
    ws,
    request,
    async (version, folder) => {
      await copyPath(data.path, join(folder, inside));
      const record: DataRecord = {
        name: data.name,
        version,
        type,
        contentHash: hashed.hash,
        path: inside,
        tags: { ...options.tags },
        createdAt: new Date().toISOString(),
      };
      await writeJsonAtomic(join(folder, 'asset.json'), record);
    },
    options.log,
  );
  const folder = ws.assetFolder('data', data.name, decision.version);
  return reported({ kind: 'data', name: data.name, ...decision, id: folder, contentHash: hashed.hash }, options.log);
}

/** Logs what happened to a versioned asset ("environment env:1 created") and reports it. */
function reported(asset: LocalAsset, log: Logger): LocalAsset {
  log.info(`${asset.kind} ${asset.name}:${asset.version} ${asset.status}`);
  return asset;
}

/** `azureml:name:version` or `azureml:name@latest` of a workspace asset, resolved in the local workspace. */
export async function resolveLocalAsset<T>(
  ws: LocalWorkspace,
  collection: 'components' | 'data' | 'environments',
  ref: RemoteRef,
  text: string,
): Promise<{ version: string; record: T }> {
  if (ref.kind === 'id') {
    throw new UserError(
      `${text} points at Azure (a full asset id); the local backend can only use azureml:<name>:<version> or azureml:<name>@latest assets registered in ${ws.root}`,
    );
  }
  const versions = await ws.versions(collection, ref.name);
  const version = ref.kind === 'version' ? ref.version : ref.label === 'latest' ? versions.at(-1) : undefined;
  const record = version === undefined ? undefined : await ws.readAsset<T>(collection, ref.name, version);
  if (version !== undefined && record) return { version, record };
  const known = versions.length
    ? `versions there: ${versions.join(', ')}`
    : `no versions of '${ref.name}' are registered there`;
  const how =
    collection === 'data'
      ? `give the input a local path for local runs (submit-pipeline's 'inputs', e.g. ${ref.name}: ./data/${ref.name}), or register the data locally first`
      : 'register it locally first (register-components with backend: local)';
  throw new UserError(`${text} is not in the local workspace ${ws.root} (${known}); ${how}.`);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
