import { ContainerClient, newPipeline, StorageSharedKeyCredential } from '@azure/storage-blob';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { directAccess } from '../../../shared/storage/access.js';
import { downloadPrefix } from '../../../shared/storage/download.js';
import { uploadFolder } from '../../../shared/storage/upload.js';
import { startAzurite, startFaultyFront, type Azurite, type RequestFault } from '../../support/azurite.js';

function codeFolder(): string {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'up-')), 'src');
  mkdirSync(path.join(root, 'pkg', 'nested'), { recursive: true });
  writeFileSync(path.join(root, 'train.py'), 'print("train")\n');
  writeFileSync(path.join(root, 'pkg', '__init__.py'), '');
  writeFileSync(path.join(root, 'pkg', 'nested', 'util.py'), 'X = 1\n');
  return root;
}

describe('uploadFolder against Azurite', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => azurite?.close());

  test('uploads to LocalUpload/<hash>/<dirName>/..., marks the indicator completed, and the files download intact', async () => {
    const container = await azurite.container('code1');
    const source = codeFolder();
    const result = await uploadFolder(directAccess(container), {
      source,
      hash: 'abc123',
      assetName: 'train-code',
      assetVersion: '3',
      log: memoryLogger(),
    });
    expect(result).toEqual({
      prefix: 'LocalUpload/abc123/src',
      url: `${container.url}/LocalUpload/abc123/src`,
      uploaded: true,
      fileCount: 3,
    });
    const names: string[] = [];
    for await (const b of container.listBlobsFlat({ prefix: 'LocalUpload/' })) names.push(b.name);
    expect(names.sort()).toEqual([
      'LocalUpload/abc123/src/pkg/__init__.py',
      'LocalUpload/abc123/src/pkg/nested/util.py',
      'LocalUpload/abc123/src/train.py',
    ]);
    const indicator = await container.getBlobClient('LocalUpload/abc123/src/pkg/__init__.py').getProperties();
    expect(indicator.metadata).toEqual({
      upload_status: 'completed',
      upload_confirmation_name: 'train-code',
      upload_confirmation_version: '3',
    });

    const back = mkdtempSync(path.join(tmpdir(), 'back-'));
    const downloaded = await downloadPrefix(directAccess(container), result.prefix, back, { log: memoryLogger() });
    expect(downloaded.files.every((f) => f.md5Verified)).toBe(true);
    expect(readFileSync(path.join(back, 'pkg', 'nested', 'util.py'), 'utf8')).toBe('X = 1\n');
  });

  test('a completed upload of the same hash is reused without sending a file', async () => {
    const container = await azurite.container('code2');
    const source = codeFolder();
    await uploadFolder(directAccess(container), { source, hash: 'h1', log: memoryLogger() });
    writeFileSync(path.join(source, 'train.py'), 'changed locally but same declared hash\n');
    const log = memoryLogger();
    const again = await uploadFolder(directAccess(container), { source, hash: 'h1', log });
    expect(again.uploaded).toBe(false);
    expect(log.text()).toContain('already uploaded');
    const stored = await container.getBlobClient('LocalUpload/h1/src/train.py').downloadToBuffer();
    expect(stored.toString()).toBe('print("train")\n');
  });

  test('an upload interrupted before completion (no marker) is redone', async () => {
    const container = await azurite.container('code3');
    const source = codeFolder();
    await container.getBlockBlobClient('LocalUpload/h2/src/pkg/__init__.py').upload('partial', 7);
    const again = await uploadFolder(directAccess(container), {
      source,
      hash: 'h2',
      files: ['pkg/__init__.py', 'train.py'],
      log: memoryLogger(),
    });
    expect(again).toMatchObject({ uploaded: true, fileCount: 2 });
    expect((await container.getBlobClient('LocalUpload/h2/src/pkg/__init__.py').downloadToBuffer()).length).toBe(0);
  });

  /** A code folder with `weights.bin` of 32 MiB + 123 bytes: above the single-put limit of `uploadInBlocks`. */
  function folderWithWeights(): { source: string; weights: Buffer } {
    const source = codeFolder();
    const weights = randomBytes(32 * 1024 * 1024 + 123);
    writeFileSync(path.join(source, 'weights.bin'), weights);
    return { source, weights };
  }

  /** Uploads with a 20 MiB single-put limit: a larger file goes as Put Blocks of 16 MiB, the last one short. */
  const uploadInBlocks = (container: ContainerClient, source: string, hash: string) =>
    uploadFolder(directAccess(container), { source, hash, maxSinglePutBytes: 20 * 1024 * 1024, log: memoryLogger() });

  test('every file, a small one, one streamed in one Put Blob and one of several blocks, is stored with the Content-MD5 of its bytes', async () => {
    const container = await azurite.container('code4');
    const { source, weights } = folderWithWeights();
    // Above the 16 MiB read whole: streamed in one Put Blob, hashed on the way out.
    const medium = randomBytes(17 * 1024 * 1024);
    writeFileSync(path.join(source, 'medium.bin'), medium);
    await uploadInBlocks(container, source, 'h4');
    for (const [file, bytes] of [
      ['weights.bin', weights],
      ['medium.bin', medium],
      ['train.py', Buffer.from('print("train")\n')],
    ] as const) {
      const blob = container.getBlockBlobClient(`LocalUpload/h4/src/${file}`);
      const props = await blob.getProperties();
      expect(Buffer.from(props.contentMD5!).toString('base64')).toBe(createHash('md5').update(bytes).digest('base64'));
      expect((await blob.downloadToBuffer()).equals(bytes)).toBe(true);
    }
    const blocks = await container.getBlockBlobClient('LocalUpload/h4/src/weights.bin').getBlockList('committed');
    expect(blocks.committedBlocks?.map((b) => b.size)).toEqual([16 * 1024 * 1024, 16 * 1024 * 1024, 123]);
  });

  test('a blob stored with other bytes than those hashed fails the upload, and the snapshot is not marked completed', async () => {
    await azurite.container('code5');
    // A policy next to the wire that flips one byte of every in-memory Put Blob body, as a faulty link would:
    // the service stores (and returns the MD5 of) bytes other than the file's.
    const pipeline = newPipeline(new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey));
    pipeline.factories.push({
      create: (next) => ({
        sendRequest: (request) => {
          if (request.method === 'PUT' && Buffer.isBuffer(request.body) && request.body.length) {
            const damaged = Buffer.from(request.body);
            damaged[0] ^= 0xff;
            request.body = damaged;
          }
          return next.sendRequest(request);
        },
      }),
    });
    const container = new ContainerClient(`${azurite.accountUrl}/code5`, pipeline);

    const upload = uploadFolder(directAccess(container), { source: codeFolder(), hash: 'h5', log: memoryLogger() });

    await expect(upload).rejects.toThrow(/\.py': the service stored Content-MD5 .*, but the bytes sent hash to /);
    const indicator = await container.getBlobClient('LocalUpload/h5/src/pkg/__init__.py').getProperties();
    expect(indicator.metadata?.upload_status).toBeUndefined();
  });

  test('a reset, a 500 and a cut body on the block PUTs of a file above the single-put limit are retried, and the blob ends intact', async () => {
    await azurite.container('code6');
    const faults: RequestFault[] = ['cut-request', 500, 'reset'];
    const front = await startFaultyFront(azurite, (method, p) =>
      method === 'PUT' && p.endsWith('/weights.bin') ? faults.shift() : undefined,
    );
    try {
      const credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey);
      const container = new ContainerClient(`${front.accountUrl}/code6`, credential);
      const { source, weights } = folderWithWeights();

      await uploadInBlocks(container, source, 'h6');

      expect(faults).toEqual([]);
      const blob = container.getBlockBlobClient('LocalUpload/h6/src/weights.bin');
      expect((await blob.getBlockList('committed')).committedBlocks).toHaveLength(3);
      expect(Buffer.from((await blob.getProperties()).contentMD5!).toString('base64')).toBe(
        createHash('md5').update(weights).digest('base64'),
      );
      expect((await blob.downloadToBuffer()).equals(weights)).toBe(true);
    } finally {
      await front.close();
    }
  });
});
