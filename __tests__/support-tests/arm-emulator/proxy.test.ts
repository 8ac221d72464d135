/**
 * A child process with HTTPS_PROXY and the public default hosts (login.microsoftonline.com with MSAL instance
 * discovery, management.azure.com) reaches only the emulator, through the CONNECT proxy.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoRoot } from '../../support/action-runner.js';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';

const run = promisify(execFile);
let emu: ArmEmulator;

beforeAll(async () => {
  emu = await startArmEmulator();
  emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
});
afterAll(() => emu.close());

/** Signs in with a client secret and reads the workspace and a compute, all with SDK defaults. */
const script = `
import { ClientSecretCredential } from '@azure/identity';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
const e = process.env;
const client = new AzureMachineLearningWorkspaces(new ClientSecretCredential(e.T, e.C, e.S), e.SUB);
const ws = await client.workspaces.get(e.RG, e.WS);
const compute = await client.computeOperations.get(e.RG, e.WS, 'ci-dev');
console.log(JSON.stringify({ discoveryUrl: ws.discoveryUrl, state: compute.properties.properties.state }));
`;

test('identity and ARM traffic goes through the proxy under public host names, and nothing bypasses it', async () => {
  const s = emu.settings;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      ...emu.childEnv(),
      ...emu.proxyEnv(),
      T: s.tenantId,
      C: s.clientId,
      S: s.clientSecret,
      SUB: s.subscriptionId,
      RG: s.resourceGroup,
      WS: s.workspace,
    },
    timeout: 30_000,
  });
  expect(JSON.parse(stdout)).toEqual({
    discoveryUrl: `https://${s.region}.api.azureml.ms/discovery`,
    state: 'Stopped',
  });
  const targets = new Set(emu.proxy.connects.map((c) => c.target));
  expect(targets).toEqual(new Set(['login.microsoftonline.com:443', 'management.azure.com:443']));
  expect(emu.requests.records.length).toBeGreaterThan(0);
  expect(emu.requests.records.filter((r) => r.host.startsWith('127.0.0.1'))).toEqual([]);
  expect(emu.tokenRequests.at(-1)).toMatchObject({ outcome: 'issued', scope: 'https://management.azure.com/.default' });
});

test('a CONNECT to a host that is neither emulated nor routed is refused and logged', async () => {
  const net = await import('node:net');
  const port = Number(new URL(emu.proxyUrl).port);
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'),
    );
    socket.once('data', (data) => {
      resolve(data.toString());
      socket.destroy();
    });
    socket.once('error', reject);
  });
  expect(answer).toMatch(/^HTTP\/1\.1 502/);
  expect(emu.proxy.connects.at(-1)).toEqual(
    expect.objectContaining({ target: 'example.com:443', routedTo: undefined }),
  );
});
