export const id = 857;
export const ids = [857];
export const modules = {

/***/ 6580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ unlessNotFound),
/* harmony export */   Ki: () => (/* binding */ callAzure),
/* harmony export */   PU: () => (/* binding */ statusCodeOf),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dd: () => (/* binding */ describeAzureFailure),
/* harmony export */   mh: () => (/* binding */ AzureFailure)
/* harmony export */ });
/* unused harmony export hintFor */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/**
 * The one path every failed Azure call takes: `describeAzureFailure` turns what the service (or the network)
 * answered into a UserError that names the operation and the resource, gives the service's error code,
 * message and request id, and the same hint for the same status everywhere.
 */

/** A failed Azure call, as described for the user; keeps the status so callers can still branch on it. */
class AzureFailure extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    serviceMessage;
    statusCode;
    code;
    requestId;
    name = 'AzureFailure';
    constructor(message, 
    /** What the service (or the network) said, without our wording around it. */
    serviceMessage, statusCode, code, requestId) {
        super(message);
        this.serviceMessage = serviceMessage;
        this.statusCode = statusCode;
        this.code = code;
        this.requestId = requestId;
    }
}
function asRestError(error) {
    return error instanceof Error && ('statusCode' in error || 'code' in error) ? error : undefined;
}
function statusCodeOf(error) {
    return asRestError(error)?.statusCode;
}
function isNotFound(error) {
    return statusCodeOf(error) === 404;
}
/** What `read` returns, or undefined when the service answers 404; any other failure is thrown. */
async function unlessNotFound(read) {
    try {
        return await read();
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
/**
 * How long a throttled (429) or unavailable (503) answer asked us to wait: `retry-after-ms`,
 * `x-ms-retry-after-ms` or `Retry-After` (seconds or an HTTP date), as core-rest-pipeline reads them.
 */
function retryAfterMs(error, now) {
    const rest = asRestError(error);
    const headers = rest?.response?.headers;
    if (!headers || ![429, 503].includes(rest.statusCode ?? 0))
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
/** The hint for a status: the same words wherever the status is met. */
function hintFor(status) {
    switch (status) {
        case 401:
            return 'The sign-in was refused: check the credential and that it belongs to the workspace tenant.';
        case 403:
            return ('The identity lacks permission. Grant it "AzureML Data Scientist" on the workspace ' +
                '(and "AzureML Compute Operator" to manage compute).');
        case 404:
            return 'Check the name, and that subscription, resource group and workspace are the ones meant.';
        case 409:
            return 'Another operation on it is under way or its state forbids this; wait for that to end and run again.';
        case 429:
            return 'Azure kept throttling the requests after the retries; run again later or spread the runs out.';
        default:
            return '';
    }
}
/** The service's error `{code, message}` from the body when the RestError has not read it. */
function serviceError(rest) {
    try {
        const body = JSON.parse(rest.response?.bodyAsText ?? '');
        return body.error ?? {};
    }
    catch {
        return {};
    }
}
/**
 * Turns what ARM answered into a message that says what we were doing (operation and resource), what the
 * service said (code, message, request id) and, for the usual problems, what to do.
 */
function describeAzureFailure(doing, error) {
    if (error instanceof AzureFailure)
        return error;
    const rest = asRestError(error);
    const fromBody = rest ? serviceError(rest) : {};
    const said = fromBody.message ?? rest?.message ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    const code = fromBody.code ?? rest?.code;
    const requestId = rest?.requestId ?? rest?.response?.headers?.get('x-ms-request-id');
    const status = rest?.statusCode;
    const facts = [
        status ? `HTTP ${status}` : undefined,
        code && !said.includes(code) ? `code ${code}` : undefined,
        requestId ? `request id ${requestId}` : undefined,
        waitFacts(error),
    ].filter(Boolean);
    const hint = hintFor(status);
    return new AzureFailure(`${doing} failed: ${said}${facts.length ? ` (${facts.join(', ')})` : ''}${hint ? `\n${hint}` : ''}`, said, status, code, requestId);
}
/** What a throttled answer asked for, so a user knows how long "later" is. */
function waitFacts(error) {
    const waitMs = retryAfterMs(error, Date.now());
    return waitMs === undefined ? undefined : `Azure asked to wait ${Math.ceil(waitMs / 1000)} s`;
}
/** Runs an Azure call, turning its failure into a UserError that says what was being done. */
async function callAzure(doing, call) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw error;
        throw describeAzureFailure(doing, error);
    }
}


/***/ }),

/***/ 4857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assertLocalDataExists: () => (/* binding */ assertLocalDataExists),
/* harmony export */   assertReferencesExist: () => (/* binding */ assertReferencesExist),
/* harmony export */   referencesOf: () => (/* binding */ referencesOf)
/* harmony export */ });
/* harmony import */ var _pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2597);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6580);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6677);
/**
 * Every `azureml:name:version` a pipeline names (data inputs, remote components, the environments of its local
 * components) must exist before anything is registered or uploaded, and in a dry run: the service would refuse
 * the job only after the run's components and data were written. Read-only look-ups, each asset once.
 */




/** Every data input of a pipeline and of the steps of it and of its local pipeline components (any depth). */
function dataInputsOf(job) {
    const found = Object.values(job.inputs).filter((i) => i.kind === 'data');
    const seen = new Set();
    const nodes = (jobs) => {
        for (const node of Object.values(jobs)) {
            for (const input of Object.values(node.inputs))
                if (input.kind === 'data')
                    found.push(input);
            const use = 'component' in node ? node.component : undefined;
            if (use && use.kind !== 'remote' && use.component.type === 'pipeline' && !seen.has(use.component)) {
                seen.add(use.component);
                nodes(use.component.jobs);
            }
        }
    };
    nodes(job.jobs);
    if (job.component && job.component.kind !== 'remote')
        nodes(job.component.component.jobs);
    return found;
}
/**
 * Every local `path:` a pipeline uploads must exist: checked before anything is registered or uploaded, and in a
 * dry run, which must find what the real run would fail on.
 */
function assertLocalDataExists(job) {
    const problems = [];
    for (const input of dataInputsOf(job)) {
        if (input.path?.kind !== 'local' || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(input.path.path))
            continue;
        problems.push({
            message: `${input.name ? `input '${input.name}': ` : ''}local ${input.type} '${input.pathText ?? input.path.path}' does not exist (looked for ${input.path.path})`,
            location: input.loc,
        });
    }
    if (problems.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI(problems, `${problems.length} local data path(s) missing; nothing was registered, uploaded or submitted`);
}
/** The workspace references of a pipeline, its steps and the local components they use (any depth). */
function referencesOf(job) {
    const found = [];
    const add = (collection, ref, text, loc) => {
        // Curated environments (AzureML-*) live in Microsoft's registry, not in the workspace.
        if (ref.kind !== 'version' || (collection === 'environments' && ref.name.startsWith('AzureML-')))
            return;
        found.push({ collection, name: ref.name, version: ref.version, text, loc });
    };
    const seen = new Set();
    const component = (use, loc) => {
        if (use.kind === 'remote')
            return add('components', use.ref, use.text, loc);
        if (seen.has(use.component))
            return;
        seen.add(use.component);
        const c = use.component;
        if (c.type === 'pipeline')
            return nodes(c.jobs);
        const { environment } = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .componentParts */ .Sx)(c);
        if (environment?.kind === 'remote')
            add('environments', environment.ref, environment.text, c.loc);
    };
    const nodes = (jobs) => {
        for (const node of Object.values(jobs)) {
            for (const input of Object.values(node.inputs))
                if (input.kind === 'data' && input.path?.kind === 'asset')
                    add('data', input.path.ref, input.path.text, input.loc);
            if ('component' in node)
                component(node.component, node.loc);
        }
    };
    for (const input of Object.values(job.inputs))
        if (input.kind === 'data' && input.path?.kind === 'asset')
            add('data', input.path.ref, input.path.text, input.loc);
    nodes(job.jobs);
    if (job.component)
        component(job.component, job.loc);
    return found;
}
async function assertReferencesExist(session, job) {
    const checked = new Map();
    const problems = [];
    for (const ref of referencesOf(job)) {
        const key = `${ref.collection}/${ref.name}/${ref.version}`;
        let exists = checked.get(key);
        if (!exists) {
            exists = versionExists(session, ref);
            checked.set(key, exists);
        }
        if (!(await exists))
            problems.push({
                message: `'${ref.text}' does not exist in workspace '${session.workspace.workspace}' (no ${ref.collection} '${ref.name}' version '${ref.version}')`,
                location: ref.loc,
            });
    }
    if (problems.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI(problems, `${problems.length} reference(s) not found; nothing was registered, uploaded or submitted`);
}
async function versionExists(session, ref) {
    try {
        await session.ml.versions(ref.collection).get(ref.name, ref.version);
        return true;
    }
    catch (error) {
        if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(error))
            return false;
        throw error;
    }
}


/***/ })

};
