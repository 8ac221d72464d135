/**
 * Start-up (docs/architecture.md, "Start-up: load only what the inputs need"): the Azure actions' bundles, run like
 * the runner runs them, load only the chunks their work needs. A preloaded probe lists the files each process
 * loads (the bundle's index.js and every chunk ncc emitted for a dynamic import); a chunk is recognised by a class
 * it defines (ncc does not minify): `BlobServiceClient` is @azure/storage-blob (1.4 MB), `LocalWorkspace` the local
 * runner, `ClientSecretCredential` the sign-in (@azure/identity), which proves the probe saw the chunks load.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, type RunResult } from '../support/action-runner.js';
import {
  SEED_ASSET_INPUTS,
  seedPipelineAssets,
  startEmulatedWorkspace,
  type EmulatedWorkspace,
} from '../support/azure/workspace-fixture.js';
import { seedTree } from '../shared/assets/assets-fixture.js';

const PROBE = path.join(repoRoot, '__tests__', 'support', 'loaded-files-probe.mjs');
const SEED = path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'seed');

const STORAGE_SDK = 'class BlobServiceClient ';
const LOCAL_RUNNER = 'class LocalWorkspace ';
const SIGN_IN = 'class ClientSecretCredential ';

interface Loaded {
  /** Every file the process loaded as a module. */
  all: string[];
  /** Those loaded when its first connection (the sign-in) opened. */
  atFirstConnect: string[];
}

let ws: EmulatedWorkspace;
beforeAll(async () => {
  ws = await startEmulatedWorkspace();
  await seedPipelineAssets(ws.emu);
  ws.emu.seed.computeInstance('cli-created-machine', { state: 'Running' });
}, 60_000);
afterAll(async () => ws.close());

/** Runs an action's bundle against the workspace with the probe; its result and the files it loaded. */
async function runProbed(
  action: string,
  inputs: Record<string, string>,
  cwd?: string,
): Promise<{ run: RunResult; loaded: Loaded }> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'loaded-files-')), 'loaded.json');
  const run = await ws.run(action, inputs, {
    cwd,
    env: { NODE_OPTIONS: `--import ${PROBE}`, LOADED_FILES_OUT: out },
  });
  return { run, loaded: JSON.parse(readFileSync(out, 'utf8')) as Loaded };
}

/** Which of the markers above the given files define. */
function defined(files: string[]): string[] {
  const text = files.map((f) => readFileSync(f, 'utf8'));
  return [STORAGE_SDK, LOCAL_RUNNER, SIGN_IN].filter((marker) => text.some((t) => t.includes(marker)));
}

test('ensure-compute signs in and checks its compute without ever loading the storage SDK or the local runner', async () => {
  const { run, loaded } = await runProbed('ensure-compute', { name: 'cli-created-machine' });
  expect(run.exitCode).toBe(0);
  expect(defined(loaded.all)).toEqual([SIGN_IN]);
});

test('submit-pipeline has loaded neither the storage SDK nor the local runner when it signs in', async () => {
  const { run, loaded } = await runProbed('submit-pipeline', { file: path.join(SEED, 'pipeline.yaml'), wait: 'false' });
  expect(run.exitCode).toBe(0);
  expect(defined(loaded.atFirstConnect)).toEqual([SIGN_IN]);
});

test('register-components with nothing new to register never loads the storage SDK', async () => {
  // An empty workspace (submit-pipeline above registered the same code), so the first run uploads.
  ws.emu.seed.reset('codes', 'components', 'environments');
  const checkout = seedTree();
  const first = await runProbed('register-components', SEED_ASSET_INPUTS, checkout);
  expect(first.run.exitCode).toBe(0);
  // The first run uploaded the code snapshots: it needed the storage SDK, but not before its sign-in.
  expect(defined(first.loaded.atFirstConnect)).toEqual([SIGN_IN]);
  expect(defined(first.loaded.all)).toEqual([STORAGE_SDK, SIGN_IN]);

  const again = await runProbed('register-components', SEED_ASSET_INPUTS, checkout);
  expect(again.run.exitCode).toBe(0);
  expect(defined(again.loaded.all)).toEqual([SIGN_IN]);
});

test('promote-model moves a stage tag without ever loading the storage SDK (only a copy to elsewhere needs it)', async () => {
  await ws.emu.seed.assetVersion('models', 'animals', '1', {
    modelUri: 'azureml://datastores/workspaceblobstore/paths/models/animals/v1/',
  });
  const { run, loaded } = await runProbed('promote-model', { name: 'animals', version: '1' });
  expect(run.exitCode).toBe(0);
  expect(defined(loaded.all)).toEqual([SIGN_IN]);
});
