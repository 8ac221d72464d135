export const id = 652;
export const ids = [652];
export const modules = {

/***/ 95652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   smokeTestLocally: () => (/* binding */ smokeTestLocally)
/* harmony export */ });
/* unused harmony exports runLocalSmokeTest, modelRequestOf */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46677);
/* harmony import */ var _backend_local_limits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20947);
/* harmony import */ var _pipeline_refs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84467);
/* harmony import */ var _smoke_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5834);
/**
 * The local backend's stand-in for the smoke test: no managed endpoint exists on a runner, so the deployment's
 * scoring script is run the way Azure ML's inference server runs it (`init()` once with AZUREML_MODEL_DIR set to
 * the model's files, then `run(raw_request)`, its result answered as JSON) by `python3` on this runner, and its
 * answer checked as the smoke test checks a deployed one. Nothing is deployed.
 */








/** As the inference server does: the script's folder and the code root importable, init() once, run() per request. */
const HARNESS = `
import importlib.util, json, os, sys, traceback
code, script, answer = sys.argv[1], sys.argv[2], sys.argv[3]
path = os.path.join(code, script)
sys.path[:0] = [os.path.dirname(path), code]
try:
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.init()
    result = module.run(sys.stdin.read())
    body, status = json.dumps(result), 200
except Exception:
    body, status = traceback.format_exc(), 500
with open(answer, "w", encoding="utf-8") as handle:
    json.dump({"status": status, "body": body}, handle)
`;
async function runLocalSmokeTest(options) {
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'local-smoke-'));
    const answerFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(work, 'answer.json');
    try {
        const output = await runPython(options, answerFile);
        let result;
        try {
            result = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(answerFile, 'utf8'));
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The scoring script ${options.scoringScript} did not answer (python3 failed):\n${output}`);
        }
        if (output.trim())
            options.log.info(`Scoring script output:\n${output.trimEnd()}`);
        const problem = (0,_smoke_js__WEBPACK_IMPORTED_MODULE_7__/* .checkAnswer */ .dG)(result, options.test);
        if (problem)
            throw new _smoke_js__WEBPACK_IMPORTED_MODULE_7__/* .SmokeTestFailure */ .i_(`Local smoke test of deployment '${options.deployment}' failed: ${problem}. Request: ${options.test.requestFile}. ` +
                `Answer (${result.status === 200 ? 'run() returned' : 'init() or run() raised'}): ${result.body}`, result);
        return result;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(work, { recursive: true, force: true });
    }
}
/** Runs the harness; resolves with what the script printed (stdout and stderr). */
function runPython(options, answerFile) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('python3', ['-c', HARNESS, options.codeDir, options.scoringScript, answerFile], {
            env: { ...process.env, AZUREML_MODEL_DIR: options.modelDir },
            stdio: ['pipe', 'pipe', 'pipe'],
            timeout: options.test.timeoutMs,
        });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk.toString()));
        child.stderr.on('data', (chunk) => (output += chunk.toString()));
        child.once('error', (error) => reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Cannot run python3 for the local smoke test (${error.message}); put python3 on PATH.`)));
        child.once('close', () => resolve(output));
        child.stdin.end(options.test.request);
    });
}
/**
 * The local backend's deploy-endpoint: the deployment's scoring script answers the smoke test on this runner with
 * the local workspace's model (`download` puts it in a folder); nothing is deployed.
 */
async function smokeTestLocally(request, download, log) {
    const { deployment: spec, smokeTest } = request;
    if (!smokeTest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(_backend_local_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .LOCAL_LIMITS */ .p['endpoint-deployment']);
    if (spec.code?.kind !== 'local' || !spec.scoringScript)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${spec.file}: the local smoke test runs code_configuration's local code folder and scoring_script; ` +
            "this deployment names none (set 'backend: azure').");
    const modelDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `deploy-endpoint-${spec.name}-model`);
    const model = await download(request.model ?? modelRequestOf(spec.model), modelDir);
    const result = await runLocalSmokeTest({
        codeDir: spec.code.path,
        scoringScript: spec.scoringScript,
        modelDir,
        deployment: spec.name,
        test: smokeTest,
        log,
    });
    const version = `${model.lineage.name}:${model.lineage.version}`;
    log.info(`Local smoke test of ${spec.name} passed with model ${version}; nothing was deployed (local backend).`);
    return {
        kind: 'smoke-tested',
        endpoint: request.endpoint.name,
        deployment: spec.name,
        model: version,
        status: result.status,
        requestFile: smokeTest.requestFile,
    };
}
/** The deployment file's `model: azureml:NAME:VERSION` (or `@latest`) as a request for the workspace's model. */
function modelRequestOf(ref) {
    const request = ref?.kind === 'azureml' ? workspaceModelRequest(ref.text) : undefined;
    if (!request)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo("Give the model to smoke-test: input 'model-name' (and 'model-version'), or the deployment file's " +
            "'model: azureml:NAME:VERSION'.", ref?.kind === 'azureml' ? ref.loc : undefined);
    return request;
}
/** `azureml:NAME:VERSION`, `azureml:NAME@latest` or a bare `azureml:NAME` (its latest version); else undefined. */
function workspaceModelRequest(text) {
    if (!text.startsWith('azureml:'))
        return undefined;
    const bare = text.slice('azureml:'.length);
    if ((0,_pipeline_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainRefPart */ .N)(bare))
        return { name: bare, selector: { kind: 'latest' } };
    const parsed = (0,_pipeline_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRemoteRef */ .b8)(text);
    if (!parsed.ok || parsed.ref.kind === 'id' || !(0,_pipeline_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainRefPart */ .N)(parsed.ref.name))
        return undefined;
    const { ref } = parsed;
    if (ref.kind === 'version')
        return { name: ref.name, selector: { kind: 'version', version: ref.version } };
    return ref.label === 'latest' ? { name: ref.name, selector: { kind: 'latest' } } : undefined;
}


/***/ }),

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dG: () => (/* binding */ checkAnswer),
/* harmony export */   i_: () => (/* binding */ SmokeTestFailure),
/* harmony export */   pb: () => (/* binding */ runSmokeTest)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46677);
/**
 * The smoke test: one request to a deployment, straight to it (`azureml-model-deployment` header) through the
 * endpoint's scoring URI, before it takes any live traffic, and the check of what it answered. The credential
 * (key or token) is handed to the logger as a secret before it is used, and never printed.
 */


/** What an endpoint answered when it should not have: status and body, shown to the user. */
class SmokeTestFailure extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    response;
    name = 'SmokeTestFailure';
    constructor(message, response) {
        super(message);
        this.response = response;
    }
}
const SHOWN = 4000;
/** Sends the request to `deployment` and returns what it answered; throws SmokeTestFailure when the check fails. */
async function runSmokeTest(scoringUri, deployment, authorization, test) {
    const { createDefaultHttpClient, createPipelineFromOptions, createPipelineRequest, createHttpHeaders } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 30869));
    // The default pipeline honours HTTPS_PROXY/NO_PROXY as every other call does; no retries: one request tells.
    const pipeline = createPipelineFromOptions({ retryOptions: { maxRetries: 0 } });
    const request = createPipelineRequest({
        url: scoringUri,
        method: 'POST',
        body: test.request,
        timeout: test.timeoutMs,
        headers: createHttpHeaders({
            'Content-Type': 'application/json',
            Authorization: `Bearer ${authorization}`,
            'azureml-model-deployment': deployment,
        }),
    });
    const response = await pipeline.sendRequest(createDefaultHttpClient(), request);
    const result = { status: response.status, body: response.bodyAsText ?? '' };
    const problem = checkAnswer(result, test);
    if (problem)
        throw new SmokeTestFailure(`Smoke test of deployment '${deployment}' failed: ${problem}. Request: ${test.requestFile}. ` +
            `Response (HTTP ${result.status}): ${shown(result.body)}`, result);
    return result;
}
/** Why an answer fails the test, or undefined when it passes. */
function checkAnswer(result, test) {
    if (result.status < 200 || result.status >= 300)
        return `the deployment answered HTTP ${result.status}`;
    if (test.expectContains !== undefined && !result.body.includes(test.expectContains))
        return `the answer does not contain ${JSON.stringify(test.expectContains)}`;
    if (test.expectJson !== undefined) {
        let answer;
        try {
            answer = JSON.parse(result.body);
        }
        catch {
            return 'the answer is not JSON';
        }
        // The scoring script's answer is often JSON text inside a JSON string (json.dumps returned from run()).
        if (typeof answer === 'string' && typeof test.expectJson !== 'string') {
            try {
                answer = JSON.parse(answer);
            }
            catch {
                /* compared as the string it is */
            }
        }
        if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(answer, test.expectJson))
            return `the answer is not the expected ${shown(JSON.stringify(test.expectJson))}`;
    }
    return undefined;
}
function shown(text) {
    return text.length > SHOWN ? `${text.slice(0, SHOWN)}… (${text.length} characters)` : text || '(empty)';
}


/***/ })

};
