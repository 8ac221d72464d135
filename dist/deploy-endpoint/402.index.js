export const id = 402;
export const ids = [402];
export const modules = {

/***/ 8742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ lineageKey),
/* harmony export */   Kj: () => (/* binding */ readLineage),
/* harmony export */   c0: () => (/* binding */ lineageEntries),
/* harmony export */   kL: () => (/* binding */ AZURE_TAG_PREFIX)
/* harmony export */ });
/* unused harmony exports LINEAGE_DOMAIN, OCI_LABEL_PREFIX, K8S_PREFIX, OCI_REVISION, LINEAGE_KEYS, LEGACY_OCI_LABELS, LEGACY_K8S_PREFIX, LEGACY_K8S_ANNOTATIONS, formatDataInputs, parseDataInputs */
/**
 * The suite's one namespace for lineage: the domain `azureml-mlops.github.io`, written in each medium's own
 * convention. Every label, annotation and tag the actions write is named here, and every reader goes through
 * `readLineage`, which also accepts the keys of the previous release (see `LEGACY_*`) for one version.
 */
const LINEAGE_DOMAIN = 'azureml-mlops.github.io';
/** OCI image labels: reverse DNS of the domain, as the image-spec asks (`io.github.azureml-mlops.<key>`). */
const OCI_LABEL_PREFIX = 'io.github.azureml-mlops';
/** Kubernetes annotations and labels: `<domain>/<key>`. */
const K8S_PREFIX = LINEAGE_DOMAIN;
/** Azure ML tags, only where new tags are needed (the `mlops.*` job tags stay as they are). */
const AZURE_TAG_PREFIX = 'azureml-mlops';
/** The OCI standard label every image carries for the commit it was built from; the suite reuses it. */
const OCI_REVISION = 'org.opencontainers.image.revision';
/** What each key records. The same key names serve every medium; `media` says where each is written. */
const LINEAGE_KEYS = {
    /** The commit the image was built from (on images: `org.opencontainers.image.revision`). */
    commit: 'commit',
    /** The workflow run that built (tagged) the image. */
    buildRun: 'build-run',
    modelName: 'model-name',
    modelVersion: 'model-version',
    /** The Azure ML job (run) that trained the model. */
    trainingJob: 'training-job',
    /** The commit the training job ran from (may differ from the image's commit). */
    trainingCommit: 'training-commit',
    /** The workflow run that submitted the training job. */
    trainingRun: 'training-run',
    /** The training job's data inputs: `name=uri-or-asset` pairs separated by `,`. */
    dataInputs: 'data-inputs',
    apiVersion: 'api-version',
    /** Workloads only: `container=image` pairs of what was deployed. */
    images: 'images',
    /** Workloads only: the workflow run that deployed, never confused with where the image came from. */
    deployedByRun: 'deployed-by-run',
    /** Workloads only: the commit of the run that deployed (a promote runs at a later commit than the build). */
    deployedByCommit: 'deployed-by-commit',
};
/** Keys of the previous release, read for one more version (deprecated; see CHANGELOG.md). */
const LEGACY_OCI_LABELS = {
    modelName: 'io.github.azureml-mlops.model.name',
    modelVersion: 'io.github.azureml-mlops.model.version',
    trainingJob: 'io.github.azureml-mlops.model.training-job',
};
const LEGACY_K8S_PREFIX = 'mlops-actions.github.io';
/** The old `run-url` annotation named the deploying run, which is now `deployed-by-run`. */
const LEGACY_K8S_ANNOTATIONS = {
    commit: `${LEGACY_K8S_PREFIX}/commit`,
    deployedByRun: `${LEGACY_K8S_PREFIX}/run-url`,
    images: `${LEGACY_K8S_PREFIX}/images`,
    modelName: `${LEGACY_K8S_PREFIX}/model-name`,
    modelVersion: `${LEGACY_K8S_PREFIX}/model-version`,
    apiVersion: `${LEGACY_K8S_PREFIX}/api-version`,
};
/** The full key of `key` in a medium: `io.github.azureml-mlops.model-name`, `azureml-mlops.github.io/model-name`. */
function lineageKey(medium, key) {
    const name = LINEAGE_KEYS[key];
    if (medium === 'oci')
        return key === 'commit' ? OCI_REVISION : `${OCI_LABEL_PREFIX}.${name}`;
    if (medium === 'k8s')
        return `${K8S_PREFIX}/${name}`;
    return `${AZURE_TAG_PREFIX}.${name}`;
}
/** `name=value` pairs joined by `,` (a value keeps any `=` of its own). */
function formatDataInputs(inputs) {
    return inputs.map((i) => `${i.name}=${i.asset ? `azureml:${i.asset}` : (i.uri ?? '')}`).join(',');
}
/** The inverse of `formatDataInputs`: a pair starts at `,name=`, so a URI may hold commas of its own. */
function parseDataInputs(text) {
    const pairs = text.split(/,(?=[A-Za-z_][\w.-]*=)/).filter((p) => p.includes('='));
    return pairs.map((pair) => {
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const asset = /^azureml:([^/:][^:]*:[^:]+)$/.exec(value)?.[1];
        return asset ? { name, asset } : { name, uri: value };
    });
}
/** The labels or annotations that record `facts` in a medium; empty facts write nothing. */
function lineageEntries(medium, facts) {
    const out = {};
    for (const key of Object.keys(LINEAGE_KEYS)) {
        const value = key === 'dataInputs' ? formatDataInputs(facts.dataInputs ?? []) : facts[key];
        if (value)
            out[lineageKey(medium, key)] = value;
    }
    return out;
}
/** The lineage facts in a set of labels or annotations, new keys first, else the deprecated ones. */
function readLineage(medium, entries) {
    const legacy = medium === 'oci' ? LEGACY_OCI_LABELS : medium === 'k8s' ? LEGACY_K8S_ANNOTATIONS : {};
    const facts = {};
    for (const key of Object.keys(LINEAGE_KEYS)) {
        const old = legacy[key];
        const value = entries?.[lineageKey(medium, key)] || (old ? entries?.[old] : undefined);
        if (!value)
            continue;
        if (key === 'dataInputs')
            facts.dataInputs = parseDataInputs(value);
        else
            facts[key] = value;
    }
    return facts;
}


/***/ }),

/***/ 4402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  copyModel: () => (/* binding */ copyModel)
});

// UNUSED EXPORTS: COPY_PROPERTIES, copyDestination, describeTarget, parseCopyTarget

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
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 139 modules
var esm = __webpack_require__(1991);
// EXTERNAL MODULE: ./shared/azure/create-session.ts + 2 modules
var create_session = __webpack_require__(2410);
// EXTERNAL MODULE: ./shared/azure/rest-errors.ts
var rest_errors = __webpack_require__(6580);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/pipeline/hashing.ts + 1 modules
var hashing = __webpack_require__(9247);
// EXTERNAL MODULE: ./shared/storage/access.ts
var storage_access = __webpack_require__(1028);
// EXTERNAL MODULE: ./shared/storage/blob-auth.ts
var blob_auth = __webpack_require__(2912);
// EXTERNAL MODULE: ./shared/storage/datastore.ts
var storage_datastore = __webpack_require__(5761);
// EXTERNAL MODULE: ./shared/storage/download.ts + 1 modules
var storage_download = __webpack_require__(5306);
// EXTERNAL MODULE: ./shared/storage/upload.ts
var upload = __webpack_require__(4267);
// EXTERNAL MODULE: ./shared/models/lineage.ts
var models_lineage = __webpack_require__(9676);
// EXTERNAL MODULE: ./shared/models/locate.ts + 1 modules
var locate = __webpack_require__(8381);
// EXTERNAL MODULE: ./shared/models/resolve.ts
var resolve = __webpack_require__(9565);
// EXTERNAL MODULE: ./shared/lineage/keys.ts
var keys = __webpack_require__(8742);
// EXTERNAL MODULE: ./shared/core/azure-names.ts
var azure_names = __webpack_require__(5314);
;// CONCATENATED MODULE: ./shared/models/copy-target.ts
/**
 * The `copy-to` input of promote-model: where a model version is copied (a registry or another workspace), parsed
 * and described without loading anything that talks to a service (copy.ts does the copying).
 */


/** The registry name rule (`registryName` pattern of the 2025-12-01 spec). */
const REGISTRY = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{2,32}$/;
const COPY_TO_FORMS = (/* unused pure expression or super */ null && ('registry:NAME, registry:RESOURCE_GROUP/NAME, workspace:NAME, workspace:RESOURCE_GROUP/NAME or ' +
    'workspace:SUBSCRIPTION_ID/RESOURCE_GROUP/NAME'));
/** Parses the `copy-to` input; empty: no copy. */
function parseCopyTarget(value, input = 'copy-to') {
    const v = value.trim();
    if (!v)
        return undefined;
    const colon = v.indexOf(':');
    const kind = v.slice(0, colon);
    const parts = v.slice(colon + 1).split('/');
    const bad = (why) => new UserError(`Input '${input}': '${value}' ${why}; write ${COPY_TO_FORMS}.`);
    if (kind === 'registry') {
        const [registry, resourceGroup] = [...parts].reverse();
        if (parts.length > 2 || !REGISTRY.test(registry))
            throw bad('is not a registry name (3 to 33 letters, digits, hyphens and underscores)');
        if (resourceGroup !== undefined && !validCoordinates({ resourceGroup }))
            throw bad('names no valid resource group (1 to 90 letters, digits, _-.())');
        return { kind, registry, resourceGroup };
    }
    if (kind !== 'workspace' || parts.length > 3)
        throw bad('is not a place to copy to');
    const [workspace, resourceGroup, subscriptionId] = [...parts].reverse();
    if (!validCoordinates({ workspace, resourceGroup, subscriptionId }))
        throw bad('names no valid workspace (subscription: a GUID; resource group: 1 to 90 letters, digits, _-.(); ' +
            'workspace: 3 to 33 letters, digits, hyphens and underscores)');
    return { kind, workspace, resourceGroup, subscriptionId };
}
/** The workspace inputs' rules (shared/core/azure-names.ts) for the coordinates given; their message names those inputs. */
function validCoordinates(given) {
    try {
        checkWorkspaceCoordinates({
            workspace: given.workspace ?? 'mlw',
            resourceGroup: given.resourceGroup ?? 'rg',
            subscriptionId: given.subscriptionId ?? '00000000-0000-0000-0000-000000000000',
        });
        return true;
    }
    catch {
        return false;
    }
}
/** How a target is named in messages. */
function describeTarget(target) {
    return target.kind === 'registry' ? `registry '${target.registry}'` : `workspace '${target.workspace}'`;
}

;// CONCATENATED MODULE: ./shared/models/copy.ts
/**
 * Copies a model version to where another environment reads it: an Azure ML registry (what `az ml model share`
 * and `az ml model create --registry-name` do) or another workspace (dev -> prod). Same name and version; the
 * files, the description, type, flavors, tags and properties are carried, plus lineage properties (the source
 * version, its job, the job's commit, the content hash).
 *
 * The files go through the runner: downloaded from the source (each blob checked against its size and
 * Content-MD5), hashed as azure-ai-ml hashes an upload (sha256, hash_version 202208), uploaded to the target's
 * storage under `LocalUpload/<hash>/<name>` (a registry hands out that storage with `startPendingUpload`; a
 * workspace's is its default datastore), and checked there blob by blob (size and Content-MD5) before the
 * version is created. A version already in the target with the same content hash is left alone (`unchanged`);
 * one with other content is an error, never overwritten (versions are immutable).
 */





















/**
 * The properties a copy carries its lineage in: the training job and its commit under the suite's lineage keys
 * (shared/lineage/keys.ts), and what only a copy records (where it came from, its content hash) in the same namespace.
 */
const COPY_PROPERTIES = {
    source: `${keys/* AZURE_TAG_PREFIX */.kL}.source-model`,
    job: (0,keys/* lineageKey */.Bo)('azure', 'trainingJob'),
    commit: (0,keys/* lineageKey */.Bo)('azure', 'trainingCommit'),
    repository: `${keys/* AZURE_TAG_PREFIX */.kL}.repository`,
    contentHash: `${keys/* AZURE_TAG_PREFIX */.kL}.content-hash`,
    hashVersion: `${keys/* AZURE_TAG_PREFIX */.kL}.content-hash-version`,
};
async function copyModel(session, request) {
    const { log } = session;
    const resolved = await (0,resolve/* resolveModel */.AX)(session, { name: request.name, selector: request.selector });
    const { name, version } = resolved;
    const source = await session.ml.versions('models').get(name, version);
    const destination = copyDestination(session, request.target);
    log.info(`Copying ${name}:${version} to ${destination.label}.`);
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'model-copy-'));
    try {
        const files = await (0,locate/* locateModelFiles */.r)(session, resolved.modelUri);
        const download = await log.group(`Download ${name}:${version}`, () => (0,storage_download.downloadPrefix)(files.access, files.path, scratch, { log, concurrency: request.concurrency }));
        const snapshot = download.files.map((f) => ({ relativePath: f.relativePath, absolutePath: f.path, size: f.size }));
        const contentHash = await (0,hashing/* contentHash202208 */.iy)(snapshot);
        const base = { name, version, sourceId: resolved.id, target: destination.label, contentHash };
        const counts = { files: download.files.length, bytes: download.bytes };
        const existing = await destination.get(name, version);
        if (existing) {
            const held = existing.properties.properties?.[COPY_PROPERTIES.contentHash];
            if (held === contentHash) {
                log.info(`${destination.label} holds ${name}:${version} with content ${contentHash} already; nothing copied.`);
                return {
                    ...base,
                    ...counts,
                    targetId: existing.id ?? '',
                    modelUri: existing.properties.modelUri ?? '',
                    status: 'unchanged',
                };
            }
            throw new errors/* UserError */.yo(`${destination.label} already has ${name}:${version} with ${held ? `other content (${held})` : 'content of unknown hash'}, ` +
                `not this version's (${contentHash}). Versions are immutable: copy another version or delete that one first.`);
        }
        const storage = await destination.storage(name, version);
        const uploaded = await log.group(`Upload to ${destination.label}`, () => (0,upload/* uploadFolder */.y)(storage.access, {
            source: scratch,
            hash: contentHash,
            files: snapshot.map((f) => f.relativePath),
            dirName: name,
            assetName: name,
            assetVersion: version,
            concurrency: request.concurrency,
            log,
        }));
        await verifyUpload(storage.access, uploaded.prefix, snapshot);
        const single = download.kind === 'file' ? `/${snapshot[0].relativePath}` : '/';
        const modelUri = storage.uriOf(`${uploaded.prefix}${single}`);
        const body = copyBody(source, { modelUri, contentHash, omitTags: request.omitTags ?? [] });
        Object.assign(body.properties.properties, await jobProperties(session, source.properties.jobName));
        const created = await destination.create(name, version, body);
        log.info(`Created ${name}:${version} in ${destination.label} (${modelUri}).`);
        return { ...base, ...counts, targetId: created.id ?? '', modelUri, status: 'copied' };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/** The target's version: the source's description, type, flavors, tags and properties, with its lineage. */
function copyBody(source, copy) {
    const p = source.properties;
    const tags = { ...(p.tags ?? {}) };
    for (const key of copy.omitTags)
        delete tags[key];
    return {
        properties: {
            ...(p.description ? { description: p.description } : {}),
            ...(p.modelType ? { modelType: p.modelType } : {}),
            ...(p.flavors ? { flavors: p.flavors } : {}),
            tags,
            properties: {
                ...(p.properties ?? {}),
                [COPY_PROPERTIES.source]: source.id ?? '',
                [COPY_PROPERTIES.contentHash]: copy.contentHash,
                [COPY_PROPERTIES.hashVersion]: hashing/* CODE_HASH_VERSION */.yr,
            },
            modelUri: copy.modelUri,
        },
    };
}
/**
 * The training job's name, commit and repository, as properties: the job stays in the source workspace, so the
 * copy names it rather than pointing `jobName` at a job its own workspace does not have.
 */
async function jobProperties(session, job) {
    if (!job)
        return {};
    const out = { [COPY_PROPERTIES.job]: job };
    try {
        const lineage = (0,models_lineage.jobLineage)(await (0,locate/* getJob */.a)(session, job));
        if (lineage.commit)
            out[COPY_PROPERTIES.commit] = lineage.commit;
        if (lineage.repository)
            out[COPY_PROPERTIES.repository] = lineage.repository;
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        session.log.warning(`${error.message} The copy records the job name only.`);
    }
    return out;
}
/** Every file is in the target with its size and the Content-MD5 of the local bytes, or the copy stops here. */
async function verifyUpload(access, prefix, files) {
    const held = new Map();
    await access.use(async (container) => {
        for await (const blob of container.listBlobsFlat({ prefix: `${prefix}/` })) {
            const md5 = blob.properties.contentMD5 ? Buffer.from(blob.properties.contentMD5).toString('base64') : undefined;
            held.set(blob.name.slice(prefix.length + 1), { size: blob.properties.contentLength, md5 });
        }
    });
    const wrong = [];
    for (const file of files) {
        const blob = held.get(file.relativePath);
        const md5 = (0,external_node_crypto_.createHash)('md5');
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file.absolutePath), md5);
        if (!blob || blob.size !== file.size || blob.md5 !== md5.digest('base64'))
            wrong.push(file.relativePath);
    }
    if (wrong.length)
        throw new Error(`the copy at ${access.url}/${prefix} does not match the source (${wrong.slice(0, 5).join(', ')}); nothing was registered`);
}
function copyDestination(session, target) {
    return target.kind === 'registry' ? registryDestination(session, target) : workspaceDestination(session, target);
}
/** A registry: its storage comes from `startPendingUpload` (a container and a SAS for it), as azure-ai-ml's share. */
function registryDestination(session, { registry, resourceGroup }) {
    const models = session.ml.registryModels(registry, resourceGroup);
    return {
        label: `registry '${registry}'`,
        get: (name, version) => orUndefined(models.get(name, version)),
        async storage(name, version) {
            const pending = await models.startPendingUpload(name, version);
            const ref = pending.blobReferenceForConsumption;
            const sasUri = ref?.credential?.sasUri;
            if (!ref?.blobUri || !sasUri)
                throw new Error(`registry '${registry}' answered startPendingUpload without a blob location and SAS`);
            const sas = new URL(sasUri).search;
            (0,blob_auth/* maskAuth */.pN)({ kind: 'sas', token: sas }, session.log);
            const blobUri = ref.blobUri.replace(/\/+$/, '');
            // The swagger's `blobReferenceForConsumption` is a container ("Container level read, write, list SAS"):
            // a location deeper than a container is not what this copy knows how to fill, so it stops before writing.
            if (new URL(blobUri).pathname.split('/').filter(Boolean).length !== 1)
                throw new Error(`registry '${registry}' handed out ${blobUri}, not a blob container; nothing was copied`);
            const access = (0,storage_access/* directAccess */.Mc)(new esm/* ContainerClient */.bM(`${blobUri}${sas}`, new esm/* AnonymousCredential */.tv()));
            return { access, uriOf: (prefix) => `${blobUri}/${prefix}` };
        },
        create: (name, version, body) => models.createOrUpdate(name, version, body),
    };
}
/** Another workspace, reached with the same sign-in: its default datastore holds the files. */
function workspaceDestination(session, target) {
    const other = (0,create_session/* sessionInWorkspace */.LP)(session, target);
    const ref = other.workspace;
    const versions = other.ml.versions('models');
    return {
        label: `workspace '${ref.workspace}'`,
        get: (name, version) => orUndefined(versions.get(name, version)),
        async storage() {
            const name = await (0,storage_datastore.defaultDatastoreName)(other);
            const datastore = await (0,storage_datastore.getBlobDatastore)(other, name);
            return {
                access: (0,storage_datastore.datastoreAccess)(other, datastore),
                uriOf: (prefix) => `azureml://datastores/${name}/paths/${prefix}`,
            };
        },
        create: (name, version, body) => versions.createOrUpdate(name, version, body),
    };
}
async function orUndefined(read) {
    try {
        return await read;
    }
    catch (error) {
        if ((0,rest_errors/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
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
