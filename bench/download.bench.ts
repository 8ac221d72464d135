/**
 * Download throughput of `downloadPrefix` (what download-model runs) against plain @azure/storage-blob on the same
 * blobs, from the same in-process Azurite, in the same run; printed as ratios (no absolute claims, no asserts).
 *
 *   npm run bench -- download
 *   BENCH_BIG_MB=1024 BENCH_SMALL_FILES=5000 npm run bench -- download
 */
import type { ContainerClient } from '@azure/storage-blob';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { silentLogger } from '../shared/core/logger.js';
import { directAccess } from '../shared/storage/access.js';
import { forEachBounded } from '../shared/storage/concurrency.js';
import { downloadPrefix } from '../shared/storage/download.js';
import { startAzurite, type Azurite } from '../__tests__/support/azurite.js';

const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 256);
const SMALL_FILES = Number(process.env.BENCH_SMALL_FILES ?? 2000);
const SMALL_BYTES = 8 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function timeIt(fn: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const started = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

async function plainDownload(container: ContainerClient, prefix: string, dest: string, concurrency: number) {
  const names: string[] = [];
  for await (const b of container.listBlobsFlat({ prefix })) names.push(b.name);
  await forEachBounded(names, concurrency, async (name) => {
    const target = path.join(dest, name.slice(prefix.length));
    mkdirSync(path.dirname(target), { recursive: true });
    await container.getBlobClient(name).downloadToFile(target);
  });
}

describe('download throughput (ratios)', () => {
  let azurite: Azurite;
  let container: ContainerClient;
  beforeAll(async () => {
    azurite = await startAzurite({ memoryLimitBytes: (BIG_MB + 512) * 1024 * 1024 });
    container = await azurite.container('bench');
    const big = container.getBlockBlobClient('big/model.bin');
    const chunk = randomBytes(4 * 1024 * 1024);
    await big.uploadStream(
      Readable.from(
        (function* () {
          for (let i = 0; i < BIG_MB / 4; i++) yield chunk;
        })(),
      ),
    );
    await forEachBounded(
      Array.from({ length: SMALL_FILES }, (_, i) => i),
      16,
      async (i) =>
        void (await container.getBlockBlobClient(`small/d${i % 20}/f${i}.bin`).uploadData(randomBytes(SMALL_BYTES))),
    );
  }, 600_000);
  afterAll(async () => azurite?.close());

  test('one big file and many small files', async () => {
    const rows: string[] = [];
    for (const [label, prefix, bytes] of [
      [`1 file of ${BIG_MB} MiB`, 'big/', BIG_MB * 1024 * 1024],
      [`${SMALL_FILES} files of 8 KiB`, 'small/', SMALL_FILES * SMALL_BYTES],
    ] as const) {
      const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
      const ours = await timeIt(async () => {
        await downloadPrefix(directAccess(container), prefix, path.join(dir, 'ours'), { log: silentLogger });
      });
      const plainSeq = await timeIt(() => plainDownload(container, prefix, path.join(dir, 'seq'), 1));
      const plainPar = await timeIt(() => plainDownload(container, prefix, path.join(dir, 'par'), 8));
      rmSync(dir, { recursive: true, force: true });
      const mbps = (ms: number) => (bytes / 1024 / 1024 / (ms / 1000)).toFixed(0);
      rows.push(
        `${label}: download-model ${mbps(ours)} MiB/s; ` +
          `vs plain downloadToFile one at a time x${(plainSeq / ours).toFixed(2)}, ` +
          `vs plain downloadToFile 8 at a time x${(plainPar / ours).toFixed(2)} (ratio > 1: download-model faster)`,
      );
    }
    console.log(`best of ${ROUNDS} rounds, same Azurite, same run:\n${rows.join('\n')}`);
  }, 600_000);
});
