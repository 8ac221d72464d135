import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9358:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ coreLogger)
/* harmony export */ });
/* unused harmony export inertMessage */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9501);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);


function annotation(location) {
    if (!location)
        return undefined;
    return { file: location.file, startLine: location.line, startColumn: location.column };
}
/**
 * A line the runner would take for a workflow command (actions/runner ActionCommand.cs): `::` after leading
 * white space (the current syntax), or `##[` anywhere in the line (the old one).
 */
const COMMAND_LINE = /^\s*::|##\[/;
/**
 * A message printed so that no line of it can start a workflow command: values from users, files and the
 * service reach the log through here. A message with such a line is printed verbatim between
 * `::stop-commands::<random token>` and `::<token>::`, so the runner shows it and runs none of it; the token
 * is unguessable, so the message cannot end the pause itself. Messages without such a line are unchanged.
 */
function inertMessage(message) {
    const lines = message.split(/\r\n|\r|\n/);
    if (!lines.some((line) => COMMAND_LINE.test(line)))
        return message;
    const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16).toString('hex');
    return [`::stop-commands::${token}`, ...lines, `::${token}::`].join('\n');
}
/**
 * The `shared/` Logger, written to the runner: annotations for warnings/errors, `::add-mask::` for secrets.
 * Info lines are made inert (`inertMessage`); debug, warnings, errors and group titles are command data,
 * which `@actions/core` escapes (a newline becomes %0A), so they cannot start a command either.
 */
function coreLogger() {
    return {
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(inertMessage(message)),
        debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
        warning: (message, location) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, annotation(location)),
        error: (message, location) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, annotation(location)),
        secret: (value) => {
            if (value)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
        },
        group: (title, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, fn),
    };
}


/***/ }),

/***/ 3009:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eg: () => (/* binding */ runStep),
/* harmony export */   tv: () => (/* binding */ isEntryPoint)
/* harmony export */ });
/* unused harmony export reportFailure */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9501);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6677);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9358);





/**
 * Runs an action's body and turns what it throws into what a user reads: one annotation per
 * problem (with file and line when known) and a failed step. Unexpected errors keep their stack in debug.
 */
async function runStep(body) {
    try {
        await body();
    }
    catch (error) {
        reportFailure(error);
    }
}
function reportFailure(error) {
    const log = (0,_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .coreLogger */ .W)();
    if (error instanceof _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI) {
        for (const p of error.problems)
            log.error(p.message, p.location);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(error.message);
    }
    else if (error instanceof _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo) {
        if (error.location)
            log.error(error.message, error.location);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(error.location ? `${(0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatLocation */ .j$)(error.location)}: ${error.message}` : error.message);
    }
    else {
        if (error instanceof Error && error.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_shared_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error));
    }
}
/** True when the module at `moduleUrl` is the file node was started with (not imported by post.js). */
function isEntryPoint(moduleUrl) {
    const started = process.argv[1];
    if (!started)
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(started) === (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(moduleUrl));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8033:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tt: () => (/* binding */ readOptions),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   iW: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9501);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4451);
/* harmony import */ var _shared_github_git_context_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5606);
/* harmony import */ var _shared_models_lineage_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9340);
/* harmony import */ var _shared_tagging_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(7962);
/* harmony import */ var _shared_tagging_tag_image_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6468);
/* harmony import */ var _runtime_logger_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9358);
/* harmony import */ var _runtime_run_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3009);










const optional = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined;
const workspace = () => process.env.GITHUB_WORKSPACE ?? process.cwd();
/** Every input, and the GitHub context from the runner's variables and event payload, in one typed object. */
/** The workflow run's page, from the runner's variables. */
function runUrl() {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
    return GITHUB_REPOSITORY && GITHUB_RUN_ID
        ? `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
        : undefined;
}
async function readOptions(log) {
    const lineageFile = optional('model-lineage');
    const legacyLabelNamespace = optional('label-namespace');
    if (legacyLabelNamespace)
        log.warning("Input 'label-namespace' is deprecated: the model labels are io.github.azureml-mlops.model-name, .model-version and .training-job; the old ones are written too for this version.");
    const password = optional('password');
    if (password)
        log.secret(password);
    return {
        images: (0,_shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLines */ .Li)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('images', { required: true })),
        tagRules: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('tags').split(/\r?\n/),
        flavor: (0,_shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLines */ .Li)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('flavor')),
        extraLabels: (0,_shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKeyValueLines */ .FF)('labels', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('labels')),
        model: {
            name: optional('model-name'),
            version: optional('model-version'),
            trainingJob: optional('model-training-job'),
        },
        lineage: lineageFile
            ? (0,_shared_models_lineage_js__WEBPACK_IMPORTED_MODULE_5__/* .lineageFacts */ .rL)(await (0,_shared_models_lineage_js__WEBPACK_IMPORTED_MODULE_5__/* .readLineageFile */ .A9)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace(), lineageFile), 'model-lineage'))
            : undefined,
        legacyLabelNamespace,
        buildRun: runUrl(),
        version: optional('version'),
        source: optional('source'),
        push: (0,_shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBoolean */ .yG)('push', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('push'), false),
        username: optional('username'),
        password,
        dockerConfigDir: process.env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), '.docker'),
        registryLookup: (0,_shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBoolean */ .yG)('registry-lookup', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('registry-lookup'), true),
        context: (0,_shared_github_git_context_js__WEBPACK_IMPORTED_MODULE_4__/* .gitContextFrom */ .Iy)(process.env, (0,_shared_github_git_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readEventPayload */ .N5)(process.env.GITHUB_EVENT_PATH)),
        now: new Date(),
    };
}
function writeOutputs(result, options) {
    const labelLines = Object.entries(result.labels).map(([k, v]) => `${k}=${v}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tags', result.references.join('\n'));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('labels', labelLines.join('\n'));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('json', JSON.stringify({ tags: result.references, labels: result.labels }));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('version', result.version);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('revision', options.context.sha);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('branch', options.context.branch ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('digest', result.retag?.digest ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('digests', result.digests.join('\n'));
}
async function main() {
    await (0,_runtime_run_js__WEBPACK_IMPORTED_MODULE_8__/* .runStep */ .eg)(async () => {
        const log = (0,_runtime_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .coreLogger */ .W)();
        const options = await readOptions(log);
        const result = await (0,_shared_tagging_tag_image_js__WEBPACK_IMPORTED_MODULE_6__/* .tagImage */ .E)(options, log);
        await log.group('Tags', async () => result.references.forEach((r) => log.info(r)));
        await log.group('Labels', async () => Object.entries(result.labels).forEach(([k, v]) => log.info(`${k}=${v}`)));
        writeOutputs(result, options);
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_shared_tagging_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .summaryMarkdown */ .e)(result)).write();
    });
}
/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
const run = () => main();
if ((0,_runtime_run_js__WEBPACK_IMPORTED_MODULE_8__/* .isEntryPoint */ .tv)(import.meta.url))
    await main();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6677:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   yI: () => (/* binding */ ValidationError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony exports formatProblem, bestEffort */
/** A problem the user can fix (bad input, bad YAML, missing permission); its message says how. */
class UserError extends Error {
    location;
    name = 'UserError';
    constructor(message, location) {
        super(message);
        this.location = location;
    }
}
/** Several problems at once, so the user sees every bad line in one run instead of one per run. */
class ValidationError extends UserError {
    problems;
    name = 'ValidationError';
    constructor(problems, summary = `${problems.length} problem(s) found; nothing was sent to Azure`) {
        super(`${summary}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
        this.problems = problems;
    }
}
function formatLocation(location) {
    return [location.file, location.line, location.column].filter((x) => x !== undefined).join(':');
}
function formatProblem(problem) {
    return problem.location ? `${formatLocation(problem.location)}: ${problem.message}` : problem.message;
}
/** The message of anything thrown, without a stack. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Runs a clean-up after a failure: its own error is logged as a warning so that it never hides the failure. */
async function bestEffort(log, what, fn) {
    try {
        await fn();
    }
    catch (error) {
        log.warning(`Could not ${what}: ${errorMessage(error)}`);
    }
}


/***/ }),

/***/ 4451:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ parseKeyValueLines),
/* harmony export */   Li: () => (/* binding */ parseLines),
/* harmony export */   VI: () => (/* binding */ assertSingleLine),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseChoice, parseNonNegativeInt, parseSeconds */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6677);

/** Parses a boolean the way the YAML 1.2 core schema does, naming the input when the value is not one. */
function parseBoolean(input, value, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${input}' must be true or false, got '${value}'.`);
}
/** Checks a value against a closed set and names the accepted values when it is not one of them. */
function parseChoice(input, value, choices, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (choices.includes(v))
        return v;
    throw new UserError(`Input '${input}' must be one of ${choices.map((c) => `'${c}'`).join(', ')}; got '${value}'.`);
}
/** Parses a non-negative whole number of seconds (or another unit), naming the input when it is not one. */
function parseNonNegativeInt(input, value, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (!/^\d+$/.test(v))
        throw new UserError(`Input '${input}' must be a whole number, got '${value}'.`);
    return Number(v);
}
/** Splits a multi-line input into trimmed, non-empty, non-comment lines. */
function parseLines(value) {
    return value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/** Parses `KEY=VALUE` lines into a map; a line without `=` is an error naming the input. */
function parseKeyValueLines(input, value) {
    const out = {};
    for (const line of parseLines(value)) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${input}': expected KEY=VALUE lines, got '${line}'.`);
        out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return out;
}
/**
 * Seconds as a plain decimal (`90`, `1.5`) in milliseconds. Anything else - `NaN`, `Infinity`, `-1`, `1e9`,
 * `0x10` - is refused naming the input, rather than becoming a wait that never ends or never starts.
 */
function parseSeconds(input, value, fallbackSeconds) {
    const v = value.trim();
    if (v === '')
        return fallbackSeconds * 1000;
    if (!/^\d+(\.\d+)?$/.test(v))
        throw new UserError(`Input '${input}' must be a number of seconds (digits, optionally with a decimal point); got '${value}'.`);
    return Math.round(Number(v) * 1000);
}
/**
 * Refuses a value with a line break: it goes into a list-valued output (one item per line, e.g. tags or
 * labels), where a line break would add items of the caller's choosing.
 */
function assertSingleLine(input, value) {
    if (value !== undefined && /[\r\n]/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${input}' must be a single line: it becomes one line of a list output, and a line break would add entries. Got ${JSON.stringify(value)}.`);
}


/***/ }),

/***/ 5606:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   Iy: () => (/* binding */ gitContextFrom),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   ok: () => (/* binding */ isDefaultBranch)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6677);


/** Reads the event payload the runner wrote to `GITHUB_EVENT_PATH`; a missing path means an empty payload. */
function readEventPayload(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The event payload at ${path} is not JSON: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { file: path });
    }
}
function required(env, name) {
    const value = env[name];
    if (!value)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${name} is not set: this action must run inside a GitHub Actions job (or be given the GITHUB_* variables the runner sets).`);
    return value;
}
function isPullRequestEvent(eventName) {
    return eventName === 'pull_request' || eventName === 'pull_request_target';
}
/** Builds the context from the runner's variables (passed in, never read from `process.env` here). */
function gitContextFrom(env, payload) {
    const eventName = required(env, 'GITHUB_EVENT_NAME');
    const ref = env.GITHUB_REF ?? '';
    const pr = isPullRequestEvent(eventName) ? payload.pull_request : undefined;
    const prFromRef = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
    return {
        eventName,
        ref,
        sha: pr?.head?.sha ?? required(env, 'GITHUB_SHA'),
        branch: pr ? (pr.head?.ref ?? env.GITHUB_HEAD_REF) : ref.startsWith('refs/heads/') ? ref.slice(11) : undefined,
        tag: ref.startsWith('refs/tags/') ? ref.slice(10) : undefined,
        prNumber: pr ? (pr.number ?? payload.number ?? (prFromRef ? Number(prFromRef) : undefined)) : undefined,
        baseRef: pr?.base?.ref ?? (env.GITHUB_BASE_REF || undefined),
        defaultBranch: payload.repository?.default_branch,
        repository: required(env, 'GITHUB_REPOSITORY'),
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID,
        description: payload.repository?.description ?? undefined,
        license: payload.repository?.license?.spdx_id ?? undefined,
    };
}
function isDefaultBranch(ctx) {
    return !isPullRequestEvent(ctx.eventName) && ctx.branch !== undefined && ctx.branch === ctx.defaultBranch;
}
function repositoryUrl(ctx) {
    return `${ctx.serverUrl}/${ctx.repository}`;
}


/***/ }),

/***/ 9340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  rL: () => (/* binding */ lineageFacts),
  A9: () => (/* binding */ readLineageFile)
});

// UNUSED EXPORTS: LINEAGE_FALLBACK_FILE, LINEAGE_FILE, LINEAGE_SCHEMA, dataInputRef, dataInputsOf, jobLineage, jobLineageFrom, modelLineage, writeLineage

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __nccwpck_require__(6677);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./shared/models/lineage.ts



const LINEAGE_SCHEMA = 'azureml-mlops-actions/model-lineage/v1';
const LINEAGE_FILE = 'model.json';
/** Used instead when the model itself has a model.json at its root (ours must not overwrite it). */
const LINEAGE_FALLBACK_FILE = 'azureml-model-lineage.json';
/**
 * Where each fact is looked for, first hit wins: the tags submit-pipeline writes (`github.*`, see
 * shared/jobs/naming.ts), then the git properties azure-ai-ml records for jobs submitted from a checkout.
 */
const COMMIT_KEYS = (/* unused pure expression or super */ null && (['github.sha', 'mlflow.source.git.commit', 'azureml.git.commit']));
const REPOSITORY_KEYS = (/* unused pure expression or super */ null && (['github.repository', 'mlflow.source.git.repoURL', 'azureml.git.repository_uri']));
function jobLineage(job) {
    const p = job.properties;
    const lineage = jobLineageFrom(job.name ?? '', stringMap(p.tags), stringMap(p.properties), p.status);
    // Command, sweep and pipeline jobs all carry `inputs`; for a pipeline these are its top-level inputs.
    const inputs = p.inputs;
    return { ...lineage, dataInputs: dataInputsOf(inputs) };
}
/** Literal inputs (numbers, strings) are parameters, not data; every other input names data by its `uri`. */
function dataInputsOf(inputs) {
    return Object.entries(inputs ?? {})
        .filter((e) => !!e[1] && e[1].jobInputType !== 'literal' && !!e[1].uri)
        .map(([name, input]) => dataInputRef(name, input.uri, input.jobInputType));
}
/**
 * A data input from its URI: `azureml:name:version` and asset ids (`.../data/<name>/versions/<v>`) name a data
 * asset; anything else (datastore URIs, https, local paths) is kept as the URI.
 */
function dataInputRef(name, uri, type) {
    const short = /^azureml:([^/:][^:]*):([^:]+)$/.exec(uri);
    const id = /\/data\/([^/]+)\/versions\/([^/]+)$/.exec(uri);
    const asset = short ? `${short[1]}:${short[2]}` : id ? `${id[1]}:${id[2]}` : undefined;
    return { name, ...(type ? { type } : {}), ...(asset ? { asset } : { uri }) };
}
/** The lineage facts of a job from its tags and properties (Azure jobs and local job records alike). */
function jobLineageFrom(name, tags, properties = {}, status) {
    const first = (keys) => keys.map((k) => tags[k] || properties[k]).find(Boolean);
    return {
        name,
        commit: first(COMMIT_KEYS),
        repository: first(REPOSITORY_KEYS),
        githubRunId: tags['github.run_id'],
        githubRunUrl: tags['github.run_url'],
        status,
        tags,
    };
}
function modelLineage(model, job, download) {
    return {
        schema: LINEAGE_SCHEMA,
        name: model.name,
        version: model.version,
        id: model.id,
        modelUri: model.modelUri,
        modelType: model.modelType,
        tags: model.tags,
        job,
        downloadedAt: download.at.toISOString(),
        files: download.files,
        bytes: download.bytes,
    };
}
/**
 * Writes the lineage into `folder` and returns its path: model.json, unless the model has a model.json of
 * its own at the top (`modelFiles` are the downloaded paths relative to `folder`).
 */
async function writeLineage(folder, lineage, modelFiles) {
    const file = path.join(folder, modelFiles.includes(LINEAGE_FILE) ? LINEAGE_FALLBACK_FILE : LINEAGE_FILE);
    await writeFile(file, `${JSON.stringify(lineage, null, 2)}\n`);
    return file;
}
function stringMap(value) {
    const out = {};
    for (const [k, v] of Object.entries(value ?? {}))
        if (v !== null && v !== undefined)
            out[k] = String(v);
    return out;
}
/**
 * Reads a lineage file download-model wrote (model.json or azureml-model-lineage.json), or the one in the model
 * folder it downloaded to (a later job has the folder, from an artifact, but not the step's output); `input`
 * names it in errors.
 */
async function readLineageFile(fileOrFolder, input) {
    const file = await lineageFileIn(fileOrFolder);
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_namespaceObject.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input '${input}': cannot read the model lineage ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`, { file });
    }
    if (parsed.schema !== LINEAGE_SCHEMA)
        throw new errors/* UserError */.yo(`Input '${input}': ${file} is not a lineage file download-model wrote (schema ${JSON.stringify(parsed.schema)}, expected ${LINEAGE_SCHEMA}).`, { file });
    return parsed;
}
/** In a model folder, ours is the fallback name when present (the model had a model.json of its own), else model.json. */
async function lineageFileIn(fileOrFolder) {
    const isFolder = await (0,promises_namespaceObject.stat)(fileOrFolder).then((s) => s.isDirectory(), () => false);
    if (!isFolder)
        return fileOrFolder;
    const fallback = external_node_path_default().join(fileOrFolder, LINEAGE_FALLBACK_FILE);
    const hasFallback = await (0,promises_namespaceObject.stat)(fallback).then(() => true, () => false);
    return hasFallback ? fallback : external_node_path_default().join(fileOrFolder, LINEAGE_FILE);
}
/** The facts of a model's lineage, in the suite's key names (labels and annotations are written from these). */
function lineageFacts(lineage) {
    const job = lineage.job;
    return {
        modelName: lineage.name,
        modelVersion: lineage.version,
        trainingJob: job?.name || undefined,
        trainingCommit: job?.commit,
        trainingRun: job?.githubRunUrl,
        dataInputs: job?.dataInputs?.length ? job.dataInputs : undefined,
    };
}


/***/ }),

/***/ 7962:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ summaryMarkdown)
/* harmony export */ });
const code = (s) => `\`${s.replace(/`/g, "'")}\``;
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** The job summary: image, digest, each tag (and what re-tagging did to it), then the labels. */
function summaryMarkdown(result) {
    const status = new Map(result.retag?.tags.map((t) => [t.tag, t.status]) ?? []);
    const lines = ['### Image tags and labels', '', '| image | digest | tag | registry |', '| --- | --- | --- | --- |'];
    for (const image of result.images) {
        for (const tag of result.tags) {
            const digest = result.retag ? code(result.retag.digest) : '';
            lines.push(`| ${code(image)} | ${digest} | ${code(tag)} | ${status.get(tag) ?? 'not pushed'} |`);
        }
    }
    if (result.retag?.platforms.length)
        lines.push('', `Platforms: ${result.retag.platforms.map(code).join(', ')}`);
    lines.push('', '| label | value |', '| --- | --- |');
    for (const [key, value] of Object.entries(result.labels))
        lines.push(`| ${code(key)} | ${cell(value)} |`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ tagImage)
});

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __nccwpck_require__(6677);
// EXTERNAL MODULE: ./shared/core/inputs.ts
var inputs = __nccwpck_require__(4451);
;// CONCATENATED MODULE: ./shared/registry/challenge.ts
/** Parses the first Basic or Bearer challenge of the header; other schemes are ignored. */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*(Basic|Bearer)\b(.*)$/i.exec(header);
    if (!m)
        return undefined;
    const params = {};
    // Values are quoted strings (which may hold commas, as in a scope "pull,push") or tokens.
    for (const p of m[2].matchAll(/([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
    }
    return { scheme: m[1].toLowerCase(), params };
}

;// CONCATENATED MODULE: ./shared/registry/errors.ts

/** `DENIED: requested access to the resource is denied`, or the bare status when the body says nothing. */
function describeBody(status, body) {
    try {
        const parsed = JSON.parse(body);
        const first = parsed.errors?.[0];
        if (first?.code)
            return `${status} ${first.code}${first.message ? `: ${first.message}` : ''}`;
    }
    catch {
        // not a distribution error body; fall through to the status alone
    }
    return `${status}`;
}
const PUSH_HELP = 'GHCR: give the job `permissions: packages: write` and log in with GITHUB_TOKEN (a package first pushed with a personal token must also grant this repository write access under Package settings > Manage Actions access). ' +
    'Azure Container Registry: the identity needs the AcrPush role on the registry. Docker Hub: use an access token with Read & Write scope.';
const PULL_HELP = 'GHCR: give the job `permissions: packages: read`. Azure Container Registry: the identity needs the AcrPull role. Private Docker Hub repositories need a token with Read scope.';
/**
 * Turns a refusal into a message that names the missing permission and where to grant it, instead
 * of the registry's bare `denied`.
 */
function accessError(status, body, access, repository, registry, what) {
    const detail = describeBody(status, body);
    const scope = `repository:${repository}:${access === 'push' ? 'pull,push' : 'pull'}`;
    const help = access === 'push' ? PUSH_HELP : PULL_HELP;
    switch (status) {
        case 401:
            return new errors/* UserError */.yo(`${registry} refused to ${what} (${detail}): the credentials are missing, wrong or expired, or do not grant ${access} (${scope}). ${help}`);
        case 403:
            return new errors/* UserError */.yo(`${registry} refused to ${what} (${detail}): the credentials are valid but lack the ${access} permission on ${repository}. ${help}`);
        case 405:
            return new errors/* UserError */.yo(`${registry} does not allow writes to ${repository} (${detail}): the repository or tag is locked (Azure Container Registry: \`az acr repository update --name <registry> --image ${repository}:<tag> --write-enabled true\`) or this registry is a read-only mirror.`);
        default:
            return new errors/* UserError */.yo(`${registry} failed to ${what} (${detail}).`);
    }
}

;// CONCATENATED MODULE: ./shared/registry/client.ts



/** Loopback registries speak plain HTTP, as Docker and crane assume; every other registry HTTPS. */
function baseUrl(registry) {
    if (registry === 'docker.io')
        return 'https://registry-1.docker.io';
    const host = registry.replace(/:\d+$/, '');
    const plain = host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
    return `${plain ? 'http' : 'https'}://${registry}`;
}
/**
 * An OCI Distribution API client that follows the registry's auth challenge: anonymous first, then
 * Basic, or the Bearer token flow (GHCR, Docker Hub, ACR) with one token per scope, kept for the run.
 */
class RegistryClient {
    options;
    registry;
    base;
    tokens = new Map();
    basicAccepted = false;
    constructor(options) {
        this.options = options;
        this.registry = options.registry;
        this.base = baseUrl(options.registry);
    }
    /** Sends a request, answering one 401 challenge with credentials; the caller reads the status. */
    async request(path, options) {
        const first = await this.send(path, options, this.authorization(options.scope));
        if (first.status !== 401)
            return first;
        const challenge = parseChallenge(first.headers.get('www-authenticate'));
        const retry = challenge && (await this.answer(challenge, options.scope));
        if (!retry)
            return first;
        await first.body?.cancel();
        return this.send(path, options, retry);
    }
    authorization(scope) {
        const token = this.tokens.get(scope);
        if (token)
            return `Bearer ${token}`;
        return this.basicAccepted ? this.basicHeader() : undefined;
    }
    basicHeader() {
        const c = this.options.credentials;
        if (c.kind !== 'basic')
            return undefined;
        return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
    }
    async answer(challenge, scope) {
        if (challenge.scheme === 'basic') {
            this.basicAccepted = true;
            return this.basicHeader();
        }
        const token = await this.fetchToken(challenge, scope);
        this.tokens.set(scope, token);
        return `Bearer ${token}`;
    }
    async send(path, options, authorization) {
        // Upload locations and pagination links may come back absolute.
        const url = /^https?:\/\//.test(path) ? path : `${this.base}${path}`;
        const headers = { ...options.headers };
        if (authorization)
            headers.authorization = authorization;
        try {
            return await fetch(url, {
                method: options.method ?? 'GET',
                headers,
                body: options.body,
                redirect: 'follow',
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
            });
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Cannot reach the registry at ${this.base}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    /**
     * Asks the challenge's realm for a token with the scope this request needs (not the challenge's
     * own scope, which GHCR fills with a placeholder on `/v2/`). A refresh token goes in an OAuth2
     * form POST; a username and password in a Basic GET, which every registry accepts.
     */
    async fetchToken(challenge, scope) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* UserError */.yo(`${this.registry} sent a Bearer challenge without a realm; cannot ask for a token.`);
        const scopes = [scope];
        if (challenge.params.error === 'insufficient_scope' && challenge.params.scope && challenge.params.scope !== scope)
            scopes.push(challenge.params.scope);
        const c = this.options.credentials;
        const response = c.kind === 'identity-token'
            ? await this.postRefreshToken(realm, challenge, scopes, c.token)
            : await this.getToken(realm, challenge, scopes);
        const text = await response.text();
        if (!response.ok) {
            const access = scope.endsWith('push') ? 'push' : 'pull';
            throw accessError(response.status, text, access, scope.split(':')[1] ?? '', this.registry, `issue a token at ${realm}`);
        }
        const body = JSON.parse(text);
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* UserError */.yo(`The token service ${realm} answered without a token (${describeBody(response.status, text)}).`);
        this.options.log.secret(token);
        return token;
    }
    tokenUrl(realm, challenge, scopes) {
        const url = new URL(realm);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        for (const s of scopes)
            url.searchParams.append('scope', s);
        return url;
    }
    async getToken(realm, challenge, scopes) {
        const basic = this.basicHeader();
        try {
            return await fetch(this.tokenUrl(realm, challenge, scopes), {
                headers: basic ? { authorization: basic } : {},
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
            });
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Cannot reach the token service ${realm}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    async postRefreshToken(realm, challenge, scopes, refreshToken) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
            client_id: 'azureml-mlops-tag-image',
        });
        if (challenge.params.service)
            form.set('service', challenge.params.service);
        form.set('scope', scopes.join(' '));
        try {
            return await fetch(realm, {
                method: 'POST',
                body: form,
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
            });
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Cannot reach the token service ${realm}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./shared/registry/credentials.ts



const ANONYMOUS = { kind: 'anonymous' };
/** The keys `docker login` may have used for a registry: bare host, with scheme, and Docker Hub's legacy URL. */
function configKeys(registry) {
    if (registry === 'docker.io')
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/`];
}
/**
 * Reads the credentials `docker login` / docker/login-action stored in `<dir>/config.json` for a
 * registry. Credential helpers are not run (they need the Docker CLI); a registry that uses one gets
 * a warning and anonymous access.
 */
function credentialsFromDockerConfig(dir, registry, log) {
    const file = external_node_path_default().join(dir, 'config.json');
    if (!(0,external_node_fs_.existsSync)(file))
        return ANONYMOUS;
    let config;
    try {
        config = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`The Docker config ${file} is not JSON: ${(0,errors/* errorMessage */.gJ)(error)}`, { file });
    }
    const entry = configKeys(registry)
        .map((k) => config.auths?.[k])
        .find((e) => e !== undefined);
    if (!entry) {
        const helper = config.credHelpers?.[registry] ?? config.credsStore;
        if (helper)
            log.warning(`${file} keeps ${registry} credentials in the '${helper}' credential helper, which tag-image cannot run; pass username and password instead.`);
        return ANONYMOUS;
    }
    const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : undefined;
    const colon = decoded?.indexOf(':') ?? -1;
    const username = entry.username ?? (decoded && colon > 0 ? decoded.slice(0, colon) : '');
    const password = entry.password ?? (decoded && colon > 0 ? decoded.slice(colon + 1) : '');
    if (entry.identitytoken) {
        log.secret(entry.identitytoken);
        return { kind: 'identity-token', username, token: entry.identitytoken };
    }
    if (!username || !password)
        return ANONYMOUS;
    log.secret(password);
    if (entry.auth)
        log.secret(entry.auth);
    return { kind: 'basic', username, password };
}

;// CONCATENATED MODULE: ./shared/registry/image-ref.ts
/**
 * Container image references, parsed the way Docker and containerd read them
 * (github.com/distribution/reference): `[registry[:port]/]repository[:tag][@digest]`.
 *
 * Splitting on the first `:` is the classic bug (Azure/k8s-deploy#2, #132): `reg:5000/app:v1` would
 * match every image of that registry. Here the registry is recognised as Docker does (the first path
 * component holds a `.` or a `:`, or is `localhost`), and Docker Hub short names are normalised so
 * `nginx`, `library/nginx` and `docker.io/library/nginx` are the same repository.
 */

const DOCKER_HUB = 'docker.io';
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const MAX_NAME_LENGTH = 255;
function invalid(text, why) {
    return new errors/* UserError */.yo(`'${text}' is not a valid image reference: ${why}.`);
}
/** Docker's rule: the first component is a registry only if it looks like a host (has `.` or `:`, or is localhost). */
function looksLikeRegistry(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
function splitDigest(text, rest) {
    const at = rest.indexOf('@');
    if (at < 0)
        return { rest };
    const digest = rest.slice(at + 1);
    if (!DIGEST.test(digest))
        throw invalid(text, `digest '${digest}' must look like sha256:<hex>`);
    if (digest.startsWith('sha256:') && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw invalid(text, `a sha256 digest has 64 lower-case hex characters, got '${digest}'`);
    }
    return { rest: rest.slice(0, at), digest };
}
function splitTag(text, rest) {
    // A tag follows the last `:` only if no `/` comes after it; otherwise that `:` was a registry port.
    const colon = rest.lastIndexOf(':');
    if (colon < 0 || rest.indexOf('/', colon) >= 0)
        return { name: rest };
    const tag = rest.slice(colon + 1);
    if (!TAG.test(tag))
        throw invalid(text, `tag '${tag}' may hold letters, digits, '_', '.', '-' (at most 128)`);
    return { name: rest.slice(0, colon), tag };
}
function splitRegistry(text, name) {
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    if (slash < 0 || !looksLikeRegistry(first)) {
        return { registry: DOCKER_HUB, repository: name };
    }
    if (!DOMAIN.test(first))
        throw invalid(text, `registry '${first}' is not a host name with an optional port`);
    const registry = first.toLowerCase() === 'index.docker.io' ? DOCKER_HUB : first.toLowerCase();
    return { registry, repository: name.slice(slash + 1) };
}
/** Parses an image reference; throws a `UserError` naming what is wrong with it. */
function parseImageRef(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw invalid(text, 'it is empty');
    const { rest, digest } = splitDigest(trimmed, trimmed);
    const { name, tag } = splitTag(trimmed, rest);
    if (name.length > MAX_NAME_LENGTH)
        throw invalid(text, `the name is longer than ${MAX_NAME_LENGTH} characters`);
    const { registry, repository: path } = splitRegistry(trimmed, name);
    const components = path.split('/');
    for (const c of components) {
        if (c !== c.toLowerCase())
            throw invalid(text, `repository names are lower-case ('${c}')`);
        if (!PATH_COMPONENT.test(c))
            throw invalid(text, `'${c}' is not a valid repository path component`);
    }
    const repository = registry === DOCKER_HUB && components.length === 1 ? `library/${path}` : path;
    return { registry, repository, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
/** Like `parseImageRef`, but `undefined` for text that is not a reference (e.g. a `$(VAR)` placeholder). */
function tryParseImageRef(text) {
    try {
        return parseImageRef(text);
    }
    catch {
        return undefined;
    }
}
/** `registry/repository`, fully qualified: the identity two references must share to be the same image name. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** True when both references name the same repository in the same registry, whatever their tags or digests. */
function sameRepository(a, b) {
    return a.registry === b.registry && a.repository === b.repository;
}
/** Writes a reference back as text: `registry/repository[:tag][@digest]`. */
function formatImageRef(ref, options = {}) {
    let name = repositoryName(ref);
    if (options.familiar && ref.registry === DOCKER_HUB) {
        name = ref.repository.startsWith('library/') ? ref.repository.slice('library/'.length) : ref.repository;
    }
    return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./shared/registry/manifest.ts

const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
/**
 * Every manifest kind we copy. It must be sent: without `Accept` a registry may down-convert to
 * schema1 or, like distribution without schema1 support, answer 400 MANIFEST_INVALID.
 */
const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function isIndex(mediaType) {
    return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;
}
/** `linux/amd64`, `linux/arm64/v8` for each entry of an index; attestations show as `unknown/unknown`. */
function platformsOf(bytes) {
    const index = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return (index.manifests ?? []).map((m) => [m.platform?.os ?? 'unknown', m.platform?.architecture ?? 'unknown', m.platform?.variant].filter(Boolean).join('/'));
}

;// CONCATENATED MODULE: ./shared/registry/repository.ts



/** The manifest and tag operations on one repository of a registry. */
class Repository {
    client;
    name;
    constructor(client, name) {
        this.client = client;
        this.name = name;
    }
    scope(access) {
        return `repository:${this.name}:${access === 'push' ? 'pull,push' : 'pull'}`;
    }
    async fail(response, access, what) {
        throw accessError(response.status, await response.text(), access, this.name, this.client.registry, what);
    }
    /**
     * Proves push rights before anything is written: opening a blob upload (202) needs exactly the
     * permission a tag write needs, and the session is cancelled straight away.
     */
    async checkPushAccess() {
        const response = await this.client.request(`/v2/${this.name}/blobs/uploads/`, {
            method: 'POST',
            scope: this.scope('push'),
        });
        if (response.status !== 202)
            return this.fail(response, 'push', `open an upload in ${this.name} (push-rights check)`);
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (location) {
            const cancel = await this.client.request(location, { method: 'DELETE', scope: this.scope('push') });
            await cancel.body?.cancel();
        }
    }
    /** Fetches a manifest by tag or digest, keeping its bytes and media type, and checks its digest. */
    async getManifest(reference) {
        const response = await this.client.request(`/v2/${this.name}/manifests/${reference}`, {
            scope: this.scope('pull'),
            headers: { accept: MANIFEST_ACCEPT },
        });
        if (response.status === 404) {
            throw new errors/* UserError */.yo(`${this.client.registry}/${this.name}:${reference} does not exist (${describeBody(404, await response.text())}); check the source input.`);
        }
        if (!response.ok)
            return this.fail(response, 'pull', `read the manifest ${this.name}:${reference}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const digest = sha256Digest(bytes);
        const claimed = response.headers.get('docker-content-digest');
        if ((claimed && claimed !== digest) || (reference.startsWith('sha256:') && reference !== digest)) {
            throw new errors/* UserError */.yo(`${this.client.registry}/${this.name}:${reference} came back with digest ${digest}, not ${claimed ?? reference}; refusing to copy it.`);
        }
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
        return { bytes, mediaType, digest };
    }
    /** The digest a tag points at, or undefined when the tag does not exist; a HEAD is not a pull on Docker Hub. */
    async digestOf(reference, access = 'pull') {
        const response = await this.client.request(`/v2/${this.name}/manifests/${reference}`, {
            method: 'HEAD',
            scope: this.scope(access),
            headers: { accept: MANIFEST_ACCEPT },
        });
        if (response.status === 404)
            return undefined;
        if (!response.ok)
            return this.fail(response, access, `read the tag ${this.name}:${reference}`);
        return response.headers.get('docker-content-digest') ?? (await this.getManifest(reference)).digest;
    }
    /** Writes the manifest's exact bytes under a tag and checks the digest the registry computed. */
    async putManifest(tag, manifest) {
        const response = await this.client.request(`/v2/${this.name}/manifests/${tag}`, {
            method: 'PUT',
            scope: this.scope('push'),
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
        });
        if (response.status !== 201)
            return this.fail(response, 'push', `write the tag ${this.name}:${tag}`);
        await response.body?.cancel();
        const digest = response.headers.get('docker-content-digest');
        if (digest && digest !== manifest.digest) {
            throw new errors/* UserError */.yo(`${this.client.registry} stored ${this.name}:${tag} as ${digest}, not the source digest ${manifest.digest}.`);
        }
    }
    /** Every tag of the repository, following `Link` pagination; an empty repository has none. */
    async listTags() {
        const tags = [];
        let next = `/v2/${this.name}/tags/list?n=1000`;
        while (next) {
            const response = await this.client.request(next, { scope: this.scope('pull') });
            if (response.status === 404)
                return tags;
            if (!response.ok)
                return this.fail(response, 'pull', `list the tags of ${this.name}`);
            const body = (await response.json());
            tags.push(...(body.tags ?? []));
            next = /<([^>]+)>;\s*rel="?next"?/.exec(response.headers.get('link') ?? '')?.[1];
        }
        return tags;
    }
}

;// CONCATENATED MODULE: ./shared/registry/retag.ts


/**
 * Points every tag at the source's manifest without pulling a layer: check push rights first, read
 * the source manifest once (an index is copied whole, so every platform and attestation comes along
 * and the digest stays the same), write it under each tag that does not already hold it, then read
 * each tag back and require the source digest.
 */
async function retag(repository, source, tags, log) {
    await repository.checkPushAccess();
    const manifest = await repository.getManifest(source);
    const platforms = isIndex(manifest.mediaType) ? platformsOf(manifest.bytes) : [];
    log.info(`Source ${repository.name}@${manifest.digest} (${manifest.mediaType}${platforms.length ? `: ${platforms.join(', ')}` : ''})`);
    const result = { digest: manifest.digest, mediaType: manifest.mediaType, platforms, tags: [] };
    for (const tag of tags) {
        const current = await repository.digestOf(tag, 'push');
        if (current === manifest.digest) {
            log.info(`${tag}: already ${manifest.digest}, nothing to write`);
            result.tags.push({ tag, status: 'unchanged' });
            continue;
        }
        await repository.putManifest(tag, manifest);
        log.info(`${tag}: ${current ? `moved from ${current}` : 'created'}`);
        result.tags.push({ tag, status: current ? 'moved' : 'created' });
    }
    for (const tag of tags) {
        const readBack = await repository.digestOf(tag);
        if (readBack !== manifest.digest) {
            throw new errors/* UserError */.yo(`After re-tagging, ${repository.name}:${tag} resolves to ${readBack ?? 'nothing'}, not ${manifest.digest}.`);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./shared/github/git-context.ts
var git_context = __nccwpck_require__(5606);
;// CONCATENATED MODULE: ./shared/lineage/keys.ts
/**
 * The suite's one namespace for lineage: the domain `azureml-mlops.github.io`, written in each medium's own
 * convention. Every label, annotation and tag the actions write is named here, and every reader goes through
 * `readLineage`, which also accepts the keys of the previous release (see `LEGACY_*`) for one version.
 */
const LINEAGE_DOMAIN = 'azureml-mlops.github.io';
/** OCI image labels: reverse DNS of the domain, as the image-spec asks (`io.github.azureml-mlops.<key>`). */
const keys_OCI_LABEL_PREFIX = 'io.github.azureml-mlops';
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
        return key === 'commit' ? OCI_REVISION : `${keys_OCI_LABEL_PREFIX}.${name}`;
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

;// CONCATENATED MODULE: ./shared/tagging/labels.ts


/**
 * The suite's image labels are `io.github.azureml-mlops.<key>` (shared/lineage/keys.ts), beside the standard
 * `org.opencontainers.image.*`, so `docker inspect` or `regctl image config` on any image answers "which model
 * is in here, which job trained it on which data": `.model-name`, `.model-version`, `.training-job`, ...
 */
const LABEL_PREFIX = (/* unused pure expression or super */ null && (OCI_LABEL_PREFIX));
/** The namespace of the previous release's model labels (`<namespace>.name`, `.version`, `.training-job`). */
const LEGACY_MODEL_LABEL_NAMESPACE = 'io.github.azureml-mlops.model';
/** OCI annotation keys (image-spec `annotations.md`) from the event, then the suite's lineage keys. */
function computeLabels(inputs) {
    const { context, lineage = {} } = inputs;
    const url = (0,git_context/* repositoryUrl */.Ek)(context);
    const labels = {
        'org.opencontainers.image.title': context.repository.split('/').pop() ?? context.repository,
        // The repository's description comes from the event: one line, as every label value is one line of the output.
        'org.opencontainers.image.description': (context.description ?? '').replace(/\s*[\r\n]+\s*/g, ' '),
        'org.opencontainers.image.url': url,
        'org.opencontainers.image.source': url,
        'org.opencontainers.image.version': inputs.version,
        'org.opencontainers.image.created': inputs.now.toISOString(),
        'org.opencontainers.image.revision': context.sha,
        'org.opencontainers.image.licenses': context.license ?? '',
        // The image's commit is the revision label above; `commit` is never taken from the lineage.
        ...lineageEntries('oci', { ...lineage, commit: undefined, buildRun: inputs.buildRun }),
    };
    const legacy = inputs.legacyNamespace;
    if (legacy) {
        if (lineage.modelName)
            labels[`${legacy}.name`] = lineage.modelName;
        if (lineage.modelVersion)
            labels[`${legacy}.version`] = lineage.modelVersion;
        if (lineage.trainingJob)
            labels[`${legacy}.training-job`] = lineage.trainingJob;
    }
    for (const [key, value] of Object.entries(labels))
        if (value === '')
            delete labels[key];
    return { ...labels, ...inputs.extra };
}

;// CONCATENATED MODULE: ./shared/tagging/rules.ts

/** metadata-action's default priorities, with `model` between semver and ref. */
const DEFAULT_PRIORITY = {
    schedule: 1000,
    semver: 900,
    model: 850,
    ref: 600,
    raw: 200,
    sha: 100,
};
const ATTRIBUTES = {
    sha: ['format'],
    ref: ['event'],
    semver: ['pattern', 'value'],
    raw: ['value'],
    model: [],
    schedule: ['pattern'],
};
const COMMON = ['type', 'prefix', 'suffix', 'enable', 'priority'];
/** Splits `a=1,b="x,y"` on the commas outside double quotes. */
function splitAttributes(text) {
    const parts = [];
    let current = '';
    let quoted = false;
    for (const ch of text) {
        if (ch === '"')
            quoted = !quoted;
        else if (ch === ',' && !quoted) {
            parts.push(current);
            current = '';
        }
        else
            current += ch;
    }
    parts.push(current);
    return parts.map((p) => p.trim()).filter((p) => p !== '');
}
function parseEnable(value) {
    const v = value.trim();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    if (/^\{\{\s*is_default_branch\s*\}\}$/.test(v))
        return 'default-branch';
    if (/^\{\{\s*is_not_default_branch\s*\}\}$/.test(v))
        return 'not-default-branch';
    return undefined;
}
function readAttributes(text, where, problems) {
    // A line without `type=` or `=` is a raw value, as in metadata-action (`tags: latest`).
    const attrs = new Map();
    if (!text.includes('='))
        return attrs.set('type', 'raw').set('value', text);
    for (const part of splitAttributes(text)) {
        const eq = part.indexOf('=');
        if (eq <= 0) {
            problems.push({ message: `${where}: expected key=value, got '${part}'` });
            return undefined;
        }
        attrs.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
    }
    if (!attrs.has('type'))
        attrs.set('type', 'raw');
    return attrs;
}
function buildRule(attrs, line, where, problems) {
    const type = attrs.get('type');
    if (!(type in ATTRIBUTES)) {
        const known = Object.keys(ATTRIBUTES).join(', ');
        problems.push({ message: `${where}: unknown type '${attrs.get('type')}' (known types: ${known})` });
        return undefined;
    }
    const unknown = [...attrs.keys()].filter((k) => !COMMON.includes(k) && !ATTRIBUTES[type].includes(k));
    if (unknown.length) {
        problems.push({ message: `${where}: type=${type} does not take ${unknown.map((k) => `'${k}'`).join(', ')}` });
        return undefined;
    }
    const enable = parseEnable(attrs.get('enable') ?? 'true');
    if (enable === undefined) {
        problems.push({
            message: `${where}: enable must be true, false, {{is_default_branch}} or {{is_not_default_branch}}; got '${attrs.get('enable')}'`,
        });
        return undefined;
    }
    const priorityText = attrs.get('priority');
    if (priorityText !== undefined && !/^-?\d+$/.test(priorityText)) {
        problems.push({ message: `${where}: priority must be a whole number, got '${priorityText}'` });
        return undefined;
    }
    if (!placeholdersKnown(type, attrs, where, problems))
        return undefined;
    const base = {
        enable,
        line,
        priority: priorityText !== undefined ? Number(priorityText) : DEFAULT_PRIORITY[type],
        suffix: attrs.get('suffix'),
    };
    return withTypeAttributes(type, attrs, base, where, problems);
}
/** What `{{...}}` may name: semver patterns are filled by `renderSemVerPattern`, everything else by `expand`. */
const SEMVER_PLACEHOLDERS = ['version', 'major', 'minor', 'patch', 'raw'];
const EXPRESSIONS = ['branch', 'tag', 'sha', 'base_ref', 'model_name', 'model_version', "date 'FORMAT'"];
/**
 * Every `{{...}}` in a rule's attributes names something that is filled in: an unknown one would otherwise be
 * found only when the rule is evaluated (or, in a semver pattern, end up in a tag as text).
 */
function placeholdersKnown(type, attrs, where, problems) {
    let known = true;
    for (const [key, text] of attrs) {
        if (key === 'enable' || key === 'type')
            continue;
        const allowed = type === 'semver' && key === 'pattern' ? SEMVER_PLACEHOLDERS : EXPRESSIONS;
        for (const [whole, body] of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
            const ok = allowed === EXPRESSIONS ? /^date\s+'[^']*'$/.test(body) || allowed.includes(body) : allowed.includes(body);
            if (ok)
                continue;
            known = false;
            problems.push({
                message: `${where}: unknown placeholder ${whole} in ${key}=; ${key} accepts ${allowed.map((a) => `{{${a}}}`).join(', ')}`,
            });
        }
    }
    return known;
}
function withTypeAttributes(type, attrs, base, where, problems) {
    const prefix = attrs.get('prefix');
    switch (type) {
        case 'sha': {
            const format = attrs.get('format') ?? 'short';
            if (format !== 'short' && format !== 'long') {
                problems.push({ message: `${where}: format must be short or long, got '${format}'` });
                return undefined;
            }
            return { ...base, type, format, prefix };
        }
        case 'ref': {
            const event = attrs.get('event');
            if (event !== 'branch' && event !== 'tag' && event !== 'pr') {
                problems.push({ message: `${where}: type=ref needs event=branch, event=tag or event=pr` });
                return undefined;
            }
            return { ...base, type, event, prefix };
        }
        case 'semver': {
            const pattern = attrs.get('pattern');
            if (!pattern) {
                problems.push({ message: `${where}: type=semver needs a pattern, e.g. pattern={{version}}` });
                return undefined;
            }
            return { ...base, type, pattern, value: attrs.get('value') ?? '', prefix };
        }
        case 'raw': {
            const value = attrs.get('value');
            if (!value) {
                problems.push({ message: `${where}: type=raw needs a value` });
                return undefined;
            }
            return { ...base, type, value, prefix };
        }
        case 'schedule':
            return { ...base, type, pattern: attrs.get('pattern') ?? 'nightly', prefix };
        case 'model':
            return { ...base, type, prefix };
    }
}
/** Parses the `tags` input; throws one ValidationError naming every bad line. */
function parseTagRules(lines, input = 'tags') {
    const problems = [];
    const rules = [];
    lines.forEach((raw, index) => {
        const text = raw.trim();
        if (text === '' || text.startsWith('#'))
            return;
        const where = `input '${input}' line ${index + 1}`;
        const attrs = readAttributes(text, where, problems);
        const rule = attrs && buildRule(attrs, index + 1, where, problems);
        if (rule)
            rules.push(rule);
    });
    if (problems.length)
        throw new errors/* ValidationError */.yI(problems, `${problems.length} problem(s) in input '${input}'`);
    return rules;
}
/** Parses the `flavor` input (`latest=auto`, `prefix=`, `suffix=` lines or comma-separated). */
function parseFlavor(lines) {
    const flavor = { latest: 'auto', prefix: '', suffix: '' };
    const problems = [];
    for (const part of lines.flatMap(splitAttributes)) {
        const eq = part.indexOf('=');
        const key = part.slice(0, eq).trim();
        const value = part.slice(eq + 1).trim();
        if (key === 'latest' && (value === 'auto' || value === 'true' || value === 'false'))
            flavor.latest = value;
        else if (key === 'prefix' || key === 'suffix')
            flavor[key] = value;
        else
            problems.push({ message: `input 'flavor': '${part}' is not latest=auto|true|false, prefix=... or suffix=...` });
    }
    if (problems.length)
        throw new errors/* ValidationError */.yI(problems, `input 'flavor' is invalid`);
    return flavor;
}

;// CONCATENATED MODULE: ./shared/tagging/sanitize.ts

/** The OCI distribution spec's limit on a tag: `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`. */
const MAX_TAG_LENGTH = 128;
const HASH_LENGTH = 8;
/**
 * Makes a tag the registry accepts, and keeps distinct inputs distinct: runs of disallowed characters
 * become `-`, a leading `.` or `-` (which registries refuse) is dropped, and an over-long tag keeps its
 * first characters plus a short hash of the whole original, so two long branch names that share a
 * prefix still get different tags. Case is kept: tags are case-sensitive and upper case is allowed.
 * Returns an empty value when nothing usable is left.
 */
function sanitizeTag(original) {
    let value = original.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
    if (value.length > MAX_TAG_LENGTH) {
        const hash = (0,external_node_crypto_.createHash)('sha256').update(original).digest('hex').slice(0, HASH_LENGTH);
        value = `${value.slice(0, MAX_TAG_LENGTH - HASH_LENGTH - 1)}-${hash}`;
    }
    return value === original ? { value } : { value, original };
}
/**
 * An image name as registries accept it: the repository path must be lower case (the spec's
 * `[a-z0-9]+(?:[._-][a-z0-9]+)*` components). A registry host keeps its port.
 */
function sanitizeImageName(original) {
    const value = original.trim().toLowerCase();
    return value === original ? { value } : { value, original };
}

;// CONCATENATED MODULE: ./shared/tagging/expressions.ts

const pad = (n) => String(n).padStart(2, '0');
/** `{{date 'YYYYMMDD-HHmm'}}` in UTC, so a schedule run tags the same day wherever the runner is. */
function formatDate(date, format) {
    const parts = {
        YYYY: String(date.getUTCFullYear()),
        MM: pad(date.getUTCMonth() + 1),
        DD: pad(date.getUTCDate()),
        HH: pad(date.getUTCHours()),
        mm: pad(date.getUTCMinutes()),
        ss: pad(date.getUTCSeconds()),
    };
    return format.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => parts[token]);
}
/**
 * Expands `{{branch}}`, `{{tag}}`, `{{sha}}`, `{{base_ref}}`, `{{model_name}}`, `{{model_version}}` and
 * `{{date 'FORMAT'}}`. An unknown expression is an error rather than text, because it would
 * otherwise become a tag like `-foo-` that nobody asked for.
 */
function expand(template, values, where) {
    const { context, model, now } = values;
    const known = {
        branch: context.branch,
        tag: context.tag,
        sha: context.sha.slice(0, 7),
        base_ref: context.baseRef,
        model_name: model?.name,
        model_version: model?.version,
    };
    return template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (whole, body) => {
        const date = /^date\s+'([^']*)'$/.exec(body);
        if (date)
            return formatDate(now, date[1]);
        if (body in known)
            return known[body] ?? '';
        throw new errors/* UserError */.yo(`${where}: unknown expression ${whole}; use {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{model_name}}, {{model_version}} or {{date 'YYYYMMDD'}}`);
    });
}

;// CONCATENATED MODULE: ./shared/tagging/semver.ts
const NUMBER = '0|[1-9]\\d*';
const IDENT = '[0-9A-Za-z-]+';
const SEMVER = new RegExp(`^[vV]?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+(${IDENT}(?:\\.${IDENT})*))?$`);
function parseSemVer(text) {
    const m = SEMVER.exec(text.trim());
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        prerelease: m[4] ? m[4].split('.') : [],
        build: m[5] ? m[5].split('.') : [],
        raw: text.trim(),
    };
}
function isStable(v) {
    return v.prerelease.length === 0;
}
/** `1.2.3` or `1.2.3-rc.1`: the version without the `v` and without build metadata. */
function formatVersion(v) {
    const core = `${v.major}.${v.minor}.${v.patch}`;
    return v.prerelease.length ? `${core}-${v.prerelease.join('.')}` : core;
}
function compareIdentifiers(a, b) {
    const an = /^\d+$/.test(a);
    const bn = /^\d+$/.test(b);
    if (an && bn)
        return Number(a) - Number(b);
    if (an)
        return -1; // numeric identifiers sort before alphanumeric ones (semver §11.4.3)
    if (bn)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Negative when `a` precedes `b`, positive when it follows, 0 when they have the same precedence. */
function compareSemVer(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core !== 0)
        return core;
    if (!a.prerelease.length || !b.prerelease.length)
        return b.prerelease.length - a.prerelease.length;
    for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
        const c = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
        if (c !== 0)
            return c;
    }
    return a.prerelease.length - b.prerelease.length;
}
/** Fills `{{version}}`, `{{major}}`, `{{minor}}`, `{{patch}}` and `{{raw}}` in a semver pattern. */
function renderSemVerPattern(pattern, v) {
    const values = {
        version: formatVersion(v),
        major: String(v.major),
        minor: String(v.minor),
        patch: String(v.patch),
        raw: v.raw,
    };
    return pattern.replace(/\{\{\s*(version|major|minor|patch|raw)\s*\}\}/g, (_m, key) => values[key]);
}
function movingLineOf(pattern) {
    if (/\{\{\s*(patch|version|raw)\s*\}\}/.test(pattern))
        return 'fixed';
    if (/\{\{\s*minor\s*\}\}/.test(pattern))
        return 'minor';
    if (/\{\{\s*major\s*\}\}/.test(pattern))
        return 'major';
    return 'fixed';
}
/** True when `v` is in the same line as `other` (same major, or same major.minor). */
function sameLine(v, other, line) {
    if (line === 'all')
        return true;
    if (v.major !== other.major)
        return false;
    return line === 'major' || v.minor === other.minor;
}

;// CONCATENATED MODULE: ./shared/tagging/tags.ts





/** `latest` comes last, so it never becomes the `version` output while another tag exists. */
const LATEST_PRIORITY = Number.MIN_SAFE_INTEGER;
const describe = (rule) => `type=${rule.type} (line ${rule.line})`;
function enabled(rule, context) {
    if (rule.enable === 'default-branch')
        return (0,git_context/* isDefaultBranch */.ok)(context);
    if (rule.enable === 'not-default-branch')
        return !(0,git_context/* isDefaultBranch */.ok)(context);
    return rule.enable;
}
/** The version semver rules work from: the rule's own value, else the git tag, else the `version` input. */
function semverSource(rule, inputs, values) {
    if (rule.value)
        return expand(rule.value, values, `input 'tags' line ${rule.line}`);
    return inputs.context.tag ?? inputs.version ?? '';
}
function existingVersions(inputs, affixes) {
    if (!inputs.existingTags)
        return undefined;
    const found = [];
    for (const tag of inputs.existingTags) {
        for (const [prefix, suffix] of affixes) {
            if (!tag.startsWith(prefix) || !tag.endsWith(suffix))
                continue;
            const v = parseSemVer(tag.slice(prefix.length, tag.length - suffix.length));
            if (v && isStable(v)) {
                found.push(v);
                break;
            }
        }
    }
    return found;
}
/** The highest stable version already in `line` that is above `v`, if any. */
function higherInLine(v, line, existing) {
    return existing
        ?.filter((e) => sameLine(e, v, line) && compareSemVer(e, v) > 0)
        .sort(compareSemVer)
        .at(-1);
}
function evaluateSemver(rule, inputs, values, existing) {
    const source = semverSource(rule, inputs, values);
    if (!source)
        return { skip: 'no git tag on this event and no version input' };
    const v = parseSemVer(source);
    if (!v)
        return { skip: `'${source}' is not a semantic version (https://semver.org)` };
    // A pre-release only ever gets its full version: `1` or `1.2` must not point at an rc.
    if (!isStable(v))
        return { value: formatVersion(v), semver: v };
    const line = movingLineOf(rule.pattern);
    if (line !== 'fixed') {
        if (line === 'major' && v.major === 0)
            return { skip: '0.x versions have no stable major line', semver: v };
        const higher = higherInLine(v, line, existing);
        if (higher)
            return { skip: `${formatVersion(higher)} is already in the registry and stays the highest`, semver: v };
    }
    return { value: renderSemVerPattern(rule.pattern, v), semver: v };
}
function evaluateRule(rule, inputs, values) {
    const { context } = inputs;
    const where = `input 'tags' line ${rule.line}`;
    switch (rule.type) {
        case 'sha':
            return { value: rule.format === 'long' ? context.sha : context.sha.slice(0, 7) };
        case 'ref':
            if (rule.event === 'branch')
                return context.ref.startsWith('refs/heads/') && context.branch
                    ? { value: context.branch }
                    : { skip: 'not a branch push' };
            if (rule.event === 'tag')
                return context.tag ? { value: context.tag } : { skip: 'not a tag push' };
            return context.prNumber !== undefined ? { value: String(context.prNumber) } : { skip: 'not a pull request' };
        case 'raw':
            return { value: expand(rule.value, values, where) };
        case 'schedule':
            return context.eventName === 'schedule'
                ? { value: expand(rule.pattern, values, where) }
                : { skip: 'not a schedule run' };
        case 'model':
            return inputs.model
                ? { value: `${inputs.model.name}-${inputs.model.version}` }
                : { skip: 'model-name and model-version are not set' };
        case 'semver':
            throw new Error('semver rules are evaluated by evaluateSemver');
    }
}
function defaultPrefix(rule) {
    if (rule.type === 'sha')
        return 'sha-';
    if (rule.type === 'ref' && rule.event === 'pr')
        return 'pr-';
    return '';
}
function affixesOf(rule, inputs, values) {
    const where = `input 'tags' line ${rule.line}`;
    const prefix = rule.prefix !== undefined ? expand(rule.prefix, values, where) : inputs.flavor.prefix + defaultPrefix(rule);
    const suffix = rule.suffix !== undefined ? expand(rule.suffix, values, where) : inputs.flavor.suffix;
    return [prefix, suffix];
}
/** Evaluates the rules against the event; a rule that yields nothing here is skipped, not an error. */
function computeTags(inputs) {
    const values = { context: inputs.context, model: inputs.model, now: inputs.now };
    const semverAffixes = [
        ['', ''],
        ...inputs.rules.filter((r) => r.type === 'semver').map((r) => affixesOf(r, inputs, values)),
    ];
    const existing = existingVersions(inputs, semverAffixes);
    const plan = { tags: [], version: '', skipped: [], sanitized: [] };
    for (const rule of inputs.rules) {
        if (!enabled(rule, inputs.context)) {
            plan.skipped.push({ source: describe(rule), reason: 'enable condition is false' });
            continue;
        }
        const outcome = rule.type === 'semver' ? evaluateSemver(rule, inputs, values, existing) : evaluateRule(rule, inputs, values);
        plan.semver ??= outcome.semver;
        if ('skip' in outcome) {
            plan.skipped.push({ source: describe(rule), reason: outcome.skip });
            continue;
        }
        const [prefix, suffix] = affixesOf(rule, inputs, values);
        addTag(plan, `${prefix}${outcome.value}${suffix}`, rule.priority, describe(rule));
    }
    plan.semver ??= fallbackSemver(inputs);
    addLatest(plan, inputs, existing);
    plan.tags.sort((a, b) => b.priority - a.priority);
    if (plan.tags.length === 0)
        throw noTagsError(plan);
    plan.version = plan.tags[0].value;
    return plan;
}
/** Without a semver rule, a git tag or the version input that is a semantic version still decides `latest`. */
function fallbackSemver(inputs) {
    return parseSemVer(inputs.context.tag ?? '') ?? parseSemVer(inputs.version ?? '');
}
function addTag(plan, raw, priority, source) {
    const { value, original } = sanitizeTag(raw);
    if (original !== undefined)
        plan.sanitized.push({ original, value });
    if (value === '') {
        plan.skipped.push({ source, reason: `'${raw}' has no character a tag may keep` });
        return;
    }
    if (!plan.tags.some((t) => t.value === value))
        plan.tags.push({ value, priority, source });
}
/**
 * `latest=auto` moves `latest` only for a stable version, and, when the registry's tags are known,
 * only when no higher stable version is already there (a patch to an old line must not take it back).
 */
function addLatest(plan, inputs, existing) {
    const { latest, prefix, suffix } = inputs.flavor;
    if (latest === 'false')
        return;
    if (latest === 'auto') {
        const v = plan.semver;
        if (!v || !isStable(v)) {
            plan.skipped.push({ source: 'latest', reason: 'no stable semantic version on this run' });
            return;
        }
        const higher = higherInLine(v, 'all', existing);
        if (higher) {
            plan.skipped.push({
                source: 'latest',
                reason: `${formatVersion(higher)} is already in the registry and stays latest`,
            });
            return;
        }
    }
    addTag(plan, `${prefix}latest${suffix}`, LATEST_PRIORITY, `flavor latest=${latest}`);
}
function noTagsError(plan) {
    const why = plan.skipped.map((s) => `  - ${s.source}: ${s.reason}`).join('\n');
    return new errors/* UserError */.yo(`No tag was produced for this event, so there is nothing to tag the image with. Each rule was skipped:\n${why}\n` +
        `Add a rule that applies here (e.g. type=sha), or set the 'version' input for semver rules outside tag pushes.`);
}

;// CONCATENATED MODULE: ./shared/tagging/tag-image.ts











function parseImages(images, log) {
    if (images.length === 0)
        throw new errors/* UserError */.yo("Input 'images' is empty: name at least one image, e.g. ghcr.io/org/api.");
    return images.map((text) => {
        const { value, original } = sanitizeImageName(text);
        if (original !== undefined)
            log.info(`Image name '${original}' -> '${value}' (repositories are lower case)`);
        const ref = parseImageRef(value);
        if (ref.tag !== undefined || ref.digest !== undefined) {
            throw new errors/* UserError */.yo(`Input 'images': '${text}' carries a tag or digest; list the bare name and put tags in the 'tags' rules.`);
        }
        return ref;
    });
}
function credentialsFor(options, registry, log) {
    if (options.password)
        log.secret(options.password);
    if (options.username && options.password)
        return { kind: 'basic', username: options.username, password: options.password };
    return credentialsFromDockerConfig(options.dockerConfigDir, registry, log);
}
/** The first image's tags, or undefined (with a warning) when the registry cannot be read. */
async function existingTags(repository, log) {
    try {
        return await repository.listTags();
    }
    catch (error) {
        log.warning(`Could not read the tags of ${repository.name} (${(0,errors/* errorMessage */.gJ)(error)}); latest and the X / X.Y tags follow this run alone.`);
        return undefined;
    }
}
function checkRetagRequest(options, images) {
    if (Boolean(options.username) !== Boolean(options.password)) {
        throw new errors/* UserError */.yo("Set both 'username' and 'password', or neither (to use the Docker config or anonymous access).");
    }
    if (options.push && !options.source)
        throw new errors/* UserError */.yo("push: true needs 'source', the tag or digest of the existing image to re-tag.");
    if (options.push && images.length > 1) {
        throw new errors/* UserError */.yo(`Re-tagging copies a manifest inside one repository, but 'images' lists ${images.length}; list only ${formatImageRef(images[0])}, or copy to other registries with a tool that copies layers.`);
    }
}
/**
 * A label namespace as Docker's label guide asks: reverse-DNS, lower-case letters and digits separated by
 * single dots or hyphens, at least two parts, and not one Docker reserves.
 */
const LABEL_NAMESPACE = /^[a-z0-9]+(?:[.-][a-z0-9]+)*\.[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const RESERVED_NAMESPACES = ['com.docker', 'io.docker', 'org.dockerproject'];
/** A tag (distribution/reference) or a content digest. */
const tag_image_TAG = /^[\w][\w.-]{0,127}$/;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The inputs checked where they enter, before any registry call: each message names the input. */
function checkInputs(options) {
    // These values become lines of the tags and labels outputs.
    (0,inputs/* assertSingleLine */.VI)('model-name', options.model?.name);
    (0,inputs/* assertSingleLine */.VI)('model-version', options.model?.version);
    (0,inputs/* assertSingleLine */.VI)('model-training-job', options.model?.trainingJob);
    (0,inputs/* assertSingleLine */.VI)('version', options.version);
    const { dataInputs, ...facts } = options.lineage ?? {};
    for (const value of Object.values(facts))
        (0,inputs/* assertSingleLine */.VI)('model-lineage', value);
    for (const input of dataInputs ?? [])
        (0,inputs/* assertSingleLine */.VI)('model-lineage', `${input.name}=${input.uri ?? input.asset}`);
    for (const value of Object.values(options.extraLabels))
        (0,inputs/* assertSingleLine */.VI)('labels', value);
    const ns = options.legacyLabelNamespace;
    if (ns !== undefined &&
        (!LABEL_NAMESPACE.test(ns) || RESERVED_NAMESPACES.some((r) => ns === r || ns.startsWith(`${r}.`))))
        throw new errors/* UserError */.yo(`Input 'label-namespace' must be a reverse-DNS namespace: lower-case letters and digits in at least two parts ` +
            `separated by single dots or hyphens, e.g. com.example.model, and not com.docker, io.docker or org.dockerproject; got ${JSON.stringify(ns)}.`);
    const source = options.source;
    if (source === undefined)
        return;
    if (source.includes(':')) {
        if (!SHA256_DIGEST.test(source))
            throw new errors/* UserError */.yo(`Input 'source' looks like a digest but is not sha256:<64 lower-case hex characters>; got ${JSON.stringify(source)}.`);
    }
    else if (!tag_image_TAG.test(source))
        throw new errors/* UserError */.yo(`Input 'source' must be a tag (letters, digits, '_', '.', '-'; up to 128, not starting with '.' or '-') or a sha256:<64 hex> digest; got ${JSON.stringify(source)}.`);
}
/** The model inputs over the lineage file's facts: an input given explicitly is what the user meant. */
function modelLineageFacts(options) {
    const { model = {}, lineage = {} } = options;
    return {
        ...lineage,
        modelName: model.name || lineage.modelName,
        modelVersion: model.version || lineage.modelVersion,
        trainingJob: model.trainingJob || lineage.trainingJob,
    };
}
/** Computes tags and labels for the event and, with `push` and `source`, re-tags the image in its registry. */
async function tagImage(options, log) {
    checkInputs(options);
    const rules = parseTagRules(options.tagRules);
    const flavor = parseFlavor(options.flavor);
    const images = parseImages(options.images, log);
    checkRetagRequest(options, images);
    const lineage = modelLineageFacts(options);
    const model = lineage.modelName && lineage.modelVersion ? { name: lineage.modelName, version: lineage.modelVersion } : undefined;
    const inputs = {
        context: options.context,
        rules,
        flavor,
        model,
        version: options.version,
        now: options.now,
    };
    const first = images[0];
    const needsRegistry = options.push || options.source !== undefined || options.registryLookup;
    const repository = needsRegistry
        ? new Repository(new RegistryClient({
            registry: first.registry,
            credentials: credentialsFor(options, first.registry, log),
            log,
        }), first.repository)
        : undefined;
    let plan = computeTags(inputs);
    // Only a stable version can move latest / X / X.Y, so only then is the registry worth asking.
    if (repository && options.registryLookup && plan.semver && plan.semver.prerelease.length === 0) {
        const existing = await existingTags(repository, log);
        if (existing)
            plan = computeTags({ ...inputs, existingTags: existing });
    }
    for (const s of plan.sanitized)
        log.info(`Tag '${s.original}' -> '${s.value}'`);
    for (const s of plan.skipped)
        log.info(`Skipped ${s.source}: ${s.reason}`);
    const tags = plan.tags.map((t) => t.value);
    const labels = computeLabels({
        context: options.context,
        version: plan.version,
        now: options.now,
        lineage,
        buildRun: options.buildRun,
        legacyNamespace: options.legacyLabelNamespace,
        extra: options.extraLabels,
    });
    const result = {
        images: images.map((i) => formatImageRef(i)),
        tags,
        references: images.flatMap((i) => tags.map((tag) => formatImageRef({ ...i, tag }))),
        labels,
        version: plan.version,
        plan,
        digests: [],
    };
    if (repository && options.source) {
        if (options.push) {
            result.retag = await log.group(`Re-tag ${formatImageRef(first)}:${options.source}`, () => retag(repository, options.source, tags, log));
        }
        else {
            const manifest = await repository.getManifest(options.source);
            result.retag = { digest: manifest.digest, mediaType: manifest.mediaType, platforms: [], tags: [] };
            log.info(`push is false: ${options.source} is ${manifest.digest}; no tag was written.`);
        }
        result.digests = images.map((i) => formatImageRef({ ...i, digest: result.retag.digest }));
    }
    return result;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, isDebug, markdownSummary, notice, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./scripts/stubs/http-client.mjs
// Bundled in place of `@actions/http-client` (tsconfig.json "paths"; see scripts/build.mjs), so that the real client
// and what it imports at load (undici, about 1 MB, and tunnel) become a chunk of their own, loaded on the first
// request. @actions/core imports the client at load only for getIDToken: before this, every step paid for loading
// undici (about 40 ms of CPU) before it read an input.
//
// The alias reaches every importer of `@actions/http-client` in a bundle: @actions/core (getIDToken),
// @actions/artifact (its twirp client, downloads) and @actions/github (proxy agents for Octokit; it depends on
// http-client 3.0.2, whose HttpClient is the same code as 4.0.1's, as CommonJS). Their use:
// - `new HttpClient(...)` then a request (get, post, getJson, ...): the request methods are async, so a client made
//   before the module is loaded loads it on its first request;
// - HttpClient#getAgent / #getAgentDispatcher (@actions/github) are synchronous: they need the module loaded first.
//   scripts/stubs/artifact.ts loads it with @actions/artifact, the only way @actions/github reaches a bundle;
// - HttpCodes and the other exports: bound to the real ones once the module is loaded (ES module live bindings);
//   the artifact client reads HttpCodes after a response, when they are.
// __tests__/repo/bundle-startup.test.ts checks that this covers every member of the real module and client.

/** The real module, once loaded. */
let real;
let loading;

/** Loads the real module (once); from then on every export of this module is the real one. */
function loadHttpClient() {
  loading ??= __nccwpck_require__.e(/* import() */ 942).then(__nccwpck_require__.bind(__nccwpck_require__, 4942)).then((m) => {
    real = m;
    ({ HttpClient: http_client_HttpClient, HttpCodes, Headers, MediaTypes, HttpClientError, HttpClientResponse } = m);
  });
  return loading;
}

/** The real module's other exports: undefined until it is loaded. */
let HttpCodes, Headers, MediaTypes, HttpClientError, HttpClientResponse;

function getProxyUrl(serverUrl) {
  return loaded('getProxyUrl').getProxyUrl(serverUrl);
}

function isHttps(requestUrl) {
  return loaded('isHttps').isHttps(requestUrl);
}

function loaded(member) {
  if (!real) {
    throw new Error(`@actions/http-client: ${member} was called before the module was loaded (await loadHttpClient())`);
  }
  return real;
}

/** HttpClient's methods that return a promise: they load the module first. */
const ASYNC_METHODS = [
  'options',
  'get',
  'del',
  'post',
  'patch',
  'put',
  'head',
  'sendStream',
  'getJson',
  'postJson',
  'putJson',
  'patchJson',
  'request',
  'requestRaw',
];
/** HttpClient's synchronous methods: they need the module loaded. */
const SYNC_METHODS = ['requestRawWithCallback', 'getAgent', 'getAgentDispatcher', 'dispose'];

/** Each client made before the module was loaded: its constructor's arguments, then the real client made from them. */
const clients = new WeakMap();

/** An HttpClient made before the module is loaded: it makes the real client, with the same arguments, when used. */
class LazyHttpClient {
  constructor(...args) {
    clients.set(this, { args });
  }
}

function realClient(lazy, member) {
  const entry = clients.get(lazy);
  entry.client ??= new (loaded(`HttpClient#${member}`).HttpClient)(...entry.args);
  return entry.client;
}

for (const name of ASYNC_METHODS) {
  LazyHttpClient.prototype[name] = async function (...args) {
    await loadHttpClient();
    return realClient(this, name)[name](...args);
  };
}
for (const name of SYNC_METHODS) {
  LazyHttpClient.prototype[name] = function (...args) {
    return realClient(this, name)[name](...args);
  };
}

/** The lazy client until the module is loaded, then the real class. */
let http_client_HttpClient = (/* unused pure expression or super */ null && (LazyHttpClient));

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8033);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.iW;
/******/ var __webpack_exports__readOptions = __webpack_exports__.Tt;
/******/ var __webpack_exports__run = __webpack_exports__.eF;
/******/ export { __webpack_exports__main as main, __webpack_exports__readOptions as readOptions, __webpack_exports__run as run };
/******/ 
