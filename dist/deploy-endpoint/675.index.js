export const id = 675;
export const ids = [675];
export const modules = {

/***/ 3268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ claimVersion),
/* harmony export */   vI: () => (/* binding */ decideVersion)
/* harmony export */ });
/* unused harmony exports nextFreeVersion, MAX_CLAIM_ATTEMPTS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/**
 * Which version an asset gets, decided from what the workspace holds. Registered versions are immutable, so:
 * identical content is never written twice, and a version number that exists with other content is never
 * reused (under `yaml` that is the user's error to fix; under `auto` the next free number is taken).
 * One engine for both backends: it reads a `VersionStore` (the Azure ML workspace's `WorkspaceAssets`, the
 * local workspace's `LocalVersionStore`), so the same files get the same versions wherever they are registered.
 */

async function decideVersion(assets, request) {
    if (request.strategy === 'yaml' && request.yamlVersion !== undefined)
        return decideYaml(assets, request);
    return decideAuto(assets, request);
}
async function decideYaml(assets, request) {
    const { kind, name, contentHash } = request;
    const version = request.yamlVersion;
    const existing = await assets.getVersion(kind, name, version);
    if (!existing)
        return { action: 'create', version, reason: 'new version' };
    if (existing.contentHash === contentHash) {
        return { action: 'reuse', version, id: existing.id, reason: 'same content already registered' };
    }
    if (existing.contentHash === undefined) {
        return {
            action: 'reuse',
            version,
            id: existing.id,
            reason: 'registered by another tool (content not compared)',
            warning: `${kind} ${name}:${version} exists but was registered without a content hash (by az ml or the studio), ` +
                'so whether it matches the file cannot be told; it is used as is. Bump the version if the file changed.',
        };
    }
    return {
        action: 'conflict',
        version,
        message: `${kind} ${name}:${version} is already registered with different content, and registered versions cannot ` +
            `change. Bump 'version' in the YAML (or set version-strategy: auto to take the next free version).`,
    };
}
/**
 * The file's version while it is free or holds this very content; otherwise the newest version with this
 * content; otherwise the next free version after the file's (0.1.0 -> 0.1.1, 7 -> 8), or after the highest
 * integer version when the file has none (the service's `nextVersion`).
 */
async function decideAuto(assets, request) {
    const { kind, name, contentHash, yamlVersion } = request;
    const asWritten = yamlVersion === undefined ? undefined : await assets.getVersion(kind, name, yamlVersion);
    if (yamlVersion !== undefined && !asWritten)
        return { action: 'create', version: yamlVersion, reason: 'new version' };
    if (asWritten && asWritten.contentHash === contentHash) {
        return { action: 'reuse', version: asWritten.version, id: asWritten.id, reason: 'same content already registered' };
    }
    const taken = [];
    for await (const existing of assets.newestFirst(kind, name)) {
        if (existing.contentHash === contentHash) {
            return { action: 'reuse', version: existing.version, id: existing.id, reason: 'same content already registered' };
        }
        taken.push(existing.version);
    }
    const version = nextFreeVersion(taken, yamlVersion);
    const reason = taken.length ? `content changed since ${yamlVersion ?? taken[0]}` : 'new asset';
    return { action: 'create', version, reason };
}
/**
 * The first free version after `after` by counting up its last number (0.1.0 -> 0.1.1, v2 -> v3); without
 * one, the highest integer version plus one, as the service's `nextVersion`.
 */
function nextFreeVersion(taken, after) {
    const used = new Set(taken);
    const numbered = after === undefined ? undefined : /^(.*?)(\d+)$/.exec(after);
    if (numbered) {
        const [, prefix, digits] = numbered;
        for (let n = Number(digits) + 1;; n++)
            if (!used.has(`${prefix}${n}`))
                return `${prefix}${n}`;
    }
    if (after !== undefined)
        return nextFreeVersion(taken, `${after}.0`);
    const integers = taken.filter((v) => /^\d+$/.test(v)).map(Number);
    return String(integers.length ? Math.max(...integers) + 1 : 1);
}
/** How many times a version taken meanwhile by another run is decided again before giving up. */
const MAX_CLAIM_ATTEMPTS = 5;
/**
 * Registers the version `decideVersion` chooses, surviving runs that register the same asset at the same moment:
 * when the chosen version is taken meanwhile, the rules run again against what the workspace now holds, so
 * identical content taken meanwhile is reused, other content under `auto` moves to the next free version, and
 * other content under `yaml` becomes the usual conflict. Bounded: a workspace that keeps changing under us ends
 * in a clear error rather than a loop.
 */
async function claimVersion(store, request, options) {
    let decision = options.decided ?? (await decideVersion(store, request));
    for (let attempt = 1; attempt <= MAX_CLAIM_ATTEMPTS; attempt++) {
        if (decision.action !== 'create' || (await options.create(decision.version)))
            return decision;
        const taken = decision.version;
        decision = await decideVersion(store, request);
        options.log(`${request.kind} ${request.name}:${taken} was registered by another run meanwhile ` +
            `(attempt ${attempt} of ${MAX_CLAIM_ATTEMPTS}); now: ${describeDecision(decision)}`);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${request.kind} ${request.name}: every version chosen was registered by another run first ` +
        `(${MAX_CLAIM_ATTEMPTS} attempts); run again once the other registrations are done.`);
}
function describeDecision(decision) {
    if (decision.action === 'create')
        return `version ${decision.version} (${decision.reason})`;
    if (decision.action === 'reuse')
        return `reusing ${decision.version} (${decision.reason})`;
    return `conflict at ${decision.version}`;
}


/***/ }),

/***/ 6580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ki: () => (/* binding */ callAzure),
/* harmony export */   PU: () => (/* binding */ statusCodeOf),
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
    ].filter(Boolean);
    const hint = hintFor(status);
    return new AzureFailure(`${doing} failed: ${said}${facts.length ? ` (${facts.join(', ')})` : ''}${hint ? `\n${hint}` : ''}`, said, status, code, requestId);
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


/***/ })

};
