/**
 * The job summaries of the Azure path, from the bundles run against the emulated workspace (ARM emulator +
 * Azurite), rendered as GitHub renders them: no Markdown left raw, one heading style, every Mermaid flowchart
 * parsed by mermaid.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../support/action-runner.js';
import {
  SEED_ASSET_INPUTS,
  seedPipelineAssets,
  startEmulatedWorkspace,
  type EmulatedWorkspace,
} from '../support/azure/workspace-fixture.js';
import { eventEnv } from '../support/github-events/events.js';
import { seedTree } from '../shared/assets/assets-fixture.js';
import { readWorkflowRun } from '../../actions/_runtime/workflow-run.js';
import { silentLogger } from '../../shared/core/logger.js';
import { jobIdentity } from '../../shared/jobs/identity.js';
import { loadPipelineJob } from '../../shared/pipeline/pipeline-job.js';
import { mermaidBlocks, summaryProblems } from './support/summary-render.js';

const SEED = path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'seed');
const tempDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));
/** A checkout of the seed pipeline's repository (the root action registers its components and runs it). */
const seedCheckout = () => {
  const dir = path.join(tempDir('root-'), 'repo');
  cpSync(SEED, dir, { recursive: true });
  return dir;
};

let ws: EmulatedWorkspace;
const summaries = new Map<string, string>();

async function run(action: string, inputs: Record<string, string>, cwd = repoRoot): Promise<void> {
  const result = await ws.run(action, inputs, { cwd });
  if (result.exitCode !== 0) throw new Error(`${action} failed:\n${result.log}`);
  summaries.set(action, result.summary);
}

/**
 * The actions that run against a workspace, in workflow order, with their inputs and working folder. The tests
 * below cover each row: a new action is one more line here.
 */
const RUNS: [action: string, inputs: () => Record<string, string>, cwd?: () => string][] = [
  [
    'ensure-compute',
    () => ({ file: path.join(repoRoot, 'workflows-examples', 'project', 'environment', 'compute.yaml') }),
  ],
  ['register-components', () => SEED_ASSET_INPUTS, seedTree],
  ['submit-pipeline', () => ({ file: path.join(SEED, 'pipeline.yaml') })],
  ['download-model', () => ({ name: 'animals', version: '1', path: tempDir('model-') })],
  // Copied to a registry and promoted there: the copy's summary and the promotion's in one run.
  ['promote-model', () => ({ name: 'animals', version: '1', 'copy-to': 'registry:shared' })],
  [
    'mlops',
    () => ({
      'compute-name': 'cli-created-machine',
      environments: 'environment/tensorflow.yaml',
      components: 'components/*/*.yaml',
      'pipeline-file': 'pipeline.yaml',
      'model-name': 'animals',
      'model-path': tempDir('root-model-'),
    }),
    seedCheckout,
  ],
];

beforeAll(async () => {
  ws = await startEmulatedWorkspace();
  await seedPipelineAssets(ws.emu);
  ws.emu.seed.computeInstance('cli-created-machine', { state: 'Running' });
  const container = ws.azurite.serviceClient().getContainerClient(ws.container);
  await container.getBlockBlobClient('models/animals/v1/MLmodel').uploadData(Buffer.from('flavors: {}\n'));
  // Registered by the seed pipeline's job, which the root action looks the model up by.
  const pipeline = await loadPipelineJob(path.join(SEED, 'pipeline.yaml'));
  const seedJob = await jobIdentity(undefined, pipeline, readWorkflowRun(eventEnv('push-main')), silentLogger);
  await ws.emu.seed.assetVersion('models', 'animals', '1', {
    modelUri: 'azureml://datastores/workspaceblobstore/paths/models/animals/v1/',
    modelType: 'custom_model',
    jobName: seedJob.name,
  });
  await ws.azurite.container(ws.emu.registries.registry('shared').containerName);
  for (const [action, inputs, cwd] of RUNS) await run(action, inputs(), cwd?.() ?? repoRoot);
}, 300_000);
afterAll(async () => ws?.close());

describe.each(RUNS.map(([action]) => action))('the %s summary on Azure', (action) => {
  it('renders to HTML with no Markdown syntax left raw, level-3 headings only and sound flowcharts', async () => {
    expect(await summaryProblems(summaries.get(action) ?? '')).toEqual([]);
  });
});

test('the pipeline summary links the studio and draws its steps', () => {
  const summary = summaries.get('submit-pipeline') ?? '';
  expect(summary).toContain('[Open in Azure ML studio](https://ml.azure.com/');
  expect(mermaidBlocks(summary).length).toBeGreaterThan(0);
});
