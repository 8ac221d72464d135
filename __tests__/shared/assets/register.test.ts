import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../../../shared/core/errors.js';
import { loadAssetFiles } from '../../../shared/assets/load.js';
import { registerAssets, type RegisterOptions } from '../../../shared/assets/register.js';
import { CONTENT_HASH_PROPERTY } from '../../../shared/assets/types.js';
import { seedFiles, seedTree, useAssetsFixture, type AssetsFixture } from './assets-fixture.js';

let fx: AssetsFixture;
useAssetsFixture((started) => (fx = started));

const TAGS = { 'github.sha': 'c0ffee', 'github.repository': 'octo-org/animals' };

async function register(root: string, options: Partial<RegisterOptions> = {}) {
  const files = await loadAssetFiles(seedFiles(root));
  return registerAssets(fx.session, files, { strategy: 'yaml', dryRun: false, tags: TAGS, ...options });
}

/** Every blob of the datastore container with its etag: equal before and after = nothing was uploaded. */
async function blobState(): Promise<Record<string, string>> {
  const container = fx.ws.azurite.serviceClient().getContainerClient(fx.ws.container);
  const state: Record<string, string> = {};
  for await (const blob of container.listBlobsFlat()) state[blob.name] = blob.properties.etag ?? '';
  return state;
}

const storedVersion = (kind: 'components' | 'environments' | 'codes', name: string, version: string) =>
  fx.ws.emu.seed.storedVersion(kind, name, version);

describe('registerAssets on the seed workflow', () => {
  test('a first run registers environments, code and components in dependency order and maps names to versions', async () => {
    const result = await register(seedTree());
    expect(result.components).toEqual({ dataprep: '0.1.0', data_split: '0.1.0', training: '0.1.0' });
    expect(result.environments).toEqual({ 'aml-Pillow': '0.1.0', 'aml-Tensorflow-Pillow': '0.1.0' });
    // dataprep and data_split share one code folder: one snapshot, one code version.
    const codes = result.assets.filter((a) => a.kind === 'code');
    expect(codes).toHaveLength(2);
    expect(result.assets.every((a) => a.status === 'created')).toBe(true);

    const puts = fx.armWrites().map((w) => w.path.split('/workspaces/mlw-test/')[1]);
    const order = (kind: string) => puts.findIndex((p) => p.startsWith(kind));
    expect(order('codes')).toBeLessThan(order('components'));
    expect(order('environments')).toBeLessThan(order('components'));
    expect(puts).toHaveLength(2 + 2 + 3);

    const training = storedVersion('components', 'training', '0.1.0');
    const spec = training?.properties.componentSpec as Record<string, string>;
    expect(spec.environment).toBe(
      `azureml:${fx.session.workspaceId}/environments/aml-Tensorflow-Pillow/versions/0.1.0`,
    );
    expect(spec.code).toMatch(/^azureml:\/subscriptions\/.+\/codes\/[0-9a-f-]{36}\/versions\/1$/);
    expect(training?.properties.tags).toMatchObject(TAGS);
    expect((training?.properties.properties as Record<string, string>)[CONTENT_HASH_PROPERTY]).toMatch(
      /^[0-9a-f]{64}$/,
    );

    const code = storedVersion('codes', spec.code.split('/codes/')[1].split('/')[0], '1');
    expect(code?.properties.codeUri).toMatch(
      /^https:\/\/devstoreaccount1\.blob\.core\.windows\.net\/azureml-blobstore-[^/]+\/LocalUpload\/[0-9a-f]{64}\/src$/,
    );
    expect(Object.keys(await blobState())).toEqual(
      expect.arrayContaining([expect.stringMatching(/LocalUpload\/[0-9a-f]{64}\/src\/train\.py$/)]),
    );
  });

  test('a second run over the same files writes nothing and does not touch storage', async () => {
    const root = seedTree();
    await register(root);
    const blobsBefore = await blobState();
    fx.reset();

    const again = await register(root);
    expect(fx.armWrites()).toEqual([]);
    expect(fx.ws.emu.requests.filter({ path: /datastores/ })).toEqual([]);
    expect(await blobState()).toEqual(blobsBefore);
    expect(again.assets.filter((a) => a.kind !== 'code').every((a) => a.status === 'unchanged')).toBe(true);
    // Unchanged components need not even look their code up.
    expect(again.assets.filter((a) => a.kind === 'code')).toEqual([]);
    expect(again.components).toEqual({ dataprep: '0.1.0', data_split: '0.1.0', training: '0.1.0' });
  });

  test('under auto, a changed code file re-registers only that component and its code, as the next version', async () => {
    const root = seedTree();
    const first = await register(root, { strategy: 'auto' });
    expect(first.components).toEqual({ dataprep: '0.1.0', data_split: '0.1.0', training: '0.1.0' });
    fx.reset();

    appendFileSync(path.join(root, 'components', 'training', 'src', 'train.py'), 'print("epoch")\n');
    const second = await register(root, { strategy: 'auto' });
    expect(second.components).toEqual({ dataprep: '0.1.0', data_split: '0.1.0', training: '0.1.1' });
    const created = second.assets.filter((a) => a.status === 'created').map((a) => `${a.kind}:${a.name}:${a.version}`);
    expect(created).toEqual([expect.stringMatching(/^code:[0-9a-f-]{36}:1$/), 'component:training:0.1.1']);
    expect(fx.armWrites().map((w) => w.method)).toEqual(['PUT', 'PUT']);
    expect(second.assets.find((a) => a.name === 'training')?.reason).toBe('content changed since 0.1.0');
  });

  test('under yaml, a changed file whose version exists fails at its version line and registers nothing', async () => {
    const root = seedTree();
    await register(root);
    fx.reset();

    appendFileSync(path.join(root, 'components', 'training', 'src', 'train.py'), 'print("epoch")\n');
    writeFileSync(
      path.join(root, 'environment', 'conda-pillow.yaml'),
      'name: pillow\ndependencies:\n  - python=3.11\n  - pip\n  - pip:\n      - pillow\n',
    );
    const error = await register(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const problems = (error as ValidationError).problems.map(
      (p) => `${path.basename(p.location?.file ?? '')}:${p.location?.line}: ${p.message}`,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^pillow\.yaml:3: environment aml-Pillow:0\.1\.0 is already registered with different content.*Bump 'version'/,
      ),
      expect.stringMatching(
        /^training\.yaml:4: component training:0\.1\.0 is already registered with different content/,
      ),
    ]);
    expect(fx.armWrites()).toEqual([]);
  });

  test('a dry run plans everything and writes nothing', async () => {
    const blobsBefore = await blobState();
    const result = await register(seedTree(), { dryRun: true });
    expect(result.dryRun).toBe(true);
    expect(result.assets.map((a) => a.status)).toEqual(Array(result.assets.length).fill('planned'));
    expect(result.components).toEqual({ dataprep: '0.1.0', data_split: '0.1.0', training: '0.1.0' });
    expect(fx.armWrites()).toEqual([]);
    expect(await blobState()).toEqual(blobsBefore);
    expect(fx.log.text()).toContain('would create');
  });
});
