import { ArmError } from '../../../support/arm-emulator/http.js';
import type { JsonObject } from '../../../support/arm-emulator/json.js';
import {
  STEP_TYPE_RULES,
  workspaceComponentLookup,
  type ComponentLookup,
} from '../../../support/arm-emulator/arm/step-type-rules.js';
import { Problems } from '../../../support/arm-emulator/arm/validation.js';
import { EmulatorState } from '../../../support/arm-emulator/state.js';

const WS = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws';
const TRIAL = `${WS}/components/azureml_anonymous/versions/5d0c`;
const SCORE = `${WS}/components/file_batch_score/versions/1.0.0`;
const SPARK = `${WS}/components/wordcount/labels/latest`;

/** A workspace holding the components the steps below run. */
function workspace(): ComponentLookup {
  const state = new EmulatorState();
  const put = (name: string, version: string, spec: JsonObject) => {
    const byVersion = new Map();
    byVersion.set(version, {
      id: `${WS}/components/${name}/versions/${version}`,
      name: version,
      type: 't',
      systemData: {},
      properties: { componentSpec: spec },
    });
    state.assets.components.versions.set(name, byVersion);
  };
  put('azureml_anonymous', '5d0c', { type: 'command', inputs: { batch_size: { type: 'integer' } } });
  put('file_batch_score', '1.0.0', {
    type: 'parallel',
    input_data: '${{inputs.job_data_path}}',
    task: { type: 'run_function', entry_script: 'score.py' },
  });
  put('wordcount', '1', { type: 'spark', entry: { file: 'wordcount.py' } });
  return workspaceComponentLookup(state);
}

function check(type: string, step: JsonObject): string[] {
  const problems = new Problems();
  STEP_TYPE_RULES[type](`jobs.${type}_step`, step, problems, workspace());
  try {
    problems.throwIfAny('Job');
    return [];
  } catch (error) {
    return ((error as ArmError).details ?? []).map((d) => `${d.target}: ${d.message}`);
  }
}

// Bodies as the converters and the recordings give them (sweep_choice, multi_parallel_components, spark test).
const sweep: JsonObject = {
  type: 'sweep',
  limits: { max_total_trials: 1 },
  sampling_algorithm: 'random',
  objective: { goal: 'maximize', primary_metric: 'accuracy' },
  search_space: { batch_size: { values: [25, 35], type: 'choice' } },
  trial: { componentId: TRIAL },
};
const parallel: JsonObject = {
  type: 'parallel',
  componentId: SCORE,
  mini_batch_size: 1,
  resources: { instance_count: 2 },
};
const spark: JsonObject = {
  type: 'spark',
  componentId: SPARK,
  entry: { file: 'wordcount.py', spark_job_entry_type: 'SparkJobPythonEntry' },
  identity: { identity_type: 'UserIdentity' },
  resources: { instance_type: 'Standard_E8S_V3', runtime_version: '3.4.0' },
};

describe('the emulator checks sweep, parallel and spark steps as the service does', () => {
  it.each([
    ['sweep', sweep],
    ['parallel', parallel],
    ['spark', spark],
  ])('accepts a %s step as azure-ai-ml sends it', (type, step) => {
    expect(check(type, step)).toEqual([]);
  });

  it('refuses a sweep whose trial is missing, whose distribution is unknown or whose enums are wrong', () => {
    expect(
      check('sweep', {
        ...sweep,
        trial: { componentId: `${WS}/components/nope/versions/1` },
        search_space: { lr: { type: 'gaussian' } },
        sampling_algorithm: 'hyperband',
        objective: { goal: 'best', primary_metric: 'loss' },
        limits: {},
        early_termination: { policy_type: 'bandit' },
      }),
    ).toEqual([
      `jobs.sweep_step.trial.componentId: Component '${WS}/components/nope/versions/1' was not found.`,
      'jobs.sweep_step.search_space.lr.type: \'jobs.sweep_step.search_space.lr.type\' must be one of choice, randint, uniform, loguniform, quniform, qloguniform, normal, lognormal, qnormal, qlognormal; got "gaussian".',
      'jobs.sweep_step.sampling_algorithm: \'jobs.sweep_step.sampling_algorithm\' must be one of random, grid, bayesian; got "hyperband".',
      'jobs.sweep_step.objective.goal: \'jobs.sweep_step.objective.goal\' must be one of minimize, maximize; got "best".',
      "jobs.sweep_step.limits.max_total_trials: 'jobs.sweep_step.limits.max_total_trials' must be a positive integer.",
      'jobs.sweep_step.early_termination.policy_type: \'jobs.sweep_step.early_termination.policy_type\' must be one of Bandit, MedianStopping, TruncationSelection; got "bandit".',
    ]);
  });

  it('refuses a sweep over a parameter the trial does not take, and a trial that is not a command component', () => {
    expect(check('sweep', { ...sweep, search_space: { depth: { type: 'randint', upper: 3 } } })).toEqual([
      "jobs.sweep_step.search_space.depth: Search space parameter 'depth' is not an input of the trial component.",
    ]);
    expect(check('sweep', { ...sweep, trial: { componentId: SCORE } })).toEqual([
      `jobs.sweep_step.trial.componentId: 'jobs.sweep_step.trial.componentId' must be a command component; '${SCORE}' is a parallel component.`,
    ]);
  });

  it('refuses a parallel step with a bad logging level or task type', () => {
    expect(check('parallel', { ...parallel, logging_level: 'VERBOSE', task: { type: 'script' } })).toEqual([
      'jobs.parallel_step.task.type: \'jobs.parallel_step.task.type\' must be one of run_function, function, model; got "script".',
      "jobs.parallel_step.task.entry_script: The field 'jobs.parallel_step.task.entry_script' is required.",
      'jobs.parallel_step.logging_level: \'jobs.parallel_step.logging_level\' must be one of DEBUG, INFO, WARNING; got "VERBOSE".',
    ]);
  });

  it('refuses a spark step with neither compute nor resources, or a wrong entry type', () => {
    const { resources: _resources, ...attached } = spark;
    expect(check('spark', { ...attached, entry: { file: 'a.py', spark_job_entry_type: 'Python' } })).toEqual([
      'jobs.spark_step.entry.spark_job_entry_type: \'jobs.spark_step.entry.spark_job_entry_type\' must be one of SparkJobPythonEntry, SparkJobScalaEntry; got "Python".',
      "jobs.spark_step: Spark step 'jobs.spark_step' needs a computeId (attached Spark) or resources (serverless Spark).",
    ]);
  });
});
