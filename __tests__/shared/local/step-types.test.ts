import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ValidationError } from '../../../shared/core/errors.js';
import { memoryLogger } from '../../../shared/core/logger.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { flattenPipeline, localSteps, runLocalPipeline } from '../../../shared/local/index.js';
import { FIXTURES, useLocalFixture } from './helpers.js';

// mlflow is not installable on the test machine: the trials log through a stand-in writing MLflow's file store.
const withMlflow = { ...process.env, PYTHONPATH: join(FIXTURES, 'sweep/mlflow-standin'), PYTHONDONTWRITEBYTECODE: '1' };

describe('parallel and sweep steps read from YAML (loadPipelineJob) and run locally', () => {
  const fixture = useLocalFixture('step-types');

  test('the adapter maps the parallel step (step over component settings) and the sweep step to the runner', async () => {
    const job = localSteps(flattenPipeline(await loadPipelineJob(join(fixture.dir, 'pipeline.yaml'), {})));
    expect(Object.keys(job.jobs)).toEqual([
      'prep/twice/scale',
      'prep/twice/again',
      'prep/check',
      'sums',
      'tune',
      'report',
    ]);
    expect(job.jobs.sums).toMatchObject({
      type: 'parallel',
      task: { code: join(fixture.dir, 'src'), entryScript: 'sum_files.py', appendRowTo: '${{outputs.sums}}' },
      inputData: '${{inputs.files}}',
      // the step's mini_batch_size and concurrency over the component's; its retry settings kept
      miniBatchSize: '3',
      maxConcurrencyPerInstance: 2,
      errorThreshold: -1,
      retrySettings: { maxRetries: 1, timeout: 30 },
    });
    expect(job.jobs.tune).toMatchObject({
      type: 'sweep',
      trial: { name: 'train' },
      sweep: {
        sampling: { type: 'grid' },
        objective: { goal: 'maximize', primaryMetric: 'accuracy' },
        limits: { maxTotalTrials: 4, maxConcurrentTrials: 2 },
        searchSpace: { lr: { type: 'choice', values: [0.01, 0.1, 0.5] } },
      },
    });
  });

  test('the nested steps, the parallel step and the sweep run; the report reads the sums and the best model', async () => {
    const job = await loadPipelineJob(join(fixture.dir, 'pipeline.yaml'), {});
    const result = await runLocalPipeline(fixture.ws, job, { log: memoryLogger(), env: withMlflow, maxParallel: 2 });
    expect(result.status).toBe('Completed');
    expect(result.steps.find((s) => s.name === 'tune')?.sweep?.best).toBe('trial_2');
    const report = (await readFile(join(result.outputs.report, 'report.txt'), 'utf8')).trim().split('\n');
    expect(report.slice(0, -1).sort()).toEqual(['sum a.txt 60', 'sum b.txt 90', 'sum c.txt 60', 'sum d.txt 340']);
    expect(report.at(-1)).toBe('lr=0.1 depth=2 files=4');
  });

  test('parallel and sweep steps inside a pipeline component run under its path, their outputs bound through it', async () => {
    const job = await loadPipelineJob(join(fixture.dir, 'nested-steps.yaml'), {});
    const result = await runLocalPipeline(fixture.ws, job, { log: memoryLogger(), env: withMlflow });
    expect(result.status).toBe('Completed');
    expect(result.steps.map((s) => s.name)).toEqual(['analyse/sums', 'analyse/tune', 'report']);
    const report = (await readFile(join(result.outputs.report, 'report.txt'), 'utf8')).trim().split('\n');
    expect(report.slice(0, -1).sort()).toEqual(['sum a.txt 6', 'sum b.txt 9', 'sum c.txt 6', 'sum d.txt 34']);
    expect(report.at(-1)).toBe('lr=0.1 depth=2 files=4');
  });

  test("a sweep's early_termination from YAML stops the trial that falls behind while it runs", async () => {
    const job = await loadPipelineJob(join(fixture.dir, 'early-stop.yaml'), {});
    const log = memoryLogger();
    const result = await runLocalPipeline(fixture.ws, job, { log, env: withMlflow });
    expect(result.status).toBe('Completed');
    const sweep = result.steps[0].sweep;
    expect(sweep?.trials.map((t) => [t.params.curve, t.end])).toEqual([
      ['good', 'Completed'],
      ['bad', 'Canceled'],
      ['late', 'Completed'],
    ]);
    expect(sweep?.trials[1].terminated).toMatch(/^bandit at interval 1: best 0.3 is below 0.818182/);
    expect(sweep?.best).toBe('trial_2');
  });

  test('registered parallel components and trials, spark steps, multi-node sweeps and bound policies are refused at their lines before anything runs', async () => {
    const job = await loadPipelineJob(join(fixture.dir, 'refused.yaml'), {});
    const log = memoryLogger();
    const refused = await runLocalPipeline(fixture.ws, job, { log, name: 'refused-1' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    const problems = (refused as ValidationError).problems.map((p) => [p.location?.line, p.message]);
    expect(problems).toEqual([
      [
        14,
        expect.stringMatching(
          /^step 'registered_parallel': the parallel component azureml:sum_files:1 lives in Azure ML.*backend: azure$/,
        ),
      ],
      [
        19,
        expect.stringMatching(
          /^step 'registered_trial': its trial azureml:train:1 is a component in Azure ML.*backend: azure$/,
        ),
      ],
      [31, "step 'spark_step': spark steps need a Spark cluster; it runs with backend: azure"],
      [
        45,
        "step 'multi_node_sweep': resources.instance_count 2 asks each trial for 2 nodes; it runs with backend: azure",
      ],
      [
        59,
        "step 'bound_policy': early_termination slack_factor: ${{parent.inputs.slack}} is a binding, which Azure ML resolves; it runs with backend: azure",
      ],
    ]);
    expect(log.text()).not.toContain('[fine]');
  });
});
