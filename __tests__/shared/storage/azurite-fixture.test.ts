import { BlobServiceClient } from '@azure/storage-blob';
import https from 'node:https';
import net from 'node:net';
import { fakeStorageCredential, startAzurite, startSecureAzurite, type Azurite } from '../../support/azurite.js';

/** GET over TLS to Azurite's port, presenting a production host name (as a CONNECT proxy would deliver it). */
function getAs(azurite: Azurite, hostName: string, pathAndQuery: string, token: string) {
  return new Promise<{ status?: number; body: string }>((resolve, reject) => {
    const req = https.request(
      {
        host: azurite.host,
        port: azurite.port,
        servername: net.isIP(hostName.split(':')[0]) ? undefined : hostName,
        path: pathAndQuery,
        headers: { Host: hostName, 'x-ms-version': '2021-08-06', Authorization: `Bearer ${token}` },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the Azurite fixture', () => {
  test('serves blobs over HTTP on a free port, path-style, and frees the port when closed', async () => {
    const azurite = await startAzurite();
    expect(azurite.accountUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1$/);
    const container = await azurite.container('fixture');
    await container.getBlockBlobClient('a/b.txt').upload('hi', 2);
    expect((await container.getBlobClient('a/b.txt').downloadToBuffer()).toString()).toBe('hi');
    await azurite.close();
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(azurite.port, azurite.host);
      socket.on('connect', () => (socket.destroy(), resolve(false)));
      socket.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  describe('with HTTPS and OAuth', () => {
    let azurite: Azurite;
    beforeAll(async () => {
      ({ azurite } = await startSecureAzurite('secure', 'model/weights.bin', 'w'));
    });
    afterAll(async () => azurite?.close());

    test('answers the production-style host name devstoreaccount1.blob.core.windows.net (account from the host)', async () => {
      const token = (await fakeStorageCredential().getToken('https://storage.azure.com/.default'))!.token;
      const listed = await getAs(
        azurite,
        'devstoreaccount1.blob.core.windows.net',
        '/secure?restype=container&comp=list',
        token,
      );
      expect(listed.status).toBe(200);
      expect(listed.body).toContain('<Name>model/weights.bin</Name>');
    });

    test('accepts a storage-audience bearer token and refuses one for another audience', async () => {
      const good = fakeStorageCredential();
      const names: string[] = [];
      for await (const b of new BlobServiceClient(azurite.accountUrl, good)
        .getContainerClient('secure')
        .listBlobsFlat()) {
        names.push(b.name);
      }
      expect(names).toEqual(['model/weights.bin']);
      expect(good.scopes).toEqual(['https://storage.azure.com/.default']);

      const token = (await good.getToken('x'))!.token;
      const [header, , sig] = token.split('.');
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
      const armToken = [
        header,
        Buffer.from(JSON.stringify({ ...claims, aud: 'https://management.azure.com' })).toString('base64url'),
        sig,
      ].join('.');
      const refused = await getAs(
        azurite,
        `${azurite.host}:${azurite.port}`,
        '/devstoreaccount1/secure?restype=container&comp=list',
        armToken,
      );
      expect(refused.status).toBe(403);
    });
  });
});
