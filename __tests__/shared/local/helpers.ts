import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/local/', import.meta.url));

/** A private copy of a fixture (tests edit component code) and an empty workspace folder beside it. */
export async function fixtureCopy(name: string): Promise<{ dir: string; workspace: string; cleanup(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), `local-${name}-`));
  const dir = join(root, name);
  await cp(join(FIXTURES, name), dir, { recursive: true });
  return { dir, workspace: join(root, '.mlops'), cleanup: () => rm(root, { recursive: true, force: true }) };
}
