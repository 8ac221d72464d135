import type { BlobItem, ContainerClient } from '@azure/storage-blob';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError, errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { ContainerAccess } from './access.js';
import { HashingStream } from './block-hasher.js';
import { forEachBounded } from './concurrency.js';
import { rename, writeFile } from './plain-fs.js';
import { localPathFor } from './safe-path.js';

export interface DownloadOptions {
  log: Logger;
  /** Blobs transferred at once (default 8). */
  concurrency?: number;
  /** Attempts per blob before the download fails (default 3); a broken stream or bad checksum uses one. */
  maxAttempts?: number;
  /** Pause before a retry, multiplied by the attempt number (default 1000 ms). */
  retryDelayMs?: number;
  /** How often a long download reports progress (default 10 s). */
  progressIntervalMs?: number;
}

export interface DownloadedFile {
  blobName: string;
  /** Path relative to the destination, with forward slashes. */
  relativePath: string;
  path: string;
  size: number;
  /** True when the bytes were checked against the blob's Content-MD5. */
  md5Verified: boolean;
}

export interface DownloadResult {
  /** `file`: the prefix named one blob, saved as destination/<its base name>; `folder`: its contents fill destination. */
  kind: 'file' | 'folder';
  files: DownloadedFile[];
  bytes: number;
}

const STREAM_BUFFER_BYTES = 1024 * 1024;

/** One blob to fetch, decided before any byte is written. */
interface PlannedBlob {
  name: string;
  relativePath: string;
  localPath: string;
  size: number;
}

/** The bytes on disk do not match what the service says the blob holds. Worth another attempt. */
export class IntegrityError extends Error {
  override name = 'IntegrityError';
}

/**
 * Downloads the blob or virtual folder at `prefix` into `destination`.
 *
 * A folder (`prefix/` has blobs) has its contents written directly into `destination`, keeping sub-folders;
 * a single blob is written as `destination/<base name>`. Every blob name is checked before anything is
 * written, and one that would land outside `destination` refuses the whole download. Blobs stream to disk
 * (never whole in memory), `concurrency` at a time, each checked against its size and Content-MD5, and
 * retried when the transfer breaks or the check fails.
 */
export async function downloadPrefix(
  access: ContainerAccess,
  prefix: string,
  destination: string,
  options: DownloadOptions,
): Promise<DownloadResult> {
  const { log } = options;
  const where = `${access.url}/${prefix}`;
  return access.use(async (container) => {
    const listed = await listTarget(container, prefix);
    if (!listed) throw new UserError(`Nothing to download: no blob or folder at ${where}.`);
    const planned = planFiles(listed.kind, listed.blobs, prefix, destination);
    const total = planned.reduce((sum, b) => sum + b.size, 0);
    log.info(`Downloading ${planned.length} file(s), ${formatBytes(total)}, from ${where} to ${destination}.`);
    // Folders once up front, not once per file: with thousands of small files the syscalls add up.
    for (const dir of new Set(planned.map((b) => path.dirname(b.localPath)))) await mkdir(dir, { recursive: true });
    const progress = progressReporter(log, planned.length, total, options.progressIntervalMs ?? 10_000);
    const files: DownloadedFile[] = [];
    try {
      await forEachBounded(planned, options.concurrency ?? 8, async (blob, signal) => {
        const md5Verified = await downloadWithRetries(container, blob, signal, options, progress.add);
        files.push({
          blobName: blob.name,
          relativePath: blob.relativePath,
          path: blob.localPath,
          size: blob.size,
          md5Verified,
        });
        progress.fileDone();
      });
    } finally {
      progress.stop();
    }
    files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
    log.info(
      `Downloaded ${files.length} file(s), ${formatBytes(total)}; ${files.filter((f) => f.md5Verified).length} checked against Content-MD5.`,
    );
    return { kind: listed.kind, files, bytes: total };
  });
}

interface ListedBlob {
  name: string;
  size: number;
}

/** The blobs under `prefix/` (a folder), else the blob named `prefix` (a file), else nothing. */
async function listTarget(
  container: ContainerClient,
  prefix: string,
): Promise<{ kind: 'file' | 'folder'; blobs: ListedBlob[] } | undefined> {
  const folder = prefix.replace(/\/+$/, '');
  const folderPrefix = folder === '' ? '' : `${folder}/`;
  const blobs: ListedBlob[] = [];
  for await (const item of container.listBlobsFlat({ prefix: folderPrefix, includeMetadata: true })) {
    if (!isFolderMarker(item)) blobs.push({ name: item.name, size: item.properties.contentLength ?? 0 });
  }
  if (blobs.length) return { kind: 'folder', blobs };
  if (folder === '' || prefix.endsWith('/')) return undefined;
  try {
    const props = await container.getBlobClient(folder).getProperties();
    return { kind: 'file', blobs: [{ name: folder, size: props.contentLength ?? 0 }] };
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw error;
  }
}

/** ADLS Gen2 and some tools store empty "directory" blobs; they are not files. */
function isFolderMarker(item: BlobItem): boolean {
  return item.metadata?.hdi_isfolder === 'true' || (item.name.endsWith('/') && !item.properties.contentLength);
}

function planFiles(kind: 'file' | 'folder', blobs: ListedBlob[], prefix: string, destination: string): PlannedBlob[] {
  const folder = prefix.replace(/\/+$/, '');
  const refused: string[] = [];
  const planned: PlannedBlob[] = [];
  for (const blob of blobs) {
    const relative =
      kind === 'file' ? path.posix.basename(blob.name) : blob.name.slice(folder === '' ? 0 : folder.length + 1);
    const target = localPathFor(destination, relative);
    if ('refused' in target) refused.push(`'${blob.name}' (${target.refused})`);
    else planned.push({ name: blob.name, relativePath: relative, localPath: target.path, size: blob.size });
  }
  if (refused.length) {
    throw new UserError(
      `Refusing to download: ${refused.length} blob name(s) would be written outside ${destination}: ` +
        `${refused.slice(0, 10).join(', ')}${refused.length > 10 ? ', ...' : ''}. Nothing was written.`,
    );
  }
  return planned;
}

/** Returns whether the Content-MD5 was checked. Throws the last failure once attempts are used up. */
async function downloadWithRetries(
  container: ContainerClient,
  blob: PlannedBlob,
  signal: AbortSignal,
  options: DownloadOptions,
  onBytes: (n: number) => void,
): Promise<boolean> {
  const maxAttempts = options.maxAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    let received = 0;
    try {
      return await transferOnce(container, blob, signal, (n) => {
        received += n;
        onBytes(n);
      });
    } catch (error) {
      onBytes(-received);
      if (signal.aborted || !isTransient(error)) throw error;
      if (attempt >= maxAttempts) {
        throw new UserError(`Download of blob '${blob.name}' failed ${attempt} times; last: ${errorMessage(error)}`);
      }
      options.log.warning(
        `Blob '${blob.name}': ${errorMessage(error)}. Retrying (attempt ${attempt + 1} of ${maxAttempts}).`,
      );
      await sleep((options.retryDelayMs ?? 1000) * attempt, undefined, { signal });
    }
  }
}

/**
 * One GET, checked against the size and Content-MD5 the service gives, written to `<file>.partial` and renamed
 * into place, so a failed file never looks complete.
 */
async function transferOnce(
  container: ContainerClient,
  blob: PlannedBlob,
  signal: AbortSignal,
  onBytes: (n: number) => void,
): Promise<boolean> {
  const partial = `${blob.localPath}.partial`;
  try {
    // maxRetryRequests: the SDK resumes a broken body stream from the byte it reached before we give up on it.
    const response = await container
      .getBlobClient(blob.name)
      .download(0, undefined, { abortSignal: signal, maxRetryRequests: 3 });
    if (!response.readableStreamBody) throw new Error('the service returned no body');
    const expectedSize = response.contentLength ?? blob.size;
    // A whole-blob GET carries the stored Content-MD5 in Content-MD5; ranged reads carry it in x-ms-blob-content-md5.
    const expectedMd5 = response.blobContentMD5 ?? response.contentMD5;
    const transfer: Transfer = {
      body: response.readableStreamBody,
      partial,
      blob,
      signal,
      onBytes,
      verify(bytes, actual) {
        if (bytes !== expectedSize) throw new IntegrityError(`received ${bytes} bytes, expected ${expectedSize}`);
        if (expectedMd5 && !actual.equals(Buffer.from(expectedMd5))) {
          throw new IntegrityError(
            `Content-MD5 mismatch: the blob says ${Buffer.from(expectedMd5).toString('base64')}, the bytes received hash to ${actual.toString('base64')}`,
          );
        }
      },
    };
    await (expectedSize <= STREAM_BUFFER_BYTES ? writeSmall(transfer) : streamLarge(transfer));
    await rename(partial, blob.localPath);
    return Boolean(expectedMd5);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** One blob's body on its way to `partial`. */
interface Transfer {
  body: NodeJS.ReadableStream;
  partial: string;
  blob: PlannedBlob;
  signal: AbortSignal;
  /** Progress: called with the length of every chunk. */
  onBytes: (n: number) => void;
  /** Throws an IntegrityError unless the bytes received are the blob's size and hash to its Content-MD5. */
  verify: (bytes: number, md5: Buffer) => void;
}

/**
 * A blob that fits one buffer is read whole and checked before one write: a bad body never reaches the disk,
 * and most files of a many-file model skip the cost of a stream pipeline, which is more than their bytes.
 */
async function writeSmall(t: Transfer): Promise<void> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of t.body as AsyncIterable<Buffer>) {
      t.onBytes(chunk.length);
      chunks.push(chunk);
      bytes += chunk.length;
    }
  } catch (error) {
    throw broken(t, bytes, error);
  }
  const data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, bytes);
  t.verify(bytes, createHash('md5').update(data).digest());
  await writeFile(t.partial, data, { signal: t.signal });
}

/**
 * A larger blob streams to disk, never whole in memory, and is checked once written. It is hashed on its way
 * through (from 64 MiB on, on a worker thread, beside receiving and writing rather than in line).
 */
async function streamLarge(t: Transfer): Promise<void> {
  // 1 MiB buffers: with the default 16 KiB, backpressure stalls the stream every few packets.
  const hashing = new HashingStream(t.blob.size, STREAM_BUFFER_BYTES, t.onBytes);
  const file = createWriteStream(t.partial, { highWaterMark: STREAM_BUFFER_BYTES });
  try {
    await pipeline(t.body, hashing, file, { signal: t.signal }).catch((error) => {
      throw broken(t, hashing.bytes, error);
    });
    t.verify(hashing.bytes, await hashing.digest());
  } finally {
    await hashing.release();
  }
}

/** Our own cancellation stays an abort; anything else that breaks the body is worth another attempt. */
function broken(t: Transfer, bytes: number, error: unknown): unknown {
  if (t.signal.aborted) return error;
  return new BrokenTransferError(`the transfer broke after ${bytes} of ${t.blob.size} bytes (${errorMessage(error)})`);
}

/** The body stream ended early or the connection reset. Worth another attempt. */
export class BrokenTransferError extends Error {
  override name = 'BrokenTransferError';
}

/** Worth another attempt: broken connections, server errors, throttling, and integrity failures. */
function isTransient(error: unknown): boolean {
  if (error instanceof IntegrityError || error instanceof BrokenTransferError) return true;
  // No HTTP status: the connection or the body stream broke (a reset body surfaces as an AbortError too;
  // our own cancellation is told apart by the caller through its signal).
  const e = error as { statusCode?: number };
  if (e?.statusCode === undefined) return true;
  return e.statusCode === 408 || e.statusCode === 429 || e.statusCode >= 500;
}

function progressReporter(log: Logger, fileCount: number, totalBytes: number, intervalMs: number) {
  let bytes = 0;
  let files = 0;
  const timer = setInterval(() => {
    log.info(`  ${formatBytes(bytes)} of ${formatBytes(totalBytes)}, ${files} of ${fileCount} file(s) done`);
  }, intervalMs);
  timer.unref();
  return {
    add: (n: number) => (bytes += n),
    fileDone: () => files++,
    stop: () => clearInterval(timer),
  };
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
