/**
 * The versioned assets of one workspace (codes, environments, components) as the registration needs them:
 * read a version, walk versions newest first, find code by content hash, and create a version. Every call
 * goes through the session's ARM client (its sign-in, retries and throttling handling).
 */
import type { CodeVersion, ComponentVersion, EnvironmentVersion } from '@azure/arm-machinelearning';
import { createPipelineRequest } from '@azure/core-rest-pipeline';
import { RestError } from '@azure/core-rest-pipeline';
import { ML_API_VERSION } from '../azure/create-session.js';
import { callAzure, isNotFound } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import { CODE_HASH_VERSION } from '../pipeline/hashing.js';
import { versionId, type AssetCollection } from '../pipeline/refs.js';
import { CONTENT_HASH_PROPERTY, type AssetKind, type RegisteredVersion } from './types.js';

/** The version bodies this action writes (api 2022-10-01). */
export type VersionBody = CodeVersion | EnvironmentVersion | ComponentVersion;

interface VersionResource {
  id?: string;
  name?: string;
  properties: { properties?: Record<string, string | null> };
}

interface VersionOperations {
  get(rg: string, ws: string, name: string, version: string): Promise<VersionResource>;
  list(rg: string, ws: string, name: string, options: { orderBy: string }): AsyncIterable<VersionResource>;
  createOrUpdate(rg: string, ws: string, name: string, version: string, body: never): Promise<VersionResource>;
}

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
    const { resourceGroup: rg, workspace: ws } = this.session.workspace;
    return callAzure(`Reading ${kind} ${name}:${version}`, async () => {
      try {
        return this.registered(kind, name, await this.operations(kind).get(rg, ws, name, version));
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    });
  }

  /** The versions of `name`, most recently created first; none when the asset does not exist. */
  async *newestFirst(kind: AssetKind, name: string): AsyncGenerator<RegisteredVersion> {
    const { resourceGroup: rg, workspace: ws } = this.session.workspace;
    const pages = this.operations(kind).list(rg, ws, name, { orderBy: 'CreatedAtDesc' });
    const iterator = pages[Symbol.asyncIterator]();
    for (;;) {
      const next = await callAzure(`Listing the versions of ${kind} '${name}'`, async () => {
        try {
          return await iterator.next();
        } catch (error) {
          if (isNotFound(error)) return { done: true as const, value: undefined };
          throw error;
        }
      });
      if (next.done) return;
      yield this.registered(kind, name, next.value);
    }
  }

  /**
   * The code version of `name` holding content with this 202208 hash, through the `hash`/`hashVersion`
   * filter the service honours but api 2022-10-01's client does not expose (so the request is built here).
   */
  async findCodeByHash(name: string, contentHash: string): Promise<RegisteredVersion | undefined> {
    const query = new URLSearchParams({
      'api-version': ML_API_VERSION,
      hash: contentHash,
      hashVersion: CODE_HASH_VERSION,
    });
    const url = `${this.session.cloud.armEndpoint}${this.workspaceId}/codes/${encodeURIComponent(name)}/versions?${query}`;
    return callAzure(`Looking up code with content hash ${contentHash}`, async () => {
      const request = createPipelineRequest({ url, method: 'GET' });
      request.headers.set('Accept', 'application/json');
      const response = await this.session.ml.sendRequest(request);
      if (response.status === 404) return undefined;
      if (response.status >= 300) throw restError(response.status, response.bodyAsText ?? undefined);
      const page = JSON.parse(response.bodyAsText ?? '{}') as { value?: VersionResource[] };
      const hit = page.value?.find((v) => v.properties.properties?.hash_sha256 === contentHash);
      return hit ? this.registered('code', name, hit) : undefined;
    });
  }

  /** Creates a version; returns its ARM id. */
  async createVersion(kind: AssetKind, name: string, version: string, body: VersionBody): Promise<string> {
    const { resourceGroup: rg, workspace: ws } = this.session.workspace;
    const created = await callAzure(`Registering ${kind} ${name}:${version}`, () =>
      this.operations(kind).createOrUpdate(rg, ws, name, version, body as never),
    );
    return created.id ?? this.versionId(kind, name, version);
  }

  private registered(kind: AssetKind, name: string, resource: VersionResource): RegisteredVersion {
    const version = resource.name ?? '';
    const contentHash = resource.properties.properties?.[CONTENT_HASH_PROPERTY] ?? undefined;
    const found: RegisteredVersion = { name, version, id: resource.id ?? this.versionId(kind, name, version) };
    if (contentHash) found.contentHash = contentHash;
    return found;
  }

  private operations(kind: AssetKind): VersionOperations {
    const ml = this.session.ml;
    const ops = { code: ml.codeVersions, environment: ml.environmentVersions, component: ml.componentVersions }[kind];
    return ops as unknown as VersionOperations;
  }
}

function restError(status: number, body: string | undefined): RestError {
  let message = `HTTP ${status}`;
  let code: string | undefined;
  try {
    const parsed = JSON.parse(body ?? '') as { error?: { code?: string; message?: string } };
    if (parsed.error?.message) message = parsed.error.message;
    code = parsed.error?.code;
  } catch {
    // Not JSON: the status says enough.
  }
  return new RestError(message, { statusCode: status, code });
}
