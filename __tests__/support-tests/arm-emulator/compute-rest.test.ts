/** Status codes and envelopes of the compute routes at the HTTP level: auth, validation, state conflicts, delete. */
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import { armRequest, wsPath } from '../../support/arm-emulator/test-client.js';

let emu: ArmEmulator;
beforeAll(async () => {
  emu = await startArmEmulator({ lroInProgressPolls: 0 });
});
afterAll(() => emu.close());
beforeEach(() => emu.state.computes.clear());

const cluster = (scale: Record<string, number>) => ({
  location: 'westeurope',
  properties: { computeType: 'AmlCompute', properties: { vmSize: 'STANDARD_DS3_V2', scaleSettings: scale } },
});

describe('authentication', () => {
  test('a request without a bearer token gets 401, the ARM envelope and a WWW-Authenticate challenge', async () => {
    const r = await armRequest(emu, 'GET', wsPath(emu, '/computes'), { token: null });
    expect(r.status).toBe(401);
    expect(r.body).toEqual({
      error: { code: 'AuthenticationFailed', message: expect.stringContaining('Authorization') },
    });
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer authorization_uri=.*error="invalid_token"/);
  });

  test('an expired token gets 401 ExpiredAuthenticationToken', async () => {
    const r = await armRequest(emu, 'GET', wsPath(emu, '/computes'), { token: emu.accessToken(undefined, -10) });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ error: { code: 'ExpiredAuthenticationToken' } });
  });

  test('a token for another audience gets 401 InvalidAuthenticationTokenAudience', async () => {
    const r = await armRequest(emu, 'GET', wsPath(emu, '/computes'), {
      token: emu.accessToken('https://storage.azure.com'),
    });
    expect(r.body).toMatchObject({ error: { code: 'InvalidAuthenticationTokenAudience' } });
  });
});

describe('validation', () => {
  test.each([
    [
      'maxNodeCount below minNodeCount',
      'cpu',
      cluster({ minNodeCount: 3, maxNodeCount: 1 }),
      /maxNodeCount \(1\) must be greater/,
    ],
    ['a missing maxNodeCount', 'cpu', cluster({ minNodeCount: 0 }), /maxNodeCount' is required/],
    ['a name the service rejects', '-bad-name', cluster({ maxNodeCount: 1 }), /Compute name '-bad-name' is invalid/],
    ['an unknown compute type', 'cpu', { properties: { computeType: 'Quantum' } }, /Unknown compute type 'Quantum'/],
    [
      'an instance without vmSize',
      'ci-dev',
      { properties: { computeType: 'ComputeInstance', properties: {} } },
      /vmSize' is required/,
    ],
    ['a missing computeType', 'cpu', { properties: {} }, /computeType' is required/],
  ])('%s gets 400 with the ARM error envelope', async (_case, name, body, message) => {
    const r = await armRequest(emu, 'PUT', wsPath(emu, `/computes/${name}`), { body });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: { code: expect.any(String), message: expect.stringMatching(message) } });
    expect(emu.state.computes.size).toBe(0);
  });

  test('a missing compute gets 404 ResourceNotFound; another workspace gets ParentResourceNotFound', async () => {
    expect((await armRequest(emu, 'GET', wsPath(emu, '/computes/nope'))).body).toMatchObject({
      error: { code: 'ResourceNotFound' },
    });
    const other = wsPath(emu, '/computes/nope').replace('/workspaces/mlw-test', '/workspaces/other');
    expect((await armRequest(emu, 'GET', other)).body).toMatchObject({ error: { code: 'ParentResourceNotFound' } });
  });
});

describe('compute instance state machine', () => {
  test('stop answers 202 without body and with Azure-AsyncOperation only; the instance passes Stopping', async () => {
    emu.seed.computeInstance('ci-dev');
    const r = await armRequest(emu, 'POST', wsPath(emu, '/computes/ci-dev/stop'));
    expect(r.status).toBe(202);
    expect(r.body).toBeUndefined();
    expect(r.headers.get('azure-asyncoperation')).toMatch(/\/locations\/westeurope\/computeOperationsStatus\//);
    expect(r.headers.get('location')).toBeNull();
    expect(emu.state.computes.get('ci-dev')?.properties).toMatchObject({ properties: { state: 'Stopping' } });
    const poll = await armRequest(emu, 'GET', r.headers.get('azure-asyncoperation') ?? '');
    expect(poll.body).toMatchObject({ status: 'Succeeded' });
    expect(emu.state.computes.get('ci-dev')?.properties).toMatchObject({ properties: { state: 'Stopped' } });
  });

  test('starting a running instance is refused with 409 naming its state', async () => {
    emu.seed.computeInstance('ci-dev', { state: 'Running' });
    const r = await armRequest(emu, 'POST', wsPath(emu, '/computes/ci-dev/start'));
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ error: { message: expect.stringContaining("state 'Running'") } });
  });

  test('a seeded Starting instance settles to Running as it is read', async () => {
    emu.seed.computeInstance('ci-dev', { state: 'Starting' });
    await armRequest(emu, 'GET', wsPath(emu, '/computes/ci-dev'));
    const r = await armRequest(emu, 'GET', wsPath(emu, '/computes/ci-dev'));
    expect(r.body).toMatchObject({ properties: { properties: { state: 'Running' } } });
  });
});

test('delete requires underlyingResourceAction and removes the compute through an LRO', async () => {
  emu.seed.amlCompute('cpu');
  expect((await armRequest(emu, 'DELETE', wsPath(emu, '/computes/cpu'))).status).toBe(400);
  const r = await armRequest(emu, 'DELETE', `${wsPath(emu, '/computes/cpu')}?underlyingResourceAction=Delete`);
  expect(r.status).toBe(202);
  expect(r.headers.get('location')).toMatch(/computeOperationsResults/);
  await armRequest(emu, 'GET', r.headers.get('azure-asyncoperation') ?? '');
  expect(emu.state.computes.has('cpu')).toBe(false);
});

test('a PUT on an existing cluster may change scale settings but not the VM size', async () => {
  emu.seed.amlCompute('cpu', { minNodeCount: 0, maxNodeCount: 2 });
  const resized = await armRequest(emu, 'PUT', wsPath(emu, '/computes/cpu'), {
    body: cluster({ minNodeCount: 0, maxNodeCount: 8 }),
  });
  expect(resized.status).toBe(200);
  const body = cluster({ maxNodeCount: 8 });
  body.properties.properties.vmSize = 'STANDARD_NC6';
  const refused = await armRequest(emu, 'PUT', wsPath(emu, '/computes/cpu'), { body });
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({ error: { message: expect.stringContaining('vmSize cannot be updated') } });
});
