export const id = 565;
export const ids = [565];
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


/***/ }),

/***/ 9565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ resolveModel),
/* harmony export */   L4: () => (/* binding */ pipelineStepRuns),
/* harmony export */   findModelVersion: () => (/* binding */ findModelVersion),
/* harmony export */   r5: () => (/* reexport safe */ _selector_js__WEBPACK_IMPORTED_MODULE_3__.r5),
/* harmony export */   tt: () => (/* reexport safe */ _selector_js__WEBPACK_IMPORTED_MODULE_3__.tt)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6580);
/* harmony import */ var _jobs_run_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(491);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1740);





/** Finds the model version a request names, or says clearly what exists instead. */
async function resolveModel(session, request) {
    if ('job' in request)
        return resolveByJob(session, request.job, request.name);
    await requireModelExists(session, request.name);
    const { selector } = request;
    if (selector.kind === 'version')
        return getVersion(session, request.name, selector.version);
    const tags = (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredTags */ .fr)(selector);
    // The service filters by one tag; the others (and that one again) are checked on each answer.
    const newest = await newestVersion(session, request.name, tags[0] && (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .filterText */ .Yf)(tags[0]), (v) => (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesTags */ .tt)(v.properties.tags ?? {}, selector));
    if (newest)
        return toResolved(request.name, newest);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model '${request.name}' has no version${tags.length ? ` tagged ${tags.map(_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .filterText */ .Yf).join(' and ')}` : ''} in workspace ` +
        `'${session.workspace.workspace}'.${await versionsHint(session, request.name)}`);
}
async function requireModelExists(session, name) {
    const { workspace } = session.workspace;
    try {
        await session.ml.containers('models').get(name);
    }
    catch (error) {
        if (!(0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw error;
        const names = [];
        for await (const c of session.ml.containers('models').list()) {
            if (c.name)
                names.push(c.name);
            if (names.length > 20)
                break;
        }
        const hint = !names.length
            ? ' The workspace has no models.'
            : names.length <= 20
                ? ` Models in it: ${names.sort().join(', ')}.`
                : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model '${name}' does not exist in workspace '${workspace}'.${hint}`);
    }
}
/** One version by name and number, or undefined when the workspace has no such model or version. */
async function findModelVersion(session, name, version) {
    try {
        return toResolved(name, await session.ml.versions('models').get(name, version));
    }
    catch (error) {
        if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
async function getVersion(session, name, version) {
    try {
        return toResolved(name, await session.ml.versions('models').get(name, version));
    }
    catch (error) {
        if (!(0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model '${name}' has no version ${version}.${await versionsHint(session, name)}`);
    }
}
/**
 * The newest version (by creation time) passing `accept`. The service is asked to filter and sort
 * (`tags`, `$orderBy=CreatedAtDesc`); `accept` re-checks each answer so a service that ignores a filter
 * cannot hand back a version without the tag.
 */
async function newestVersion(session, name, tags, accept) {
    const pages = session.ml.versions('models').list(name, { orderBy: 'CreatedAtDesc', tags }).byPage();
    let best;
    for await (const page of pages) {
        for (const v of page)
            if (accept(v) && (!best || createdAt(v) > createdAt(best)))
                best = v;
        // Sorted newest first: the first page with a match holds the newest match.
        if (best)
            break;
    }
    return best;
}
async function resolveByJob(session, job, name) {
    const { workspace } = session.workspace;
    const names = [];
    if (name) {
        await requireModelExists(session, name);
        names.push(name);
    }
    else {
        for await (const c of session.ml.containers('models').list())
            if (c.name)
                names.push(c.name);
    }
    const find = async (jobs) => {
        let best;
        for (const n of names) {
            const v = await newestVersion(session, n, undefined, (mv) => jobs.has(mv.properties.jobName ?? ''));
            if (v && (!best || createdAt(v) > createdAt(best.version)))
                best = { name: n, version: v };
        }
        return best;
    };
    const best = (await find(new Set([job]))) ?? (await find(await stepJobs(session, job)));
    if (best)
        return toResolved(best.name, best.version);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No model ${name ? `'${name}' ` : ''}in workspace '${workspace}' was registered by job '${job}' or its steps. ` +
        'Check the job name and that the job registered a model.');
}
/**
 * The runs that registered on behalf of a pipeline job: its steps (a model registered by a step records the
 * step's run id as `jobName`) and, for a step the service reused, the earlier run it reused, which is the one
 * that registered. Empty when run history cannot be read (a plain command job has no steps either).
 */
async function stepJobs(session, job) {
    const { steps, reused } = await pipelineStepRuns(session, job);
    return new Set([...steps, ...reused]);
}
/** A pipeline job's step run ids, and the earlier runs its reused steps took their outputs from. */
async function pipelineStepRuns(session, job) {
    const steps = new Set();
    const reused = new Set();
    const history = await _jobs_run_history_js__WEBPACK_IMPORTED_MODULE_2__/* .RunHistory */ .g.connect(session);
    if (!history)
        return { steps, reused };
    try {
        for (const step of await history.children(job)) {
            steps.add(step.runId);
            const earlier = step.properties?.['azureml.reusedrunid'];
            if (earlier)
                reused.add(earlier);
        }
    }
    catch (error) {
        if (!(0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw error;
    }
    return { steps, reused };
}
/** A list of the newest versions with their tags, for error messages. */
async function versionsHint(session, name) {
    const lines = [];
    for await (const v of session.ml.versions('models').list(name, { orderBy: 'CreatedAtDesc', top: 20 })) {
        const tags = Object.entries(v.properties.tags ?? {}).map(([k, val]) => (val ? `${k}=${val}` : k));
        lines.push(`${v.name}${tags.length ? ` (${tags.join(', ')})` : ''}`);
        if (lines.length >= 20)
            break;
    }
    return lines.length ? ` Versions (newest first): ${lines.join('; ')}.` : ' It has no versions.';
}
function toResolved(name, v) {
    const p = v.properties;
    if (!p.modelUri)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model ${name} version ${v.name} has no modelUri; it cannot be downloaded.`);
    const tags = {};
    for (const [k, val] of Object.entries(p.tags ?? {}))
        tags[k] = val ?? '';
    return {
        name,
        version: v.name ?? '',
        id: v.id ?? '',
        modelUri: p.modelUri,
        modelType: p.modelType,
        jobName: p.jobName,
        tags,
        createdAt: v.systemData?.createdAt ? new Date(v.systemData.createdAt) : undefined,
    };
}
/** Creation time in ms (the wire carries ISO 8601). */
const createdAt = (v) => (v.systemData?.createdAt ? Date.parse(v.systemData.createdAt) || 0 : 0);


/***/ })

};
