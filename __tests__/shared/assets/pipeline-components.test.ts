import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { anonymousComponentRegistrar, anonymousSpecRegistrar } from '../../../shared/assets/anonymous.js';
import { loadAssetFiles } from '../../../shared/assets/load.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { pipelineJobBody } from '../../../shared/pipeline/to-rest.js';
import { resolveLatest } from '../../../shared/submission/labels.js';
import type { JsonValue } from '../../support/arm-emulator/json.js';
import { armRequest, wsPath } from '../../support/arm-emulator/test-client.js';
import { registerAssets } from '../../../shared/assets/register.js';
import { startAssetsFixture, type AssetsFixture } from './assets-fixture.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FEATURES = path.join(HERE, '../../fixtures/pipeline/features');

let fx: AssetsFixture;
beforeAll(async () => {
  fx = await startAssetsFixture();
}, 60_000);
afterAll(async () => fx?.close());
beforeEach(() => {
  for (const kind of ['codes', 'components', 'environments'] as const) {
    fx.ws.emu.state.assets[kind].containers.clear();
    fx.ws.emu.state.assets[kind].versions.clear();
  }
  fx.reset();
});

function copyOfFeatures(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pipeline-components-'));
  cpSync(FEATURES, root, { recursive: true });
  return root;
}

async function register(root: string) {
  const files = await loadAssetFiles({
    environments: [],
    components: [path.join(root, 'components/outer-pipeline.yaml')],
  });
  return registerAssets(fx.session, files, { strategy: 'yaml', dryRun: false, tags: { 'github.sha': 'c0ffee' } });
}

const componentPuts = () =>
  fx
    .armWrites()
    .map((w) => w.path.split('/workspaces/mlw-test/')[1])
    .filter((p) => p.startsWith('components/'));

describe('register-components with a pipeline component (two levels deep)', () => {
  test('registers the components inside it anonymously, deepest first, then the pipeline component', async () => {
    const result = await register(copyOfFeatures());
    expect(result.components).toEqual({ outer_pipeline: '1' });
    const puts = componentPuts();
    // train and the inline check step (level 0), the inner pipeline (1), the outer pipeline (2)
    expect(puts).toHaveLength(4);
    expect(puts[3]).toBe('components/outer_pipeline/versions/1');
    expect(puts.slice(0, 3).every((p) => p.startsWith('components/azureml_anonymous/versions/'))).toBe(true);
    const stored = fx.ws.emu.state.assets.components.versions;
    const inner = [...(stored.get('azureml_anonymous')?.values() ?? [])].find(
      (v) => (v.properties.componentSpec as { type: string }).type === 'pipeline',
    );
    expect(puts[2]).toBe(`components/azureml_anonymous/versions/${inner?.name}`);
    const outer = stored.get('outer_pipeline')?.get('1')?.properties;
    expect(outer).toMatchObject({
      isAnonymous: false,
      tags: { 'github.sha': 'c0ffee' },
      componentSpec: {
        name: 'outer_pipeline',
        version: '1',
        type: 'pipeline',
        _source: 'YAML.COMPONENT',
        jobs: { inner: { type: 'pipeline', componentId: expect.stringContaining(`/versions/${inner?.name}`) } },
      },
    });
  });

  test('an unchanged pipeline component and everything inside it costs reads only', async () => {
    const root = copyOfFeatures();
    await register(root);
    fx.reset();
    const again = await register(root);
    expect(componentPuts()).toEqual([]);
    expect(fx.armWrites()).toEqual([]);
    expect(again.assets.filter((a) => a.kind === 'component').every((a) => a.status === 'unchanged')).toBe(true);
  });

  test('a change to a component two levels down makes new versions up to the top', async () => {
    const root = copyOfFeatures();
    await register(root);
    writeFileSync(path.join(root, 'components/train/src/train.py'), 'print("train, better")\n');
    fx.reset();
    const result = await register(root);
    expect(result.components).toEqual({ outer_pipeline: '2' });
    const created = result.assets.filter((a) => a.status === 'created').map((a) => `${a.kind}:${a.name}`);
    expect(created.sort()).toEqual([
      'code:' + result.assets.find((a) => a.kind === 'code')?.name,
      'component:azureml_anonymous',
      'component:azureml_anonymous',
      'component:outer_pipeline',
    ]);
  });
});

describe('submit-pipeline with nested pipeline components', () => {
  test('registers local pipeline components (and those inside) anonymously; the emulator resolves every id', async () => {
    const root = copyOfFeatures();
    // `azureml:train_pipeline@latest` in nested.yaml names a registered pipeline component: register it first.
    const files = await loadAssetFiles({
      environments: [],
      components: [path.join(root, 'components/inner-pipeline.yaml')],
    });
    await registerAssets(fx.session, files, { strategy: 'yaml', dryRun: false, tags: {} });
    const tags = { 'github.sha': 'c0ffee' };
    const job = await loadPipelineJob(path.join(root, 'nested.yaml'));
    const body = await pipelineJobBody(job, {
      workspaceId: fx.session.workspaceId,
      registerComponent: anonymousComponentRegistrar(fx.session, { tags }),
      registerComponentSpec: anonymousSpecRegistrar(fx.session, { tags }),
      uploadLocalData: async () => {
        throw new Error('nested.yaml has no local data');
      },
      resolveLabel: (collection, name, label) => resolveLatest(fx.session, collection, name, label),
    });
    expect(body.properties.jobs.registered.componentId).toBe(
      `${fx.session.workspaceId}/components/train_pipeline/labels/latest`,
    );
    const put = await armRequest(fx.ws.emu, 'PUT', wsPath(fx.ws.emu, '/jobs/nested-1'), {
      body: body as unknown as JsonValue,
    });
    expect(put.status).toBe(201);
  });
});
