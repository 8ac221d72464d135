import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { UserError } from '../../../shared/core/errors.js';
import { directAccess } from '../../../shared/storage/access.js';
import { downloadPrefix } from '../../../shared/storage/download.js';
import { putWithRawName, startAzurite, startFaultyFront, type Azurite, type BodyFault } from '../../support/azurite.js';
import { listFiles } from '../../support/files.js';

const fast = { retryDelayMs: 1, progressIntervalMs: 60_000 };
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'dl-'));

describe('downloadPrefix against Azurite', () => {
  let azurite: Azurite;
  let container: ContainerClient;
  beforeAll(async () => {
    azurite = await startAzurite();
    container = await azurite.container('models');
  });
  afterAll(async () => azurite?.close());

  async function put(name: string, content: Buffer, md5?: Buffer) {
    await container.getBlockBlobClient(name).uploadData(content, {
      blobHTTPHeaders: md5 ? { blobContentMD5: md5 } : undefined,
    });
  }

  test('a folder model with many files in nested folders lands under the destination byte for byte', async () => {
    const expected = new Map<string, string>();
    const names = Array.from({ length: 240 }, (_, i) => `m/${i % 3 ? `sub${i % 5}/deeper${i % 2}/` : ''}file-${i}.bin`);
    await Promise.all(
      names.map(async (name, i) => {
        const content = randomBytes(100 + i * 37);
        expected.set(name.slice('m/'.length), sha(content));
        await put(`folder-model/${name}`, content);
      }),
    );
    const destination = tempDir();
    const log = memoryLogger();
    const result = await downloadPrefix(directAccess(container), 'folder-model/m', destination, {
      log,
      concurrency: 6,
      ...fast,
    });

    expect(result.kind).toBe('folder');
    expect(listFiles(destination)).toEqual([...expected.keys()].sort());
    for (const [relative, hash] of expected) expect(sha(readFileSync(path.join(destination, relative)))).toBe(hash);
    expect(result.files).toHaveLength(names.length);
    // Azurite stores a Content-MD5 for every Put Blob, so every file was checked against it.
    expect(result.files.every((f) => f.md5Verified)).toBe(true);
  });

  test('a single-file model lands as destination/<its file name>, and a sibling with the same prefix is not taken', async () => {
    const content = randomBytes(5000);
    await put('single/model.pkl', content);
    await put('single/model.pkl.bak', randomBytes(10));
    const destination = tempDir();
    const result = await downloadPrefix(directAccess(container), 'single/model.pkl', destination, {
      log: memoryLogger(),
      ...fast,
    });
    expect(result.kind).toBe('file');
    expect(listFiles(destination)).toEqual(['model.pkl']);
    expect(sha(readFileSync(path.join(destination, 'model.pkl')))).toBe(sha(content));
  });

  test('a trailing slash means a folder, and directory marker blobs are skipped', async () => {
    await put('marked/dir', Buffer.alloc(0));
    await container.getBlockBlobClient('marked/dir').setMetadata({ hdi_isfolder: 'true' });
    await put('marked/dir/a.txt', Buffer.from('a'));
    const destination = tempDir();
    await downloadPrefix(directAccess(container), 'marked/', destination, { log: memoryLogger(), ...fast });
    expect(listFiles(destination)).toEqual(['dir/a.txt']);
  });

  test('nothing at the prefix is a clear error naming the location', async () => {
    await expect(
      downloadPrefix(directAccess(container), 'no/such/model', tempDir(), { log: memoryLogger(), ...fast }),
    ).rejects.toThrow(/no blob or folder at .*\/models\/no\/such\/model/);
  });

  test.each([
    ['a parent segment', 'escape/m/../../outside.txt', "contains a '..' segment"],
    ['a backslash parent segment', 'escape2/m/..\\..\\outside.txt', "contains a '..' segment"],
    ['an absolute path', 'escape3/m//tmp/outside.txt', 'absolute name'],
  ])('a blob name with %s is refused before anything is written', async (_what, name, reason) => {
    const prefix = name.split('/')[0];
    await put(`${prefix}/m/ok.txt`, Buffer.from('fine'));
    await putWithRawName(azurite, 'models', name);
    const stored: string[] = [];
    for await (const b of container.listBlobsFlat({ prefix: `${prefix}/` })) stored.push(b.name);
    expect(stored).toContain(name.replace(/\\/g, '/'));

    const parent = tempDir();
    const destination = path.join(parent, 'dest');
    const failure = downloadPrefix(directAccess(container), `${prefix}/m`, destination, {
      log: memoryLogger(),
      ...fast,
    });
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(`would be written outside ${destination}`);
    await expect(failure).rejects.toThrow(`(${reason}). Nothing was written.`);
    expect(existsSync(destination)).toBe(false);
    expect(listFiles(parent)).toEqual([]);
  });
});

describe('downloadPrefix through a network that breaks', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
    await azurite.container('flaky');
  });
  afterAll(async () => azurite?.close());

  /** A container client that reaches Azurite through a front applying `faults` to GETs of blob bodies, in order. */
  async function throughFront(faults: Record<string, BodyFault[]>) {
    const front = await startFaultyFront(azurite, (method, p) => {
      const blob = p.split('/flaky/')[1];
      if (method !== 'GET' || !blob) return undefined;
      return faults[blob]?.shift();
    });
    const client = new ContainerClient(
      `${front.accountUrl}/flaky`,
      new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey),
    );
    return { front, access: directAccess(client) };
  }

  // Blobs up to 1 MiB are checked in memory before one write; larger ones stream to disk: both paths retry.
  test.each([
    ['that fit one buffer', 'retry-small', 300_000, 200_000],
    ['that stream to disk', 'retry-large', 3 * 1024 * 1024 + 1, 2 * 1024 * 1024],
  ])(
    'for blobs %s, a body cut mid-transfer and a corrupted body are both retried and the files end intact',
    async (_what, dir, aSize, bSize) => {
      const container = azurite.serviceClient().getContainerClient('flaky');
      const a = randomBytes(aSize);
      const b = randomBytes(bSize);
      await container.getBlockBlobClient(`${dir}/a.bin`).uploadData(a);
      await container.getBlockBlobClient(`${dir}/b.bin`).uploadData(b);
      const { front, access } = await throughFront({ [`${dir}/a.bin`]: ['cut'], [`${dir}/b.bin`]: ['corrupt'] });
      try {
        const destination = tempDir();
        const log = memoryLogger();
        const result = await downloadPrefix(access, dir, destination, { log, ...fast });
        expect(sha(readFileSync(path.join(destination, 'a.bin')))).toBe(sha(a));
        expect(sha(readFileSync(path.join(destination, 'b.bin')))).toBe(sha(b));
        expect(result.files.every((f) => f.md5Verified)).toBe(true);
        // Two GETs each: the broken or corrupted one, and the retry.
        expect(front.requests.filter((r) => r === `GET /devstoreaccount1/flaky/${dir}/a.bin`)).toHaveLength(2);
        expect(front.requests.filter((r) => r === `GET /devstoreaccount1/flaky/${dir}/b.bin`)).toHaveLength(2);
        expect(
          log.lines
            .filter((l) => l.level === 'warning')
            .map((l) => l.message)
            .sort(),
        ).toEqual([
          expect.stringMatching(
            new RegExp(
              `^Blob '${dir}/a\\.bin': the transfer broke after \\d+ of ${aSize} bytes .*Retrying \\(attempt 2 of 3\\)`,
            ),
          ),
          expect.stringMatching(
            new RegExp(`^Blob '${dir}/b\\.bin': Content-MD5 mismatch: .*Retrying \\(attempt 2 of 3\\)`),
          ),
        ]);
        expect(listFiles(destination)).toEqual(['a.bin', 'b.bin']);
      } finally {
        await front.close();
      }
    },
  );

  test('a blob whose bytes never match its Content-MD5 is retried, then fails with a message naming it', async () => {
    const container = azurite.serviceClient().getContainerClient('flaky');
    const content = randomBytes(4096);
    const wrongMd5 = createHash('md5').update('something else').digest();
    // Set Blob Properties stores a Content-MD5 without checking it, as a faulty uploader could.
    await container.getBlockBlobClient('bad/model.bin').uploadData(content);
    await container.getBlockBlobClient('bad/model.bin').setHTTPHeaders({ blobContentMD5: wrongMd5 });
    const destination = tempDir();
    const log = memoryLogger();
    await expect(
      downloadPrefix(directAccess(container), 'bad', destination, { log, maxAttempts: 3, ...fast }),
    ).rejects.toThrow(
      new RegExp(
        `Download of blob 'bad/model.bin' failed 3 times; last: Content-MD5 mismatch: the blob says ${wrongMd5.toString('base64').replace(/[+/]/g, '\\$&')}`,
      ),
    );
    expect(log.lines.filter((l) => l.level === 'warning')).toHaveLength(2);
    expect(listFiles(destination)).toEqual([]);
  });
});
