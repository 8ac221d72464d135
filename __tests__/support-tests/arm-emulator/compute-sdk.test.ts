/**
 * The real ARM SDK client and credential drive the emulator's compute routes: get, create (LRO), start (LRO),
 * paging, throttling retries and failed operations.
 */
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { ClientSecretCredential } from '@azure/identity';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';

let emu: ArmEmulator;
let client: AzureMachineLearningWorkspaces;
const fast = { updateIntervalInMs: 10 };

beforeAll(async () => {
  emu = await startArmEmulator({ lroInProgressPolls: 2 });
  const credential = new ClientSecretCredential(
    emu.settings.tenantId,
    emu.settings.clientId,
    emu.settings.clientSecret,
    {
      authorityHost: emu.url,
      disableInstanceDiscovery: true,
    },
  );
  client = new AzureMachineLearningWorkspaces(credential, emu.settings.subscriptionId, {
    endpoint: emu.url,
    credentialScopes: 'https://management.azure.com/.default',
  });
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.seed.reset('computes');
  emu.faults.clear();
  emu.requests.clear();
});

const { resourceGroup: rg, workspace: ws } = { resourceGroup: 'rg-mlops', workspace: 'mlw-test' };

test('compute get returns a seeded instance with its state', async () => {
  emu.seed.computeInstance('ci-dev', { state: 'Stopped', vmSize: 'STANDARD_E4DS_V4' });
  const compute = await client.computeOperations.get(rg, ws, 'ci-dev');
  expect(compute.properties).toMatchObject({
    computeType: 'ComputeInstance',
    provisioningState: 'Succeeded',
    properties: { vmSize: 'STANDARD_E4DS_V4', state: 'Stopped' },
  });
});

test('beginCreateOrUpdateAndWait creates a cluster through 201 + Azure-AsyncOperation polling', async () => {
  const created = await client.computeOperations.beginCreateOrUpdateAndWait(
    rg,
    ws,
    'cpu-cluster',
    {
      location: 'westeurope',
      properties: {
        computeType: 'AmlCompute',
        properties: { vmSize: 'STANDARD_DS3_V2', scaleSettings: { maxNodeCount: 4, minNodeCount: 1 } },
      },
    },
    fast,
  );
  expect(created.properties).toMatchObject({
    provisioningState: 'Succeeded',
    properties: { allocationState: 'Steady', currentNodeCount: 1 },
  });
  const statusPolls = emu.requests.filter({ method: 'GET', path: '/computeOperationsStatus/' });
  expect(statusPolls.map((r) => r.status)).toEqual([200, 200, 200]);
  expect(emu.requests.filter({ method: 'PUT' })[0].status).toBe(201);
});

test('beginStartAndWait moves a stopped instance through Starting to Running', async () => {
  emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
  const poller = await client.computeOperations.beginStart(rg, ws, 'ci-dev', fast);
  expect((await client.computeOperations.get(rg, ws, 'ci-dev')).properties).toMatchObject({
    properties: { state: 'Starting' },
  });
  await poller.pollUntilDone();
  const started = await client.computeOperations.get(rg, ws, 'ci-dev');
  expect(started.properties).toMatchObject({
    properties: { state: 'Running', lastOperation: { operationName: 'Start', operationStatus: 'Succeeded' } },
  });
});

test('list follows nextLink across pages', async () => {
  emu.settings.pageSize = 2;
  try {
    for (const name of ['c1', 'c2', 'c3', 'c4', 'c5']) emu.seed.amlCompute(`cluster-${name}`);
    const names: string[] = [];
    for await (const compute of client.computeOperations.list(rg, ws)) names.push(compute.name ?? '');
    expect(names).toEqual(['cluster-c1', 'cluster-c2', 'cluster-c3', 'cluster-c4', 'cluster-c5']);
    expect(emu.requests.filter({ method: 'GET', path: /\/computes$/ })).toHaveLength(3);
  } finally {
    emu.settings.pageSize = 30;
  }
});

test('429 with Retry-After, then success, is retried by the SDK', async () => {
  emu.seed.computeInstance('ci-dev');
  emu.faults.add({
    method: 'GET',
    path: '/subscriptions/**/computes/ci-dev',
    times: 2,
    fault: { kind: 'status', status: 429, retryAfterSeconds: 0 },
  });
  const compute = await client.computeOperations.get(rg, ws, 'ci-dev');
  expect(compute.name).toBe('ci-dev');
  expect(emu.requests.filter({ path: '/computes/ci-dev' }).map((r) => r.status)).toEqual([429, 429, 200]);
});

test('a start that ends Failed surfaces the service error code and message', async () => {
  emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
  emu.faults.add({
    method: 'POST',
    path: '**/computes/ci-dev/start',
    fault: { kind: 'lroFailure', code: 'QuotaExceeded', message: 'Not enough quota for STANDARD_DS3_V2.' },
  });
  await expect(client.computeOperations.beginStartAndWait(rg, ws, 'ci-dev', fast)).rejects.toThrow(
    /QuotaExceeded.*Not enough quota/,
  );
  const compute = await client.computeOperations.get(rg, ws, 'ci-dev');
  expect(compute.properties).toMatchObject({
    properties: { state: 'Stopped', lastOperation: { operationStatus: 'StartFailed' } },
  });
});

test('an AmlCompute cluster cannot be started', async () => {
  emu.seed.amlCompute('cpu-cluster');
  await expect(client.computeOperations.beginStartAndWait(rg, ws, 'cpu-cluster', fast)).rejects.toMatchObject({
    statusCode: 400,
    code: 'UserError',
  });
});

test('update changes the scale settings of a cluster', async () => {
  emu.seed.amlCompute('cpu-cluster', { minNodeCount: 0, maxNodeCount: 2 });
  await client.computeOperations.beginUpdateAndWait(
    rg,
    ws,
    'cpu-cluster',
    { properties: { scaleSettings: { maxNodeCount: 6, minNodeCount: 1 } } },
    fast,
  );
  const compute = await client.computeOperations.get(rg, ws, 'cpu-cluster');
  expect(compute.properties).toMatchObject({ properties: { scaleSettings: { maxNodeCount: 6, minNodeCount: 1 } } });
});
