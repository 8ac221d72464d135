export const id = 700;
export const ids = [700];
export const modules = {

/***/ 8742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ lineageKey),
/* harmony export */   Kj: () => (/* binding */ readLineage),
/* harmony export */   c0: () => (/* binding */ lineageEntries),
/* harmony export */   kL: () => (/* binding */ AZURE_TAG_PREFIX)
/* harmony export */ });
/* unused harmony exports LINEAGE_DOMAIN, OCI_LABEL_PREFIX, K8S_PREFIX, OCI_REVISION, LINEAGE_KEYS, LEGACY_OCI_LABELS, LEGACY_K8S_PREFIX, LEGACY_K8S_ANNOTATIONS, formatDataInputs, parseDataInputs */
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

/***/ 4467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

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
    if (ref?.kind !== 'version' || !isPlainRefPart(ref.name) || !isPlainRefPart(ref.version))
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
