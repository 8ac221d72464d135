import type { TokenCredential } from '@azure/identity';
import {
  ContainerSASPermissions,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
} from '@azure/storage-blob';
import { UserError } from '../../../shared/core/errors.js';
import { memoryLogger } from '../../../shared/core/logger.js';
import { fallbackAccess } from '../../../shared/storage/access.js';
import type { AuthCandidate } from '../../../shared/storage/access.js';
import { fakeStorageCredential, fakeStorageToken, startSecureAzurite, type Azurite } from '../../support/azurite.js';

/** A credential whose tokens are for ARM, not storage: Azurite (like Azure) answers 403. */
const wrongAudience: TokenCredential = {
  async getToken() {
    const t = fakeStorageToken();
    const [h, claims, s] = t.token.split('.');
    const body = { ...JSON.parse(Buffer.from(claims, 'base64url').toString()), aud: 'https://management.azure.com' };
    return { ...t, token: [h, Buffer.from(JSON.stringify(body)).toString('base64url'), s].join('.') };
  },
};

const unavailable: TokenCredential = {
  async getToken() {
    throw Object.assign(new Error('no sign-in for this scope'), { name: 'CredentialUnavailableError' });
  },
};

describe('fallbackAccess against Azurite with OAuth', () => {
  let azurite: Azurite;
  let url: string;
  let sas: string;
  beforeAll(async () => {
    const started = await startSecureAzurite('datastore', 'm/x.txt', 'x');
    azurite = started.azurite;
    url = started.container.url;
    sas = generateBlobSASQueryParameters(
      {
        containerName: 'datastore',
        permissions: ContainerSASPermissions.parse('rl'),
        expiresOn: new Date(Date.now() + 3600_000),
      },
      new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey),
    ).toString();
  });
  afterAll(async () => azurite?.close());

  const credential = (c: TokenCredential): AuthCandidate => ({
    label: 'the Azure credential',
    auth: async () => ({ kind: 'credential', credential: c }),
  });
  const key = (): AuthCandidate => ({
    label: 'datastore secrets',
    auth: async () => ({ kind: 'account-key', accountName: azurite.accountName, key: azurite.accountKey }),
  });
  const sasCandidate = (fetched: string[]): AuthCandidate => ({
    label: 'datastore secrets',
    auth: async () => {
      fetched.push('sas');
      return { kind: 'sas', token: sas };
    },
  });
  const listNames = async (access: ReturnType<typeof fallbackAccess>) =>
    access.use(async (c) => {
      const names: string[] = [];
      for await (const b of c.listBlobsFlat()) names.push(b.name);
      return names;
    });

  test('uses the Azure credential when the storage accepts it, and never fetches the secrets', async () => {
    const fetched: string[] = [];
    const log = memoryLogger();
    const access = fallbackAccess(url, [credential(fakeStorageCredential()), sasCandidate(fetched)], log);
    expect(await listNames(access)).toEqual(['m/x.txt']);
    expect(fetched).toEqual([]);
    expect(log.text()).toContain('through the Azure credential');
  });

  test('falls back to the account key when no token can be had', async () => {
    const log = memoryLogger();
    const access = fallbackAccess(url, [credential(unavailable), key()], log);
    expect(await listNames(access)).toEqual(['m/x.txt']);
    expect(log.text()).toContain('through the datastore account key');
    expect(log.secrets).toContain(azurite.accountKey);
  });

  test('falls back to a SAS when the token is refused (403), masks it and its signature, and sticks to it', async () => {
    const fetched: string[] = [];
    const log = memoryLogger();
    const access = fallbackAccess(url, [credential(wrongAudience), sasCandidate(fetched)], log);
    expect(await listNames(access)).toEqual(['m/x.txt']);
    expect(await listNames(access)).toEqual(['m/x.txt']);
    expect(fetched).toEqual(['sas']);
    const sig = new URLSearchParams(sas).get('sig')!;
    expect(log.secrets).toEqual(expect.arrayContaining([sas, sig, encodeURIComponent(sig)]));
    expect(log.text()).not.toContain(sig);
    expect(log.text()).toMatch(/HTTP 403/);
  });

  test('when every way in is refused, one error lists each refusal and the role to grant', async () => {
    const access = fallbackAccess(url, [credential(wrongAudience), credential(unavailable)], memoryLogger());
    const failure = listNames(access);
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(/HTTP 403[\s\S]*no sign-in for this scope[\s\S]*Storage Blob Data Reader/);
  });

  test('a failure that is not about access (missing blob) is thrown as is, without trying the secrets', async () => {
    const fetched: string[] = [];
    const access = fallbackAccess(url, [credential(fakeStorageCredential()), sasCandidate(fetched)], memoryLogger());
    await expect(access.use((c) => c.getBlobClient('missing').getProperties())).rejects.toMatchObject({
      statusCode: 404,
    });
    expect(fetched).toEqual([]);
  });
});
