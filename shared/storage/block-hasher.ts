import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code, inline (`eval`) so the bundles need no second file. Messages are handled in the order they
 * are posted, so the file hash sees the blocks in file order.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const file = createHash('md5');
parentPort.on('message', ({ id, block, offset, length, fileOnly }) => {
  if (!block) return parentPort.postMessage({ id, md5: file.digest() });
  const bytes = new Uint8Array(block, offset, length);
  file.update(bytes);
  parentPort.postMessage({ id, md5: fileOnly ? new Uint8Array(0) : createHash('md5').update(bytes).digest() });
});
`;

/**
 * The MD5 of a large file (and, for uploads, of each of its blocks), computed on a worker thread: hashing a few
 * hundred MB takes about as long as moving it, and on the main thread it would hold up the transfers in flight.
 * Blocks are shared with the worker (SharedArrayBuffer), not copied.
 */
export class BlockHasher implements FileHasher {
  private readonly worker = new Worker(WORKER_SOURCE, { eval: true });
  private readonly pending = new Map<number, { resolve: (md5: Buffer) => void; reject: (error: unknown) => void }>();
  private nextId = 0;

  constructor() {
    this.worker.on('message', ({ id, md5 }: { id: number; md5: Uint8Array }) => {
      this.pending.get(id)?.resolve(Buffer.from(md5));
      this.pending.delete(id);
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', () => this.failAll(new Error('the hashing worker stopped')));
  }

  /** Adds `block` (from `hashableBuffer`) to the file's MD5, in call order; resolves with the block's own MD5. */
  block(block: Buffer): Promise<Buffer> {
    return this.ask({ block: block.buffer, offset: block.byteOffset, length: block.length });
  }

  /** Adds `block` (from `hashableBuffer`) to the file's MD5 only, in call order; resolves once the worker has it. */
  add(block: Buffer): Promise<unknown> {
    return this.ask({ block: block.buffer, offset: block.byteOffset, length: block.length, fileOnly: true });
  }

  /** The MD5 of every block given so far, in order. */
  digest(): Promise<Buffer> {
    return this.ask({});
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private ask(message: {
    block?: ArrayBufferLike;
    offset?: number;
    length?: number;
    fileOnly?: boolean;
  }): Promise<Buffer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...message });
    });
  }

  private failAll(error: unknown): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}

/** The MD5 of a file given block by block, in order, and of each block. */
export interface FileHasher {
  /** Adds `block` to the file's MD5; resolves with the block's own MD5. */
  block(block: Buffer): Promise<Buffer>;
  /** Adds `block` to the file's MD5 only. */
  add(block: Buffer): Promise<unknown>;
  /** The MD5 of every block given so far. */
  digest(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Below this a worker's start (tens of ms) costs more than hashing in line does. */
const WORKER_MIN_BYTES = 64 * 1024 * 1024;

/** A hasher for a file of `size` bytes: on a worker thread when the file is large enough to repay it. */
export function fileHasher(size: number): FileHasher {
  return size >= WORKER_MIN_BYTES ? new BlockHasher() : inlineHasher();
}

/** A buffer any hasher can read without a copy (shared with the worker, when there is one). */
export function hashableBuffer(length: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(length));
}

function inlineHasher(): FileHasher {
  const file = createHash('md5');
  return {
    block: async (block) => {
      file.update(block);
      return createHash('md5').update(block).digest();
    },
    add: async (block) => void file.update(block),
    digest: async () => file.digest(),
    close: async () => undefined,
  };
}

/** A stream's bytes go to its hasher in blocks of this size, at most this many waiting for it. */
const STREAM_BLOCK_BYTES = 4 * 1024 * 1024;
const STREAM_BLOCKS_QUEUED = 4;

/**
 * A pass-through that takes the MD5 of the `size` bytes streaming through it: they are copied into 4 MiB blocks
 * for `fileHasher(size)`, so from 64 MiB on the hash runs on a worker thread beside the transfer instead of in
 * line with it. At most a few blocks wait for the hasher: a slow hash holds the stream back, not the memory up.
 * `digest()` once the stream has ended; `release()` in any case.
 */
export class HashingStream extends Transform {
  /** Bytes that went through so far. */
  bytes = 0;
  private readonly hasher: FileHasher;
  private readonly queued: Promise<unknown>[] = [];
  private block = hashableBuffer(STREAM_BLOCK_BYTES);
  private filled = 0;

  /** `onChunk` sees the length of every chunk (progress); `highWaterMark` as for any Transform. */
  constructor(
    size: number,
    highWaterMark: number,
    private readonly onChunk: (n: number) => void = () => undefined,
  ) {
    super({ highWaterMark });
    this.hasher = fileHasher(size);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.onChunk(chunk.length);
    this.bytes += chunk.length;
    for (let from = 0; from < chunk.length;) {
      const copied = chunk.copy(this.block, this.filled, from);
      this.filled += copied;
      from += copied;
      if (this.filled === this.block.length) this.hashFilled();
    }
    const { queued } = this;
    const waiting = queued.length > STREAM_BLOCKS_QUEUED ? queued.splice(0, queued.length - STREAM_BLOCKS_QUEUED) : [];
    Promise.all(waiting).then(() => done(null, chunk), done);
  }

  /** The MD5 of every byte that went through. */
  async digest(): Promise<Buffer> {
    this.hashFilled();
    await Promise.all(this.queued);
    return this.hasher.digest();
  }

  async release(): Promise<void> {
    await Promise.allSettled(this.queued);
    await this.hasher.close();
  }

  private hashFilled(): void {
    if (this.filled) {
      const added = this.hasher.add(this.block.subarray(0, this.filled));
      added.catch(() => undefined); // observed later, by the transform or digest()
      this.queued.push(added);
    }
    this.block = hashableBuffer(STREAM_BLOCK_BYTES);
    this.filled = 0;
  }
}
