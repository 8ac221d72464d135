/**
 * Download of a model through the actions' code path (`downloadPrefix`, what download-model runs: size and
 * Content-MD5 checked, temp file renamed into place) against plain @azure/storage-blob `downloadToFile`, 8 at a
 * time, on the same blobs, from the same in-process Azurite, in the same run. Baseline and subject rounds
 * alternate, so a load spike from another process hits both; printed as ratios of medians (no asserts on time).
 *
 *   npm run bench -- download                 (BENCH_BIG_MB=256 BENCH_SMALL_FILES=1000,5000 by default)
 *   BENCH_BIG_MB=1024 BENCH_SMALL_FILES=5000 npm run bench -- download
 */
import type { ContainerClient } from '@azure/storage-blob';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { silentLogger } from '../shared/core/logger.js';
import { directAccess } from '../shared/storage/access.js';
import { forEachBounded } from '../shared/storage/concurrency.js';
import { downloadPrefix } from '../shared/storage/download.js';
import { startAzurite, type Azurite } from '../__tests__/support/azurite.js';
import { alternateRounds, printPlainVsOurs } from './stats.js';

const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 256);
const SMALL_FILES = (process.env.BENCH_SMALL_FILES ?? '1000,5000').split(',').map(Number);
const SMALL_BYTES = 8 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 8;

async function plainDownload(container: ContainerClient, prefix: string, dest: string) {
  const names: string[] = [];
  for await (const b of container.listBlobsFlat({ prefix })) names.push(b.name);
  await forEachBounded(names, CONCURRENCY, async (name) => {
    const target = path.join(dest, name.slice(prefix.length));
    mkdirSync(path.dirname(target), { recursive: true });
    await container.getBlobClient(name).downloadToFile(target);
  });
}

describe('download (ratios against plain downloadToFile)', () => {
  let azurite: Azurite;
  let container: ContainerClient;
  beforeAll(async () => {
    azurite = await startAzurite({ memoryLimitBytes: (BIG_MB + 512) * 1024 * 1024 });
    container = await azurite.container('bench');
    const big = container.getBlockBlobClient('big/model.bin');
    const chunk = randomBytes(4 * 1024 * 1024);
    // With its Content-MD5 set, as our uploads leave it, so the subject verifies the whole file.
    const md5 = createHash('md5');
    for (let i = 0; i < BIG_MB / 4; i++) md5.update(chunk);
    await big.uploadStream(
      Readable.from(
        (function* () {
          for (let i = 0; i < BIG_MB / 4; i++) yield chunk;
        })(),
      ),
      undefined,
      undefined,
      { blobHTTPHeaders: { blobContentMD5: md5.digest() } },
    );
    for (const count of SMALL_FILES) {
      // Single-shot Put Blob: the service stores their Content-MD5, so the subject verifies every file.
      await forEachBounded(
        Array.from({ length: count }, (_, i) => i),
        16,
        async (i) =>
          void (await container
            .getBlockBlobClient(`small${count}/d${i % 20}/f${i}.bin`)
            .uploadData(randomBytes(SMALL_BYTES))),
      );
    }
  }, 1_800_000);
  afterAll(async () => azurite?.close());

  test('one big file, then folders of small files', async () => {
    const cases: [string, string][] = [
      [`1 file of ${BIG_MB} MiB`, 'big/'],
      ...SMALL_FILES.map((n): [string, string] => [`${n} files of 8 KiB`, `small${n}/`]),
    ];
    for (const [label, prefix] of cases) {
      const { plain, ours } = await alternateRounds(ROUNDS, () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'download-bench-'));
        return {
          plain: () => plainDownload(container, prefix, path.join(dir, 'plain')),
          ours: () =>
            downloadPrefix(directAccess(container), prefix, path.join(dir, 'ours'), {
              log: silentLogger,
              concurrency: CONCURRENCY,
            }),
          cleanUp: () => rmSync(dir, { recursive: true, force: true }),
        };
      });
      printPlainVsOurs(
        `download of ${label} from Azurite (ratio > 1: slower than plain)`,
        { name: 'plain downloadToFile, 8 at a time', samples: plain },
        { name: 'downloadPrefix (size + MD5 checked, renamed)', samples: ours },
      );
      expect(ours.wall).toHaveLength(ROUNDS);
    }
  }, 3_600_000);
});
