/**
 * The root action (action.yml at the top: the Azure part in one step) through its bundle, as the runner runs
 * it: against the emulated workspace on the Azure backend, and on the runner with the local backend.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, repoRoot, runAction } from '../../support/action-runner.js';
import type { RunResult } from '../../support/action-runner.js';
import { eventEnv } from '../../support/github-events/events.js';
import { startEmulatedWorkspace, seedPipelineAssets } from '../../support/azure/workspace-fixture.js';
import type { EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';
import { silentLogger } from '../../../shared/core/logger.js';
import { jobIdentity } from '../../../shared/jobs/identity.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { readWorkflowRun } from '../../../actions/_runtime/workflow-run.js';

const seed = path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'seed');
let ws: EmulatedWorkspace;
let checkout: string;
/** The seed pipeline's job name in this run: `<pipeline>-<sha7>-<run id>-<attempt>-<content hash>`. */
let seedJobName: string;

/** A checkout of the seed's repository, with a compute YAML for its compute instance. */
function seedCheckout(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'root-')), 'repo');
  cpSync(seed, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  ws = await startEmulatedWorkspace();
  await seedPipelineAssets(ws.emu);
  checkout = seedCheckout();
  const pipeline = await loadPipelineJob(path.join(seed, 'pipeline.yaml'));
  seedJobName = (await jobIdentity(undefined, pipeline, readWorkflowRun(eventEnv('push-main')), silentLogger)).name;
  const container = ws.azurite.serviceClient().getContainerClient(ws.container);
  await container.getBlockBlobClient('models/animal/v1/model.keras').uploadData(Buffer.from('weights'));
  await ws.emu.seed.assetVersion('models', 'animal-classification', '1', {
    modelUri: 'azureml://datastores/workspaceblobstore/paths/models/animal/v1/',
    modelType: 'custom_model',
    jobName: seedJobName,
  });
}, 60_000);
afterAll(async () => ws?.close());
beforeEach(() => {
  ws.emu.requests.clear();
  ws.emu.seed.reset('jobs', 'computes');
});

async function root(inputs: Record<string, string>, cwd = checkout): Promise<RunResult> {
  const model = { 'model-name': 'animal-classification', 'model-path': 'model' };
  return (last = await ws.run('mlops', { ...model, ...inputs }, { cwd, timeoutMs: 90_000 }));
}

afterEach(() => {
  if (process.env.SHOW_LOG)
    console.log(
      last?.log
        .split('\n')
        .filter((l) => !l.startsWith('::debug'))
        .join('\n'),
    );
});
let last: RunResult | undefined;

const writes = (part: string) => ws.emu.requests.writes().filter((r) => r.path.includes(part));

test('compute, components, pipeline and model in one step, each link written down', async () => {
  ws.emu.seed.computeInstance('cli-created-machine', { state: 'Stopped' });
  const run = await root({
    'compute-name': 'cli-created-machine',
    environments: 'environment/tensorflow.yaml',
    components: 'components/*/*.yaml',
    'pipeline-file': 'pipeline.yaml',
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    'compute-state': 'Running',
    'job-name': seedJobName,
    'job-status': 'Completed',
    'model-name': 'animal-classification',
    'model-version': '1',
    'model-job-name': seedJobName,
  });
  expect(writes('/computes/').map((r) => r.path.split('/').pop())).toEqual(['start']);
  expect(writes('/components/').length).toBeGreaterThan(0);
  expect(writes('/jobs/')).toHaveLength(1);
  expect(readFileSync(path.join(checkout, 'model', 'model.keras'), 'utf8')).toBe('weights');
  expect(run.summary).toContain('Azure ML MLOps pipeline');
  expect(run.summary).toContain('```mermaid');
  expect(run.leakedSecrets).toEqual([]);
});

test('skip-training-pipeline downloads the latest model and touches nothing else', async () => {
  const run = await root({
    'skip-training-pipeline': 'true',
    'compute-name': 'cli-created-machine',
    'pipeline-file': 'pipeline.yaml',
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs['model-version']).toBe('1');
  expect(run.outputs['job-name']).toBeUndefined();
  expect(ws.emu.requests.writes()).toEqual([]);
});

test('train-model false readies compute and components but submits no job', async () => {
  ws.emu.seed.computeInstance('cli-created-machine', { state: 'Running' });
  const run = await root({
    'train-model': 'false',
    'compute-name': 'cli-created-machine',
    components: 'components/*/*.yaml',
  });
  expect(run.exitCode).toBe(0);
  expect(writes('/jobs/')).toEqual([]);
  expect(run.outputs['model-version']).toBe('1');
});

test('a failed training fails the step before any model is downloaded', async () => {
  ws.emu.jobs.script(seedJobName, ['Running', 'Failed']);
  const fresh = seedCheckout();
  ws.emu.seed.computeInstance('cli-created-machine', { state: 'Running' });
  const run = await root({ 'pipeline-file': 'pipeline.yaml' }, fresh);
  expect(run.exitCode).toBe(1);
  expect(run.outputs['job-status']).toBe('Failed');
  expect(run.outputs['model-version']).toBeUndefined();
});

test('a compute that failed to provision names recreate-failed, and with it is created again from compute-file', async () => {
  const repo = seedCheckout();
  writeFileSync(path.join(repo, 'compute.yaml'), 'name: ci-broken\ntype: computeinstance\nsize: STANDARD_DS3_v2\n');
  ws.emu.seed.computeInstance('ci-broken', {
    state: 'SetupFailed',
    errors: [{ code: 'SetupScriptFailed', message: 'setup.sh exited with 1' }],
  });
  const inputs = { 'train-model': 'false', 'compute-file': 'compute.yaml' };

  const refused = await root(inputs, repo);
  expect(refused.exitCode).toBe(1);
  expect(refused.log).toContain("Set 'recreate-failed: true'");
  expect(writes('/computes/')).toEqual([]);

  const run = await root({ ...inputs, 'recreate-failed': 'true' }, repo);
  expect(run.exitCode).toBe(0);
  expect(run.outputs['compute-state']).toBe('Running');
  expect(writes('/computes/').map((r) => r.method)).toEqual(['DELETE', 'PUT']);
});

describe('with a newer version registered by another run', () => {
  beforeAll(async () => {
    const container = ws.azurite.serviceClient().getContainerClient(ws.container);
    await container.getBlockBlobClient('models/animal/v2/model.keras').uploadData(Buffer.from('weights v2'));
    await ws.emu.seed.assetVersion('models', 'animal-classification', '2', {
      modelUri: 'azureml://datastores/workspaceblobstore/paths/models/animal/v2/',
      modelType: 'custom_model',
      jobName: 'another-runs-pipeline',
      tags: { 'github.ref': 'refs/heads/feature' },
    });
  });

  test("after training, the version this run's pipeline registered is downloaded, not the newest", async () => {
    ws.emu.seed.computeInstance('cli-created-machine', { state: 'Running' });
    const run = await root({ 'compute-name': 'cli-created-machine', 'pipeline-file': 'pipeline.yaml' }, seedCheckout());
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'job-name': seedJobName, 'model-version': '1', 'model-job-name': seedJobName });
  });

  test('without training, model-tag-filter narrows latest', async () => {
    const newest = await root({ 'skip-training-pipeline': 'true' });
    expect(newest.outputs['model-version']).toBe('2');
    expect(readFileSync(path.join(checkout, 'model', 'model.keras'), 'utf8')).toBe('weights v2');

    const feature = await root({
      'skip-training-pipeline': 'true',
      'model-tag-filter': 'github.ref=refs/heads/feature',
    });
    expect(feature.exitCode).toBe(0);
    expect(feature.outputs['model-version']).toBe('2');

    const none = await root({ 'skip-training-pipeline': 'true', 'model-tag-filter': 'github.ref=refs/heads/nowhere' });
    expect(none.exitCode).toBe(1);
    expect(none.log).toContain('has no version tagged github.ref=refs/heads/nowhere');
  });

  test('model-tag-filter with a fixed model-version is refused, naming the input', async () => {
    const run = await root({ 'skip-training-pipeline': 'true', 'model-version': '1', 'model-tag-filter': 'stage' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain("Input 'model-tag-filter' narrows 'latest'");
    expect(ws.emu.requests.filter()).toEqual([]); // refused before signing in
  });
});

test('on the local backend the example project trains and its model is downloaded with its lineage', async () => {
  const project = path.join(mkdtempSync(path.join(tmpdir(), 'root-local-')), 'project');
  cpSync(path.join(repoRoot, 'workflows-examples', 'project'), project, {
    recursive: true,
    filter: (src) => !/[/\\]\.mlops(-demo)?$/.test(src),
  });
  const run = await runAction(bundle('mlops'), {
    inputs: {
      backend: 'local',
      'compute-file': 'environment/compute.yaml',
      environments: 'environment/python.yaml',
      components: 'components/*/*.yaml',
      'pipeline-file': 'pipelines/animals-classification.yaml',
      'model-name': 'animal-classification',
    },
    env: eventEnv('push-main'),
    cwd: project,
    timeoutMs: 90_000,
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    'job-status': 'Completed',
    'model-name': 'animal-classification',
    'model-version': '1',
  });
  const lineage = JSON.parse(readFileSync(path.join(project, 'model', 'model.json'), 'utf8'));
  expect(lineage.job).toMatchObject({
    name: run.outputs['job-name'],
    commit: '860c1904a1ce19322e91ac35af1ab07466440c37',
  });
});
