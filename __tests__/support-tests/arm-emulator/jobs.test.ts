/** Jobs through the project's REST layer: scripted status progression, cancel, pipeline children and logs in run history. */
import type { MlApi } from '../../../shared/azure/ml-api/ml-api.js';
import type { PipelineJob } from '../../../shared/azure/ml-api/types.js';
import { childRunId, startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import { armRequest } from '../../support/arm-emulator/test-client.js';
import { mlClient } from './ml-client.js';

let emu: ArmEmulator;
let client: MlApi;
const rg = 'rg-mlops';
const ws = 'mlw-test';

beforeAll(async () => {
  emu = await startArmEmulator();
  client = mlClient(emu);
});
afterAll(() => emu.close());

const pipeline = (): { properties: PipelineJob } => ({
  properties: {
    jobType: 'Pipeline',
    experimentName: 'mlops',
    tags: { 'git-sha': 'abc123' },
    jobs: {
      prep: { type: 'command', componentId: 'azureml:prep:1' },
      train: { type: 'command', componentId: 'azureml:train:1', computeId: `${emu.workspaceId}/computes/gpu` },
    },
  },
});
const history = (suffix: string) =>
  `/history/v1.0/subscriptions/${emu.settings.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.MachineLearningServices/workspaces/${ws}/runs/${suffix}`;

test('a job is created NotStarted with Studio and Tracking services, then follows its script on each read', async () => {
  emu.jobs.script('pipe-ok', ['Running', 'Completed']);
  const created = await client.jobs.createOrUpdate('pipe-ok', pipeline());
  expect(created.properties).toMatchObject({
    status: 'NotStarted',
    services: { Studio: { endpoint: expect.stringContaining('ml.azure.com/runs/pipe-ok') } },
  });
  expect((await client.jobs.get('pipe-ok')).properties.status).toBe('Running');
  expect((await client.jobs.get('pipe-ok')).properties.status).toBe('Completed');
  expect((await client.jobs.get('pipe-ok')).properties.status).toBe('Completed');
});

test('a failed pipeline exposes its failed child step, error and logs through run history', async () => {
  emu.jobs.autoAdvance = false;
  try {
    await emu.seed.job('pipe-fail', pipeline().properties, [
      {
        status: 'Running',
        children: { prep: 'Completed', train: 'Running' },
        childLogs: { train: { 'user_logs/std_log.txt': 'epoch 1\n' } },
      },
      { status: 'Failed', error: { code: 'UserError', message: 'train.py exited with code 1' } },
    ]);
    emu.jobs.advance('pipe-fail');
    emu.jobs.advance('pipe-fail');
    const children = await armRequest(emu, 'GET', history('pipe-fail/children'), { apiVersion: 'v1.0' });
    expect(children.body).toMatchObject({
      value: [
        { displayName: 'prep', status: 'Completed', parentRunId: 'pipe-fail', runType: 'azureml.StepRun' },
        {
          displayName: 'train',
          status: 'Failed',
          target: 'gpu',
          error: { error: { code: 'UserError' }, componentName: 'train' },
        },
      ],
    });
    const details = await armRequest(emu, 'GET', history(`${childRunId('pipe-fail', 'train')}/details`), {
      apiVersion: null,
    });
    const logUrl = (details.body as { logFiles: Record<string, string> }).logFiles['user_logs/std_log.txt'];
    expect(await (await fetch(logUrl)).text()).toBe('epoch 1\n');
  } finally {
    emu.jobs.autoAdvance = true;
  }
});

test('cancel answers 202 with Location and Retry-After; the job goes CancelRequested then Canceled', async () => {
  emu.jobs.script('long', ['Running']);
  await client.jobs.createOrUpdate('long', pipeline());
  await client.jobs.get('long');
  const raw = await armRequest(emu, 'POST', `${emu.workspaceId}/jobs/long/cancel`);
  expect(raw.status).toBe(202);
  expect(raw.headers.get('retry-after')).toBe('1');
  expect(emu.jobs.get('long')?.resource.properties.status).toBe('CancelRequested');
  expect(await client.jobs.cancel('long')).toEqual({ status: 202 });
  expect((await client.jobs.get('long')).properties.status).toBe('Canceled');
});

test('jobs are listed by tag key; a command job without command is refused', async () => {
  const tagged = [];
  const listed = await armRequest(emu, 'GET', `${emu.workspaceId}/jobs?tag=git-sha`);
  for (const job of (listed.body as { value: { name: string }[] }).value) tagged.push(job.name);
  expect(tagged).toEqual(expect.arrayContaining(['pipe-ok', 'long']));
  const bad = await armRequest(emu, 'PUT', `${emu.workspaceId}/jobs/cmd`, {
    body: { properties: { jobType: 'Command', environmentId: 'azureml:env:1' } },
  });
  expect(bad.status).toBe(400);
  expect(bad.body).toMatchObject({ error: { details: [{ target: 'properties.command' }] } });
});
