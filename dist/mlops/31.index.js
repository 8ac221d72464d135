export const id = 31;
export const ids = [31,261,522,195];
export const modules = {

/***/ 5195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ anonymousSpecRegistrar),
/* harmony export */   anonymousRegistrar: () => (/* binding */ anonymousRegistrar)
/* harmony export */ });
/* unused harmony export anonymousComponentRegistrar */
/* harmony import */ var _pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2597);
/* harmony import */ var _pipeline_steps_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1355);
/* harmony import */ var _execute_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2119);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1591);
/* harmony import */ var _workspace_assets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2433);






/** Returns `registerComponent(component) -> component version ARM id`; assets shared by components are written once. */
function anonymousComponentRegistrar(session, options) {
    return anonymousRegistrar(session, options).registerComponent;
}
/** `registerComponent` and the `dependencies` of a pipeline's parallel/spark nodes, on one plan. */
function anonymousRegistrar(session, options) {
    const assets = new _workspace_assets_js__WEBPACK_IMPORTED_MODULE_4__/* .WorkspaceAssets */ .j(session);
    const planner = new _plan_js__WEBPACK_IMPORTED_MODULE_3__/* .Planner */ .xB(assets, options.strategy ?? 'yaml');
    const writer = new _execute_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanWriter */ .dE(assets, {
        tags: options.tags,
        uploader: options.uploader ?? (0,_execute_js__WEBPACK_IMPORTED_MODULE_2__/* .datastoreUploader */ .AX)(session),
    });
    const writes = new Map();
    const ensure = (asset) => {
        if (asset.action === 'reuse')
            return Promise.resolve();
        let write = writes.get(asset.id);
        if (!write) {
            write = asset.kind === 'code' ? writer.code(asset) : writer.environment(asset);
            writes.set(asset.id, write);
        }
        return write;
    };
    const writingResolver = (use) => ({
        ...planner.dependencyResolver(use),
        codeId: async (localPath, includes) => {
            const code = await planner.code(localPath, includes);
            await ensure(code);
            return code.id;
        },
        environmentId: async (spec) => {
            const env = await planner.localEnvironment(use, spec);
            await ensure(env);
            return env.id;
        },
    });
    // A node's task names its component's environment object: registered the way the component's was.
    const uses = new WeakMap();
    const registerComponent = async (component, source = 'YAML.JOB') => {
        const use = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .componentParts */ .Sx)(component).environment;
        if (use?.kind === 'local')
            uses.set(use.spec, use);
        const resolver = writingResolver(use);
        const deps = await (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveComponentDependencies */ .v6)(component, resolver);
        const body = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .componentVersionBody */ .__)(component, deps, { isAnonymous: true, source, tags: options.tags });
        const version = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .anonymousComponentVersion */ .nq)(body.properties.componentSpec);
        const existing = await assets.getVersion('component', _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANONYMOUS_COMPONENT */ .Kj, version);
        if (existing)
            return existing.id;
        return assets.createVersion('component', _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANONYMOUS_COMPONENT */ .Kj, version, body);
    };
    const dependencies = {
        ...writingResolver(undefined),
        environmentId: (spec) => writingResolver(uses.get(spec)).environmentId(spec),
    };
    return { registerComponent, dependencies };
}
/**
 * Returns `registerComponentSpec(spec) -> component version ARM id` for a pipeline's local pipeline components:
 * their spec is complete (the components inside are registered first), so it is written as it is, under
 * azure-ai-ml's content-derived version, and reused when present.
 */
function anonymousSpecRegistrar(session, options) {
    const assets = new _workspace_assets_js__WEBPACK_IMPORTED_MODULE_4__/* .WorkspaceAssets */ .j(session);
    return async (spec, component) => {
        const version = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .anonymousComponentVersion */ .nq)(spec);
        const existing = await assets.getVersion('component', _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANONYMOUS_COMPONENT */ .Kj, version);
        if (existing)
            return existing.id;
        const body = component.type === 'pipeline'
            ? (0,_pipeline_steps_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineComponentVersionBody */ .Ox)(component, spec, { isAnonymous: true })
            : { properties: { componentSpec: spec, isAnonymous: true, tags: {}, properties: {} } };
        body.properties.tags = { ...body.properties.tags, ...options.tags };
        return assets.createVersion('component', _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANONYMOUS_COMPONENT */ .Kj, version, body);
    };
}


/***/ }),

/***/ 2031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalBackend: () => (/* binding */ LocalBackend)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/jobs/identity.ts
var jobs_identity = __webpack_require__(8449);
// EXTERNAL MODULE: ./shared/local/model-lineage.ts
var model_lineage = __webpack_require__(8019);
// EXTERNAL MODULE: ./shared/local/index.ts + 27 modules
var local = __webpack_require__(8454);
// EXTERNAL MODULE: ./shared/models/promote.ts
var promote = __webpack_require__(9141);
;// CONCATENATED MODULE: ./shared/models/promote-local.ts
/** The local workspace's model versions as promote.ts reads and writes them (`shared/local/models.ts`). */

function localModelTagStore(ws) {
    return {
        where: `local workspace ${ws.root}`,
        async resolve(name, selector) {
            const model = await (0,local.resolveLocalModel)(ws, name, selector);
            return { version: model.version, id: model.path, tags: model.tags };
        },
        async holders(name, tag) {
            return (await (0,local.listLocalModels)(ws, name)).filter((m) => m.tags[tag.key] === tag.value).map((m) => m.version);
        },
        updateTags: (name, version, edit) => (0,local.editLocalModelTags)(ws, name, version, edit),
    };
}

// EXTERNAL MODULE: ./shared/storage/download.ts + 1 modules
var storage_download = __webpack_require__(5306);
// EXTERNAL MODULE: ./shared/submission/run.ts + 4 modules
var run = __webpack_require__(8261);
// EXTERNAL MODULE: ./shared/backend/local-limits.ts
var local_limits = __webpack_require__(947);
;// CONCATENATED MODULE: ./shared/backend/local.ts
/**
 * This runner behind the `Backend` seam: the same YAML run here, with assets, models, job records and the step
 * cache kept in a local workspace folder (`shared/local/`). The compute is the runner itself, and a job runs
 * while it is followed, so nothing outlives the step.
 */










class LocalBackend {
    workspace;
    log;
    label = 'local';
    constructor(workspace, log) {
        this.workspace = workspace;
        this.log = log;
    }
    /** The runner is the compute: checks it has the programs the command components call. */
    async ensureCompute(request) {
        const components = request.components.filter((c) => c.type === 'command');
        const result = await (0,local.ensureLocalCompute)({ components, log: this.log });
        const programs = Object.entries(result.programs).map(([p, at]) => `${p} (${at})`);
        const rows = [
            ['Runner', result.name],
            ['CPUs used in parallel', String(result.maxParallel)],
            ['Shell', result.shell],
            ['Programs the components need', programs.join(', ') || '-'],
        ];
        return { ...result, line: `${result.name} (the runner)`, summary: { title: 'Local compute', rows } };
    }
    /** Never called for a compute this backend started (it starts none); says so if it is. */
    async stopCompute(name) {
        this.log.info(`'${name}' is this runner: nothing to stop.`);
        return { stopped: false, state: 'Running' };
    }
    async registerAssets(...[files, options]) {
        return (0,local.registerLocalAssetFiles)(this.workspace, files, { ...options, log: this.log });
    }
    async planPipeline(...[pipeline]) {
        return { message: `Pipeline ${pipeline.file} is valid (dry run: nothing was run).` };
    }
    /** The job runs when it is followed, in this process; its name is decided now, as Azure's is on submit. */
    async submitPipeline(...[pipeline, options]) {
        const identity = await (0,jobs_identity/* jobIdentity */.Kv)(options.name, pipeline, options.run, this.log);
        const { name } = identity;
        const folder = this.workspace.jobFolder(name);
        return {
            job: { name, id: folder, studioUrl: '', status: 'NotStarted', attached: false },
            detached: false,
            follow: async ({ signals }) => {
                const result = await (0,run.runPipelineLocally)(this.workspace, pipeline, {
                    ...options,
                    identity,
                    signals,
                    log: this.log,
                });
                const cache = `Step cache: ${result.cache.hits.length} hit(s), ${result.cache.misses.length} miss(es).`;
                return { ...result, notes: [cache] };
            },
        };
    }
    async attachJob() {
        throw new errors/* UserError */.yo("Input 'attach' follows Azure jobs; with backend 'local' give 'file'.");
    }
    /** A local job runs inside the step that follows it, so none is left running when the step has ended. */
    async cancelJob(name) {
        this.log.info(`Local job '${name}' ran inside the step that followed it: nothing is left to cancel.`);
        return { name, cancelRequested: false };
    }
    async downloadModel(...[request, destination]) {
        const download = await (0,local.downloadLocalModel)(this.workspace, { ...request, destination, log: this.log });
        const { lineage, file } = await (0,local.writeLocalModelLineage)(this.workspace, download);
        this.log.info(`Model ${lineage.name}:${lineage.version} (job ${lineage.job?.name ?? '-'}) -> ${destination}`);
        return {
            lineage,
            lineageFile: file,
            files: download.files.map((f) => (0,external_node_path_.join)(destination, f)),
            filesDetail: `${download.files.length} (${(0,storage_download.formatBytes)(download.bytes)})`,
        };
    }
    async promoteModel(...[request, where]) {
        if (where)
            throw copyNeedsAzure();
        return (0,promote.promoteModel)(localModelTagStore(this.workspace), request, this.log);
    }
    /** A registry or another workspace is an Azure place: the local workspace has nowhere to copy to. */
    async copyModel() {
        throw copyNeedsAzure();
    }
    async getModelVersion(name, version) {
        const stored = await this.workspace.readAsset('models', name, version);
        if (!stored)
            return undefined;
        const modelUri = (0,external_node_path_.join)(this.workspace.assetFolder('models', name, version), 'files');
        const { jobName, tags, type } = stored;
        const created = { createdAt: new Date(stored.createdAt) };
        return { name, version, id: `local:${name}:${version}`, modelUri, modelType: type, jobName, tags, ...created };
    }
    /** No endpoint here: the deployment's scoring script answers the smoke test on this runner. */
    async deployOnlineEndpoint(request) {
        const { smokeTestLocally } = await __webpack_require__.e(/* import() */ 652).then(__webpack_require__.bind(__webpack_require__, 5652));
        return smokeTestLocally(request, (model, folder) => this.downloadModel(model, folder), this.log);
    }
    async deployBatchEndpoint() {
        throw new errors/* UserError */.yo(local_limits/* LOCAL_LIMITS */.p['batch-endpoint']);
    }
    /** Online endpoints are Azure ML's: the local workspace has none. */
    async getEndpointDeployment() {
        throw new errors/* UserError */.yo("Input 'endpoint': online endpoints are read from an Azure ML workspace; set 'backend: azure'.");
    }
    async getJobLineage(name) {
        return (0,model_lineage/* readLocalJobLineage */.e)(this.workspace, name);
    }
}
function copyNeedsAzure() {
    return new errors/* UserError */.yo("Input 'copy-to' copies to an Azure ML registry or workspace; with backend 'local' leave it empty (the local workspace has one place).");
}


/***/ }),

/***/ 9141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PartialPromotionError: () => (/* binding */ PartialPromotionError),
/* harmony export */   checkPromoteRequest: () => (/* binding */ checkPromoteRequest),
/* harmony export */   parseStageTag: () => (/* binding */ parseStageTag),
/* harmony export */   promoteModel: () => (/* binding */ promoteModel)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/**
 * promote-model's tag moves, for any store of model versions (an Azure ML workspace, the local workspace): a
 * stage tag (`stage=production`) put on one version and taken off every other version of that model, plus tags
 * added to or removed from the chosen version. Nothing else of a version changes.
 *
 * Model versions carry no ETag in api-version 2025-12-01 (`ModelVersionResource` is a ProxyResource without
 * `etag`, and the PUT takes no If-Match), so a concurrent writer cannot be refused by the service. What this
 * module does instead: every write re-reads the version just before it and applies only its own change to the
 * tags it just read (a tag another writer set meanwhile survives), and every write is checked in its answer.
 * The stage moves version by version; when a write fails part-way the error says which versions were changed
 * and which were not, and the result of what was done is still reported.
 */

/** Thrown when a write failed after others succeeded: the message and `partial` say what was changed. */
class PartialPromotionError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    partial;
    name = 'PartialPromotionError';
    constructor(message, partial) {
        super(message);
        this.partial = partial;
    }
}
/** Parses `KEY=VALUE` for the `stage` input; `none` (or empty) means no stage moves. */
function parseStageTag(value, input = 'stage') {
    const v = value.trim();
    if (v === '' || v === 'none')
        return undefined;
    const eq = v.indexOf('=');
    const key = eq < 0 ? '' : v.slice(0, eq).trim();
    const tagValue = eq < 0 ? '' : v.slice(eq + 1).trim();
    if (!key || !tagValue || /[\r\n]/.test(v))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${input}': '${value}' is not KEY=VALUE; write e.g. stage=production, or none.`);
    return { key, value: tagValue };
}
async function promoteModel(store, request, log) {
    checkPromoteRequest(request);
    const chosen = await store.resolve(request.name, request.selector);
    const { name } = request;
    const stage = request.stage;
    const holders = stage ? await store.holders(name, stage) : [];
    const others = holders.filter((v) => v !== chosen.version);
    const result = {
        name,
        version: chosen.version,
        id: chosen.id,
        previous: others,
        changes: [],
        tags: chosen.tags,
    };
    const set = { ...request.addTags, ...(stage ? { [stage.key]: stage.value } : {}) };
    // The chosen version first: a failure leaves two holders (visible, fixed by running again), never none.
    const plan = [
        { version: chosen.version, set, removed: request.removeTags },
        ...others.map((version) => ({ version, set: {}, removed: [stage.key] })),
    ];
    for (const [i, step] of plan.entries()) {
        try {
            const change = await applyChange(store, name, step);
            if (step.version === chosen.version)
                result.tags = change.tags;
            if (change.written)
                result.changes.push({ version: step.version, set: step.set, removed: step.removed });
            log.info(describeChange(name, step, change.written));
        }
        catch (error) {
            const notDone = plan.slice(i).map((s) => s.version);
            throw new PartialPromotionError(`Writing the tags of ${name}:${step.version} failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)} ` +
                `Changed before the failure: ${result.changes.map((c) => c.version).join(', ') || 'nothing'}; ` +
                `not changed: ${notDone.join(', ')}. Run the promotion again to finish it.`, result);
        }
    }
    return result;
}
/** The request's own contradictions (named by input), before anything is read or written. */
function checkPromoteRequest(request) {
    const stage = request.stage;
    if (stage && request.removeTags.includes(stage.key))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'remove-tags' removes '${stage.key}', the key 'stage' moves; give one or the other.`);
    const both = request.removeTags.filter((k) => k in request.addTags);
    if (both.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'remove-tags' removes ${both.join(', ')}, which 'add-tags' sets.`);
    if (!stage && !Object.keys(request.addTags).length && !request.removeTags.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Nothing to do: 'stage' is none and none of 'add-tags', 'remove-tags' or 'copy-to' is given.");
}
/** One version's read-modify-write, skipped when it already is as asked; the answer is checked. */
async function applyChange(store, name, step) {
    let written = false;
    const tags = await store.updateTags(name, step.version, (current) => {
        const next = { ...current, ...step.set };
        for (const key of step.removed)
            delete next[key];
        written = !sameTags(current, next);
        return written ? next : undefined;
    });
    const wrong = Object.entries(step.set).some(([k, v]) => tags[k] !== v) || step.removed.some((k) => k in tags);
    if (wrong)
        throw new Error(`the service answered with tags ${JSON.stringify(tags)}, not the ones written`);
    return { written, tags };
}
function sameTags(a, b) {
    const keys = Object.keys({ ...a, ...b });
    return keys.every((k) => k in a && k in b && a[k] === b[k]);
}
function describeChange(name, step, written) {
    const parts = [...Object.entries(step.set).map(([k, v]) => `${k}=${v}`), ...step.removed.map((k) => `-${k}`)];
    return `${name}:${step.version}: ${parts.join(', ')}${written ? '' : ' (already so; not written)'}`;
}


/***/ }),

/***/ 5306:
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
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/storage/block-hasher.ts
var block_hasher = __webpack_require__(1933);
// EXTERNAL MODULE: ./shared/storage/concurrency.ts
var concurrency = __webpack_require__(9447);
// EXTERNAL MODULE: ./shared/storage/plain-fs.ts
var plain_fs = __webpack_require__(6590);
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

/***/ 4857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assertLocalDataExists: () => (/* binding */ assertLocalDataExists),
/* harmony export */   assertReferencesExist: () => (/* binding */ assertReferencesExist),
/* harmony export */   referencesOf: () => (/* binding */ referencesOf)
/* harmony export */ });
/* harmony import */ var _pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2597);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6580);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6677);
/**
 * Every `azureml:name:version` a pipeline names (data inputs, remote components, the environments of its local
 * components) must exist before anything is registered or uploaded, and in a dry run: the service would refuse
 * the job only after the run's components and data were written. Read-only look-ups, each asset once.
 */




/** Every data input of a pipeline and of the steps of it and of its local pipeline components (any depth). */
function dataInputsOf(job) {
    const found = Object.values(job.inputs).filter((i) => i.kind === 'data');
    const seen = new Set();
    const nodes = (jobs) => {
        for (const node of Object.values(jobs)) {
            for (const input of Object.values(node.inputs))
                if (input.kind === 'data')
                    found.push(input);
            const use = 'component' in node ? node.component : undefined;
            if (use && use.kind !== 'remote' && use.component.type === 'pipeline' && !seen.has(use.component)) {
                seen.add(use.component);
                nodes(use.component.jobs);
            }
        }
    };
    nodes(job.jobs);
    if (job.component && job.component.kind !== 'remote')
        nodes(job.component.component.jobs);
    return found;
}
/**
 * Every local `path:` a pipeline uploads must exist: checked before anything is registered or uploaded, and in a
 * dry run, which must find what the real run would fail on.
 */
function assertLocalDataExists(job) {
    const problems = [];
    for (const input of dataInputsOf(job)) {
        if (input.path?.kind !== 'local' || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(input.path.path))
            continue;
        problems.push({
            message: `${input.name ? `input '${input.name}': ` : ''}local ${input.type} '${input.pathText ?? input.path.path}' does not exist (looked for ${input.path.path})`,
            location: input.loc,
        });
    }
    if (problems.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI(problems, `${problems.length} local data path(s) missing; nothing was registered, uploaded or submitted`);
}
/** The workspace references of a pipeline, its steps and the local components they use (any depth). */
function referencesOf(job) {
    const found = [];
    const add = (collection, ref, text, loc) => {
        // Curated environments (AzureML-*) live in Microsoft's registry, not in the workspace.
        if (ref.kind !== 'version' || (collection === 'environments' && ref.name.startsWith('AzureML-')))
            return;
        found.push({ collection, name: ref.name, version: ref.version, text, loc });
    };
    const seen = new Set();
    const component = (use, loc) => {
        if (use.kind === 'remote')
            return add('components', use.ref, use.text, loc);
        if (seen.has(use.component))
            return;
        seen.add(use.component);
        const c = use.component;
        if (c.type === 'pipeline')
            return nodes(c.jobs);
        const { environment } = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .componentParts */ .Sx)(c);
        if (environment?.kind === 'remote')
            add('environments', environment.ref, environment.text, c.loc);
    };
    const nodes = (jobs) => {
        for (const node of Object.values(jobs)) {
            for (const input of Object.values(node.inputs))
                if (input.kind === 'data' && input.path?.kind === 'asset')
                    add('data', input.path.ref, input.path.text, input.loc);
            if ('component' in node)
                component(node.component, node.loc);
        }
    };
    for (const input of Object.values(job.inputs))
        if (input.kind === 'data' && input.path?.kind === 'asset')
            add('data', input.path.ref, input.path.text, input.loc);
    nodes(job.jobs);
    if (job.component)
        component(job.component, job.loc);
    return found;
}
async function assertReferencesExist(session, job) {
    const checked = new Map();
    const problems = [];
    for (const ref of referencesOf(job)) {
        const key = `${ref.collection}/${ref.name}/${ref.version}`;
        let exists = checked.get(key);
        if (!exists) {
            exists = versionExists(session, ref);
            checked.set(key, exists);
        }
        if (!(await exists))
            problems.push({
                message: `'${ref.text}' does not exist in workspace '${session.workspace.workspace}' (no ${ref.collection} '${ref.name}' version '${ref.version}')`,
                location: ref.loc,
            });
    }
    if (problems.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI(problems, `${problems.length} reference(s) not found; nothing was registered, uploaded or submitted`);
}
async function versionExists(session, ref) {
    try {
        await session.ml.versions(ref.collection).get(ref.name, ref.version);
        return true;
    }
    catch (error) {
        if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(error))
            return false;
        throw error;
    }
}


/***/ }),

/***/ 8261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  followWithCancel: () => (/* binding */ followWithCancel),
  runPipelineLocally: () => (/* binding */ runPipelineLocally),
  submitPipeline: () => (/* binding */ submitPipeline)
});

// EXTERNAL MODULE: ./shared/assets/anonymous.ts
var anonymous = __webpack_require__(5195);
// EXTERNAL MODULE: ./shared/jobs/index.ts + 5 modules
var jobs = __webpack_require__(5527);
// EXTERNAL MODULE: ./shared/pipeline/to-rest.ts
var to_rest = __webpack_require__(1571);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/pipeline/refs.ts
var refs = __webpack_require__(4467);
// EXTERNAL MODULE: ./shared/azure/rest-errors.ts
var rest_errors = __webpack_require__(6580);
;// CONCATENATED MODULE: ./shared/submission/computes.ts



/**
 * Compute names a pipeline uses (settings, job and steps, the steps of local pipeline components at any depth,
 * named by their path `jobs.outer/inner.compute`), without bindings or `serverless`.
 */
function computesUsed(job) {
    const found = new Map();
    const add = (value, where) => {
        if (!value || value.startsWith('${{') || (0,refs/* isServerless */.R5)(value))
            return;
        const name = value
            .replace(/^azureml:/, '')
            .split('/')
            .pop();
        if (!found.has(name))
            found.set(name, where);
    };
    add(job.settings.defaultCompute, 'settings.default_compute');
    add(job.compute, 'compute');
    const visit = (jobs, prefix) => {
        for (const [step, node] of Object.entries(jobs)) {
            add(node.compute, `jobs.${prefix}${step}.compute`);
            if (node.type === 'pipeline' && node.component.kind !== 'remote')
                visit(node.component.component.jobs, `${prefix}${step}/`);
        }
    };
    visit(job.jobs, '');
    if (job.component && job.component.kind !== 'remote')
        visit(job.component.component.jobs, '');
    return [...found].map(([name, where]) => ({ name, where }));
}
/**
 * Checks, as `az ml job create` does, that every compute the pipeline names exists, before anything is
 * uploaded or registered: a typo must not leave half a submission behind.
 */
async function assertComputesExist(session, job) {
    const { workspace } = session.workspace;
    const missing = [];
    for (const { name, where } of computesUsed(job)) {
        try {
            await session.ml.computes.get(name);
        }
        catch (error) {
            if (!(0,rest_errors/* isNotFound */.c4)(error))
                throw error;
            missing.push(`'${name}' (${where})`);
        }
    }
    if (missing.length) {
        throw new errors/* UserError */.yo(`Compute ${missing.join(', ')} not found in workspace '${workspace}'. Create it first (ensure-compute) or fix the name; nothing was submitted.`, job.loc);
    }
}

// EXTERNAL MODULE: ./shared/submission/references.ts
var references = __webpack_require__(4857);
;// CONCATENATED MODULE: ./shared/submission/labels.ts

/**
 * Resolves `name@latest` to the newest version: the newest by creation time is asked for, as azure-ai-ml does
 * (a container's `latestVersion` is not kept for every asset type).
 */
async function resolveLatest(session, collection, name, label) {
    if (label !== 'latest')
        throw new errors/* UserError */.yo(`Label '${label}' of ${collection} '${name}' is not supported; use @latest or a version.`);
    const ws = session.workspace.workspace;
    let newest;
    for await (const version of session.ml.versions(collection).list(name, { orderBy: 'CreatedAtDesc', top: 1 })) {
        newest = version;
        break;
    }
    if (!newest?.name)
        throw new errors/* UserError */.yo(`${collection} '${name}' has no versions in workspace '${ws}', so '${name}@${label}' cannot be resolved.`);
    return newest.name;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/pipeline/hashing.ts + 1 modules
var hashing = __webpack_require__(9247);
// EXTERNAL MODULE: ./shared/storage/upload.ts
var upload = __webpack_require__(4267);
;// CONCATENATED MODULE: ./shared/submission/local-data.ts




/**
 * Uploads a local data path of a pipeline (`path: ./data/toy`) to the default datastore under
 * `LocalUpload/<content hash>/...`, as `az ml` does, and returns its `azureml://datastores/...` URI.
 * The same content is uploaded once: a later run finds the completed upload and sends nothing.
 */
async function uploadLocalData(session, localPath, type) {
    // Imported on use: the datastore's access brings @azure/storage-blob (1.4 MB), which a pipeline without local
    // data never needs.
    const { datastoreAccess, defaultDatastoreName, getBlobDatastore } = await Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 5761));
    const snapshot = await (0,hashing/* codeSnapshot */.Y9)(localPath);
    const datastore = await getBlobDatastore(session, await defaultDatastoreName(session));
    const isFile = (await (0,promises_.stat)(localPath)).isFile();
    const source = isFile ? external_node_path_default().dirname(localPath) : localPath;
    const uploaded = await (0,upload/* uploadFolder */.y)(datastoreAccess(session, datastore), {
        source,
        hash: snapshot.contentHash,
        files: snapshot.files.map((f) => f.relativePath),
        dirName: isFile ? 'data' : external_node_path_default().basename(external_node_path_default().resolve(localPath)),
        log: session.log,
    });
    const blobPath = isFile ? `${uploaded.prefix}/${snapshot.files[0].relativePath}` : `${uploaded.prefix}/`;
    session.log.info(`Local ${type} ${localPath} -> azureml://datastores/${datastore.name}/paths/${blobPath}`);
    return `azureml://datastores/${datastore.name}/paths/${blobPath}`;
}

;// CONCATENATED MODULE: ./shared/submission/prepare.ts






/**
 * Everything between a valid pipeline YAML and the job PUT: the job's name and experiment, the computes
 * checked, local components registered and local data uploaded (each once, skipped when unchanged), and
 * the REST body. Any failure here happens before the job exists, so nothing is left half-submitted.
 */
async function preparePipelineSubmission(session, job, options) {
    const identity = await jobs.jobIdentity(options.name, job, options.run, session.log);
    const name = identity.name;
    await jobs.assertNameFitsContent(session, identity);
    const experimentName = jobs.experimentNameFor(options.experimentName ?? job.experimentName ?? 'Default', options.run);
    await assertComputesExist(session, job);
    // Read-only, before any registration or upload: a dry run finds what the real run would fail on.
    (0,references.assertLocalDataExists)(job);
    await (0,references.assertReferencesExist)(session, job);
    const resolver = {
        workspaceId: session.workspaceId,
        registerComponent: options.dryRun
            ? async (c) => `<dry run: component '${c.name}' would be registered anonymously>`
            : options.registerComponent,
        registerComponentSpec: options.dryRun
            ? async () => '<dry run: a pipeline component would be registered anonymously>'
            : options.registerComponentSpec,
        uploadLocalData: options.dryRun
            ? async (path, type) => `<dry run: ${type} ${path} would be uploaded>`
            : (path, type) => uploadLocalData(session, path, type),
        resolveLabel: (collection, assetName, label) => resolveLatest(session, collection, assetName, label),
        dependencies: options.dryRun ? dryRunDependencies(session) : options.dependencies,
    };
    const body = await (0,to_rest/* pipelineJobBody */.oY)(job, resolver, { experimentName, name });
    body.properties.tags = { ...body.properties.tags, ...identity.tags };
    session.log.info(`Pipeline '${job.name ?? job.file}' -> job '${name}' in experiment '${experimentName}'.`);
    return { name, body, run: options.run };
}
/** A dry run's stand-ins for the code and environments a parallel node names: nothing is uploaded. */
function dryRunDependencies(session) {
    return {
        workspaceId: session.workspaceId,
        codeId: async (path) => `<dry run: code ${path} would be uploaded>`,
        environmentId: async (env) => `<dry run: environment ${env.name ?? 'anonymous'} would be registered>`,
        resolveLabel: (collection, name, label) => resolveLatest(session, collection, name, label),
    };
}

;// CONCATENATED MODULE: ./shared/submission/run.ts
/**
 * The submit-and-follow flow shared by submit-pipeline and the root action, for both backends. Entries
 * decide what to print and output; the flow itself lives here once.
 */



/**
 * Registers what the pipeline needs and submits it (or attaches to the job of the same name). A dry run
 * returns the prepared body and writes nothing.
 */
async function submitPipeline(session, pipeline, options) {
    const prepared = await preparePipelineSubmission(session, pipeline, {
        run: options.run,
        name: options.name,
        experimentName: options.experimentName,
        dryRun: options.dryRun,
        // The register-components engine: unchanged components and code cost one read, no upload.
        ...(0,anonymous.anonymousRegistrar)(session, { tags: jobs.traceTags(options.run) }),
        registerComponentSpec: (0,anonymous/* anonymousSpecRegistrar */.O)(session, { tags: jobs.traceTags(options.run) }),
    });
    if (options.dryRun)
        return { prepared };
    const submitted = await jobs.submitOrAttach(session, {
        name: prepared.name,
        body: prepared.body,
        run: options.run,
        forceRerun: options.forceRerun,
    });
    return { prepared, submitted };
}
/**
 * Follows a job to its end. While following, SIGINT/SIGTERM (the runner cancelling the workflow) sends the
 * cancel at once, with a token fetched in advance.
 */
async function followWithCancel(session, submitted, options) {
    const guard = await jobs.CancelGuard.prepare(session, submitted.name);
    const removeHandlers = guard.installSignalHandlers(options.signals);
    try {
        return await jobs.followJob(session, submitted.name, {
            timeoutMs: options.timeoutMs,
            logs: true,
            attached: submitted.attached,
            abortSignal: guard.signal,
            onPoll: () => guard.keepFresh(),
        });
    }
    finally {
        removeHandlers();
    }
}
/** The local backend: runs the pipeline on this machine with the step cache; a signal cancels the run. */
async function runPipelineLocally(workspace, pipeline, options) {
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    options.signals.on('SIGINT', onSignal);
    options.signals.on('SIGTERM', onSignal);
    try {
        // Imported here, not at the top: the Azure backend imports this module too, and must not load the local runner.
        const { runLocalPipeline } = await __webpack_require__.e(/* import() */ 454).then(__webpack_require__.bind(__webpack_require__, 8454));
        const { identity } = options;
        return await runLocalPipeline(workspace, pipeline, {
            name: identity.name,
            tags: { ...jobs.traceTags(options.run), ...identity.tags },
            forceRerun: options.forceRerun,
            signal: cancel.signal,
            log: options.log,
        });
    }
    finally {
        options.signals.off('SIGINT', onSignal);
        options.signals.off('SIGTERM', onSignal);
    }
}


/***/ })

};
