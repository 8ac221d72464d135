export const id = 527;
export const ids = [527,421];
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

/***/ 5527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONTENT_TAG: () => (/* reexport */ identity/* CONTENT_TAG */.XH),
  CancelGuard: () => (/* reexport */ CancelGuard),
  assertJobPassed: () => (/* reexport */ outcome/* assertJobPassed */.Kl),
  assertNameFitsContent: () => (/* reexport */ identity/* assertNameFitsContent */.$L),
  assertSameContent: () => (/* reexport */ identity/* assertSameContent */.cU),
  attachJob: () => (/* reexport */ attachJob),
  cancelJobIfRunning: () => (/* reexport */ cancelJobIfRunning),
  deterministicJobName: () => (/* reexport */ naming/* deterministicJobName */.Zh),
  experimentNameFor: () => (/* reexport */ naming/* experimentNameFor */.Mn),
  failingSteps: () => (/* reexport */ outcome/* failingSteps */.ad),
  failureMessage: () => (/* reexport */ outcome/* failureMessage */.oh),
  followJob: () => (/* reexport */ followJob),
  formatDuration: () => (/* reexport */ jobs_steps/* formatDuration */.a3),
  isActive: () => (/* reexport */ jobs_status/* isActive */.$m),
  isCompleted: () => (/* reexport */ jobs_status/* isCompleted */.Yw),
  isUnsuccessfulEnd: () => (/* reexport */ jobs_status/* isUnsuccessfulEnd */.dQ),
  jobIdentity: () => (/* reexport */ identity/* jobIdentity */.Kv),
  pipelineContentHash: () => (/* reexport */ identity/* pipelineContentHash */.QB),
  resolveJobName: () => (/* reexport */ naming/* resolveJobName */.rZ),
  sanitizeName: () => (/* reexport */ naming/* sanitizeName */.rh),
  submitOrAttach: () => (/* reexport */ submitOrAttach),
  traceProperties: () => (/* reexport */ naming/* traceProperties */.pd),
  traceTags: () => (/* reexport */ naming/* traceTags */.TS),
  withTraceability: () => (/* reexport */ withTraceability)
});

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/azure/rest-errors.ts
var rest_errors = __webpack_require__(6580);
// EXTERNAL MODULE: ./shared/jobs/job-resource.ts
var job_resource = __webpack_require__(2421);
// EXTERNAL MODULE: ./shared/jobs/identity.ts
var identity = __webpack_require__(8449);
// EXTERNAL MODULE: ./shared/jobs/naming.ts
var naming = __webpack_require__(7467);
;// CONCATENATED MODULE: ./shared/jobs/submit.ts





/** Submits the job, or attaches to the job of that name when it exists already. */
async function submitOrAttach(session, options) {
    const existing = await (0,job_resource.findJob)(session, options.name);
    if (existing)
        return attachToExisting(session, options, existing);
    const body = withTraceability(options);
    let created;
    try {
        created = await (0,job_resource.putJob)(session, options.name, body);
    }
    catch (error) {
        // Another process may have created it between our look-up and our PUT (two retries racing).
        const raced = await (0,job_resource.findJob)(session, options.name).catch(() => undefined);
        if (raced)
            return attachToExisting(session, options, raced);
        throw (0,rest_errors/* describeAzureFailure */.dd)(`Submitting pipeline job '${options.name}'`, error);
    }
    const submitted = describeSubmitted(session, options.name, created, false);
    session.log.info(`Submitted pipeline job '${submitted.name}' (status ${submitted.status}).`);
    session.log.info(`Studio: ${submitted.studioUrl}`);
    return submitted;
}
/** Follows nothing yet: reads an existing job for `attach`, failing clearly when it does not exist. */
async function attachJob(session, name) {
    const job = await (0,job_resource.getJob)(session, name);
    const attached = describeSubmitted(session, name, job, true);
    session.log.info(`Attached to job '${name}' (status ${attached.status}).`);
    session.log.info(`Studio: ${attached.studioUrl}`);
    return attached;
}
function attachToExisting(session, options, job) {
    const theirCommit = job.properties.properties?.[naming/* GIT_PROPERTIES */.h6.commit];
    if (options.run && theirCommit && theirCommit !== options.run.sha) {
        throw new errors/* UserError */.yo(`A job named '${options.name}' already exists in workspace '${session.workspace.workspace}', ` +
            `submitted from commit ${theirCommit}, but this run is at ${options.run.sha}. Job names are unique per ` +
            `workspace: leave 'name' empty to get a name per run attempt, or use 'attach: ${options.name}' to follow that job.`);
    }
    // The body's content tag (jobIdentity) says what this step submits; another content is another job.
    const contentHash = options.body.properties.tags?.[identity/* CONTENT_TAG */.XH];
    if (contentHash)
        (0,identity/* assertSameContent */.cU)(options.name, contentHash, job.properties.tags, (0,job_resource.studioUrlOf)(session, job, options.name));
    const attached = describeSubmitted(session, options.name, job, true);
    session.log.info(`Job '${options.name}' already exists (status ${attached.status}): attaching to it instead of submitting a duplicate.`);
    session.log.info(`Studio: ${attached.studioUrl}`);
    return attached;
}
function describeSubmitted(session, name, job, attached) {
    return {
        name,
        id: (0,job_resource.jobIdOf)(session, job, name),
        studioUrl: (0,job_resource.studioUrlOf)(session, job, name),
        status: (0,job_resource.statusOf)(job),
        attached,
    };
}
/** The body with the run's tags and git properties added (the YAML's own keys win) and force_rerun set. */
function withTraceability(options) {
    const props = options.body.properties;
    if (props.jobType !== 'Pipeline') {
        throw new errors/* UserError */.yo(`Expected a pipeline job body (jobType "Pipeline"), got jobType "${props.jobType}".`);
    }
    const run = options.run;
    const settings = options.forceRerun === undefined ? props.settings : { ...props.settings, force_rerun: options.forceRerun };
    return {
        ...options.body,
        properties: {
            ...props,
            tags: run ? { ...(0,naming/* traceTags */.TS)(run), ...props.tags } : props.tags,
            properties: run ? { ...(0,naming/* traceProperties */.pd)(run), ...props.properties } : props.properties,
            ...(settings === undefined ? {} : { settings }),
        },
    };
}

// EXTERNAL MODULE: ./shared/azure/cloud.ts
var cloud = __webpack_require__(1531);
// EXTERNAL MODULE: ./shared/jobs/data-plane.ts
var data_plane = __webpack_require__(6524);
// EXTERNAL MODULE: ./shared/jobs/status.ts
var jobs_status = __webpack_require__(6069);
;// CONCATENATED MODULE: ./shared/jobs/log-tail.ts
/**
 * Prints the new lines of each step's log while the job runs, the way `az ml job stream` does (same log
 * file choice), but apart from status polling: a log that cannot be listed or downloaded costs a warning,
 * never the result, and a slow download never delays the next status poll.
 */


/** Log files worth showing, best first; the first group that matches anything wins (azure-ai-ml's order). */
const LOG_GROUPS = [
    /^user_logs\/std_log[\D]*[0]*(?:_ps)?\.txt$/, // common runtime: the rank-0 process
    /^azureml-logs\/\d{2}.+\.txt$/, // legacy command jobs
    /^logs\/azureml\/executionlogs\.txt$/, // pipeline runs
];
function pickLogFiles(paths) {
    for (const pattern of LOG_GROUPS) {
        const matched = paths.filter((p) => pattern.test(p)).sort();
        if (matched.length)
            return matched;
    }
    return [];
}
/** Steps whose logs one round reads (each costs a details read and a read per log file). */
const MAX_STEPS_PER_ROUND = 3;
class LogTail {
    history;
    blobs;
    log;
    /** `runId/path` -> lines already printed. */
    printed = new Map();
    /** Steps whose last lines were printed after they ended. */
    flushed = new Set();
    warned = new Set();
    lastHeader = '';
    running;
    /** runId -> the log files chosen for it (path -> SAS URL). */
    logFiles = new Map();
    /** Where the next round starts among the running steps. */
    turn = 0;
    constructor(history, 
    /** Reads SAS URLs; no token. */
    blobs, log) {
        this.history = history;
        this.blobs = blobs;
        this.log = log;
    }
    /** Starts a round of tailing unless one is still going; returns at once. */
    poke(steps) {
        if (this.running)
            return;
        this.running = this.round(steps)
            .catch((error) => this.log.debug(`Log tailing failed: ${(0,errors/* errorMessage */.gJ)(error)}`))
            .finally(() => (this.running = undefined));
    }
    /** Waits for the round in progress, then prints what is left of every step's logs. */
    async finish(steps) {
        await this.running;
        const left = this.unflushed(steps);
        for (let i = 0; i < left.length; i += MAX_STEPS_PER_ROUND)
            await this.readSteps(left.slice(i, i + MAX_STEPS_PER_ROUND));
    }
    /**
     * The steps read this round: those that ended and still have lines to flush first, then the running ones
     * in turn, at most `MAX_STEPS_PER_ROUND`: a fan-out of 200 running steps costs what a chain of 5 does.
     */
    dueSteps(steps) {
        const open = this.unflushed(steps);
        const ended = open.filter((s) => !(0,jobs_status/* isActive */.$m)(s.status));
        const running = open.filter((s) => (0,jobs_status/* isActive */.$m)(s.status));
        const start = running.length ? this.turn % running.length : 0;
        const inTurn = [...running.slice(start), ...running.slice(0, start)];
        const due = [...ended, ...inTurn].slice(0, MAX_STEPS_PER_ROUND);
        this.turn += Math.max(0, due.length - ended.length);
        return due;
    }
    unflushed(steps) {
        return steps.filter((s) => !s.reused && !this.flushed.has(s.runId) && s.status !== 'NotStarted');
    }
    round(steps) {
        return this.readSteps(this.dueSteps(steps));
    }
    /** Reads the logs of `due` at once and prints their new lines. */
    async readSteps(due) {
        const texts = await Promise.all(due.map((step) => this.read(step)));
        due.forEach((step, i) => {
            // An ended step is read once more at most: one whose logs cannot be read must not hold up the others.
            if (!(0,jobs_status/* isActive */.$m)(step.status))
                this.flushed.add(step.runId);
            for (const [path, text] of texts[i] ?? [])
                this.printNew(step, path, text);
        });
    }
    /**
     * The chosen log files of a step (path -> SAS URL) from its run details, kept once some are there: later rounds
     * read the files alone, one request less per step and round.
     */
    async findLogFiles(step) {
        const details = await this.history.details(step.runId);
        const all = details.logFiles ?? {};
        const files = new Map(pickLogFiles(Object.keys(all)).map((path) => [path, all[path]]));
        if (files.size)
            this.logFiles.set(step.runId, files);
        return files;
    }
    /** The chosen log files of a step and their text; undefined when they cannot be read (warned once). */
    async read(step) {
        const out = new Map();
        try {
            const files = this.logFiles.get(step.runId) ?? (await this.findLogFiles(step));
            for (const [path, url] of files)
                out.set(path, await this.blobs.getText(url));
        }
        catch (error) {
            this.logFiles.delete(step.runId); // an expired SAS URL: ask run history again next time
            const message = `Logs of step ${step.name} could not be read (${(0,errors/* errorMessage */.gJ)(error)}); its status is still followed.`;
            if (this.warned.has(step.runId))
                this.log.debug(message);
            else
                this.log.warning(message);
            this.warned.add(step.runId);
            return undefined;
        }
        return out;
    }
    printNew(step, path, text) {
        const key = `${step.runId}/${path}`;
        const lines = text.split('\n');
        // The last piece has no newline yet while the step writes; hold it back until the step has ended.
        const complete = (0,jobs_status/* isActive */.$m)(step.status) ? lines.slice(0, -1) : lines.filter((l, i) => l || i < lines.length - 1);
        const from = this.printed.get(key) ?? 0;
        if (complete.length <= from)
            return;
        const header = `── ${step.name} · ${path} ──`;
        if (this.lastHeader !== header)
            this.log.info(header);
        this.lastHeader = header;
        for (const line of complete.slice(from))
            this.log.info(line);
        this.printed.set(key, complete.length);
    }
}

;// CONCATENATED MODULE: ./shared/jobs/poll.ts
/**
 * When to look at a job again: often at first and right after something changed, then less and less, as
 * `az ml job stream` does; never faster than a fixed budget, and never sooner than the service asked (Retry-After).
 */
const systemClock = { now: () => Date.now(), sleep };
/**
 * azure-ai-ml's logistic curve, `60 / (1 + 100·e^(−t/20))` seconds at `t` seconds since the start, moved to
 * run from `minMs` to `maxMs`: about `minMs` for the first half minute, half-way at 1.5 minutes, `maxMs`
 * after about 3. A job that ends fast is seen fast; a job of hours costs about one request a minute.
 */
function pollDelayMs(elapsedMs, bounds) {
    const t = Math.max(0, elapsedMs) / 1000;
    const share = 1 / (1 + 100 * Math.exp(-t / 20));
    const span = Math.max(0, bounds.maxMs - bounds.minMs);
    return Math.round(bounds.minMs + span * share);
}
/** Default ceiling: az's 60 s, and never less than the floor. Tests set a short floor, which scales the ceiling. */
function defaultPollBounds(pollIntervalMs) {
    return { minMs: pollIntervalMs, maxMs: Math.max(pollIntervalMs, Math.min(60_000, pollIntervalMs * 12)) };
}
/**
 * Polls allowed per ceiling interval in the long run (a token bucket): a pipeline whose steps keep changing
 * (200 steps end one after the other) would otherwise keep the interval at its floor for hours. At the ceiling a
 * quiet job spends one poll per interval, so the bucket refills and a change is still seen fast.
 */
const POLLS_PER_CEILING = 1.25;
/** Polls that may follow each other at the floor interval before the budget slows them down. */
const POLL_BURST = 6;
/**
 * Paces the polls of one job: the interval follows `pollDelayMs` over the time since the last change (so it
 * resets when a step or the job changes state), within a budget of `POLLS_PER_CEILING` polls per ceiling
 * interval (bursts of `POLL_BURST`), and is never shorter than a Retry-After the service sent.
 */
class PollPacer {
    bounds;
    clock;
    quietSince;
    tokens = POLL_BURST;
    tokensAt;
    constructor(bounds, clock) {
        this.bounds = bounds;
        this.clock = clock;
        this.quietSince = this.tokensAt = clock.now();
    }
    /** The wait before the next poll; `changed` when this poll saw something new. */
    nextDelay(changed, retryAfterMs = 0) {
        const now = this.clock.now();
        if (changed)
            this.quietSince = now;
        const rate = POLLS_PER_CEILING / Math.max(1, this.bounds.maxMs);
        let at = now + Math.max(pollDelayMs(now - this.quietSince, this.bounds), retryAfterMs);
        const available = Math.min(POLL_BURST, this.tokens + (at - this.tokensAt) * rate);
        if (available < 1)
            at += (1 - available) / rate;
        this.tokens = Math.min(POLL_BURST, this.tokens + (at - this.tokensAt) * rate) - 1;
        this.tokensAt = at;
        return Math.ceil(at - now);
    }
}
/** Waits `ms`, or less when `signal` aborts (resolving, not throwing: the caller checks the signal). */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}

// EXTERNAL MODULE: ./shared/jobs/run-history.ts
var run_history = __webpack_require__(491);
// EXTERNAL MODULE: ./shared/jobs/steps.ts
var jobs_steps = __webpack_require__(88);
;// CONCATENATED MODULE: ./shared/jobs/follow.ts











/** How deep nested child runs are followed (pipeline components in pipeline components, their sweeps, …). */
const MAX_NESTING = 4;
/** ARM reads that may fail in a row (after the client's own retries) before following gives up. */
const MAX_READ_FAILURES = 5;
async function followJob(session, name, options = {}) {
    const log = session.log;
    const clock = options.clock ?? systemClock;
    const startedAt = clock.now();
    const bounds = options.pollBounds ?? defaultPollBounds(session.pollIntervalMs);
    const pacer = new PollPacer(bounds, clock);
    const history = options.runHistory === undefined
        ? await run_history/* RunHistory */.g.connect(session, (0,data_plane/* authenticatedGetter */.NL)(session.credential, (0,cloud/* mlScope */.Ck)(session.cloud), { throttledToCaller: true }))
        : options.runHistory;
    const steps = new jobs_steps/* StepTracker */.fH(log);
    const stepReader = history ? new StepReader(history, steps, name, session, clock) : undefined;
    const tail = history && options.logs !== false ? new LogTail(history, (0,data_plane/* anonymousGetter */.B6)(), log) : undefined;
    let job = await (0,job_resource.getJob)(session, name);
    let lastStatus;
    let timedOut = false;
    let stopped = false;
    let readFailures = 0;
    let jobWaitMs = 0;
    for (;;) {
        const status = (0,job_resource.statusOf)(job);
        const jobChanged = status !== lastStatus;
        if (jobChanged)
            log.info(`Pipeline job ${name}: ${status} (${(0,jobs_steps/* formatDuration */.a3)(clock.now() - startedAt)} in)`);
        lastStatus = status;
        const read = await stepReader?.refresh();
        tail?.poke(steps.list());
        if (!(0,jobs_status/* isActive */.$m)(status))
            break;
        if (options.abortSignal?.aborted) {
            stopped = true;
            break;
        }
        if (options.timeoutMs !== undefined && clock.now() - startedAt >= options.timeoutMs) {
            timedOut = true;
            break;
        }
        await options.onPoll?.();
        const changed = jobChanged || (read?.changed ?? 0) > 0;
        await clock.sleep(pacer.nextDelay(changed, Math.max(jobWaitMs, read?.waitMs ?? 0)), options.abortSignal);
        if (options.abortSignal?.aborted) {
            stopped = true;
            break;
        }
        try {
            job = await (0,job_resource.getJob)(session, name);
            readFailures = 0;
            jobWaitMs = 0;
        }
        catch (error) {
            // A job of hours must survive a flaky minute; the client has retried already.
            if (++readFailures >= MAX_READ_FAILURES)
                throw error;
            jobWaitMs = throttledWaitMs(error, clock, bounds);
            log.warning(`Reading job '${name}' failed (${(0,errors/* errorMessage */.gJ)(error)}); trying again at the next poll.`);
        }
    }
    // A cancelled workflow has seconds left: no final reads then.
    const settled = stopped ? undefined : await stepReader?.settle((0,job_resource.statusOf)(job));
    if (!stopped)
        await tail?.finish(steps.list());
    return buildResult(session, name, job, {
        steps,
        stepsKnown: Boolean(stepReader?.everRead),
        timedOut,
        stopped,
        attached: options.attached ?? false,
        parentError: settled?.error,
        durationMs: settled?.durationMs ?? clock.now() - startedAt,
    });
}
/**
 * How long a failed read asks the next poll to wait: its Retry-After when it was throttled (429) or the service
 * was unavailable (503); the ceiling interval when it said neither; nothing for other failures.
 */
function throttledWaitMs(error, clock, bounds) {
    const asked = (0,rest_errors/* retryAfterMs */.Vs)(error, clock.now());
    if (asked !== undefined)
        return asked;
    return [429, 503].includes((0,rest_errors/* statusCodeOf */.PU)(error) ?? 0) ? bounds.maxMs : 0;
}
/** Reads the steps from run history each poll; its failures are warned about once and never fatal. */
class StepReader {
    history;
    steps;
    jobName;
    session;
    clock;
    everRead = false;
    warned = false;
    /** Container runs (pipeline components, sweeps) listed after they ended: their child runs cannot change. */
    settledContainers = new Set();
    constructor(history, steps, jobName, session, clock) {
        this.history = history;
        this.steps = steps;
        this.jobName = jobName;
        this.session = session;
        this.clock = clock;
    }
    async refresh() {
        try {
            const changed = await this.readLevel(this.jobName, '', 0);
            this.everRead = true;
            return { changed, waitMs: 0 };
        }
        catch (error) {
            const message = `Listing the steps of '${this.jobName}' failed (${(0,errors/* errorMessage */.gJ)(error)}); following the job status.`;
            if (this.warned)
                this.session.log.debug(message);
            else
                this.session.log.warning(message);
            this.warned = true;
            return { changed: 0, waitMs: (0,rest_errors/* retryAfterMs */.Vs)(error, this.clock.now()) ?? 0 };
        }
    }
    /**
     * Reads the child runs of `runId` (one paged list call, however many steps) and, below those that have their
     * own (pipeline components, sweeps, parallel steps) and are still going, theirs: a nested step is named by its
     * path, so a failure deep down says where it happened. Returns how many steps changed.
     */
    async readLevel(runId, path, depth) {
        const runs = await this.history.children(runId);
        let changed = this.steps.update(runs, path);
        if (depth >= MAX_NESTING)
            return changed;
        for (const run of runs.filter(jobs_steps/* hasChildRuns */.np)) {
            if (this.settledContainers.has(run.runId))
                continue;
            const name = run.displayName || run.name || run.runId;
            changed += await this.readLevel(run.runId, path ? `${path}/${name}` : name, depth + 1);
            if (!(0,jobs_status/* isActive */.$m)(run.status))
                this.settledContainers.add(run.runId);
        }
        return changed;
    }
    /**
     * After the end: one more read (steps may lag behind the pipeline), the errors of failed steps that the
     * list left out, and the pipeline run's own error (for a failure no step explains) and duration.
     */
    async settle(status) {
        await this.refresh();
        if (!(0,jobs_status/* isCompleted */.Yw)(status)) {
            for (const step of this.steps.list()) {
                if (step.status !== 'Failed' || step.error)
                    continue;
                const details = await this.history.details(step.runId).catch(() => undefined);
                const message = details?.error?.error?.message;
                if (message)
                    this.steps.amend(step.runId, { error: message });
            }
        }
        const run = await this.history.run(this.jobName).catch(() => undefined);
        const start = run?.startTimeUtc ? Date.parse(run.startTimeUtc) : NaN;
        const end = run?.endTimeUtc ? Date.parse(run.endTimeUtc) : NaN;
        return {
            error: (0,jobs_status/* isCompleted */.Yw)(status) ? undefined : run?.error?.error?.message || undefined,
            durationMs: Number.isFinite(start) && Number.isFinite(end) && end >= start ? end - start : undefined,
        };
    }
}
function buildResult(session, name, job, parts) {
    const status = (0,job_resource.statusOf)(job);
    return {
        name,
        id: (0,job_resource.jobIdOf)(session, job, name),
        studioUrl: (0,job_resource.studioUrlOf)(session, job, name),
        status,
        passed: (0,jobs_status/* isCompleted */.Yw)(status) && !parts.timedOut && !parts.stopped,
        attached: parts.attached,
        stopped: parts.stopped,
        timedOut: parts.timedOut,
        steps: parts.steps.list(),
        stepsKnown: parts.stepsKnown,
        error: parts.parentError,
        durationMs: parts.durationMs,
        outputs: (0,job_resource.outputsOf)(job, name),
    };
}

// EXTERNAL MODULE: ./shared/jobs/outcome.ts
var outcome = __webpack_require__(1063);
// EXTERNAL MODULE: ./shared/azure/create-session.ts + 2 modules
var create_session = __webpack_require__(2410);
// EXTERNAL MODULE: ./shared/azure/ml-api/ml-api.ts
var ml_api = __webpack_require__(7563);
// EXTERNAL MODULE: ./shared/azure/ml-api/rest-client.ts
var rest_client = __webpack_require__(3733);
;// CONCATENATED MODULE: ./shared/jobs/cancel.ts









/** The cancel request must fit in the runner's grace period: few, short retries. */
const CANCEL_RETRY = { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 };
const CANCEL_TIMEOUT_MS = 5000;
/** Renew the kept token when less than this share of its lifetime remains... */
const REFRESH_AT_REMAINING_SHARE = 0.5;
/** ...or less than this much time (an AAD token lives 60-90 minutes). */
const REFRESH_AT_REMAINING_MS = 10 * 60_000;
class CancelGuard {
    session;
    jobName;
    token;
    lifetimeMs = 0;
    cancelling;
    aborter = new AbortController();
    /** The REST layer on a pipeline of its own: the kept token instead of a sign-in, few and short retries. */
    api;
    constructor(session, jobName) {
        this.session = session;
        this.jobName = jobName;
        const pipeline = (0,data_plane/* basePipeline */.OV)(CANCEL_RETRY);
        pipeline.addPolicy(this.keptTokenPolicy(), { phase: 'Sign' });
        const rest = new rest_client/* MlRestClient */.p({
            endpoint: session.cloud.armEndpoint,
            credential: session.credential,
            scope: (0,cloud/* armScope */.Rz)(session.cloud),
            userAgent: create_session/* USER_AGENT */._O,
            pipeline,
        });
        this.api = new ml_api/* MlApi */.W(rest, session.workspace, session.pollIntervalMs);
    }
    /** Obtains the token now, while there is time, and builds the request path. */
    static async prepare(session, jobName) {
        const guard = new CancelGuard(session, jobName);
        await guard.renew();
        return guard;
    }
    /** Aborts when a cancel starts: pass it to `followJob` so following stops at once. */
    get signal() {
        return this.aborter.signal;
    }
    /**
     * Renews the kept token when it nears its end; cheap otherwise. Call it on every poll. A failed renewal
     * is a warning, not a failure: following goes on, the old token may still be valid, the next poll retries.
     */
    async keepFresh() {
        const remaining = (this.token?.expiresOnTimestamp ?? 0) - Date.now();
        if (remaining >= Math.min(REFRESH_AT_REMAINING_MS, this.lifetimeMs * REFRESH_AT_REMAINING_SHARE))
            return;
        try {
            await this.renew();
        }
        catch (error) {
            this.session.log.warning(`Could not renew the token kept for cancelling job '${this.jobName}' (${(0,errors/* errorMessage */.gJ)(error)}); retrying at the next poll.`);
        }
    }
    /** Sends the cancel request at once with the kept token. Idempotent: a second call returns the first outcome. */
    cancelNow() {
        if (!this.cancelling) {
            this.aborter.abort();
            this.cancelling = this.sendCancel();
        }
        return this.cancelling;
    }
    /**
     * On SIGINT or SIGTERM: cancel the job, say so, and exit 1. A second signal while the request is on its
     * way changes nothing. Returns the function that removes the handlers (call it when following ends).
     */
    installSignalHandlers(target) {
        const handler = (signal) => void this.onSignal(signal, target);
        target.on('SIGINT', handler);
        target.on('SIGTERM', handler);
        return () => {
            target.off('SIGINT', handler);
            target.off('SIGTERM', handler);
        };
    }
    async onSignal(signal, target) {
        const log = this.session.log;
        if (this.cancelling) {
            log.info(`${signal} received; the cancel request for job '${this.jobName}' is already on its way.`);
            return;
        }
        log.info(`${signal} received: the workflow is being cancelled. Cancelling Azure ML job '${this.jobName}'.`);
        const outcome = await this.cancelNow();
        if (outcome.accepted) {
            log.error(`The workflow was cancelled, so Azure ML job '${this.jobName}' was cancelled too.`);
        }
        else {
            log.error(`The workflow was cancelled, but cancelling Azure ML job '${this.jobName}' failed: ${outcome.error}. ` +
                'The post step will try again; check the job in the studio.');
        }
        target.exit(1);
    }
    async sendCancel() {
        const { jobName } = this;
        const signedInAgain = !this.token || this.token.expiresOnTimestamp <= Date.now();
        try {
            if (signedInAgain)
                await this.renew();
            const { status } = await this.api.jobs.cancel(jobName, { timeoutMs: CANCEL_TIMEOUT_MS });
            return { name: jobName, accepted: true, httpStatus: status, signedInAgain };
        }
        catch (error) {
            // The service's own words: the caller's log line already says what was being done.
            const said = error instanceof rest_errors/* AzureFailure */.mh ? error.serviceMessage : (0,errors/* errorMessage */.gJ)(error);
            return { name: jobName, accepted: false, httpStatus: (0,rest_errors/* statusCodeOf */.PU)(error), error: said, signedInAgain };
        }
    }
    async renew() {
        const token = await this.session.credential.getToken((0,cloud/* armScope */.Rz)(this.session.cloud));
        if (!token)
            throw new Error('the credential returned no ARM access token');
        this.session.log.secret(token.token);
        this.token = token;
        this.lifetimeMs = Math.max(0, token.expiresOnTimestamp - Date.now());
    }
    keptTokenPolicy() {
        return {
            name: 'keptArmToken',
            sendRequest: (request, next) => {
                request.headers.set('Authorization', `Bearer ${this.token?.token ?? ''}`);
                return next(request);
            },
        };
    }
}
/**
 * The post step's backstop: requests a cancel when the job is still going, and does nothing when it has
 * ended, a cancel is already on its way (CancelRequested), or the job does not exist.
 */
async function cancelJobIfRunning(session, name) {
    const job = await (0,job_resource.findJob)(session, name);
    if (!job) {
        session.log.info(`No job named '${name}' in the workspace: nothing to cancel.`);
        return { name, cancelRequested: false };
    }
    const status = (0,job_resource.statusOf)(job);
    if ((0,jobs_status/* isCancelPointless */.kK)(status)) {
        session.log.info(`Job '${name}' is ${status}: nothing to cancel.`);
        return { name, status, cancelRequested: false };
    }
    // Sends the request and returns; the job moves to CancelRequested, then Canceled, on its own.
    await session.ml.jobs.cancel(name);
    session.log.info(`Cancel requested for job '${name}' (it was ${status}).`);
    return { name, status, cancelRequested: true };
}

;// CONCATENATED MODULE: ./shared/jobs/index.ts
/** The jobs library: submit or attach, follow, judge, cancel. See README.md in this folder. */










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
