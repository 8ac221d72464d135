/**
 * The built promote-model bundle run like the runner runs it, against the emulated workspace: a stage tag moved
 * to a version and back (the rollback the `previous` output names), with nothing else of any version or any
 * other model changed, and a write failing part-way reported with what was changed.
 */
import { Gate, startArmEmulator, type ArmEmulator } from '../../support/arm-emulator/index.js';
import { bundle, runAction, expectSucceeded } from '../../support/action-runner.js';
import { azureEnv, azureInputs } from '../../support/azure/azure-action-env.js';

let emu: ArmEmulator;

const uri = (v: string) => `azureml://datastores/workspaceblobstore/paths/models/animals/v${v}/`;

beforeAll(async () => {
  emu = await startArmEmulator({ checkRequestBodies: true });
}, 60_000);
afterAll(async () => emu?.close());

beforeEach(async () => {
  emu.seed.reset('models');
  emu.faults.clear();
  const tags: Record<string, Record<string, string>> = {
    '1': { stage: 'production', owner: 'ml-team' },
    '2': { owner: 'ml-team', 'github.sha': 'abc123' },
    '3': { stage: 'staging' },
  };
  for (const v of ['1', '2', '3'])
    await emu.seed.assetVersion('models', 'animals', v, {
      modelUri: uri(v),
      jobName: `train-${v}`,
      description: `animals ${v}`,
      tags: tags[v],
      properties: { 'azureml-mlops.data': `pandas:${v}` },
    });
  // Another model carrying the same stage tag: promoting animals must not touch it.
  await emu.seed.assetVersion('models', 'birds', '4', { modelUri: uri('b4'), tags: { stage: 'production' } });
  emu.requests.clear();
});

const promote = (inputs: Record<string, string>) =>
  runAction(bundle('promote-model'), {
    inputs: { ...azureInputs(emu), name: 'animals', ...inputs },
    env: azureEnv(emu),
    timeoutMs: 30_000,
  });

/** Every version's properties as the emulator holds them, by model then version. */
function snapshot(): Record<string, Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [model, versions] of emu.state.assets.models.versions)
    out[model] = Object.fromEntries([...versions].map(([v, r]) => [v, JSON.parse(JSON.stringify(r.properties))]));
  return out;
}

test('promoting moves stage=production to the version and off the previous one, then the rollback moves it back', async () => {
  const before = snapshot();
  const result = await promote({ version: '2' });
  expectSucceeded(result);
  expect(result.outputs).toMatchObject({ 'model-name': 'animals', version: '2', previous: '1', changed: '2,1' });
  expect(result.outputs['model-id']).toMatch(/\/models\/animals\/versions\/2$/);
  expect(JSON.parse(result.outputs.tags)).toEqual({ owner: 'ml-team', 'github.sha': 'abc123', stage: 'production' });

  const after = snapshot();
  // Exactly the stage tag moved: every other field of every version, and the other model, are as they were.
  const expected = structuredClone(before);
  expected.animals['2'].tags = { ...(before.animals['2'].tags as object), stage: 'production' };
  expected.animals['1'].tags = { owner: 'ml-team' };
  expect(after).toEqual(expected);
  expect(result.summary).toContain('animals:2');
  expect(result.summary).toContain('version: 1');

  // The rollback: promote what `previous` named.
  const back = await promote({ version: result.outputs.previous });
  expect(back.exitCode).toBe(0);
  expect(back.outputs).toMatchObject({ version: '1', previous: '2', changed: '1,2' });
  expect(snapshot()).toEqual(before);
  // Versions were written with PUTs only, to animals 1 and 2 and nothing else.
  const writes = emu.requests.writes().map((r) => `${r.method} ${r.path.split('/models/')[1]}`);
  expect(new Set(writes)).toEqual(new Set(['PUT animals/versions/2', 'PUT animals/versions/1']));
});

test('promoting the version already in production writes nothing and names no previous', async () => {
  const result = await promote({ version: 'tag:stage=production' });
  expect(result.exitCode).toBe(0);
  expect(result.outputs).toMatchObject({ version: '1', previous: '', changed: '' });
  expect(emu.requests.writes()).toEqual([]);
});

test('a custom stage tag and added and removed tags change only those', async () => {
  const result = await promote({
    version: '3',
    stage: 'stage=staging-b',
    'add-tags': 'approved=yes',
    'remove-tags': 'stage',
  });
  expect(result.exitCode).toBe(1);
  expect(result.log).toContain("removes 'stage', the key 'stage' moves");
  const ok = await promote({ version: '3', stage: 'none', 'add-tags': 'approved=yes', 'remove-tags': 'stage' });
  expect(ok.exitCode).toBe(0);
  expect(ok.outputs).toMatchObject({ version: '3', previous: '', changed: '3' });
  expect(emu.state.assets.models.versions.get('animals')!.get('3')!.properties.tags).toEqual({ approved: 'yes' });
  expect(emu.state.assets.models.versions.get('animals')!.get('1')!.properties.tags).toEqual({
    stage: 'production',
    owner: 'ml-team',
  });
});

test('a write failing part-way fails the step naming what was changed and what was not', async () => {
  await emu.seed.assetVersion('models', 'animals', '5', { modelUri: uri('5'), tags: { stage: 'production' } });
  emu.faults.add({
    method: 'PUT',
    path: '**/models/animals/versions/5',
    fault: { kind: 'status', status: 400, code: 'UserError', message: 'refused' },
  });
  const result = await promote({ version: '2' });
  expect(result.exitCode).toBe(1);
  const error = result.annotations.find((a) => a.level === 'error')!.message;
  expect(error).toMatch(/Writing the tags of animals:5 failed/);
  expect(error).toMatch(/Changed before the failure: 2, 1; not changed: 5/);
  // What was done is reported as well.
  expect(result.outputs).toMatchObject({ version: '2', previous: '1,5', changed: '2,1' });
  expect(result.summary).toContain('failed part-way');
  // Running again finishes it.
  emu.faults.clear();
  const again = await promote({ version: '2' });
  expect(again.exitCode).toBe(0);
  expect(again.outputs).toMatchObject({ previous: '5', changed: '5' });
});

test('a tag another writer sets while the promotion runs survives: each version is read just before it is written', async () => {
  // Hold the first write (the chosen version's) until another writer has tagged the version that loses the stage.
  const gate = new Gate();
  emu.faults.add({ method: 'PUT', path: '**/models/animals/versions/2', times: 1, fault: { kind: 'hold', gate } });
  const run = promote({ version: '2' });
  await gate.arrivals(1);
  const one = emu.state.assets.models.versions.get('animals')!.get('1')!;
  one.properties.tags = { ...(one.properties.tags as object), reviewed: 'yes' };
  gate.open();
  const result = await run;
  expect(result.exitCode).toBe(0);
  expect(one.properties.tags).toEqual({ owner: 'ml-team', reviewed: 'yes' });
});

test('promoting a version a pull request registered warns that a branch-scoped model gets the stage', async () => {
  await emu.seed.assetVersion('models', 'animals', '6', {
    modelUri: uri('6'),
    tags: { 'github.branch_scope': 'feature-add-cats', 'github.pull_request': '15' },
  });
  const result = await promote({ version: '6' });
  expect(result.exitCode).toBe(0);
  expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
    "animals:6 was registered by a branch-scoped run (scope 'feature-add-cats', pull request #15), and now carries stage=production.",
  ]);
});
