/**
 * Upload of a code snapshot through the actions' code path (`uploadFolder`: Content-MD5 per file, completion
 * marker) against a plain @azure/storage-blob upload of the same files with the same concurrency, to the same
 * in-process Azurite, in the same run; printed as ratios (no asserts on time).
 *
 *   npm run bench -- upload            (BENCH_BIG_MB=200 BENCH_SMALL_FILES=2000 by default)
 */
import type { ContainerClient } from '@azure/storage-blob';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '../shared/core/logger.js';
import { directAccess } from '../shared/storage/access.js';
import { forEachBounded } from '../shared/storage/concurrency.js';
import { uploadFolder } from '../shared/storage/upload.js';
import { startAzurite } from '../__tests__/support/azurite.js';
import { printRatios } from './stats.js';

const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 200);
const SMALL_FILES = Number(process.env.BENCH_SMALL_FILES ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
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

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

test('code snapshot upload: the actions code path vs plain @azure/storage-blob', async () => {
  const azurite = await startAzurite();
  const container = await azurite.container('bench-upload');
  const { big, small } = makeFolders();
  for (const [label, folder] of [
    [`one ${BIG_MB} MB file`, big],
    [`${SMALL_FILES} files of 4 KB`, small],
  ] as const) {
    const plain: number[] = [];
    const ours: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      plain.push(await timed(() => plainUpload(container, folder, `plain/${randomUUID()}`)));
      // A fresh hash each round, so the completed-upload check never short-circuits the measurement.
      const hash = randomUUID().replace(/-/g, '');
      ours.push(
        await timed(() =>
          uploadFolder(directAccess(container), { source: folder, hash, concurrency: CONCURRENCY, log: silentLogger }),
        ),
      );
    }
    printRatios(`upload of ${label} to Azurite (ratio > 1: slower than plain)`, [
      { name: 'plain @azure/storage-blob uploadFile, 8 at a time', samples: plain },
      { name: 'uploadFolder (MD5 per file, completion marker)', samples: ours },
    ]);
    expect(ours).toHaveLength(ROUNDS);
  }
  await azurite.close();
}, 600_000);
