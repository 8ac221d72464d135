import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError, ValidationError } from '../../../shared/core/errors.js';
import { memoryLogger } from '../../../shared/core/logger.js';
import { runLocalPipeline } from '../../../shared/local/index.js';
import { runShell } from '../../../shared/local/process.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { readMetric } from '../../../shared/local/sweep/mlflow-store.js';
import { planSweep, runSweep, type LocalSweep, type SweepTrial } from '../../../shared/local/sweep/run-sweep.js';
import { sampleTrials } from '../../../shared/local/sweep/search-space.js';
import { FIXTURES, fixtureCopy, useLocalFixture } from './helpers.js';

// mlflow is not installable on the test machine (no PyPI, not packaged by Debian): the trials log through a
// stand-in module that writes MLflow's file-store layout; the sweep reads that layout as it would mlflow's own.
const withMlflow = { ...process.env, PYTHONPATH: join(FIXTURES, 'sweep/mlflow-standin'), PYTHONDONTWRITEBYTECODE: '1' };
const withoutMlflow = {
  ...process.env,
  PYTHONPATH: join(FIXTURES, 'sweep/mlflow-broken'),
  PYTHONDONTWRITEBYTECODE: '1',
};

const sweep = (over: Partial<LocalSweep> = {}): LocalSweep => ({
  stepName: 'tune',
  searchSpace: {
    lr: { type: 'choice', values: [0.01, 0.1, 0.5] },
    depth: { type: 'choice', values: [2, 4] },
  },
  sampling: { type: 'grid' },
  objective: { goal: 'maximize', primaryMetric: 'accuracy' },
  limits: { maxTotalTrials: 6, maxConcurrentTrials: 2 },
  ...over,
});

describe('sweep on the local backend', () => {
  let fixture: Awaited<ReturnType<typeof fixtureCopy>>;
  beforeEach(async () => {
    fixture = await fixtureCopy('sweep');
  });
  afterEach(() => fixture.cleanup());

  /** Runs train.py for a trial as a step runs its command: its own output folder, the trial's environment. */
  const runTrial = async (trial: SweepTrial) => {
    const model = join(fixture.dir, 'trials', trial.name, 'model');
    await mkdir(model, { recursive: true });
    const logFile = join(fixture.dir, 'trials', trial.name, 'std_log.txt');
    const outcome = await runShell({
      command: `python3 train.py --lr ${trial.params.lr} --depth ${trial.params.depth} --model ${model}`,
      cwd: join(fixture.dir, 'src'),
      env: { ...withMlflow, ...trial.env },
      logFile,
      onLine: () => undefined,
    });
    return outcome.exitCode === 0
      ? { end: 'Completed' as const, outputs: { model } }
      : { end: 'Failed' as const, error: outcome.tail.join('\n') };
  };

  test('without an importable mlflow the sweep is refused before any trial, naming step and backend: azure', async () => {
    const refused = await planSweep(sweep(), withoutMlflow).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as Error).message).toMatch(
      /^step 'tune': a sweep reads each trial's accuracy from MLflow.*cannot import mlflow; run it with backend: azure/,
    );
  });

  test('grid: every combination up to max_total_trials, the best by the last logged primary metric', async () => {
    const trials = await planSweep(sweep({ limits: { maxTotalTrials: 5, maxConcurrentTrials: 2 } }), withMlflow);
    expect(trials).toEqual([
      { lr: 0.01, depth: 2 },
      { lr: 0.01, depth: 4 },
      { lr: 0.1, depth: 2 },
      { lr: 0.1, depth: 4 },
      { lr: 0.5, depth: 2 },
    ]);
    const log = memoryLogger();
    const outcome = await runSweep(sweep(), trials, join(fixture.dir, 'trials'), runTrial, log);
    expect(outcome.end).toBe('Completed');
    expect(outcome.trials.map((t) => t.metric)).toEqual(
      [0.89, 0.87, 0.98, 0.96, 0.58].map((v) => expect.closeTo(v, 9)),
    );
    expect(outcome.best?.name).toBe('trial_2');
    expect(await readFile(join(outcome.best?.outputs.model as string, 'model.txt'), 'utf8')).toBe(
      'lr=0.1 depth=2 env_lr=0.1\n',
    );
    // what was read is MLflow's own layout: one metric file with a line per log_metric call
    expect(await readMetric(join(fixture.dir, 'trials/trial_2/mlruns'), 'accuracy')).toHaveLength(3);
  });

  test('minimize picks the lowest; a failing trial is reported and skipped', async () => {
    const s = sweep({
      searchSpace: { lr: { type: 'choice', values: [0.1] }, depth: { type: 'choice', values: [2, 13, 50] } },
      objective: { goal: 'minimize', primaryMetric: 'accuracy' },
    });
    const outcome = await runSweep(
      s,
      await planSweep(s, withMlflow),
      join(fixture.dir, 'trials'),
      runTrial,
      memoryLogger(),
    );
    expect(outcome.trials.map((t) => t.end)).toEqual(['Completed', 'Failed', 'Completed']);
    expect(outcome.trials[1].error).toContain('depth 13 is unlucky');
    expect(outcome.best?.params).toEqual({ lr: 0.1, depth: 50 });
  });

  test('a sweep whose trials never log the primary metric fails saying so', async () => {
    const s = sweep({ objective: { goal: 'maximize', primaryMetric: 'f1' }, limits: { maxTotalTrials: 2 } });
    const outcome = await runSweep(
      s,
      await planSweep(s, withMlflow),
      join(fixture.dir, 'trials'),
      runTrial,
      memoryLogger(),
    );
    expect(outcome).toMatchObject({
      end: 'Failed',
      error: "no completed trial logged the primary metric 'f1' with MLflow",
    });
  });
});

describe('sampling a search space', () => {
  const space = {
    lr: { type: 'loguniform' as const, min_value: Math.log(1e-4), max_value: Math.log(1e-1) },
    momentum: { type: 'uniform' as const, min_value: 0.5, max_value: 0.9 },
    layers: { type: 'randint' as const, upper: 4 },
    batch: { type: 'choice' as const, values: [16, 32] },
    dropout: { type: 'quniform' as const, min_value: 0, max_value: 0.5, q: 0.1 },
  };

  test('random sampling with a seed draws the same trials again, each inside its distribution', () => {
    const first = sampleTrials(space, { type: 'random', seed: 42 }, 20);
    expect(sampleTrials(space, { type: 'random', seed: 42 }, 20)).toEqual(first);
    expect(sampleTrials(space, { type: 'random', seed: 7 }, 20)).not.toEqual(first);
    for (const t of first) {
      expect(t.lr as number).toBeGreaterThanOrEqual(1e-4);
      expect(t.lr as number).toBeLessThanOrEqual(1e-1);
      expect(t.momentum as number).toBeGreaterThanOrEqual(0.5);
      expect([0, 1, 2, 3]).toContain(t.layers);
      expect([16, 32]).toContain(t.batch);
      expect(Math.abs((t.dropout as number) * 10 - Math.round((t.dropout as number) * 10))).toBeLessThan(1e-9);
    }
  });

  test.each([
    [{ type: 'grid' as const }, /grid sampling takes only choice dimensions; lr, momentum, layers, dropout/],
    [{ type: 'bayesian' as const }, /bayesian sampling needs Azure ML; it runs with backend: azure/],
  ])('%j is refused', (sampling, message) => {
    expect(() => sampleTrials(space, sampling, 5)).toThrow(message);
  });
});

describe('a sweep step of a pipeline YAML (runLocalPipeline)', () => {
  const fixture = useLocalFixture('sweep');

  /** The pipeline YAML, read as submit-pipeline reads it. */
  const job = () => loadPipelineJob(join(fixture.dir, 'pipeline.yaml'), {});

  test('the trials run as commands, the best trial’s model is the step’s output, and a grid sweep is reused', async () => {
    const result = await runLocalPipeline(fixture.ws, await job(), {
      log: memoryLogger(),
      env: withMlflow,
      maxParallel: 2,
    });
    expect(result.status).toBe('Completed');
    const tune = result.steps.find((s) => s.name === 'tune');
    expect(tune?.sweep?.trials.map((t) => t.end)).toEqual(['Completed', 'Completed', 'Completed', 'Completed']);
    expect(tune?.sweep?.best).toBe('trial_2');
    const best = result.steps.find((s) => s.name === 'use_best')?.outputs.chosen as string;
    expect(await readFile(join(best, 'model.txt'), 'utf8')).toBe('lr=0.1 depth=2 env_lr=0.1\n');
    const again = await runLocalPipeline(fixture.ws, await job(), { log: memoryLogger(), env: withMlflow });
    expect(again.cache.hits).toEqual(['tune', 'use_best']);
  });

  test('without mlflow on the runner the pipeline is refused before anything runs', async () => {
    const log = memoryLogger();
    const refused = await runLocalPipeline(fixture.ws, await job(), {
      log,
      env: withoutMlflow,
      name: 'no-mlflow',
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^step 'tune': a sweep reads .*cannot import mlflow; run it with backend: azure/),
    ]);
    expect(log.text()).not.toContain('trial_0');
  });
});
