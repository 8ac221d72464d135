import type { BlockBlobClient, ContainerClient } from '@azure/storage-blob';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { describeAzureFailure } from '../azure/rest-errors.js';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { ContainerAccess } from './access.js';
import { fileHasher, hashableBuffer, HashingStream } from './block-hasher.js';
import { forEachBounded } from './concurrency.js';
import { close, fstat, open, readInto } from './plain-fs.js';

export interface UploadFolderOptions {
  /** The local folder to upload. */
  source: string;
  /** Content hash of the snapshot (the caller computes it, e.g. Azure ML's hash_version 202208). */
  hash: string;
  /** Files to upload, relative to `source` with forward slashes (after ignore files); default: every file. */
  files?: string[];
  /** Folder name under the hash (default: the base name of `source`), as azure-ai-ml does. */
  dirName?: string;
  /** Recorded in the completion metadata, like azure-ai-ml's upload_confirmation_name/version. */
  assetName?: string;
  assetVersion?: string;
  concurrency?: number;
  /**
   * Files up to this size go up in one Put Blob (default 256 MiB, as @azure/storage-blob's uploadFile does);
   * larger ones in blocks.
   */
  maxSinglePutBytes?: number;
  log: Logger;
}

export interface UploadFolderResult {
  /** `LocalUpload/<hash>/<dirName>`, the blob prefix holding the files. */
  prefix: string;
  /** `<container url>/<prefix>`: the codeUri to register. */
  url: string;
  /** False when a completed upload of the same hash was found and reused. */
  uploaded: boolean;
  fileCount: number;
}

/**
 * Files up to this size are read whole into memory, hashed and sent in one Put Blob. Files above it and up to
 * MAX_SINGLE_PUT_BYTES stream in one Put Blob, hashed on the way out. Larger ones go up
 * in blocks of this size (Put Block, then Put Block List), so a broken transfer costs one block's retry, not the
 * whole file's; 16 MiB rather than 4: fewer requests, reads and hashing messages per file, for at most 80 MiB of
 * blocks in flight per file. Each request is retried by the storage pipeline (resets, 500, 503).
 */
const BLOCK_BYTES = 16 * 1024 * 1024;
/**
 * @azure/storage-blob's own single-shot limit for uploadFile. One Put Blob hashes the file once (while it is
 * sent, checked against the MD5 the service computes of what it received), where blocks hash it twice (the
 * file's MD5 and each block's, which the service checks; without a block MD5, Azurite computes a CRC64 in
 * JavaScript instead, x3 of plain for a 100 MB file).
 */
const MAX_SINGLE_PUT_BYTES = 256 * 1024 * 1024;
/** A streamed file is read in chunks of this size: with the default 64 KiB, per-chunk costs add up. */
const READ_BYTES = 1024 * 1024;
/** Blocks of one large file in flight at once (the storage SDK's default for uploadFile and uploadStream). */
const BLOCK_CONCURRENCY = 5;

/** Metadata that marks a finished upload (the indicator blob carries it; azure-ai-ml reads the same key). */
export const UPLOAD_COMPLETED = { upload_status: 'completed' } as const;

/**
 * Uploads a code snapshot to `LocalUpload/<hash>/<dirName>/...`, the layout azure-ai-ml uses, so a snapshot
 * uploaded by `az ml` is reused by us and the other way round. The first file (in sorted order) is the
 * indicator: it gets `upload_status=completed` metadata only after every file is uploaded, so an
 * interrupted upload is redone rather than reused. When the indicator already says completed, nothing is sent.
 */
export async function uploadFolder(access: ContainerAccess, options: UploadFolderOptions): Promise<UploadFolderResult> {
  const files = [...(options.files ?? (await listFiles(options.source)))].sort();
  if (!files.length) throw new UserError(`Nothing to upload: ${options.source} has no files.`);
  if (!/^[A-Za-z0-9_-]+$/.test(options.hash)) throw new Error(`not a content hash: '${options.hash}'`);
  const prefix = `LocalUpload/${options.hash}/${options.dirName ?? path.basename(path.resolve(options.source))}`;
  const url = `${access.url}/${prefix}`;
  const indicator = `${prefix}/${files[0]}`;
  return access.use(async (container) => {
    if (await isCompleted(container, indicator)) {
      options.log.info(`Code snapshot ${options.hash} is already uploaded at ${url}; reusing it.`);
      return { prefix, url, uploaded: false, fileCount: files.length };
    }
    options.log.info(`Uploading ${files.length} file(s) from ${options.source} to ${url}.`);
    const maxSinglePut = options.maxSinglePutBytes ?? MAX_SINGLE_PUT_BYTES;
    await forEachBounded(files, options.concurrency ?? 8, async (file, signal) => {
      try {
        const local = path.join(options.source, ...file.split('/'));
        await uploadFile(container, local, `${prefix}/${file}`, maxSinglePut, signal);
      } catch (error) {
        // Each request was retried already: say which file of which snapshot, not only "socket hang up".
        throw describeAzureFailure(`Uploading '${file}' of ${options.source} to ${url} (retried)`, error);
      }
    });
    await container.getBlobClient(indicator).setMetadata({
      ...UPLOAD_COMPLETED,
      ...(options.assetName ? { upload_confirmation_name: options.assetName } : {}),
      ...(options.assetVersion ? { upload_confirmation_version: options.assetVersion } : {}),
    });
    return { prefix, url, uploaded: true, fileCount: files.length };
  });
}

async function isCompleted(container: ContainerClient, indicator: string): Promise<boolean> {
  try {
    const props = await container.getBlobClient(indicator).getProperties();
    return props.metadata?.upload_status === UPLOAD_COMPLETED.upload_status;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return false;
    throw error;
  }
}

/**
 * Uploads one file so that its blob carries the file's Content-MD5, which downloads (ours, az ml's) verify,
 * reading the file once: the hash is taken from the same bytes that are sent.
 */
async function uploadFile(
  container: ContainerClient,
  localPath: string,
  blobName: string,
  maxSinglePut: number,
  signal: AbortSignal,
) {
  const blob = container.getBlockBlobClient(blobName);
  // One open for the size and the bytes: with thousands of small files, every file-system call counts.
  const fd = await open(localPath, 'r');
  let closing: Promise<void> | undefined;
  try {
    const { size } = await fstat(fd);
    if (size > maxSinglePut) return await uploadBlocks(blob, fd, localPath, size, signal);
    if (size > BLOCK_BYTES) return await streamWhole(blob, fd, localPath, size, signal);
    // Small files (most of a code snapshot): read once into memory, hashed, sent in one Put Blob.
    const data = Buffer.allocUnsafe(size);
    await readWhole(fd, data, 0, localPath);
    // The bytes are in memory, so the close runs beside the request instead of before it (one file-system
    // round trip less per file on the way to the service); a failed close is still thrown, below.
    closing = close(fd);
    closing.catch(() => undefined);
    const md5 = createHash('md5').update(data).digest();
    const response = await blob.upload(data, size, { abortSignal: signal });
    checkStoredMd5(localPath, response.contentMD5, md5);
  } finally {
    await (closing ?? close(fd));
  }
}

/** Fills `buffer` from `position` of the file; fewer bytes than that means the file shrank under the upload. */
async function readWhole(fd: number, buffer: Buffer, position: number, localPath: string): Promise<void> {
  if ((await readInto(fd, buffer, buffer.length, position)) !== buffer.length) {
    throw new Error(`'${localPath}' changed while it was being uploaded`);
  }
}

/**
 * A file too large to hold in memory but not for one Put Blob (as plain uploadFile sends it), streamed from the
 * file and hashed on its way out (from 64 MiB on, on a worker thread beside the request). The service computes and
 * stores the MD5 of what it received as the blob's Content-MD5 and returns it: a value other than the hash of the bytes sent fails the upload (the snapshot is
 * then not marked completed). A retried request streams the file again, with a fresh hash.
 */
async function streamWhole(blob: BlockBlobClient, fd: number, localPath: string, size: number, signal: AbortSignal) {
  const attempts: HashingStream[] = [];
  const body = () => {
    const hashing = new HashingStream(size, READ_BYTES);
    attempts.push(hashing);
    const file = createReadStream('', { fd, start: 0, end: size - 1, autoClose: false, highWaterMark: READ_BYTES });
    // The callback form returns `hashing`, and a read error destroys it, failing the request.
    return pipeline(file, hashing, () => undefined);
  };
  try {
    const response = await blob.upload(body, size, { abortSignal: signal });
    checkStoredMd5(localPath, response.contentMD5, await attempts[attempts.length - 1].digest());
  } finally {
    await Promise.all(attempts.map((hashing) => hashing.release()));
  }
}

/**
 * Put Blob stores the MD5 the service computes of the bytes it received as the blob's Content-MD5, and returns
 * it. Checking it against the hash of the bytes sent proves the stored blob is the file, without sending the MD5
 * along (a header the service would parse and check on every file).
 */
function checkStoredMd5(localPath: string, stored: Uint8Array | undefined, sent: Buffer): void {
  if (stored && sent.equals(stored)) return;
  const storedText = stored ? Buffer.from(stored).toString('base64') : '(none)';
  throw new Error(
    `'${localPath}': the service stored Content-MD5 ${storedText}, but the bytes sent hash to ${sent.toString('base64')}`,
  );
}

/**
 * A large file, read once in 16 MiB blocks. Each block is hashed twice from the same buffer (on a worker thread
 * from 64 MiB on): into the file's MD5, which Put Block List stores as the blob's Content-MD5, and on its own,
 * sent with its Put Block so the service rejects a block damaged in transit (and, given an MD5, skips computing
 * its own CRC64 of the block). Up to BLOCK_CONCURRENCY blocks are being hashed or sent at once; the storage
 * pipeline retries each request.
 */
async function uploadBlocks(blob: BlockBlobClient, fd: number, localPath: string, size: number, outer: AbortSignal) {
  const abort = new AbortController();
  const signal = AbortSignal.any([outer, abort.signal]);
  const blockIds: string[] = [];
  const idPrefix = randomUUID();
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const hasher = fileHasher(size);
  try {
    for (let offset = 0; offset < size && !failure && !signal.aborted; offset += BLOCK_BYTES) {
      const length = Math.min(BLOCK_BYTES, size - offset);
      const block = hashableBuffer(length);
      await readWhole(fd, block, offset, localPath);
      // Block ids must all have the same length: the index is zero-padded.
      const id = Buffer.from(`${idPrefix}-${String(blockIds.length).padStart(6, '0')}`).toString('base64');
      blockIds.push(id);
      const staged: Promise<void> = hasher
        .block(block)
        .then((md5) => blob.stageBlock(id, block, length, { transactionalContentMD5: md5, abortSignal: signal }))
        .then(
          () => void inFlight.delete(staged),
          (error: unknown) => {
            failure ??= { error };
            abort.abort();
          },
        );
      inFlight.add(staged);
      if (inFlight.size >= BLOCK_CONCURRENCY) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure) throw failure.error;
    outer.throwIfAborted();
    const contentMd5 = await hasher.digest();
    await blob.commitBlockList(blockIds, { blobHTTPHeaders: { blobContentMD5: contentMd5 }, abortSignal: outer });
  } finally {
    await Promise.all(inFlight);
    await hasher.close();
  }
}

/** Every regular file under `root`, relative with forward slashes. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
