/** Asset containers and immutable versions, list filters, and datastores, through the project's REST layer. */
import { ML_API_VERSION } from '../../../shared/azure/ml-api/api-version.js';
import type { MlApi } from '../../../shared/azure/ml-api/ml-api.js';
import { AZURITE_ACCOUNT, AZURITE_KEY, startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import { armRequest } from '../../support/arm-emulator/test-client.js';
import { mlClient } from './ml-client.js';

let emu: ArmEmulator;
let client: MlApi;

beforeAll(async () => {
  emu = await startArmEmulator();
  client = mlClient(emu);
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
    await client.versions('components').createOrUpdate('train', '1', component('python train.py'));
    await client.versions('components').createOrUpdate('train', '2', component('python train.py --v2'));
    const container = await client.containers('components').get('train');
    expect(container.properties).toMatchObject({ latestVersion: '2', nextVersion: '3' });
    expect(emu.requests.filter({ method: 'PUT', path: '/components/train/versions/' }).map((r) => r.status)).toEqual([
      201, 201,
    ]);
  });

  test('re-sending identical content succeeds and may change tags; other content is refused', async () => {
    await client.versions('components').createOrUpdate('score', '1', component('python score.py'));
    const retagged = await client.versions('components').createOrUpdate('score', '1', {
      properties: { ...component('python score.py').properties, tags: { stage: 'prod' } },
    });
    expect(retagged.properties.tags).toEqual({ stage: 'prod' });
    await expect(
      client.versions('components').createOrUpdate('score', '1', component('python other.py')),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'UserError',
      message: expect.stringContaining('componentSpec'),
    });
  });

  test('a code version whose path changes gets the service error azure-ai-ml recognises', async () => {
    await client.versions('codes').createOrUpdate('src', '1', {
      properties: { codeUri: 'https://a.blob.core.windows.net/c/LocalUpload/h1/src' },
    });
    await expect(
      client.versions('codes').createOrUpdate('src', '1', {
        properties: { codeUri: 'https://a.blob.core.windows.net/c/LocalUpload/h2/src' },
      }),
    ).rejects.toMatchObject({ statusCode: 400, code: 'UserError', serviceMessage: 'Asset paths cannot be updated.' });
  });

  test('models are listed newest first, capped by $top and filtered by tag key or key=value', async () => {
    for (const [version, tags] of [
      ['1', { stage: 'dev' }],
      ['2', { stage: 'production' }],
      ['3', { candidate: 'yes' }],
    ] as const) {
      await client.versions('models').createOrUpdate('clf', version, {
        properties: { modelUri: `azureml://datastores/workspaceblobstore/paths/m/${version}`, tags },
      });
    }
    const latest = await all(client.versions('models').list('clf', { orderBy: 'CreatedAtDesc', top: 1 }));
    expect(latest.map((v) => v.name)).toEqual(['3']);
    expect((await all(client.versions('models').list('clf', { tags: 'stage=production' }))).map((v) => v.name)).toEqual(
      ['2'],
    );
    expect((await all(client.versions('models').list('clf', { tags: 'stage' }))).map((v) => v.name)).toEqual([
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
    const found = await all(client.versions('codes').list('pkg', { hash: 'def', hashVersion: '202208' }));
    expect(found).toEqual([hit]);
  });

  test.each([
    ['an environment without image or build', 'environments', {}],
    ['a model without modelUri', 'models', { modelType: 'custom_model' }],
    ['a code version without codeUri', 'codes', {}],
  ] as const)('%s is refused with 400', async (_case, kind, properties) => {
    await expect(emu.seed.assetVersion(kind, 'bad', '1', properties)).rejects.toThrow(/ValidationError/);
  });

  test('an asset name the service rejects gets 400', async () => {
    const answer = await armRequest(emu, 'PUT', `${emu.workspaceId}/environments/bad%20name!`, {
      body: { properties: {} },
    });
    expect(answer.status).toBe(400);
  });
});

describe('datastores', () => {
  test('the default blob datastore points at the configured account and lists its key as a secret', async () => {
    const [store] = await all(client.datastores.list({ isDefault: true }));
    expect(store).toMatchObject({
      name: 'workspaceblobstore',
      properties: { datastoreType: 'AzureBlob', accountName: AZURITE_ACCOUNT, isDefault: true },
    });
    expect(JSON.stringify(store)).not.toContain(AZURITE_KEY);
    expect(await client.datastores.listSecrets('workspaceblobstore')).toEqual({
      secretsType: 'AccountKey',
      key: AZURITE_KEY,
    });
    expect(emu.requests.filter({ path: /\/datastores$/ }).at(-1)?.query).toEqual({
      'api-version': ML_API_VERSION,
      isDefault: 'true',
    });
  });

  test('a datastore PUT keeps secrets out of the resource and out of the request log', async () => {
    const put = await armRequest(emu, 'PUT', `${emu.workspaceId}/datastores/extra`, {
      body: {
        properties: {
          datastoreType: 'AzureBlob',
          accountName: 'other',
          containerName: 'data',
          credentials: { credentialsType: 'Sas', secrets: { secretsType: 'Sas', sasToken: 'sv=secret-sas' } },
        },
      },
    });
    const created = await client.datastores.get('extra');
    expect(put.status).toBe(201);
    expect(created.properties).toMatchObject({ isDefault: false, credentials: { credentialsType: 'Sas' } });
    expect(JSON.stringify(emu.requests.records)).not.toContain('secret-sas');
    expect(await client.datastores.listSecrets('extra')).toEqual({
      secretsType: 'Sas',
      sasToken: 'sv=secret-sas',
    });
  });
});
