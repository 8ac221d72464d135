/**
 * submit-pipeline through its bundle with every step type `az ml job create` takes (issue 16): a pipeline
 * component nested two deep, a sweep, a parallel and a spark step. Their components are registered (inner
 * pipeline components first), the emulator checks each step against its component, and the job is followed
 * through every level of child runs.
 */
import path from 'node:path';
import { bundle, repoRoot, runAction } from '../../support/action-runner.js';
import type { RunResult } from '../../support/action-runner.js';
import { eventEnv } from '../../support/github-events/events.js';
import { startEmulatedWorkspace } from '../../support/azure/workspace-fixture.js';
import type { EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';

const pipeline = path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'step-types', 'pipeline.yml');
let ws: EmulatedWorkspace;

beforeAll(async () => {
  ws = await startEmulatedWorkspace();
});
afterAll(async () => ws.close());
beforeEach(() => {
  ws.emu.requests.clear();
  ws.emu.seed.reset('jobs');
  ws.emu.seed.computeInstance('cli-created-machine', { state: 'Running' });
});

function submit(name: string): Promise<RunResult> {
  return runAction(bundle('submit-pipeline'), {
    inputs: { ...ws.inputs(), file: pipeline, name },
    env: { ...ws.env(), ...eventEnv('push-main') },
    timeoutMs: 60000,
  });
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

describe('submit-pipeline with sweep, parallel, spark and nested pipeline steps', () => {
  test('registers every component, submits, follows every level and completes', async () => {
    const name = 'step-types-ok';
    ws.emu.jobs.script(name, [
      running,
      {
        status: 'Completed',
        children: { train_pipeline: 'Completed', sweep_step: 'Completed', score: 'Completed', words: 'Completed' },
        nested: {
          train_pipeline: {
            train_step: 'Completed',
            eval_pipeline: 'Completed',
            'eval_pipeline/eval_step': 'Completed',
          },
          sweep_step: { trial_0: 'Completed', trial_1: 'Completed' },
          score: { mini_batch_0: 'Completed' },
        },
      },
    ]);
    const run = await submit(name);
    if (process.env.SHOW_LOG) console.log(run.log);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('Completed');
    // The emulator accepted every component (typed: parallel, spark, pipeline) and the job that uses them.
    const componentPuts = ws.emu.requests.filter({ method: 'PUT', path: '/components/' });
    const types = componentPuts.map(
      (r) => (r.body as { properties: { componentSpec: { type: string } } }).properties.componentSpec.type,
    );
    expect(types.sort()).toEqual(['command', 'command', 'parallel', 'pipeline', 'pipeline', 'spark']);
    const jobPut = ws.emu.requests.filter({ method: 'PUT', path: `/jobs/${name}` });
    expect(jobPut).toHaveLength(1);
    const jobs = (jobPut[0].body as { properties: { jobs: Record<string, { type: string }> } }).properties.jobs;
    expect(Object.values(jobs).map((j) => j.type)).toEqual(['pipeline', 'sweep', 'parallel', 'spark']);
    // Followed through every level, each nested step named by its path.
    for (const step of [
      'train_pipeline/train_step',
      'train_pipeline/eval_pipeline',
      'train_pipeline/eval_pipeline/eval_step',
      'sweep_step/trial_1',
      'score/mini_batch_0',
    ])
      expect(run.log).toContain(step);
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
});
