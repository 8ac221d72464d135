export const id = 915;
export const ids = [915,467];
export const modules = {

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
    const pipeline = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__.createPipelineFromOptions)({ retryOptions, userAgentOptions: { userAgentPrefix: _azure_create_session_js__WEBPACK_IMPORTED_MODULE_1__.USER_AGENT } });
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
        ? (0,_naming_js__WEBPACK_IMPORTED_MODULE_6__.resolveJobName)(given, pipeline.name, run, log)
        : (0,_naming_js__WEBPACK_IMPORTED_MODULE_6__.deterministicJobName)(pipeline.name, run, contentHash);
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
    const existing = await (0,_job_resource_js__WEBPACK_IMPORTED_MODULE_5__/* .findJob */ .pC)(session, identity.name);
    if (existing)
        assertSameContent(identity.name, identity.contentHash, existing.properties.tags, (0,_job_resource_js__WEBPACK_IMPORTED_MODULE_5__/* .studioUrlOf */ .rT)(session, existing, identity.name));
}


/***/ }),

/***/ 2421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yz: () => (/* binding */ outputsOf),
/* harmony export */   ax: () => (/* binding */ getJob),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   fD: () => (/* binding */ putJob),
/* harmony export */   pC: () => (/* binding */ findJob),
/* harmony export */   rT: () => (/* binding */ studioUrlOf),
/* harmony export */   wb: () => (/* binding */ jobIdOf)
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

/***/ 7467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GIT_PROPERTIES: () => (/* binding */ GIT_PROPERTIES),
/* harmony export */   JOB_NAME_PATTERN: () => (/* binding */ JOB_NAME_PATTERN),
/* harmony export */   deterministicJobName: () => (/* binding */ deterministicJobName),
/* harmony export */   experimentNameFor: () => (/* binding */ experimentNameFor),
/* harmony export */   resolveJobName: () => (/* binding */ resolveJobName),
/* harmony export */   runUrl: () => (/* binding */ runUrl),
/* harmony export */   sanitizeName: () => (/* binding */ sanitizeName),
/* harmony export */   traceProperties: () => (/* binding */ traceProperties),
/* harmony export */   traceTags: () => (/* binding */ traceTags)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6677);
/**
 * Names and labels that tie an Azure ML job to the workflow run that submitted it: a deterministic job
 * name (so a repeated attempt finds its job instead of submitting a twin), tags shown in the studio, and
 * the git properties azure-ai-ml writes, so the studio's "source" panel shows the commit.
 */


/** The service's rule for job names (PUT jobs/{id}); ARM compares names case-insensitively. */
const JOB_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
const MAX_NAME = 255;
const SHORT_SHA = 7;
/**
 * Makes any text a valid job (or experiment) name: characters outside `[a-zA-Z0-9_-]` become `-`,
 * runs of `-` collapse, the first character is a letter or digit, and a name cut to `max` keeps a short
 * hash of what was cut, so two long names that differ only at the end stay different.
 */
function sanitizeName(raw, max = MAX_NAME) {
    const cleaned = raw
        .trim()
        .replace(/[^a-zA-Z0-9_-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-_]+/, '')
        .replace(/-+$/, '');
    if (cleaned.length <= max)
        return cleaned;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(cleaned).digest('hex').slice(0, 8);
    return `${cleaned.slice(0, max - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}
/**
 * `<pipeline>-<short sha>-<run id>-<run attempt>[-<job key>][-<content hash>]`, lower-cased (ARM treats
 * names case-insensitively, and studio URLs are shared), within 255 characters: the same content submitted
 * from the same workflow job of the same run attempt always gets the same name, and nothing else does (two
 * matrix legs share the job key but not the content; see identity.ts).
 */
function deterministicJobName(pipelineName, run, contentHash) {
    const key = run.job ? sanitizeName(run.job, 40) : '';
    const jobKey = key ? `-${key}` : '';
    const hash = contentHash ? `-${contentHash}` : '';
    const suffix = `-${run.sha.slice(0, SHORT_SHA)}-${run.runId}-${run.runAttempt}${jobKey}${hash}`.toLowerCase();
    const base = pipelineName?.trim() || run.repository.split('/').pop() || 'pipeline';
    const cleanSuffix = suffix.replace(/[^a-z0-9_-]+/g, '-');
    return (sanitizeName(base.toLowerCase(), MAX_NAME - cleanSuffix.length) || 'pipeline') + cleanSuffix;
}
/**
 * The job name to use: the one given (made valid, saying so when that changed it), else the
 * deterministic name of this run attempt.
 */
function resolveJobName(given, pipelineName, run, log) {
    if (!given?.trim())
        return deterministicJobName(pipelineName, run);
    const name = sanitizeName(given);
    if (!name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Job name '${given}' has no letter or digit; a job name must match ${JOB_NAME_PATTERN}.`);
    if (name !== given)
        log.info(`Job name '${given}' is not valid for Azure ML; using '${name}'.`);
    return name;
}
/**
 * The experiment a run lands in: the given one, with the branch appended on any branch other than the
 * default branch, so feature-branch runs do not mix with main's history in the studio.
 */
function experimentNameFor(experiment, run) {
    const onOtherBranch = run.branch && run.defaultBranch && run.branch !== run.defaultBranch;
    return sanitizeName(onOtherBranch ? `${experiment}-${run.branch}` : experiment);
}
function runUrl(run) {
    return `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`;
}
/** Tags shown (and filterable) in the studio. */
function traceTags(run) {
    const tags = {
        'github.repository': run.repository,
        'github.sha': run.sha,
        'github.ref': run.ref,
        'github.workflow': run.workflow,
        'github.run_id': run.runId,
        'github.run_attempt': run.runAttempt,
        'github.run_url': runUrl(run),
        'github.actor': run.actor,
    };
    if (run.branch)
        tags['github.branch'] = run.branch;
    if (run.eventName)
        tags['github.event_name'] = run.eventName;
    if (run.prNumber !== undefined)
        tags['github.pull_request'] = String(run.prNumber);
    return tags;
}
/** The property keys azure-ai-ml writes from git (`GitProperties` in its constants). */
const GIT_PROPERTIES = {
    commit: 'mlflow.source.git.commit',
    branch: 'mlflow.source.git.branch',
    repoUrl: 'mlflow.source.git.repoURL',
    buildId: 'azureml.git.build_id',
    buildUri: 'azureml.git.build_uri',
};
/**
 * Job properties as azure-ai-ml sets them from git, with the CI build standing for `AZUREML_GIT_BUILD_*`.
 * Properties can be added but never changed on an existing job, so they are written only at creation.
 */
function traceProperties(run) {
    const props = {
        [GIT_PROPERTIES.commit]: run.sha,
        [GIT_PROPERTIES.repoUrl]: `${run.serverUrl}/${run.repository}`,
        [GIT_PROPERTIES.buildId]: run.runId,
        [GIT_PROPERTIES.buildUri]: runUrl(run),
    };
    if (run.branch)
        props[GIT_PROPERTIES.branch] = run.branch;
    return props;
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
