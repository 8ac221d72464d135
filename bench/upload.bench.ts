/**
 * Upload of a code snapshot through the actions' code path (`uploadFolder`: each file read once, hashed as it
 * is sent and checked against the Content-MD5 the service stores; files up to 16 MiB from memory, up to 256 MiB
 * streamed in one Put Blob, larger ones in 16 MiB blocks each sent with its own MD5; completion marker) against a
 * plain @azure/storage-blob upload of the same files with the same concurrency, to the same in-process Azurite,
 * in the same run. Baseline and subject rounds alternate; printed as ratios of medians (no asserts on time).
 *
 *   npm run bench -- upload            (BENCH_BIG_MB=200 BENCH_SMALL_FILES=2000 BENCH_ROUNDS=5 by default)
 */
import type { ContainerClient } from '@azure/storage-blob';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '../shared/core/logger.js';
import { directAccess } from '../shared/storage/access.js';
import { forEachBounded } from '../shared/storage/concurrency.js';
import { uploadFolder } from '../shared/storage/upload.js';
import { startAzurite, type Azurite } from '../__tests__/support/azurite.js';
import { alternateRounds, printPlainVsOurs } from './stats.js';

const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 200);
const SMALL_FILES = Number(process.env.BENCH_SMALL_FILES ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 8;

function makeFolders(): { big: string; small: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'upload-bench-'));
  const big = path.join(root, 'big');
  const small = path.join(root, 'small');
  mkdirSync(big);
  writeFileSync(path.join(big, 'weights.bin'), randomBytes(BIG_MB * 1024 * 1024));
  for (let i = 0; i < SMALL_FILES; i++) {
    const dir = path.join(small, `pkg${i % 20}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `module${i}.py`), randomBytes(4096));
  }
  return { big, small };
}

function filesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

async function plainUpload(container: ContainerClient, source: string, prefix: string): Promise<void> {
  await forEachBounded(filesOf(source), CONCURRENCY, async (file) => {
    await container.getBlockBlobClient(`${prefix}/${file}`).uploadFile(path.join(source, file));
  });
}

describe('code snapshot upload (ratios against plain @azure/storage-blob)', () => {
  let azurite: Azurite;
  let container: ContainerClient;
  let folders: { big: string; small: string };
  beforeAll(async () => {
    // Every round keeps its blobs (Azurite frees deleted extents only in a later garbage collection).
    azurite = await startAzurite({ memoryLimitBytes: (2 * ROUNDS * (BIG_MB + 10) + 512) * 1024 * 1024 });
    container = await azurite.container('bench-upload');
    folders = makeFolders();
  }, 600_000);
  afterAll(async () => {
    await azurite?.close();
    if (folders) rmSync(path.dirname(folders.big), { recursive: true, force: true });
  });

  test('one big file, then many small files', async () => {
    for (const [label, folder] of [
      [`one ${BIG_MB} MB file`, folders.big],
      [`${SMALL_FILES} files of 4 KB`, folders.small],
    ] as const) {
      const { plain, ours } = await alternateRounds(ROUNDS, () => {
        // A fresh hash each round, so the completed-upload check never short-circuits the measurement.
        const hash = randomUUID().replace(/-/g, '');
        return {
          plain: () => plainUpload(container, folder, `plain/${randomUUID()}`),
          ours: () =>
            uploadFolder(directAccess(container), {
              source: folder,
              hash,
              concurrency: CONCURRENCY,
              log: silentLogger,
            }),
        };
      });
      printPlainVsOurs(
        `upload of ${label} to Azurite (ratio > 1: slower than plain)`,
        { name: 'plain @azure/storage-blob uploadFile, 8 at a time', samples: plain },
        { name: 'uploadFolder (Content-MD5, one read, marker)', samples: ours },
      );
      expect(ours.wall).toHaveLength(ROUNDS);
    }
  }, 3_600_000);
});
