/**
 * Branch scoping end to end: the built bundles (submit-pipeline, register-components, download-model) run as
 * the runner runs them, against one emulated workspace (ARM emulator + Azurite), for a pull request, a feature
 * branch and main. What a pull request trains must never become what main downloads or resolves as `@latest`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, repoRoot, runAction, type RunResult } from '../support/action-runner.js';
import { childRunId } from '../support/arm-emulator/arm/jobs.js';
import {
  SEED_ASSET_INPUTS,
  startEmulatedWorkspace,
  seedPipelineAssets,
  type EmulatedWorkspace,
} from '../support/azure/workspace-fixture.js';
import { eventEnv, type EventName } from '../support/github-events/events.js';
import { seedTree } from '../shared/assets/assets-fixture.js';

const seedPipeline = path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'seed', 'pipeline.yaml');
const MODEL = 'animal-classification';
/** The pull-request fixture's head branch is `feature/Add-Model`. */
const PR_MODEL = `${MODEL}-feature-add-model`;

let ws: EmulatedWorkspace;
let runId = 5000;
let nextVersion = 1;

beforeAll(async () => {
  ws = await startEmulatedWorkspace();
  await seedPipelineAssets(ws.emu);
}, 60_000);
afterAll(async () => ws?.close());
beforeEach(() => {
  ws.emu.requests.clear();
  ws.emu.seed.computeInstance('cli-created-machine', { state: 'Running' });
});

function runBundle(name: string, event: EventName, inputs: Record<string, string>, cwd?: string): Promise<RunResult> {
  return runAction(bundle(name), {
    inputs: { ...ws.inputs(), ...inputs },
    // A new run id per run: each run gets its own deterministic job name, as on GitHub.
    env: { ...ws.env(), ...eventEnv(event), GITHUB_RUN_ID: String(runId++) },
    timeoutMs: 60_000,
    ...(cwd ? { cwd } : {}),
  });
}

/** The model name the submitted job's register step carries (what the service registers under). */
function registeredName(jobName: string): string {
  const put = ws.emu.requests.filter({ method: 'PUT', path: `/jobs/${jobName}` })[0];
  const body = put.body as { properties: { jobs: { register: { inputs: { model_name: { value: string } } } } } };
  return body.properties.jobs.register.inputs.model_name.value;
}

/**
 * What the registry's register_model step does when the job runs: a new version of the model named in its
 * `model_name`, recorded as registered by the step's own run (its `jobName`), its files in the datastore.
 */
async function registerAsTheServiceWould(jobName: string): Promise<{ name: string; version: string }> {
  const name = registeredName(jobName);
  const version = String(nextVersion++);
  const prefix = `azureml/${jobName}/model/`;
  await ws.azurite
    .serviceClient()
    .getContainerClient(ws.container)
    .getBlockBlobClient(`${prefix}classifier.json`)
    .uploadData(Buffer.from(JSON.stringify({ trainedBy: jobName })));
  await ws.emu.seed.assetVersion('models', name, version, {
    modelUri: `azureml://datastores/workspaceblobstore/paths/${prefix}`,
    modelType: 'custom_model',
    jobName: childRunId(jobName, 'register'),
  });
  return { name, version };
}

describe('a pull request and main training the same pipeline in one workspace', () => {
  test.each([
    ['the pull request finishes last', ['main', 'pr']],
    ['main finishes last', ['pr', 'main']],
  ])('they register under different model names, and main downloads its own model when %s', async (_, order) => {
    const main = await runBundle('submit-pipeline', 'push-main', { file: seedPipeline });
    const pr = await runBundle('submit-pipeline', 'pull-request', { file: seedPipeline });
    for (const run of [main, pr]) expect(run.exitCode).toBe(0);
    expect(main.outputs['model-names']).toBe(MODEL);
    expect(pr.outputs['model-names']).toBe(PR_MODEL);
    expect(pr.log).toContain(`Branch scope: model ${MODEL} -> ${PR_MODEL}`);
    expect(main.log).not.toContain('Branch scope:');
    expect(registeredName(main.outputs['job-name'])).toBe(MODEL);
    expect(registeredName(pr.outputs['job-name'])).toBe(PR_MODEL);

    const registered: Record<string, { name: string; version: string }> = {};
    for (const who of order) {
      const job = (who === 'main' ? main : pr).outputs['job-name'];
      registered[who] = await registerAsTheServiceWould(job);
    }

    // The mlops workflow's download after training: the model this run's job registered.
    const byJob = await runBundle('download-model', 'push-main', {
      name: MODEL,
      'job-name': main.outputs['job-name'],
      path: mkdtempSync(path.join(tmpdir(), 'by-job-')),
    });
    expect(byJob.exitCode).toBe(0);
    expect(byJob.outputs).toMatchObject({ 'model-name': MODEL, version: registered.main.version });
    expect(byJob.outputs['chosen-by']).toBe(`the model registered by job ${main.outputs['job-name']}`);
    // And `latest` of the production name is main's too: the pull request never wrote to it.
    const latest = await runBundle('download-model', 'push-main', {
      name: MODEL,
      version: 'latest',
      path: mkdtempSync(path.join(tmpdir(), 'latest-')),
    });
    expect(latest.outputs).toMatchObject({ 'model-name': MODEL, version: registered.main.version });
    expect(latest.log).toContain(`Chose ${MODEL} version ${registered.main.version}: the newest version.`);
  });
});

describe('tags on what a pipeline registered, and latest filtered by them', () => {
  /**
   * The emulator does not run steps, so the register step's registration is seeded before the job is submitted,
   * under the step's run id (what the service records as the model's `jobName` once the step has run). Fixed
   * job names (the `name` input) make that id known in advance.
   */
  async function trainWithRegistration(event: EventName, jobName: string, inputs: Record<string, string> = {}) {
    const version = String(nextVersion++);
    await ws.emu.seed.assetVersion('models', MODEL, version, {
      modelUri: `azureml://datastores/workspaceblobstore/paths/azureml/${jobName}/model/`,
      modelType: 'custom_model',
      jobName: childRunId(jobName, 'register'),
    });
    await ws.azurite
      .serviceClient()
      .getContainerClient(ws.container)
      .getBlockBlobClient(`azureml/${jobName}/model/classifier.json`)
      .uploadData(Buffer.from('{}'));
    const run = await runBundle('submit-pipeline', event, { file: seedPipeline, name: jobName, ...inputs });
    expect(run.exitCode).toBe(0);
    return { run, version };
  }

  test('a passed job tags its models with branch and commit; tag-filter then skips an unscoped branch run', async () => {
    const main = await trainWithRegistration('push-main', 'tagged-main');
    expect(main.run.summary).toContain(`\`${MODEL}:${main.version}\``);
    const stored = ws.emu.seed.storedVersion('models', MODEL, main.version);
    expect(stored?.properties.tags).toMatchObject({
      'github.ref': 'refs/heads/main',
      'github.branch': 'main',
      'github.sha': eventEnv('push-main').GITHUB_SHA,
    });
    // A feature branch run with scoping turned off writes into the production name, and is the newest.
    const feature = await trainWithRegistration('push-feature', 'tagged-feature', { 'branch-scope': 'false' });
    expect(ws.emu.seed.storedVersion('models', MODEL, feature.version)?.properties.tags).toMatchObject({
      'github.ref': 'refs/heads/feature/Add-Model',
    });

    const download = (inputs: Record<string, string>) =>
      runBundle('download-model', 'push-main', {
        name: MODEL,
        path: mkdtempSync(path.join(tmpdir(), 'm-')),
        ...inputs,
      });
    const newest = await download({ version: 'latest' });
    expect(newest.outputs.version).toBe(feature.version);
    const fromMain = await download({ version: 'latest', 'tag-filter': 'github.ref=refs/heads/main' });
    expect(fromMain.exitCode).toBe(0);
    expect(fromMain.outputs.version).toBe(main.version);
    expect(fromMain.outputs['chosen-by']).toBe('the newest version tagged github.ref=refs/heads/main');
    expect(fromMain.summary).toContain('the newest version tagged github.ref=refs/heads/main');
  });
});

describe("a feature branch's components and main's @latest", () => {
  /**
   * What `azureml:dataprep@latest` resolves to: the newest version of `dataprep` by creation time, as the
   * service resolves the label (and as azure-ai-ml asks for it, `$orderBy=CreatedAtDesc`).
   */
  function latestOf(component: string): string {
    const versions = ws.emu.seed
      .storedVersions('components')
      .filter((v) => v.id.includes(`/components/${component}/versions/`))
      .sort((a, b) => String(b.systemData.createdAt).localeCompare(String(a.systemData.createdAt)));
    return versions[0]?.name;
  }

  test('a scoped feature branch registers dataprep-<branch>; main still resolves dataprep@latest to its own', async () => {
    ws.emu.seed.reset('codes', 'components', 'environments');
    const checkout = seedTree();
    const inputs = { ...SEED_ASSET_INPUTS, 'version-strategy': 'auto' };
    const onMain = await runBundle('register-components', 'push-main', inputs, checkout);
    expect(onMain.exitCode).toBe(0);
    expect(JSON.parse(onMain.outputs.components)).toMatchObject({ dataprep: '0.1.0' });

    // The feature branch changes dataprep's code: unscoped, that would be dataprep's next version.
    writeFileSync(path.join(checkout, 'components', 'dataprep', 'src', 'dataprep.py'), 'print("feature")\n');
    const onFeature = await runBundle('register-components', 'push-feature', inputs, checkout);
    expect(onFeature.exitCode).toBe(0);
    expect(JSON.parse(onFeature.outputs.components)).toHaveProperty('dataprep-feature-add-model');
    expect(JSON.parse(onFeature.outputs.components)).not.toHaveProperty('dataprep');
    expect(onFeature.log).toContain('Branch scope: component dataprep -> dataprep-feature-add-model');
    const scoped = ws.emu.seed
      .storedVersions('components')
      .find((c) => c.name === '0.1.0' && c.id.includes('/dataprep-feature-add-model/'));
    expect(scoped?.properties).toMatchObject({
      tags: expect.objectContaining({
        'github.branch': 'feature/Add-Model',
        'github.branch_scope': 'feature-add-model',
      }),
    });
    expect(latestOf('dataprep')).toBe('0.1.0');

    // The same feature run with scoping forced off moves main's @latest: what scoping prevents.
    const unscoped = await runBundle(
      'register-components',
      'push-feature',
      { ...inputs, 'branch-scope': 'false' },
      checkout,
    );
    expect(unscoped.exitCode).toBe(0);
    const moved = JSON.parse(unscoped.outputs.components).dataprep as string;
    expect(moved).not.toBe('0.1.0');
    expect(ws.emu.seed.storedVersion('components', 'dataprep', moved)).toBeDefined();
  });
});
