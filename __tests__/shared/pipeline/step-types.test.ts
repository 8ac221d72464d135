/**
 * The step-types fixture (every step type `az ml job create` takes, a pipeline component nested two deep)
 * converts to one job body whose nodes have the shape azure-ai-ml sends, components registered inner first.
 */
import path from 'node:path';
import type { ValidationError } from '../../../shared/core/errors.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { pipelineJobBody } from '../../../shared/pipeline/to-rest.js';
import { computesUsed } from '../../../shared/submission/computes.js';
import { repoRoot } from '../../support/action-runner.js';
import { recordingResolver, WORKSPACE_ID } from './fake-resolver.js';

const FIXTURE = path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'step-types', 'pipeline.yml');
const ANONYMOUS = new RegExp(`^${WORKSPACE_ID}/components/azureml_anonymous/versions/[0-9a-f-]{36}$`);

describe('a pipeline with every step type', () => {
  test('converts each step as azure-ai-ml sends it', async () => {
    const resolver = recordingResolver();
    const body = await pipelineJobBody(await loadPipelineJob(FIXTURE), resolver);
    const jobs = body.properties.jobs;
    expect(Object.keys(jobs)).toEqual(['train_pipeline', 'sweep_step', 'score', 'words']);
    expect(jobs.train_pipeline).toMatchObject({ type: 'pipeline', componentId: expect.stringMatching(ANONYMOUS) });
    expect(jobs.sweep_step).toMatchObject({
      type: 'sweep',
      trial: { componentId: expect.stringMatching(ANONYMOUS) },
      search_space: { learning_rate: { type: 'uniform', min_value: 0.001, max_value: 0.1 } },
      limits: { max_total_trials: 4, max_concurrent_trials: 2 },
      early_termination: { policy_type: 'Bandit', slack_factor: 0.1 },
    });
    // The parallel node takes the component's task and resources, its own size as an integer.
    expect(jobs.score).toMatchObject({
      type: 'parallel',
      mini_batch_size: 1,
      max_concurrency_per_instance: 2,
      resources: { instance_count: 2 },
      input_data: '${{inputs.data}}',
      task: { entry_script: 'score.py', code: expect.stringMatching(/^azureml:.*\/codes\//) },
    });
    expect(jobs.words).toMatchObject({
      type: 'spark',
      entry: { file: 'words.py', spark_job_entry_type: 'SparkJobPythonEntry' },
      resources: { instance_type: 'standard_e4s_v3', runtime_version: '3.4' },
      identity: { identity_type: 'UserIdentity' },
    });
    // Two pipeline components (outer, then inner) registered by spec; parallel and spark through registerComponent.
    expect(resolver.specs.map((s) => Object.keys(s.jobs as object))).toEqual([
      ['eval_step'],
      ['train_step', 'eval_pipeline'],
    ]);
    expect(resolver.components.map((c) => c.properties.componentSpec.type).sort()).toEqual([
      'command',
      'command',
      'parallel',
      'spark',
    ]);
  });

  test('the computes it uses include those of nested steps, named by their path', async () => {
    const job = await loadPipelineJob(FIXTURE, {
      set: [{ path: 'jobs.train_pipeline.compute', value: 'azureml:gpu' }],
    });
    (
      job.jobs.train_pipeline as { component: { component: { jobs: Record<string, { compute?: string }> } } }
    ).component.component.jobs.train_step.compute = 'azureml:big-gpu';
    expect(computesUsed(job)).toEqual([
      { name: 'cli-created-machine', where: 'settings.default_compute' },
      { name: 'gpu', where: 'jobs.train_pipeline.compute' },
      { name: 'big-gpu', where: 'jobs.train_pipeline/train_step.compute' },
    ]);
  });
});

describe('the new step types are refused at file and line', () => {
  test('a swept parameter the trial lacks, a parallel step without a task, a spark step with nowhere to run', async () => {
    const file = path.join(path.dirname(FIXTURE), 'broken', 'pipeline.yml');
    const problems = await loadPipelineJob(file).then(
      () => [],
      (error: ValidationError) => error.problems.map((p) => `${p.location?.line}: ${p.message}`),
    );
    expect(problems).toEqual([
      "20: parallel step 'score' needs a component or a task",
      "31: step 'wrong' is of type parallel but its component is a command component; set the step's type: command",
      "4: step 'tune' leaves required input 'learning_rate' (number) of its component unbound",
      "11: search_space parameter 'momentum' is not an input of the trial component (its inputs: data, epochs, learning_rate)",
      "24: step 'words' has no compute: set compute on the step, or settings.default_compute on the pipeline",
    ]);
  });
});
