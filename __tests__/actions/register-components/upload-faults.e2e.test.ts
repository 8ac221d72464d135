/**
 * register-components uploading code snapshots through a faulty front before Azurite (the front the download
 * tests use, here breaking requests): a reset, a 500, a 503 and a request body cut mid-transfer, on the PUT of a
 * small file (sent from memory) and of a file large enough to be streamed from disk, are retried and the snapshot
 * ends intact; a transfer that keeps breaking fails the run without leaving a snapshot that looks complete or a
 * registration.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type RunResult } from '../../support/action-runner.js';
import { AZURITE_ACCOUNT, startFaultyFront, type FaultyFront, type RequestFault } from '../../support/azurite.js';
import { SEED_ASSET_INPUTS, useAssetsWorkspace } from '../../support/azure/workspace-fixture.js';
import { seedTree } from '../../shared/assets/assets-fixture.js';

const BLOB_HOST = `${AZURITE_ACCOUNT}.blob.core.windows.net`;
/** Larger than what the uploader reads whole (16 MiB), so it is streamed from disk; each retry streams it again. */
const BIG = randomBytes(17 * 1024 * 1024);

const ws = useAssetsWorkspace();

/**
 * A checkout whose training code holds a file that is uploaded in blocks, and content of its own (Azurite keeps
 * the snapshots of earlier tests, and a completed snapshot of the same hash would be reused, not uploaded).
 */
function checkout(): string {
  const root = seedTree();
  const src = path.join(root, 'components', 'training', 'src');
  writeFileSync(path.join(src, 'weights.bin'), BIG);
  appendFileSync(path.join(src, 'train.py'), `# ${randomUUID()}\n`);
  return root;
}

/** Faults for the PUTs of a blob, by the end of its path (`src/train.py`), each taken once, in order. */
type FaultPlan = Record<string, RequestFault[]>;

/** Runs `body` with blob storage behind a faulty front; returns its result and the snapshot hash uploaded. */
async function withFront<T>(plan: FaultPlan, body: () => Promise<T>): Promise<{ result: T; hash: string }> {
  const front = await startFaultyFront(ws.azurite, (method, p) => {
    const key = Object.keys(plan).find((k) => method === 'PUT' && p.endsWith(`/${k}`));
    return key ? plan[key].shift() : undefined;
  });
  ws.emu.routeHost(`${BLOB_HOST}:443`, front.address);
  try {
    const result = await body();
    return { result, hash: uploadedHash(front) };
  } finally {
    ws.emu.routeHost(`${BLOB_HOST}:443`, `${ws.azurite.host}:${ws.azurite.port}`);
    await front.close();
  }
}

function register(root: string): Promise<RunResult> {
  const inputs = { ...SEED_ASSET_INPUTS, components: 'components/training/*.yaml', 'version-strategy': 'auto' };
  return ws.run('register-components', inputs, { cwd: root, timeoutMs: 120_000 });
}

const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('base64');
const container = () => ws.azurite.serviceClient().getContainerClient(ws.container);

/** The content hash of the training snapshot a run uploaded through the front. */
function uploadedHash(front: FaultyFront): string {
  const put = front.requests.map((r) => /^PUT .*\/LocalUpload\/([0-9a-f]+)\/src\//.exec(r)?.[1]).find(Boolean);
  if (!put) throw new Error(`no snapshot upload among ${front.requests.length} request(s)`);
  return put;
}

/** One uploaded snapshot's blobs by file name (under LocalUpload/<hash>/src/). */
async function snapshotBlobs(hash: string): Promise<Map<string, string>> {
  const blobs = new Map<string, string>();
  const prefix = `LocalUpload/${hash}/src/`;
  for await (const blob of container().listBlobsFlat({ prefix })) blobs.set(blob.name.slice(prefix.length), blob.name);
  return blobs;
}

const registeredCodes = () => ws.emu.seed.storedVersions('codes');

test('a reset, a 500, a 503 and a cut body on the PUTs of a small and a streamed large file are retried and the snapshot ends intact', async () => {
  const root = checkout();
  const plan: FaultPlan = {
    'src/train.py': ['reset', 503],
    'src/weights.bin': ['cut-request', 500, 'reset'],
  };
  const { result, hash } = await withFront(plan, () => register(root));

  expect({ exit: result.exitCode, errors: result.annotations.filter((a) => a.level === 'error') }).toEqual({
    exit: 0,
    errors: [],
  });
  expect(plan).toEqual({ 'src/train.py': [], 'src/weights.bin': [] });
  const blobs = await snapshotBlobs(hash);
  expect([...blobs.keys()].sort()).toEqual(['.amlignore', 'train.py', 'weights.bin']);
  for (const [file, name] of blobs) {
    const local = readFileSync(path.join(root, 'components', 'training', 'src', file));
    const stored = await container().getBlobClient(name).downloadToBuffer();
    expect(md5(stored)).toBe(md5(local));
  }
  // The first file in order is the completion marker, set once every file was in.
  const marker = await container().getBlobClient(blobs.get('.amlignore')!).getProperties();
  expect(marker.metadata?.upload_status).toBe('completed');
  expect(registeredCodes()).toHaveLength(1);
});

test('a transfer that keeps breaking fails the run, leaves no completed snapshot and registers nothing; the next run uploads it', async () => {
  const root = checkout();
  const cutEveryTime: FaultPlan = { 'src/weights.bin': Array<RequestFault>(20).fill('cut-request') };

  const { result: broken, hash } = await withFront(cutEveryTime, () => register(root));

  expect(broken.exitCode).toBe(1);
  expect(broken.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
  expect(broken.annotations.find((a) => a.level === 'error')?.message).toMatch(
    /^Uploading 'weights\.bin' of .*src to https:\/\/.*\/LocalUpload\/[0-9a-f]+\/src \(retried\) failed: /,
  );
  const marker = (await snapshotBlobs(hash)).get('.amlignore');
  const status = marker && (await container().getBlobClient(marker).getProperties()).metadata?.upload_status;
  expect(status).toBeUndefined();
  expect(registeredCodes()).toEqual([]);
  expect(ws.emu.seed.storedVersions('components')).toEqual([]);

  const healed = await register(root);
  expect(healed.exitCode).toBe(0);
  expect(healed.log).not.toContain('reusing it');
  const blobs = await snapshotBlobs(hash);
  const stored = await container().getBlobClient(blobs.get('weights.bin')!).downloadToBuffer();
  expect(md5(stored)).toBe(md5(BIG));
  expect((await container().getBlobClient(blobs.get('.amlignore')!).getProperties()).metadata?.upload_status).toBe(
    'completed',
  );
  expect(registeredCodes()).toHaveLength(1);
});
