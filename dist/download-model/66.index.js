export const id = 66;
export const ids = [66];
export const modules = {

/***/ 20066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AzureBackend: () => (/* binding */ AzureBackend)
/* harmony export */ });
/* harmony import */ var _azure_create_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52410);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46677);
/* harmony import */ var _github_branch_scope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25031);
/* harmony import */ var _jobs_outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91063);
/* harmony import */ var _jobs_naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97467);





/** The domains, one lazy import each (see the header): a method awaits the one it needs. */
const compute = () => __webpack_require__.e(/* import() */ 823).then(__webpack_require__.bind(__webpack_require__, 83823));
const submission = () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(247), __webpack_require__.e(957), __webpack_require__.e(527), __webpack_require__.e(629)]).then(__webpack_require__.bind(__webpack_require__, 40629));
const jobs = () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(247), __webpack_require__.e(527)]).then(__webpack_require__.bind(__webpack_require__, 25527));
class AzureBackend {
    sessionOptions;
    label = 'Azure ML';
    session;
    constructor(sessionOptions) {
        this.sessionOptions = sessionOptions;
    }
    /** The signed-in session, created once on first use. */
    signIn() {
        this.session ??= (0,_azure_create_session_js__WEBPACK_IMPORTED_MODULE_0__/* .createSession */ .jw)(this.sessionOptions);
        return this.session;
    }
    async ensureCompute(request) {
        const name = request.name ?? request.spec?.name;
        if (!name)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("Give the compute 'name', or a 'file' whose YAML has a name.");
        const { ensureCompute } = await compute();
        const result = await ensureCompute(await this.signIn(), { ...request, name });
        const did = [result.created && 'created', result.started && 'started'].filter(Boolean).map((d) => ` (${d})`);
        return { ...result, line: `${result.name}: ${result.state}${did.join('')}`, summary: computeSummary(result) };
    }
    async stopCompute(name, waitTimeoutMs) {
        const { stopComputeInstance } = await compute();
        return stopComputeInstance(await this.signIn(), name, waitTimeoutMs);
    }
    async registerAssets(...[files, options]) {
        const { registerAssets } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(247), __webpack_require__.e(957), __webpack_require__.e(522)]).then(__webpack_require__.bind(__webpack_require__, 94141));
        return registerAssets(await this.signIn(), files, options);
    }
    async planPipeline(...[pipeline, options]) {
        const { submitPipeline } = await submission();
        const { prepared } = await submitPipeline(await this.signIn(), pipeline, { ...options, dryRun: true });
        const experiment = prepared.body.properties.experimentName;
        return {
            name: prepared.name,
            body: prepared.body,
            message: `Job \`${prepared.name}\` would be submitted to experiment \`${experiment}\`; nothing was sent.`,
        };
    }
    async submitPipeline(...[pipeline, options]) {
        const [{ submitPipeline }, { scopePipelineJob }] = await Promise.all([
            submission(),
            __webpack_require__.e(/* import() */ 258).then(__webpack_require__.bind(__webpack_require__, 87258)),
        ]);
        const { submitted } = await submitPipeline(await this.signIn(), pipeline, { ...options, dryRun: false });
        // The models its register steps register, to tag with where they came from once the job has passed.
        const models = {
            names: scopePipelineJob(pipeline, undefined).modelNames,
            tags: (0,_github_branch_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .branchScopeTags */ .QG)(options.run, undefined),
        };
        return this.running(submitted, models);
    }
    async attachJob(name) {
        const { attachJob } = await jobs();
        return this.running(await attachJob(await this.signIn(), name));
    }
    async cancelJob(name) {
        const { cancelJobIfRunning } = await jobs();
        return cancelJobIfRunning(await this.signIn(), name);
    }
    async downloadModel(...[request, destination, options]) {
        const [{ downloadModel }, { formatBytes }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(577), __webpack_require__.e(45)]).then(__webpack_require__.bind(__webpack_require__, 35045)),
            __webpack_require__.e(/* import() */ 306).then(__webpack_require__.bind(__webpack_require__, 35306)),
        ]);
        const result = await downloadModel(await this.signIn(), { request, destination, ...options });
        const { files, bytes } = result.download;
        const verified = files.filter((f) => f.md5Verified).length;
        return {
            lineage: result.lineage,
            lineageFile: result.lineageFile,
            files: files.map((f) => f.path),
            filesDetail: `${files.length} (${formatBytes(bytes)}), ${verified} checked against Content-MD5`,
        };
    }
    async promoteModel(...[request, where]) {
        const [{ promoteModel }, { azureModelTagStore }] = await Promise.all([
            __webpack_require__.e(/* import() */ 141).then(__webpack_require__.bind(__webpack_require__, 59141)),
            __webpack_require__.e(/* import() */ 995).then(__webpack_require__.bind(__webpack_require__, 20995)),
        ]);
        const session = await this.signIn();
        return promoteModel(azureModelTagStore(session, where), request, session.log);
    }
    async copyModel(...[request]) {
        const { copyModel } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(991), __webpack_require__.e(247), __webpack_require__.e(577), __webpack_require__.e(402)]).then(__webpack_require__.bind(__webpack_require__, 74402));
        return copyModel(await this.signIn(), request);
    }
    async getModelVersion(name, version) {
        const { findModelVersion } = await __webpack_require__.e(/* import() */ 565).then(__webpack_require__.bind(__webpack_require__, 69565));
        return findModelVersion(await this.signIn(), name, version);
    }
    async deployOnlineEndpoint({ run, ...request }) {
        const { deployOnline } = await Promise.all(/* import() */[__webpack_require__.e(964), __webpack_require__.e(459)]).then(__webpack_require__.bind(__webpack_require__, 56459));
        const session = await this.signIn();
        const result = await deployOnline(session, { ...request, ...(await deploymentContext(session, run)) });
        return { kind: 'deployed', result };
    }
    async deployBatchEndpoint({ run, jobTimeoutMs, signals, onJob, onJobStatus, ...request }) {
        const { deployBatch } = await Promise.all(/* import() */[__webpack_require__.e(964), __webpack_require__.e(703)]).then(__webpack_require__.bind(__webpack_require__, 22703));
        const session = await this.signIn();
        return deployBatch(session, {
            ...request,
            ...(await deploymentContext(session, run)),
            // The invocation's job is followed as submit-pipeline follows one (logs, cancel on SIGINT/SIGTERM).
            followJob: async (name) => {
                onJob?.(name);
                const outcome = await (await this.attachJob(name)).follow({ timeoutMs: jobTimeoutMs, signals });
                onJobStatus?.(outcome.status);
                (0,_jobs_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .assertJobPassed */ .Kl)(outcome);
                return outcome;
            },
        });
    }
    async getEndpointDeployment(name) {
        const [{ EndpointsApi }, { readEndpointDeployment }] = await Promise.all([
            __webpack_require__.e(/* import() */ 441).then(__webpack_require__.bind(__webpack_require__, 63441)),
            __webpack_require__.e(/* import() */ 700).then(__webpack_require__.bind(__webpack_require__, 91700)),
        ]);
        return readEndpointDeployment(new EndpointsApi((await this.signIn()).ml, 'online'), name, this.label);
    }
    async getJobLineage(name) {
        const [{ findJob }, { jobLineage }] = await Promise.all([
            __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 32421)),
            __webpack_require__.e(/* import() */ 676).then(__webpack_require__.bind(__webpack_require__, 9676)),
        ]);
        const job = await findJob(await this.signIn(), name);
        return job && jobLineage(job);
    }
    /** A job in the workspace runs on its own: following only watches it (and cancels it on a signal). */
    running(job, models) {
        return {
            job,
            detached: true,
            follow: async (options) => {
                const { followWithCancel } = await submission();
                const session = await this.signIn();
                const result = await followWithCancel(session, job, options);
                const notes = result.passed && models ? await tagRegisteredModels(session, job.name, models) : [];
                return { ...result, notes };
            },
        };
    }
}
/** Tagging is traceability, not training: a failure to tag is a warning, and the run's result stands. */
async function tagRegisteredModels(session, job, models) {
    try {
        const { tagModelsRegisteredBy } = await __webpack_require__.e(/* import() */ 930).then(__webpack_require__.bind(__webpack_require__, 88930));
        const tagged = await tagModelsRegisteredBy(session, job, models.names, models.tags);
        return tagged.length
            ? [
                `Registered model(s) tagged with branch, pull request and commit: ${tagged.map((t) => `\`${t.name}:${t.version}\``).join(', ')}.`,
            ]
            : [];
    }
    catch (error) {
        session.log.warning(`The models job ${job} registered could not be tagged: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        return [];
    }
}
function computeSummary(result) {
    const did = [
        result.created && 'created',
        result.updated.length && `updated (${result.updated.join(', ')})`,
        result.started && 'started',
    ]
        .filter(Boolean)
        .join(', ');
    const rows = [
        ['Compute', result.name],
        ['Type', result.computeType],
        ['State', result.state],
        ['This run', did || 'nothing to change'],
    ];
    if (result.nodes) {
        const { current, min, max } = result.nodes;
        rows.push(['Nodes (current / min / max)', `${current ?? 0} / ${min ?? 0} / ${max ?? '?'}`]);
    }
    return { title: 'Azure ML compute', rows };
}
/** What both endpoint kinds need besides the files: lineage tags from the run, and the code upload. */
async function deploymentContext(session, run) {
    const { anonymousRegistrar } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(247), __webpack_require__.e(957), __webpack_require__.e(195)]).then(__webpack_require__.bind(__webpack_require__, 75195));
    const registrar = anonymousRegistrar(session, { tags: (0,_jobs_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .traceTags */ .TS)(run) });
    return {
        lineage: { commit: run.sha, runUrl: (0,_jobs_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .runUrl */ .Vp)(run) },
        uploadCode: (folder) => registrar.dependencies.codeId(folder),
    };
}


/***/ }),

/***/ 25031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QG: () => (/* binding */ branchScopeTags),
/* harmony export */   dr: () => (/* binding */ RenameLog)
/* harmony export */ });
/* unused harmony exports parseBranchScopeInput, branchScopeFor, branchSuffix, scopedName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46677);
/**
 * Branch scoping: the one rule that decides whether a run's names are scoped, and how a name is scoped.
 * A run off the default branch (and every pull request) writes its components, environments, models and data
 * under `<name>-<branch>`, so what a feature branch registers never becomes the default branch's `latest`.
 * Pure: both backends and every action ask this module, and it reads nothing but its arguments.
 */


/**
 * ARM's rule for every asset name it stores (`^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$` on the PUT of components,
 * environments, codes, models and data). Components are lower-cased as well: azure-ai-ml and the studio treat
 * component names as case-insensitive keys, so a mixed-case suffix would only make two spellings of one name.
 */
const NAME_RULES = {
    component: { max: 255, lowerCase: true },
    environment: { max: 255, lowerCase: false },
    code: { max: 255, lowerCase: false },
    model: { max: 255, lowerCase: false },
    data: { max: 255, lowerCase: false },
};
/** Longest suffix kept whole; a longer branch name is cut with a hash of the whole so two stay distinct. */
const MAX_SUFFIX = 40;
const HASH_LENGTH = 8;
/** Reads the `branch-scope` input; names the input and the accepted values when it is none of them. */
function parseBranchScopeInput(value, input = 'branch-scope') {
    const v = value.trim().toLowerCase();
    if (v === '' || v === 'auto')
        return 'auto';
    if (v === 'true')
        return 'on';
    if (v === 'false')
        return 'off';
    throw new UserError(`Input '${input}' must be auto, true or false, got '${value}'.`);
}
function isPullRequest(run) {
    return run.eventName === 'pull_request' || run.eventName === 'pull_request_target';
}
/**
 * Whether this run is scoped, and by what. `auto`: on for pull requests and for branches other than the
 * default branch (`repository.default_branch` of the event); off on the default branch, on tags, and when the
 * event does not say which branch is the default (nothing to compare with). `on` needs a branch or a PR number.
 */
function branchScopeFor(mode, run) {
    if (mode === 'off')
        return undefined;
    const branch = run.branch ?? (run.prNumber !== undefined ? `pr-${run.prNumber}` : undefined);
    if (mode === 'on') {
        if (!branch)
            throw new UserError("Input 'branch-scope' is true, but this run has no branch (a tag push?): nothing to scope the names with.");
        return scope(branch, 'branch-scope: true');
    }
    if (isPullRequest(run) && branch)
        return scope(branch, `pull request${run.prNumber ? ` #${run.prNumber}` : ''}`);
    if (run.branch && run.defaultBranch && run.branch !== run.defaultBranch)
        return scope(run.branch, `branch '${run.branch}' is not the default branch '${run.defaultBranch}'`);
    return undefined;
}
function scope(branch, reason) {
    return { branch, suffix: branchSuffix(branch), reason };
}
/**
 * `feature/Add-Cats` -> `feature-add-cats`: lower-case, every run of other characters one `-`, at most
 * MAX_SUFFIX characters (a longer one keeps a hash of the whole branch name at its end).
 */
function branchSuffix(branch) {
    const cleaned = branch
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-_]+|[-_]+$/g, '');
    const hash = shortHash(branch);
    if (!cleaned)
        return hash;
    if (cleaned.length <= MAX_SUFFIX)
        return cleaned;
    return `${cleaned.slice(0, MAX_SUFFIX - HASH_LENGTH - 1).replace(/[-_]+$/, '')}-${hash}`;
}
/**
 * `name` scoped: `<name>-<suffix>`, valid for the kind. When the whole would be too long the name (not the
 * suffix, which is what keeps branches apart) is cut and a hash of the uncut name put before the suffix.
 * Idempotent: a name that already ends with the suffix is returned as it is.
 */
function scopedName(scope, kind, name) {
    if (!scope)
        return name;
    const rule = NAME_RULES[kind];
    // ARM's characters only, as job names are cleaned: what the service would refuse is never sent.
    const cleaned = name.replace(/[^a-zA-Z0-9_-]+/g, '-').replace(/^[-_]+/, '') || shortHash(name);
    const base = rule.lowerCase ? cleaned.toLowerCase() : cleaned;
    const tail = `-${scope.suffix}`;
    if (base.toLowerCase().endsWith(tail))
        return base;
    if (base.length + tail.length <= rule.max)
        return base + tail;
    const keep = rule.max - tail.length - HASH_LENGTH - 1;
    return `${base.slice(0, keep).replace(/[-_]+$/, '')}-${shortHash(name)}${tail}`;
}
/** Tags on everything a run registers: branch, pull request, commit, so a scoped asset is found by tag. */
function branchScopeTags(run, scope) {
    const tags = { 'github.sha': run.sha, 'github.ref': run.ref };
    if (run.branch)
        tags['github.branch'] = run.branch;
    if (run.prNumber !== undefined)
        tags['github.pull_request'] = String(run.prNumber);
    if (scope)
        tags['github.branch_scope'] = scope.suffix;
    return tags;
}
/** Collects renames so each is printed once however many places use the name. */
class RenameLog {
    seen = new Map();
    /** Scopes `name` and remembers the rename (once). */
    rename(scope, kind, name) {
        const to = scopedName(scope, kind, name);
        if (to !== name && !this.seen.has(`${kind}:${name}`))
            this.seen.set(`${kind}:${name}`, { kind, from: name, to });
        return to;
    }
    /** What `name` of `kind` became in this run, if it was renamed. */
    renamed(kind, name) {
        return this.seen.get(`${kind}:${name}`)?.to;
    }
    get list() {
        return [...this.seen.values()];
    }
    /** `model animal-classification -> animal-classification-feature-x`, one line per rename. */
    lines() {
        // A name read from a file is printed on one line, whatever it holds (never a workflow command).
        const oneLine = (text) => JSON.stringify(text).slice(1, -1);
        return this.list.map((r) => `${r.kind} ${oneLine(r.from)} -> ${r.to}`);
    }
}
function shortHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);
}


/***/ }),

/***/ 91063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kl: () => (/* binding */ assertJobPassed),
/* harmony export */   ad: () => (/* binding */ failingSteps),
/* harmony export */   oh: () => (/* binding */ failureMessage)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40088);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16069);
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
    const bad = result.steps.filter((s) => s.status !== 'Completed' && !(0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .isActive */ .$m)(s.status));
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
        return (`Pipeline job '${result.name}' did not finish within ${(0,_steps_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(result.durationMs)}; it is still ` +
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(message);
}


/***/ }),

/***/ 16069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isActive),
/* harmony export */   Yw: () => (/* binding */ isCompleted),
/* harmony export */   dQ: () => (/* binding */ isUnsuccessfulEnd),
/* harmony export */   kK: () => (/* binding */ isCancelPointless)
/* harmony export */ });
/* unused harmony export COMPLETED */
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


/***/ }),

/***/ 40088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   fH: () => (/* binding */ StepTracker),
/* harmony export */   np: () => (/* binding */ hasChildRuns)
/* harmony export */ });
/* unused harmony export stepOf */
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16069);

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
        return this.list().filter((s) => (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .isActive */ .$m)(s.status));
    }
    list() {
        return [...this.steps.values()];
    }
}
function describeChange(step) {
    let text = `  step ${step.name}: ${step.status}`;
    if (step.reused)
        text += ' (reused an earlier run' + (step.reusedRunId ? ` ${step.reusedRunId})` : ')');
    if (!(0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .isActive */ .$m)(step.status) && step.durationMs !== undefined)
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


/***/ })

};
