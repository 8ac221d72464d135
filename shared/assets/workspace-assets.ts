/**
 * The versioned assets of one workspace (codes, environments, components) as the registration needs them:
 * read a version, walk versions newest first, find code by content hash, and create a version. Every call
 * goes through the session's Azure ML REST layer (its sign-in, retries, throttling handling and error messages).
 */
import type { CodeVersion, ComponentVersion, EnvironmentVersion } from '../azure/ml-api/types.js';
import { isNotFound } from '../azure/rest-errors.js';
import type { PagedList, VersionListOptions } from '../azure/ml-api/ml-api.js';
import type { AzureSession } from '../azure/session.js';
import { CODE_HASH_VERSION } from '../pipeline/hashing.js';
import { versionId, type AssetCollection } from '../pipeline/refs.js';
import { CONTENT_HASH_PROPERTY, type AssetKind, type RegisteredVersion } from './types.js';

/** The version bodies this action writes. */
export type VersionBody = CodeVersion | EnvironmentVersion | ComponentVersion;

export const COLLECTION: Record<AssetKind, AssetCollection> = {
  code: 'codes',
  environment: 'environments',
  component: 'components',
};

export class WorkspaceAssets {
  constructor(readonly session: AzureSession) {}

  get workspaceId(): string {
    return this.session.workspaceId;
  }

  /** The ARM id a version has (or will have once created). */
  versionId(kind: AssetKind, name: string, version: string): string {
    return versionId(this.workspaceId, COLLECTION[kind], name, version);
  }

  /** The version, or undefined when it (or its container) does not exist. */
  async getVersion(kind: AssetKind, name: string, version: string): Promise<RegisteredVersion | undefined> {
    try {
      return this.registered(kind, name, await this.versions(kind).get(name, version));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** The versions of `name`, most recently created first; none when the asset does not exist. */
  async *newestFirst(kind: AssetKind, name: string): AsyncGenerator<RegisteredVersion> {
    const iterator = this.versions(kind).list(name, { orderBy: 'CreatedAtDesc' })[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<VersionBody>;
      try {
        next = await iterator.next();
      } catch (error) {
        if (isNotFound(error)) return;
        throw error;
      }
      if (next.done) return;
      yield this.registered(kind, name, next.value);
    }
  }

  /**
   * The code version of `name` holding content with this 202208 hash, through the list's `hash`/`hashVersion`
   * filter (the answer is re-checked, so a service that ignores the filter cannot give a wrong match).
   */
  async findCodeByHash(name: string, contentHash: string): Promise<RegisteredVersion | undefined> {
    try {
      const pages = this.versions('code').list(name, { hash: contentHash, hashVersion: CODE_HASH_VERSION }).byPage();
      for await (const page of pages) {
        const hit = page.find((v) => v.properties.properties?.hash_sha256 === contentHash);
        // The service answers one page for a hash filter; the first page decides, as before.
        return hit ? this.registered('code', name, hit) : undefined;
      }
      return undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Creates a version; returns its ARM id. */
  async createVersion(kind: AssetKind, name: string, version: string, body: VersionBody): Promise<string> {
    const created = await this.versions(kind).createOrUpdate(name, version, body as never);
    return created.id ?? this.versionId(kind, name, version);
  }

  private registered(kind: AssetKind, name: string, resource: VersionBody): RegisteredVersion {
    const version = resource.name ?? '';
    const contentHash = resource.properties.properties?.[CONTENT_HASH_PROPERTY] ?? undefined;
    const found: RegisteredVersion = { name, version, id: resource.id ?? this.versionId(kind, name, version) };
    if (contentHash) found.contentHash = contentHash;
    return found;
  }

  private versions(kind: AssetKind) {
    return this.session.ml.versions(COLLECTION[kind]) as unknown as {
      get(name: string, version: string): Promise<VersionBody>;
      list: (name: string, options: VersionListOptions) => PagedList<VersionBody>;
      createOrUpdate(name: string, version: string, body: VersionBody): Promise<VersionBody>;
    };
  }
}
