/**
 * promote-model's `copy-to` through the built bundle, against the emulated workspace (ARM emulator + Azurite):
 * a model version copied to a registry (startPendingUpload, the files into the registry's container, the
 * version PUT with the registry-side path) and to a second workspace (its default datastore), each twice: the
 * second run finds the same content there and changes nothing. The stage is then moved in the target, and
 * rolled back there.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';
import { bundle, runAction, expectSucceeded } from '../../support/action-runner.js';
import { startEmulatedWorkspace, type EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';
import type {
  EmulatedRegistry,
  EmulatedWorkspace as FurtherWorkspace,
} from '../../support/arm-emulator/arm/registries.js';

let ws: EmulatedWorkspace;
let registry: EmulatedRegistry;
let prod: FurtherWorkspace;
let registryBlobs: ContainerClient;
let prodBlobs: ContainerClient;
/** sha256 of each version's files, by version then relative path. */
const contents = new Map<string, Map<string, string>>();
const COMMIT = 'c0ffee1234567890c0ffee1234567890c0ffee12';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  ws = await startEmulatedWorkspace();
  const source = ws.azurite.serviceClient().getContainerClient(ws.container);
  await ws.emu.seed.job('train-7', {
    jobType: 'Command',
    command: 'python train.py',
    environmentId: 'azureml:sklearn:1',
    tags: { 'github.sha': COMMIT, 'github.repository': 'octo-org/animals' },
  });
  for (const version of ['1', '2']) {
    const files = { MLmodel: Buffer.from(`version ${version}\n`), 'data/model.pkl': randomBytes(40_000) };
    for (const [name, content] of Object.entries(files))
      await source.getBlockBlobClient(`models/animals/v${version}/${name}`).uploadData(content);
    contents.set(version, new Map(Object.entries(files).map(([k, v]) => [k, sha(v)])));
    await ws.emu.seed.assetVersion('models', 'animals', version, {
      modelUri: `azureml://datastores/workspaceblobstore/paths/models/animals/v${version}/`,
      modelType: 'custom_model',
      jobName: 'train-7',
      description: `animals ${version}`,
      tags: { stage: 'production', owner: 'ml-team' },
      properties: { 'azureml-mlops.data': `pandas:${version}` },
    });
  }
  registry = ws.emu.registries.registry('shared-models');
  registryBlobs = await ws.azurite.container(registry.containerName);
  prod = ws.emu.registries.workspace('mlw-prod');
  prodBlobs = await ws.azurite.container(prod.containerName);
}, 90_000);
afterAll(async () => ws?.close());

const promote = (inputs: Record<string, string>) =>
  runAction(bundle('promote-model'), {
    inputs: { ...ws.inputs(), name: 'animals', concurrency: '2', ...inputs },
    env: ws.env(),
    timeoutMs: 60_000,
  });

/** The files under a blob prefix, by relative path, as sha256. */
async function filesAt(container: ContainerClient, prefix: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const blob of container.listBlobsFlat({ prefix }))
    out.set(blob.name.slice(prefix.length), sha(await container.getBlobClient(blob.name).downloadToBuffer()));
  return out;
}

const registryVersion = (v: string) => registry.models.get('animals')?.get(v);
const sourceWrites = () =>
  ws.emu.requests.writes().filter((r) => r.path.includes(`/workspaces/${ws.emu.settings.workspace}/`));

test('copying to a registry uploads through startPendingUpload, carries lineage, and sets the stage there', async () => {
  ws.emu.requests.clear();
  const result = await promote({ version: '1', 'copy-to': 'registry:shared-models' });
  expectSucceeded(result);
  expect(result.outputs).toMatchObject({
    'model-name': 'animals',
    version: '1',
    'copy-status': 'copied',
    previous: '',
  });
  const copy = registryVersion('1')!;
  expect(copy.id).toBe(result.outputs['copy-id']);
  const uri = copy.properties.modelUri as string;
  expect(uri).toBe(result.outputs['copy-uri']);
  const container = `https://${ws.emu.settings.datastore.accountName}.blob.core.windows.net/${registry.containerName}/`;
  expect(uri.startsWith(container)).toBe(true);
  expect(await filesAt(registryBlobs, uri.slice(container.length))).toEqual(contents.get('1'));
  expect(copy.properties).toMatchObject({
    description: 'animals 1',
    modelType: 'custom_model',
    // The stage is the registry's own: set by the promotion there, not carried from the workspace.
    tags: { owner: 'ml-team', stage: 'production' },
    properties: {
      'azureml-mlops.data': 'pandas:1',
      'azureml-mlops.source-model': `${ws.emu.workspaceId}/models/animals/versions/1`,
      'azureml-mlops.training-job': 'train-7',
      'azureml-mlops.training-commit': COMMIT,
      'azureml-mlops.repository': 'octo-org/animals',
      'azureml-mlops.content-hash': result.outputs['content-hash'],
      'azureml-mlops.content-hash-version': '202208',
    },
  });
  expect(registry.pendingUploads).toEqual(['animals:1']);
  expect(sourceWrites()).toEqual([]);
  expect(result.summary).toContain('Model copied');
  expect(result.leakedSecrets).toEqual([]);
  expect(result.log).not.toMatch(/sig=[A-Za-z0-9%]{10,}/);
});

test('copying the same version again is a no-op, reported as such', async () => {
  const before = registry.pendingUploads.length;
  ws.emu.requests.clear();
  const result = await promote({ version: '1', 'copy-to': 'registry:shared-models' });
  expect(result.exitCode).toBe(0);
  expect(result.outputs).toMatchObject({ 'copy-status': 'unchanged', changed: '', previous: '' });
  expect(result.summary).toContain('Model already copied');
  expect(registry.pendingUploads.length).toBe(before);
  expect(ws.emu.requests.writes()).toEqual([]);
});

test('promoting the next version in the registry moves the stage there, and the rollback moves it back', async () => {
  const next = await promote({ version: '2', 'copy-to': 'registry:shared-models' });
  expect(next.exitCode).toBe(0);
  expect(next.outputs).toMatchObject({ version: '2', 'copy-status': 'copied', previous: '1', changed: '2,1' });
  expect(registryVersion('1')!.properties.tags).toEqual({ owner: 'ml-team' });
  expect(registryVersion('2')!.properties.tags).toEqual({ owner: 'ml-team', stage: 'production' });

  const back = await promote({ version: next.outputs.previous, 'copy-to': 'registry:shared-models' });
  expect(back.exitCode).toBe(0);
  expect(back.outputs).toMatchObject({ version: '1', 'copy-status': 'unchanged', previous: '2', changed: '1,2' });
  expect(registryVersion('1')!.properties.tags).toEqual({ owner: 'ml-team', stage: 'production' });
  expect(registryVersion('2')!.properties.tags).toEqual({ owner: 'ml-team' });
});

test('copying to a second workspace puts the files on its default datastore, once', async () => {
  const result = await promote({ version: '2', 'copy-to': 'workspace:mlw-prod', stage: 'none' });
  expectSucceeded(result);
  expect(result.outputs).toMatchObject({ version: '2', 'copy-status': 'copied' });
  const copy = prod.seed.storedVersion('models', 'animals', '2')!;
  const hash = result.outputs['content-hash'];
  expect(copy.properties.modelUri).toBe(`azureml://datastores/workspaceblobstore/paths/LocalUpload/${hash}/animals/`);
  expect(await filesAt(prodBlobs, `LocalUpload/${hash}/animals/`)).toEqual(contents.get('2'));
  // With `stage: none` no stage key is the target's own: the tags are carried as they are.
  expect(copy.properties.tags).toEqual({ owner: 'ml-team', stage: 'production' });
  expect(copy.properties.properties).toMatchObject({
    'azureml-mlops.training-commit': COMMIT,
    'azureml-mlops.content-hash': hash,
  });

  ws.emu.requests.clear();
  const again = await promote({ version: '2', 'copy-to': 'workspace:mlw-prod', stage: 'none' });
  expect(again.exitCode).toBe(0);
  expect(again.outputs).toMatchObject({ 'copy-status': 'unchanged', 'content-hash': hash });
  expect(ws.emu.requests.writes()).toEqual([]);
});

test('a version already in the target with other content is refused, never overwritten', async () => {
  await prod.seed.assetVersion('models', 'animals', '1', {
    modelUri: 'azureml://datastores/workspaceblobstore/paths/elsewhere/',
    properties: { 'azureml-mlops.content-hash': 'f'.repeat(64) },
  });
  const result = await promote({ version: '1', 'copy-to': 'workspace:mlw-prod' });
  expect(result.exitCode).toBe(1);
  expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
    /workspace 'mlw-prod' already has animals:1 with other content \(f{64}\)/,
  );
  expect(prod.seed.storedVersion('models', 'animals', '1')!.properties.modelUri).toBe(
    'azureml://datastores/workspaceblobstore/paths/elsewhere/',
  );
});

test('a single-file model is copied as that file, and its copy points at the file', async () => {
  const bytes = randomBytes(30_000);
  await ws.azurite
    .serviceClient()
    .getContainerClient(ws.container)
    .getBlockBlobClient('models/onnx/classifier.onnx')
    .uploadData(bytes);
  await ws.emu.seed.assetVersion('models', 'classifier', '1', {
    modelUri: 'azureml://datastores/workspaceblobstore/paths/models/onnx/classifier.onnx',
  });
  const result = await promote({ name: 'classifier', version: '1', 'copy-to': 'registry:shared-models' });
  expect(result.exitCode).toBe(0);
  const uri = result.outputs['copy-uri'];
  const hash = result.outputs['content-hash'];
  expect(uri).toMatch(new RegExp(`/LocalUpload/${hash}/classifier/classifier\\.onnx$`));
  const blob = uri.slice(uri.indexOf(`/${registry.containerName}/`) + registry.containerName.length + 2);
  expect(sha(await registryBlobs.getBlobClient(blob).downloadToBuffer())).toBe(sha(bytes));
});
