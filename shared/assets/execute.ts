/**
 * Carries out a registration plan in dependency order: code snapshots (uploaded, then registered), then
 * environments (a local build context uploaded first), then components. Only the assets the plan marked
 * `create` are written; reused ones cost no request.
 */
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { AzureSession } from '../azure/session.js';
import { UserError } from '../core/errors.js';
import { componentVersionBody } from '../pipeline/component-rest.js';
import { environmentVersionBody } from '../pipeline/environment.js';
import {
  CODE_HASH_VERSION,
  codeSnapshot,
  componentContentHash,
  stageSnapshot,
  type CodeSnapshot,
} from '../pipeline/hashing.js';
import type { ContainerAccess } from '../storage/access.js';
import { forEachBounded } from '../storage/concurrency.js';
import { uploadFolder } from '../storage/upload.js';
import {
  componentLevels,
  type PlannedAsset,
  type PlannedCode,
  type PlannedComponent,
  type PlannedEnvironment,
  type RegistrationPlan,
} from './plan.js';
import { CONTENT_HASH_PROPERTY, type AssetOutcome, type VersionStrategy } from './types.js';
import { claimVersion, decideVersion, type VersionDecision } from './versioning.js';
import type { WorkspaceAssets } from './workspace-assets.js';

/** How many versions of one kind are written at once (each code upload has its own file concurrency). */
const WRITE_CONCURRENCY = 4;

export interface ExecuteOptions {
  /** Traceability tags written on every asset (commit, repository, ref, run). */
  tags: Record<string, string>;
  uploader: SnapshotUploader;
  /**
   * The plan's version strategy: a version another run registers between the plan and the write is decided
   * again by it (`auto`: the next free version; `yaml`: reused when identical, else the usual conflict).
   */
  strategy?: VersionStrategy;
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
  /** Environments whose planned version was taken by another run: planned id -> the id written. */
  private readonly movedEnvironments = new Map<string, string>();

  constructor(
    private readonly assets: WorkspaceAssets,
    private readonly options: ExecuteOptions,
  ) {}

  async code(code: PlannedCode): Promise<void> {
    const codeUri = await this.options.uploader.upload(code.snapshot, code);
    try {
      await this.assets.createVersion('code', code.name, code.version, {
        properties: {
          codeUri,
          isAnonymous: true,
          tags: { ...this.options.tags },
          properties: { hash_sha256: code.snapshot.contentHash, hash_version: CODE_HASH_VERSION },
        },
      });
    } catch (error) {
      // Code is named by its content: another run registering the same folder meanwhile wrote this very content.
      const registered = await this.assets.findCodeByHash(code.name, code.snapshot.contentHash).catch(() => undefined);
      if (!registered) throw error;
      this.assets.session.log.info(`code ${code.name}:${registered.version} was registered by another run meanwhile`);
      Object.assign(code, { version: registered.version, id: registered.id, action: 'reuse' as const });
    }
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
    if (env.anonymous) {
      // Versioned by content: a version taken meanwhile holds this very content.
      await this.assets.createVersion('environment', env.name, env.version, body);
      return;
    }
    const plannedId = env.id;
    await this.claim(env, env.spec.version, undefined, (version) =>
      this.assets.createVersion('environment', env.name, version, body),
    );
    if (env.id !== plannedId) this.movedEnvironments.set(plannedId, env.id);
  }

  async component(component: PlannedComponent): Promise<void> {
    if (component.body) {
      const { properties } = component.body;
      const tags = { ...properties.tags, ...this.options.tags };
      const body = { properties: { ...properties, tags, properties: { ...properties.properties } } };
      if (properties.isAnonymous) {
        await this.assets.createVersion('component', component.name, component.version, body);
        return;
      }
      body.properties.properties[CONTENT_HASH_PROPERTY] = component.contentHash;
      await this.claim(component, component.component.version, undefined, (version) => {
        const componentSpec = { ...properties.componentSpec, version };
        return this.assets.createVersion('component', component.name, version, {
          properties: { ...body.properties, componentSpec },
        });
      });
      return;
    }
    if (component.component.type === 'pipeline' || !component.deps)
      throw new Error(`internal: ${component.name} was planned for creation without its dependencies`);
    const decided = await this.followMovedEnvironment(component);
    const body = componentVersionBody(component.component, component.deps, {
      tags: this.options.tags,
      properties: { [CONTENT_HASH_PROPERTY]: component.contentHash },
    });
    if (decided?.action === 'reuse') return this.settle(component, decided);
    await this.claim(component, component.component.version, decided, (version) =>
      this.assets.createVersion('component', component.name, version, body),
    );
  }

  /**
   * Writes a named environment or component at its planned version through `claimVersion`: a version another run
   * registered meanwhile is decided again, and the planned entry is updated to what was written or reused.
   */
  private async claim(
    asset: PlannedEnvironment | PlannedComponent,
    yamlVersion: string | undefined,
    decided: VersionDecision | undefined,
    write: (version: string) => Promise<unknown>,
  ): Promise<void> {
    const { kind, name, contentHash } = asset;
    const request = { kind, name, contentHash, strategy: this.options.strategy ?? 'yaml', yamlVersion };
    const decision = await claimVersion(this.assets, request, {
      decided: decided ?? { action: 'create', version: asset.version, reason: asset.reason },
      create: async (version) => {
        try {
          await write(version);
          return true;
        } catch (error) {
          // Taken meanwhile, or a failure of its own (then the write's error is the one to report).
          const taken = await this.assets.getVersion(kind, name, version).catch(() => undefined);
          if (taken) return false;
          throw error;
        }
      },
      log: (message) => this.assets.session.log.info(message),
    });
    this.settle(asset, decision);
  }

  /** Records on the planned entry the version it ended with. */
  private settle(asset: PlannedEnvironment | PlannedComponent, decision: VersionDecision): void {
    if (decision.action === 'conflict') throw new UserError(decision.message);
    const id =
      decision.action === 'reuse' ? decision.id : this.assets.versionId(asset.kind, asset.name, decision.version);
    Object.assign(asset, { version: decision.version, id, action: decision.action, reason: decision.reason });
  }

  /**
   * A component whose environment moved to another version at write time names that version instead, so its
   * content (which covers the environment reference) changed: its version is decided again.
   */
  private async followMovedEnvironment(component: PlannedComponent): Promise<VersionDecision | undefined> {
    const deps = component.deps;
    const planned = deps?.environment?.replace(/^azureml:/, '');
    const written = planned === undefined ? undefined : this.movedEnvironments.get(planned);
    if (!deps || written === undefined || component.component.type !== 'command') return undefined;
    deps.environment = `azureml:${written}`;
    const own = await componentContentHash(component.component);
    component.contentHash = createHash('sha256').update(`${own}\n${deps.environment}`).digest('hex');
    return decideVersion(this.assets, {
      kind: 'component',
      name: component.name,
      contentHash: component.contentHash,
      strategy: this.options.strategy ?? 'yaml',
      yamlVersion: component.component.version,
    });
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
    // Imported on the first upload: the datastore's access brings @azure/storage-blob (1.4 MB), which registering
    // or submitting what is already there must not parse before its first request.
    const { datastoreAccess, defaultDatastoreName, getBlobDatastore } = await import('../storage/datastore.js');
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
