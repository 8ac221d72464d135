import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalWorkspace } from '../../../shared/local/workspace.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/local/', import.meta.url));

/** A private copy of a fixture (tests edit component code) and an empty workspace folder beside it. */
export async function fixtureCopy(name: string): Promise<{ dir: string; workspace: string; cleanup(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), `local-${name}-`));
  const dir = join(root, name);
  await cp(join(FIXTURES, name), dir, { recursive: true });
  return { dir, workspace: join(root, '.mlops'), cleanup: () => rm(root, { recursive: true, force: true }) };
}

export interface LocalFixture {
  /** The fixture's private copy. */
  dir: string;
  /** Its local workspace, opened. */
  ws: LocalWorkspace;
}

/**
 * The set-up of a describe block that runs one fixture's pipelines: before its tests a private copy of the
 * fixture with its workspace opened (then `prepare`, for what the tests need registered first), after them
 * the copy removed. The returned object is filled in when `beforeAll` has run.
 */
export function useLocalFixture(name: string, prepare?: (fixture: LocalFixture) => Promise<void>): LocalFixture {
  const fixture = {} as LocalFixture;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const copy = await fixtureCopy(name);
    cleanup = copy.cleanup;
    Object.assign(fixture, { dir: copy.dir, ws: await LocalWorkspace.open(copy.workspace) });
    await prepare?.(fixture);
  });
  afterAll(() => cleanup?.());
  return fixture;
}
