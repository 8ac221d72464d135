export const id = 700;
export const ids = [700];
export const modules = {

/***/ 1700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readEndpointDeployment: () => (/* binding */ readEndpointDeployment)
});

// EXTERNAL MODULE: ./shared/azure/rest-errors.ts
var rest_errors = __webpack_require__(6580);
// EXTERNAL MODULE: ./shared/lineage/keys.ts
var keys = __webpack_require__(8742);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/pipeline/refs.ts
var refs = __webpack_require__(4467);
;// CONCATENATED MODULE: ./shared/trace/endpoint.ts
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
        throw new UserError(`Input 'endpoint': ${JSON.stringify(value)} is not NAME or NAME/DEPLOYMENT (an online endpoint's name, ` +
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
    const parsed = model.startsWith('azureml:') ? parseRemoteRef(model) : undefined;
    const ref = parsed?.ok ? parsed.ref : undefined;
    if (ref?.kind !== 'version' || !REF_PART.test(ref.name) || !REF_PART.test(ref.version))
        return undefined;
    return servedModel(ref.name, ref.version);
}
/** A name or version in an `azureml:` reference: none of the `:`, `@` and `/` the reference is built with. */
const REF_PART = /^[^:/@]+$/;
function servedModel(name, version, registry) {
    return {
        name: decodeURIComponent(name),
        version: decodeURIComponent(version),
        ...(registry ? { registry: decodeURIComponent(registry) } : {}),
    };
}

;// CONCATENATED MODULE: ./shared/trace/endpoint-read.ts
/**
 * Reads an online endpoint and the deployment a trace follows (see endpoint.ts), through the REST layer
 * deploy-endpoint uses; loaded by the entry only for an `endpoint` start, with the Azure backend.
 */



const notFound = (promise) => promise.catch((error) => {
    if ((0,rest_errors/* isNotFound */.c4)(error))
        return undefined;
    throw error;
});
/** Reads the endpoint and the deployment to follow; one that does not exist is reported missing, with why. */
async function readEndpointDeployment(api, name, label) {
    const endpoint = await notFound(api.get(name.endpoint));
    if (!endpoint)
        return { status: 'missing', value: name.endpoint, why: `${label} has no online endpoint ${name.endpoint}` };
    let deploymentName = name.deployment;
    let chosen = 'named in the input';
    if (!deploymentName) {
        const names = [];
        for await (const d of api.deployments.list(name.endpoint))
            if (d.name)
                names.push(d.name);
        const pick = busiestDeployment(endpoint.properties.traffic, names.sort());
        if ('why' in pick)
            return { status: 'missing', value: name.endpoint, why: `online endpoint ${name.endpoint}: ${pick.why}` };
        [deploymentName, chosen] = [pick.name, pick.chosen];
    }
    const value = `${name.endpoint}/${deploymentName}`;
    const deployment = await notFound(api.deployments.get(name.endpoint, deploymentName));
    if (!deployment)
        return { status: 'missing', value, why: `online endpoint ${name.endpoint} has no deployment ${deploymentName}` };
    return {
        status: 'found',
        read: {
            endpoint: name.endpoint,
            deployment: deploymentName,
            chosen,
            model: deployment.properties.model,
            tags: (0,keys/* readLineage */.Kj)('azure', deployment.tags),
        },
    };
}


/***/ })

};
