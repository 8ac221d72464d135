export const id = 381;
export const ids = [381,247];
export const modules = {

/***/ 9247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yr: () => (/* binding */ CODE_HASH_VERSION),
  Y9: () => (/* binding */ codeSnapshot),
  bB: () => (/* binding */ componentContentHash),
  iy: () => (/* binding */ contentHash202208),
  db: () => (/* binding */ environmentContentHash),
  NS: () => (/* binding */ stageSnapshot)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/pipeline/component-rest.ts
var component_rest = __webpack_require__(2597);
;// CONCATENATED MODULE: ./shared/pipeline/ignore.ts


/**
 * Reads `.amlignore` from the folder's root, else `.gitignore` (only that one file, as azure-ai-ml does).
 * Like azure-ai-ml's `IgnoreFile.is_file_excluded`, the first pattern that matches decides.
 */
async function loadIgnore(root) {
    for (const name of ['.amlignore', '.gitignore']) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(root, name), 'utf8').catch(() => undefined);
        if (text !== undefined)
            return ignoreMatcher(text, name);
    }
    return { isExcluded: () => false };
}
function ignoreMatcher(text, source) {
    const rules = text
        .split(/\r?\n/)
        .map(parseRule)
        .filter((r) => r !== undefined);
    return {
        source,
        isExcluded: (relativePath) => {
            const rule = rules.find((r) => r.regex.test(relativePath));
            return rule ? rule.exclude : false;
        },
    };
}
function parseRule(line) {
    let pattern = line.trim();
    if (pattern === '' || pattern.startsWith('#'))
        return undefined;
    let exclude = true;
    if (pattern.startsWith('!')) {
        exclude = false;
        pattern = pattern.slice(1);
    }
    if (pattern.startsWith('\\'))
        pattern = pattern.slice(1);
    const dirOnly = pattern.endsWith('/');
    if (dirOnly)
        pattern = pattern.replace(/\/+$/, '');
    // A slash anywhere but the end anchors the pattern at the root; otherwise it matches at any depth.
    const anchored = pattern.includes('/');
    pattern = pattern.replace(/^\//, '');
    const body = globToRegex(pattern);
    const prefix = anchored ? '^' : '^(?:.*/)?';
    const suffix = dirOnly ? '/.*$' : '(?:/.*)?$';
    return { regex: new RegExp(prefix + body + suffix), exclude };
}
function globToRegex(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            const slashAfter = glob[i + 2] === '/';
            out += slashAfter ? '(?:.*/)?' : '.*';
            i += slashAfter ? 2 : 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end < 0)
                out += '\\[';
            else {
                out += `[${glob
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '\\' && i + 1 < glob.length)
            out += ignore_escape(glob[++i]);
        else
            out += ignore_escape(c);
    }
    return out;
}
function ignore_escape(c) {
    return c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
}

// EXTERNAL MODULE: ./shared/pipeline/python-format.ts
var python_format = __webpack_require__(219);
;// CONCATENATED MODULE: ./shared/pipeline/hashing.ts









/** The `hash_version` azure-ai-ml stores next to `hash_sha256` on code versions. */
const CODE_HASH_VERSION = '202208';
/**
 * Walks a code folder honouring `.amlignore`/`.gitignore` and computes its 202208 content hash. Additional
 * includes (files or folders) are added at the snapshot's root under their own name.
 */
async function codeSnapshot(path, additionalIncludes = []) {
    const snapshot = await folderSnapshot(path);
    if (additionalIncludes.length === 0)
        return snapshot;
    const files = [...snapshot.files];
    for (const include of additionalIncludes) {
        const extra = await folderSnapshot(include);
        const prefix = (await (0,promises_.stat)(include)).isDirectory() ? `${(0,external_node_path_.basename)(include)}/` : '';
        for (const file of extra.files) {
            const relativePath = `${prefix}${file.relativePath}`;
            if (files.some((f) => f.relativePath === relativePath))
                throw new errors/* UserError */.yo(`additional include ${include} would overwrite ${relativePath} of the code folder ${path}`);
            files.push({ ...file, relativePath });
        }
    }
    files.sort(byLowerCasePath);
    return { ...snapshot, files, contentHash: await contentHash202208(files) };
}
/**
 * A folder holding the snapshot's files at their relative paths, for uploading: the code folder itself, or,
 * when additional includes live elsewhere, a temporary copy of everything (as azure-ai-ml builds one).
 * `release()` removes the copy.
 */
async function stageSnapshot(snapshot) {
    const inPlace = snapshot.files.every((f) => f.absolutePath === snapshot.root || f.absolutePath === (0,external_node_path_.join)(snapshot.root, ...f.relativePath.split('/')));
    if (inPlace)
        return { folder: snapshot.root, release: async () => { } };
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'aml-code-'));
    const folder = (0,external_node_path_.join)(temp, snapshot.name);
    for (const file of snapshot.files) {
        const target = (0,external_node_path_.join)(folder, ...file.relativePath.split('/'));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.copyFile)(file.absolutePath, target);
    }
    return { folder, release: () => (0,promises_.rm)(temp, { recursive: true, force: true }) };
}
async function folderSnapshot(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw new errors/* UserError */.yo(`code path ${path} does not exist`);
    if (info.isFile()) {
        const files = [{ relativePath: (0,external_node_path_.basename)(path), absolutePath: path, size: info.size }];
        return { root: path, name: (0,external_node_path_.basename)(path), files, contentHash: await contentHash202208(files) };
    }
    const ignore = await loadIgnore(path);
    const files = [];
    await walk(path, '', (rel) => ignore.isExcluded(rel), files);
    if (files.length === 0)
        throw new errors/* UserError */.yo(`code folder ${path} is empty (or everything in it is ignored); nothing to upload`);
    files.sort(byLowerCasePath);
    const snapshot = {
        root: path,
        name: (0,external_node_path_.basename)(path),
        files,
        contentHash: await contentHash202208(files),
    };
    if (ignore.source)
        snapshot.ignoreFile = ignore.source;
    return snapshot;
}
async function walk(dir, prefix, excluded, into) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        const abs = (0,external_node_path_.join)(dir, entry.name);
        // Symlinks are followed, as os.walk(followlinks=True) does.
        const info = entry.isSymbolicLink() ? await (0,promises_.stat)(abs).catch(() => undefined) : entry;
        if (!info)
            continue;
        if (info.isDirectory())
            await walk(abs, rel, excluded, into);
        else if (info.isFile() && !excluded(rel))
            into.push({ relativePath: rel, absolutePath: abs, size: (await (0,promises_.stat)(abs)).size });
    }
}
function byLowerCasePath(a, b) {
    const x = a.relativePath.toLowerCase();
    const y = b.relativePath.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
}
/**
 * azure-ai-ml's `_get_file_list_content_hash`: sha256 over the file count, then `#path#` and size of each
 * file sorted by lower-cased path, then every file's bytes in that order. Must not change: the service
 * compares it with hashes other clients computed.
 */
async function contentHash202208(files) {
    const sorted = [...files].sort(byLowerCasePath);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    hash.update(String(sorted.length));
    for (const file of sorted) {
        hash.update(`#${file.relativePath}#`);
        hash.update(String(file.size));
    }
    for (const file of sorted)
        await feedFile(hash, file.absolutePath);
    return hash.digest('hex');
}
function feedFile(hash, path) {
    return new Promise((resolve, reject) => {
        (0,external_node_fs_.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => resolve())
            .on('error', reject);
    });
}
/** sha256 of canonical JSON: equal specs hash equal whatever their key order. */
function specHash(value) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,python_format/* pythonJsonDumps */.MT)(value)).digest('hex');
}
/**
 * What decides whether a registered environment is the same: its spec, the conda text, and the build
 * context's content hash. Stored as a tag so an unchanged environment is not written again.
 */
async function environmentContentHash(env) {
    const build = env.build?.local
        ? { context: (await codeSnapshot(env.build.local)).contentHash, dockerfile: env.build.dockerfilePath }
        : (env.build ?? null);
    return specHash({
        name: env.name ?? null,
        description: env.description ?? null,
        tags: env.tags ?? {},
        image: env.image ?? null,
        conda: env.conda?.text ?? null,
        build: build,
        inference_config: (env.inferenceConfig ?? null),
        os_type: env.osType ?? null,
    });
}
/** The content hash of a component: its spec with code and environment replaced by their own content hashes. */
async function componentContentHash(component) {
    const { code, environment: env } = (0,component_rest/* componentParts */.Sx)(component);
    const codeHash = code && 'local' in code
        ? `sha256:${(await codeSnapshot(code.local, code.additionalIncludes)).contentHash}`
        : (code?.remote ?? null);
    const envHash = !env ? null : env.kind === 'local' ? `sha256:${await environmentContentHash(env.spec)}` : env.text;
    const plain = (value) => JSON.parse(JSON.stringify(value, (k, v) => (k === 'loc' || k === 'code' || k === 'environment' ? undefined : v)));
    const header = {
        name: component.name ?? null,
        display_name: component.displayName ?? null,
        description: component.description ?? null,
        tags: component.tags ?? {},
        is_deterministic: component.isDeterministic,
        inputs: JSON.parse(JSON.stringify(component.inputs, (k, v) => (k === 'loc' ? undefined : v))),
        outputs: JSON.parse(JSON.stringify(component.outputs, (k, v) => (k === 'loc' ? undefined : v))),
    };
    // A parallel or spark component's own fields are its settings (code and environment hashed above).
    if (component.type !== 'command')
        return specHash({
            ...header,
            type: component.type,
            settings: plain(component.settings),
            code: codeHash,
            environment: envHash,
        });
    return specHash({
        ...header,
        command: component.command,
        code: codeHash,
        environment: envHash,
        resources: component.resources ?? null,
        distribution: component.distribution ?? null,
    });
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


/***/ }),

/***/ 4267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* unused harmony export UPLOAD_COMPLETED */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6580);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6677);
/* harmony import */ var _block_hasher_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1933);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9447);
/* harmony import */ var _plain_fs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6590);










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
const UPLOAD_COMPLETED = { upload_status: 'completed' };
/**
 * Uploads a code snapshot to `LocalUpload/<hash>/<dirName>/...`, the layout azure-ai-ml uses, so a snapshot
 * uploaded by `az ml` is reused by us and the other way round. The first file (in sorted order) is the
 * indicator: it gets `upload_status=completed` metadata only after every file is uploaded, so an
 * interrupted upload is redone rather than reused. When the indicator already says completed, nothing is sent.
 */
async function uploadFolder(access, options) {
    const files = [...(options.files ?? (await listFiles(options.source)))].sort();
    if (!files.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Nothing to upload: ${options.source} has no files.`);
    if (!/^[A-Za-z0-9_-]+$/.test(options.hash))
        throw new Error(`not a content hash: '${options.hash}'`);
    const prefix = `LocalUpload/${options.hash}/${options.dirName ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(options.source))}`;
    const url = `${access.url}/${prefix}`;
    const indicator = `${prefix}/${files[0]}`;
    return access.use(async (container) => {
        if (await isCompleted(container, indicator)) {
            options.log.info(`Code snapshot ${options.hash} is already uploaded at ${url}; reusing it.`);
            return { prefix, url, uploaded: false, fileCount: files.length };
        }
        options.log.info(`Uploading ${files.length} file(s) from ${options.source} to ${url}.`);
        const maxSinglePut = options.maxSinglePutBytes ?? MAX_SINGLE_PUT_BYTES;
        await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_9__/* .forEachBounded */ .a)(files, options.concurrency ?? 8, async (file, signal) => {
            try {
                const local = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.source, ...file.split('/'));
                await uploadFile(container, local, `${prefix}/${file}`, maxSinglePut, signal);
            }
            catch (error) {
                // Each request was retried already: say which file of which snapshot, not only "socket hang up".
                throw (0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeAzureFailure */ .dd)(`Uploading '${file}' of ${options.source} to ${url} (retried)`, error);
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
async function isCompleted(container, indicator) {
    try {
        const props = await container.getBlobClient(indicator).getProperties();
        return props.metadata?.upload_status === UPLOAD_COMPLETED.upload_status;
    }
    catch (error) {
        if (error.statusCode === 404)
            return false;
        throw error;
    }
}
/**
 * Uploads one file so that its blob carries the file's Content-MD5, which downloads (ours, az ml's) verify,
 * reading the file once: the hash is taken from the same bytes that are sent.
 */
async function uploadFile(container, localPath, blobName, maxSinglePut, signal) {
    const blob = container.getBlockBlobClient(blobName);
    // One open for the size and the bytes: with thousands of small files, every file-system call counts.
    const fd = await (0,_plain_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .open */ .ho)(localPath, 'r');
    let closing;
    try {
        const { size } = await (0,_plain_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .fstat */ .DE)(fd);
        if (size > maxSinglePut)
            return await uploadBlocks(blob, fd, localPath, size, signal);
        if (size > BLOCK_BYTES)
            return await streamWhole(blob, fd, localPath, size, signal);
        // Small files (most of a code snapshot): read once into memory, hashed, sent in one Put Blob.
        const data = Buffer.allocUnsafe(size);
        await readWhole(fd, data, 0, localPath);
        // The bytes are in memory, so the close runs beside the request instead of before it (one file-system
        // round trip less per file on the way to the service); a failed close is still thrown, below.
        closing = (0,_plain_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .close */ .VN)(fd);
        closing.catch(() => undefined);
        const md5 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(data).digest();
        const response = await blob.upload(data, size, { abortSignal: signal });
        checkStoredMd5(localPath, response.contentMD5, md5);
    }
    finally {
        await (closing ?? (0,_plain_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .close */ .VN)(fd));
    }
}
/** Fills `buffer` from `position` of the file; fewer bytes than that means the file shrank under the upload. */
async function readWhole(fd, buffer, position, localPath) {
    if ((await (0,_plain_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .readInto */ .Pq)(fd, buffer, buffer.length, position)) !== buffer.length) {
        throw new Error(`'${localPath}' changed while it was being uploaded`);
    }
}
/**
 * A file too large to hold in memory but not for one Put Blob (as plain uploadFile sends it), streamed from the
 * file and hashed on its way out (from 64 MiB on, on a worker thread beside the request). The service computes and
 * stores the MD5 of what it received as the blob's Content-MD5 and returns it: a value other than the hash of the bytes sent fails the upload (the snapshot is
 * then not marked completed). A retried request streams the file again, with a fresh hash.
 */
async function streamWhole(blob, fd, localPath, size, signal) {
    const attempts = [];
    const body = () => {
        const hashing = new _block_hasher_js__WEBPACK_IMPORTED_MODULE_7__/* .HashingStream */ .$K(size, READ_BYTES);
        attempts.push(hashing);
        const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)('', { fd, start: 0, end: size - 1, autoClose: false, highWaterMark: READ_BYTES });
        // The callback form returns `hashing`, and a read error destroys it, failing the request.
        return (0,node_stream__WEBPACK_IMPORTED_MODULE_4__.pipeline)(file, hashing, () => undefined);
    };
    try {
        const response = await blob.upload(body, size, { abortSignal: signal });
        checkStoredMd5(localPath, response.contentMD5, await attempts[attempts.length - 1].digest());
    }
    finally {
        await Promise.all(attempts.map((hashing) => hashing.release()));
    }
}
/**
 * Put Blob stores the MD5 the service computes of the bytes it received as the blob's Content-MD5, and returns
 * it. Checking it against the hash of the bytes sent proves the stored blob is the file, without sending the MD5
 * along (a header the service would parse and check on every file).
 */
function checkStoredMd5(localPath, stored, sent) {
    if (stored && sent.equals(stored))
        return;
    const storedText = stored ? Buffer.from(stored).toString('base64') : '(none)';
    throw new Error(`'${localPath}': the service stored Content-MD5 ${storedText}, but the bytes sent hash to ${sent.toString('base64')}`);
}
/**
 * A large file, read once in 16 MiB blocks. Each block is hashed twice from the same buffer (on a worker thread
 * from 64 MiB on): into the file's MD5, which Put Block List stores as the blob's Content-MD5, and on its own,
 * sent with its Put Block so the service rejects a block damaged in transit (and, given an MD5, skips computing
 * its own CRC64 of the block). Up to BLOCK_CONCURRENCY blocks are being hashed or sent at once; the storage
 * pipeline retries each request.
 */
async function uploadBlocks(blob, fd, localPath, size, outer) {
    const abort = new AbortController();
    const signal = AbortSignal.any([outer, abort.signal]);
    const blockIds = [];
    const idPrefix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const inFlight = new Set();
    let failure;
    const hasher = (0,_block_hasher_js__WEBPACK_IMPORTED_MODULE_7__/* .fileHasher */ .Ab)(size);
    try {
        for (let offset = 0; offset < size && !failure && !signal.aborted; offset += BLOCK_BYTES) {
            const length = Math.min(BLOCK_BYTES, size - offset);
            const block = (0,_block_hasher_js__WEBPACK_IMPORTED_MODULE_7__/* .hashableBuffer */ .jY)(length);
            await readWhole(fd, block, offset, localPath);
            // Block ids must all have the same length: the index is zero-padded.
            const id = Buffer.from(`${idPrefix}-${String(blockIds.length).padStart(6, '0')}`).toString('base64');
            blockIds.push(id);
            const staged = hasher
                .block(block)
                .then((md5) => blob.stageBlock(id, block, length, { transactionalContentMD5: md5, abortSignal: signal }))
                .then(() => void inFlight.delete(staged), (error) => {
                failure ??= { error };
                abort.abort();
            });
            inFlight.add(staged);
            if (inFlight.size >= BLOCK_CONCURRENCY)
                await Promise.race(inFlight);
        }
        await Promise.all(inFlight);
        if (failure)
            throw failure.error;
        outer.throwIfAborted();
        const contentMd5 = await hasher.digest();
        await blob.commitBlockList(blockIds, { blobHTTPHeaders: { blobContentMD5: contentMd5 }, abortSignal: outer });
    }
    finally {
        await Promise.all(inFlight);
        await hasher.close();
    }
}
/** Every regular file under `root`, relative with forward slashes. */
async function listFiles(root) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(root, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(entry.parentPath, entry.name)).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/'));
}


/***/ })

};
