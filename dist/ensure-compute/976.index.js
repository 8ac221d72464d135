export const id = 976;
export const ids = [976,421];
export const modules = {

/***/ 3268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ claimVersion),
/* harmony export */   vI: () => (/* binding */ decideVersion)
/* harmony export */ });
/* unused harmony exports nextFreeVersion, MAX_CLAIM_ATTEMPTS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/**
 * Which version an asset gets, decided from what the workspace holds. Registered versions are immutable, so:
 * identical content is never written twice, and a version number that exists with other content is never
 * reused (under `yaml` that is the user's error to fix; under `auto` the next free number is taken).
 * One engine for both backends: it reads a `VersionStore` (the Azure ML workspace's `WorkspaceAssets`, the
 * local workspace's `LocalVersionStore`), so the same files get the same versions wherever they are registered.
 */

async function decideVersion(assets, request) {
    if (request.strategy === 'yaml' && request.yamlVersion !== undefined)
        return decideYaml(assets, request);
    return decideAuto(assets, request);
}
async function decideYaml(assets, request) {
    const { kind, name, contentHash } = request;
    const version = request.yamlVersion;
    const existing = await assets.getVersion(kind, name, version);
    if (!existing)
        return { action: 'create', version, reason: 'new version' };
    if (existing.contentHash === contentHash) {
        return { action: 'reuse', version, id: existing.id, reason: 'same content already registered' };
    }
    if (existing.contentHash === undefined) {
        return {
            action: 'reuse',
            version,
            id: existing.id,
            reason: 'registered by another tool (content not compared)',
            warning: `${kind} ${name}:${version} exists but was registered without a content hash (by az ml or the studio), ` +
                'so whether it matches the file cannot be told; it is used as is. Bump the version if the file changed.',
        };
    }
    return {
        action: 'conflict',
        version,
        message: `${kind} ${name}:${version} is already registered with different content, and registered versions cannot ` +
            `change. Bump 'version' in the YAML (or set version-strategy: auto to take the next free version).`,
    };
}
/**
 * The file's version while it is free or holds this very content; otherwise the newest version with this
 * content; otherwise the next free version after the file's (0.1.0 -> 0.1.1, 7 -> 8), or after the highest
 * integer version when the file has none (the service's `nextVersion`).
 */
async function decideAuto(assets, request) {
    const { kind, name, contentHash, yamlVersion } = request;
    const asWritten = yamlVersion === undefined ? undefined : await assets.getVersion(kind, name, yamlVersion);
    if (yamlVersion !== undefined && !asWritten)
        return { action: 'create', version: yamlVersion, reason: 'new version' };
    if (asWritten && asWritten.contentHash === contentHash) {
        return { action: 'reuse', version: asWritten.version, id: asWritten.id, reason: 'same content already registered' };
    }
    const taken = [];
    for await (const existing of assets.newestFirst(kind, name)) {
        if (existing.contentHash === contentHash) {
            return { action: 'reuse', version: existing.version, id: existing.id, reason: 'same content already registered' };
        }
        taken.push(existing.version);
    }
    const version = nextFreeVersion(taken, yamlVersion);
    const reason = taken.length ? `content changed since ${yamlVersion ?? taken[0]}` : 'new asset';
    return { action: 'create', version, reason };
}
/**
 * The first free version after `after` by counting up its last number (0.1.0 -> 0.1.1, v2 -> v3); without
 * one, the highest integer version plus one, as the service's `nextVersion`.
 */
function nextFreeVersion(taken, after) {
    const used = new Set(taken);
    const numbered = after === undefined ? undefined : /^(.*?)(\d+)$/.exec(after);
    if (numbered) {
        const [, prefix, digits] = numbered;
        for (let n = Number(digits) + 1;; n++)
            if (!used.has(`${prefix}${n}`))
                return `${prefix}${n}`;
    }
    if (after !== undefined)
        return nextFreeVersion(taken, `${after}.0`);
    const integers = taken.filter((v) => /^\d+$/.test(v)).map(Number);
    return String(integers.length ? Math.max(...integers) + 1 : 1);
}
/** How many times a version taken meanwhile by another run is decided again before giving up. */
const MAX_CLAIM_ATTEMPTS = 5;
/**
 * Registers the version `decideVersion` chooses, surviving runs that register the same asset at the same moment:
 * when the chosen version is taken meanwhile, the rules run again against what the workspace now holds, so
 * identical content taken meanwhile is reused, other content under `auto` moves to the next free version, and
 * other content under `yaml` becomes the usual conflict. Bounded: a workspace that keeps changing under us ends
 * in a clear error rather than a loop.
 */
async function claimVersion(store, request, options) {
    let decision = options.decided ?? (await decideVersion(store, request));
    for (let attempt = 1; attempt <= MAX_CLAIM_ATTEMPTS; attempt++) {
        if (decision.action !== 'create' || (await options.create(decision.version)))
            return decision;
        const taken = decision.version;
        decision = await decideVersion(store, request);
        options.log(`${request.kind} ${request.name}:${taken} was registered by another run meanwhile ` +
            `(attempt ${attempt} of ${MAX_CLAIM_ATTEMPTS}); now: ${describeDecision(decision)}`);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${request.kind} ${request.name}: every version chosen was registered by another run first ` +
        `(${MAX_CLAIM_ATTEMPTS} attempts); run again once the other registrations are done.`);
}
function describeDecision(decision) {
    if (decision.action === 'create')
        return `version ${decision.version} (${decision.reason})`;
    if (decision.action === 'reuse')
        return `reusing ${decision.version} (${decision.reason})`;
    return `conflict at ${decision.version}`;
}


/***/ }),

/***/ 6524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ anonymousGetter),
/* harmony export */   NL: () => (/* binding */ authenticatedGetter),
/* harmony export */   OV: () => (/* binding */ basePipeline)
/* harmony export */ });
/* unused harmony exports attemptTimeoutPolicy, errorOf */
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(869);
/* harmony import */ var _azure_create_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2410);
/**
 * HTTP to the Azure ML data plane (run history) and to log blobs, through @azure/core-rest-pipeline so
 * retries, throttling (Retry-After), proxies (HTTPS_PROXY / NO_PROXY) and TLS behave as in the ARM client.
 */


/** Retries of data-plane reads; a step list or log that stays unavailable is skipped, never fatal. */
const RETRY = { maxRetries: 3, retryDelayInMs: 500, maxRetryDelayInMs: 8000 };
/** A read attempt that hangs longer than this is abandoned and retried at the next poll. */
const ATTEMPT_TIMEOUT_MS = 60_000;
/** A client that signs every request with a token of `scope` from `credential`, refreshed by the policy. */
function authenticatedGetter(credential, scope, options = {}) {
    const pipeline = basePipeline(RETRY, options);
    pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .bearerTokenAuthenticationPolicy */ .N$)({ credential, scopes: scope }));
    return new PipelineGetter(pipeline);
}
/** A client without credentials: discovery documents and SAS-signed log URLs carry their own access. */
function anonymousGetter() {
    return new PipelineGetter(basePipeline());
}
/** The standard pipeline: user agent, retries (exponential, on connection errors and throttling), proxy. */
function basePipeline(retryOptions = RETRY, options = {}) {
    const pipeline = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__.createPipelineFromOptions)({ retryOptions, userAgentOptions: { userAgentPrefix: _azure_create_session_js__WEBPACK_IMPORTED_MODULE_1__/* .USER_AGENT */ ._O } });
    if (options.throttledToCaller) {
        // The default policy = throttling + system errors + exponential; keep the last two only.
        pipeline.removePolicy({ name: 'defaultRetryPolicy' });
        pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorRetryPolicy */ .U8)(retryOptions), { phase: 'Retry' });
        pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .exponentialRetryPolicy */ .aE)(retryOptions), { phase: 'Retry' });
    }
    pipeline.addPolicy(attemptTimeoutPolicy(ATTEMPT_TIMEOUT_MS), { afterPhase: 'Retry' });
    return pipeline;
}
/**
 * Gives each attempt (it runs after the retry policy) its own deadline as an abort signal. Not the request's
 * `timeout`: the Node HTTP client clears that timer only when an answer arrives, so after a connection reset it
 * stays armed, and a process whose work is done waits the full timeout to exit. `AbortSignal.timeout`'s timer
 * never holds the process open.
 */
function attemptTimeoutPolicy(timeoutMs) {
    return {
        name: 'attemptTimeoutPolicy',
        async sendRequest(request, next) {
            const caller = request.abortSignal;
            const deadline = AbortSignal.timeout(timeoutMs);
            request.abortSignal = caller ? AbortSignal.any([caller, deadline]) : deadline;
            try {
                return await next(request);
            }
            finally {
                request.abortSignal = caller;
            }
        },
    };
}
class PipelineGetter {
    pipeline;
    http = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__.createDefaultHttpClient)();
    constructor(pipeline) {
        this.pipeline = pipeline;
    }
    async getJson(url, abortSignal) {
        const response = await this.get(url, 'application/json', abortSignal);
        return JSON.parse(response.bodyAsText || 'null');
    }
    async getText(url, abortSignal) {
        return (await this.get(url, '*/*', abortSignal)).bodyAsText ?? '';
    }
    async get(url, accept, abortSignal) {
        const request = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__.createPipelineRequest)({ url, method: 'GET', abortSignal });
        request.headers.set('Accept', accept);
        const response = await this.pipeline.sendRequest(this.http, request);
        if (response.status >= 400)
            throw errorOf(response);
        return response;
    }
}
/** A RestError carrying the service's message (`{"error":{"message"}}`) when there is one. */
function errorOf(response) {
    let message = `HTTP ${response.status}`;
    let code;
    try {
        const body = JSON.parse(response.bodyAsText ?? '');
        if (body.error?.message)
            message = `${body.error.message} (HTTP ${response.status})`;
        code = body.error?.code;
    }
    catch {
        // Not JSON (a proxy's HTML page, an empty body): the status says enough.
    }
    return new _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .RestError */ .pj(message, { statusCode: response.status, code, request: response.request, response });
}


/***/ }),

/***/ 8449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ assertNameFitsContent),
/* harmony export */   Kv: () => (/* binding */ jobIdentity),
/* harmony export */   QB: () => (/* binding */ pipelineContentHash),
/* harmony export */   XH: () => (/* binding */ CONTENT_TAG),
/* harmony export */   cU: () => (/* binding */ assertSameContent)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6677);
/* harmony import */ var _pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9247);
/* harmony import */ var _job_resource_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2421);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7467);
/**
 * What makes a pipeline job "the same job": the workflow job that submits it and a hash of what it
 * submits. Two matrix legs, or two submit steps in one workflow job, share the run id and attempt; only the
 * content tells them apart, so the content hash is part of the deterministic name and a tag on the job,
 * and a job of the same name is attached to only when that tag matches. Both backends use these rules.
 */







/** The job tag holding the content hash. */
const CONTENT_TAG = 'mlops.content_hash';
/** Hex digits of the content hash used in names and tags: 48 bits, ample for the jobs of one run. */
const HASH_LENGTH = 12;
/**
 * The job's name and content hash: a given name (made valid) keeps its name, else
 * `<pipeline>-<sha7>-<run id>-<attempt>-<job key>-<hash>`.
 */
async function jobIdentity(given, pipeline, run, log) {
    const contentHash = await pipelineContentHash(pipeline);
    const isGiven = Boolean(given?.trim());
    const name = isGiven
        ? (0,_naming_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveJobName */ .rZ)(given, pipeline.name, run, log)
        : (0,_naming_js__WEBPACK_IMPORTED_MODULE_6__/* .deterministicJobName */ .Zh)(pipeline.name, run, contentHash);
    return { name, contentHash, given: isGiven, tags: { [CONTENT_TAG]: contentHash } };
}
/**
 * A short sha256 of the resolved pipeline (its YAML with `set`/`inputs` applied and its components loaded)
 * and of the content of every local folder it uses (code snapshots and data, as they would be uploaded).
 * Source locations and the checkout's absolute folder are left out: the same files give the same hash in
 * any checkout, so a re-run finds its job.
 */
async function pipelineContentHash(pipeline) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(pipeline.file);
    const localFolders = new Set();
    const canonical = JSON.stringify(pipeline, (key, value) => {
        if (key === 'loc' || key === 'file')
            return undefined;
        // Absolute strings that exist on disk are the local folders and files the loader resolved.
        if (typeof value === 'string' && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(value) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(value)) {
            localFolders.add(value);
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(base, value).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        }
        return sortedKeys(value);
    });
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical);
    for (const folder of [...localFolders].sort()) {
        const snapshot = await (0,_pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSnapshot */ .Y9)(folder);
        hash.update(`\n${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(base, folder).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/')}=${snapshot.contentHash}`);
    }
    return hash.digest('hex').slice(0, HASH_LENGTH);
}
function sortedKeys(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/**
 * Throws unless an existing job of this name carries this content hash: attaching to a job with other
 * content would report its result as this step's. `link` is where the user can see the existing job.
 */
function assertSameContent(name, contentHash, existingTags, link) {
    const theirs = existingTags?.[CONTENT_TAG];
    if (theirs === contentHash)
        return;
    const what = theirs ? `content hash ${theirs}` : `no content hash (tag '${CONTENT_TAG}')`;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`A job named '${name}' already exists with other content: it has ${what}, this submission has content ` +
        `hash ${contentHash}. Nothing was submitted. Existing job: ${link} . Job names are unique per workspace: ` +
        `give another 'name' (or leave it empty for a name per run and content), or use 'attach: ${name}' to follow that job.`);
}
/**
 * Read-only, before anything is registered or uploaded: a job that already has this name must have this
 * content, so a reused name fails with nothing written (`submitOrAttach` checks again, for a job created since).
 */
async function assertNameFitsContent(session, identity) {
    const existing = await (0,_job_resource_js__WEBPACK_IMPORTED_MODULE_5__.findJob)(session, identity.name);
    if (existing)
        assertSameContent(identity.name, identity.contentHash, existing.properties.tags, (0,_job_resource_js__WEBPACK_IMPORTED_MODULE_5__.studioUrlOf)(session, existing, identity.name));
}


/***/ }),

/***/ 2421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findJob: () => (/* binding */ findJob),
/* harmony export */   getJob: () => (/* binding */ getJob),
/* harmony export */   jobIdOf: () => (/* binding */ jobIdOf),
/* harmony export */   outputsOf: () => (/* binding */ outputsOf),
/* harmony export */   putJob: () => (/* binding */ putJob),
/* harmony export */   statusOf: () => (/* binding */ statusOf),
/* harmony export */   studioUrlOf: () => (/* binding */ studioUrlOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6580);
/**
 * The one reader (and writer) of Azure ML jobs through ARM: look-up, status, studio link and outputs. Every
 * other module reads jobs through `findJob` / `getJob` here, so a missing job is reported the same way.
 */


/** The job named `name`, or undefined when the workspace has none. */
async function findJob(session, name) {
    try {
        return await session.ml.jobs.get(name);
    }
    catch (error) {
        if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
/** PUTs a job body as it is (the REST layer sends the body unchanged). */
async function putJob(session, name, body) {
    return session.ml.jobs.createOrUpdate(name, body);
}
/** The job named `name`; a missing job is a UserError naming the workspace (a typo in `attach` is common). */
async function getJob(session, name) {
    const job = await findJob(session, name);
    if (!job) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No job named '${name}' in workspace '${session.workspace.workspace}' ` +
            `(resource group ${session.workspace.resourceGroup}). Check the name and the workspace.`);
    }
    return job;
}
function statusOf(job) {
    return job.properties.status ?? 'Unknown';
}
/**
 * The studio link the service put on the job (`services.Studio.endpoint`), else the same link built
 * from the workspace coordinates (it opens the job without a tenant id; the studio asks for one).
 */
function studioUrlOf(session, job, name) {
    const endpoint = job?.properties.services?.Studio?.endpoint;
    if (endpoint)
        return endpoint;
    const { subscriptionId, resourceGroup, workspace } = session.workspace;
    const wsid = `/subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}/workspaces/${workspace}`;
    return `https://ml.azure.com/runs/${encodeURIComponent(name)}?wsid=${wsid}`;
}
function jobIdOf(session, job, name) {
    return job?.id ?? `${session.workspaceId}/jobs/${name}`;
}
/**
 * Pipeline output name -> URI. An output without an explicit URI lives where the service put it, which
 * `azureml://jobs/<job>/outputs/<output>` names for every Azure ML client (download-model included).
 */
function outputsOf(job, name) {
    const props = job.properties;
    const outputs = {};
    for (const [key, output] of Object.entries(props.outputs ?? {})) {
        const uri = output?.uri; // asset outputs (uri_folder, mlflow_model, ...) carry one
        outputs[key] = uri ?? `azureml://jobs/${name}/outputs/${key}`;
    }
    return outputs;
}


/***/ }),

/***/ 491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ RunHistory)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _azure_cloud_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1531);
/* harmony import */ var _data_plane_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6524);
/**
 * The run history data plane: where pipeline steps (child runs), their errors and their log files are.
 * Its host comes from the workspace's discovery document (`api`). It is called with a token for Azure ML's own
 * audience (https://ml.azure.com), kept and refreshed apart from the ARM token; it accepts the ARM token too
 * (what azure-ai-ml sends), so either works against the service.
 */



/** Guards against a service that keeps handing out continuation tokens. */
const MAX_PAGES = 100;
class RunHistory {
    baseUrl;
    http;
    constructor(
    /** `{api}/history/v1.0/subscriptions/.../workspaces/{ws}` */
    baseUrl, http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }
    /**
     * Finds the run history host of the session's workspace. Returns undefined (after a warning) when it
     * cannot be reached: the job is then followed by its own status alone.
     */
    static async connect(session, http) {
        const { subscriptionId, resourceGroup, workspace } = session.workspace;
        try {
            const ws = await session.ml.workspace.get();
            const discoveryUrl = ws.properties.discoveryUrl;
            if (!discoveryUrl)
                throw new Error('the workspace has no discoveryUrl');
            const discovery = await (0,_data_plane_js__WEBPACK_IMPORTED_MODULE_2__/* .anonymousGetter */ .B6)().getJson(discoveryUrl);
            if (!discovery?.api)
                throw new Error(`the discovery document at ${discoveryUrl} names no 'api' host`);
            const base = `${discovery.api.replace(/\/+$/, '')}/history/v1.0/subscriptions/${subscriptionId}` +
                `/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspace}`;
            return new RunHistory(base, http ?? (0,_data_plane_js__WEBPACK_IMPORTED_MODULE_2__/* .authenticatedGetter */ .NL)(session.credential, (0,_azure_cloud_js__WEBPACK_IMPORTED_MODULE_1__/* .mlScope */ .Ck)(session.cloud)));
        }
        catch (error) {
            session.log.warning(`Step statuses are unavailable (run history could not be reached: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}); ` +
                'following the pipeline job status only.');
            return undefined;
        }
    }
    runUrl(runId) {
        return `${this.baseUrl}/runs/${encodeURIComponent(runId)}`;
    }
    run(runId, abortSignal) {
        return this.http.getJson(this.runUrl(runId), abortSignal);
    }
    details(runId, abortSignal) {
        return this.http.getJson(`${this.runUrl(runId)}/details`, abortSignal);
    }
    /** Every child run of `runId` (the steps of a pipeline job), across pages. */
    async children(runId, abortSignal) {
        const first = `${this.runUrl(runId)}/children`;
        const runs = [];
        let url = first;
        for (let page = 0; url && page < MAX_PAGES; page++) {
            const body = await this.http.getJson(url, abortSignal);
            runs.push(...(body.value ?? []));
            url = body.nextLink || (body.continuationToken ? withToken(first, body.continuationToken) : undefined);
        }
        return runs;
    }
}
function withToken(url, token) {
    return `${url}?$continuationtoken=${encodeURIComponent(token)}`;
}


/***/ })

};
