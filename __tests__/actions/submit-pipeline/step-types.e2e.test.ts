/**
 * submit-pipeline through its bundle with every step type `az ml job create` takes (issue 16): a pipeline
 * component nested two deep, a sweep, a parallel and a spark step. Their components are registered (inner
 * pipeline components first), the emulator checks each step against its component, and the job is followed
 * through every level of child runs. The successful submission is the local step-types pipeline plus a spark
 * step (`pipeline-with-spark.yaml`; step-types-same-pipeline.test.ts keeps the two the same pipeline); the
 * failure and dry-run tests keep the older print-stub fixture.
 */
import path from 'node:path';
import { repoRoot } from '../../support/action-runner.js';
import type { RunResult } from '../../support/action-runner.js';
import { startEmulatedWorkspace } from '../../support/azure/workspace-fixture.js';
import type { EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';

const fixtures = path.join(repoRoot, '__tests__', 'fixtures');
const pipeline = path.join(fixtures, 'pipeline', 'step-types', 'pipeline.yml');
/** The pipeline the local backend runs (local/step-types/pipeline.yaml) plus a spark step. */
const withSpark = path.join(fixtures, 'local', 'step-types', 'pipeline-with-spark.yaml');
let ws: EmulatedWorkspace;

beforeAll(async () => {
  ws = await startEmulatedWorkspace();
  // The environment the local step-types components name, as the user's workspace would hold it.
  await ws.emu.seed.assetVersion('environments', 'toy-python', '1', { image: 'python:3.12-slim' });
});
afterAll(async () => ws.close());
beforeEach(() => {
  ws.emu.requests.clear();
  ws.emu.seed.reset('jobs');
  ws.emu.seed.computeInstance('cli-created-machine', { state: 'Running' });
});

function submit(name: string, extra: Record<string, string> = {}, file = pipeline): Promise<RunResult> {
  return ws.run('submit-pipeline', { file, name, ...extra });
}

/** Child runs at every level: the outer pipeline component's steps, the inner one's, trials and mini-batches. */
const running = {
  status: 'Running',
  children: { train_pipeline: 'Running', sweep_step: 'Running', score: 'NotStarted', words: 'Running' },
  nested: {
    train_pipeline: { train_step: 'Running' },
    sweep_step: { trial_0: 'Running', trial_1: 'Running' },
  },
};

/** The local pipeline's steps plus the spark step, as the emulator runs them, at every level. */
const withSparkRunning = {
  status: 'Running',
  children: { prep: 'Running', sums: 'NotStarted', tune: 'NotStarted', report: 'NotStarted', total: 'NotStarted' },
  nested: { prep: { twice: 'Running', 'twice/scale': 'Running' } },
};
const withSparkCompleted = {
  status: 'Completed',
  children: { prep: 'Completed', sums: 'Completed', tune: 'Completed', report: 'Completed', total: 'Completed' },
  nested: {
    prep: { twice: 'Completed', 'twice/scale': 'Completed', 'twice/again': 'Completed', check: 'Completed' },
    sums: { mini_batch_0: 'Completed', mini_batch_1: 'Completed' },
    tune: { trial_0: 'Completed', trial_1: 'Completed', trial_2: 'Completed', trial_3: 'Completed' },
  },
};

describe('submit-pipeline with sweep, parallel, spark and nested pipeline steps', () => {
  test('the local step-types pipeline plus a spark step registers, submits, is followed through every level', async () => {
    const name = 'step-types-ok';
    ws.emu.jobs.script(name, [withSparkRunning, withSparkCompleted]);
    // The same YAML the local backend runs: only the compute is pointed at the workspace's, as a user would.
    const run = await submit(name, { set: 'settings.default_compute=azureml:cli-created-machine' }, withSpark);
    if (process.env.SHOW_LOG) console.log(run.log);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('Completed');
    // The emulator accepted every component (typed: parallel, spark, pipeline) and the job that uses them.
    const componentPuts = ws.emu.requests.filter({ method: 'PUT', path: '/components/' });
    const types = componentPuts.map(
      (r) => (r.body as { properties: { componentSpec: { type: string } } }).properties.componentSpec.type,
    );
    // commands: scale (used twice, registered once), prep's inline check, the trial train and the inline report
    expect(types.sort()).toEqual([
      'command',
      'command',
      'command',
      'command',
      'parallel',
      'pipeline',
      'pipeline',
      'spark',
    ]);
    const jobPut = ws.emu.requests.filter({ method: 'PUT', path: `/jobs/${name}` });
    expect(jobPut).toHaveLength(1);
    const jobs = (jobPut[0].body as { properties: { jobs: Record<string, { type: string }> } }).properties.jobs;
    expect(Object.fromEntries(Object.entries(jobs).map(([step, j]) => [step, j.type]))).toEqual({
      prep: 'pipeline',
      sums: 'parallel',
      tune: 'sweep',
      report: 'command',
      total: 'spark',
    });
    // Followed through every level, each nested step named by its path.
    for (const step of [
      'prep',
      'prep/twice',
      'prep/twice/scale',
      'prep/twice/again',
      'prep/check',
      'sums/mini_batch_1',
      'tune/trial_3',
      'report',
      'total',
    ])
      expect(run.log).toContain(`step ${step}: Completed`);
    expect(run.leakedSecrets).toEqual([]);
  });

  test('a failing step of the pipeline component fails the action, naming its path', async () => {
    const name = 'step-types-fails';
    ws.emu.jobs.script(name, [
      running,
      {
        status: 'Failed',
        children: { train_pipeline: 'Failed', sweep_step: 'Completed', score: 'NotStarted', words: 'Completed' },
        nested: { train_pipeline: { train_step: 'Failed' } },
        error: { code: 'UserError', message: 'train.py exited with code 1: loss is NaN' },
      },
    ]);
    const run = await submit(name);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('Failed');
    expect(run.log).toMatch(/train_pipeline\/train_step: Failed/);
    expect(run.annotations.map((a) => a.message).join('\n')).toMatch(/train_pipeline\/train_step.*loss is NaN/s);
  });

  test('dry-run converts every step type and writes nothing', async () => {
    const run = await submit('step-types-dry', { 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('DryRun');
    for (const type of ['"sweep"', '"parallel"', '"spark"', '"pipeline"']) expect(run.log).toContain(`"type": ${type}`);
    expect(ws.emu.requests.writes()).toEqual([]);
  });
});
