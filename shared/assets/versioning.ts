/**
 * Which version an asset gets, decided from what the workspace holds. Registered versions are immutable, so:
 * identical content is never written twice, and a version number that exists with other content is never
 * reused (under `yaml` that is the user's error to fix; under `auto` the next free number is taken).
 * One engine for both backends: it reads a `VersionStore` (the Azure ML workspace's `WorkspaceAssets`, the
 * local workspace's `LocalVersionStore`), so the same files get the same versions wherever they are registered.
 */
import { UserError } from '../core/errors.js';
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

/** How many times a version taken meanwhile by another run is decided again before giving up. */
export const MAX_CLAIM_ATTEMPTS = 5;

export interface ClaimOptions {
  /**
   * Writes the version; false when it exists already (another run registered it after this one decided),
   * true once written. Any other failure is thrown.
   */
  create(version: string): Promise<boolean>;
  /** Says that a version was taken meanwhile and which attempt comes next. */
  log(message: string): void;
  /** The decision already made (by a plan); decided now when absent. */
  decided?: VersionDecision;
}

/**
 * Registers the version `decideVersion` chooses, surviving runs that register the same asset at the same moment:
 * when the chosen version is taken meanwhile, the rules run again against what the workspace now holds, so
 * identical content taken meanwhile is reused, other content under `auto` moves to the next free version, and
 * other content under `yaml` becomes the usual conflict. Bounded: a workspace that keeps changing under us ends
 * in a clear error rather than a loop.
 */
export async function claimVersion<K extends string>(
  store: VersionStore<K>,
  request: VersionRequest<K>,
  options: ClaimOptions,
): Promise<VersionDecision> {
  let decision = options.decided ?? (await decideVersion(store, request));
  for (let attempt = 1; attempt <= MAX_CLAIM_ATTEMPTS; attempt++) {
    if (decision.action !== 'create' || (await options.create(decision.version))) return decision;
    const taken = decision.version;
    decision = await decideVersion(store, request);
    options.log(
      `${request.kind} ${request.name}:${taken} was registered by another run meanwhile ` +
        `(attempt ${attempt} of ${MAX_CLAIM_ATTEMPTS}); now: ${describeDecision(decision)}`,
    );
  }
  throw new UserError(
    `${request.kind} ${request.name}: every version chosen was registered by another run first ` +
      `(${MAX_CLAIM_ATTEMPTS} attempts); run again once the other registrations are done.`,
  );
}

function describeDecision(decision: VersionDecision): string {
  if (decision.action === 'create') return `version ${decision.version} (${decision.reason})`;
  if (decision.action === 'reuse') return `reusing ${decision.version} (${decision.reason})`;
  return `conflict at ${decision.version}`;
}
