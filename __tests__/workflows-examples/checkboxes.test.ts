import { beforeAll, describe, expect, it } from '@jest/globals';
import type { WorkflowTemplate } from '@actions/workflow-parser';
import { inputValue, REPOSITORY, simulate, type Scenario, type SimulatedRun } from './support/job-graph.js';
import { workflowPath } from './support/paths.js';
import { parseWorkflowFile } from './support/workflow-template.js';
import { readWorkflow } from './support/workflow-yaml.js';

async function template(name: string): Promise<WorkflowTemplate> {
  const { errors, template } = await parseWorkflowFile(workflowPath(name));
  if (!template || errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
  return template;
}

const TRAIN_STEP = 'Train (submit the pipeline and follow it)';
const dispatch = (inputs: Record<string, boolean>): Scenario => ({
  event: 'workflow_dispatch',
  inputs: { create_compute: true, train_model: true, skip_training_pipeline: false, deploy_model: true, ...inputs },
});

describe('mlops-pipeline.yml: what each checkbox combination runs', () => {
  let mlops: WorkflowTemplate;
  beforeAll(async () => {
    mlops = await template('mlops-pipeline.yml');
  });
  const ran = (run: SimulatedRun) => Object.keys(run.jobs).filter((j) => run.jobs[j] !== 'skipped');

  it('declares the four checkboxes as booleans with the defaults of a full run', () => {
    const inputs = mlops.events.workflow_dispatch?.inputs ?? {};
    expect(Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, [v.type, v.default]]))).toEqual({
      create_compute: ['boolean', true],
      train_model: ['boolean', true],
      skip_training_pipeline: ['boolean', false],
      deploy_model: ['boolean', true],
    });
    expect(mlops.events.push?.branches).toEqual(['main']);
  });

  // Each row: the intent, the scenario, the jobs that run, and whether the training step runs.
  it.each<[string, Scenario, string[], boolean]>([
    [
      'a push to main trains and deploys (a cold start)',
      { event: 'push' },
      ['azure-pipeline', 'download', 'deploy'],
      true,
    ],
    ['the defaults train and deploy', dispatch({}), ['azure-pipeline', 'download', 'deploy'], true],
    [
      'train_model off runs everything except training (latest model deployed)',
      dispatch({ train_model: false }),
      ['azure-pipeline', 'download', 'deploy'],
      false,
    ],
    [
      'skip_training_pipeline reuses the latest registered model',
      dispatch({ skip_training_pipeline: true }),
      ['download', 'deploy'],
      false,
    ],
    ['deploy_model off stops after the model', dispatch({ deploy_model: false }), ['azure-pipeline', 'download'], true],
    [
      'skip + no deploy only downloads the latest model',
      dispatch({ skip_training_pipeline: true, deploy_model: false }),
      ['download'],
      false,
    ],
    [
      'create_compute off still trains (the compute must exist)',
      dispatch({ create_compute: false }),
      ['azure-pipeline', 'download', 'deploy'],
      true,
    ],
  ])('%s', (_intent, scenario, jobs, trains) => {
    const run = simulate(mlops, scenario);
    expect(ran(run)).toEqual(jobs);
    expect(run.steps['azure-pipeline']?.includes(TRAIN_STEP) ?? false).toBe(trains);
    if (run.steps['azure-pipeline']) {
      expect(run.steps['azure-pipeline']).toEqual(
        expect.arrayContaining(['Ensure the compute instance', 'Register the environment and components']),
      );
    }
  });

  it.each<[string, string, Scenario]>([
    ['a push', 'true', { event: 'push' }],
    ['the default dispatch', 'true', dispatch({})],
    ['create_compute off', 'false', dispatch({ create_compute: false })],
  ])('create_compute reaches ensure-compute as its create input: %s gives create=%s', (_case, create, scenario) => {
    const steps = readWorkflow('mlops-pipeline.yml').jobs['azure-pipeline'].steps;
    const ensure = steps.find((s) => s.uses?.includes('/ensure-compute@'));
    expect(inputValue(String(ensure?.with?.create), scenario)).toBe(create);
  });

  it('a failed training run deploys nothing (no stale model goes out instead)', () => {
    const run = simulate(mlops, { event: 'push', fail: ['azure-pipeline'] });
    expect(run.jobs).toEqual({ 'azure-pipeline': 'failure', download: 'skipped', deploy: 'skipped' });
  });

  it('a failed download deploys nothing', () => {
    const run = simulate(mlops, { ...dispatch({ skip_training_pipeline: true }), fail: ['download'] });
    expect(run.jobs).toEqual({ 'azure-pipeline': 'skipped', download: 'failure', deploy: 'skipped' });
  });
});

describe('pr-toy-dataset.yml: Azure for branches of this repository, the runner for forks', () => {
  let pr: WorkflowTemplate;
  beforeAll(async () => {
    pr = await template('pr-toy-dataset.yml');
  });

  it('a pull request from a branch of this repository runs the toy pipeline in Azure ML only', () => {
    const run = simulate(pr, { event: 'pull_request', headRepository: REPOSITORY });
    expect(run.jobs).toEqual({ azure: 'success', fork: 'skipped' });
  });

  it('a pull request from a fork validates and runs on the runner, with the local workspace cached', () => {
    const run = simulate(pr, { event: 'pull_request', headRepository: 'someone/animals' });
    expect(run.jobs).toEqual({ azure: 'skipped', fork: 'success' });
    expect(run.steps.fork).toEqual([
      'actions/checkout@11d5960a326750d5838078e36cf38b85af677262',
      'Validate the pipeline (dry run)',
      'Restore the local workspace',
      'Run the pipeline on the runner',
    ]);
  });
});
