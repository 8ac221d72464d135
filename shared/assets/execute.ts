/**
 * Carries out a registration plan in dependency order: code snapshots (uploaded, then registered), then
 * environments (a local build context uploaded first), then components. Only the assets the plan marked
 * `create` are written; reused ones cost no request.
 */
import { dirname } from 'node:path';
import type { AzureSession } from '../azure/session.js';
import { UserError } from '../core/errors.js';
import { componentVersionBody } from '../pipeline/component-rest.js';
import { environmentVersionBody } from '../pipeline/environment.js';
import { CODE_HASH_VERSION, codeSnapshot, stageSnapshot, type CodeSnapshot } from '../pipeline/hashing.js';
import type { ContainerAccess } from '../storage/access.js';
import { forEachBounded } from '../storage/concurrency.js';
import { datastoreAccess, defaultDatastoreName, getBlobDatastore } from '../storage/datastore.js';
import { uploadFolder } from '../storage/upload.js';
import {
  componentLevels,
  type PlannedAsset,
  type PlannedCode,
  type PlannedComponent,
  type PlannedEnvironment,
  type RegistrationPlan,
} from './plan.js';
import { CONTENT_HASH_PROPERTY, type AssetOutcome } from './types.js';
import type { WorkspaceAssets } from './workspace-assets.js';

/** How many versions of one kind are written at once (each code upload has its own file concurrency). */
const WRITE_CONCURRENCY = 4;

export interface ExecuteOptions {
  /** Traceability tags written on every asset (commit, repository, ref, run). */
  tags: Record<string, string>;
  uploader: SnapshotUploader;
}

export async function executePlan(
  assets: WorkspaceAssets,
  plan: RegistrationPlan,
  options: ExecuteOptions,
): Promise<AssetOutcome[]> {
  const writer = new PlanWriter(assets, options);
  const written = new Set<PlannedAsset>();
  const track =
    <T extends PlannedAsset>(write: (asset: T) => Promise<void>) =>
    async (asset: T) => {
      await write(asset);
      written.add(asset);
    };
  try {
    await forEachBounded(
      toCreate(plan.codes),
      WRITE_CONCURRENCY,
      track((code) => writer.code(code)),
    );
    await forEachBounded(
      toCreate(plan.environments),
      WRITE_CONCURRENCY,
      track((env) => writer.environment(env)),
    );
    // Components in levels: those a pipeline component uses exist before it is written.
    for (const level of componentLevels(plan.components))
      await forEachBounded(
        toCreate(level),
        WRITE_CONCURRENCY,
        track((component) => writer.component(component)),
      );
  } catch (error) {
    throw partialWriteError(error, plan, written);
  }
  return [...plan.codes, ...plan.environments, ...plan.components].map((asset) => outcomeOf(asset, 'done'));
}

/**
 * The service refused a write after others succeeded: say what exists now and what does not, so the user
 * knows the workspace's state and that a re-run (which reuses what was written) completes the rest.
 */
function partialWriteError(error: unknown, plan: RegistrationPlan, written: ReadonlySet<PlannedAsset>): Error {
  const planned = toCreate([...plan.codes, ...plan.environments, ...plan.components]);
  const label = (a: PlannedAsset) => `${a.kind} ${a.name}:${a.version}`;
  const done = planned.filter((a) => written.has(a)).map(label);
  const notDone = planned.filter((a) => !written.has(a)).map(label);
  const cause = error instanceof Error ? error.message : String(error);
  const message =
    `${cause}\nRegistration stopped part-way: written: ${done.join(', ') || 'nothing'}; ` +
    `not written: ${notDone.join(', ') || 'nothing'}. A re-run reuses what was written and registers the rest.`;
  return error instanceof UserError ? new UserError(message, error.location) : new Error(message, { cause: error });
}

function toCreate<T extends PlannedAsset>(planned: T[]): T[] {
  return planned.filter((asset) => asset.action === 'create');
}

/** What a planned asset became (`done`) or would become (`dry-run`). */
export function outcomeOf(asset: PlannedAsset, stage: 'done' | 'dry-run'): AssetOutcome {
  const status = asset.action === 'reuse' ? 'unchanged' : stage === 'done' ? 'created' : 'planned';
  return {
    kind: asset.kind,
    name: asset.name,
    version: asset.version,
    id: asset.id,
    status,
    reason: asset.reason,
    source: asset.source,
  };
}

/** Writes single planned assets; used by the batch above and by anonymous component registration. */
export class PlanWriter {
  constructor(
    private readonly assets: WorkspaceAssets,
    private readonly options: ExecuteOptions,
  ) {}

  async code(code: PlannedCode): Promise<void> {
    const codeUri = await this.options.uploader.upload(code.snapshot, code);
    await this.assets.createVersion('code', code.name, code.version, {
      properties: {
        codeUri,
        isAnonymous: true,
        tags: { ...this.options.tags },
        properties: { hash_sha256: code.snapshot.contentHash, hash_version: CODE_HASH_VERSION },
      },
    });
  }

  async environment(env: PlannedEnvironment): Promise<void> {
    const buildContextUri = env.spec.build?.local
      ? await this.options.uploader.upload(await codeSnapshot(env.spec.build.local), env)
      : undefined;
    const body = environmentVersionBody(env.spec, {
      buildContextUri,
      isAnonymous: env.anonymous,
      tags: this.options.tags,
      properties: { [CONTENT_HASH_PROPERTY]: env.contentHash },
    });
    await this.assets.createVersion('environment', env.name, env.version, body);
  }

  async component(component: PlannedComponent): Promise<void> {
    if (component.body) {
      const { properties } = component.body;
      const tags = { ...properties.tags, ...this.options.tags };
      const body = { properties: { ...properties, tags, properties: { ...properties.properties } } };
      if (!properties.isAnonymous) body.properties.properties[CONTENT_HASH_PROPERTY] = component.contentHash;
      await this.assets.createVersion('component', component.name, component.version, body);
      return;
    }
    if (component.component.type !== 'command' || !component.deps)
      throw new Error(`internal: ${component.name} was planned for creation without its dependencies`);
    const body = componentVersionBody(component.component, component.deps, {
      tags: this.options.tags,
      properties: { [CONTENT_HASH_PROPERTY]: component.contentHash },
    });
    await this.assets.createVersion('component', component.name, component.version, body);
  }
}

/** Puts a snapshot's files in blob storage and returns the folder URL to register. */
export interface SnapshotUploader {
  upload(snapshot: CodeSnapshot, owner: { name: string; version: string }): Promise<string>;
}

/**
 * Uploads to the workspace's default datastore under `LocalUpload/<hash>/<folder>`, the layout `az ml` uses.
 * The datastore is looked up on the first upload only: a run with nothing new never touches storage.
 */
export function datastoreUploader(session: AzureSession): SnapshotUploader {
  let access: Promise<ContainerAccess> | undefined;
  const containerAccess = async () => {
    const datastore = await getBlobDatastore(session, await defaultDatastoreName(session));
    return datastoreAccess(session, datastore);
  };
  return {
    async upload(snapshot, owner) {
      access ??= containerAccess();
      // A single file is uploaded inside its folder's name, so the registered URI is a folder either way.
      const single = snapshot.files[0]?.absolutePath === snapshot.root;
      // Additional includes live outside the code folder: upload from a staged copy holding both.
      const staged = await stageSnapshot(snapshot);
      try {
        const uploaded = await uploadFolder(await access, {
          source: single ? dirname(staged.folder) : staged.folder,
          hash: snapshot.contentHash,
          files: snapshot.files.map((f) => f.relativePath),
          assetName: owner.name,
          assetVersion: owner.version,
          log: session.log,
        });
        return uploaded.url;
      } finally {
        await staged.release();
      }
    },
  };
}
