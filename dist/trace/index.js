#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 48468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ readBackend)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 9 modules
var core = __nccwpck_require__(8662);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/backend/local-limits.ts
var local_limits = __nccwpck_require__(20947);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __nccwpck_require__(46677);
// EXTERNAL MODULE: ./shared/core/inputs.ts
var inputs = __nccwpck_require__(74451);
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
        const { AzureBackend } = await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(785), __nccwpck_require__.e(774), __nccwpck_require__.e(66)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20066));
        return new AzureBackend(sessionOptions);
    }
    for (const need of needs)
        throw new errors/* UserError */.yo(local_limits/* LOCAL_LIMITS */.p[need]);
    const root = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core/* getInput */.V4('local-workspace') || '.mlops');
    const [{ LocalBackend }, { LocalWorkspace }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(830), __nccwpck_require__.e(785), __nccwpck_require__.e(247), __nccwpck_require__.e(957), __nccwpck_require__.e(454), __nccwpck_require__.e(774), __nccwpck_require__.e(527), __nccwpck_require__.e(9)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92031)),
        Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(830), __nccwpck_require__.e(785), __nccwpck_require__.e(247), __nccwpck_require__.e(454), __nccwpck_require__.e(774), __nccwpck_require__.e(976)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98454)),
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77598);
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

/***/ 23009:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eg: () => (/* binding */ runStep),
/* harmony export */   tv: () => (/* binding */ isEntryPoint)
/* harmony export */ });
/* unused harmony export reportFailure */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8662);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(46677);
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

/***/ 1204:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ flagsToInputs),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   iW: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8662);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(46677);
/* harmony import */ var _shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(74451);
/* harmony import */ var _shared_registry_image_config_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(90453);
/* harmony import */ var _shared_trace_endpoint_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(55155);
/* harmony import */ var _shared_trace_report_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(76992);
/* harmony import */ var _shared_trace_trace_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(49573);
/* harmony import */ var _runtime_backend_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(48468);
/* harmony import */ var _runtime_logger_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(9358);
/* harmony import */ var _runtime_run_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(23009);
/**
 * trace: the lineage of a deployment, an image or a model version, as a chain of links each found or missing.
 * As an action it reads its inputs; from a shell, `node dist/trace/index.js --model animals:3 --backend local`
 * (every input is a `--name value` flag, or an `INPUT_<NAME>` variable as the runner sets them).
 */













const STARTS = ['deployment', 'endpoint', 'manifest', 'image', 'model'];
/** An Azure ML model name and version (letters, digits, `-`, `_`, `.`), as the service accepts them. */
const MODEL_VERSION = /^([A-Za-z0-9][A-Za-z0-9_.-]*):([A-Za-z0-9][A-Za-z0-9_.-]*)$/;
const USAGE = `Usage: node dist/trace/index.js (--deployment [NAMESPACE/]NAME [--kubeconfig FILE] | --manifest FILE
       | --endpoint NAME[/DEPLOYMENT] | --image REF | --model NAME:VERSION) [--backend local|azure]
       [--local-workspace DIR] [--registry false]
       [--json-file FILE] [--require-complete true] [Azure inputs: --subscription-id ... --workspace ...]
Every flag is an input of actions/trace/action.yml; INPUT_<NAME> variables work too.`;
/** `--name value` / `--name=value` flags become the INPUT_<NAME> variables @actions/core reads. */
function flagsToInputs(argv, env) {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
        if (!match)
            throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Unexpected argument '${arg}'.\n${USAGE}`);
        const value = match[2] ?? argv[++i];
        if (value === undefined)
            throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Flag --${match[1]} needs a value.\n${USAGE}`);
        env[`INPUT_${match[1].toUpperCase()}`] = value;
    }
}
function kubeconfigSource(input) {
    if (input.includes('\n'))
        return { content: input };
    if (input)
        return { file: input };
    const fromEnv = (process.env.KUBECONFIG ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter)).find(Boolean);
    return { file: fromEnv ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.kube', 'config') };
}
/** The one start the inputs name (exactly one of deployment, endpoint, manifest, image, model). */
async function readStart(log) {
    const given = STARTS.filter((name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name));
    if (given.length !== 1)
        throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Give exactly one of the inputs ${STARTS.map((s) => `'${s}'`).join(', ')} to start the trace from` +
            (given.length ? `; got ${given.map((s) => `'${s}'`).join(' and ')}.` : '.'));
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(given[0]);
    switch (given[0]) {
        case 'model': {
            const match = MODEL_VERSION.exec(value);
            if (!match)
                throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input 'model': ${JSON.stringify(value)} is not NAME:VERSION (e.g. animals-classifier:3).`);
            return { kind: 'model', name: match[1], version: match[2] };
        }
        case 'image':
            return { kind: 'image', image: value };
        case 'endpoint': {
            const name = (0,_shared_trace_endpoint_js__WEBPACK_IMPORTED_MODULE_7__/* .parseEndpointName */ .id)(value);
            return { kind: 'endpoint-name', name };
        }
        case 'manifest': {
            const { readManifestWorkload } = await deploymentReader();
            return { kind: 'deployment', ...(await readManifestWorkload(value, workspace)) };
        }
        default: {
            const kubeconfig = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('kubeconfig');
            if (kubeconfig.includes('\n'))
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(kubeconfig);
            const slash = value.indexOf('/');
            const { readClusterWorkload } = await deploymentReader();
            const read = await readClusterWorkload({
                kubeconfig: kubeconfigSource(kubeconfig),
                namespace: slash < 0 ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('namespace') : value.slice(0, slash),
                name: slash < 0 ? value : value.slice(slash + 1),
                kind: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('kind') || 'Deployment',
                searchPath: process.env.PATH ?? '',
            }, log);
            return { kind: 'deployment', ...read };
        }
    }
}
/** The manifest and cluster readers (with the YAML parser), imported only for a trace that starts from one. */
const deploymentReader = () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(37)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20037));
async function writeResult(result, log) {
    const json = JSON.stringify(result, null, 2);
    const fileInput = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('json-file');
    const file = fileInput
        ? node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), fileInput)
        : process.env.RUNNER_TEMP && node_path__WEBPACK_IMPORTED_MODULE_3___default().join(process.env.RUNNER_TEMP, 'lineage-trace.json');
    if (file) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, `${json}\n`);
        log.info(`Trace written to ${file}.`);
    }
    // From a shell there is no GITHUB_OUTPUT or summary file: the log and the JSON file are the result.
    if (process.env.GITHUB_OUTPUT) {
        const found = (link) => result.links.find((l) => l.link === link && l.status === 'found')?.value ?? '';
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('json', JSON.stringify(result));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('file', file ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('complete', String(result.complete));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('commit', result.facts.trainingCommit ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('image-commit', found('build-commit'));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('model', found('model'));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('training-job', found('training-job'));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('workflow-run', found('workflow-run'));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('data-inputs', found('data-inputs'));
    }
    if (process.env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_shared_trace_report_js__WEBPACK_IMPORTED_MODULE_8__/* .traceMarkdown */ .J)(result)).write();
}
async function main(argv = []) {
    if (argv.includes('--help') || argv.includes('-h')) {
        process.stdout.write(`${USAGE}\n`);
        return;
    }
    await (0,_runtime_run_js__WEBPACK_IMPORTED_MODULE_12__/* .runStep */ .eg)(async () => {
        flagsToInputs(argv, process.env);
        const log = (0,_runtime_logger_js__WEBPACK_IMPORTED_MODULE_11__/* .coreLogger */ .W)();
        // Every input is checked before the backend (whose local workspace folder is created on first use) is opened.
        const registry = (0,_shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBoolean */ .yG)('registry', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('registry'), true);
        const requireComplete = (0,_shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBoolean */ .yG)('require-complete', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('require-complete'), false);
        const given = await readStart(log);
        const backend = await (0,_runtime_backend_js__WEBPACK_IMPORTED_MODULE_10__/* .readBackend */ .h)(given.kind === 'endpoint-name' ? ['endpoint-reading'] : []);
        const start = given.kind === 'endpoint-name'
            ? { kind: 'endpoint', endpoint: await backend.getEndpointDeployment(given.name) }
            : given;
        const dockerConfig = process.env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.docker');
        const result = await (0,_shared_trace_trace_js__WEBPACK_IMPORTED_MODULE_9__/* .trace */ .u)(start, {
            models: backend,
            readImage: registry ? (0,_shared_registry_image_config_js__WEBPACK_IMPORTED_MODULE_6__/* .imageConfigReader */ .f)(dockerConfig, log) : undefined,
            log,
        });
        for (const line of (0,_shared_trace_report_js__WEBPACK_IMPORTED_MODULE_8__/* .traceLines */ .v)(result))
            log.info(line);
        await writeResult(result, log);
        if (!result.complete && requireComplete)
            throw new _shared_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The lineage of ${result.start} is incomplete: ${result.links
                .filter((l) => l.status === 'missing' || l.conflict)
                .map((l) => `${l.link} (${l.status === 'missing' ? l.why : `disagrees: ${l.conflict}`})`)
                .join('; ')}.`);
    });
}
/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
const run = () => main();
if ((0,_runtime_run_js__WEBPACK_IMPORTED_MODULE_12__/* .isEntryPoint */ .tv)(import.meta.url))
    await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 20947:
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

/***/ 46677:
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

/***/ 74451:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   fL: () => (/* binding */ parseSeconds),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseNonNegativeInt, parseLines, parseKeyValueLines, assertSingleLine */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46677);

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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${input}' must be one of ${choices.map((c) => `'${c}'`).join(', ')}; got '${value}'.`);
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
            throw new UserError(`Input '${input}': expected KEY=VALUE lines, got '${line}'.`);
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

/***/ 48742:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ lineageKey),
/* harmony export */   Kj: () => (/* binding */ readLineage),
/* harmony export */   Nz: () => (/* binding */ formatDataInputs),
/* harmony export */   c0: () => (/* binding */ lineageEntries),
/* harmony export */   kL: () => (/* binding */ AZURE_TAG_PREFIX)
/* harmony export */ });
/* unused harmony exports LINEAGE_DOMAIN, OCI_LABEL_PREFIX, K8S_PREFIX, OCI_REVISION, LINEAGE_KEYS, LEGACY_OCI_LABELS, LEGACY_K8S_PREFIX, LEGACY_K8S_ANNOTATIONS, parseDataInputs */
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

/***/ 84467:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ parseDataPath),
/* harmony export */   HM: () => (/* binding */ computeId),
/* harmony export */   Ik: () => (/* binding */ versionId),
/* harmony export */   N: () => (/* binding */ isPlainRefPart),
/* harmony export */   R5: () => (/* binding */ isServerless),
/* harmony export */   b8: () => (/* binding */ parseRemoteRef),
/* harmony export */   dH: () => (/* binding */ datastoreId),
/* harmony export */   m0: () => (/* binding */ isRemoteRef),
/* harmony export */   z5: () => (/* binding */ localFilePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** True for strings `az ml` reads as a remote asset rather than a local path. */
function isRemoteRef(text) {
    return text.startsWith('azureml:') || text.startsWith('/subscriptions/');
}
/** Parses `azureml:name:version`, `azureml:name@label`, `azureml://registries/...` and ARM ids. */
function parseRemoteRef(text) {
    if (text.startsWith('azureml://'))
        return { ok: true, ref: { kind: 'id', id: text } };
    const body = text.startsWith('azureml:') ? text.slice('azureml:'.length) : text;
    if (body.startsWith('/subscriptions/'))
        return { ok: true, ref: { kind: 'id', id: body } };
    const at = body.lastIndexOf('@');
    if (at > 0)
        return { ok: true, ref: { kind: 'label', name: body.slice(0, at), label: body.slice(at + 1) } };
    const colon = body.lastIndexOf(':');
    if (colon <= 0 || colon === body.length - 1) {
        return { ok: false, reason: `'${text}' has no version: write azureml:<name>:<version> or azureml:<name>@latest` };
    }
    return { ok: true, ref: { kind: 'version', name: body.slice(0, colon), version: body.slice(colon + 1) } };
}
/** True for a name, version or label fit for an `azureml:` reference: none of the `:`, `@` and `/` it is built with. */
function isPlainRefPart(text) {
    return /^[^:@/]+$/.test(text);
}
/** `/subscriptions/…/workspaces/{ws}/{collection}/{name}/versions/{version}`. */
function versionId(workspaceId, collection, name, version) {
    return `${workspaceId}/${collection}/${name}/versions/${version}`;
}
/**
 * Serverless compute in any spelling a pipeline may use: `serverless`, `azureml:serverless`, or the
 * `…/computes/serverless` id azure-ai-ml makes of it. It is never a compute to look up.
 */
function isServerless(compute) {
    if (!compute)
        return false;
    const name = compute.startsWith('azureml:') ? compute.slice('azureml:'.length) : compute;
    return name.toLowerCase() === 'serverless' || /\/computes\/serverless$/i.test(name);
}
/** The ARM id of a compute from `azureml:name`, `name` or an id; binding expressions and `serverless` pass through. */
function computeId(workspaceId, compute) {
    if (compute.startsWith('${{') || compute === 'serverless' || compute.startsWith('/subscriptions/'))
        return compute;
    const name = compute.startsWith('azureml:') ? compute.slice('azureml:'.length) : compute;
    return name.startsWith('/subscriptions/') ? name : `${workspaceId}/computes/${name}`;
}
/** The ARM id of a datastore from `azureml:name` or `name`. */
function datastoreId(workspaceId, datastore) {
    const name = datastore.startsWith('azureml:') ? datastore.slice('azureml:'.length) : datastore;
    return name.startsWith('/subscriptions/') ? name : `${workspaceId}/datastores/${name}`;
}
/** Classifies a `path:` value; local paths are made absolute against the YAML file's folder. */
function parseDataPath(text, baseDir) {
    if (text.startsWith('${{') || /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.startsWith('/subscriptions/')) {
        return { kind: 'uri', uri: text };
    }
    if (text.startsWith('azureml:')) {
        const parsed = parseRemoteRef(text);
        return parsed.ok ? { kind: 'asset', ref: parsed.ref, text } : { kind: 'invalid', reason: parsed.reason };
    }
    const local = text.startsWith('file:') ? text.slice('file:'.length) : text;
    return { kind: 'local', path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(local) ? local : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, local) };
}
/** A local file reference as components write it: `./x.yml` or `file:./x.yml`. */
function localFilePath(text, baseDir) {
    const local = text.startsWith('file:') ? text.slice('file:'.length) : text;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(local) ? local : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, local);
}


/***/ }),

/***/ 90453:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ imageConfigReader)
});

// UNUSED EXPORTS: readImageConfig

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __nccwpck_require__(46677);
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
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
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

// EXTERNAL MODULE: ./shared/registry/image-ref.ts
var image_ref = __nccwpck_require__(92285);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
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

;// CONCATENATED MODULE: ./shared/registry/image-config.ts
/**
 * An image's labels read from the registry without pulling it: the manifest (for an index, the linux/amd64
 * entry, else the first), then its config blob, whose `config.Labels` are what `docker inspect` shows.
 */







/** linux/amd64 when the index has it (what most clusters run), else the first entry. */
function pickPlatform(entries) {
    return entries.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64') ?? entries[0];
}
const parse = (bytes) => JSON.parse(Buffer.from(bytes).toString('utf8'));
/**
 * Reads images from their registries, signed in with what `docker login` or docker/login-action stored in
 * `<dockerConfigDir>/config.json` for each registry, else anonymously; one client (and its tokens) per registry.
 */
function imageConfigReader(dockerConfigDir, log) {
    const clients = new Map();
    return async (ref) => {
        let client = clients.get(ref.registry);
        if (!client) {
            const credentials = credentialsFromDockerConfig(dockerConfigDir, ref.registry, log);
            client = new RegistryClient({ registry: ref.registry, credentials, log, timeoutMs: 15_000 });
            clients.set(ref.registry, client);
        }
        return readImageConfig(client, ref);
    };
}
async function readImageConfig(client, ref) {
    const repository = new Repository(client, ref.repository);
    const reference = ref.digest ?? ref.tag ?? 'latest';
    const top = await repository.getManifest(reference);
    let manifest = top;
    let platform;
    if (isIndex(top.mediaType)) {
        const entry = pickPlatform(parse(top.bytes).manifests ?? []);
        if (!entry)
            throw new errors/* UserError */.yo(`${(0,image_ref/* formatImageRef */.kL)(ref)} is an image index with no manifests.`);
        platform = [entry.platform?.os, entry.platform?.architecture, entry.platform?.variant].filter(Boolean).join('/');
        manifest = await repository.getManifest(entry.digest);
    }
    const configDigest = parse(manifest.bytes).config?.digest;
    if (!configDigest)
        throw new errors/* UserError */.yo(`${(0,image_ref/* formatImageRef */.kL)(ref)} has a manifest without a config blob.`);
    const blob = await getBlob(client, repository.name, configDigest);
    const config = parse(blob);
    return {
        digest: top.digest,
        ...(manifest !== top ? { platformDigest: manifest.digest, platform } : {}),
        labels: { ...(config.config?.Labels ?? {}) },
    };
}
/** A blob by digest, checked against it (the registry may redirect to storage; fetch follows). */
async function getBlob(client, repository, digest) {
    const response = await client.request(`/v2/${repository}/blobs/${digest}`, {
        scope: `repository:${repository}:pull`,
        headers: { accept: MANIFEST_ACCEPT },
    });
    if (!response.ok)
        throw accessError(response.status, await response.text(), 'pull', repository, client.registry, `read blob ${digest}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (sha256Digest(bytes) !== digest)
        throw new errors/* UserError */.yo(`${client.registry}/${repository} blob ${digest} came back with other content.`);
    return bytes;
}


/***/ }),

/***/ 92285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   kL: () => (/* binding */ formatImageRef)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, tryParseImageRef, repositoryName, sameRepository */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46677);
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
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${text}' is not a valid image reference: ${why}.`);
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


/***/ }),

/***/ 55155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K6: () => (/* binding */ modelOfReference),
/* harmony export */   dB: () => (/* binding */ busiestDeployment),
/* harmony export */   id: () => (/* binding */ parseEndpointName)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46677);
/* harmony import */ var _pipeline_refs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(84467);
/**
 * An Azure ML managed online endpoint as the start of a trace: the deployment named (or the one holding the most
 * traffic), the model it serves (its `model` property) and the lineage tags deploy-endpoint wrote on it
 * (shared/endpoints/lineage.ts). An endpoint or deployment that does not exist is a missing link, not a failure;
 * a traffic split with no single busiest deployment is missing too, naming the choices, since picking one would
 * be a guess. The parts here are pure (the entry loads them with its inputs); `endpoint-read.ts` reads the
 * service, through the REST layer deploy-endpoint uses (`EndpointsApi<'online'>`).
 */


/** Endpoint and deployment names as the service accepts them (3 to 32 letters, digits and `-`). */
const NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;
/** The `endpoint` input: `NAME` or `NAME/DEPLOYMENT`. */
function parseEndpointName(value) {
    const [endpoint, deployment, ...rest] = value.split('/');
    if (rest.length || !NAME.test(endpoint) || (deployment !== undefined && !NAME.test(deployment)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'endpoint': ${JSON.stringify(value)} is not NAME or NAME/DEPLOYMENT (an online endpoint's name, ` +
            'optionally its deployment: 3 to 32 letters, digits and -, starting with a letter).');
    return deployment === undefined ? { endpoint } : { endpoint, deployment };
}
/** The deployment to follow: the one named, else the one holding the most traffic (a tie is no answer). */
function busiestDeployment(traffic, deployments) {
    const live = Object.entries(traffic ?? {}).filter(([, percent]) => percent > 0);
    const most = Math.max(0, ...live.map(([, percent]) => percent));
    const busiest = live.filter(([, percent]) => percent === most).map(([name]) => name);
    if (busiest.length === 1)
        return { name: busiest[0], chosen: `the deployment holding the most traffic (${most}%)` };
    if (busiest.length > 1)
        return { why: `${busiest.join(' and ')} hold ${most}% of the traffic each; name one as NAME/DEPLOYMENT` };
    if (deployments.length === 1)
        return { name: deployments[0], chosen: 'the only deployment (it holds no traffic)' };
    return deployments.length
        ? { why: `no deployment holds traffic; name one as NAME/DEPLOYMENT (deployments: ${deployments.join(', ')})` }
        : { why: 'the endpoint has no deployments' };
}
/**
 * The model version a deployment's `model` property names: an ARM id (a workspace's or a registry's,
 * `.../models/NAME/versions/V`), `azureml://registries/R/models/NAME/versions/V` or `azureml:NAME:V`. A
 * reference without a version (`azureml:NAME@latest`) names none.
 */
function modelOfReference(model) {
    if (!model)
        return undefined;
    const id = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(model);
    if (id)
        return servedModel(id[1], id[2], /\/registries\/([^/]+)\/models\//i.exec(model)?.[1]);
    const parsed = model.startsWith('azureml:') ? (0,_pipeline_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRemoteRef */ .b8)(model) : undefined;
    const ref = parsed?.ok ? parsed.ref : undefined;
    if (ref?.kind !== 'version' || !(0,_pipeline_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainRefPart */ .N)(ref.name) || !(0,_pipeline_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainRefPart */ .N)(ref.version))
        return undefined;
    return servedModel(ref.name, ref.version);
}
function servedModel(name, version, registry) {
    return {
        name: decodeURIComponent(name),
        version: decodeURIComponent(version),
        ...(registry ? { registry: decodeURIComponent(registry) } : {}),
    };
}


/***/ }),

/***/ 76992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ traceMarkdown),
/* harmony export */   v: () => (/* binding */ traceLines)
/* harmony export */ });
const LABELS = {
    deployment: 'Deployment',
    image: 'Image',
    'build-commit': 'Image built from commit',
    model: 'Model version',
    'training-job': 'Training job',
    commit: 'Training commit',
    'workflow-run': 'Workflow run',
    'data-inputs': 'Data inputs',
};
/** Who deployed it, apart from where it came from (a promote deploys at a later commit than the build). */
function deployedBy(result) {
    const { deployedByRun, deployedByCommit } = result.facts;
    if (!deployedByRun && !deployedByCommit)
        return undefined;
    return `Deployed by ${deployedByRun ?? 'an unnamed run'}${deployedByCommit ? ` at commit ${deployedByCommit}` : ''}.`;
}
/** `found   Model version   animals:3 (from: local model registry)` / `missing ... (why)`. */
function traceLines(result) {
    const width = Math.max(...result.links.map((l) => LABELS[l.link].length));
    return [
        `Lineage of ${result.start}:`,
        ...result.links.flatMap((l) => {
            const head = `  ${l.status === 'found' ? 'found  ' : 'MISSING'}  ${LABELS[l.link].padEnd(width)}  `;
            const line = l.status === 'found'
                ? `${head}${l.value} (from ${l.source})`
                : `${head}${l.value ? `${l.value}: ` : ''}${l.why}`;
            return l.conflict ? [line, `  ${' '.repeat(11 + width)}DISAGREES: ${l.conflict}`] : [line];
        }),
        ...[deployedBy(result)].filter((l) => l !== undefined),
        result.complete ? 'Every link was found.' : INCOMPLETE,
    ];
}
const INCOMPLETE = 'Some links are missing or disagree (see above): the chain is incomplete.';
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
function traceMarkdown(result) {
    const rows = result.links.map((l) => {
        const value = l.value ? `\`${cell(l.value)}\`` : '';
        const detail = (l.status === 'found' ? cell(l.source ?? '') : `**missing**: ${cell(l.why ?? '')}`) +
            (l.conflict ? `; **disagrees**: ${cell(l.conflict)}` : '');
        return `| ${LABELS[l.link]} | ${l.status === 'found' ? 'found' : 'missing'} | ${value} | ${detail} |`;
    });
    return [
        `### Lineage of \`${cell(result.start)}\``,
        '',
        '| Link | Status | Value | Read from / why missing |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        ...[deployedBy(result)].filter((l) => l !== undefined).map((l) => `${cell(l)}\n`),
        result.complete ? 'Every link was found.' : INCOMPLETE,
        '',
    ].join('\n');
}


/***/ }),

/***/ 49573:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ trace)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46677);
/* harmony import */ var _lineage_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48742);
/* harmony import */ var _registry_image_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(92285);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(55155);
/**
 * `trace`: walks the lineage thread backwards from where a model is served to where it came from:
 * deployment -> image (digest and labels) -> model version -> training job -> commit, workflow run and data inputs.
 * Each link is reported as found (with where it was read) or missing (with why); nothing is guessed. A fact one
 * medium lacks may still be read from another (the image's labels, the deployment's annotations), and the report
 * says which one it came from.
 */




/** The workload's containers' images, and its annotations (the workload's own over its pod template's). */
function workloadView(object) {
    const spec = object.spec;
    const images = (spec?.template?.spec?.containers ?? []).map((c) => c.image ?? '').filter(Boolean);
    return { images, annotations: { ...spec?.template?.metadata?.annotations, ...object.metadata.annotations } };
}
/** First value found, with the medium it came from. */
function pick(...candidates) {
    const hit = candidates.find(([value]) => value);
    return hit && { value: hit[0], source: hit[1] };
}
async function readImage(text, deps) {
    let ref;
    try {
        ref = (0,_registry_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageRef */ .Q)(text);
    }
    catch (error) {
        return { ref: text, why: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error) };
    }
    if (!deps.readImage)
        return { ref: text, why: 'reading the registry is turned off (registry: false)' };
    try {
        return { ref: (0,_registry_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageRef */ .kL)(ref), config: await deps.readImage(ref) };
    }
    catch (error) {
        return { ref: (0,_registry_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageRef */ .kL)(ref), why: `the registry could not be read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}` };
    }
}
/** Of a workload's images, the first whose labels carry lineage; else the first that could be read; else the first. */
async function modelImage(images, deps) {
    const reads = [];
    for (const image of images) {
        const read = await readImage(image, deps);
        if (read.config && Object.keys((0,_lineage_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .readLineage */ .Kj)('oci', read.config.labels)).length)
            return read;
        reads.push(read);
    }
    return reads.find((r) => r.config) ?? reads[0];
}
/** A fact's link: found where `hit` was read, else missing with why. */
function factLink(link, hit, why) {
    return hit ? { link, status: 'found', ...hit } : { link, status: 'missing', why };
}
/** Who deployed, as a deployment link records it. */
function deployedBy(facts) {
    const { deployedByRun, deployedByCommit } = facts;
    return { ...(deployedByRun ? { deployedByRun } : {}), ...(deployedByCommit ? { deployedByCommit } : {}) };
}
/** The endpoint's deployment link, and the model version its `model` property names. */
function endpointLink(endpoint, backend) {
    if (endpoint.status === 'missing')
        return { link: { link: 'deployment', status: 'missing', value: endpoint.value, why: endpoint.why }, tags: {} };
    const { read } = endpoint;
    const value = `${read.endpoint}/${read.deployment}`;
    const source = `${backend} online endpoint, ${read.chosen}`;
    return {
        link: { link: 'deployment', status: 'found', value, source, ...deployedBy(read.tags) },
        tags: read.tags,
        served: (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_3__/* .modelOfReference */ .K6)(read.model),
    };
}
/** Why a model version was not found: a registry's model is not in the workspace trace reads. */
function noModel(backend, value, served) {
    return served?.registry
        ? `the deployment serves ${value} from registry ${served.registry}; ${backend} (the workspace) has no such version`
        : `${backend} has no model version ${value}`;
}
/** Says so when a record names another value than the one followed. */
function disagreement(followed, claimed, claimedBy) {
    return claimed && claimed !== followed ? `${claimedBy} names ${claimed}; the walk follows ${followed}` : undefined;
}
async function trace(start, deps) {
    const links = [];
    const backend = deps.models.label;
    let annotations = {};
    // Where `annotations` were read: a workload's annotations, or an endpoint deployment's tags.
    let annotated = 'deployment annotation';
    // What else could name a fact, for the reasons a link is missing.
    const namers = start.kind === 'endpoint' ? 'deployment tag' : 'label or annotation';
    let served;
    let image;
    let startText;
    if (start.kind === 'deployment') {
        const { object } = start;
        const view = workloadView(object);
        startText = `${object.kind} ${object.metadata.namespace ?? 'default'}/${object.metadata.name}`;
        annotations = (0,_lineage_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .readLineage */ .Kj)('k8s', view.annotations);
        links.push({
            link: 'deployment',
            status: 'found',
            value: startText,
            source: start.source,
            ...deployedBy(annotations),
        });
        image = await modelImage(view.images, deps);
    }
    else if (start.kind === 'endpoint') {
        const read = endpointLink(start.endpoint, backend);
        startText = `online endpoint ${read.link.value}`;
        [annotations, annotated, served] = [read.tags, 'deployment tag', read.served];
        links.push(read.link);
    }
    else if (start.kind === 'image') {
        startText = start.image;
        image = await readImage(start.image, deps);
    }
    else
        startText = `${start.name}:${start.version}`;
    const labels = image?.config ? (0,_lineage_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .readLineage */ .Kj)('oci', image.config.labels) : {};
    // The digest the reference resolves to (an index's own): what a node pulls by.
    const imageDigest = image?.config?.digest;
    const platform = image?.config?.platform && ` (index; labels of its ${image.config.platform} image ${image.config.platformDigest})`;
    if (start.kind === 'deployment' || start.kind === 'image') {
        links.push(image?.config
            ? { link: 'image', status: 'found', value: `${image.ref}@${imageDigest}`, source: `registry${platform ?? ''}` }
            : {
                link: 'image',
                status: 'missing',
                value: image?.ref,
                why: image?.why ?? 'the deployment runs no container image',
            });
        const build = pick([labels.commit, 'image label'], [annotations.commit, annotated]);
        links.push(factLink('build-commit', build, 'neither the image nor the deployment names a commit'));
    }
    // The model version: given, else what the endpoint deployment serves, else the image's labels, else the
    // deployment's annotations or tags.
    const modelName = pick([start.kind === 'model' ? start.name : undefined, 'input'], [served?.name, 'deployment model property'], [labels.modelName, 'image label'], [annotations.modelName, annotated]);
    const modelVersion = pick([start.kind === 'model' ? start.version : undefined, 'input'], [served?.version, 'deployment model property'], [labels.modelVersion, 'image label'], [annotations.modelVersion, annotated]);
    let model;
    if (!modelName || !modelVersion) {
        links.push({
            link: 'model',
            status: 'missing',
            value: modelName?.value,
            why: start.kind === 'endpoint'
                ? start.endpoint.status === 'found'
                    ? `the deployment's model property (${start.endpoint.read.model ?? 'none'}) names no model version, nor do its tags`
                    : 'no deployment was read, so nothing names a model version'
                : 'neither the image labels nor the deployment annotations name a model name and version',
        });
    }
    else {
        const value = `${modelName.value}:${modelVersion.value}`;
        model = await deps.models.getModelVersion(modelName.value, modelVersion.value);
        const tagged = annotations.modelName && `${annotations.modelName}:${annotations.modelVersion ?? '?'}`;
        const conflict = served && disagreement(value, tagged, 'the deployment tag model-name/model-version');
        links.push({
            ...(model
                ? { link: 'model', status: 'found', value, source: `${backend} model registry, named by ${modelName.source}` }
                : { link: 'model', status: 'missing', value, why: noModel(backend, value, served) }),
            ...(conflict ? { conflict } : {}),
        });
    }
    // The training job: as the model registry recorded it, else as the image or deployment named it.
    const jobName = pick([model?.jobName, `${backend} model record`], [labels.trainingJob, 'image label'], [annotations.trainingJob, annotated]);
    let job;
    if (!jobName) {
        links.push({
            link: 'training-job',
            status: 'missing',
            why: model
                ? `${backend} recorded no job for model ${model.name}:${model.version}, and no ${namers} names one`
                : `no model record, ${namers} names the training job`,
        });
    }
    else {
        job = await deps.models.getJobLineage(jobName.value).catch((error) => {
            deps.log.warning(`Could not read job ${jobName.value}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            return undefined;
        });
        const conflict = served && disagreement(jobName.value, annotations.trainingJob, 'the deployment tag training-job');
        links.push({
            ...(job
                ? {
                    link: 'training-job',
                    status: 'found',
                    value: jobName.value,
                    source: `${backend} job record, named by ${jobName.source}`,
                }
                : {
                    link: 'training-job',
                    status: 'missing',
                    value: jobName.value,
                    why: `${backend} has no job ${jobName.value}`,
                }),
            ...(conflict ? { conflict } : {}),
        });
    }
    const jobSource = `${backend} job tags`;
    const commit = pick([job?.commit, jobSource], [labels.trainingCommit, 'image label'], [annotations.trainingCommit, annotated]);
    links.push(factLink('commit', commit, job
        ? `job ${job.name} carries no commit (github.sha tag or git property)`
        : `no job record, ${namers} names the training commit`));
    const jobRun = job?.githubRunUrl ?? (job?.githubRunId ? `run ${job.githubRunId}` : undefined);
    const run = pick([jobRun, jobSource], [labels.trainingRun, 'image label'], [annotations.trainingRun, annotated]);
    links.push(factLink('workflow-run', run, job
        ? `job ${job.name} carries no github.run_url or github.run_id tag (not submitted by submit-pipeline?)`
        : `no job record, ${namers} names the workflow run`));
    const data = pickData([job?.dataInputs, `${backend} job inputs`], [labels.dataInputs, 'image label'], [annotations.dataInputs, annotated]);
    links.push(data
        ? { link: 'data-inputs', status: 'found', value: (0,_lineage_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDataInputs */ .Nz)(data.value), source: data.source }
        : {
            link: 'data-inputs',
            status: 'missing',
            why: job ? `job ${job.name} records no data inputs` : `no job record, ${namers} names data inputs`,
        });
    const facts = {
        ...annotations,
        ...labels,
        ...(imageDigest ? { imageDigest } : {}),
        modelName: modelName?.value,
        modelVersion: modelVersion?.value,
        trainingJob: jobName?.value,
        trainingCommit: commit?.value,
        trainingRun: run?.value,
        dataInputs: data?.value,
    };
    for (const key of Object.keys(facts))
        if (facts[key] === undefined)
            delete facts[key];
    const complete = links.every((l) => l.status === 'found' && !l.conflict);
    return { start: startText, links, facts, complete };
}
function pickData(...candidates) {
    const hit = candidates.find(([value]) => value?.length);
    return hit && { value: hit[0], source: hit[1] };
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
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

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 87997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 69154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
var external_os_ = __nccwpck_require__(70857);
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
var external_crypto_ = __nccwpck_require__(76982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
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
var external_path_ = __nccwpck_require__(16928);
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
  loading ??= __nccwpck_require__.e(/* import() */ 942).then(__nccwpck_require__.bind(__nccwpck_require__, 44942)).then((m) => {
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
/******/ 		id: moduleId,
/******/ 		loaded: false,
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
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
/******/ var __webpack_exports__ = __nccwpck_require__(1204);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__flagsToInputs = __webpack_exports__.Ib;
/******/ var __webpack_exports__main = __webpack_exports__.iW;
/******/ var __webpack_exports__run = __webpack_exports__.eF;
/******/ export { __webpack_exports__flagsToInputs as flagsToInputs, __webpack_exports__main as main, __webpack_exports__run as run };
/******/ 
