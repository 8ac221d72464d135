/**
 * promote-model on the local backend, through the bundle as the runner runs it: the same promotion and rollback
 * in a local workspace folder (`.mlops`), with the models registered the way a local pipeline's register step
 * registers them.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalWorkspace, listLocalModels, registerLocalModel } from '../../../shared/local/index.js';
import { bundle, runAction, expectSucceeded } from '../../support/action-runner.js';

let project: string;
let ws: LocalWorkspace;

const tagsOf = async (name: string) =>
  Object.fromEntries((await listLocalModels(ws, name)).map((m) => [m.version, m.tags]));

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'promote-local-'));
  ws = await LocalWorkspace.open(path.join(project, '.mlops'));
  const files = path.join(project, 'model-files');
  mkdirSync(files);
  writeFileSync(path.join(files, 'MLmodel'), 'flavors: {}\n');
  const tags: Record<string, string>[] = [{ stage: 'production', owner: 'ml' }, { owner: 'ml' }, {}];
  for (const [i, t] of tags.entries())
    await registerLocalModel(ws, { name: 'animals', version: String(i + 1), path: files, tags: t });
  await registerLocalModel(ws, { name: 'birds', version: '1', path: files, tags: { stage: 'production' } });
});

const promote = (inputs: Record<string, string>) =>
  runAction(bundle('promote-model'), {
    inputs: { backend: 'local', 'local-workspace': '.mlops', name: 'animals', ...inputs },
    cwd: project,
    timeoutMs: 60_000,
  });

test('the local backend moves stage=production to the version and back, touching nothing else', async () => {
  const before = await tagsOf('animals');
  const birds = await tagsOf('birds');
  const result = await promote({ version: '2' });
  expectSucceeded(result);
  expect(result.outputs).toMatchObject({ 'model-name': 'animals', version: '2', previous: '1', changed: '2,1' });
  expect(await tagsOf('animals')).toEqual({
    '1': { owner: 'ml' },
    '2': { owner: 'ml', stage: 'production' },
    '3': {},
  });
  const back = await promote({ version: result.outputs.previous });
  expect(back.exitCode).toBe(0);
  expect(back.outputs).toMatchObject({ version: '1', previous: '2', changed: '1,2' });
  expect(await tagsOf('animals')).toEqual(before);
  expect(await tagsOf('birds')).toEqual(birds);
});

test('a version the local workspace does not hold is refused with the versions it does', async () => {
  const result = await promote({ version: '9' });
  expect(result.exitCode).toBe(1);
  expect(result.log).toMatch(/has no version matching version 9 .*versions: 1 \(owner=ml stage=production\), 2/);
});

test('copy-to on the local backend is refused naming the input, and nothing changes', async () => {
  const before = await tagsOf('animals');
  const result = await promote({ version: '2', 'copy-to': 'registry:shared-models' });
  expect(result.exitCode).toBe(1);
  expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
    /Input 'copy-to' copies to an Azure ML registry or workspace; with backend 'local' leave it empty/,
  );
  expect(await tagsOf('animals')).toEqual(before);
});
