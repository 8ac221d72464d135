/**
 * Two jobs on one self-hosted runner share the local workspace folder. Six registrations of one component with
 * two contents (three each, every one with its own LocalWorkspace on the same folder, as separate jobs have) are
 * held at their write until all six have decided, so all of them chose the same free version: the race happens
 * on every run of this test. Writes are folder renames, so the versions they make are whole or absent.
 */
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { loadComponentFile } from '../../../shared/pipeline/component.js';
import { LocalWorkspace, registerLocalComponent } from '../../../shared/local/index.js';
import { fixtureCopy } from './helpers.js';

type Fixture = Awaited<ReturnType<typeof fixtureCopy>>;
let a: Fixture;
let b: Fixture;
beforeEach(async () => {
  a = await fixtureCopy('toy');
  b = await fixtureCopy('toy');
  await appendFile(join(b.dir, 'components/prep/src/prep.py'), '# branch b\n');
});
afterEach(async () => {
  await a.cleanup();
  await b.cleanup();
});

/** Each job's workspace on the shared folder, its first version write held until `count` jobs are there. */
async function heldWorkspaces(root: string, count: number): Promise<LocalWorkspace[]> {
  let arrived = 0;
  let release!: () => void;
  const allThere = new Promise<void>((resolve) => (release = resolve));
  const workspaces: LocalWorkspace[] = [];
  for (let i = 0; i < count; i++) {
    const ws = await LocalWorkspace.open(root);
    const create = ws.createAssetVersion.bind(ws);
    let held = false;
    ws.createAssetVersion = async (...args) => {
      if (!held) {
        held = true;
        if (++arrived === count) release();
        await allThere;
      }
      return create(...args);
    };
    workspaces.push(ws);
  }
  return workspaces;
}

test('under auto, racing jobs on one workspace folder all succeed and each content gets exactly one version', async () => {
  const log = memoryLogger();
  const sources = [a.dir, a.dir, a.dir, b.dir, b.dir, b.dir];
  const workspaces = await heldWorkspaces(a.workspace, sources.length);

  const results = await Promise.all(
    sources.map(async (dir, i) =>
      registerLocalComponent(workspaces[i], await loadComponentFile(join(dir, 'components/prep/prep.yaml')), {
        log,
        strategy: 'auto',
      }),
    ),
  );

  const versions = results.map((r) => r.component.version);
  expect(new Set(versions.slice(0, 3)).size).toBe(1);
  expect(new Set(versions.slice(3)).size).toBe(1);
  expect(versions[0]).not.toBe(versions[3]);
  const ws = await LocalWorkspace.open(a.workspace);
  expect(await ws.versions('components', 'toy_prep')).toEqual([versions[0], versions[3]].sort());
  // Every version holds the content of the runs that reported it.
  for (const result of results) {
    const stored = await ws.readAsset<{ contentHash: string }>('components', 'toy_prep', result.component.version);
    expect(stored?.contentHash).toBe(result.component.contentHash);
  }
  expect(log.lines.some((l) => l.message.includes('was registered by another run meanwhile'))).toBe(true);
});

test('under yaml, the job whose file version was taken meanwhile by other content fails clearly', async () => {
  const log = memoryLogger();
  const workspaces = await heldWorkspaces(a.workspace, 2);
  const settled = await Promise.allSettled(
    [a.dir, b.dir].map(async (dir, i) =>
      registerLocalComponent(workspaces[i], await loadComponentFile(join(dir, 'components/prep/prep.yaml')), { log }),
    ),
  );
  expect(settled.map((s) => s.status).sort()).toEqual(['fulfilled', 'rejected']);
  const failure = settled.find((s) => s.status === 'rejected') as PromiseRejectedResult;
  expect(String(failure.reason)).toMatch(/toy_prep:1 is already registered with different content.*Bump 'version'/);
});
