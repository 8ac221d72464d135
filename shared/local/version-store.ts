/**
 * The local workspace as the versioning engine (`shared/assets/versioning.ts`) reads a workspace: the same
 * rules as register-components on Azure decide local versions, so the same files get the same versions.
 */
import { UserError } from '../core/errors.js';
import type { RegisteredVersion } from '../assets/types.js';
import { claimVersion, decideVersion, type VersionStore } from '../assets/versioning.js';
import type { Logger } from '../core/logger.js';
import type { VersionStrategy } from '../assets/types.js';
import type { LocalCollection, LocalWorkspace } from './workspace.js';

/** The asset kinds the local workspace versions by name and content. */
export type LocalVersionedKind = 'environment' | 'component' | 'data';

const COLLECTION: Record<LocalVersionedKind, LocalCollection> = {
  environment: 'environments',
  component: 'components',
  data: 'data',
};

export class LocalVersionStore implements VersionStore<LocalVersionedKind> {
  constructor(private readonly ws: LocalWorkspace) {}

  async getVersion(kind: LocalVersionedKind, name: string, version: string): Promise<RegisteredVersion | undefined> {
    const record = await this.ws.readAsset<{ contentHash?: string }>(COLLECTION[kind], name, version);
    if (!record) return undefined;
    const found: RegisteredVersion = { name, version, id: this.ws.assetFolder(COLLECTION[kind], name, version) };
    if (record.contentHash) found.contentHash = record.contentHash;
    return found;
  }

  /** Highest version first: the folder holds no creation order, and versions only ever count up. */
  async *newestFirst(kind: LocalVersionedKind, name: string): AsyncGenerator<RegisteredVersion> {
    for (const version of (await this.ws.versions(COLLECTION[kind], name)).reverse()) {
      const found = await this.getVersion(kind, name, version);
      if (found) yield found;
    }
  }
}

/** The version an asset gets in the local workspace: written (`created`) or found with this content (`unchanged`). */
export async function decideLocalVersion(
  ws: LocalWorkspace,
  request: {
    kind: LocalVersionedKind;
    name: string;
    contentHash: string;
    strategy: VersionStrategy;
    yamlVersion?: string;
  },
): Promise<{ version: string; status: 'created' | 'unchanged' }> {
  const decision = await decideVersion(new LocalVersionStore(ws), request);
  if (decision.action === 'conflict') throw new UserError(decision.message);
  return { version: decision.version, status: decision.action === 'create' ? 'created' : 'unchanged' };
}

export interface LocalVersionRequest {
  kind: LocalVersionedKind;
  name: string;
  contentHash: string;
  strategy: VersionStrategy;
  yamlVersion?: string;
}

/**
 * Decides the version and creates it atomically (`fill` writes the version's folder: asset.json and any files).
 * Two jobs sharing the workspace folder (one self-hosted runner) may choose the same version: the one that
 * loses the rename decides again, as on Azure (identical content: reused; `auto`: the next free version).
 */
export async function claimLocalVersion(
  ws: LocalWorkspace,
  request: LocalVersionRequest,
  fill: (version: string, folder: string) => Promise<void>,
  log: Logger,
): Promise<{ version: string; status: 'created' | 'unchanged' }> {
  const decision = await claimVersion(new LocalVersionStore(ws), request, {
    create: (version) =>
      ws.createAssetVersion(COLLECTION[request.kind], request.name, version, (folder) => fill(version, folder)),
    log: (message) => log.info(message),
  });
  if (decision.action === 'conflict') throw new UserError(decision.message);
  return { version: decision.version, status: decision.action === 'create' ? 'created' : 'unchanged' };
}
