export const id = 459;
export const ids = [459];
export const modules = {

/***/ 56459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployOnline: () => (/* binding */ deployOnline)
});

// UNUSED EXPORTS: DeploymentFailure

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/azure/ml-api/endpoints.ts
var endpoints = __webpack_require__(63441);
// EXTERNAL MODULE: ./shared/azure/rest-errors.ts
var rest_errors = __webpack_require__(56580);
// EXTERNAL MODULE: ./shared/models/resolve.ts
var resolve = __webpack_require__(69565);
// EXTERNAL MODULE: ./shared/endpoints/lineage.ts
var lineage = __webpack_require__(7930);
// EXTERNAL MODULE: ./shared/endpoints/smoke.ts
var endpoints_smoke = __webpack_require__(5834);
// EXTERNAL MODULE: ./shared/endpoints/to-rest.ts
var to_rest = __webpack_require__(89989);
;// CONCATENATED MODULE: ./shared/endpoints/traffic.ts
/**
 * The `traffic` strategy: how live traffic moves to a new deployment once it has passed its smoke test. Steps in
 * order, e.g. `mirror:10, 20, 100`: copy 10% of requests to it first (answers discarded), then send it 20%,
 * then all. `0` leaves it without traffic (for a person to shift later). Pure functions over traffic maps.
 */

/** The service refuses more than 50% mirrored traffic. */
const MAX_MIRROR_PERCENT = 50;
function parseTrafficStrategy(text, input = 'traffic') {
    const parts = text
        .split(/[,\s]+/)
        .map((p) => p.trim())
        .filter(Boolean);
    if (!parts.length)
        return [{ kind: 'live', percent: 100 }];
    const steps = parts.map((part) => {
        const m = part.match(/^(mirror:)?(\d{1,3})%?$/i);
        const percent = m ? Number(m[2]) : NaN;
        if (!m || percent > 100)
            throw new UserError(`Input '${input}': '${part}' is not a step; write percentages of live traffic in order, optionally ` +
                `after one mirror:PERCENT, e.g. '100', '0', '20, 100' or 'mirror:10, 50, 100'.`);
        return m[1] ? { kind: 'mirror', percent } : { kind: 'live', percent };
    });
    steps.forEach((step, i) => {
        if (step.kind === 'mirror' && (i !== 0 || step.percent < 1 || step.percent > MAX_MIRROR_PERCENT))
            throw new UserError(`Input '${input}': mirror:${step.percent} must come first and be 1 to ${MAX_MIRROR_PERCENT} percent.`);
    });
    const live = steps.filter((s) => s.kind === 'live').map((s) => s.percent);
    if (!live.length)
        throw new UserError(`Input '${input}': after the mirror step, give the live percentage(s).`);
    if (live.some((p, i) => i > 0 && p <= live[i - 1]))
        throw new UserError(`Input '${input}': live percentages must rise: ${live.join(', ')}.`);
    if (live.length > 1 && live[0] === 0)
        throw new UserError(`Input '${input}': 0 leaves traffic alone; give it alone.`);
    return steps;
}
/**
 * The endpoint's traffic with `percent` on `deployment` and the rest shared among the deployments that had
 * traffic before, in proportion to what they had (whole percentages, summing to 100).
 */
function shiftTraffic(before, deployment, percent) {
    const others = Object.entries(before).filter(([name, p]) => name !== deployment && p > 0);
    const total = others.reduce((sum, [, p]) => sum + p, 0);
    const rest = 100 - percent;
    const after = Object.fromEntries(Object.keys(before).map((n) => [n, 0]));
    if (!others.length) {
        after[deployment] = 100;
        return after;
    }
    let given = 0;
    for (const [name, p] of others) {
        after[name] = Math.floor((rest * p) / total);
        given += after[name];
    }
    // The rounding remainder goes to the biggest of them, so the sum stays 100.
    const biggest = others.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    after[biggest] += rest - given;
    after[deployment] = percent;
    return after;
}
/** The deployment with the most live traffic (ties: the first named), or undefined when nothing has traffic. */
function liveDeployment(traffic) {
    let best;
    for (const [name, p] of Object.entries(traffic ?? {}))
        if (p > 0 && (!best || p > best[1]))
            best = [name, p];
    return best?.[0];
}
function describeTraffic(traffic) {
    const entries = Object.entries(traffic ?? {}).filter(([, p]) => p > 0);
    return entries.length ? entries.map(([n, p]) => `${n} ${p}%`).join(', ') : 'none';
}

;// CONCATENATED MODULE: ./shared/endpoints/online.ts
/**
 * Blue/green deployment to a managed online endpoint. The endpoint is created or updated keeping its live
 * traffic; the new deployment is created beside the live one with no traffic and waited for; it is called
 * directly with the smoke-test request; only then does traffic move, step by step. Any failure puts the
 * traffic back as it was and deletes the new deployment (unless asked to keep it), so the endpoint is never
 * left half-updated, and the error carries what the service said (its deployment logs on a failed provisioning).
 */








/** A deployment whose provisioning failed: the service's message and its logs. */
class DeploymentFailure extends errors/* UserError */.yo {
    name = 'DeploymentFailure';
}
async function deployOnline(session, options) {
    const { log } = session;
    const api = new endpoints.EndpointsApi(session.ml, 'online');
    const endpointName = options.endpoint.name;
    const name = options.deployment.name;
    checkEndpointName(options);
    // Everything that can be resolved is, before the first write.
    const location = (await session.ml.workspace.get()).location ?? '';
    const existing = await (0,rest_errors/* unlessNotFound */.CA)(() => api.get(endpointName));
    const trafficBefore = { ...(existing?.properties.traffic ?? {}) };
    const mirrorBefore = { ...(existing?.properties.mirrorTraffic ?? {}) };
    if ((trafficBefore[name] ?? 0) > 0)
        throw new errors/* UserError */.yo(`Deployment '${name}' takes ${trafficBefore[name]}% of the traffic of endpoint '${endpointName}' now; a ` +
            `blue/green update creates a new deployment beside it. Give another name (input 'deployment-name').`, options.deployment.nameLoc);
    const { assets, model } = await resolveAssets(session, options);
    const tags = (0,lineage/* lineageTags */.v)({
        modelName: model?.name,
        modelVersion: model?.version,
        trainingJob: model?.jobName,
        ...options.lineage,
    });
    const putEndpoint = (traffic, mirror, doing) => api.createOrUpdate(endpointName, (0,to_rest/* onlineEndpointBody */.lp)(options.endpoint, location, traffic, mirror), { doing });
    if (!existing && options.endpoint.traffic)
        log.warning(`${options.endpoint.file}: 'traffic' is not sent; this action moves traffic once the deployment passed.`);
    log.info(existing
        ? `Updating endpoint ${endpointName} (live traffic: ${describeTraffic(trafficBefore)}).`
        : `Creating endpoint ${endpointName}.`);
    let endpoint = await putEndpoint(existing ? trafficBefore : undefined, mirrorBefore);
    const cleanup = async (why) => {
        if (options.keepFailed) {
            log.info(`Kept deployment ${name} (keep-failed); it has no traffic.`);
            return;
        }
        log.info(`Deleting deployment ${name}: ${why}.`);
        await (0,errors/* bestEffort */.z$)(session.log, `delete deployment ${name}`, () => api.deployments.delete(endpointName, name));
        if (!existing)
            await (0,errors/* bestEffort */.z$)(session.log, `delete endpoint ${endpointName}`, () => api.delete(endpointName));
    };
    log.info(`Creating deployment ${name} with no traffic${model ? ` (model ${model.name}:${model.version})` : ''}.`);
    const body = (0,to_rest/* onlineDeploymentBody */.FM)(options.deployment, location, assets, tags);
    const deadline = options.deploymentTimeoutMs ? AbortSignal.timeout(options.deploymentTimeoutMs) : undefined;
    try {
        await api.deployments.createOrUpdate(endpointName, name, body, { abortSignal: deadline });
    }
    catch (error) {
        const why = deadline?.aborted
            ? `it was not provisioned within ${options.deploymentTimeoutMs / 1000} s (input 'timeout')`
            : (0,errors/* errorMessage */.gJ)(error);
        const logs = await deploymentLogs(session, api, endpointName, name);
        await cleanup(deadline?.aborted ? 'it was not ready in time' : 'its provisioning failed');
        throw new DeploymentFailure(`Deployment '${name}' of endpoint '${endpointName}' failed: ${why}${logs}\n` +
            `Live traffic is unchanged: ${describeTraffic(trafficBefore)}.`);
    }
    let smoke;
    if (options.smokeTest) {
        const scoringUri = endpoint.properties.scoringUri;
        if (!scoringUri)
            throw new errors/* UserError */.yo(`Endpoint '${endpointName}' has no scoring URI; it cannot be smoke-tested.`);
        try {
            const credential = await scoringCredential(session, api, endpoint);
            smoke = await (0,endpoints_smoke/* runSmokeTest */.pb)(scoringUri, name, credential, options.smokeTest);
            log.info(`Smoke test of ${name} passed (HTTP ${smoke.status}).`);
        }
        catch (error) {
            await cleanup('its smoke test failed');
            throw error instanceof errors/* UserError */.yo
                ? new errors/* UserError */.yo(`${error.message}\nLive traffic is unchanged: ${describeTraffic(trafficBefore)}.`)
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
                traffic = shiftTraffic(trafficBefore, name, step.percent);
            const what = step.kind === 'mirror' ? `mirroring ${step.percent}% to ${name}` : describeTraffic(traffic);
            log.info(`Traffic of ${endpointName}: ${what}.`);
            endpoint = await putEndpoint(traffic, mirror, `Moving the traffic of endpoint '${endpointName}' (${what})`);
        }
    }
    catch (error) {
        log.warning(`Moving traffic failed: ${(0,errors/* errorMessage */.gJ)(error)}. Putting it back: ${describeTraffic(trafficBefore)}.`);
        await (0,errors/* bestEffort */.z$)(session.log, 'restore the traffic', () => putEndpoint(trafficBefore, mirrorBefore));
        await cleanup('traffic could not be moved to it');
        throw error;
    }
    const previous = liveDeployment(trafficBefore);
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
        live: liveDeployment(traffic),
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
        throw new errors/* UserError */.yo(`endpoint_name '${named}' is not the endpoint file's name '${options.endpoint.name}'.`, options.deployment.endpointNameLoc);
}
async function resolveAssets(session, options) {
    const spec = options.deployment;
    let model;
    const assets = {};
    if (options.model) {
        model = await (0,resolve/* resolveModel */.AX)(session, options.model);
        assets.model = model.id;
    }
    else if (spec.model?.kind === 'azureml') {
        assets.model = await (0,to_rest/* resolveAssetId */.Gq)(session, 'models', spec.model);
        const parts = assets.model.match(/\/models\/([^/]+)\/versions\/([^/]+)$/);
        if (parts)
            model = await (0,resolve/* resolveModel */.AX)(session, { name: parts[1], selector: { kind: 'version', version: parts[2] } });
    }
    if (spec.environment?.kind === 'azureml')
        assets.environmentId = await (0,to_rest/* resolveAssetId */.Gq)(session, 'environments', spec.environment);
    if (spec.code?.kind === 'azureml')
        assets.codeId = await (0,to_rest/* resolveAssetId */.Gq)(session, 'codes', spec.code);
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
        throw new errors/* UserError */.yo(`Endpoint '${name}' gave no ${endpoint.properties.authMode} credential to score with.`);
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
            session.log.debug(`No ${containerType} log of ${name}: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
