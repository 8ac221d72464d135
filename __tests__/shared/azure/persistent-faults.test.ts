/**
 * Faults that do not go away, against the ARM emulator with a real session: the message a user reads names what
 * was being done and what the service said (its code, message and request id), never an object's default string.
 */
import { createSession } from '../../../shared/azure/create-session.js';
import { memoryLogger } from '../../../shared/core/logger.js';
import { resolveModel } from '../../../shared/models/resolve.js';
import { getBlobDatastore } from '../../../shared/storage/datastore.js';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';

const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'] as const;
let emu: ArmEmulator;
let saved: Record<string, string | undefined>;
beforeAll(async () => {
  emu = await startArmEmulator();
  saved = Object.fromEntries(PROXY_VARS.map((k) => [k, process.env[k]]));
  Object.assign(process.env, emu.proxyEnv());
});
afterAll(async () => {
  for (const k of PROXY_VARS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await emu.close();
});
beforeEach(() => emu.faults.clear());

function session() {
  const s = emu.settings;
  return createSession({
    workspace: { subscriptionId: s.subscriptionId, resourceGroup: s.resourceGroup, workspace: s.workspace },
    auth: {
      creds: JSON.stringify({ clientId: s.clientId, clientSecret: s.clientSecret, tenantId: s.tenantId }),
      allowAzureCli: false,
    },
    log: memoryLogger(),
    pollIntervalMs: 5,
  });
}

test('a token endpoint that keeps failing is reported with its code and message, not [object Object]', async () => {
  emu.faults.add({
    method: 'POST',
    path: '/*/oauth2/v2.0/token',
    fault: { kind: 'status', status: 503, code: 'ServiceUnavailable', message: 'The token service is down.' },
  });
  const failure = await session().then(
    () => undefined,
    (error: Error) => error,
  );
  expect(failure?.message).toBeDefined();
  expect(failure?.message).not.toContain('[object Object]');
  expect(failure?.message).toContain('ServiceUnavailable');
  expect(failure?.message).toContain('The token service is down.');
  expect(failure?.message).toMatch(/HTTP 503, request id [0-9a-f-]{36}/);
});

/** A 500 the service keeps answering on every GET of `path`, with its default envelope. */
function keepFailing(path: string) {
  emu.faults.add({ method: 'GET', path, fault: { kind: 'status', status: 500 } });
}

const REQUEST_ID = /request id [0-9a-f-]{36}/;

test('a datastore read that keeps failing names the operation, the datastore and the request id', async () => {
  const signedIn = await session();
  keepFailing('/subscriptions/**/datastores/workspaceblobstore');
  const failure = await getBlobDatastore(signedIn, 'workspaceblobstore').then(
    () => undefined,
    (error: Error) => error,
  );
  expect(failure?.message).toContain("Reading datastore 'workspaceblobstore' failed:");
  expect(failure?.message).toContain('HTTP 500');
  expect(failure?.message).toMatch(REQUEST_ID);
});

test('a model read that keeps failing names the operation, the model and the request id', async () => {
  const signedIn = await session();
  await emu.seed.assetVersion('models', 'animals', '3', {
    modelUri: 'azureml://datastores/workspaceblobstore/paths/models/animals/v3/',
  });
  keepFailing('/subscriptions/**/models/animals/versions/3');
  const failure = await resolveModel(signedIn, { name: 'animals', selector: { kind: 'version', version: '3' } }).then(
    () => undefined,
    (error: Error) => error,
  );
  expect(failure?.message).toContain('Reading model animals:3 failed:');
  expect(failure?.message).toContain('HTTP 500');
  expect(failure?.message).toMatch(REQUEST_ID);
});
