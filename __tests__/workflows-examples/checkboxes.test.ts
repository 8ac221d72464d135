import { beforeAll, describe, expect, it } from '@jest/globals';
import type { WorkflowTemplate } from '@actions/workflow-parser';
import { inputValue, REPOSITORY, simulate, type Scenario, type SimulatedRun } from './support/job-graph.js';
import { BUILT_DIGEST, simulateModelFlow, trainingJobOf } from './support/model-flow.js';
import { workflowPath } from './support/paths.js';
import { parseWorkflowFile } from './support/workflow-template.js';
import { readWorkflow } from './support/workflow-yaml.js';

async function template(name: string): Promise<WorkflowTemplate> {
  const { errors, template } = await parseWorkflowFile(workflowPath(name));
  if (!template || errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
  return template;
}

const TRAIN_STEP = 'Train (submit the pipeline and follow it)';
/** The release jobs, after the jobs that get the model. */
const RELEASE = ['build', 'staging', 'production'];
/** The jobs that release in each seed workflow: the image through staging to production, or the endpoint. */
const releaseJobsOf = (workflow: string) => (workflow === 'mlops-endpoint.yml' ? ['deploy'] : RELEASE);
/** The seed workflow and its variant that deploys to an Azure ML online endpoint: the same checkboxes and jobs. */
const MLOPS_WORKFLOWS = ['mlops-pipeline.yml', 'mlops-endpoint.yml'];
const dispatch = (inputs: Record<string, boolean>): Scenario => ({
  event: 'workflow_dispatch',
  inputs: { create_compute: true, train_model: true, skip_training_pipeline: false, deploy_model: true, ...inputs },
});

describe.each(MLOPS_WORKFLOWS)('%s: what each checkbox combination runs', (workflow) => {
  let mlops: WorkflowTemplate;
  beforeAll(async () => {
    mlops = await template(workflow);
  });
  const ran = (run: SimulatedRun) => Object.keys(run.jobs).filter((j) => run.jobs[j] !== 'skipped');
  const RELEASE_AFTER = (jobs: string[]) => [...jobs, ...releaseJobsOf(workflow)];
  const noRelease = () => Object.fromEntries(releaseJobsOf(workflow).map((job) => [job, 'skipped']));

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
      RELEASE_AFTER(['azure-pipeline', 'download']),
      true,
    ],
    ['the defaults train and deploy', dispatch({}), RELEASE_AFTER(['azure-pipeline', 'download']), true],
    [
      'train_model off runs everything except training (latest model deployed)',
      dispatch({ train_model: false }),
      RELEASE_AFTER(['azure-pipeline', 'download']),
      false,
    ],
    [
      'skip_training_pipeline reuses the latest registered model',
      dispatch({ skip_training_pipeline: true }),
      RELEASE_AFTER(['download']),
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
      RELEASE_AFTER(['azure-pipeline', 'download']),
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
    const steps = readWorkflow(workflow).jobs['azure-pipeline'].steps;
    const ensure = steps.find((s) => s.uses?.includes('/ensure-compute@'));
    expect(inputValue(String(ensure?.with?.create), scenario)).toBe(create);
  });

  it('a failed training run deploys nothing (no stale model goes out instead)', () => {
    const run = simulate(mlops, { event: 'push', fail: ['azure-pipeline'] });
    expect(run.jobs).toEqual({
      'azure-pipeline': 'failure',
      download: 'skipped',
      ...noRelease(),
    });
  });

  it('a failed download deploys nothing', () => {
    const run = simulate(mlops, { ...dispatch({ skip_training_pipeline: true }), fail: ['download'] });
    expect(run.jobs).toEqual({
      'azure-pipeline': 'skipped',
      download: 'failure',
      ...noRelease(),
    });
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

  it('a pull request from a fork validates and runs on the runner, with the local workspace cached', async () => {
    // With the steps' outputs flowing, so the summary step sees the run's job name.
    const scenario: Scenario = { event: 'pull_request', headRepository: 'someone/animals' };
    const { run } = await simulateModelFlow(pr, 'pr-toy-dataset.yml', scenario);
    expect(run.jobs).toEqual({ azure: 'skipped', fork: 'success' });
    expect(run.steps.fork).toEqual([
      'actions/checkout@11d5960a326750d5838078e36cf38b85af677262',
      'Validate the pipeline (dry run)',
      'Restore the local workspace',
      'Run the pipeline on the runner',
      "Say where the toy run's artifacts went",
    ]);
  });
});

const PRODUCTION_MODEL = 'animal-classification';
const FROM_DEFAULT_BRANCH = `${PRODUCTION_MODEL}: the newest version tagged github.ref=refs/heads/main`;
const trainedHere = (model: string) => `${model}: the model registered by job ${trainingJobOf('azure-pipeline')}`;
const IMAGE = `ghcr.io/azureml-mlops/animals-api@${BUILT_DIGEST}`;
/** A release that went through: the image built by this run, by digest, to staging and then to production. */
const RELEASED = [`staging: ${IMAGE} -> staging`, `production: ${IMAGE} -> production`];
const ENDPOINT_FILE = 'project/endpoint/endpoint.yml';
/** What each seed workflow deploys when it releases `model`: the image to staging then production, or the endpoint. */
const releasedBy = (workflow: string, model = PRODUCTION_MODEL) =>
  workflow === 'mlops-endpoint.yml' ? [`deploy: ${model} -> ${ENDPOINT_FILE}`] : RELEASED;

describe.each(MLOPS_WORKFLOWS)('%s: which model each run registers and which one it deploys', (workflow) => {
  let mlops: WorkflowTemplate;
  beforeAll(async () => {
    mlops = await template(workflow);
  });

  const combinations = [false, true].flatMap((create_compute) =>
    [false, true].flatMap((train_model) =>
      [false, true].flatMap((skip_training_pipeline) =>
        [false, true].map((deploy_model) => ({ create_compute, train_model, skip_training_pipeline, deploy_model })),
      ),
    ),
  );

  // The rule every combination must follow: training registers under the production name and the download
  // takes that very model; no training downloads the newest model trained on the default branch. deploy_model
  // releases the one image built, by digest, to staging then production; without it nothing is built or deployed.
  it.each(combinations)('checkboxes %j', async (boxes) => {
    const { run, flow } = await simulateModelFlow(mlops, workflow, dispatch(boxes));
    const trains = boxes.train_model && !boxes.skip_training_pipeline;
    expect(flow.registered).toEqual(trains ? [`azure-pipeline: ${PRODUCTION_MODEL}`] : []);
    expect(flow.downloads).toEqual([trains ? trainedHere(PRODUCTION_MODEL) : FROM_DEFAULT_BRANCH]);
    expect(flow.deploys).toEqual(boxes.deploy_model ? releasedBy(workflow) : []);
    for (const job of releaseJobsOf(workflow)) expect(run.jobs[job]).toBe(boxes.deploy_model ? 'success' : 'skipped');
  });

  it('a push to main registers the production model and deploys the very version it trained', async () => {
    const { run, flow } = await simulateModelFlow(mlops, workflow, { event: 'push' });
    expect(flow).toEqual({
      registered: [`azure-pipeline: ${PRODUCTION_MODEL}`],
      downloads: [trainedHere(PRODUCTION_MODEL)],
      deploys: releasedBy(workflow),
    });
    expect(run.outputs.download).toEqual({
      'model-name': PRODUCTION_MODEL,
      'model-version': '<chosen version>',
      'training-job': trainingJobOf('azure-pipeline'),
    });
  });

  it('a run by hand from another branch trains under the branch-scoped name and deploys that model', async () => {
    const { flow } = await simulateModelFlow(mlops, workflow, { ...dispatch({}), branch: 'experiment' });
    expect(flow).toEqual({
      registered: [`azure-pipeline: ${PRODUCTION_MODEL}-experiment`],
      downloads: [trainedHere(`${PRODUCTION_MODEL}-experiment`)],
      deploys: releasedBy(workflow, `${PRODUCTION_MODEL}-experiment`),
    });
  });

  it('a run by hand from another branch without training takes the default branch model, not its own', async () => {
    const scenario = { ...dispatch({ train_model: false }), branch: 'experiment' };
    const { flow } = await simulateModelFlow(mlops, workflow, scenario);
    expect(flow).toEqual({ registered: [], downloads: [FROM_DEFAULT_BRANCH], deploys: releasedBy(workflow) });
  });
});

describe('pr-toy-dataset.yml: a toy run registers nothing under production names', () => {
  let pr: WorkflowTemplate;
  beforeAll(async () => {
    pr = await template('pr-toy-dataset.yml');
  });

  it.each([
    ['a branch of this repository (Azure ML)', REPOSITORY, 'azure'],
    ['a fork (the runner)', 'someone/animals', 'fork'],
  ])('%s registers the toy model under the branch-scoped name and downloads nothing', async (_, head, job) => {
    const scenario: Scenario = { event: 'pull_request', headRepository: head, branch: 'fix/Data' };
    const { run, flow } = await simulateModelFlow(pr, 'pr-toy-dataset.yml', scenario);
    expect(flow).toEqual({ registered: [`${job}: ${PRODUCTION_MODEL}-fix-data`], downloads: [], deploys: [] });
    // Its summary says where the toy run's artifacts went.
    expect(run.steps[job]).toContain("Say where the toy run's artifacts went");
  });
});

describe('mlops-pipeline.yml: the staged release (staging, smoke test, production behind reviewers)', () => {
  let mlops: WorkflowTemplate;
  beforeAll(async () => {
    mlops = await template('mlops-pipeline.yml');
  });
  const jobs = readWorkflow('mlops-pipeline.yml').jobs;
  const SMOKE = 'Smoke-test the staging API';
  const ROLLBACK = 'Roll staging back';
  const release = (scenario: Partial<Scenario> = {}) =>
    simulateModelFlow(mlops, 'mlops-pipeline.yml', { event: 'push', ...scenario });

  it('staging and production are GitHub environments, production after staging, both after the one build', () => {
    expect([jobs.staging.environment, jobs.production.environment]).toEqual(['staging', 'production']);
    expect(jobs.staging.needs).toEqual(expect.arrayContaining(['build']));
    expect(jobs.production.needs).toEqual(expect.arrayContaining(['build', 'staging']));
    expect(jobs.build.outputs?.digest).toBe('${{ steps.build.outputs.digest }}');
  });

  it('a release that passes the smoke test and is approved deploys the same image, by digest, to staging then production', async () => {
    const { run, flow } = await release();
    expect(run.jobs).toMatchObject({ build: 'success', staging: 'success', production: 'success' });
    expect(run.steps.staging).toEqual([
      'actions/checkout@11d5960a326750d5838078e36cf38b85af677262',
      'Fetch the model the image was built with',
      'Deploy to staging',
      SMOKE,
    ]);
    expect(flow.deploys).toEqual(RELEASED);
  });

  it('a failed smoke test rolls staging back and stops the release: production is skipped', async () => {
    const { run, flow } = await release({ failSteps: { staging: [SMOKE] } });
    expect(run.jobs).toMatchObject({ build: 'success', staging: 'failure', production: 'skipped' });
    expect(run.steps.staging.slice(-2)).toEqual([SMOKE, ROLLBACK]);
    expect(flow.deploys).toEqual([`staging: ${IMAGE} -> staging`, 'staging: rollback -> staging']);
  });

  it('a failed staging deploy is not rolled back again (k8s-deploy rolled its own rollout back) and stops the release', async () => {
    const { run, flow } = await release({ failSteps: { staging: ['Deploy to staging'] } });
    expect(run.jobs).toMatchObject({ staging: 'failure', production: 'skipped' });
    expect(run.steps.staging).not.toContain(SMOKE);
    expect(run.steps.staging).not.toContain(ROLLBACK);
    // A failed step outputs nothing and the simulation records no deploy for it.
    expect(flow.deploys).toEqual([]);
  });

  it('a failure before the staging deploy (fetching the model) deploys nothing, so nothing is rolled back', async () => {
    const { run, flow } = await release({ failSteps: { staging: ['Fetch the model the image was built with'] } });
    expect(run.jobs).toMatchObject({ staging: 'failure', production: 'skipped' });
    expect(run.steps.staging).not.toContain('Deploy to staging');
    expect(run.steps.staging).not.toContain(ROLLBACK);
    expect(flow.deploys).toEqual([]);
  });

  it('a rejected production approval runs nothing in production and leaves staging with the release it tested', async () => {
    const { run, flow } = await release({ reject: ['production'] });
    expect(run.jobs).toMatchObject({ staging: 'success', production: 'failure' });
    expect(run.steps.production).toEqual([]);
    expect(run.steps.staging).not.toContain(ROLLBACK);
    expect(flow.deploys).toEqual([`staging: ${IMAGE} -> staging`]);
  });

  it.each<[string, Partial<Scenario>, Record<string, string>]>([
    ['a failed build', { fail: ['build'] }, { build: 'failure', staging: 'skipped', production: 'skipped' }],
    [
      'a rejected staging deployment',
      { reject: ['staging'] },
      { build: 'success', staging: 'failure', production: 'skipped' },
    ],
  ])('%s releases nothing further', async (_case, scenario, expected) => {
    const { run } = await release(scenario);
    expect(run.jobs).toMatchObject(expected);
  });

  it('a release without training (skip_training_pipeline) still goes through staging to production', async () => {
    const { run, flow } = await release(dispatch({ skip_training_pipeline: true }));
    expect(run.jobs['azure-pipeline']).toBe('skipped');
    expect(flow.deploys).toEqual(RELEASED);
  });

  it('the smoke test runs the project script against the model the image was built with', () => {
    const smoke = jobs.staging.steps.find((s) => s.name === SMOKE);
    expect(smoke?.run).toContain('python3 project/inference/smoke_test.py');
    expect(smoke?.run).toContain('--model-dir project/inference/model');
    expect(smoke?.run).toContain('--expectations project/inference/smoke_expectations.json');
    const fetch = jobs.staging.steps.find((s) => s.name === 'Fetch the model the image was built with');
    expect(fetch?.with).toEqual({ name: 'model', path: 'project/inference/model' });
  });
});

describe('mlops-endpoint.yml: deploys the chosen model to the online endpoint, blue/green', () => {
  it('deploys the model version the download job chose, as a new deployment per run attempt, smoke-tested', () => {
    const steps = readWorkflow('mlops-endpoint.yml').jobs.deploy.steps;
    const deploy = steps.find((s) => s.uses?.includes('/deploy-endpoint@'));
    expect(deploy?.with).toMatchObject({
      'model-name': '${{ needs.download.outputs.model-name }}',
      'model-version': '${{ needs.download.outputs.model-version }}',
      'deployment-name': expect.stringMatching(/github\.run_number.*github\.run_attempt/),
      'smoke-test-request': 'project/endpoint/sample-request.json',
    });
  });
});
