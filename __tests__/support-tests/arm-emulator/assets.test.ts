/** Asset containers and immutable versions, list filters, and datastores, through the real SDK. */
import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { AZURITE_ACCOUNT, AZURITE_KEY, startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import { sdkClient } from './sdk-client.js';

let emu: ArmEmulator;
let client: AzureMachineLearningWorkspaces;
const rg = 'rg-mlops';
const ws = 'mlw-test';

beforeAll(async () => {
  emu = await startArmEmulator();
  client = sdkClient(emu);
});
afterAll(() => emu.close());

const all = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

describe('versions', () => {
  const component = (command: string) => ({ properties: { componentSpec: { name: 'train', command } } });

  test('a new version answers 201; the container gets latestVersion and nextVersion', async () => {
    await client.componentVersions.createOrUpdate(rg, ws, 'train', '1', component('python train.py'));
    await client.componentVersions.createOrUpdate(rg, ws, 'train', '2', component('python train.py --v2'));
    const container = await client.componentContainers.get(rg, ws, 'train');
    expect(container.properties).toMatchObject({ latestVersion: '2', nextVersion: '3' });
    expect(emu.requests.filter({ method: 'PUT', path: '/components/train/versions/' }).map((r) => r.status)).toEqual([
      201, 201,
    ]);
  });

  test('re-sending identical content succeeds and may change tags; other content is refused', async () => {
    await client.componentVersions.createOrUpdate(rg, ws, 'score', '1', component('python score.py'));
    const retagged = await client.componentVersions.createOrUpdate(rg, ws, 'score', '1', {
      properties: { ...component('python score.py').properties, tags: { stage: 'prod' } },
    });
    expect(retagged.properties.tags).toEqual({ stage: 'prod' });
    await expect(
      client.componentVersions.createOrUpdate(rg, ws, 'score', '1', component('python other.py')),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'UserError',
      message: expect.stringContaining('componentSpec'),
    });
  });

  test('a code version whose path changes gets the service error azure-ai-ml recognises', async () => {
    await client.codeVersions.createOrUpdate(rg, ws, 'src', '1', {
      properties: { codeUri: 'https://a.blob.core.windows.net/c/LocalUpload/h1/src' },
    });
    await expect(
      client.codeVersions.createOrUpdate(rg, ws, 'src', '1', {
        properties: { codeUri: 'https://a.blob.core.windows.net/c/LocalUpload/h2/src' },
      }),
    ).rejects.toMatchObject({ statusCode: 400, code: 'UserError', message: 'Asset paths cannot be updated.' });
  });

  test('models are listed newest first, capped by $top and filtered by tag key or key=value', async () => {
    for (const [version, tags] of [
      ['1', { stage: 'dev' }],
      ['2', { stage: 'production' }],
      ['3', { candidate: 'yes' }],
    ] as const) {
      await client.modelVersions.createOrUpdate(rg, ws, 'clf', version, {
        properties: { modelUri: `azureml://datastores/workspaceblobstore/paths/m/${version}`, tags },
      });
    }
    const latest = await all(client.modelVersions.list(rg, ws, 'clf', { orderBy: 'CreatedAtDesc', top: 1 }));
    expect(latest.map((v) => v.name)).toEqual(['3']);
    expect(
      (await all(client.modelVersions.list(rg, ws, 'clf', { tags: 'stage=production' }))).map((v) => v.name),
    ).toEqual(['2']);
    expect((await all(client.modelVersions.list(rg, ws, 'clf', { tags: 'stage' }))).map((v) => v.name)).toEqual([
      '1',
      '2',
    ]);
  });

  test('code versions can be looked up by content hash', async () => {
    await emu.seed.assetVersion('codes', 'pkg', '7', {
      codeUri: 'https://a/c/LocalUpload/abc/pkg',
      properties: { hash_sha256: 'abc', hash_version: '202208' },
    });
    const hit = await emu.seed.assetVersion('codes', 'pkg', '8', {
      codeUri: 'https://a/c/LocalUpload/def/pkg',
      properties: { hash_sha256: 'def', hash_version: '202208' },
    });
    const response = await fetch(
      `${emu.url}${emu.workspaceId}/codes/pkg/versions?api-version=2022-10-01&hash=def&hashVersion=202208`,
      {
        headers: { Authorization: `Bearer ${emu.accessToken()}` },
      },
    );
    expect(((await response.json()) as { value: unknown[] }).value).toEqual([hit]);
  });

  test.each([
    ['an environment without image or build', 'environments', {}],
    ['a model without modelUri', 'models', { modelType: 'custom_model' }],
    ['a code version without codeUri', 'codes', {}],
  ] as const)('%s is refused with 400', async (_case, kind, properties) => {
    await expect(emu.seed.assetVersion(kind, 'bad', '1', properties)).rejects.toThrow(/ValidationError/);
  });

  test('an asset name the service rejects gets 400', async () => {
    await expect(
      client.environmentContainers.createOrUpdate(rg, ws, 'bad name!', { properties: {} }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe('datastores', () => {
  test('the default blob datastore points at the configured account and lists its key as a secret', async () => {
    const [store] = await all(client.datastores.list(rg, ws, { isDefault: true }));
    expect(store).toMatchObject({
      name: 'workspaceblobstore',
      properties: { datastoreType: 'AzureBlob', accountName: AZURITE_ACCOUNT, isDefault: true },
    });
    expect(JSON.stringify(store)).not.toContain(AZURITE_KEY);
    expect(await client.datastores.listSecrets(rg, ws, 'workspaceblobstore')).toEqual({
      secretsType: 'AccountKey',
      key: AZURITE_KEY,
    });
    expect(emu.requests.filter({ path: /\/datastores$/ }).at(-1)?.query).toMatchObject({
      count: '30',
      orderByAsc: 'false',
      isDefault: 'true',
    });
  });

  test('a datastore PUT keeps secrets out of the resource and out of the request log', async () => {
    const created = await client.datastores.createOrUpdate(rg, ws, 'extra', {
      properties: {
        datastoreType: 'AzureBlob',
        accountName: 'other',
        containerName: 'data',
        credentials: { credentialsType: 'Sas', secrets: { secretsType: 'Sas', sasToken: 'sv=secret-sas' } },
      },
    });
    expect(created.properties).toMatchObject({ isDefault: false, credentials: { credentialsType: 'Sas' } });
    expect(JSON.stringify(emu.requests.records)).not.toContain('secret-sas');
    expect(await client.datastores.listSecrets(rg, ws, 'extra')).toEqual({
      secretsType: 'Sas',
      sasToken: 'sv=secret-sas',
    });
  });
});
