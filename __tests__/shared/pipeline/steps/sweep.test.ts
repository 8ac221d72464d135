import { readFile } from 'node:fs/promises';
import { Problems } from '../../../../shared/yaml/fields.js';
import { child, parseYaml, type YMap } from '../../../../shared/yaml/located.js';
import { checkSweepTrial, readSweepSettings, sweepNodeFields } from '../../../../shared/pipeline/steps/sweep.js';
import type { InputPort } from '../../../../shared/pipeline/ports.js';
import { examplesCli } from './examples.js';

const TRIAL_ID =
  '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/components/azureml_anonymous/versions/5d0c4426-f8d0-46a4-b797-54cbd7535717';

function stepOf(text: string, step: string, file = 'pipeline.yml'): YMap {
  const node = child(child(parseYaml(text, file).root, 'jobs'), step);
  if (node?.kind !== 'map') throw new Error(`no step ${step}`);
  return node;
}

function read(text: string, step = 'sweep_step') {
  const problems = new Problems();
  const settings = readSweepSettings(stepOf(text, step), problems);
  return { settings, problems: problems.list.map((p) => `${p.location?.line}: ${p.message}`) };
}

describe('sweep steps', () => {
  // azure-sdk-for-python tests/test_configs/dsl_pipeline/data_binding_expression/run_settings_sweep_choice.yml
  // (the sweep fields); the expected fields are the job PUT of the azure-sdk-assets recording
  // pipeline_job/e2etests/test_pipeline_job.pyTestPipelineJobtest_pipeline_job_with_data_binding_expression[10-…].
  const recordedChoice = `
jobs:
  hello_world_sweep:
    type: sweep
    search_space:
      batch_size:
        type: choice
        values: [25, 35, "\${{parent.inputs.job_in_number}}"]
    limits:
      max_total_trials: 1
    sampling_algorithm: random
    objective:
      goal: maximize
      primary_metric: "accuracy"
    trial: file:../../components/helloworld_component_for_sweep.yml
`;

  it('converts a choice search space with a bound value as the recorded azure-ai-ml request', () => {
    const { settings, problems } = read(recordedChoice, 'hello_world_sweep');
    expect(problems).toEqual([]);
    expect(sweepNodeFields(settings, TRIAL_ID)).toEqual({
      type: 'sweep',
      limits: { max_total_trials: 1 },
      sampling_algorithm: 'random',
      objective: { goal: 'maximize', primary_metric: 'accuracy' },
      search_space: { batch_size: { values: [25, 35, '${{parent.inputs.job_in_number}}'], type: 'choice' } },
      trial: { componentId: TRIAL_ID },
    });
  });

  it('sends a bound limit as its binding text (recorded [11-run_settings_sweep_limits.yml])', () => {
    const { settings, problems } = read(
      recordedChoice.replace('max_total_trials: 1', 'max_total_trials: ${{parent.inputs.job_in_number}}'),
      'hello_world_sweep',
    );
    expect(problems).toEqual([]);
    expect(sweepNodeFields(settings, TRIAL_ID).limits).toEqual({
      max_total_trials: '${{parent.inputs.job_in_number}}',
    });
  });

  it('converts grid sampling with queue settings as recorded for a serverless sweep', () => {
    // Recording test_pipeline_job_serverless_compute_sweep_in_pipeline_with_job_tier: the node's sweep fields.
    const { settings, problems } = read(
      `
jobs:
  node:
    type: sweep
    trial: ./component.yml
    sampling_algorithm: grid
    search_space:
      whom:
        type: choice
        values: [Microsoft, World, Python]
    objective: {goal: minimize, primary_metric: metric}
    limits: {max_concurrent_trials: 1, max_total_trials: 3}
    queue_settings: {job_tier: standard}
`,
      'node',
    );
    expect(problems).toEqual([]);
    expect(sweepNodeFields(settings, TRIAL_ID)).toEqual({
      type: 'sweep',
      limits: { max_concurrent_trials: 1, max_total_trials: 3 },
      sampling_algorithm: 'grid',
      objective: { goal: 'minimize', primary_metric: 'metric' },
      search_space: { whom: { values: ['Microsoft', 'World', 'Python'], type: 'choice' } },
      queue_settings: { job_tier: 'standard' },
      trial: { componentId: TRIAL_ID },
    });
  });

  it('reads the azureml-examples hyperparameter sweep pipeline', async () => {
    const file = `${examplesCli}/jobs/pipelines-with-components/pipeline_with_hyperparameter_sweep/pipeline.yml`;
    const { settings, problems } = read(await readFile(file, 'utf8'));
    expect(problems).toEqual([]);
    expect(sweepNodeFields(settings, TRIAL_ID)).toMatchObject({
      search_space: {
        c_value: { type: 'uniform', min_value: 0.5, max_value: 0.9 },
        kernel: { type: 'choice', values: ['rbf', 'linear', 'poly'] },
        coef0: { type: 'uniform', min_value: 0.1, max_value: 1 },
      },
      objective: { goal: 'minimize', primary_metric: 'training_f1_score' },
      limits: { max_total_trials: 5, max_concurrent_trials: 3, timeout: 7200 },
      sampling_algorithm: 'random',
    });
  });

  it('reads every distribution with its own parameters (test_dsl_pipeline_sweep_distributions)', () => {
    const { settings, problems } = read(`
jobs:
  sweep_step:
    type: sweep
    trial: ./train.yml
    search_space:
      batch_size: {type: choice, values: [25, 35]}
      first_layer_neurons: {type: randint, upper: 50}
      second_layer_neurons: {type: quniform, min_value: 10, max_value: 50, q: 5}
      third_layer_neurons: {type: qlognormal, mu: 5, sigma: 1, q: 5}
      epochs: {type: qloguniform, min_value: 1, max_value: 5, q: 5}
      momentum: {type: qnormal, mu: 10, sigma: 5, q: 2}
      weight_decay: {type: lognormal, mu: 0, sigma: 1}
      learning_rate: {type: loguniform, min_value: -6, max_value: -1}
      f1: {type: normal, mu: 0, sigma: 1}
      f2: {type: uniform, min_value: 10, max_value: 20}
    objective: {goal: Maximize, primary_metric: validation_acc}
    limits: {max_total_trials: 2, max_concurrent_trials: 2, timeout: 600}
    sampling_algorithm: {type: random, seed: 999, rule: sobol}
    early_termination: {type: bandit, evaluation_interval: 2, slack_factor: 0.1, delay_evaluation: 1}
`);
    expect(problems).toEqual([]);
    const fields = sweepNodeFields(settings, TRIAL_ID);
    expect(fields.search_space).toEqual({
      batch_size: { type: 'choice', values: [25, 35] },
      first_layer_neurons: { type: 'randint', upper: 50 },
      second_layer_neurons: { type: 'quniform', min_value: 10, max_value: 50, q: 5 },
      third_layer_neurons: { type: 'qlognormal', mu: 5, sigma: 1, q: 5 },
      epochs: { type: 'qloguniform', min_value: 1, max_value: 5, q: 5 },
      momentum: { type: 'qnormal', mu: 10, sigma: 5, q: 2 },
      weight_decay: { type: 'lognormal', mu: 0, sigma: 1 },
      learning_rate: { type: 'loguniform', min_value: -6, max_value: -1 },
      f1: { type: 'normal', mu: 0, sigma: 1 },
      f2: { type: 'uniform', min_value: 10, max_value: 20 },
    });
    // The goal is dumped lower-case; the random algorithm keeps its seed and rule.
    expect(fields.objective).toEqual({ goal: 'maximize', primary_metric: 'validation_acc' });
    expect(fields.sampling_algorithm).toEqual({ type: 'random', seed: 999, rule: 'sobol' });
    // Early termination is the REST model's dict, defaults included (BanditPolicy.slack_amount = 0).
    expect(fields.early_termination).toEqual({
      policy_type: 'Bandit',
      delay_evaluation: 1,
      evaluation_interval: 2,
      slack_factor: 0.1,
      slack_amount: 0,
    });
  });

  it.each([
    [
      'median_stopping',
      '{type: median_stopping}',
      { policy_type: 'MedianStopping', delay_evaluation: 0, evaluation_interval: 1 },
    ],
    [
      'truncation_selection',
      '{type: truncation_selection, truncation_percentage: 20, evaluation_interval: 1}',
      { policy_type: 'TruncationSelection', delay_evaluation: 0, evaluation_interval: 1, truncation_percentage: 20 },
    ],
  ])('converts the %s policy with azure-ai-ml defaults', (_name, yaml, expected) => {
    const { settings, problems } = read(`
jobs:
  sweep_step:
    type: sweep
    trial: ./train.yml
    search_space: {lr: {type: uniform, min_value: 0.1, max_value: 1}}
    objective: {goal: minimize, primary_metric: loss}
    limits: {max_total_trials: 4}
    early_termination: ${yaml}
`);
    expect(problems).toEqual([]);
    expect(sweepNodeFields(settings, TRIAL_ID).early_termination).toEqual(expected);
  });

  it('refuses bad sweep fields at their lines', () => {
    const { problems } = read(`
jobs:
  sweep_step:
    type: sweep
    search_space:
      lr: {type: gaussian, mu: 1}
      depth: {type: randint, upper: 2.5}
      rate: {type: uniform, min_value: 2, max_value: 1}
      kind: {type: choice, values: []}
    sampling_algorithm: hyperband
    objective: {goal: best, primary_metric: loss}
    limits: {max_concurrent_trials: 8, max_total_trials: 4}
    early_termination: {type: bandit, slack: 0.1}
`);
    expect(problems).toEqual([
      '4: a sweep step needs a trial (a command component file, azureml: reference or mapping)',
      "6: search_space.lr has unknown distribution type 'gaussian'; use choice, randint, uniform, loguniform, quniform, qloguniform, normal, lognormal, qnormal, qlognormal",
      "7: 'upper' of search_space.depth must be an integer, got 2.5",
      '8: search_space.rate: min_value (2) must be below max_value (1)',
      "9: 'values' of search_space.kind must be a non-empty list, got a list",
      "10: 'sampling_algorithm' of a sweep step must be one of random, grid, bayesian, got string 'hyperband'",
      "11: 'goal' of objective must be one of minimize, maximize, got string 'best'",
      '12: max_concurrent_trials (8) is above max_total_trials (4)',
      "13: unknown key 'slack' in early_termination (bandit); expected one of type, delay_evaluation, evaluation_interval, slack_amount, slack_factor",
    ]);
  });

  it('names the swept parameters the trial does not declare as inputs', () => {
    const problems = new Problems();
    const settings = readSweepSettings(
      stepOf(
        `
jobs:
  sweep_step:
    type: sweep
    trial: ./train.yml
    search_space:
      lr: {type: uniform, min_value: 0.1, max_value: 1}
      depth: {type: randint, upper: 5}
    objective: {goal: minimize, primary_metric: loss}
    limits: {max_total_trials: 4}
`,
        'sweep_step',
      ),
      problems,
    );
    const lr = { name: 'lr', type: 'number', optional: false, loc: { file: 'train.yml' } } as InputPort;
    checkSweepTrial(settings, { lr }, problems);
    expect(problems.list.map((p) => `${p.location?.line}: ${p.message}`)).toEqual([
      "8: search_space parameter 'depth' is not an input of the trial component (its inputs: lr)",
    ]);
  });
});
