import { cp, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { UserError } from '../core/errors.js';
import { contentHash202208, type SnapshotFile } from '../pipeline/hashing.js';

/** A file or folder of data, with the hash that identifies its content for the step cache. */
export interface HashedPath {
  path: string;
  kind: 'file' | 'folder';
  /** sha256 over names, sizes and bytes (azure-ai-ml's 202208 layout), so equal trees hash equal anywhere. */
  hash: string;
  files: number;
  bytes: number;
}

/**
 * Hashes data as it is, every file included: unlike a code snapshot, data has no `.amlignore`. A folder's hash
 * depends on relative paths and bytes only, never on where it lives or when it was written.
 */
export async function hashPath(path: string): Promise<HashedPath> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UserError(`${path} does not exist`);
  const files: SnapshotFile[] = [];
  if (info.isFile()) files.push({ relativePath: basename(path), absolutePath: path, size: info.size });
  else await listFiles(path, '', files);
  return {
    path,
    kind: info.isFile() ? 'file' : 'folder',
    hash: await contentHash202208(files),
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.size, 0),
  };
}

async function listFiles(dir: string, prefix: string, into: SnapshotFile[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const abs = join(dir, entry.name);
    const info = entry.isSymbolicLink() ? await stat(abs).catch(() => undefined) : entry;
    if (info?.isDirectory()) await listFiles(abs, rel, into);
    else if (info?.isFile()) into.push({ relativePath: rel, absolutePath: abs, size: (await stat(abs)).size });
  }
}

/** Copies a file or folder (symlinks resolved, so the copy stands alone). */
export async function copyPath(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true, dereference: true, errorOnExist: false, force: true });
}
