import { createHash, randomBytes } from 'node:crypto';
import { BlockHasher, fileHasher, hashableBuffer } from '../../../shared/storage/block-hasher.js';

const md5 = (b: Buffer) => createHash('md5').update(b).digest('base64');

/** Three blocks in shared buffers, the last one short, as the uploads and downloads cut a file. */
function blocks(): Buffer[] {
  return [4096, 4096, 1000].map((n) => {
    const block = hashableBuffer(n);
    randomBytes(n).copy(block);
    return block;
  });
}

describe.each([
  ['on a worker thread', () => new BlockHasher()],
  ['in line (files under 64 MiB)', () => fileHasher(1024)],
])('file hasher %s', (_where, make) => {
  test("gives each block's MD5 and, after blocks given in order, the whole file's MD5", async () => {
    const hasher = make();
    try {
      const parts = blocks();
      const perBlock = await Promise.all(parts.map((b) => hasher.block(b)));
      expect(perBlock.map((d) => d.toString('base64'))).toEqual(parts.map(md5));
      expect((await hasher.digest()).toString('base64')).toBe(md5(Buffer.concat(parts)));
    } finally {
      await hasher.close();
    }
  });

  test("a block given with `add` counts in the file's MD5, a sub-range of a shared buffer only for its bytes", async () => {
    const hasher = make();
    try {
      const whole = hashableBuffer(8192);
      randomBytes(8192).copy(whole);
      await Promise.all([hasher.add(whole), hasher.add(whole.subarray(10, 110))]);
      expect((await hasher.digest()).toString('base64')).toBe(md5(Buffer.concat([whole, whole.subarray(10, 110)])));
    } finally {
      await hasher.close();
    }
  });
});
