import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ readBackend)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 9 modules
var core = __nccwpck_require__(8662);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/backend/local-limits.ts
var local_limits = __nccwpck_require__(947);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __nccwpck_require__(6677);
// EXTERNAL MODULE: ./shared/core/inputs.ts
var inputs = __nccwpck_require__(4451);
// EXTERNAL MODULE: ./actions/_runtime/logger.ts
var logger = __nccwpck_require__(9358);
;// CONCATENATED MODULE: ./actions/_runtime/azure-inputs.ts



/** An input, else the conventional environment variable, else undefined. */
function inputOrEnv(name, envName) {
    return core/* getInput */.V4(name) || (envName ? process.env[envName] : undefined) || undefined;
}
/** Seconds (decimals allowed) as milliseconds, naming the input when the value is not a number. */
function readSeconds(name, fallbackSeconds) {
    return (0,inputs/* parseSeconds */.fL)(name, core/* getInput */.V4(name), fallbackSeconds);
}
/**
 * The workspace, cloud and sign-in inputs every Azure action shares (see action.yml of any of them).
 * The GitHub ID token is requested afresh through `core.getIDToken` each time a new Azure token is needed.
 */
function readSessionOptions() {
    const log = (0,logger/* coreLogger */.W)();
    const canMintIdToken = Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    return {
        log,
        workspace: {
            subscriptionId: inputOrEnv('subscription-id', 'AZURE_SUBSCRIPTION_ID'),
            resourceGroup: inputOrEnv('resource-group', 'AZURE_RESOURCE_GROUP'),
            workspace: inputOrEnv('workspace', 'AZURE_ML_WORKSPACE'),
        },
        cloud: {
            armEndpoint: inputOrEnv('arm-endpoint', 'AZURE_ARM_ENDPOINT'),
            authorityHost: inputOrEnv('authority-host', 'AZURE_AUTHORITY_HOST'),
            oidcAudience: inputOrEnv('oidc-audience'),
        },
        auth: {
            creds: inputOrEnv('creds'),
            clientId: inputOrEnv('client-id', 'AZURE_CLIENT_ID'),
            tenantId: inputOrEnv('tenant-id', 'AZURE_TENANT_ID'),
            idTokenProvider: canMintIdToken ? (audience) => core/* getIDToken */.V9(audience) : undefined,
        },
        pollIntervalMs: readSeconds('poll-interval', 5),
    };
}

;// CONCATENATED MODULE: ./actions/_runtime/backend.ts







/**
 * The `backend` input as the one `Backend` every entry calls: the Azure ML workspace (signed in on first use)
 * or this runner with the local workspace folder (`local-workspace`, created when absent).
 *
 * This is the start-up seam (docs/architecture.md, "Start-up"): each backend is imported here, when chosen, so
 * a bundle loads the Azure SDKs only for `azure` and the local runner only for `local`, and a step that fails
 * on its inputs loads neither. Entries call it after reading and validating their inputs, naming what they need
 * beyond what every backend does (`needs`): a backend that lacks it refuses before anything is opened.
 */
async function readBackend(needs = []) {
    const choice = (0,inputs/* parseChoice */.HU)('backend', core/* getInput */.V4('backend'), ['azure', 'local'], 'azure');
    if (choice === 'azure') {
        const sessionOptions = readSessionOptions();
        const { AzureBackend } = await Promise.all(/* import() */[__nccwpck_require__.e(785), __nccwpck_require__.e(774), __nccwpck_require__.e(66)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66));
        return new AzureBackend(sessionOptions);
    }
    for (const need of needs)
        throw new errors/* UserError */.yo(local_limits/* LOCAL_LIMITS */.p[need]);
    const root = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core/* getInput */.V4('local-workspace') || '.mlops');
    const [{ LocalBackend }, { LocalWorkspace }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(785), __nccwpck_require__.e(247), __nccwpck_require__.e(957), __nccwpck_require__.e(454), __nccwpck_require__.e(527), __nccwpck_require__.e(774), __nccwpck_require__.e(9)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2031)),
        Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(785), __nccwpck_require__.e(247), __nccwpck_require__.e(454), __nccwpck_require__.e(774), __nccwpck_require__.e(976)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8454)),
    ]);
    (0,logger/* coreLogger */.W)().info(`Backend: local (workspace ${root}).`);
    return new LocalBackend(await LocalWorkspace.open(root), (0,logger/* coreLogger */.W)());
}


/***/ }),

/***/ 9358:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ coreLogger)
/* harmony export */ });
/* unused harmony export inertMessage */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8662);
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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8662);
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

/***/ 5400:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ writeTableSummary)
/* harmony export */ });
/* unused harmony export escapeHtml */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8662);

/**
 * Writes a job-summary section: a heading and a two-column table (e.g. field/value or step/result). Every cell is
 * text: `core.summary` puts cells into HTML as they are, and values read from the service or from files (tags,
 * names, messages) must not become markup in the summary.
 */
async function writeTableSummary(title, columns, rows) {
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addHeading(escapeHtml(title), 3)
        .addTable([
        columns.map((data) => ({ data: escapeHtml(data), header: true })),
        ...rows.map((row) => row.map(escapeHtml)),
    ])
        .write();
}
/** Text as HTML text (cells, not attributes): the characters that could open a tag or an entity become entities. */
function escapeHtml(text) {
    return text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}


/***/ }),

/***/ 6873:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run),
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8662);
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6677);
/* harmony import */ var _shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4451);
/* harmony import */ var _shared_models_copy_target_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4320);
/* harmony import */ var _shared_models_promote_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9141);
/* harmony import */ var _shared_models_selector_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1740);
/* harmony import */ var _runtime_backend_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8468);
/* harmony import */ var _runtime_logger_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9358);
/* harmony import */ var _runtime_run_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3009);
/* harmony import */ var _runtime_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(5400);










function readInputs() {
    const name = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('name').trim();
    if (!name)
        throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("Input 'name' is required: the registered model whose version is promoted.");
    const version = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('version').trim();
    if (!version)
        throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("Input 'version' is required: a version such as 3, 'latest', or tag:KEY=VALUE.");
    const removeTags = (0,_shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLines */ .Li)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('remove-tags'));
    for (const key of removeTags)
        if (key.includes('='))
            throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input 'remove-tags': '${key}' is not a tag key; give KEY lines.`);
    const concurrency = (0,_shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNonNegativeInt */ .Lz)('concurrency', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('concurrency'), 8);
    if (concurrency < 1)
        throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("Input 'concurrency' must be at least 1.");
    const promote = {
        name,
        selector: (0,_shared_models_selector_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVersionSelector */ .Bg)(version),
        stage: (0,_shared_models_promote_js__WEBPACK_IMPORTED_MODULE_4__.parseStageTag)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('stage')),
        addTags: (0,_shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKeyValueLines */ .FF)('add-tags', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('add-tags')),
        removeTags,
    };
    const copyTo = (0,_shared_models_copy_target_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCopyTarget */ .o)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('copy-to'));
    // Checked before signing in; a copy alone (`stage: none`, no tags) is a request too.
    if (!copyTo || changesTags(promote))
        (0,_shared_models_promote_js__WEBPACK_IMPORTED_MODULE_4__.checkPromoteRequest)(promote);
    return { promote, copyTo, concurrency };
}
/** True when the request moves or changes a tag (with `copy-to`, copying alone is a request too). */
const changesTags = (r) => !!r.stage || Object.keys(r.addTags).length > 0 || r.removeTags.length > 0;
async function main() {
    await (0,_runtime_run_js__WEBPACK_IMPORTED_MODULE_8__/* .runStep */ .eg)(async () => {
        const inputs = readInputs();
        const backend = await (0,_runtime_backend_js__WEBPACK_IMPORTED_MODULE_6__/* .readBackend */ .h)();
        let request = inputs.promote;
        if (inputs.copyTo) {
            const copy = await backend.copyModel({
                name: request.name,
                selector: request.selector,
                target: inputs.copyTo,
                omitTags: request.stage ? [request.stage.key] : [],
                concurrency: inputs.concurrency,
            });
            await reportCopy(copy);
            if (!changesTags(request))
                return;
            // The promotion happens where the copy is: the version just copied (or found there already).
            request = { ...request, selector: { kind: 'version', version: copy.version } };
        }
        let result;
        try {
            result = await backend.promoteModel(request, inputs.copyTo);
        }
        catch (error) {
            // What was changed before a failed write is still reported, so the next run (or a person) can finish it.
            if (error instanceof _shared_models_promote_js__WEBPACK_IMPORTED_MODULE_4__.PartialPromotionError)
                await report(error.partial, request, inputs.copyTo, 'Model promotion (failed part-way)');
            throw error;
        }
        await report(result, request, inputs.copyTo, 'Model promoted');
    });
}
async function reportCopy(copy) {
    const done = copy.status === 'copied' ? 'copied to' : 'already in';
    (0,_runtime_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .coreLogger */ .W)().info(`${copy.name}:${copy.version} ${done} ${copy.target} (content ${copy.contentHash}).`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('model-name', copy.name);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('version', copy.version);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('copy-status', copy.status);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('copy-id', copy.targetId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('copy-uri', copy.modelUri);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('content-hash', copy.contentHash);
    const rows = [
        ['Model', `${copy.name}:${copy.version}`],
        ['From', copy.sourceId],
        ['To', copy.target],
        ['This run', copy.status === 'copied' ? 'copied and checked blob by blob' : 'nothing (same content there already)'],
        ['Content hash (sha256)', copy.contentHash],
        ['Files', String(copy.files)],
        ['Model URI', copy.modelUri],
    ];
    await (0,_runtime_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writeTableSummary */ .m)(copy.status === 'copied' ? 'Model copied' : 'Model already copied', ['Field', 'Value'], rows);
}
async function report(result, request, where, title) {
    const log = (0,_runtime_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .coreLogger */ .W)();
    const stage = request.stage && `${request.stage.key}=${request.stage.value}`;
    const touched = result.changes.map((c) => c.version);
    if (stage)
        log.info(`${result.name}:${result.version} now carries ${stage}; previous: ${result.previous.join(', ') || 'none'}.`);
    // The tag branch scoping puts on what a pull request or a feature branch registers (shared/github/branch-scope.ts).
    const scoped = result.tags['github.branch_scope'];
    if (stage && scoped)
        log.warning(`${result.name}:${result.version} was registered by a branch-scoped run (scope '${scoped}'` +
            `${result.tags['github.pull_request'] ? `, pull request #${result.tags['github.pull_request']}` : ''}), ` +
            `and now carries ${stage}.`);
    log.info(`Versions written: ${touched.join(', ') || 'none (already as asked)'}.`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('model-name', result.name);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('version', result.version);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('model-id', result.id);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('previous', result.previous.join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', touched.join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tags', JSON.stringify(result.tags));
    const rows = [
        ['Model', `${result.name}:${result.version}`],
        ['Where', where ? (0,_shared_models_copy_target_js__WEBPACK_IMPORTED_MODULE_3__/* .describeTarget */ .f)(where) : 'the workspace'],
        ['Chosen as', (0,_shared_models_selector_js__WEBPACK_IMPORTED_MODULE_5__/* .describeSelector */ .r5)(request.selector)],
        ['Stage', stage ?? '-'],
        ['Previous', result.previous.join(', ') || '-'],
        ...result.changes.map((c) => [`Version ${c.version}`, changeText(c.set, c.removed)]),
        ['Roll back with', result.previous.length ? `version: ${result.previous[0]}` : '-'],
    ];
    await (0,_runtime_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writeTableSummary */ .m)(title, ['Field', 'Value'], rows);
}
function changeText(set, removed) {
    return [...Object.entries(set).map(([k, v]) => `+ ${k}=${v}`), ...removed.map((k) => `- ${k}`)].join(', ');
}
/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
const run = () => main();
if ((0,_runtime_run_js__WEBPACK_IMPORTED_MODULE_8__/* .isEntryPoint */ .tv)(import.meta.url))
    await main();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 947:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ LOCAL_LIMITS)
/* harmony export */ });
/**
 * What the local backend cannot do, and how it says so. An entry names what it needs (`readBackend(needs)`), so
 * the refusal comes before the local workspace folder is opened or anything is written, and the entry never asks
 * which backend it has; the local backend's methods refuse with the same words if called anyway.
 */
const LOCAL_LIMITS = {
    'batch-endpoint': "Input 'backend': batch endpoints have no local stand-in; set 'backend: azure' (or run the pipeline with submit-pipeline's local backend).",
    'endpoint-deployment': "Input 'backend': the local backend only runs the smoke test (the scoring script on this runner, no endpoint); " +
        "give 'smoke-test-request', or set 'backend: azure' to deploy.",
    'endpoint-reading': "Input 'endpoint': online endpoints are read from an Azure ML workspace; set 'backend: azure' " +
        '(the local backend deploys no endpoint: deploy-endpoint only smoke-tests on the runner there).',
};


/***/ }),

/***/ 5314:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkWorkspaceCoordinates)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6677);
/**
 * The workspace coordinates checked where they enter, before they become part of a request path: a value
 * outside these rules (`not-a-guid/../x`) would otherwise change the path and end in a misleading answer
 * ("compute does not exist"). Pure: no Azure call, no input reading; messages name the input and what is
 * accepted.
 */

/** Where each value comes from, as the user sets it. */
const INPUTS = {
    subscriptionId: "'subscription-id' (or AZURE_SUBSCRIPTION_ID, or subscriptionId in 'creds')",
    resourceGroup: "'resource-group' (or AZURE_RESOURCE_GROUP)",
    workspace: "'workspace' (or AZURE_ML_WORKSPACE)",
};
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** ARM's resource group rule (common-types ResourceGroupNameParameter, 1-90), and no period at the end. */
const RESOURCE_GROUP = /^[-\w.()\p{L}\p{N}]{1,90}$/u;
/** Azure ML's workspace name rule (`workspaceName` pattern of the Microsoft.MachineLearningServices spec). */
const WORKSPACE = /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/;
const RULES = {
    subscriptionId: {
        ok: (v) => GUID.test(v),
        accepted: 'a GUID, e.g. 00000000-0000-0000-0000-000000000000',
    },
    resourceGroup: {
        ok: (v) => RESOURCE_GROUP.test(v) && !v.endsWith('.'),
        accepted: '1 to 90 letters, digits, underscores, hyphens, periods and parentheses, not ending with a period',
    },
    workspace: {
        ok: (v) => WORKSPACE.test(v),
        accepted: '3 to 33 letters, digits, hyphens and underscores, starting with a letter or digit',
    },
};
/** Throws a UserError naming every coordinate that breaks its rule (all at once), with what is accepted. */
function checkWorkspaceCoordinates(coordinates) {
    const bad = Object.keys(RULES).filter((k) => !RULES[k].ok(coordinates[k]));
    if (bad.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(bad
            .map((k) => `Input ${INPUTS[k]} must be ${RULES[k].accepted}; got ${JSON.stringify(coordinates[k])}.`)
            .join('\n'));
    return coordinates;
}


/***/ }),

/***/ 6677:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   yI: () => (/* binding */ ValidationError),
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   z$: () => (/* binding */ bestEffort)
/* harmony export */ });
/* unused harmony export formatProblem */
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
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   Li: () => (/* binding */ parseLines),
/* harmony export */   Lz: () => (/* binding */ parseNonNegativeInt),
/* harmony export */   fL: () => (/* binding */ parseSeconds)
/* harmony export */ });
/* unused harmony exports parseBoolean, assertSingleLine */
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
    throw new UserError(`Input '${input}' must be true or false, got '${value}'.`);
}
/** Checks a value against a closed set and names the accepted values when it is not one of them. */
function parseChoice(input, value, choices, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (choices.includes(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${input}' must be one of ${choices.map((c) => `'${c}'`).join(', ')}; got '${value}'.`);
}
/** Parses a non-negative whole number of seconds (or another unit), naming the input when it is not one. */
function parseNonNegativeInt(input, value, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (!/^\d+$/.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${input}' must be a whole number, got '${value}'.`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${input}' must be a number of seconds (digits, optionally with a decimal point); got '${value}'.`);
    return Math.round(Number(v) * 1000);
}
/**
 * Refuses a value with a line break: it goes into a list-valued output (one item per line, e.g. tags or
 * labels), where a line break would add items of the caller's choosing.
 */
function assertSingleLine(input, value) {
    if (value !== undefined && /[\r\n]/.test(value))
        throw new UserError(`Input '${input}' must be a single line: it becomes one line of a list output, and a line break would add entries. Got ${JSON.stringify(value)}.`);
}


/***/ }),

/***/ 4320:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ describeTarget),
/* harmony export */   o: () => (/* binding */ parseCopyTarget)
/* harmony export */ });
/* harmony import */ var _core_azure_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5314);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6677);
/**
 * The `copy-to` input of promote-model: where a model version is copied (a registry or another workspace), parsed
 * and described without loading anything that talks to a service (copy.ts does the copying).
 */


/** The registry name rule (`registryName` pattern of the 2025-12-01 spec). */
const REGISTRY = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{2,32}$/;
const COPY_TO_FORMS = 'registry:NAME, registry:RESOURCE_GROUP/NAME, workspace:NAME, workspace:RESOURCE_GROUP/NAME or ' +
    'workspace:SUBSCRIPTION_ID/RESOURCE_GROUP/NAME';
/** Parses the `copy-to` input; empty: no copy. */
function parseCopyTarget(value, input = 'copy-to') {
    const v = value.trim();
    if (!v)
        return undefined;
    const colon = v.indexOf(':');
    const kind = v.slice(0, colon);
    const parts = v.slice(colon + 1).split('/');
    const bad = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${input}': '${value}' ${why}; write ${COPY_TO_FORMS}.`);
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
        (0,_core_azure_names_js__WEBPACK_IMPORTED_MODULE_0__/* .checkWorkspaceCoordinates */ .$)({
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


/***/ }),

/***/ 9141:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PartialPromotionError: () => (/* binding */ PartialPromotionError),
/* harmony export */   checkPromoteRequest: () => (/* binding */ checkPromoteRequest),
/* harmony export */   parseStageTag: () => (/* binding */ parseStageTag),
/* harmony export */   promoteModel: () => (/* binding */ promoteModel)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6677);
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

/***/ 1740:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ parseVersionSelector),
/* harmony export */   Yf: () => (/* binding */ filterText),
/* harmony export */   fr: () => (/* binding */ requiredTags),
/* harmony export */   r5: () => (/* binding */ describeSelector),
/* harmony export */   tt: () => (/* binding */ matchesTags)
/* harmony export */ });
/* unused harmony exports parseTagFilters, withTagFilters */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6677);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'version': '${input}' names no tag; write tag:KEY or tag:KEY=VALUE (e.g. tag:stage=production).`);
        return eq < 0 ? { kind: 'tag', key } : { kind: 'tag', key, value: spec.slice(eq + 1).trim() };
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'version': '${input}' is not a version; use a version such as 3, 'latest', or tag:KEY[=VALUE].`);
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

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

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

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

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V9: () => (/* binding */ getIDToken),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getMultilineInput, getState, isDebug, markdownSummary, notice, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
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
    process.stdout.write(cmd.toString() + external_os_.EOL);
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
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
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
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
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
    ({ HttpClient, HttpCodes, Headers, MediaTypes, HttpClientError, HttpClientResponse } = m);
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
let HttpClient = LazyHttpClient;

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
class BearerCredentialHandler {
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



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
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
            const httpclient = OidcClient.createHttpClient();
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
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
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


const { access, appendFile, writeFile } = external_fs_.promises;
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
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
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
        return this.addRaw(external_os_.EOL);
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
const platform = external_os_.platform();
const arch = external_os_.arch();
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
function setSecret(secret) {
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
    process.stdout.write(external_os_.EOL);
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
function debug(message) {
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
    process.stdout.write(message + external_os_.EOL);
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(6873);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ var __webpack_exports__run = __webpack_exports__.e;
/******/ export { __webpack_exports__main as main, __webpack_exports__run as run };
/******/ 
