/**
 * The download-model bundle end to end on the transfer paths a runner meets: the downloaded folder uploaded as a
 * workflow artifact (the real @actions/artifact client against the artifact-service stand-in, the zip going to
 * Azurite through the proxy like to real blob storage), a broken and a corrupted transfer retried, and a blob name
 * that climbs out of `path` refused before anything is written.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, runAction, expectSucceeded } from '../../support/action-runner.js';
import { startArtifactService, type ArtifactService } from '../../support/artifact-service/index.js';
import { AZURITE_ACCOUNT, putWithRawName, startFaultyFront, type BodyFault } from '../../support/azurite.js';
import { startEmulatedWorkspace, type EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';
import { listFiles } from '../../support/files.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const BLOB_HOST = `${AZURITE_ACCOUNT}.blob.core.windows.net`;

let ws: EmulatedWorkspace;
let service: ArtifactService;
const files = { MLmodel: Buffer.from('flavors: {}\n'), 'data/weights.bin': randomBytes(300_000) };

async function putFiles(prefix: string, content: Record<string, Buffer>) {
  const container = ws.azurite.serviceClient().getContainerClient(ws.container);
  for (const [name, bytes] of Object.entries(content))
    await container.getBlockBlobClient(`${prefix}${name}`).uploadData(bytes);
}

async function registerModel(name: string, prefix: string) {
  await ws.emu.seed.assetVersion('models', name, '1', {
    modelUri: `azureml://datastores/workspaceblobstore/paths/${prefix}`,
    modelType: 'custom_model',
  });
}

beforeAll(async () => {
  ws = await startEmulatedWorkspace();
  service = await startArtifactService({ azurite: ws.azurite, publicAccountUrl: `https://${BLOB_HOST}` });
  await putFiles('models/scorer/v1/', files);
  await registerModel('scorer', 'models/scorer/v1/');
  await putFiles('models/flaky/v1/', files);
  await registerModel('flaky', 'models/flaky/v1/');
  await putFiles('models/evil/v1/', { MLmodel: files.MLmodel });
  await putWithRawName(ws.azurite, ws.container, 'models/evil/v1/../../../escaped.txt');
  await registerModel('evil', 'models/evil/v1/');
}, 60_000);
afterAll(async () => {
  await service?.close();
  await ws?.close();
});

function run(name: string, destination: string, inputs: Record<string, string> = {}) {
  return runAction(bundle('download-model'), {
    inputs: { ...ws.inputs(), name, version: 'latest', path: destination, ...inputs },
    env: { ...ws.env(), ...service.env() },
    timeoutMs: 60_000,
  });
}

test('artifact-name uploads the model files and model.json as one artifact, the zip sent to blob storage through the proxy', async () => {
  const destination = mkdtempSync(path.join(tmpdir(), 'model-'));
  const result = await run('scorer', destination, { 'artifact-name': 'scorer-model' });

  expectSucceeded(result);
  expect(service.calls.map((c) => `${c.method} ${c.status}`)).toEqual(['CreateArtifact 200', 'FinalizeArtifact 200']);
  const artifact = service.artifact('scorer-model');
  const entries = new Map(artifact.entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e.content]));
  expect([...entries.keys()].sort()).toEqual(['MLmodel', 'data/weights.bin', 'model.json']);
  for (const [name, bytes] of Object.entries(files)) expect(sha(entries.get(name)!)).toBe(sha(bytes));
  expect(entries.get('model.json')!.equals(readFileSync(path.join(destination, 'model.json')))).toBe(true);
  expect(JSON.parse(entries.get('model.json')!.toString('utf8'))).toMatchObject({ name: 'scorer', version: '1' });
  expect(result.summary).toContain('scorer-model');
  // The zip went where a runner's would: a CONNECT tunnel to the storage host (here routed to Azurite). The
  // Twirp calls to the loopback service bypass the proxy on their own (@actions/http-client skips loopback hosts).
  expect(ws.emu.proxy.connects.map((c) => c.target)).toContain(`${BLOB_HOST}:443`);
  expect(ws.emu.proxy.connects.map((c) => c.target)).not.toContain(new URL(service.url).host);
  expect(result.leakedSecrets).toEqual([]);
});

test('a transfer cut mid-body and a corrupted body are retried through the bundle and the files end intact', async () => {
  const faults: Record<string, BodyFault[]> = {
    [`/${ws.container}/models/flaky/v1/data/weights.bin`]: ['cut'],
    [`/${ws.container}/models/flaky/v1/MLmodel`]: ['corrupt'],
  };
  const front = await startFaultyFront(ws.azurite, (method, p) => (method === 'GET' ? faults[p]?.shift() : undefined));
  ws.emu.routeHost(`${BLOB_HOST}:443`, front.address);
  try {
    const destination = mkdtempSync(path.join(tmpdir(), 'model-'));
    const result = await run('flaky', destination);

    expect(result.exitCode).toBe(0);
    expect(listFiles(destination)).toEqual(['MLmodel', 'data/weights.bin', 'model.json']);
    for (const [name, bytes] of Object.entries(files))
      expect(sha(readFileSync(path.join(destination, name)))).toBe(sha(bytes));
    expect(faults).toEqual({
      [`/${ws.container}/models/flaky/v1/data/weights.bin`]: [],
      [`/${ws.container}/models/flaky/v1/MLmodel`]: [],
    });
    const warnings = result.annotations
      .filter((a) => a.level === 'warning')
      .map((a) => a.message)
      .sort();
    expect(warnings).toEqual([
      expect.stringMatching(/^Blob 'models\/flaky\/v1\/MLmodel': Content-MD5 mismatch: .*Retrying \(attempt 2 of 3\)/),
      expect.stringMatching(
        /^Blob 'models\/flaky\/v1\/data\/weights\.bin': the transfer broke .*Retrying \(attempt 2 of 3\)/,
      ),
    ]);
    expect(front.requests.filter((r) => r === `GET /${ws.container}/models/flaky/v1/data/weights.bin`)).toHaveLength(2);
  } finally {
    ws.emu.routeHost(`${BLOB_HOST}:443`, `${ws.azurite.host}:${ws.azurite.port}`);
    await front.close();
  }
});

test('a blob named with ../ that would land outside path is refused and nothing is written', async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'model-parent-'));
  const destination = path.join(parent, 'model');
  const result = await run('evil', destination);

  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  expect(errors).toEqual([expect.stringContaining(`would be written outside ${destination}`)]);
  expect(errors[0]).toContain('Nothing was written.');
  expect(listFiles(parent)).toEqual([]);
  expect(existsSync(path.join(parent, '..', 'escaped.txt'))).toBe(false);
});
