/**
 * A child process with HTTPS_PROXY and the public default hosts (login.microsoftonline.com with MSAL instance
 * discovery, management.azure.com) reaches only the emulator, through the CONNECT proxy.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { repoRoot } from '../../support/action-runner.js';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';

const run = promisify(execFile);
let emu: ArmEmulator;
/** The REST layer, transpiled for a plain Node child (inside node_modules so its packages resolve). */
const layerDir = path.join(repoRoot, 'node_modules', '.cache', `ml-api-proxy-test-${process.pid}`);
const LAYER = [
  'shared/azure/ml-api/rest-client.ts',
  'shared/azure/ml-api/ml-api.ts',
  'shared/azure/ml-api/api-version.ts',
];

beforeAll(async () => {
  emu = await startArmEmulator();
  emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
  for (const file of [...LAYER, 'shared/azure/rest-errors.ts', 'shared/core/errors.ts']) {
    const out = path.join(layerDir, file.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(out), { recursive: true });
    const source = readFileSync(path.join(repoRoot, file), 'utf8');
    const options = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
    writeFileSync(out, ts.transpileModule(source, { compilerOptions: options }).outputText);
  }
  writeFileSync(path.join(layerDir, 'package.json'), '{"type":"module"}');
});
afterAll(async () => {
  rmSync(layerDir, { recursive: true, force: true });
  await emu.close();
});

/** Signs in with a client secret and reads the workspace and a compute through the REST layer, public defaults. */
const script = `
import { ClientSecretCredential } from '@azure/identity';
import { MlRestClient } from './shared/azure/ml-api/rest-client.js';
import { MlApi } from './shared/azure/ml-api/ml-api.js';
const e = process.env;
const rest = new MlRestClient({
  endpoint: 'https://management.azure.com',
  credential: new ClientSecretCredential(e.T, e.C, e.S),
  scope: 'https://management.azure.com/.default',
  userAgent: 'proxy-test',
});
const api = new MlApi(rest, { subscriptionId: e.SUB, resourceGroup: e.RG, workspace: e.WS }, 10);
const ws = await api.workspace.get();
const compute = await api.computes.get('ci-dev');
console.log(JSON.stringify({ discoveryUrl: ws.properties.discoveryUrl, state: compute.properties.properties.state }));
`;

test('identity and ARM traffic goes through the proxy under public host names, and nothing bypasses it', async () => {
  const s = emu.settings;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: layerDir,
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
