export const id = 896;
export const ids = [896];
export const modules = {

/***/ 6896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployOnline: () => (/* binding */ deployOnline)
/* harmony export */ });
/* unused harmony export DeploymentFailure */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _azure_ml_api_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3441);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6580);
/* harmony import */ var _models_resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9565);
/* harmony import */ var _lineage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7930);
/* harmony import */ var _smoke_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5834);
/* harmony import */ var _to_rest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9989);
/* harmony import */ var _traffic_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7294);
/**
 * Blue/green deployment to a managed online endpoint. The endpoint is created or updated keeping its live
 * traffic; the new deployment is created beside the live one with no traffic and waited for; it is called
 * directly with the smoke-test request; only then does traffic move, step by step. Any failure puts the
 * traffic back as it was and deletes the new deployment (unless asked to keep it), so the endpoint is never
 * left half-updated, and the error carries what the service said (its deployment logs on a failed provisioning).
 */








/** A deployment whose provisioning failed: the service's message and its logs. */
class DeploymentFailure extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'DeploymentFailure';
}
async function deployOnline(session, options) {
    const { log } = session;
    const api = new _azure_ml_api_endpoints_js__WEBPACK_IMPORTED_MODULE_1__.EndpointsApi(session.ml, 'online');
    const endpointName = options.endpoint.name;
    const name = options.deployment.name;
    checkEndpointName(options);
    // Everything that can be resolved is, before the first write.
    const location = (await session.ml.workspace.get()).location ?? '';
    const existing = await (0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unlessNotFound */ .CA)(() => api.get(endpointName));
    const trafficBefore = { ...(existing?.properties.traffic ?? {}) };
    const mirrorBefore = { ...(existing?.properties.mirrorTraffic ?? {}) };
    if ((trafficBefore[name] ?? 0) > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Deployment '${name}' takes ${trafficBefore[name]}% of the traffic of endpoint '${endpointName}' now; a ` +
            `blue/green update creates a new deployment beside it. Give another name (input 'deployment-name').`, options.deployment.nameLoc);
    const { assets, model } = await resolveAssets(session, options);
    const tags = (0,_lineage_js__WEBPACK_IMPORTED_MODULE_4__/* .lineageTags */ .v)({
        modelName: model?.name,
        modelVersion: model?.version,
        trainingJob: model?.jobName,
        ...options.lineage,
    });
    const putEndpoint = (traffic, mirror, doing) => api.createOrUpdate(endpointName, (0,_to_rest_js__WEBPACK_IMPORTED_MODULE_6__/* .onlineEndpointBody */ .lp)(options.endpoint, location, traffic, mirror), { doing });
    if (!existing && options.endpoint.traffic)
        log.warning(`${options.endpoint.file}: 'traffic' is not sent; this action moves traffic once the deployment passed.`);
    log.info(existing
        ? `Updating endpoint ${endpointName} (live traffic: ${(0,_traffic_js__WEBPACK_IMPORTED_MODULE_7__/* .describeTraffic */ .hA)(trafficBefore)}).`
        : `Creating endpoint ${endpointName}.`);
    let endpoint = await putEndpoint(existing ? trafficBefore : undefined, mirrorBefore);
    const cleanup = async (why) => {
        if (options.keepFailed) {
            log.info(`Kept deployment ${name} (keep-failed); it has no traffic.`);
            return;
        }
        log.info(`Deleting deployment ${name}: ${why}.`);
        await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .bestEffort */ .z$)(session.log, `delete deployment ${name}`, () => api.deployments.delete(endpointName, name));
        if (!existing)
            await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .bestEffort */ .z$)(session.log, `delete endpoint ${endpointName}`, () => api.delete(endpointName));
    };
    log.info(`Creating deployment ${name} with no traffic${model ? ` (model ${model.name}:${model.version})` : ''}.`);
    const body = (0,_to_rest_js__WEBPACK_IMPORTED_MODULE_6__/* .onlineDeploymentBody */ .FM)(options.deployment, location, assets, tags);
    const deadline = options.deploymentTimeoutMs ? AbortSignal.timeout(options.deploymentTimeoutMs) : undefined;
    try {
        await api.deployments.createOrUpdate(endpointName, name, body, { abortSignal: deadline });
    }
    catch (error) {
        const why = deadline?.aborted
            ? `it was not provisioned within ${options.deploymentTimeoutMs / 1000} s (input 'timeout')`
            : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        const logs = await deploymentLogs(session, api, endpointName, name);
        await cleanup(deadline?.aborted ? 'it was not ready in time' : 'its provisioning failed');
        throw new DeploymentFailure(`Deployment '${name}' of endpoint '${endpointName}' failed: ${why}${logs}\n` +
            `Live traffic is unchanged: ${(0,_traffic_js__WEBPACK_IMPORTED_MODULE_7__/* .describeTraffic */ .hA)(trafficBefore)}.`);
    }
    let smoke;
    if (options.smokeTest) {
        const scoringUri = endpoint.properties.scoringUri;
        if (!scoringUri)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Endpoint '${endpointName}' has no scoring URI; it cannot be smoke-tested.`);
        try {
            const credential = await scoringCredential(session, api, endpoint);
            smoke = await (0,_smoke_js__WEBPACK_IMPORTED_MODULE_5__/* .runSmokeTest */ .pb)(scoringUri, name, credential, options.smokeTest);
            log.info(`Smoke test of ${name} passed (HTTP ${smoke.status}).`);
        }
        catch (error) {
            await cleanup('its smoke test failed');
            throw error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo
                ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${error.message}\nLive traffic is unchanged: ${(0,_traffic_js__WEBPACK_IMPORTED_MODULE_7__/* .describeTraffic */ .hA)(trafficBefore)}.`)
                : error;
        }
    }
    let traffic = trafficBefore;
    try {
        for (const step of options.traffic) {
            if (step.kind === 'live' && step.percent === 0)
                break;
            const mirror = step.kind === 'mirror' ? { [name]: step.percent } : withoutKey(mirrorBefore, name);
            if (step.kind === 'live')
                traffic = (0,_traffic_js__WEBPACK_IMPORTED_MODULE_7__/* .shiftTraffic */ .Uv)(trafficBefore, name, step.percent);
            const what = step.kind === 'mirror' ? `mirroring ${step.percent}% to ${name}` : (0,_traffic_js__WEBPACK_IMPORTED_MODULE_7__/* .describeTraffic */ .hA)(traffic);
            log.info(`Traffic of ${endpointName}: ${what}.`);
            endpoint = await putEndpoint(traffic, mirror, `Moving the traffic of endpoint '${endpointName}' (${what})`);
        }
    }
    catch (error) {
        log.warning(`Moving traffic failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}. Putting it back: ${(0,_traffic_js__WEBPACK_IMPORTED_MODULE_7__/* .describeTraffic */ .hA)(trafficBefore)}.`);
        await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .bestEffort */ .z$)(session.log, 'restore the traffic', () => putEndpoint(trafficBefore, mirrorBefore));
        await cleanup('traffic could not be moved to it');
        throw error;
    }
    const previous = (0,_traffic_js__WEBPACK_IMPORTED_MODULE_7__/* .liveDeployment */ .Av)(trafficBefore);
    const previousDeleted = [];
    if (options.previous === 'delete' && (traffic[name] ?? 0) === 100) {
        for (const [old, p] of Object.entries(trafficBefore)) {
            if (p <= 0 && old !== previous)
                continue;
            log.info(`Deleting previous deployment ${old}.`);
            await api.deployments.delete(endpointName, old);
            previousDeleted.push(old);
        }
        if (previousDeleted.length) {
            traffic = withoutKeys(traffic, previousDeleted);
        }
    }
    return {
        endpoint: endpointName,
        scoringUri: endpoint.properties.scoringUri ?? '',
        deployment: name,
        live: (0,_traffic_js__WEBPACK_IMPORTED_MODULE_7__/* .liveDeployment */ .Av)(traffic),
        previous,
        previousDeleted,
        trafficBefore,
        traffic,
        endpointCreated: !existing,
        model,
        smoke,
    };
}
function checkEndpointName(options) {
    const named = options.deployment.endpointName;
    if (named && named !== options.endpoint.name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`endpoint_name '${named}' is not the endpoint file's name '${options.endpoint.name}'.`, options.deployment.endpointNameLoc);
}
async function resolveAssets(session, options) {
    const spec = options.deployment;
    let model;
    const assets = {};
    if (options.model) {
        model = await (0,_models_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveModel */ .AX)(session, options.model);
        assets.model = model.id;
    }
    else if (spec.model?.kind === 'azureml') {
        assets.model = await (0,_to_rest_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveAssetId */ .Gq)(session, 'models', spec.model);
        const parts = assets.model.match(/\/models\/([^/]+)\/versions\/([^/]+)$/);
        if (parts)
            model = await (0,_models_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveModel */ .AX)(session, { name: parts[1], selector: { kind: 'version', version: parts[2] } });
    }
    if (spec.environment?.kind === 'azureml')
        assets.environmentId = await (0,_to_rest_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveAssetId */ .Gq)(session, 'environments', spec.environment);
    if (spec.code?.kind === 'azureml')
        assets.codeId = await (0,_to_rest_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveAssetId */ .Gq)(session, 'codes', spec.code);
    else if (spec.code?.kind === 'local')
        assets.codeId = await options.uploadCode(spec.code.path);
    return { assets, model };
}
/** The credential the scoring URI takes for the endpoint's auth mode, registered as a secret before anything else. */
async function scoringCredential(session, api, endpoint) {
    const name = endpoint.name ?? '';
    let secret;
    if (endpoint.properties.authMode === 'Key')
        secret = (await api.listKeys(name)).primaryKey;
    else if (endpoint.properties.authMode === 'AMLToken')
        secret = (await api.token(name)).accessToken;
    else
        secret = (await session.credential.getToken('https://ml.azure.com/.default'))?.token;
    if (!secret)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Endpoint '${name}' gave no ${endpoint.properties.authMode} credential to score with.`);
    session.log.secret(secret);
    return secret;
}
/** The tail of the deployment's logs, for the failure message; a failure to read them is said, not thrown. */
async function deploymentLogs(session, api, endpoint, name) {
    const parts = [];
    for (const containerType of ['StorageInitializer', 'InferenceServer']) {
        try {
            const { content } = await api.deployments.getLogs(endpoint, name, { containerType, tail: 100 });
            if (content?.trim())
                parts.push(`--- ${containerType} log (last 100 lines) ---\n${content.trimEnd()}`);
        }
        catch (error) {
            session.log.debug(`No ${containerType} log of ${name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    return parts.length ? `\n${parts.join('\n')}` : '\n(The service returned no deployment logs.)';
}
function withoutKey(map, key) {
    return withoutKeys(map, [key]);
}
function withoutKeys(map, keys) {
    return Object.fromEntries(Object.entries(map).filter(([k]) => !keys.includes(k)));
}


/***/ }),

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dG: () => (/* binding */ checkAnswer),
/* harmony export */   i_: () => (/* binding */ SmokeTestFailure),
/* harmony export */   pb: () => (/* binding */ runSmokeTest)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6677);
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
    const { createDefaultHttpClient, createPipelineFromOptions, createPipelineRequest, createHttpHeaders } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 869));
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
