import { UserError } from '../core/errors.js';
import type { LocalCollection, LocalWorkspace } from './workspace.js';

/** `yaml`: the `version:` written in the file; `auto`: the next free version when the content changed. */
export type VersionStrategy = 'yaml' | 'auto';

export interface VersionDecision {
  version: string;
  /** `unchanged`: a version with this very content exists; nothing is written. */
  status: 'created' | 'unchanged';
}

interface Hashed {
  contentHash: string;
}

/**
 * The same rule as register-components in Azure: identical content is never written twice, and a version
 * that exists with other content is immutable, so reusing its number is an error that says to bump it.
 */
export async function decideVersion(
  ws: LocalWorkspace,
  collection: LocalCollection,
  name: string,
  contentHash: string,
  options: { strategy: VersionStrategy; yamlVersion?: string },
): Promise<VersionDecision> {
  if (options.strategy === 'yaml' && options.yamlVersion !== undefined) {
    const existing = await ws.readAsset<Hashed>(collection, name, options.yamlVersion);
    if (!existing) return { version: options.yamlVersion, status: 'created' };
    if (existing.contentHash === contentHash) return { version: options.yamlVersion, status: 'unchanged' };
    throw new UserError(
      `${singular(collection)} ${name}:${options.yamlVersion} already exists in the local workspace with other ` +
        `content; registered versions are immutable, so bump 'version' in the YAML (or use version-strategy auto).`,
    );
  }
  for (const version of (await ws.versions(collection, name)).reverse()) {
    const existing = await ws.readAsset<Hashed>(collection, name, version);
    if (existing?.contentHash === contentHash) return { version, status: 'unchanged' };
  }
  return { version: await ws.nextVersion(collection, name), status: 'created' };
}

function singular(collection: LocalCollection): string {
  return collection === 'data' ? 'data asset' : collection.slice(0, -1);
}
