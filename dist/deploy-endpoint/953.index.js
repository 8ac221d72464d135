export const id = 953;
export const ids = [953];
export const modules = {

/***/ 953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONTENT_TAG: () => (/* reexport */ identity/* CONTENT_TAG */.XH),
  CancelGuard: () => (/* reexport */ CancelGuard),
  assertJobPassed: () => (/* reexport */ assertJobPassed),
  assertNameFitsContent: () => (/* reexport */ identity/* assertNameFitsContent */.$L),
  assertSameContent: () => (/* reexport */ identity/* assertSameContent */.cU),
  attachJob: () => (/* reexport */ attachJob),
  cancelJobIfRunning: () => (/* reexport */ cancelJobIfRunning),
  deterministicJobName: () => (/* reexport */ naming.deterministicJobName),
  experimentNameFor: () => (/* reexport */ naming.experimentNameFor),
  failingSteps: () => (/* reexport */ failingSteps),
  failureMessage: () => (/* reexport */ failureMessage),
  followJob: () => (/* reexport */ followJob),
  formatDuration: () => (/* reexport */ formatDuration),
  isActive: () => (/* reexport */ isActive),
  isCompleted: () => (/* reexport */ isCompleted),
  isUnsuccessfulEnd: () => (/* reexport */ isUnsuccessfulEnd),
  jobIdentity: () => (/* reexport */ identity/* jobIdentity */.Kv),
  pipelineContentHash: () => (/* reexport */ identity/* pipelineContentHash */.QB),
  resolveJobName: () => (/* reexport */ naming.resolveJobName),
  sanitizeName: () => (/* reexport */ naming.sanitizeName),
  submitOrAttach: () => (/* reexport */ submitOrAttach),
  traceProperties: () => (/* reexport */ naming.traceProperties),
  traceTags: () => (/* reexport */ naming.traceTags),
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
    const existing = await (0,job_resource/* findJob */.pC)(session, options.name);
    if (existing)
        return attachToExisting(session, options, existing);
    const body = withTraceability(options);
    let created;
    try {
        created = await (0,job_resource/* putJob */.fD)(session, options.name, body);
    }
    catch (error) {
        // Another process may have created it between our look-up and our PUT (two retries racing).
        const raced = await (0,job_resource/* findJob */.pC)(session, options.name).catch(() => undefined);
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
    const job = await (0,job_resource/* getJob */.ax)(session, name);
    const attached = describeSubmitted(session, name, job, true);
    session.log.info(`Attached to job '${name}' (status ${attached.status}).`);
    session.log.info(`Studio: ${attached.studioUrl}`);
    return attached;
}
function attachToExisting(session, options, job) {
    const theirCommit = job.properties.properties?.[naming.GIT_PROPERTIES.commit];
    if (options.run && theirCommit && theirCommit !== options.run.sha) {
        throw new errors/* UserError */.yo(`A job named '${options.name}' already exists in workspace '${session.workspace.workspace}', ` +
            `submitted from commit ${theirCommit}, but this run is at ${options.run.sha}. Job names are unique per ` +
            `workspace: leave 'name' empty to get a name per run attempt, or use 'attach: ${options.name}' to follow that job.`);
    }
    // The body's content tag (jobIdentity) says what this step submits; another content is another job.
    const contentHash = options.body.properties.tags?.[identity/* CONTENT_TAG */.XH];
    if (contentHash)
        (0,identity/* assertSameContent */.cU)(options.name, contentHash, job.properties.tags, (0,job_resource/* studioUrlOf */.rT)(session, job, options.name));
    const attached = describeSubmitted(session, options.name, job, true);
    session.log.info(`Job '${options.name}' already exists (status ${attached.status}): attaching to it instead of submitting a duplicate.`);
    session.log.info(`Studio: ${attached.studioUrl}`);
    return attached;
}
function describeSubmitted(session, name, job, attached) {
    return {
        name,
        id: (0,job_resource/* jobIdOf */.wb)(session, job, name),
        studioUrl: (0,job_resource/* studioUrlOf */.rT)(session, job, name),
        status: (0,job_resource/* statusOf */.c2)(job),
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
            tags: run ? { ...(0,naming.traceTags)(run), ...props.tags } : props.tags,
            properties: run ? { ...(0,naming.traceProperties)(run), ...props.properties } : props.properties,
            ...(settings === undefined ? {} : { settings }),
        },
    };
}

// EXTERNAL MODULE: ./shared/azure/cloud.ts
var cloud = __webpack_require__(1531);
// EXTERNAL MODULE: ./shared/jobs/data-plane.ts
var data_plane = __webpack_require__(6524);
;// CONCATENATED MODULE: ./shared/jobs/status.ts
/**
 * Job statuses as Azure ML reports them (JobBase.status, and run history's Run.status for steps).
 *
 * The sets follow azure-ai-ml's streaming loop, which keeps waiting only while a job is in a known
 * "still going" state; every other state ends the wait. Unlike `az ml job create --stream`, we keep
 * waiting through `CancelRequested` (the job is not over yet) and treat every end other than
 * `Completed` as a failure (az exits 0 on Canceled, NotResponding and Paused).
 */
/** States in which a job (or step) is still on its way to an end. */
const ACTIVE = new Set([
    'NotStarted',
    'Starting',
    'Provisioning',
    'Preparing',
    'Queued',
    'Running',
    'Finalizing',
    'CancelRequested',
]);
/** The only end that passes. */
const COMPLETED = 'Completed';
/** True while the job has not reached an end; an unrecognised state counts as an end (and a failure). */
function isActive(status) {
    return status === undefined || ACTIVE.has(status);
}
function isCompleted(status) {
    return status === COMPLETED;
}
/** True for an end other than Completed: Failed, Canceled, NotResponding, Paused, Unknown, or a new state. */
function isUnsuccessfulEnd(status) {
    return !isActive(status) && !isCompleted(status);
}
/** States where a cancel request is pointless: the job has ended, or a cancel is already on its way. */
function isCancelPointless(status) {
    return status === 'CancelRequested' || (status !== undefined && !isActive(status));
}

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
        const ended = open.filter((s) => !isActive(s.status));
        const running = open.filter((s) => isActive(s.status));
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
            if (!isActive(step.status))
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
        const complete = isActive(step.status) ? lines.slice(0, -1) : lines.filter((l, i) => l || i < lines.length - 1);
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

// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 80 modules
var esm = __webpack_require__(869);
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
/**
 * How long a throttled (429) or unavailable (503) answer asked us to wait: `retry-after-ms`,
 * `x-ms-retry-after-ms` or `Retry-After` (seconds or an HTTP date), as core-rest-pipeline reads them.
 */
function retryAfterMs(error, now) {
    if (!(0,esm/* isRestError */.T0)(error) || ![429, 503].includes(error.statusCode ?? 0))
        return undefined;
    const headers = error.response?.headers;
    if (!headers)
        return undefined;
    for (const [name, scale] of [
        ['retry-after-ms', 1],
        ['x-ms-retry-after-ms', 1],
        ['retry-after', 1000],
    ]) {
        const text = headers.get(name);
        if (!text)
            continue;
        const value = Number(text);
        if (Number.isFinite(value))
            return Math.max(0, value * scale);
        const date = Date.parse(text);
        if (Number.isFinite(date))
            return Math.max(0, date - now);
    }
    return undefined;
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
;// CONCATENATED MODULE: ./shared/jobs/steps.ts

/** Run properties azure-ai-ml reads to tell a reused node (`PipelineConstants.REUSED_FLAG_FIELD`). */
const REUSED_FLAG = 'azureml.isreused';
const REUSED_RUN = 'azureml.reusedrunid';
/**
 * Run types whose runs have child runs worth following: the steps of a pipeline component, the trials of a
 * sweep, the mini-batch runs of a parallel step.
 */
const CONTAINER_RUN_TYPES = ['azureml.pipelinerun', 'hyperdrive', 'azureml.parallelrunstep'];
/** Whether run history lists child runs under this run. */
function hasChildRuns(run) {
    const runType = run.runType;
    return typeof runType === 'string' && CONTAINER_RUN_TYPES.includes(runType.toLowerCase());
}
/** A step named by its path from the pipeline job: `train_pipeline/train_step` for a step of a step. */
function stepOf(run, parentPath = '') {
    const startedAt = parseDate(run.startTimeUtc);
    const endedAt = parseDate(run.endTimeUtc);
    const reusedFlag = run.properties?.[REUSED_FLAG];
    const name = run.displayName || run.name || run.runId;
    return {
        name: parentPath ? `${parentPath}/${name}` : name,
        runId: run.runId,
        status: run.status ?? 'Unknown',
        reused: reusedFlag === undefined ? (run.properties ? false : undefined) : reusedFlag.toLowerCase() === 'true',
        reusedRunId: run.properties?.[REUSED_RUN] || undefined,
        error: run.error?.error?.message || undefined,
        startedAt,
        endedAt,
        durationMs: startedAt && endedAt ? endedAt.getTime() - startedAt.getTime() : undefined,
    };
}
/** Remembers the last status of each step and logs the changes. */
class StepTracker {
    log;
    steps = new Map();
    constructor(log) {
        this.log = log;
    }
    /**
     * Takes the latest child runs (of the job, or of the step at `parentPath`); logs every step that appeared or
     * changed status since the last call; returns how many did.
     */
    update(runs, parentPath = '') {
        let changed = 0;
        for (const run of runs) {
            const step = stepOf(run, parentPath);
            const before = this.steps.get(step.runId);
            this.steps.set(step.runId, step);
            if (before?.status === step.status)
                continue;
            this.log.info(describeChange(step));
            changed++;
        }
        return changed;
    }
    /** Adds what a later, fuller read found (e.g. the error of a failed step from its details). */
    amend(runId, change) {
        const step = this.steps.get(runId);
        if (step)
            this.steps.set(runId, { ...step, ...change });
    }
    /** Steps still running (whose logs are worth tailing). */
    active() {
        return this.list().filter((s) => isActive(s.status));
    }
    list() {
        return [...this.steps.values()];
    }
}
function describeChange(step) {
    let text = `  step ${step.name}: ${step.status}`;
    if (step.reused)
        text += ' (reused an earlier run' + (step.reusedRunId ? ` ${step.reusedRunId})` : ')');
    if (!isActive(step.status) && step.durationMs !== undefined)
        text += ` after ${formatDuration(step.durationMs)}`;
    if (step.error)
        text += ` - ${step.error}`;
    return text;
}
function formatDuration(ms) {
    const seconds = Math.round(ms / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    if (h)
        return `${h}h ${m}m ${s}s`;
    if (m)
        return `${m}m ${s}s`;
    return `${s}s`;
}
function parseDate(text) {
    if (!text)
        return undefined;
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
}

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
    const steps = new StepTracker(log);
    const stepReader = history ? new StepReader(history, steps, name, session, clock) : undefined;
    const tail = history && options.logs !== false ? new LogTail(history, (0,data_plane/* anonymousGetter */.B6)(), log) : undefined;
    let job = await (0,job_resource/* getJob */.ax)(session, name);
    let lastStatus;
    let timedOut = false;
    let stopped = false;
    let readFailures = 0;
    let jobWaitMs = 0;
    for (;;) {
        const status = (0,job_resource/* statusOf */.c2)(job);
        const jobChanged = status !== lastStatus;
        if (jobChanged)
            log.info(`Pipeline job ${name}: ${status} (${formatDuration(clock.now() - startedAt)} in)`);
        lastStatus = status;
        const read = await stepReader?.refresh();
        tail?.poke(steps.list());
        if (!isActive(status))
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
            job = await (0,job_resource/* getJob */.ax)(session, name);
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
    const settled = stopped ? undefined : await stepReader?.settle((0,job_resource/* statusOf */.c2)(job));
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
    const asked = retryAfterMs(error, clock.now());
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
            return { changed: 0, waitMs: retryAfterMs(error, this.clock.now()) ?? 0 };
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
        for (const run of runs.filter(hasChildRuns)) {
            if (this.settledContainers.has(run.runId))
                continue;
            const name = run.displayName || run.name || run.runId;
            changed += await this.readLevel(run.runId, path ? `${path}/${name}` : name, depth + 1);
            if (!isActive(run.status))
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
        if (!isCompleted(status)) {
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
            error: isCompleted(status) ? undefined : run?.error?.error?.message || undefined,
            durationMs: Number.isFinite(start) && Number.isFinite(end) && end >= start ? end - start : undefined,
        };
    }
}
function buildResult(session, name, job, parts) {
    const status = (0,job_resource/* statusOf */.c2)(job);
    return {
        name,
        id: (0,job_resource/* jobIdOf */.wb)(session, job, name),
        studioUrl: (0,job_resource/* studioUrlOf */.rT)(session, job, name),
        status,
        passed: isCompleted(status) && !parts.timedOut && !parts.stopped,
        attached: parts.attached,
        stopped: parts.stopped,
        timedOut: parts.timedOut,
        steps: parts.steps.list(),
        stepsKnown: parts.stepsKnown,
        error: parts.parentError,
        durationMs: parts.durationMs,
        outputs: (0,job_resource/* outputsOf */.Yz)(job, name),
    };
}

;// CONCATENATED MODULE: ./shared/jobs/outcome.ts
/**
 * The verdict on a followed job: only Completed passes. Every other end is named, with the step(s) that
 * caused it and their errors, because "exit 0 on Canceled" is what users of `az ml job create --stream` hit.
 */



/** What a state means, for the states whose name alone does not say what to do. */
const MEANING = {
    NotResponding: 'the service lost contact with the job',
    Paused: 'the job will not finish on its own; resume or cancel it in the studio',
    Unknown: 'the service does not know what became of the job',
};
/** Steps to blame: the failed or cancelled ones, failed first. */
function failingSteps(result) {
    const bad = result.steps.filter((s) => s.status !== 'Completed' && !isActive(s.status));
    return bad.sort((a, b) => Number(b.status === 'Failed') - Number(a.status === 'Failed'));
}
/** The message that fails the step, or undefined when the job passed. */
function failureMessage(result) {
    if (result.passed)
        return undefined;
    if (result.stopped) {
        return `Following pipeline job '${result.name}' was stopped while it was ${result.status} (the workflow was cancelled). Studio: ${result.studioUrl}`;
    }
    if (result.timedOut) {
        return (`Pipeline job '${result.name}' did not finish within ${formatDuration(result.durationMs)}; it is still ` +
            `${result.status} and keeps running in Azure ML. Follow it later with 'attach: ${result.name}', ` +
            `or cancel it in the studio: ${result.studioUrl}`);
    }
    const known = ['Failed', 'Canceled', ...Object.keys(MEANING)].includes(result.status);
    const meaning = MEANING[result.status] ?? (known ? undefined : 'a state this action does not know; only Completed passes');
    const lines = [`Pipeline job '${result.name}' ended ${result.status}${meaning ? ` (${meaning})` : ''}.`];
    const blamed = failingSteps(result);
    for (const step of blamed)
        lines.push(`  step ${step.name}: ${step.status}${step.error ? ` - ${step.error}` : ''}`);
    if (!blamed.some((s) => s.error) && result.error)
        lines.push(`  ${result.error}`);
    if (!result.stepsKnown)
        lines.push('  (step statuses were unavailable from run history)');
    lines.push(`Studio: ${result.studioUrl}`);
    return lines.join('\n');
}
/** Throws a UserError naming the state and the failing steps unless the job Completed. */
function assertJobPassed(result) {
    const message = failureMessage(result);
    if (message)
        throw new errors/* UserError */.yo(message);
}

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
            userAgent: create_session.USER_AGENT,
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
    const job = await (0,job_resource/* findJob */.pC)(session, name);
    if (!job) {
        session.log.info(`No job named '${name}' in the workspace: nothing to cancel.`);
        return { name, cancelRequested: false };
    }
    const status = (0,job_resource/* statusOf */.c2)(job);
    if (isCancelPointless(status)) {
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










/***/ })

};
