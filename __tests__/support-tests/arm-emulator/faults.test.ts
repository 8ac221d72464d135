/** Fault rules: status answers, connection resets and delays, limited to the first N matches, and the request log. */
import { ML_API_VERSION } from '../../../shared/azure/ml-api/api-version.js';
import type { MlApi } from '../../../shared/azure/ml-api/ml-api.js';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import { armRequest } from '../../support/arm-emulator/test-client.js';
import { mlClient } from './ml-client.js';

let emu: ArmEmulator;
let client: MlApi;
const computePath = () => `${emu.workspaceId}/computes/ci-dev`;

beforeAll(async () => {
  emu = await startArmEmulator();
  client = mlClient(emu);
  emu.seed.computeInstance('ci-dev');
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.faults.clear();
  emu.requests.clear();
});

test('503 with Retry-After answers with the ARM envelope and the header', async () => {
  emu.faults.add({
    method: 'GET',
    path: computePath(),
    times: 1,
    fault: { kind: 'status', status: 503, retryAfterSeconds: 2 },
  });
  const first = await armRequest(emu, 'GET', computePath());
  expect(first.status).toBe(503);
  expect(first.headers.get('retry-after')).toBe('2');
  expect(first.body).toMatchObject({ error: { code: 'ServiceUnavailable' } });
  expect((await armRequest(emu, 'GET', computePath())).status).toBe(200);
});

test('a 500 and a connection reset on the first attempts are retried by the REST layer pipeline', async () => {
  emu.faults.add({ path: '/subscriptions/**/computes/ci-dev', times: 1, fault: { kind: 'status', status: 500 } });
  emu.faults.add({ path: /\/computes\/ci-dev$/, times: 1, fault: { kind: 'reset' } });
  const compute = await client.computes.get('ci-dev');
  expect(compute.name).toBe('ci-dev');
  expect(emu.requests.filter({ path: '/computes/ci-dev' }).map((r) => r.fault ?? r.status)).toEqual([
    'status 500',
    'reset',
    200,
  ]);
});

test('a delayed route answers only after the delay (a shorter client timeout aborts)', async () => {
  emu.faults.add({ method: 'GET', path: computePath(), times: 1, fault: { kind: 'delay', ms: 1500 } });
  const url = `${emu.url}${computePath()}?api-version=${ML_API_VERSION}`;
  const headers = { Authorization: `Bearer ${emu.accessToken()}` };
  await expect(fetch(url, { headers, signal: AbortSignal.timeout(100) })).rejects.toThrow(/abort|timeout/i);
});

test('a rule for another method or path does not apply', async () => {
  emu.faults.add({ method: 'POST', path: '**/computes/ci-dev/*', fault: { kind: 'status', status: 429 } });
  expect((await armRequest(emu, 'GET', computePath())).status).toBe(200);
});

test('the request log holds method, path, query and status, never the Authorization header, and lists writes', async () => {
  await armRequest(emu, 'GET', computePath());
  expect(emu.requests.records).toEqual([
    expect.objectContaining({
      method: 'GET',
      path: computePath(),
      query: { 'api-version': ML_API_VERSION },
      status: 200,
    }),
  ]);
  expect(JSON.stringify(emu.requests.records)).not.toMatch(/Bearer|authorization/i);
  expect(emu.requests.writes()).toEqual([]);
  await armRequest(emu, 'POST', `${computePath()}/stop`);
  expect(emu.requests.writes().map((r) => `${r.method} ${r.status}`)).toEqual(['POST 202']);
});
