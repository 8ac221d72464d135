export const id = 995;
export const ids = [995,391];
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

/***/ 995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureModelTagStore: () => (/* binding */ azureModelTagStore)
/* harmony export */ });
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6580);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6677);
/* harmony import */ var _azure_create_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2410);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4391);




/** The store a promotion writes to: the session's workspace, or a copy's target. */
function azureModelTagStore(session, target) {
    if (target?.kind === 'registry')
        return registryModelTagStore(session, target.registry, target.resourceGroup);
    const ws = target ? (0,_azure_create_session_js__WEBPACK_IMPORTED_MODULE_2__/* .sessionInWorkspace */ .LP)(session, target) : session;
    const versions = ws.ml.versions('models');
    return {
        where: `workspace '${ws.workspace.workspace}'`,
        async resolve(name, selector) {
            const found = await (0,_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveModel */ .AX)(ws, { name, selector });
            return { version: found.version, id: found.id, tags: found.tags };
        },
        holders: (name, tag) => holdersIn(versions.list(name, { tags: tagText(tag), listViewType: 'All' }), tag),
        async updateTags(name, version, edit) {
            const current = await versions.get(name, version);
            return writeTags(current, edit, (body) => versions.createOrUpdate(name, version, body));
        },
    };
}
/** A registry's model versions (`registries/{r}/models/{name}/versions`), written through their long-running PUT. */
function registryModelTagStore(session, registry, resourceGroup) {
    const models = session.ml.registryModels(registry, resourceGroup);
    const where = `registry '${registry}'`;
    return {
        where,
        async resolve(name, selector) {
            if (selector.kind === 'version') {
                try {
                    return stored(await models.get(name, selector.version));
                }
                catch (error) {
                    if (!(0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
                        throw error;
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Model '${name}' has no version ${selector.version} in ${where}.`);
                }
            }
            let best;
            for await (const v of models.list(name, { orderBy: 'CreatedAtDesc' }))
                if ((0,_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesTags */ .tt)(v.properties.tags ?? {}, selector) && (!best || created(v) > created(best)))
                    best = v;
            if (!best)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Model '${name}' has no version in ${where} that is ${(0,_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .describeSelector */ .r5)(selector)}.`);
            return stored(best);
        },
        holders: (name, tag) => holdersIn(models.list(name, { tags: tagText(tag) }), tag),
        async updateTags(name, version, edit) {
            const current = await models.get(name, version);
            return writeTags(current, edit, (body) => models.createOrUpdate(name, version, body));
        },
    };
}
const tagText = (tag) => `${tag.key}=${tag.value}`;
/** The versions carrying the tag; the service's filter is checked again, so one it ignored moves nothing. */
async function holdersIn(list, tag) {
    const out = [];
    for await (const v of list)
        if (v.name && v.properties.tags?.[tag.key] === tag.value)
            out.push(v.name);
    return out;
}
async function writeTags(current, edit, put) {
    const tags = edit(plainTags(current.properties.tags));
    if (!tags)
        return plainTags(current.properties.tags);
    const { provisioningState: _readOnly, ...properties } = current.properties;
    const answer = await put({ properties: { ...properties, tags } });
    return plainTags(answer.properties?.tags);
}
function stored(v) {
    return { version: v.name ?? '', id: v.id ?? '', tags: plainTags(v.properties.tags) };
}
const created = (v) => (v.systemData?.createdAt ? Date.parse(v.systemData.createdAt) || 0 : 0);
function plainTags(tags) {
    const out = {};
    for (const [k, v] of Object.entries(tags ?? {}))
        out[k] = v ?? '';
    return out;
}


/***/ }),

/***/ 4391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r5: () => (/* reexport */ describeSelector),
  findModelVersion: () => (/* binding */ findModelVersion),
  tt: () => (/* reexport */ matchesTags),
  L4: () => (/* binding */ pipelineStepRuns),
  AX: () => (/* binding */ resolveModel)
});

// UNUSED EXPORTS: filterText, parseTagFilters, parseVersionSelector, requiredTags, withTagFilters

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/azure/rest-errors.ts
var rest_errors = __webpack_require__(6580);
// EXTERNAL MODULE: ./shared/jobs/run-history.ts
var run_history = __webpack_require__(491);
;// CONCATENATED MODULE: ./shared/models/selector.ts
/**
 * Which model version a step asks for, parsed from its inputs. Pure: an entry parses and checks these before
 * anything is loaded or signed in (resolve.ts, which talks to the workspace, re-exports them).
 */

/** Parses the `version` input: empty or `latest`, a version, `tag:KEY` or `tag:KEY=VALUE`. */
function parseVersionSelector(input) {
    const v = input.trim();
    if (v === '' || v === 'latest')
        return { kind: 'latest' };
    if (v.startsWith('tag:')) {
        const spec = v.slice(4);
        const eq = spec.indexOf('=');
        const key = (eq < 0 ? spec : spec.slice(0, eq)).trim();
        if (!key)
            throw new UserError(`Input 'version': '${input}' names no tag; write tag:KEY or tag:KEY=VALUE (e.g. tag:stage=production).`);
        return eq < 0 ? { kind: 'tag', key } : { kind: 'tag', key, value: spec.slice(eq + 1).trim() };
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v)) {
        throw new UserError(`Input 'version': '${input}' is not a version; use a version such as 3, 'latest', or tag:KEY[=VALUE].`);
    }
    return { kind: 'version', version: v };
}
/**
 * Parses the `tag-filter` input: one `KEY=VALUE` or `KEY` per line (or separated by commas), all of which the
 * chosen version must carry.
 */
function parseTagFilters(text, input = 'tag-filter') {
    return text
        .split(/[\n,]/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
        const eq = line.indexOf('=');
        const key = (eq < 0 ? line : line.slice(0, eq)).trim();
        if (!key)
            throw new UserError(`Input '${input}': '${line}' names no tag; write KEY=VALUE or KEY.`);
        return eq < 0 ? { key } : { key, value: line.slice(eq + 1).trim() };
    });
}
/** `selector` narrowed by `filters`; a fixed version cannot be narrowed, and saying so beats ignoring them. */
function withTagFilters(selector, filters, input = 'tag-filter') {
    if (!filters.length)
        return selector;
    if (selector.kind === 'version')
        throw new UserError(`Input '${input}' narrows 'latest' or 'tag:KEY[=VALUE]'; version ${selector.version} is one version already.`);
    return { ...selector, filters: [...(selector.filters ?? []), ...filters] };
}
/** Every tag the chosen version must carry (the `tag:` selector's first). */
function requiredTags(selector) {
    if (selector.kind === 'version')
        return [];
    const own = selector.kind === 'tag' ? [{ key: selector.key, value: selector.value }] : [];
    return [...own, ...(selector.filters ?? [])];
}
/** True when `tags` carry every tag the selector requires. */
function matchesTags(tags, selector) {
    return requiredTags(selector).every((f) => f.key in tags && (f.value === undefined || (tags[f.key] ?? '') === f.value));
}
const filterText = (f) => (f.value === undefined ? f.key : `${f.key}=${f.value}`);
function describeSelector(selector) {
    if (selector.kind === 'version')
        return `version ${selector.version}`;
    const tags = requiredTags(selector);
    return tags.length ? `the newest version tagged ${tags.map(filterText).join(' and ')}` : 'the newest version';
}

;// CONCATENATED MODULE: ./shared/models/resolve.ts





/** Finds the model version a request names, or says clearly what exists instead. */
async function resolveModel(session, request) {
    if ('job' in request)
        return resolveByJob(session, request.job, request.name);
    await requireModelExists(session, request.name);
    const { selector } = request;
    if (selector.kind === 'version')
        return getVersion(session, request.name, selector.version);
    const tags = requiredTags(selector);
    // The service filters by one tag; the others (and that one again) are checked on each answer.
    const newest = await newestVersion(session, request.name, tags[0] && filterText(tags[0]), (v) => matchesTags(v.properties.tags ?? {}, selector));
    if (newest)
        return toResolved(request.name, newest);
    throw new errors/* UserError */.yo(`Model '${request.name}' has no version${tags.length ? ` tagged ${tags.map(filterText).join(' and ')}` : ''} in workspace ` +
        `'${session.workspace.workspace}'.${await versionsHint(session, request.name)}`);
}
async function requireModelExists(session, name) {
    const { workspace } = session.workspace;
    try {
        await session.ml.containers('models').get(name);
    }
    catch (error) {
        if (!(0,rest_errors/* isNotFound */.c4)(error))
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
        throw new errors/* UserError */.yo(`Model '${name}' does not exist in workspace '${workspace}'.${hint}`);
    }
}
/** One version by name and number, or undefined when the workspace has no such model or version. */
async function findModelVersion(session, name, version) {
    try {
        return toResolved(name, await session.ml.versions('models').get(name, version));
    }
    catch (error) {
        if ((0,rest_errors/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
}
async function getVersion(session, name, version) {
    try {
        return toResolved(name, await session.ml.versions('models').get(name, version));
    }
    catch (error) {
        if (!(0,rest_errors/* isNotFound */.c4)(error))
            throw error;
        throw new errors/* UserError */.yo(`Model '${name}' has no version ${version}.${await versionsHint(session, name)}`);
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
    throw new errors/* UserError */.yo(`No model ${name ? `'${name}' ` : ''}in workspace '${workspace}' was registered by job '${job}' or its steps. ` +
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
    const history = await run_history/* RunHistory */.g.connect(session);
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
        if (!(0,rest_errors/* isNotFound */.c4)(error))
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
        throw new errors/* UserError */.yo(`Model ${name} version ${v.name} has no modelUri; it cannot be downloaded.`);
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
