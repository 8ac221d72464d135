import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../core/errors.js';
import { componentParts, type RegistrableComponent } from './component-rest.js';
import type { EnvironmentSpec } from './environment.js';
import { loadIgnore } from './ignore.js';
import { pythonJsonDumps, type JsonValue } from './python-format.js';

/** The `hash_version` azure-ai-ml stores next to `hash_sha256` on code versions. */
export const CODE_HASH_VERSION = '202208';

export interface SnapshotFile {
  /** `/`-separated path relative to the snapshot root (for a single file: its name). */
  relativePath: string;
  absolutePath: string;
  size: number;
}

/** The files of a code folder (or one file) that azure-ai-ml would upload, with their content hash. */
export interface CodeSnapshot {
  root: string;
  /** The folder's (or file's) name: the last segment of the blob prefix `LocalUpload/<hash>/<name>`. */
  name: string;
  files: SnapshotFile[];
  /** sha256, hash_version 202208: what the `codes?hash=` lookup matches. */
  contentHash: string;
  ignoreFile?: string;
}

/**
 * Walks a code folder honouring `.amlignore`/`.gitignore` and computes its 202208 content hash. Additional
 * includes (files or folders) are added at the snapshot's root under their own name.
 */
export async function codeSnapshot(path: string, additionalIncludes: readonly string[] = []): Promise<CodeSnapshot> {
  const snapshot = await folderSnapshot(path);
  if (additionalIncludes.length === 0) return snapshot;
  const files = [...snapshot.files];
  for (const include of additionalIncludes) {
    const extra = await folderSnapshot(include);
    const prefix = (await stat(include)).isDirectory() ? `${basename(include)}/` : '';
    for (const file of extra.files) {
      const relativePath = `${prefix}${file.relativePath}`;
      if (files.some((f) => f.relativePath === relativePath))
        throw new UserError(`additional include ${include} would overwrite ${relativePath} of the code folder ${path}`);
      files.push({ ...file, relativePath });
    }
  }
  files.sort(byLowerCasePath);
  return { ...snapshot, files, contentHash: await contentHash202208(files) };
}

/**
 * A folder holding the snapshot's files at their relative paths, for uploading: the code folder itself, or,
 * when additional includes live elsewhere, a temporary copy of everything (as azure-ai-ml builds one).
 * `release()` removes the copy.
 */
export async function stageSnapshot(snapshot: CodeSnapshot): Promise<{ folder: string; release(): Promise<void> }> {
  const inPlace = snapshot.files.every(
    (f) => f.absolutePath === snapshot.root || f.absolutePath === join(snapshot.root, ...f.relativePath.split('/')),
  );
  if (inPlace) return { folder: snapshot.root, release: async () => {} };
  const temp = await mkdtemp(join(tmpdir(), 'aml-code-'));
  const folder = join(temp, snapshot.name);
  for (const file of snapshot.files) {
    const target = join(folder, ...file.relativePath.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file.absolutePath, target);
  }
  return { folder, release: () => rm(temp, { recursive: true, force: true }) };
}

async function folderSnapshot(path: string): Promise<CodeSnapshot> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UserError(`code path ${path} does not exist`);
  if (info.isFile()) {
    const files = [{ relativePath: basename(path), absolutePath: path, size: info.size }];
    return { root: path, name: basename(path), files, contentHash: await contentHash202208(files) };
  }
  const ignore = await loadIgnore(path);
  const files: SnapshotFile[] = [];
  await walk(path, '', (rel) => ignore.isExcluded(rel), files);
  if (files.length === 0)
    throw new UserError(`code folder ${path} is empty (or everything in it is ignored); nothing to upload`);
  files.sort(byLowerCasePath);
  const snapshot: CodeSnapshot = {
    root: path,
    name: basename(path),
    files,
    contentHash: await contentHash202208(files),
  };
  if (ignore.source) snapshot.ignoreFile = ignore.source;
  return snapshot;
}

async function walk(
  dir: string,
  prefix: string,
  excluded: (rel: string) => boolean,
  into: SnapshotFile[],
): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const abs = join(dir, entry.name);
    // Symlinks are followed, as os.walk(followlinks=True) does.
    const info = entry.isSymbolicLink() ? await stat(abs).catch(() => undefined) : entry;
    if (!info) continue;
    if (info.isDirectory()) await walk(abs, rel, excluded, into);
    else if (info.isFile() && !excluded(rel))
      into.push({ relativePath: rel, absolutePath: abs, size: (await stat(abs)).size });
  }
}

function byLowerCasePath(a: SnapshotFile, b: SnapshotFile): number {
  const x = a.relativePath.toLowerCase();
  const y = b.relativePath.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * azure-ai-ml's `_get_file_list_content_hash`: sha256 over the file count, then `#path#` and size of each
 * file sorted by lower-cased path, then every file's bytes in that order. Must not change: the service
 * compares it with hashes other clients computed.
 */
export async function contentHash202208(files: readonly SnapshotFile[]): Promise<string> {
  const sorted = [...files].sort(byLowerCasePath);
  const hash = createHash('sha256');
  hash.update(String(sorted.length));
  for (const file of sorted) {
    hash.update(`#${file.relativePath}#`);
    hash.update(String(file.size));
  }
  for (const file of sorted) await feedFile(hash, file.absolutePath);
  return hash.digest('hex');
}

function feedFile(hash: Hash, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve())
      .on('error', reject);
  });
}

/** sha256 of canonical JSON: equal specs hash equal whatever their key order. */
function specHash(value: JsonValue): string {
  return createHash('sha256').update(pythonJsonDumps(value)).digest('hex');
}

/**
 * What decides whether a registered environment is the same: its spec, the conda text, and the build
 * context's content hash. Stored as a tag so an unchanged environment is not written again.
 */
export async function environmentContentHash(env: EnvironmentSpec): Promise<string> {
  const build = env.build?.local
    ? { context: (await codeSnapshot(env.build.local)).contentHash, dockerfile: env.build.dockerfilePath }
    : (env.build ?? null);
  return specHash({
    name: env.name ?? null,
    description: env.description ?? null,
    tags: env.tags ?? {},
    image: env.image ?? null,
    conda: env.conda?.text ?? null,
    build: build as JsonValue,
    inference_config: (env.inferenceConfig ?? null) as JsonValue,
    os_type: env.osType ?? null,
  });
}

/** The content hash of a component: its spec with code and environment replaced by their own content hashes. */
export async function componentContentHash(component: RegistrableComponent): Promise<string> {
  const { code, environment: env } = componentParts(component);
  const codeHash =
    code && 'local' in code
      ? `sha256:${(await codeSnapshot(code.local, code.additionalIncludes)).contentHash}`
      : (code?.remote ?? null);
  const envHash = !env ? null : env.kind === 'local' ? `sha256:${await environmentContentHash(env.spec)}` : env.text;
  const plain = (value: unknown) =>
    JSON.parse(
      JSON.stringify(value, (k, v) => (k === 'loc' || k === 'code' || k === 'environment' ? undefined : v)),
    ) as JsonValue;
  const header = {
    name: component.name ?? null,
    display_name: component.displayName ?? null,
    description: component.description ?? null,
    tags: component.tags ?? {},
    is_deterministic: component.isDeterministic,
    inputs: JSON.parse(JSON.stringify(component.inputs, (k, v) => (k === 'loc' ? undefined : v))) as JsonValue,
    outputs: JSON.parse(JSON.stringify(component.outputs, (k, v) => (k === 'loc' ? undefined : v))) as JsonValue,
  };
  // A parallel or spark component's own fields are its settings (code and environment hashed above).
  if (component.type !== 'command')
    return specHash({
      ...header,
      type: component.type,
      settings: plain(component.settings),
      code: codeHash,
      environment: envHash,
    });
  return specHash({
    ...header,
    command: component.command,
    code: codeHash,
    environment: envHash,
    resources: component.resources ?? null,
    distribution: component.distribution ?? null,
  });
}
