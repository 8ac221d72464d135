/**
 * Which version an asset gets, decided from what the workspace holds. Registered versions are immutable, so:
 * identical content is never written twice, and a version number that exists with other content is never
 * reused (under `yaml` that is the user's error to fix; under `auto` the next free number is taken).
 * One engine for both backends: it reads a `VersionStore` (the Azure ML workspace's `WorkspaceAssets`, the
 * local workspace's `LocalVersionStore`), so the same files get the same versions wherever they are registered.
 */
import type { AssetKind, RegisteredVersion, VersionStrategy } from './types.js';

/** What the rules read from a workspace: one version of an asset, and all its versions newest first. */
export interface VersionStore<K extends string = AssetKind> {
  /** The version, or undefined when it (or the asset) does not exist. */
  getVersion(kind: K, name: string, version: string): Promise<RegisteredVersion | undefined>;
  /** The versions of `name`, most recently created first; none when the asset does not exist. */
  newestFirst(kind: K, name: string): AsyncIterable<RegisteredVersion>;
}

export type VersionDecision =
  | { action: 'create'; version: string; reason: string }
  | { action: 'reuse'; version: string; id: string; reason: string; warning?: string }
  | { action: 'conflict'; version: string; message: string };

export interface VersionRequest<K extends string = AssetKind> {
  kind: K;
  name: string;
  contentHash: string;
  strategy: VersionStrategy;
  /** The `version:` of the YAML, if any. */
  yamlVersion?: string;
}

export async function decideVersion<K extends string>(
  assets: VersionStore<K>,
  request: VersionRequest<K>,
): Promise<VersionDecision> {
  if (request.strategy === 'yaml' && request.yamlVersion !== undefined) return decideYaml(assets, request);
  return decideAuto(assets, request);
}

async function decideYaml<K extends string>(
  assets: VersionStore<K>,
  request: VersionRequest<K>,
): Promise<VersionDecision> {
  const { kind, name, contentHash } = request;
  const version = request.yamlVersion as string;
  const existing = await assets.getVersion(kind, name, version);
  if (!existing) return { action: 'create', version, reason: 'new version' };
  if (existing.contentHash === contentHash) {
    return { action: 'reuse', version, id: existing.id, reason: 'same content already registered' };
  }
  if (existing.contentHash === undefined) {
    return {
      action: 'reuse',
      version,
      id: existing.id,
      reason: 'registered by another tool (content not compared)',
      warning:
        `${kind} ${name}:${version} exists but was registered without a content hash (by az ml or the studio), ` +
        'so whether it matches the file cannot be told; it is used as is. Bump the version if the file changed.',
    };
  }
  return {
    action: 'conflict',
    version,
    message:
      `${kind} ${name}:${version} is already registered with different content, and registered versions cannot ` +
      `change. Bump 'version' in the YAML (or set version-strategy: auto to take the next free version).`,
  };
}

/**
 * The file's version while it is free or holds this very content; otherwise the newest version with this
 * content; otherwise the next free version after the file's (0.1.0 -> 0.1.1, 7 -> 8), or after the highest
 * integer version when the file has none (the service's `nextVersion`).
 */
async function decideAuto<K extends string>(
  assets: VersionStore<K>,
  request: VersionRequest<K>,
): Promise<VersionDecision> {
  const { kind, name, contentHash, yamlVersion } = request;
  const asWritten = yamlVersion === undefined ? undefined : await assets.getVersion(kind, name, yamlVersion);
  if (yamlVersion !== undefined && !asWritten) return { action: 'create', version: yamlVersion, reason: 'new version' };
  if (asWritten && asWritten.contentHash === contentHash) {
    return { action: 'reuse', version: asWritten.version, id: asWritten.id, reason: 'same content already registered' };
  }
  const taken: string[] = [];
  for await (const existing of assets.newestFirst(kind, name)) {
    if (existing.contentHash === contentHash) {
      return { action: 'reuse', version: existing.version, id: existing.id, reason: 'same content already registered' };
    }
    taken.push(existing.version);
  }
  const version = nextFreeVersion(taken, yamlVersion);
  const reason = taken.length ? `content changed since ${yamlVersion ?? taken[0]}` : 'new asset';
  return { action: 'create', version, reason };
}

/**
 * The first free version after `after` by counting up its last number (0.1.0 -> 0.1.1, v2 -> v3); without
 * one, the highest integer version plus one, as the service's `nextVersion`.
 */
export function nextFreeVersion(taken: readonly string[], after?: string): string {
  const used = new Set(taken);
  const numbered = after === undefined ? undefined : /^(.*?)(\d+)$/.exec(after);
  if (numbered) {
    const [, prefix, digits] = numbered;
    for (let n = Number(digits) + 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
  }
  if (after !== undefined) return nextFreeVersion(taken, `${after}.0`);
  const integers = taken.filter((v) => /^\d+$/.test(v)).map(Number);
  return String(integers.length ? Math.max(...integers) + 1 : 1);
}
