/**
 * The download-model bundle on models the size users have: one big file (1 GiB by default) and a folder of
 * 5,000 files, from the emulated workspace's Azurite through the proxy, each landing intact (sha-256 compared).
 *
 * The content is generated, not stored: a seeded stream of 1 MiB blocks (one random block, each copy stamped
 * with its index so a misplaced or repeated range changes the hash), cheap to make and to hash on both sides.
 * MODEL_E2E_BIG_BYTES and MODEL_E2E_FILE_COUNT override the sizes.
 *
 * A size proof, run apart from `npm test` (jest.size.config.js, `npm run test:size`): its cost is minutes of I/O
 * and a gigabyte of memory. Its time limits come from the work - bytes and files at rates a busy 2-core machine
 * still reaches - so a slow machine passes and a stalled transfer still fails.
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { bundle, runAction, expectSucceeded } from '../../support/action-runner.js';
import { startEmulatedWorkspace, type EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';

const MiB = 1024 * 1024;
const BIG_BYTES = Number(process.env.MODEL_E2E_BIG_BYTES ?? 1024 * MiB);
const FILE_COUNT = Number(process.env.MODEL_E2E_FILE_COUNT ?? 5000);

/** A deterministic pseudo-random block: sha-256 in counter mode over a seed. */
function seededBlock(seed: string, bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  for (let at = 0, i = 0; at < bytes; at += 32, i++) createHash('sha256').update(`${seed}:${i}`).digest().copy(out, at);
  return out;
}

/** `bytes` of generated content, as a stream of 1 MiB blocks each stamped with its index, and its sha-256. */
function generated(seed: string, bytes: number): { stream: () => Readable; sha256: string } {
  const base = seededBlock(seed, MiB);
  const block = (index: number) => {
    const copy = Buffer.from(base.subarray(0, Math.min(MiB, bytes - index * MiB)));
    copy.writeUInt32LE(index, 0);
    return copy;
  };
  const blocks = Math.ceil(bytes / MiB);
  const hash = createHash('sha256');
  for (let i = 0; i < blocks; i++) hash.update(block(i));
  const stream = () =>
    Readable.from(
      (function* () {
        for (let i = 0; i < blocks; i++) yield block(i);
      })(),
    );
  return { stream, sha256: hash.digest('hex') };
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 4 * MiB })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every file under `dir` with its sha-256, by relative path. */
async function hashTree(dir: string): Promise<Map<string, string>> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  const entries = await Promise.all(
    files.map(async (d) => {
      const full = path.join(d.parentPath, d.name);
      return [path.relative(dir, full).split(path.sep).join('/'), await fileSha256(full)] as const;
    }),
  );
  return new Map(entries);
}

/** Runs `work` over `items`, `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/**
 * Floors well under what a loaded machine does: on 2 cores with two busy loops and other test suites running (load
 * average 9-13), the 1 GiB test took 224 s for its three passes (about 14 MiB/s) and the 5,000-file test 183 s
 * (about 80 files/s per pass). The floors are a seventh and a quarter of that.
 */
const FLOOR_BYTES_PER_SECOND = 2 * MiB;
const FLOOR_FILES_PER_SECOND = 20;
/** Node start-up, sign-in and the model look-up, on a loaded machine. */
const FIXED_MS = 30_000;
/** The time one pass over `bytes` in `files` files may take. */
const passMs = (bytes: number, files: number) =>
  FIXED_MS + Math.ceil((bytes / FLOOR_BYTES_PER_SECOND + files / FLOOR_FILES_PER_SECOND) * 1000);
/** A test makes three passes: seeding the blobs, the download, hashing what landed. */
const testMs = (bytes: number, files: number) => 3 * passMs(bytes, files);
const FOLDER_BYTES = FILE_COUNT * 2_000;

let ws: EmulatedWorkspace;
const destinations: string[] = [];

beforeAll(async () => {
  ws = await startEmulatedWorkspace();
}, FIXED_MS * 2);
afterAll(async () => {
  await ws?.close();
  for (const d of destinations) rmSync(d, { recursive: true, force: true });
});

async function register(name: string, prefix: string) {
  await ws.emu.seed.assetVersion('models', name, '1', {
    modelUri: `azureml://datastores/workspaceblobstore/paths/${prefix}`,
    modelType: 'custom_model',
  });
}

function download(name: string, concurrency: string, timeoutMs: number) {
  const destination = mkdtempSync(path.join(tmpdir(), 'large-model-'));
  destinations.push(destination);
  return runAction(bundle('download-model'), {
    inputs: { ...ws.inputs(), name, version: '1', path: destination, concurrency },
    env: ws.env(),
    timeoutMs,
  }).then((result) => ({ result, destination }));
}

test(
  `a single-file model of ${BIG_BYTES} bytes downloads intact`,
  async () => {
    const content = generated('big-model', BIG_BYTES);
    const container = ws.azurite.serviceClient().getContainerClient(ws.container);
    await container.getBlockBlobClient('models/big/v1/model.onnx').uploadStream(content.stream(), 8 * MiB, 4);
    await register('big', 'models/big/v1/model.onnx');

    const { result, destination } = await download('big', '4', passMs(BIG_BYTES, 1));

    expectSucceeded(result);
    const tree = await hashTree(destination);
    expect([...tree.keys()].sort()).toEqual(['model.json', 'model.onnx']);
    expect(tree.get('model.onnx')).toBe(content.sha256);
    expect(result.outputs.files).toBe('1');
  },
  testMs(BIG_BYTES, 1),
);

test(
  `a folder model of ${FILE_COUNT} files downloads intact, every file in its place`,
  async () => {
    const container = ws.azurite.serviceClient().getContainerClient(ws.container);
    const expected = new Map<string, string>();
    const names = Array.from({ length: FILE_COUNT }, (_, i) => `shard-${i % 50}/part-${i}.bin`);
    await eachLimited(names, 32, async (name) => {
      const bytes = seededBlock(name, 512 + (name.length % 7) * 300);
      expected.set(name, createHash('sha256').update(bytes).digest('hex'));
      await container.getBlockBlobClient(`models/many/v1/${name}`).uploadData(bytes);
    });
    await register('many', 'models/many/v1/');

    const { result, destination } = await download('many', '32', passMs(FOLDER_BYTES, FILE_COUNT));

    expectSucceeded(result);
    const tree = await hashTree(destination);
    expect(tree.size).toBe(FILE_COUNT + 1);
    for (const [name, hash] of expected) expect(tree.get(name)).toBe(hash);
    expect(result.outputs.files).toBe(String(FILE_COUNT));
  },
  testMs(FOLDER_BYTES, FILE_COUNT),
);
