import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataType } from '../pipeline/ports.js';
import { pythonJsonDumps, type JsonValue } from '../pipeline/python-format.js';
import type { Artifact, ResolvedValue } from './inputs.js';
import { readJson, writeJsonAtomic, type LocalWorkspace } from './workspace.js';

/** Bumped when what goes into a key changes, so old entries stop matching instead of matching wrongly. */
const KEY_VERSION = 1;

/** A step output as a cache entry records it: relative to the workspace, so a moved workspace still hits. */
export interface StoredArtifact {
  hash: string;
  type: DataType;
  /** For a uri_file output: the file inside the artifact folder. */
  file?: string;
}

export interface CacheEntry {
  key: string;
  /** `<job>/<step>` of the run that produced the outputs (Azure's `azureml.reusedrunid`). */
  runId: string;
  outputs: Record<string, StoredArtifact>;
  createdAt: string;
}

/** What decides whether a step's earlier result can stand in for running it. */
export interface CacheKeyParts {
  componentHash: string;
  inputs: Record<string, ResolvedValue | undefined>;
  /** Output name -> `type/mode`: the same step writing an output another way is another result. */
  outputs: Record<string, string>;
  /** The step's environment variables: they change what a command does as much as an input does. */
  environmentVariables: Record<string, string>;
}

/**
 * sha256 of the canonical JSON of the parts. Data inputs enter by content hash, never by path, so the same bytes
 * in another folder (a fresh checkout, a restored cache) give the same key; absent optional inputs enter as null.
 */
export function cacheKey(parts: CacheKeyParts): string {
  const inputs: Record<string, JsonValue> = {};
  for (const [name, value] of Object.entries(parts.inputs)) {
    inputs[name] = !value
      ? null
      : value.kind === 'literal'
        ? { literal: value.text }
        : { data: value.hash, type: value.type };
  }
  const material: JsonValue = {
    v: KEY_VERSION,
    component: parts.componentHash,
    inputs,
    outputs: parts.outputs,
    env: parts.environmentVariables,
  };
  return createHash('sha256').update(pythonJsonDumps(material)).digest('hex');
}

/** The entry for a key when every output it names is still in the artifact store. */
export async function lookupCache(ws: LocalWorkspace, key: string): Promise<CacheEntry | undefined> {
  const entry = await readJson<CacheEntry>(ws.cacheEntryPath(key));
  if (!entry) return undefined;
  for (const artifact of Object.values(entry.outputs)) {
    const present = await access(ws.artifactPath(artifact.hash)).then(
      () => true,
      () => false,
    );
    if (!present) return undefined;
  }
  return entry;
}

export async function saveCache(ws: LocalWorkspace, entry: CacheEntry): Promise<void> {
  await writeJsonAtomic(ws.cacheEntryPath(entry.key), entry);
}

export function toArtifact(ws: LocalWorkspace, stored: StoredArtifact): Artifact {
  const folder = ws.artifactPath(stored.hash);
  return { hash: stored.hash, type: stored.type, path: stored.file ? join(folder, stored.file) : folder };
}

/** The short form printed in logs; the full key is in the job record. */
export const shortKey = (key: string): string => key.slice(0, 12);
