export const id = 800;
export const ids = [800];
export const modules = {

/***/ 5045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadModel: () => (/* binding */ downloadModel)
/* harmony export */ });
/* harmony import */ var _storage_download_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5306);
/* harmony import */ var _lineage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9676);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6677);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8381);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4391);





/** Resolves the model version, downloads its files intact, and writes its lineage beside them. */
async function downloadModel(session, options) {
    const { log } = session;
    const { request } = options;
    const model = await log.group('Resolve the model version', async () => {
        const what = 'job' in request
            ? `the model registered by job ${request.job}`
            : `${request.name}: ${(0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .describeSelector */ .r5)(request.selector)}`;
        const found = await (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveModel */ .AX)(session, request);
        log.info(`Resolved ${what} -> ${found.name} version ${found.version} (${found.modelUri}).`);
        return found;
    });
    const job = model.jobName ? await trainingJob(session, model.jobName) : undefined;
    const download = await log.group(`Download ${model.name}:${model.version}`, async () => {
        const files = await (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .locateModelFiles */ .r)(session, model.modelUri);
        return (0,_storage_download_js__WEBPACK_IMPORTED_MODULE_0__.downloadPrefix)(files.access, files.path, options.destination, {
            log,
            concurrency: options.concurrency,
            maxAttempts: options.maxAttempts,
            retryDelayMs: options.retryDelayMs,
        });
    });
    const lineage = (0,_lineage_js__WEBPACK_IMPORTED_MODULE_1__.modelLineage)(model, job, { files: download.files.length, bytes: download.bytes, at: new Date() });
    const lineageFile = await (0,_lineage_js__WEBPACK_IMPORTED_MODULE_1__.writeLineage)(options.destination, lineage, download.files.map((f) => f.relativePath));
    log.info(`Lineage written to ${lineageFile}.`);
    return { model, lineage, lineageFile, download };
}
/** The training job's lineage; a job deleted since (its model remains) costs the commit, not the download. */
async function trainingJob(session, name) {
    try {
        return (0,_lineage_js__WEBPACK_IMPORTED_MODULE_1__.jobLineage)(await (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .getJob */ .a)(session, name));
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo))
            throw error;
        session.log.warning(`${error.message} The lineage records the job name only.`);
        return { name, tags: {} };
    }
}


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ HashingStream),
/* harmony export */   Ab: () => (/* binding */ fileHasher),
/* harmony export */   jY: () => (/* binding */ hashableBuffer)
/* harmony export */ });
/* unused harmony export BlockHasher */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);
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

/***/ 6590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ rename),
/* harmony export */   DE: () => (/* binding */ fstat),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   VN: () => (/* binding */ close),
/* harmony export */   _h: () => (/* binding */ writeFile),
/* harmony export */   ho: () => (/* binding */ open)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
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
