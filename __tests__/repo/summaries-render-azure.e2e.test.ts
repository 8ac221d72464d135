/**
 * The job summaries of the Azure path, from the bundles run against the emulated workspace (ARM emulator +
 * Azurite), rendered as GitHub renders them: no Markdown left raw, every Mermaid flowchart well formed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, repoRoot, runAction } from '../support/action-runner.js';
import {
  seedPipelineAssets,
  startEmulatedWorkspace,
  type EmulatedWorkspace,
} from '../support/azure/workspace-fixture.js';
import { eventEnv } from '../support/github-events/events.js';
import { seedTree } from '../shared/assets/assets-fixture.js';
import { mermaidBlocks, summaryProblems } from './support/summary-render.js';

let ws: EmulatedWorkspace;
const summaries = new Map<string, string>();

async function run(action: string, inputs: Record<string, string>, cwd = repoRoot): Promise<void> {
  const result = await runAction(bundle(action), {
    inputs: { ...ws.inputs(), ...inputs },
    env: { ...ws.env(), ...eventEnv('push-main') },
    cwd,
    timeoutMs: 60_000,
  });
  if (result.exitCode !== 0) throw new Error(`${action} failed:\n${result.log}`);
  summaries.set(action, result.summary);
}

beforeAll(async () => {
  ws = await startEmulatedWorkspace();
  await seedPipelineAssets(ws.emu);
  ws.emu.seed.computeInstance('cli-created-machine', { state: 'Running' });
  await run(
    'register-components',
    { environments: 'environment/*.yaml\n!environment/conda-*.yaml', components: 'components/**/*.yaml' },
    seedTree(),
  );
  await run('submit-pipeline', {
    file: path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'seed', 'pipeline.yaml'),
  });
  const container = ws.azurite.serviceClient().getContainerClient(ws.container);
  await container.getBlockBlobClient('models/animals/v1/MLmodel').uploadData(Buffer.from('flavors: {}\n'));
  await ws.emu.seed.assetVersion('models', 'animals', '1', {
    modelUri: 'azureml://datastores/workspaceblobstore/paths/models/animals/v1/',
    modelType: 'custom_model',
  });
  await run('download-model', { name: 'animals', version: '1', path: mkdtempSync(path.join(tmpdir(), 'model-')) });
  // Copied to a registry and promoted there: the copy's summary and the promotion's in one run.
  await ws.azurite.container(ws.emu.registries.registry('shared').containerName);
  await run('promote-model', { name: 'animals', version: '1', 'copy-to': 'registry:shared' });
}, 300_000);
afterAll(async () => ws?.close());

describe.each(['register-components', 'submit-pipeline', 'download-model', 'promote-model'])(
  'the %s summary on Azure',
  (action) => {
    it('renders to HTML with no Markdown syntax left raw and sound flowcharts', () => {
      expect(summaryProblems(summaries.get(action) ?? '')).toEqual([]);
    });
  },
);

test('the pipeline summary links the studio and draws its steps', () => {
  const summary = summaries.get('submit-pipeline') ?? '';
  expect(summary).toContain('[Open in Azure ML studio](https://ml.azure.com/');
  expect(mermaidBlocks(summary).length).toBeGreaterThan(0);
});
