/** The emulator refuses the pipeline job bodies the service refuses, naming each bad field, and accepts the rest. */
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import type { JsonObject } from '../../support/arm-emulator/json.js';
import { armRequest, wsPath } from '../../support/arm-emulator/test-client.js';

let emu: ArmEmulator;
beforeAll(async () => {
  emu = await startArmEmulator();
  await emu.seed.assetVersion('components', 'train', '3', {
    componentSpec: { name: 'train', version: '3', type: 'command', command: 'echo', environment: 'azureml:env:1' },
  });
  await emu.seed.assetVersion('components', 'words', '1', {
    componentSpec: { name: 'words', version: '1', type: 'spark', entry: { file: 'words.py' } },
  });
});
afterAll(() => emu.close());

const component = (name: string, by: string) => `${emu.workspaceId}/components/${name}/${by}`;

async function put(name: string, jobs: JsonObject, extra: JsonObject = {}) {
  const body = { properties: { jobType: 'Pipeline', jobs, ...extra } };
  return armRequest(emu, 'PUT', wsPath(emu, `/jobs/${name}`), { body });
}

function targets(response: { body: unknown }): string[] {
  const details = (response.body as { error?: { details?: { target: string }[] } }).error?.details ?? [];
  return details.map((d) => d.target);
}

test('accepts steps whose components resolve: a version, @latest, a registry id; serverless with a tier', async () => {
  const response = await put(
    'ok',
    {
      a: { type: 'command', componentId: component('train', 'versions/3'), queue_settings: { job_tier: 'Spot' } },
      b: { type: 'pipeline', componentId: component('train', 'labels/latest') },
      c: { type: 'command', componentId: 'azureml://registries/azureml/components/register_model/labels/latest' },
      d: {
        type: 'spark',
        componentId: component('words', 'versions/1'),
        resources: { instance_type: 'standard_e4s_v3', runtime_version: '3.3' },
      },
    },
    { settings: { default_compute: `${emu.workspaceId}/computes/serverless` } },
  );
  expect(response.status).toBe(201);
});

test('refuses an unknown step type, a componentId that does not resolve and an unknown job tier', async () => {
  const response = await put('bad', {
    teleport: { type: 'teleport', componentId: component('train', 'versions/3') },
    missing: { type: 'command', componentId: component('train', 'versions/9') },
    never: { type: 'command', componentId: component('nothing', 'labels/latest') },
    elsewhere: {
      type: 'command',
      componentId:
        '/subscriptions/x/resourceGroups/y/providers/Microsoft.MachineLearningServices/workspaces/z/components/train/versions/3',
    },
    none: { type: 'command' },
    tier: { type: 'command', componentId: component('train', 'versions/3'), queue_settings: { job_tier: 'Gold' } },
  });
  expect(response.status).toBe(400);
  expect(targets(response)).toEqual([
    'properties.jobs.teleport.type',
    'properties.jobs.missing.componentId',
    'properties.jobs.never.componentId',
    'properties.jobs.elsewhere.componentId',
    'properties.jobs.none.componentId',
    'properties.jobs.tier.queue_settings.job_tier',
  ]);
});

test('refuses a serverless spark step without an instance type and runtime', async () => {
  const spark = await put('spark', {
    s: { type: 'spark', componentId: component('words', 'versions/1'), computeId: 'azureml:serverless' },
  });
  expect(targets(spark)).toEqual([
    'properties.jobs.s.resources.instance_type',
    'properties.jobs.s.resources.runtime_version',
  ]);
});

test('a job wrapping a pipeline component needs that component to exist', async () => {
  const wrapped = await put('wrapped', {}, { componentId: component('train', 'versions/3') });
  expect(wrapped.status).toBe(201);
  const unknown = await put('wrapped-bad', {}, { componentId: component('gone', 'versions/1') });
  expect(targets(unknown)).toEqual(['properties.componentId']);
});

test('checks sweep, parallel and spark steps against the component they run (STEP_TYPE_RULES)', async () => {
  const response = await put('typed', {
    sweep: {
      type: 'sweep',
      trial: { componentId: component('words', 'versions/1') },
      search_space: { lr: { type: 'uniform', min_value: 0.1, max_value: 1 } },
      objective: { goal: 'maximize', primary_metric: 'acc' },
      limits: { max_total_trials: 2 },
    },
    spark: { type: 'spark', componentId: component('train', 'versions/3'), computeId: component('x', 'y') },
  });
  expect(response.status).toBe(400);
  expect(targets(response)).toEqual([
    'properties.jobs.sweep.trial.componentId',
    'properties.jobs.spark.componentId',
    'properties.jobs.spark.entry',
  ]);
});
