import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';

/** Bumped when the folder layout changes in a way older records cannot be read with. */
export const WORKSPACE_FORMAT = 1;

/** The asset kinds the local workspace versions by name, as an Azure ML workspace does. */
export type LocalCollection = 'environments' | 'components' | 'data' | 'models';

/**
 * The local stand-in for an Azure ML workspace: a folder (default `.mlops/` in the repository) that is safe to keep
 * across runs and to restore with actions/cache. Everything is addressed either by content hash (code snapshots,
 * step outputs, cache entries) or by name and version (assets), so two runs never write the same path with
 * different content, and a half-written file never replaces a good one (writes go through a rename).
 *
 * Layout:
 *   workspace.json                          format marker
 *   codes/<sha256>/…                        code snapshots, one per content hash
 *   artifacts/<sha256>/…                    step outputs, one per content hash (read-only by convention)
 *   cache/<key>.json                        step cache entries: key -> outputs of a successful run
 *   <collection>/<name>/<version>/asset.json  environments, components, data, models (data and models keep
 *                                           their files beside it in files/)
 *   jobs/<job>/job.json, jobs/<job>/<step>/ job records, step logs and working folders
 */
export class LocalWorkspace {
  private constructor(readonly root: string) {}

  /** Opens (creating when absent) the workspace folder; refuses a folder written by a newer layout. */
  static async open(root: string): Promise<LocalWorkspace> {
    const ws = new LocalWorkspace(resolve(root));
    const marker = join(ws.root, 'workspace.json');
    const existing = await readJson<{ format: number }>(marker);
    if (existing && existing.format > WORKSPACE_FORMAT) {
      throw new UserError(
        `The local workspace ${ws.root} was written by a newer version of these actions (format ${existing.format}); ` +
          `use that version, or point local-workspace at another folder.`,
      );
    }
    if (!existing) await writeJsonAtomic(marker, { format: WORKSPACE_FORMAT });
    return ws;
  }

  codePath(hash: string): string {
    return join(this.root, 'codes', hash);
  }

  artifactPath(hash: string): string {
    return join(this.root, 'artifacts', hash);
  }

  cacheEntryPath(key: string): string {
    return join(this.root, 'cache', `${key}.json`);
  }

  assetFolder(collection: LocalCollection, name: string, version: string): string {
    return join(this.root, collection, safeSegment(name, 'name'), safeSegment(version, 'version'));
  }

  jobFolder(jobName: string): string {
    return join(this.root, 'jobs', safeSegment(jobName, 'job name'));
  }

  /** A scratch folder inside the workspace, so a rename into `codes/` or `artifacts/` never crosses devices. */
  async scratch(purpose: string): Promise<string> {
    const path = join(this.root, 'tmp', `${purpose}-${randomUUID()}`);
    await mkdir(path, { recursive: true });
    return path;
  }

  /** Versions of an asset, oldest first (numeric versions in numeric order, others after them). */
  async versions(collection: LocalCollection, name: string): Promise<string[]> {
    const entries = await readdir(join(this.root, collection, safeSegment(name, 'name')), {
      withFileTypes: true,
    }).catch(() => []);
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort(compareVersions);
  }

  async names(collection: LocalCollection): Promise<string[]> {
    const entries = await readdir(join(this.root, collection), { withFileTypes: true }).catch(() => []);
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  }

  /** The next free integer version: one past the highest numeric version (1 when there is none). */
  async nextVersion(collection: LocalCollection, name: string): Promise<string> {
    const numeric = (await this.versions(collection, name)).filter((v) => /^\d+$/.test(v)).map(Number);
    return String(numeric.length ? Math.max(...numeric) + 1 : 1);
  }

  async readAsset<T>(collection: LocalCollection, name: string, version: string): Promise<T | undefined> {
    return readJson<T>(join(this.assetFolder(collection, name, version), 'asset.json'));
  }

  /**
   * Creates an asset version whole or not at all: `fill` writes its folder (asset.json and any files) in scratch,
   * which is then renamed into place. False when the version exists already (another job sharing this folder
   * took it first); nothing of this attempt is left behind.
   */
  async createAssetVersion(
    collection: LocalCollection,
    name: string,
    version: string,
    fill: (folder: string) => Promise<void>,
  ): Promise<boolean> {
    const target = this.assetFolder(collection, name, version);
    const scratch = await this.scratch('asset');
    try {
      await fill(scratch);
      await mkdir(dirname(target), { recursive: true });
      await rename(scratch, target);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOTEMPTY') return false;
      throw error;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  async writeAsset(collection: LocalCollection, name: string, version: string, record: object): Promise<void> {
    await writeJsonAtomic(join(this.assetFolder(collection, name, version), 'asset.json'), record);
  }
}

/** Names and versions become folder names; anything that could climb out of the workspace is refused. */
function safeSegment(value: string, what: string): string {
  if (!value || value === '.' || value === '..' || /[/\\\0]/.test(value)) {
    throw new UserError(`'${value}' is not usable as a ${what} in the local workspace (no '/', '\\', '.' or '..').`);
  }
  return value;
}

export function compareVersions(a: string, b: string): number {
  const na = /^\d+$/.test(a) ? Number(a) : undefined;
  const nb = /^\d+$/.test(b) ? Number(b) : undefined;
  if (na !== undefined && nb !== undefined) return na - nb;
  if (na !== undefined) return -1;
  if (nb !== undefined) return 1;
  return a.localeCompare(b, 'en', { numeric: true });
}

export async function readJson<T>(path: string): Promise<T | undefined> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

/** Writes through a temporary file and a rename, so readers see the old record or the new one, never half. */
export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile(tmp, JSON.stringify(value, null, 2) + '\n');
  await rename(tmp, path);
}

/**
 * Moves a finished folder to its content-addressed place. When that place is taken, the content is the same by
 * construction, so the new copy is dropped.
 */
export async function moveIntoStore(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw error;
    await rm(from, { recursive: true, force: true });
  }
}
