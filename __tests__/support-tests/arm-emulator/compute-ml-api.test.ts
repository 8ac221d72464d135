/**
 * The project's REST layer (shared/azure/ml-api) and a real credential drive the emulator's compute routes: get,
 * create (LRO), start (LRO), paging, throttling retries and failed operations.
 */
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import type { MlApi } from '../../../shared/azure/ml-api/ml-api.js';
import { armRequest } from '../../support/arm-emulator/test-client.js';
import { mlClient } from './ml-client.js';

let emu: ArmEmulator;
let client: MlApi;

beforeAll(async () => {
  emu = await startArmEmulator({ lroInProgressPolls: 2 });
  client = mlClient(emu);
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.seed.reset('computes');
  emu.faults.clear();
  emu.requests.clear();
});

test('compute get returns a seeded instance with its state', async () => {
  emu.seed.computeInstance('ci-dev', { state: 'Stopped', vmSize: 'STANDARD_E4DS_V4' });
  const compute = await client.computes.get('ci-dev');
  expect(compute.properties).toMatchObject({
    computeType: 'ComputeInstance',
    provisioningState: 'Succeeded',
    properties: { vmSize: 'STANDARD_E4DS_V4', state: 'Stopped' },
  });
});

test('createOrUpdate creates a cluster through 201 + Azure-AsyncOperation polling', async () => {
  await client.computes.createOrUpdate('cpu-cluster', {
    location: 'westeurope',
    properties: {
      computeType: 'AmlCompute',
      properties: { vmSize: 'STANDARD_DS3_V2', scaleSettings: { maxNodeCount: 4, minNodeCount: 1 } },
    },
  });
  const created = await client.computes.get('cpu-cluster');
  expect(created.properties).toMatchObject({
    provisioningState: 'Succeeded',
    properties: { allocationState: 'Steady', currentNodeCount: 1 },
  });
  const statusPolls = emu.requests.filter({ method: 'GET', path: '/computeOperationsStatus/' });
  expect(statusPolls.map((r) => r.status)).toEqual([200, 200, 200]);
  expect(emu.requests.filter({ method: 'PUT' })[0].status).toBe(201);
});

test('start moves a stopped instance through Starting to Running', async () => {
  emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
  await client.computes.start('ci-dev');
  const started = await client.computes.get('ci-dev');
  expect(started.properties).toMatchObject({
    properties: { state: 'Running', lastOperation: { operationName: 'Start', operationStatus: 'Succeeded' } },
  });
  expect(emu.requests.filter({ method: 'POST', path: /\/start$/ }).map((r) => r.status)).toEqual([202]);
});

test('list follows nextLink across pages', async () => {
  emu.settings.pageSize = 2;
  try {
    for (const name of ['c1', 'c2', 'c3', 'c4', 'c5']) emu.seed.amlCompute(`cluster-${name}`);
    const names: string[] = [];
    for await (const compute of client.computes.list()) names.push(compute.name ?? '');
    expect(names).toEqual(['cluster-c1', 'cluster-c2', 'cluster-c3', 'cluster-c4', 'cluster-c5']);
    expect(emu.requests.filter({ method: 'GET', path: /\/computes$/ })).toHaveLength(3);
  } finally {
    emu.settings.pageSize = 30;
  }
});

test('429 with Retry-After, then success, is retried by the pipeline', async () => {
  emu.seed.computeInstance('ci-dev');
  emu.faults.add({
    method: 'GET',
    path: '/subscriptions/**/computes/ci-dev',
    times: 2,
    fault: { kind: 'status', status: 429, retryAfterSeconds: 0 },
  });
  const compute = await client.computes.get('ci-dev');
  expect(compute.name).toBe('ci-dev');
  expect(emu.requests.filter({ path: '/computes/ci-dev' }).map((r) => r.status)).toEqual([429, 429, 200]);
});

test('a start that ends Failed surfaces the operation, the service error code and message', async () => {
  emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
  emu.faults.add({
    method: 'POST',
    path: '**/computes/ci-dev/start',
    fault: { kind: 'lroFailure', code: 'QuotaExceeded', message: 'Not enough quota for STANDARD_DS3_V2.' },
  });
  await expect(client.computes.start('ci-dev')).rejects.toThrow(
    /Starting compute instance 'ci-dev' failed: .*Not enough quota/,
  );
  const compute = await client.computes.get('ci-dev');
  expect(compute.properties).toMatchObject({
    properties: { state: 'Stopped', lastOperation: { operationStatus: 'StartFailed' } },
  });
});

test('an AmlCompute cluster cannot be started: the 400 keeps its status, code and request id', async () => {
  emu.seed.amlCompute('cpu-cluster');
  await expect(client.computes.start('cpu-cluster')).rejects.toMatchObject({
    statusCode: 400,
    code: 'UserError',
    message: expect.stringMatching(/^Starting compute instance 'cpu-cluster' failed: .*request id [\w-]+/),
  });
});

test('update changes the scale settings of a cluster', async () => {
  emu.seed.amlCompute('cpu-cluster', { minNodeCount: 0, maxNodeCount: 2 });
  await client.computes.update('cpu-cluster', {
    properties: { properties: { scaleSettings: { maxNodeCount: 6, minNodeCount: 1 } } },
  });
  const compute = await client.computes.get('cpu-cluster');
  expect(compute.properties).toMatchObject({ properties: { scaleSettings: { maxNodeCount: 6, minNodeCount: 1 } } });
});

test('another api-version is refused as ARM refuses it: 400 NoRegisteredProviderFound', async () => {
  const other = await armRequest(emu, 'GET', `${emu.workspaceId}/computes`, { apiVersion: '2022-10-01' });
  expect(other.status).toBe(400);
  expect(other.body).toMatchObject({
    error: { code: 'NoRegisteredProviderFound', message: expect.stringContaining("for type 'workspaces/computes'") },
  });
  const malformed = await armRequest(emu, 'GET', `${emu.workspaceId}/computes`, { apiVersion: 'latest' });
  expect(malformed.body).toMatchObject({ error: { code: 'InvalidApiVersionParameter' } });
});
