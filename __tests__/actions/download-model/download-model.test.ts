/**
 * The built bundle run like the runner runs it, against the emulated workspace: the ARM emulator (models,
 * datastores, jobs, sign-in) and Azurite as the default datastore, reached as
 * https://devstoreaccount1.blob.core.windows.net through the emulator's CONNECT proxy.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, runAction, expectSucceeded } from '../../support/action-runner.js';
import { startEmulatedWorkspace, type EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';
import { listFiles } from '../../support/files.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('download-model bundle against the emulated workspace', () => {
  let ws: EmulatedWorkspace;
  /** sha256 of each version's files, by version then relative path. */
  const contents = new Map<string, Map<string, string>>();

  async function putFiles(prefix: string, files: Record<string, Buffer>) {
    const container = ws.azurite.serviceClient().getContainerClient(ws.container);
    for (const [name, content] of Object.entries(files)) {
      await container.getBlockBlobClient(`${prefix}${name}`).uploadData(content);
    }
  }

  beforeAll(async () => {
    ws = await startEmulatedWorkspace();
    for (const version of ['1', '2', '3']) {
      const files = {
        MLmodel: Buffer.from(`version ${version}\n`),
        'data/model.pkl': randomBytes(50_000 + Number(version)),
      };
      await putFiles(`models/animals/v${version}/`, files);
      contents.set(version, new Map(Object.entries(files).map(([k, v]) => [k, sha(v)])));
      await ws.emu.seed.assetVersion('models', 'animals', version, {
        modelUri: `azureml://datastores/workspaceblobstore/paths/models/animals/v${version}/`,
        modelType: 'custom_model',
        tags: version === '2' ? { stage: 'production' } : { stage: 'staging' },
      });
    }
    // A model registered by a training job, stored as one file in the job's output folder.
    await ws.emu.seed.job('train-42', {
      jobType: 'Command',
      command: 'python train.py',
      environmentId: 'azureml:sklearn:1',
      tags: { 'github.sha': 'c0ffee1234567890c0ffee1234567890c0ffee12', 'github.repository': 'octo-org/animals' },
      outputs: {
        model_output: {
          jobOutputType: 'uri_folder',
          uri: 'azureml://datastores/workspaceblobstore/paths/azureml/train-42/model_output/',
        },
      },
    });
    const single = randomBytes(70_000);
    await putFiles('azureml/train-42/model_output/', { 'classifier.onnx': single });
    contents.set('job', new Map([['classifier.onnx', sha(single)]]));
    await ws.emu.seed.assetVersion('models', 'classifier', '1', {
      modelUri: 'azureml://jobs/train-42/outputs/model_output/paths/classifier.onnx',
      jobName: 'train-42',
    });
  }, 60_000);
  afterAll(async () => ws?.close());

  const run = (inputs: Record<string, string>) => {
    const destination = mkdtempSync(path.join(tmpdir(), 'model-'));
    return runAction(bundle('download-model'), {
      inputs: { ...ws.inputs(), path: destination, version: 'latest', concurrency: '4', ...inputs },
      env: ws.env(),
      timeoutMs: 30_000,
    }).then((result) => ({ result, destination }));
  };

  test.each([
    ['latest', '3'],
    ['1', '1'],
    ['tag:stage=production', '2'],
  ])(
    'version %s downloads version %s intact, with outputs, lineage and summary, and leaks no secret',
    async (selector, expected) => {
      const { result, destination } = await run({ name: 'animals', version: selector });
      expectSucceeded(result);
      expect(listFiles(destination)).toEqual(['MLmodel', 'data/model.pkl', 'model.json']);
      for (const [file, hash] of contents.get(expected)!)
        expect(sha(readFileSync(path.join(destination, file)))).toBe(hash);
      expect(result.outputs).toMatchObject({
        'model-name': 'animals',
        version: expected,
        path: destination,
        uri: `azureml://datastores/workspaceblobstore/paths/models/animals/v${expected}/`,
        'lineage-file': path.join(destination, 'model.json'),
        files: '2',
        'job-name': '',
      });
      expect(result.outputs['model-id']).toMatch(new RegExp(`/models/animals/versions/${expected}$`));
      const lineage = JSON.parse(readFileSync(path.join(destination, 'model.json'), 'utf8'));
      expect(lineage).toMatchObject({
        name: 'animals',
        version: expected,
        files: 2,
        tags: { stage: expected === '2' ? 'production' : 'staging' },
      });
      expect(result.summary).toContain(`animals:${expected}`);
      expect(result.leakedSecrets).toEqual([]);
      // The secrets appear only in the runner's ::add-mask:: commands, never in a line a reader sees.
      const printed = result.rawLog.split('\n').filter((l) => !l.startsWith('::add-mask::'));
      for (const secret of [ws.emu.settings.clientSecret, ws.azurite.accountKey]) {
        expect(printed.join('\n')).not.toContain(secret);
        expect(result.log).not.toContain(secret);
      }
    },
  );

  test('job-name takes the model that job registered, following the job output to a single file, with its commit', async () => {
    const { result, destination } = await run({ 'job-name': 'train-42' });
    expect(result.exitCode).toBe(0);
    expect(listFiles(destination)).toEqual(['classifier.onnx', 'model.json']);
    expect(sha(readFileSync(path.join(destination, 'classifier.onnx')))).toBe(
      contents.get('job')!.get('classifier.onnx'),
    );
    expect(result.outputs).toMatchObject({
      'model-name': 'classifier',
      version: '1',
      'job-name': 'train-42',
      'source-commit': 'c0ffee1234567890c0ffee1234567890c0ffee12',
    });
    const lineage = JSON.parse(readFileSync(path.join(destination, 'model.json'), 'utf8'));
    expect(lineage.job).toMatchObject({
      name: 'train-42',
      commit: 'c0ffee1234567890c0ffee1234567890c0ffee12',
      repository: 'octo-org/animals',
    });
  });

  test.each([
    [{ name: 'zebras' }, "Model 'zebras' does not exist in workspace", 'Models in it: animals, classifier.'],
    [
      { name: 'animals', version: '9' },
      "Model 'animals' has no version 9.",
      'Versions (newest first): 3 (stage=staging); 2 (stage=production); 1 (stage=staging).',
    ],
    [
      { name: 'animals', version: 'tag:stage=archived' },
      "Model 'animals' has no version tagged stage=archived",
      '2 (stage=production)',
    ],
  ])('%j fails naming what exists', async (inputs, message, hint) => {
    const { result, destination } = await run(inputs);
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([expect.stringContaining(message)]);
    expect(errors[0]).toContain(hint);
    expect(listFiles(destination)).toEqual([]);
  });
});
