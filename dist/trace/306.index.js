export const id = 306;
export const ids = [306];
export const modules = {

/***/ 81933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ HashingStream),
/* harmony export */   Ab: () => (/* binding */ fileHasher),
/* harmony export */   jY: () => (/* binding */ hashableBuffer)
/* harmony export */ });
/* unused harmony export BlockHasher */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);



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
class BlockHasher {
    worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(WORKER_SOURCE, { eval: true });
    pending = new Map();
    nextId = 0;
    constructor() {
        this.worker.on('message', ({ id, md5 }) => {
            this.pending.get(id)?.resolve(Buffer.from(md5));
            this.pending.delete(id);
        });
        this.worker.on('error', (error) => this.failAll(error));
        this.worker.on('exit', () => this.failAll(new Error('the hashing worker stopped')));
    }
    /** Adds `block` (from `hashableBuffer`) to the file's MD5, in call order; resolves with the block's own MD5. */
    block(block) {
        return this.ask({ block: block.buffer, offset: block.byteOffset, length: block.length });
    }
    /** Adds `block` (from `hashableBuffer`) to the file's MD5 only, in call order; resolves once the worker has it. */
    add(block) {
        return this.ask({ block: block.buffer, offset: block.byteOffset, length: block.length, fileOnly: true });
    }
    /** The MD5 of every block given so far, in order. */
    digest() {
        return this.ask({});
    }
    async close() {
        this.worker.removeAllListeners('exit');
        await this.worker.terminate();
    }
    ask(message) {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.worker.postMessage({ id, ...message });
        });
    }
    failAll(error) {
        for (const { reject } of this.pending.values())
            reject(error);
        this.pending.clear();
    }
}
/** Below this a worker's start (tens of ms) costs more than hashing in line does. */
const WORKER_MIN_BYTES = 64 * 1024 * 1024;
/** A hasher for a file of `size` bytes: on a worker thread when the file is large enough to repay it. */
function fileHasher(size) {
    return size >= WORKER_MIN_BYTES ? new BlockHasher() : inlineHasher();
}
/** A buffer any hasher can read without a copy (shared with the worker, when there is one). */
function hashableBuffer(length) {
    return Buffer.from(new SharedArrayBuffer(length));
}
function inlineHasher() {
    const file = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5');
    return {
        block: async (block) => {
            file.update(block);
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(block).digest();
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
class HashingStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    onChunk;
    /** Bytes that went through so far. */
    bytes = 0;
    hasher;
    queued = [];
    block = hashableBuffer(STREAM_BLOCK_BYTES);
    filled = 0;
    /** `onChunk` sees the length of every chunk (progress); `highWaterMark` as for any Transform. */
    constructor(size, highWaterMark, onChunk = () => undefined) {
        super({ highWaterMark });
        this.onChunk = onChunk;
        this.hasher = fileHasher(size);
    }
    _transform(chunk, _encoding, done) {
        this.onChunk(chunk.length);
        this.bytes += chunk.length;
        for (let from = 0; from < chunk.length;) {
            const copied = chunk.copy(this.block, this.filled, from);
            this.filled += copied;
            from += copied;
            if (this.filled === this.block.length)
                this.hashFilled();
        }
        const { queued } = this;
        const waiting = queued.length > STREAM_BLOCKS_QUEUED ? queued.splice(0, queued.length - STREAM_BLOCKS_QUEUED) : [];
        Promise.all(waiting).then(() => done(null, chunk), done);
    }
    /** The MD5 of every byte that went through. */
    async digest() {
        this.hashFilled();
        await Promise.all(this.queued);
        return this.hasher.digest();
    }
    async release() {
        await Promise.allSettled(this.queued);
        await this.hasher.close();
    }
    hashFilled() {
        if (this.filled) {
            const added = this.hasher.add(this.block.subarray(0, this.filled));
            added.catch(() => undefined); // observed later, by the transform or digest()
            this.queued.push(added);
        }
        this.block = hashableBuffer(STREAM_BLOCK_BYTES);
        this.filled = 0;
    }
}


/***/ }),

/***/ 9447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ forEachBounded)
/* harmony export */ });
/**
 * Runs `work` over `items` with at most `limit` running at once. On the first failure no new item is
 * started, the signal given to running items is aborted, and once they have settled the failure is thrown.
 */
async function forEachBounded(items, limit, work) {
    const abort = new AbortController();
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < items.length) {
            const item = items[next++];
            try {
                await work(item, abort.signal);
            }
            catch (error) {
                failure ??= { error };
                abort.abort();
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
}


/***/ }),

/***/ 35306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BrokenTransferError: () => (/* binding */ BrokenTransferError),
  IntegrityError: () => (/* binding */ IntegrityError),
  downloadPrefix: () => (/* binding */ downloadPrefix),
  formatBytes: () => (/* binding */ formatBytes)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/storage/block-hasher.ts
var block_hasher = __webpack_require__(81933);
// EXTERNAL MODULE: ./shared/storage/concurrency.ts
var concurrency = __webpack_require__(9447);
// EXTERNAL MODULE: ./shared/storage/plain-fs.ts
var plain_fs = __webpack_require__(26590);
;// CONCATENATED MODULE: ./shared/storage/safe-path.ts

/**
 * Where a blob lands under `destination`, or why it must not be written. Blob names are remote input:
 * a name such as `model/../../.bashrc` or `/etc/cron.d/x` must never leave the destination folder.
 */
function localPathFor(destination, relativeName) {
    if (relativeName === '')
        return { refused: 'empty name' };
    if (relativeName.includes('\0'))
        return { refused: 'contains a NUL character' };
    if (relativeName.startsWith('/') || relativeName.startsWith('\\') || /^[A-Za-z]:/.test(relativeName)) {
        return { refused: 'absolute name' };
    }
    const segments = relativeName.split(/[\\/]/);
    if (segments.some((s) => s === '..'))
        return { refused: "contains a '..' segment" };
    const root = external_node_path_default().resolve(destination);
    const target = external_node_path_default().resolve(root, ...segments.filter((s) => s !== '' && s !== '.'));
    const inside = external_node_path_default().relative(root, target);
    const escapes = inside === '..' || inside.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(inside);
    if (inside === '' || escapes)
        return { refused: 'leaves the destination' };
    return { path: target };
}

;// CONCATENATED MODULE: ./shared/storage/download.ts











const STREAM_BUFFER_BYTES = 1024 * 1024;
/** The bytes on disk do not match what the service says the blob holds. Worth another attempt. */
class IntegrityError extends Error {
    name = 'IntegrityError';
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
async function downloadPrefix(access, prefix, destination, options) {
    const { log } = options;
    const where = `${access.url}/${prefix}`;
    return access.use(async (container) => {
        const listed = await listTarget(container, prefix);
        if (!listed)
            throw new errors/* UserError */.yo(`Nothing to download: no blob or folder at ${where}.`);
        const planned = planFiles(listed.kind, listed.blobs, prefix, destination);
        const total = planned.reduce((sum, b) => sum + b.size, 0);
        log.info(`Downloading ${planned.length} file(s), ${formatBytes(total)}, from ${where} to ${destination}.`);
        // Folders once up front, not once per file: with thousands of small files the syscalls add up.
        for (const dir of new Set(planned.map((b) => external_node_path_default().dirname(b.localPath))))
            await (0,promises_.mkdir)(dir, { recursive: true });
        const progress = progressReporter(log, planned.length, total, options.progressIntervalMs ?? 10_000);
        const files = [];
        try {
            await (0,concurrency/* forEachBounded */.a)(planned, options.concurrency ?? 8, async (blob, signal) => {
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
        }
        finally {
            progress.stop();
        }
        files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
        log.info(`Downloaded ${files.length} file(s), ${formatBytes(total)}; ${files.filter((f) => f.md5Verified).length} checked against Content-MD5.`);
        return { kind: listed.kind, files, bytes: total };
    });
}
/** The blobs under `prefix/` (a folder), else the blob named `prefix` (a file), else nothing. */
async function listTarget(container, prefix) {
    const folder = prefix.replace(/\/+$/, '');
    const folderPrefix = folder === '' ? '' : `${folder}/`;
    const blobs = [];
    for await (const item of container.listBlobsFlat({ prefix: folderPrefix, includeMetadata: true })) {
        if (!isFolderMarker(item))
            blobs.push({ name: item.name, size: item.properties.contentLength ?? 0 });
    }
    if (blobs.length)
        return { kind: 'folder', blobs };
    if (folder === '' || prefix.endsWith('/'))
        return undefined;
    try {
        const props = await container.getBlobClient(folder).getProperties();
        return { kind: 'file', blobs: [{ name: folder, size: props.contentLength ?? 0 }] };
    }
    catch (error) {
        if (error.statusCode === 404)
            return undefined;
        throw error;
    }
}
/** ADLS Gen2 and some tools store empty "directory" blobs; they are not files. */
function isFolderMarker(item) {
    return item.metadata?.hdi_isfolder === 'true' || (item.name.endsWith('/') && !item.properties.contentLength);
}
function planFiles(kind, blobs, prefix, destination) {
    const folder = prefix.replace(/\/+$/, '');
    const refused = [];
    const planned = [];
    for (const blob of blobs) {
        const relative = kind === 'file' ? external_node_path_default().posix.basename(blob.name) : blob.name.slice(folder === '' ? 0 : folder.length + 1);
        const target = localPathFor(destination, relative);
        if ('refused' in target)
            refused.push(`'${blob.name}' (${target.refused})`);
        else
            planned.push({ name: blob.name, relativePath: relative, localPath: target.path, size: blob.size });
    }
    if (refused.length) {
        throw new errors/* UserError */.yo(`Refusing to download: ${refused.length} blob name(s) would be written outside ${destination}: ` +
            `${refused.slice(0, 10).join(', ')}${refused.length > 10 ? ', ...' : ''}. Nothing was written.`);
    }
    return planned;
}
/** Returns whether the Content-MD5 was checked. Throws the last failure once attempts are used up. */
async function downloadWithRetries(container, blob, signal, options, onBytes) {
    const maxAttempts = options.maxAttempts ?? 3;
    for (let attempt = 1;; attempt++) {
        let received = 0;
        try {
            return await transferOnce(container, blob, signal, (n) => {
                received += n;
                onBytes(n);
            });
        }
        catch (error) {
            onBytes(-received);
            if (signal.aborted || !isTransient(error))
                throw error;
            if (attempt >= maxAttempts) {
                throw new errors/* UserError */.yo(`Download of blob '${blob.name}' failed ${attempt} times; last: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
            options.log.warning(`Blob '${blob.name}': ${(0,errors/* errorMessage */.gJ)(error)}. Retrying (attempt ${attempt + 1} of ${maxAttempts}).`);
            await (0,external_node_timers_promises_.setTimeout)((options.retryDelayMs ?? 1000) * attempt, undefined, { signal });
        }
    }
}
/**
 * One GET, checked against the size and Content-MD5 the service gives, written to `<file>.partial` and renamed
 * into place, so a failed file never looks complete.
 */
async function transferOnce(container, blob, signal, onBytes) {
    const partial = `${blob.localPath}.partial`;
    try {
        // maxRetryRequests: the SDK resumes a broken body stream from the byte it reached before we give up on it.
        const response = await container
            .getBlobClient(blob.name)
            .download(0, undefined, { abortSignal: signal, maxRetryRequests: 3 });
        if (!response.readableStreamBody)
            throw new Error('the service returned no body');
        const expectedSize = response.contentLength ?? blob.size;
        // A whole-blob GET carries the stored Content-MD5 in Content-MD5; ranged reads carry it in x-ms-blob-content-md5.
        const expectedMd5 = response.blobContentMD5 ?? response.contentMD5;
        const transfer = {
            body: response.readableStreamBody,
            partial,
            blob,
            signal,
            onBytes,
            verify(bytes, actual) {
                if (bytes !== expectedSize)
                    throw new IntegrityError(`received ${bytes} bytes, expected ${expectedSize}`);
                if (expectedMd5 && !actual.equals(Buffer.from(expectedMd5))) {
                    throw new IntegrityError(`Content-MD5 mismatch: the blob says ${Buffer.from(expectedMd5).toString('base64')}, the bytes received hash to ${actual.toString('base64')}`);
                }
            },
        };
        await (expectedSize <= STREAM_BUFFER_BYTES ? writeSmall(transfer) : streamLarge(transfer));
        await (0,plain_fs/* rename */.$w)(partial, blob.localPath);
        return Boolean(expectedMd5);
    }
    catch (error) {
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
}
/**
 * A blob that fits one buffer is read whole and checked before one write: a bad body never reaches the disk,
 * and most files of a many-file model skip the cost of a stream pipeline, which is more than their bytes.
 */
async function writeSmall(t) {
    const chunks = [];
    let bytes = 0;
    try {
        for await (const chunk of t.body) {
            t.onBytes(chunk.length);
            chunks.push(chunk);
            bytes += chunk.length;
        }
    }
    catch (error) {
        throw broken(t, bytes, error);
    }
    const data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, bytes);
    t.verify(bytes, (0,external_node_crypto_.createHash)('md5').update(data).digest());
    await (0,plain_fs/* writeFile */._h)(t.partial, data, { signal: t.signal });
}
/**
 * A larger blob streams to disk, never whole in memory, and is checked once written. It is hashed on its way
 * through (from 64 MiB on, on a worker thread, beside receiving and writing rather than in line).
 */
async function streamLarge(t) {
    // 1 MiB buffers: with the default 16 KiB, backpressure stalls the stream every few packets.
    const hashing = new block_hasher/* HashingStream */.$K(t.blob.size, STREAM_BUFFER_BYTES, t.onBytes);
    const file = (0,external_node_fs_.createWriteStream)(t.partial, { highWaterMark: STREAM_BUFFER_BYTES });
    try {
        await (0,external_node_stream_promises_.pipeline)(t.body, hashing, file, { signal: t.signal }).catch((error) => {
            throw broken(t, hashing.bytes, error);
        });
        t.verify(hashing.bytes, await hashing.digest());
    }
    finally {
        await hashing.release();
    }
}
/** Our own cancellation stays an abort; anything else that breaks the body is worth another attempt. */
function broken(t, bytes, error) {
    if (t.signal.aborted)
        return error;
    return new BrokenTransferError(`the transfer broke after ${bytes} of ${t.blob.size} bytes (${(0,errors/* errorMessage */.gJ)(error)})`);
}
/** The body stream ended early or the connection reset. Worth another attempt. */
class BrokenTransferError extends Error {
    name = 'BrokenTransferError';
}
/** Worth another attempt: broken connections, server errors, throttling, and integrity failures. */
function isTransient(error) {
    if (error instanceof IntegrityError || error instanceof BrokenTransferError)
        return true;
    // No HTTP status: the connection or the body stream broke (a reset body surfaces as an AbortError too;
    // our own cancellation is told apart by the caller through its signal).
    const e = error;
    if (e?.statusCode === undefined)
        return true;
    return e.statusCode === 408 || e.statusCode === 429 || e.statusCode >= 500;
}
function progressReporter(log, fileCount, totalBytes, intervalMs) {
    let bytes = 0;
    let files = 0;
    const timer = setInterval(() => {
        log.info(`  ${formatBytes(bytes)} of ${formatBytes(totalBytes)}, ${files} of ${fileCount} file(s) done`);
    }, intervalMs);
    timer.unref();
    return {
        add: (n) => (bytes += n),
        fileDone: () => files++,
        stop: () => clearInterval(timer),
    };
}
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 26590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ rename),
/* harmony export */   DE: () => (/* binding */ fstat),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   VN: () => (/* binding */ close),
/* harmony export */   _h: () => (/* binding */ writeFile),
/* harmony export */   ho: () => (/* binding */ open)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The callback file-system calls, as promises, for the per-file work of a transfer. `fs/promises` wraps every
 * opened file in a FileHandle object (tracked, closed through its own promise); with thousands of small files
 * that costs more than the syscalls: reading 2,000 files of 4 KB took 115 ms of CPU through FileHandles and
 * 87 ms through these, writing 2,000 files of 8 KiB 227 ms through `fs/promises` and 175 ms through these.
 */
const open = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().open));
const fstat = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstat));
const close = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().close));
const writeFile = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFile));
const rename = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().rename));
/** Reads `length` bytes at `position` into `buffer`; resolves with the number of bytes read. */
function readInto(fd, buffer, length, position) {
    return new Promise((resolve, reject) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().read(fd, buffer, 0, length, position, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));
}


/***/ })

};
