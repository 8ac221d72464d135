export const id = 577;
export const ids = [577,306,565,421,676,761];
export const modules = {

/***/ 36524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ anonymousGetter),
/* harmony export */   NL: () => (/* binding */ authenticatedGetter),
/* harmony export */   OV: () => (/* binding */ basePipeline)
/* harmony export */ });
/* unused harmony exports attemptTimeoutPolicy, errorOf */
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);
/* harmony import */ var _azure_create_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52410);
/**
 * HTTP to the Azure ML data plane (run history) and to log blobs, through @azure/core-rest-pipeline so
 * retries, throttling (Retry-After), proxies (HTTPS_PROXY / NO_PROXY) and TLS behave as in the ARM client.
 */


/** Retries of data-plane reads; a step list or log that stays unavailable is skipped, never fatal. */
const RETRY = { maxRetries: 3, retryDelayInMs: 500, maxRetryDelayInMs: 8000 };
/** A read attempt that hangs longer than this is abandoned and retried at the next poll. */
const ATTEMPT_TIMEOUT_MS = 60_000;
/** A client that signs every request with a token of `scope` from `credential`, refreshed by the policy. */
function authenticatedGetter(credential, scope, options = {}) {
    const pipeline = basePipeline(RETRY, options);
    pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .bearerTokenAuthenticationPolicy */ .N$)({ credential, scopes: scope }));
    return new PipelineGetter(pipeline);
}
/** A client without credentials: discovery documents and SAS-signed log URLs carry their own access. */
function anonymousGetter() {
    return new PipelineGetter(basePipeline());
}
/** The standard pipeline: user agent, retries (exponential, on connection errors and throttling), proxy. */
function basePipeline(retryOptions = RETRY, options = {}) {
    const pipeline = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__.createPipelineFromOptions)({ retryOptions, userAgentOptions: { userAgentPrefix: _azure_create_session_js__WEBPACK_IMPORTED_MODULE_1__/* .USER_AGENT */ ._O } });
    if (options.throttledToCaller) {
        // The default policy = throttling + system errors + exponential; keep the last two only.
        pipeline.removePolicy({ name: 'defaultRetryPolicy' });
        pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorRetryPolicy */ .U8)(retryOptions), { phase: 'Retry' });
        pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .exponentialRetryPolicy */ .aE)(retryOptions), { phase: 'Retry' });
    }
    pipeline.addPolicy(attemptTimeoutPolicy(ATTEMPT_TIMEOUT_MS), { afterPhase: 'Retry' });
    return pipeline;
}
/**
 * Gives each attempt (it runs after the retry policy) its own deadline as an abort signal. Not the request's
 * `timeout`: the Node HTTP client clears that timer only when an answer arrives, so after a connection reset it
 * stays armed, and a process whose work is done waits the full timeout to exit. `AbortSignal.timeout`'s timer
 * never holds the process open.
 */
function attemptTimeoutPolicy(timeoutMs) {
    return {
        name: 'attemptTimeoutPolicy',
        async sendRequest(request, next) {
            const caller = request.abortSignal;
            const deadline = AbortSignal.timeout(timeoutMs);
            request.abortSignal = caller ? AbortSignal.any([caller, deadline]) : deadline;
            try {
                return await next(request);
            }
            finally {
                request.abortSignal = caller;
            }
        },
    };
}
class PipelineGetter {
    pipeline;
    http = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__.createDefaultHttpClient)();
    constructor(pipeline) {
        this.pipeline = pipeline;
    }
    async getJson(url, abortSignal) {
        const response = await this.get(url, 'application/json', abortSignal);
        return JSON.parse(response.bodyAsText || 'null');
    }
    async getText(url, abortSignal) {
        return (await this.get(url, '*/*', abortSignal)).bodyAsText ?? '';
    }
    async get(url, accept, abortSignal) {
        const request = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__.createPipelineRequest)({ url, method: 'GET', abortSignal });
        request.headers.set('Accept', accept);
        const response = await this.pipeline.sendRequest(this.http, request);
        if (response.status >= 400)
            throw errorOf(response);
        return response;
    }
}
/** A RestError carrying the service's message (`{"error":{"message"}}`) when there is one. */
function errorOf(response) {
    let message = `HTTP ${response.status}`;
    let code;
    try {
        const body = JSON.parse(response.bodyAsText ?? '');
        if (body.error?.message)
            message = `${body.error.message} (HTTP ${response.status})`;
        code = body.error?.code;
    }
    catch {
        // Not JSON (a proxy's HTML page, an empty body): the status says enough.
    }
    return new _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .RestError */ .pj(message, { statusCode: response.status, code, request: response.request, response });
}


/***/ }),

/***/ 32421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findJob: () => (/* binding */ findJob),
/* harmony export */   getJob: () => (/* binding */ getJob),
/* harmony export */   jobIdOf: () => (/* binding */ jobIdOf),
/* harmony export */   outputsOf: () => (/* binding */ outputsOf),
/* harmony export */   putJob: () => (/* binding */ putJob),
/* harmony export */   statusOf: () => (/* binding */ statusOf),
/* harmony export */   studioUrlOf: () => (/* binding */ studioUrlOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56580);
/**
 * The one reader (and writer) of Azure ML jobs through ARM: look-up, status, studio link and outputs. Every
 * other module reads jobs through `findJob` / `getJob` here, so a missing job is reported the same way.
 */


/** The job named `name`, or undefined when the workspace has none. */
async function findJob(session, name) {
    try {
        return await session.ml.jobs.get(name);
    }
    catch (error) {
        if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
/** PUTs a job body as it is (the REST layer sends the body unchanged). */
async function putJob(session, name, body) {
    return session.ml.jobs.createOrUpdate(name, body);
}
/** The job named `name`; a missing job is a UserError naming the workspace (a typo in `attach` is common). */
async function getJob(session, name) {
    const job = await findJob(session, name);
    if (!job) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No job named '${name}' in workspace '${session.workspace.workspace}' ` +
            `(resource group ${session.workspace.resourceGroup}). Check the name and the workspace.`);
    }
    return job;
}
function statusOf(job) {
    return job.properties.status ?? 'Unknown';
}
/**
 * The studio link the service put on the job (`services.Studio.endpoint`), else the same link built
 * from the workspace coordinates (it opens the job without a tenant id; the studio asks for one).
 */
function studioUrlOf(session, job, name) {
    const endpoint = job?.properties.services?.Studio?.endpoint;
    if (endpoint)
        return endpoint;
    const { subscriptionId, resourceGroup, workspace } = session.workspace;
    const wsid = `/subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}/workspaces/${workspace}`;
    return `https://ml.azure.com/runs/${encodeURIComponent(name)}?wsid=${wsid}`;
}
function jobIdOf(session, job, name) {
    return job?.id ?? `${session.workspaceId}/jobs/${name}`;
}
/**
 * Pipeline output name -> URI. An output without an explicit URI lives where the service put it, which
 * `azureml://jobs/<job>/outputs/<output>` names for every Azure ML client (download-model included).
 */
function outputsOf(job, name) {
    const props = job.properties;
    const outputs = {};
    for (const [key, output] of Object.entries(props.outputs ?? {})) {
        const uri = output?.uri; // asset outputs (uri_folder, mlflow_model, ...) carry one
        outputs[key] = uri ?? `azureml://jobs/${name}/outputs/${key}`;
    }
    return outputs;
}


/***/ }),

/***/ 491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ RunHistory)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _azure_cloud_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41531);
/* harmony import */ var _data_plane_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36524);
/**
 * The run history data plane: where pipeline steps (child runs), their errors and their log files are.
 * Its host comes from the workspace's discovery document (`api`). It is called with a token for Azure ML's own
 * audience (https://ml.azure.com), kept and refreshed apart from the ARM token; it accepts the ARM token too
 * (what azure-ai-ml sends), so either works against the service.
 */



/** Guards against a service that keeps handing out continuation tokens. */
const MAX_PAGES = 100;
class RunHistory {
    baseUrl;
    http;
    constructor(
    /** `{api}/history/v1.0/subscriptions/.../workspaces/{ws}` */
    baseUrl, http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }
    /**
     * Finds the run history host of the session's workspace. Returns undefined (after a warning) when it
     * cannot be reached: the job is then followed by its own status alone.
     */
    static async connect(session, http) {
        const { subscriptionId, resourceGroup, workspace } = session.workspace;
        try {
            const ws = await session.ml.workspace.get();
            const discoveryUrl = ws.properties.discoveryUrl;
            if (!discoveryUrl)
                throw new Error('the workspace has no discoveryUrl');
            const discovery = await (0,_data_plane_js__WEBPACK_IMPORTED_MODULE_2__/* .anonymousGetter */ .B6)().getJson(discoveryUrl);
            if (!discovery?.api)
                throw new Error(`the discovery document at ${discoveryUrl} names no 'api' host`);
            const base = `${discovery.api.replace(/\/+$/, '')}/history/v1.0/subscriptions/${subscriptionId}` +
                `/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspace}`;
            return new RunHistory(base, http ?? (0,_data_plane_js__WEBPACK_IMPORTED_MODULE_2__/* .authenticatedGetter */ .NL)(session.credential, (0,_azure_cloud_js__WEBPACK_IMPORTED_MODULE_1__/* .mlScope */ .Ck)(session.cloud)));
        }
        catch (error) {
            session.log.warning(`Step statuses are unavailable (run history could not be reached: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}); ` +
                'following the pipeline job status only.');
            return undefined;
        }
    }
    runUrl(runId) {
        return `${this.baseUrl}/runs/${encodeURIComponent(runId)}`;
    }
    run(runId, abortSignal) {
        return this.http.getJson(this.runUrl(runId), abortSignal);
    }
    details(runId, abortSignal) {
        return this.http.getJson(`${this.runUrl(runId)}/details`, abortSignal);
    }
    /** Every child run of `runId` (the steps of a pipeline job), across pages. */
    async children(runId, abortSignal) {
        const first = `${this.runUrl(runId)}/children`;
        const runs = [];
        let url = first;
        for (let page = 0; url && page < MAX_PAGES; page++) {
            const body = await this.http.getJson(url, abortSignal);
            runs.push(...(body.value ?? []));
            url = body.nextLink || (body.continuationToken ? withToken(first, body.continuationToken) : undefined);
        }
        return runs;
    }
}
function withToken(url, token) {
    return `${url}?$continuationtoken=${encodeURIComponent(token)}`;
}


/***/ }),

/***/ 9676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LINEAGE_FALLBACK_FILE: () => (/* binding */ LINEAGE_FALLBACK_FILE),
/* harmony export */   LINEAGE_FILE: () => (/* binding */ LINEAGE_FILE),
/* harmony export */   LINEAGE_SCHEMA: () => (/* binding */ LINEAGE_SCHEMA),
/* harmony export */   dataInputRef: () => (/* binding */ dataInputRef),
/* harmony export */   dataInputsOf: () => (/* binding */ dataInputsOf),
/* harmony export */   jobLineage: () => (/* binding */ jobLineage),
/* harmony export */   jobLineageFrom: () => (/* binding */ jobLineageFrom),
/* harmony export */   lineageFacts: () => (/* binding */ lineageFacts),
/* harmony export */   modelLineage: () => (/* binding */ modelLineage),
/* harmony export */   readLineageFile: () => (/* binding */ readLineageFile),
/* harmony export */   writeLineage: () => (/* binding */ writeLineage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46677);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const LINEAGE_SCHEMA = 'azureml-mlops-actions/model-lineage/v1';
const LINEAGE_FILE = 'model.json';
/** Used instead when the model itself has a model.json at its root (ours must not overwrite it). */
const LINEAGE_FALLBACK_FILE = 'azureml-model-lineage.json';
/**
 * Where each fact is looked for, first hit wins: the tags submit-pipeline writes (`github.*`, see
 * shared/jobs/naming.ts), then the git properties azure-ai-ml records for jobs submitted from a checkout.
 */
const COMMIT_KEYS = ['github.sha', 'mlflow.source.git.commit', 'azureml.git.commit'];
const REPOSITORY_KEYS = ['github.repository', 'mlflow.source.git.repoURL', 'azureml.git.repository_uri'];
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
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, modelFiles.includes(LINEAGE_FILE) ? LINEAGE_FALLBACK_FILE : LINEAGE_FILE);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(lineage, null, 2)}\n`);
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
        parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${input}': cannot read the model lineage ${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { file });
    }
    if (parsed.schema !== LINEAGE_SCHEMA)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${input}': ${file} is not a lineage file download-model wrote (schema ${JSON.stringify(parsed.schema)}, expected ${LINEAGE_SCHEMA}).`, { file });
    return parsed;
}
/** In a model folder, ours is the fallback name when present (the model had a model.json of its own), else model.json. */
async function lineageFileIn(fileOrFolder) {
    const isFolder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(fileOrFolder).then((s) => s.isDirectory(), () => false);
    if (!isFolder)
        return fileOrFolder;
    const fallback = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(fileOrFolder, LINEAGE_FALLBACK_FILE);
    const hasFallback = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(fallback).then(() => true, () => false);
    return hasFallback ? fallback : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(fileOrFolder, LINEAGE_FILE);
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

/***/ 48381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* reexport */ job_resource.getJob),
  r: () => (/* binding */ locateModelFiles)
});

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/jobs/job-resource.ts
var job_resource = __webpack_require__(32421);
// EXTERNAL MODULE: ./shared/storage/datastore.ts
var storage_datastore = __webpack_require__(75761);
;// CONCATENATED MODULE: ./shared/models/model-uri.ts

const SHORT = /^azureml:\/\/datastores\/([^/]+)\/paths\/(.*)$/i;
const LONG = /^azureml:\/\/subscriptions\/[^/]+\/resource[gG]roups\/[^/]+\/workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.*)$/i;
const EXPERIMENT_RUN = /^azureml:\/\/datastores\/([^/]+)\/(ExperimentRun\/.+)$/i;
const JOB_OUTPUT = /^azureml:\/\/jobs\/([^/]+)\/outputs\/([^/]+)(?:\/paths\/(.*))?$/i;
const HTTPS_BLOB = /^https:\/\/([a-z0-9]+)\.blob\.([^/:]+)(?::443)?\/([^/?]+)\/?([^?]*)/i;
const WASBS = /^wasbs?:\/\/([^@/]+)@([a-z0-9]+)\.blob\.([^/]+)\/?([^?]*)/i;
function parseModelUri(uri) {
    const u = uri.trim();
    let m;
    if ((m = SHORT.exec(u)))
        return { kind: 'datastore', datastore: m[1], path: trimLead(m[2]) };
    if ((m = LONG.exec(u)))
        return { kind: 'datastore', datastore: m[2], path: trimLead(m[3]), workspace: m[1] };
    if ((m = EXPERIMENT_RUN.exec(u)))
        return { kind: 'datastore', datastore: m[1], path: m[2] };
    if ((m = JOB_OUTPUT.exec(u)))
        return { kind: 'job-output', job: m[1], output: m[2], path: trimLead(m[3] ?? '') };
    if ((m = HTTPS_BLOB.exec(u))) {
        return { kind: 'blob', accountName: m[1], endpointSuffix: m[2], container: m[3], path: decodePath(m[4]) };
    }
    if ((m = WASBS.exec(u))) {
        return { kind: 'blob', accountName: m[2], endpointSuffix: m[3], container: m[1], path: decodePath(m[4]) };
    }
    if (/^runs:\//.test(u)) {
        throw new errors/* UserError */.yo(`Model URI '${uri}' points into an MLflow run; register the model from the job output instead (azureml://jobs/<job>/outputs/<output>).`);
    }
    throw new errors/* UserError */.yo(`Model URI '${uri}' is not a form this action can read. Supported: azureml://datastores/<ds>/paths/<p>, ` +
        'azureml://subscriptions/.../workspaces/<ws>/datastores/<ds>/paths/<p>, azureml://jobs/<job>/outputs/<output>/paths/<p>, ' +
        'https://<account>.blob.<suffix>/<container>/<p> and wasbs://<container>@<account>.blob.<suffix>/<p>.');
}
/** Joins a base location's path with a sub-path (a job output's URI plus the model URI's `paths/...`). */
function joinPath(base, sub) {
    if (!sub)
        return base;
    if (!base)
        return sub;
    return `${base.replace(/\/+$/, '')}/${sub}`;
}
const trimLead = (p) => p.replace(/^\/+/, '');
const decodePath = (p) => trimLead(decodeURIComponent(p));

;// CONCATENATED MODULE: ./shared/models/locate.ts




/** Jobs are read by the one job reader (shared/jobs/job-resource.ts); re-exported for existing importers. */

/** Turns any `modelUri` form into a container and a path, following job outputs to their datastore. */
async function locateModelFiles(session, modelUri) {
    const location = await throughJobOutput(session, parseModelUri(modelUri));
    if (location.kind === 'blob') {
        const access = await (0,storage_datastore/* blobUrlAccess */.JK)(session, {
            accountName: location.accountName,
            containerName: location.container,
            endpointSuffix: location.endpointSuffix,
        });
        return { access, path: location.path };
    }
    if (location.workspace && location.workspace.toLowerCase() !== session.workspace.workspace.toLowerCase()) {
        throw new errors/* UserError */.yo(`Model URI '${modelUri}' points at workspace '${location.workspace}', not '${session.workspace.workspace}'; ` +
            'set the workspace input to the workspace that holds the datastore.');
    }
    const datastore = await (0,storage_datastore.getBlobDatastore)(session, location.datastore);
    return { access: (0,storage_datastore.datastoreAccess)(session, datastore), path: location.path };
}
/**
 * A job output is stored wherever the job wrote it: its `uri` when the job recorded one; else the service's
 * defaults, `artifacts` in the run's artifact store, a named output under azureml/<job>/<output>/.
 */
async function throughJobOutput(session, location) {
    if (location.kind !== 'job-output')
        return location;
    const { job, output, path } = location;
    if (output === 'artifacts') {
        return {
            kind: 'datastore',
            datastore: 'workspaceartifactstore',
            path: joinPath(`ExperimentRun/dcid.${job}`, path),
        };
    }
    const recorded = outputUri(await (0,job_resource.getJob)(session, job), output);
    if (!recorded) {
        return { kind: 'datastore', datastore: 'workspaceblobstore', path: joinPath(`azureml/${job}/${output}`, path) };
    }
    const base = parseModelUri(recorded);
    if (base.kind === 'job-output')
        throw new errors/* UserError */.yo(`Output '${output}' of job '${job}' points at another job output (${recorded}).`);
    return { ...base, path: joinPath(base.path, path) };
}
function outputUri(job, output) {
    const outputs = job.properties.outputs ?? {};
    if (!(output in outputs)) {
        const names = Object.keys(outputs);
        throw new errors/* UserError */.yo(`Job '${job.name}' has no output '${output}'.${names.length ? ` Its outputs: ${names.join(', ')}.` : ''}`);
    }
    return outputs[output]?.uri || undefined;
}


/***/ }),

/***/ 69565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ resolveModel),
/* harmony export */   L4: () => (/* binding */ pipelineStepRuns),
/* harmony export */   findModelVersion: () => (/* binding */ findModelVersion),
/* harmony export */   r5: () => (/* reexport safe */ _selector_js__WEBPACK_IMPORTED_MODULE_3__.r5),
/* harmony export */   tt: () => (/* reexport safe */ _selector_js__WEBPACK_IMPORTED_MODULE_3__.tt)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56580);
/* harmony import */ var _jobs_run_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(491);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41740);





/** Finds the model version a request names, or says clearly what exists instead. */
async function resolveModel(session, request) {
    if ('job' in request)
        return resolveByJob(session, request.job, request.name);
    await requireModelExists(session, request.name);
    const { selector } = request;
    if (selector.kind === 'version')
        return getVersion(session, request.name, selector.version);
    const tags = (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredTags */ .fr)(selector);
    // The service filters by one tag; the others (and that one again) are checked on each answer.
    const newest = await newestVersion(session, request.name, tags[0] && (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .filterText */ .Yf)(tags[0]), (v) => (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesTags */ .tt)(v.properties.tags ?? {}, selector));
    if (newest)
        return toResolved(request.name, newest);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model '${request.name}' has no version${tags.length ? ` tagged ${tags.map(_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .filterText */ .Yf).join(' and ')}` : ''} in workspace ` +
        `'${session.workspace.workspace}'.${await versionsHint(session, request.name)}`);
}
async function requireModelExists(session, name) {
    const { workspace } = session.workspace;
    try {
        await session.ml.containers('models').get(name);
    }
    catch (error) {
        if (!(0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw error;
        const names = [];
        for await (const c of session.ml.containers('models').list()) {
            if (c.name)
                names.push(c.name);
            if (names.length > 20)
                break;
        }
        const hint = !names.length
            ? ' The workspace has no models.'
            : names.length <= 20
                ? ` Models in it: ${names.sort().join(', ')}.`
                : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model '${name}' does not exist in workspace '${workspace}'.${hint}`);
    }
}
/** One version by name and number, or undefined when the workspace has no such model or version. */
async function findModelVersion(session, name, version) {
    try {
        return toResolved(name, await session.ml.versions('models').get(name, version));
    }
    catch (error) {
        if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
async function getVersion(session, name, version) {
    try {
        return toResolved(name, await session.ml.versions('models').get(name, version));
    }
    catch (error) {
        if (!(0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model '${name}' has no version ${version}.${await versionsHint(session, name)}`);
    }
}
/**
 * The newest version (by creation time) passing `accept`. The service is asked to filter and sort
 * (`tags`, `$orderBy=CreatedAtDesc`); `accept` re-checks each answer so a service that ignores a filter
 * cannot hand back a version without the tag.
 */
async function newestVersion(session, name, tags, accept) {
    const pages = session.ml.versions('models').list(name, { orderBy: 'CreatedAtDesc', tags }).byPage();
    let best;
    for await (const page of pages) {
        for (const v of page)
            if (accept(v) && (!best || createdAt(v) > createdAt(best)))
                best = v;
        // Sorted newest first: the first page with a match holds the newest match.
        if (best)
            break;
    }
    return best;
}
async function resolveByJob(session, job, name) {
    const { workspace } = session.workspace;
    const names = [];
    if (name) {
        await requireModelExists(session, name);
        names.push(name);
    }
    else {
        for await (const c of session.ml.containers('models').list())
            if (c.name)
                names.push(c.name);
    }
    const find = async (jobs) => {
        let best;
        for (const n of names) {
            const v = await newestVersion(session, n, undefined, (mv) => jobs.has(mv.properties.jobName ?? ''));
            if (v && (!best || createdAt(v) > createdAt(best.version)))
                best = { name: n, version: v };
        }
        return best;
    };
    const best = (await find(new Set([job]))) ?? (await find(await stepJobs(session, job)));
    if (best)
        return toResolved(best.name, best.version);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No model ${name ? `'${name}' ` : ''}in workspace '${workspace}' was registered by job '${job}' or its steps. ` +
        'Check the job name and that the job registered a model.');
}
/**
 * The runs that registered on behalf of a pipeline job: its steps (a model registered by a step records the
 * step's run id as `jobName`) and, for a step the service reused, the earlier run it reused, which is the one
 * that registered. Empty when run history cannot be read (a plain command job has no steps either).
 */
async function stepJobs(session, job) {
    const { steps, reused } = await pipelineStepRuns(session, job);
    return new Set([...steps, ...reused]);
}
/** A pipeline job's step run ids, and the earlier runs its reused steps took their outputs from. */
async function pipelineStepRuns(session, job) {
    const steps = new Set();
    const reused = new Set();
    const history = await _jobs_run_history_js__WEBPACK_IMPORTED_MODULE_2__/* .RunHistory */ .g.connect(session);
    if (!history)
        return { steps, reused };
    try {
        for (const step of await history.children(job)) {
            steps.add(step.runId);
            const earlier = step.properties?.['azureml.reusedrunid'];
            if (earlier)
                reused.add(earlier);
        }
    }
    catch (error) {
        if (!(0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw error;
    }
    return { steps, reused };
}
/** A list of the newest versions with their tags, for error messages. */
async function versionsHint(session, name) {
    const lines = [];
    for await (const v of session.ml.versions('models').list(name, { orderBy: 'CreatedAtDesc', top: 20 })) {
        const tags = Object.entries(v.properties.tags ?? {}).map(([k, val]) => (val ? `${k}=${val}` : k));
        lines.push(`${v.name}${tags.length ? ` (${tags.join(', ')})` : ''}`);
        if (lines.length >= 20)
            break;
    }
    return lines.length ? ` Versions (newest first): ${lines.join('; ')}.` : ' It has no versions.';
}
function toResolved(name, v) {
    const p = v.properties;
    if (!p.modelUri)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model ${name} version ${v.name} has no modelUri; it cannot be downloaded.`);
    const tags = {};
    for (const [k, val] of Object.entries(p.tags ?? {}))
        tags[k] = val ?? '';
    return {
        name,
        version: v.name ?? '',
        id: v.id ?? '',
        modelUri: p.modelUri,
        modelType: p.modelType,
        jobName: p.jobName,
        tags,
        createdAt: v.systemData?.createdAt ? new Date(v.systemData.createdAt) : undefined,
    };
}
/** Creation time in ms (the wire carries ISO 8601). */
const createdAt = (v) => (v.systemData?.createdAt ? Date.parse(v.systemData.createdAt) || 0 : 0);


/***/ }),

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mc: () => (/* binding */ directAccess),
/* harmony export */   x6: () => (/* binding */ fallbackAccess)
/* harmony export */ });
/* unused harmony export isAccessDenied */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _blob_auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2912);


/** Access through one client that is known to work (tests, or a SAS URL given by the service). */
function directAccess(container) {
    const url = container.url.split('?')[0];
    return { url, use: (operation) => operation(container) };
}
/** True when the failure means "this identity may not do that", so another identity might. */
function isAccessDenied(error) {
    const e = error;
    if (e?.statusCode === 401 || e?.statusCode === 403)
        return true;
    // @azure/identity: no usable sign-in for this scope, or the token request was refused.
    return e?.name === 'CredentialUnavailableError' || e?.name === 'AuthenticationError';
}
/**
 * Tries each candidate in order until one is accepted; later calls reuse the one that worked.
 * Only access-denied failures move to the next candidate: a missing blob or a network error is the
 * same whoever asks, and is thrown as is.
 */
function fallbackAccess(url, candidates, log) {
    let chosen;
    return {
        url,
        async use(operation) {
            if (chosen)
                return operation(chosen);
            const refusals = [];
            for (const candidate of candidates) {
                let auth;
                try {
                    auth = await candidate.auth();
                }
                catch (error) {
                    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                        throw error;
                    refusals.push(`${candidate.label}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
                    continue;
                }
                (0,_blob_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .maskAuth */ .pN)(auth, log);
                const client = (0,_blob_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .containerClient */ .L)(url, auth);
                try {
                    const result = await operation(client);
                    chosen = client;
                    log.info(`Blob access to ${url} through ${(0,_blob_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAuth */ .uf)(auth)}.`);
                    return result;
                }
                catch (error) {
                    if (!isAccessDenied(error))
                        throw error;
                    const reason = `${candidate.label}: ${refusalReason(error)}`;
                    log.debug(`Blob access refused, trying the next way in. ${reason}`);
                    refusals.push(reason);
                }
            }
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Cannot read or write blob container ${url}. Tried:\n${refusals.map((r) => `  - ${r}`).join('\n')}\n` +
                'Grant the signed-in identity "Storage Blob Data Reader" (downloads) or "Storage Blob Data Contributor" ' +
                '(uploads) on the storage account, or give it permission to read the datastore secrets of the workspace.');
        },
    };
}
function refusalReason(error) {
    const e = error;
    const code = e.code ?? e.details?.errorCode;
    return e.statusCode ? `HTTP ${e.statusCode}${code ? ` ${code}` : ''}` : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
}


/***/ }),

/***/ 2912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ containerClient),
/* harmony export */   pN: () => (/* binding */ maskAuth),
/* harmony export */   uf: () => (/* binding */ describeAuth)
/* harmony export */ });
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81991);

/** What a user reads in the log about how the container was reached (never the secret itself). */
function describeAuth(auth) {
    switch (auth.kind) {
        case 'credential':
            return 'the Azure credential (Azure AD token for https://storage.azure.com)';
        case 'account-key':
            return 'the datastore account key';
        case 'sas':
            return 'the datastore SAS token';
        case 'anonymous':
            return 'anonymous access';
    }
}
/**
 * Registers every form in which a secret could reach a log: the key or token as given, and a SAS
 * signature alone (URL-encoded and decoded), because SDK messages sometimes print a URL's query.
 */
function maskAuth(auth, log) {
    if (auth.kind === 'account-key')
        log.secret(auth.key);
    if (auth.kind !== 'sas')
        return;
    const token = auth.token.replace(/^\?/, '');
    log.secret(token);
    const sig = new URLSearchParams(token).get('sig');
    if (sig) {
        log.secret(sig);
        log.secret(encodeURIComponent(sig));
    }
}
/** Retries for each HTTP request; whole-file retries (integrity, broken streams) are the caller's. */
const PIPELINE_OPTIONS = {
    retryOptions: { maxTries: 4, retryDelayInMs: 500, maxRetryDelayInMs: 10_000 },
    userAgentOptions: { userAgentPrefix: 'azureml-mlops-actions' },
};
/** A container client for `containerUrl` (no query string) authorised by `auth`. */
function containerClient(containerUrl, auth, options = PIPELINE_OPTIONS) {
    switch (auth.kind) {
        case 'credential':
            return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, auth.credential, options);
        case 'account-key':
            return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .StorageSharedKeyCredential */ .Z3(auth.accountName, auth.key), options);
        case 'sas':
            return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(`${containerUrl}?${auth.token.replace(/^\?/, '')}`, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .AnonymousCredential */ .tv(), options);
        case 'anonymous':
            return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .AnonymousCredential */ .tv(), options);
    }
}


/***/ }),

/***/ 81933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ HashingStream),
/* harmony export */   Ab: () => (/* binding */ fileHasher),
/* harmony export */   jY: () => (/* binding */ hashableBuffer)
/* harmony export */ });
/* unused harmony export BlockHasher */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The worker's code, inline (`eval`) so the bundles need no second file. Messages are handled in the order they
 * are posted, so the file hash sees the blocks in file order.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const file = createHash('md5');
parentPort.on('message', ({ id, block, offset, length, fileOnly }) => {
  if (!block) return parentPort.postMessage({ id, md5: file.digest() });
  const bytes = new Uint8Array(block, offset, length);
  file.update(bytes);
  parentPort.postMessage({ id, md5: fileOnly ? new Uint8Array(0) : createHash('md5').update(bytes).digest() });
});
`;
/**
 * The MD5 of a large file (and, for uploads, of each of its blocks), computed on a worker thread: hashing a few
 * hundred MB takes about as long as moving it, and on the main thread it would hold up the transfers in flight.
 * Blocks are shared with the worker (SharedArrayBuffer), not copied.
 */
class BlockHasher {
    worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(WORKER_SOURCE, { eval: true });
    pending = new Map();
    nextId = 0;
    constructor() {
        this.worker.on('message', ({ id, md5 }) => {
            this.pending.get(id)?.resolve(Buffer.from(md5));
            this.pending.delete(id);
        });
        this.worker.on('error', (error) => this.failAll(error));
        this.worker.on('exit', () => this.failAll(new Error('the hashing worker stopped')));
    }
    /** Adds `block` (from `hashableBuffer`) to the file's MD5, in call order; resolves with the block's own MD5. */
    block(block) {
        return this.ask({ block: block.buffer, offset: block.byteOffset, length: block.length });
    }
    /** Adds `block` (from `hashableBuffer`) to the file's MD5 only, in call order; resolves once the worker has it. */
    add(block) {
        return this.ask({ block: block.buffer, offset: block.byteOffset, length: block.length, fileOnly: true });
    }
    /** The MD5 of every block given so far, in order. */
    digest() {
        return this.ask({});
    }
    async close() {
        this.worker.removeAllListeners('exit');
        await this.worker.terminate();
    }
    ask(message) {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.worker.postMessage({ id, ...message });
        });
    }
    failAll(error) {
        for (const { reject } of this.pending.values())
            reject(error);
        this.pending.clear();
    }
}
/** Below this a worker's start (tens of ms) costs more than hashing in line does. */
const WORKER_MIN_BYTES = 64 * 1024 * 1024;
/** A hasher for a file of `size` bytes: on a worker thread when the file is large enough to repay it. */
function fileHasher(size) {
    return size >= WORKER_MIN_BYTES ? new BlockHasher() : inlineHasher();
}
/** A buffer any hasher can read without a copy (shared with the worker, when there is one). */
function hashableBuffer(length) {
    return Buffer.from(new SharedArrayBuffer(length));
}
function inlineHasher() {
    const file = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5');
    return {
        block: async (block) => {
            file.update(block);
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(block).digest();
        },
        add: async (block) => void file.update(block),
        digest: async () => file.digest(),
        close: async () => undefined,
    };
}
/** A stream's bytes go to its hasher in blocks of this size, at most this many waiting for it. */
const STREAM_BLOCK_BYTES = 4 * 1024 * 1024;
const STREAM_BLOCKS_QUEUED = 4;
/**
 * A pass-through that takes the MD5 of the `size` bytes streaming through it: they are copied into 4 MiB blocks
 * for `fileHasher(size)`, so from 64 MiB on the hash runs on a worker thread beside the transfer instead of in
 * line with it. At most a few blocks wait for the hasher: a slow hash holds the stream back, not the memory up.
 * `digest()` once the stream has ended; `release()` in any case.
 */
class HashingStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    onChunk;
    /** Bytes that went through so far. */
    bytes = 0;
    hasher;
    queued = [];
    block = hashableBuffer(STREAM_BLOCK_BYTES);
    filled = 0;
    /** `onChunk` sees the length of every chunk (progress); `highWaterMark` as for any Transform. */
    constructor(size, highWaterMark, onChunk = () => undefined) {
        super({ highWaterMark });
        this.onChunk = onChunk;
        this.hasher = fileHasher(size);
    }
    _transform(chunk, _encoding, done) {
        this.onChunk(chunk.length);
        this.bytes += chunk.length;
        for (let from = 0; from < chunk.length;) {
            const copied = chunk.copy(this.block, this.filled, from);
            this.filled += copied;
            from += copied;
            if (this.filled === this.block.length)
                this.hashFilled();
        }
        const { queued } = this;
        const waiting = queued.length > STREAM_BLOCKS_QUEUED ? queued.splice(0, queued.length - STREAM_BLOCKS_QUEUED) : [];
        Promise.all(waiting).then(() => done(null, chunk), done);
    }
    /** The MD5 of every byte that went through. */
    async digest() {
        this.hashFilled();
        await Promise.all(this.queued);
        return this.hasher.digest();
    }
    async release() {
        await Promise.allSettled(this.queued);
        await this.hasher.close();
    }
    hashFilled() {
        if (this.filled) {
            const added = this.hasher.add(this.block.subarray(0, this.filled));
            added.catch(() => undefined); // observed later, by the transform or digest()
            this.queued.push(added);
        }
        this.block = hashableBuffer(STREAM_BLOCK_BYTES);
        this.filled = 0;
    }
}


/***/ }),

/***/ 9447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ forEachBounded)
/* harmony export */ });
/**
 * Runs `work` over `items` with at most `limit` running at once. On the first failure no new item is
 * started, the signal given to running items is aborted, and once they have settled the failure is thrown.
 */
async function forEachBounded(items, limit, work) {
    const abort = new AbortController();
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < items.length) {
            const item = items[next++];
            try {
                await work(item, abort.signal);
            }
            catch (error) {
                failure ??= { error };
                abort.abort();
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
}


/***/ }),

/***/ 75761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JK: () => (/* binding */ blobUrlAccess),
/* harmony export */   datastoreAccess: () => (/* binding */ datastoreAccess),
/* harmony export */   defaultDatastoreName: () => (/* binding */ defaultDatastoreName),
/* harmony export */   getBlobDatastore: () => (/* binding */ getBlobDatastore)
/* harmony export */ });
/* unused harmony exports blobContainerUrl, datastoreSecrets */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56580);
/* harmony import */ var _access_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1028);



/** The blob container URL of an account, as Azure ML builds it. */
function blobContainerUrl(accountName, containerName, endpointSuffix = 'core.windows.net') {
    return `https://${accountName}.blob.${endpointSuffix}/${containerName}`;
}
/** Reads a datastore's coordinates (never its secrets). */
async function getBlobDatastore(session, name) {
    let datastore;
    try {
        datastore = await session.ml.datastores.get(name);
    }
    catch (error) {
        if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Datastore '${name}' does not exist in workspace '${session.workspace.workspace}'.`);
        }
        throw error;
    }
    return toBlobDatastore(name, datastore);
}
function toBlobDatastore(name, datastore) {
    const p = datastore.properties;
    const containerName = p.datastoreType === 'AzureDataLakeGen2' ? p.filesystem : p.containerName;
    if (!['AzureBlob', 'AzureDataLakeGen2'].includes(p.datastoreType) || !p.accountName || !containerName) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Datastore '${name}' is of type ${p.datastoreType}; only AzureBlob and AzureDataLakeGen2 datastores can be read here.`);
    }
    const endpointSuffix = p.endpoint || 'core.windows.net';
    return {
        name,
        accountName: p.accountName,
        containerName,
        endpointSuffix,
        credentialsType: p.credentials?.credentialsType ?? 'None',
        containerUrl: blobContainerUrl(p.accountName, containerName, endpointSuffix),
    };
}
/** The name of the workspace's default datastore (workspaceblobstore unless changed). */
async function defaultDatastoreName(session) {
    for await (const d of session.ml.datastores.list({ isDefault: true })) {
        if (d.name)
            return d.name;
    }
    return 'workspaceblobstore';
}
/**
 * Access to a datastore's container: the session's Azure credential first (least privilege, nothing
 * secret leaves Azure), then the datastore's stored account key or SAS (`listSecrets`), as `az ml` does.
 */
function datastoreAccess(session, datastore) {
    const candidates = [credentialCandidate(session)];
    if (['AccountKey', 'Sas'].includes(datastore.credentialsType)) {
        candidates.push({
            label: `secrets of datastore '${datastore.name}'`,
            auth: () => datastoreSecrets(session, datastore),
        });
    }
    return (0,_access_js__WEBPACK_IMPORTED_MODULE_2__/* .fallbackAccess */ .x6)(datastore.containerUrl, candidates, session.log);
}
/**
 * Access to a container named by URL (a plain https model URI). When a workspace datastore points at the
 * same container its secrets are the fallback, so such models download with the same rights as `az ml`.
 */
async function blobUrlAccess(session, target) {
    const url = blobContainerUrl(target.accountName, target.containerName, target.endpointSuffix);
    const candidates = [credentialCandidate(session)];
    const match = await findDatastoreFor(session, target.accountName, target.containerName);
    if (match && ['AccountKey', 'Sas'].includes(match.credentialsType)) {
        candidates.push({ label: `secrets of datastore '${match.name}'`, auth: () => datastoreSecrets(session, match) });
    }
    return (0,_access_js__WEBPACK_IMPORTED_MODULE_2__/* .fallbackAccess */ .x6)(url, candidates, session.log);
}
function credentialCandidate(session) {
    return { label: 'the Azure credential', auth: async () => ({ kind: 'credential', credential: session.credential }) };
}
async function findDatastoreFor(session, accountName, containerName) {
    for await (const d of session.ml.datastores.list()) {
        if (!d.name)
            continue;
        const p = d.properties;
        const container = p.containerName ?? p.filesystem;
        if (p.accountName?.toLowerCase() === accountName.toLowerCase() && container === containerName) {
            return toBlobDatastore(d.name, d);
        }
    }
    return undefined;
}
/** The datastore's stored secret, masked before it is returned. */
async function datastoreSecrets(session, datastore) {
    const secrets = await session.ml.datastores.listSecrets(datastore.name);
    const auth = secretsToAuth(datastore, secrets);
    if (auth.kind === 'account-key')
        session.log.secret(auth.key);
    if (auth.kind === 'sas')
        session.log.secret(auth.token);
    return auth;
}
function secretsToAuth(datastore, secrets) {
    if (secrets.secretsType === 'AccountKey' && 'key' in secrets && secrets.key) {
        return { kind: 'account-key', accountName: datastore.accountName, key: secrets.key };
    }
    if (secrets.secretsType === 'Sas' && 'sasToken' in secrets && secrets.sasToken) {
        return { kind: 'sas', token: secrets.sasToken };
    }
    throw new Error(`the datastore returned ${secrets.secretsType} secrets, which cannot open a blob container`);
}


/***/ }),

/***/ 35306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BrokenTransferError: () => (/* binding */ BrokenTransferError),
  IntegrityError: () => (/* binding */ IntegrityError),
  downloadPrefix: () => (/* binding */ downloadPrefix),
  formatBytes: () => (/* binding */ formatBytes)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/storage/block-hasher.ts
var block_hasher = __webpack_require__(81933);
// EXTERNAL MODULE: ./shared/storage/concurrency.ts
var concurrency = __webpack_require__(9447);
// EXTERNAL MODULE: ./shared/storage/plain-fs.ts
var plain_fs = __webpack_require__(26590);
;// CONCATENATED MODULE: ./shared/storage/safe-path.ts

/**
 * Where a blob lands under `destination`, or why it must not be written. Blob names are remote input:
 * a name such as `model/../../.bashrc` or `/etc/cron.d/x` must never leave the destination folder.
 */
function localPathFor(destination, relativeName) {
    if (relativeName === '')
        return { refused: 'empty name' };
    if (relativeName.includes('\0'))
        return { refused: 'contains a NUL character' };
    if (relativeName.startsWith('/') || relativeName.startsWith('\\') || /^[A-Za-z]:/.test(relativeName)) {
        return { refused: 'absolute name' };
    }
    const segments = relativeName.split(/[\\/]/);
    if (segments.some((s) => s === '..'))
        return { refused: "contains a '..' segment" };
    const root = external_node_path_default().resolve(destination);
    const target = external_node_path_default().resolve(root, ...segments.filter((s) => s !== '' && s !== '.'));
    const inside = external_node_path_default().relative(root, target);
    const escapes = inside === '..' || inside.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(inside);
    if (inside === '' || escapes)
        return { refused: 'leaves the destination' };
    return { path: target };
}

;// CONCATENATED MODULE: ./shared/storage/download.ts











const STREAM_BUFFER_BYTES = 1024 * 1024;
/** The bytes on disk do not match what the service says the blob holds. Worth another attempt. */
class IntegrityError extends Error {
    name = 'IntegrityError';
}
/**
 * Downloads the blob or virtual folder at `prefix` into `destination`.
 *
 * A folder (`prefix/` has blobs) has its contents written directly into `destination`, keeping sub-folders;
 * a single blob is written as `destination/<base name>`. Every blob name is checked before anything is
 * written, and one that would land outside `destination` refuses the whole download. Blobs stream to disk
 * (never whole in memory), `concurrency` at a time, each checked against its size and Content-MD5, and
 * retried when the transfer breaks or the check fails.
 */
async function downloadPrefix(access, prefix, destination, options) {
    const { log } = options;
    const where = `${access.url}/${prefix}`;
    return access.use(async (container) => {
        const listed = await listTarget(container, prefix);
        if (!listed)
            throw new errors/* UserError */.yo(`Nothing to download: no blob or folder at ${where}.`);
        const planned = planFiles(listed.kind, listed.blobs, prefix, destination);
        const total = planned.reduce((sum, b) => sum + b.size, 0);
        log.info(`Downloading ${planned.length} file(s), ${formatBytes(total)}, from ${where} to ${destination}.`);
        // Folders once up front, not once per file: with thousands of small files the syscalls add up.
        for (const dir of new Set(planned.map((b) => external_node_path_default().dirname(b.localPath))))
            await (0,promises_.mkdir)(dir, { recursive: true });
        const progress = progressReporter(log, planned.length, total, options.progressIntervalMs ?? 10_000);
        const files = [];
        try {
            await (0,concurrency/* forEachBounded */.a)(planned, options.concurrency ?? 8, async (blob, signal) => {
                const md5Verified = await downloadWithRetries(container, blob, signal, options, progress.add);
                files.push({
                    blobName: blob.name,
                    relativePath: blob.relativePath,
                    path: blob.localPath,
                    size: blob.size,
                    md5Verified,
                });
                progress.fileDone();
            });
        }
        finally {
            progress.stop();
        }
        files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
        log.info(`Downloaded ${files.length} file(s), ${formatBytes(total)}; ${files.filter((f) => f.md5Verified).length} checked against Content-MD5.`);
        return { kind: listed.kind, files, bytes: total };
    });
}
/** The blobs under `prefix/` (a folder), else the blob named `prefix` (a file), else nothing. */
async function listTarget(container, prefix) {
    const folder = prefix.replace(/\/+$/, '');
    const folderPrefix = folder === '' ? '' : `${folder}/`;
    const blobs = [];
    for await (const item of container.listBlobsFlat({ prefix: folderPrefix, includeMetadata: true })) {
        if (!isFolderMarker(item))
            blobs.push({ name: item.name, size: item.properties.contentLength ?? 0 });
    }
    if (blobs.length)
        return { kind: 'folder', blobs };
    if (folder === '' || prefix.endsWith('/'))
        return undefined;
    try {
        const props = await container.getBlobClient(folder).getProperties();
        return { kind: 'file', blobs: [{ name: folder, size: props.contentLength ?? 0 }] };
    }
    catch (error) {
        if (error.statusCode === 404)
            return undefined;
        throw error;
    }
}
/** ADLS Gen2 and some tools store empty "directory" blobs; they are not files. */
function isFolderMarker(item) {
    return item.metadata?.hdi_isfolder === 'true' || (item.name.endsWith('/') && !item.properties.contentLength);
}
function planFiles(kind, blobs, prefix, destination) {
    const folder = prefix.replace(/\/+$/, '');
    const refused = [];
    const planned = [];
    for (const blob of blobs) {
        const relative = kind === 'file' ? external_node_path_default().posix.basename(blob.name) : blob.name.slice(folder === '' ? 0 : folder.length + 1);
        const target = localPathFor(destination, relative);
        if ('refused' in target)
            refused.push(`'${blob.name}' (${target.refused})`);
        else
            planned.push({ name: blob.name, relativePath: relative, localPath: target.path, size: blob.size });
    }
    if (refused.length) {
        throw new errors/* UserError */.yo(`Refusing to download: ${refused.length} blob name(s) would be written outside ${destination}: ` +
            `${refused.slice(0, 10).join(', ')}${refused.length > 10 ? ', ...' : ''}. Nothing was written.`);
    }
    return planned;
}
/** Returns whether the Content-MD5 was checked. Throws the last failure once attempts are used up. */
async function downloadWithRetries(container, blob, signal, options, onBytes) {
    const maxAttempts = options.maxAttempts ?? 3;
    for (let attempt = 1;; attempt++) {
        let received = 0;
        try {
            return await transferOnce(container, blob, signal, (n) => {
                received += n;
                onBytes(n);
            });
        }
        catch (error) {
            onBytes(-received);
            if (signal.aborted || !isTransient(error))
                throw error;
            if (attempt >= maxAttempts) {
                throw new errors/* UserError */.yo(`Download of blob '${blob.name}' failed ${attempt} times; last: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
            options.log.warning(`Blob '${blob.name}': ${(0,errors/* errorMessage */.gJ)(error)}. Retrying (attempt ${attempt + 1} of ${maxAttempts}).`);
            await (0,external_node_timers_promises_.setTimeout)((options.retryDelayMs ?? 1000) * attempt, undefined, { signal });
        }
    }
}
/**
 * One GET, checked against the size and Content-MD5 the service gives, written to `<file>.partial` and renamed
 * into place, so a failed file never looks complete.
 */
async function transferOnce(container, blob, signal, onBytes) {
    const partial = `${blob.localPath}.partial`;
    try {
        // maxRetryRequests: the SDK resumes a broken body stream from the byte it reached before we give up on it.
        const response = await container
            .getBlobClient(blob.name)
            .download(0, undefined, { abortSignal: signal, maxRetryRequests: 3 });
        if (!response.readableStreamBody)
            throw new Error('the service returned no body');
        const expectedSize = response.contentLength ?? blob.size;
        // A whole-blob GET carries the stored Content-MD5 in Content-MD5; ranged reads carry it in x-ms-blob-content-md5.
        const expectedMd5 = response.blobContentMD5 ?? response.contentMD5;
        const transfer = {
            body: response.readableStreamBody,
            partial,
            blob,
            signal,
            onBytes,
            verify(bytes, actual) {
                if (bytes !== expectedSize)
                    throw new IntegrityError(`received ${bytes} bytes, expected ${expectedSize}`);
                if (expectedMd5 && !actual.equals(Buffer.from(expectedMd5))) {
                    throw new IntegrityError(`Content-MD5 mismatch: the blob says ${Buffer.from(expectedMd5).toString('base64')}, the bytes received hash to ${actual.toString('base64')}`);
                }
            },
        };
        await (expectedSize <= STREAM_BUFFER_BYTES ? writeSmall(transfer) : streamLarge(transfer));
        await (0,plain_fs/* rename */.$w)(partial, blob.localPath);
        return Boolean(expectedMd5);
    }
    catch (error) {
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
}
/**
 * A blob that fits one buffer is read whole and checked before one write: a bad body never reaches the disk,
 * and most files of a many-file model skip the cost of a stream pipeline, which is more than their bytes.
 */
async function writeSmall(t) {
    const chunks = [];
    let bytes = 0;
    try {
        for await (const chunk of t.body) {
            t.onBytes(chunk.length);
            chunks.push(chunk);
            bytes += chunk.length;
        }
    }
    catch (error) {
        throw broken(t, bytes, error);
    }
    const data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, bytes);
    t.verify(bytes, (0,external_node_crypto_.createHash)('md5').update(data).digest());
    await (0,plain_fs/* writeFile */._h)(t.partial, data, { signal: t.signal });
}
/**
 * A larger blob streams to disk, never whole in memory, and is checked once written. It is hashed on its way
 * through (from 64 MiB on, on a worker thread, beside receiving and writing rather than in line).
 */
async function streamLarge(t) {
    // 1 MiB buffers: with the default 16 KiB, backpressure stalls the stream every few packets.
    const hashing = new block_hasher/* HashingStream */.$K(t.blob.size, STREAM_BUFFER_BYTES, t.onBytes);
    const file = (0,external_node_fs_.createWriteStream)(t.partial, { highWaterMark: STREAM_BUFFER_BYTES });
    try {
        await (0,external_node_stream_promises_.pipeline)(t.body, hashing, file, { signal: t.signal }).catch((error) => {
            throw broken(t, hashing.bytes, error);
        });
        t.verify(hashing.bytes, await hashing.digest());
    }
    finally {
        await hashing.release();
    }
}
/** Our own cancellation stays an abort; anything else that breaks the body is worth another attempt. */
function broken(t, bytes, error) {
    if (t.signal.aborted)
        return error;
    return new BrokenTransferError(`the transfer broke after ${bytes} of ${t.blob.size} bytes (${(0,errors/* errorMessage */.gJ)(error)})`);
}
/** The body stream ended early or the connection reset. Worth another attempt. */
class BrokenTransferError extends Error {
    name = 'BrokenTransferError';
}
/** Worth another attempt: broken connections, server errors, throttling, and integrity failures. */
function isTransient(error) {
    if (error instanceof IntegrityError || error instanceof BrokenTransferError)
        return true;
    // No HTTP status: the connection or the body stream broke (a reset body surfaces as an AbortError too;
    // our own cancellation is told apart by the caller through its signal).
    const e = error;
    if (e?.statusCode === undefined)
        return true;
    return e.statusCode === 408 || e.statusCode === 429 || e.statusCode >= 500;
}
function progressReporter(log, fileCount, totalBytes, intervalMs) {
    let bytes = 0;
    let files = 0;
    const timer = setInterval(() => {
        log.info(`  ${formatBytes(bytes)} of ${formatBytes(totalBytes)}, ${files} of ${fileCount} file(s) done`);
    }, intervalMs);
    timer.unref();
    return {
        add: (n) => (bytes += n),
        fileDone: () => files++,
        stop: () => clearInterval(timer),
    };
}
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 26590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ rename),
/* harmony export */   DE: () => (/* binding */ fstat),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   VN: () => (/* binding */ close),
/* harmony export */   _h: () => (/* binding */ writeFile),
/* harmony export */   ho: () => (/* binding */ open)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The callback file-system calls, as promises, for the per-file work of a transfer. `fs/promises` wraps every
 * opened file in a FileHandle object (tracked, closed through its own promise); with thousands of small files
 * that costs more than the syscalls: reading 2,000 files of 4 KB took 115 ms of CPU through FileHandles and
 * 87 ms through these, writing 2,000 files of 8 KiB 227 ms through `fs/promises` and 175 ms through these.
 */
const open = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().open));
const fstat = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstat));
const close = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().close));
const writeFile = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFile));
const rename = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_fs__WEBPACK_IMPORTED_MODULE_0___default().rename));
/** Reads `length` bytes at `position` into `buffer`; resolves with the number of bytes read. */
function readInto(fd, buffer, length, position) {
    return new Promise((resolve, reject) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().read(fd, buffer, 0, length, position, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));
}


/***/ })

};
