export const id = 703;
export const ids = [703,441];
export const modules = {

/***/ 3441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EndpointsApi: () => (/* binding */ EndpointsApi)
/* harmony export */ });
const COLLECTION = { online: 'onlineEndpoints', batch: 'batchEndpoints' };
const seg = encodeURIComponent;
/** The endpoints of one kind and their deployments. */
class EndpointsApi {
    ml;
    kind;
    resource;
    constructor(ml, kind) {
        this.ml = ml;
        this.kind = kind;
        this.resource = COLLECTION[kind];
    }
    /** ARM id of an endpoint. */
    endpointId(name) {
        return `${this.ml.workspaceId}/${this.resource}/${seg(name)}`;
    }
    get(name) {
        return this.ml.rest.json({
            method: 'GET',
            path: this.endpointId(name),
            resource: this.resource,
            doing: `Reading ${this.kind} endpoint '${name}'`,
        });
    }
    /** Creates or updates the endpoint and waits until it is provisioned; returns it as the service then has it. */
    async createOrUpdate(name, body, options = {}) {
        await this.ml.rest.lro({
            method: 'PUT',
            path: this.endpointId(name),
            resource: this.resource,
            body,
            doing: options.doing ?? `Creating or updating ${this.kind} endpoint '${name}'`,
        }, this.lroOptions(options));
        return this.get(name);
    }
    async delete(name, options = {}) {
        await this.ml.rest.lro({
            method: 'DELETE',
            path: this.endpointId(name),
            resource: this.resource,
            doing: `Deleting ${this.kind} endpoint '${name}'`,
        }, this.lroOptions(options));
    }
    /** The keys of an online endpoint whose auth mode is `key`: secrets, to be masked before anything else. */
    listKeys(name) {
        return this.ml.rest.json({
            method: 'POST',
            path: `${this.endpointId(name)}/listKeys`,
            resource: this.resource,
            doing: `Reading the keys of ${this.kind} endpoint '${name}'`,
        });
    }
    /** A scoring token of an online endpoint whose auth mode is `aml_token`: a secret. */
    token(name) {
        return this.ml.rest.json({
            method: 'POST',
            path: `${this.endpointId(name)}/token`,
            resource: this.resource,
            doing: `Reading a scoring token of ${this.kind} endpoint '${name}'`,
        });
    }
    deploymentPath(endpoint, name) {
        return `${this.endpointId(endpoint)}/deployments/${seg(name)}`;
    }
    deployments = {
        get: (endpoint, name) => this.ml.rest.json({
            method: 'GET',
            path: this.deploymentPath(endpoint, name),
            resource: this.resource,
            doing: `Reading deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
        }),
        list: (endpoint) => {
            const pages = () => this.ml.rest.pages({
                method: 'GET',
                path: `${this.endpointId(endpoint)}/deployments`,
                resource: this.resource,
                doing: `Listing the deployments of ${this.kind} endpoint '${endpoint}'`,
            });
            return {
                byPage: pages,
                async *[Symbol.asyncIterator]() {
                    for await (const page of pages())
                        yield* page;
                },
            };
        },
        /** Creates or updates the deployment and waits for its provisioning to end; a failed one throws. */
        createOrUpdate: async (endpoint, name, body, options = {}) => {
            await this.ml.rest.lro({
                method: 'PUT',
                path: this.deploymentPath(endpoint, name),
                resource: this.resource,
                body,
                doing: `Creating deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
            }, this.lroOptions(options));
        },
        delete: async (endpoint, name, options = {}) => {
            await this.ml.rest.lro({
                method: 'DELETE',
                path: this.deploymentPath(endpoint, name),
                resource: this.resource,
                doing: `Deleting deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
            }, this.lroOptions(options));
        },
        /** The tail of a container's log of an online deployment (`getLogs`). */
        getLogs: (endpoint, name, request) => this.ml.rest.json({
            method: 'POST',
            path: `${this.deploymentPath(endpoint, name)}/getLogs`,
            resource: this.resource,
            body: request,
            doing: `Reading the logs of deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
        }),
    };
    lroOptions(options) {
        return { intervalMs: options.intervalMs ?? this.ml.pollIntervalMs, abortSignal: options.abortSignal };
    }
}


/***/ }),

/***/ 2703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployBatch: () => (/* binding */ deployBatch)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _azure_ml_api_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3441);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6580);
/* harmony import */ var _models_resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9565);
/* harmony import */ var _lineage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7930);
/* harmony import */ var _to_rest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9989);
/**
 * A batch endpoint and one deployment of it (a model, or a registered pipeline component): the endpoint is
 * created or updated keeping its default deployment, the deployment is created and waited for, made the default
 * when asked (or when the endpoint has none), and optionally invoked on a small input whose job is followed to its
 * end. A failed deployment is deleted (unless kept) and leaves the default as it was.
 */






async function deployBatch(session, options) {
    const { log } = session;
    const api = new _azure_ml_api_endpoints_js__WEBPACK_IMPORTED_MODULE_1__.EndpointsApi(session.ml, 'batch');
    const endpointName = options.endpoint.name;
    const spec = options.deployment;
    if (spec.endpointName && spec.endpointName !== endpointName)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${spec.file}: endpoint_name '${spec.endpointName}' is not the endpoint file's name '${endpointName}'.`);
    const location = (await session.ml.workspace.get()).location ?? '';
    const existing = await (0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unlessNotFound */ .CA)(() => api.get(endpointName));
    const previousDefault = existing?.properties.defaults?.deploymentName || undefined;
    const { properties, model } = await deploymentProperties(session, options);
    const endpointBody = (defaultDeployment) => ({
        location,
        tags: options.endpoint.tags,
        properties: {
            authMode: 'AADToken',
            description: options.endpoint.description,
            properties: options.endpoint.properties,
            defaults: defaultDeployment ? { deploymentName: defaultDeployment } : undefined,
        },
    });
    log.info(`${existing ? 'Updating' : 'Creating'} batch endpoint ${endpointName}.`);
    let endpoint = await api.createOrUpdate(endpointName, endpointBody(previousDefault));
    const body = {
        location,
        tags: {
            ...spec.tags,
            ...(0,_lineage_js__WEBPACK_IMPORTED_MODULE_4__/* .lineageTags */ .v)({
                modelName: model?.name,
                modelVersion: model?.version,
                trainingJob: model?.jobName,
                ...options.lineage,
            }),
        },
        properties,
    };
    log.info(`Creating batch deployment ${spec.name}.`);
    try {
        await api.deployments.createOrUpdate(endpointName, spec.name, body);
    }
    catch (error) {
        if (!options.keepFailed) {
            await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .bestEffort */ .z$)(session.log, `delete deployment ${spec.name}`, () => api.deployments.delete(endpointName, spec.name));
            if (!existing)
                await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .bestEffort */ .z$)(session.log, `delete endpoint ${endpointName}`, () => api.delete(endpointName));
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Batch deployment '${spec.name}' of endpoint '${endpointName}' failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}` +
            (previousDefault ? `\nThe default deployment is unchanged: ${previousDefault}.` : ''));
    }
    if (options.makeDefault || !previousDefault) {
        log.info(`Making ${spec.name} the default deployment of ${endpointName}.`);
        endpoint = await api.createOrUpdate(endpointName, endpointBody(spec.name), {
            doing: `Making '${spec.name}' the default deployment of batch endpoint '${endpointName}'`,
        });
    }
    const scoringUri = endpoint.properties.scoringUri ?? '';
    let job;
    if (options.invoke) {
        const name = await invokeBatch(session, scoringUri, spec.name, options.invoke);
        log.info(`Invoked ${endpointName}/${spec.name} on ${options.invoke.input}: job ${name}.`);
        job = { name, status: (await options.followJob(name)).status };
    }
    return {
        endpoint: endpointName,
        scoringUri,
        deployment: spec.name,
        defaultDeployment: endpoint.properties.defaults?.deploymentName,
        previousDefault,
        endpointCreated: !existing,
        model,
        job,
    };
}
async function deploymentProperties(session, options) {
    const spec = options.deployment;
    const properties = { description: spec.description, properties: spec.properties };
    let model;
    if (spec.type === 'pipeline') {
        const componentId = await (0,_to_rest_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveAssetId */ .Gq)(session, 'components', spec.component);
        properties.deploymentConfiguration = {
            deploymentConfigurationType: 'PipelineComponent',
            componentId: { referenceType: 'Id', assetId: componentId },
            settings: spec.pipelineSettings,
        };
        return { properties, model };
    }
    if (options.model)
        model = await (0,_models_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveModel */ .AX)(session, options.model);
    else if (spec.model?.kind === 'azureml') {
        const id = await (0,_to_rest_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveAssetId */ .Gq)(session, 'models', spec.model);
        const parts = id.match(/\/models\/([^/]+)\/versions\/([^/]+)$/);
        if (parts)
            model = await (0,_models_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveModel */ .AX)(session, { name: parts[1], selector: { kind: 'version', version: parts[2] } });
    }
    if (!model)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${spec.file}: a model batch deployment needs a model ('model:' or input 'model-name').`);
    // The compute must exist: the service would accept the deployment and fail every job.
    const compute = await session.ml.computes.get(spec.compute);
    Object.assign(properties, {
        model: { referenceType: 'Id', assetId: model.id },
        compute: compute.id ?? `${session.workspaceId}/computes/${spec.compute}`,
        environmentId: spec.environment?.kind === 'azureml'
            ? await (0,_to_rest_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveAssetId */ .Gq)(session, 'environments', spec.environment)
            : undefined,
        codeConfiguration: spec.scoringScript !== undefined
            ? {
                codeId: spec.code?.kind === 'local'
                    ? await options.uploadCode(spec.code.path)
                    : spec.code && (await (0,_to_rest_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveAssetId */ .Gq)(session, 'codes', spec.code)),
                scoringScript: spec.scoringScript,
            }
            : undefined,
        resources: spec.instanceCount !== undefined ? { instanceCount: spec.instanceCount } : undefined,
        maxConcurrencyPerInstance: spec.maxConcurrencyPerInstance,
        miniBatchSize: spec.miniBatchSize,
        outputAction: spec.outputAction,
        outputFileName: spec.outputFileName,
        retrySettings: spec.retrySettings && {
            maxRetries: spec.retrySettings.maxRetries,
            timeout: spec.retrySettings.timeoutSeconds !== undefined ? (0,_to_rest_js__WEBPACK_IMPORTED_MODULE_5__/* .isoSeconds */ .nE)(spec.retrySettings.timeoutSeconds) : undefined,
        },
        errorThreshold: spec.errorThreshold,
        loggingLevel: spec.loggingLevel,
        environmentVariables: spec.environmentVariables,
    });
    for (const k of Object.keys(properties))
        if (properties[k] === undefined)
            delete properties[k];
    return { properties, model };
}
/**
 * Invokes a batch deployment as azure-ai-ml does (POST to the scoring URI with a Microsoft Entra token for
 * https://ml.azure.com, the deployment named in `azureml-model-deployment`); returns the job's name.
 */
async function invokeBatch(session, scoringUri, deployment, invocation) {
    const token = (await session.credential.getToken('https://ml.azure.com/.default'))?.token;
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('No Microsoft Entra token for https://ml.azure.com: the batch endpoint cannot be invoked.');
    session.log.secret(token);
    const { createDefaultHttpClient, createPipelineFromOptions, createPipelineRequest, createHttpHeaders } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 869));
    const jobInputType = invocation.inputType === 'uri_file' ? 'UriFile' : 'UriFolder';
    const request = createPipelineRequest({
        url: scoringUri,
        method: 'POST',
        body: JSON.stringify({
            properties: { InputData: { input_data: { JobInputType: jobInputType, Uri: invocation.input } } },
        }),
        headers: createHttpHeaders({
            'Content-Type': 'application/json',
            Authorization: `Bearer ${token}`,
            'azureml-model-deployment': deployment,
        }),
    });
    const response = await createPipelineFromOptions({ retryOptions: { maxRetries: 0 } }).sendRequest(createDefaultHttpClient(), request);
    const text = response.bodyAsText ?? '';
    if (response.status >= 300)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invoking batch deployment '${deployment}' failed: HTTP ${response.status}: ${text.slice(0, 2000)}`);
    const name = JSON.parse(text).name;
    if (!name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invoking batch deployment '${deployment}' returned no job name: ${text.slice(0, 2000)}`);
    return name;
}


/***/ }),

/***/ 7930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ lineageTags)
/* harmony export */ });
/* harmony import */ var _lineage_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8742);

function lineageTags(lineage) {
    const { modelName, modelVersion, trainingJob, commit, runUrl } = lineage;
    return (0,_lineage_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .lineageEntries */ .c0)('azure', {
        modelName,
        modelVersion,
        trainingJob,
        deployedByCommit: commit,
        deployedByRun: runUrl,
    });
}


/***/ }),

/***/ 9989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ onlineDeploymentBody),
/* harmony export */   Gq: () => (/* binding */ resolveAssetId),
/* harmony export */   lp: () => (/* binding */ onlineEndpointBody),
/* harmony export */   nE: () => (/* binding */ isoSeconds)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6580);
/**
 * The REST bodies of an online endpoint and deployment, as azure-ai-ml builds them (`ManagedOnlineEndpoint.
 * _to_rest_online_endpoint`, `ManagedOnlineDeployment._to_rest_object`): auth mode spelled the service's way,
 * `sku {name: Default, capacity: instance_count}`, durations in ISO 8601, assets as ARM ids.
 */


/** ISO 8601 duration of a number of seconds, as azure-ai-ml's `to_iso_duration_format` writes it. */
function isoSeconds(seconds) {
    return `PT${Number(seconds.toFixed(3))}S`;
}
const IDENTITY_TYPES = {
    system_assigned: 'SystemAssigned',
    user_assigned: 'UserAssigned',
    'system_assigned,user_assigned': 'SystemAssigned,UserAssigned',
    none: 'None',
};
/**
 * The endpoint body; `traffic` is the live traffic to keep (a new endpoint: none). As azure-ai-ml sends it (the
 * recorded body in __tests__/fixtures/endpoints-fidelity/online_endpoint_create): empty `properties`, `traffic` and
 * `mirrorTraffic` maps rather than none, and a system-assigned identity when the file names none.
 */
function onlineEndpointBody(spec, location, traffic = {}, mirrorTraffic = {}) {
    const type = spec.identity
        ? (IDENTITY_TYPES[spec.identity.type.toLowerCase()] ?? spec.identity.type)
        : 'SystemAssigned';
    const uai = spec.identity?.userAssignedIdentities;
    const properties = {
        authMode: spec.authMode,
        description: spec.description,
        properties: spec.properties ?? {},
        mirrorTraffic,
        traffic,
        publicNetworkAccess: spec.publicNetworkAccess,
    };
    return {
        tags: spec.tags,
        location,
        identity: {
            type: type,
            ...(uai ? { userAssignedIdentities: Object.fromEntries(uai.map((id) => [id, {}])) } : {}),
        },
        properties: dropUndefined(properties),
    };
}
function onlineDeploymentBody(spec, location, assets, tags) {
    const properties = {
        endpointComputeType: 'Managed',
        description: spec.description,
        properties: spec.properties,
        model: assets.model,
        codeConfiguration: spec.scoringScript !== undefined ? { codeId: assets.codeId, scoringScript: spec.scoringScript } : undefined,
        environmentId: assets.environmentId,
        environmentVariables: spec.environmentVariables,
        instanceType: spec.instanceType,
        appInsightsEnabled: spec.appInsightsEnabled,
        egressPublicNetworkAccess: spec.egressPublicNetworkAccess,
        scaleSettings: spec.scaleSettings,
        requestSettings: spec.requestSettings && {
            requestTimeout: spec.requestSettings.requestTimeoutMs !== undefined
                ? isoSeconds(spec.requestSettings.requestTimeoutMs / 1000)
                : undefined,
            maxConcurrentRequestsPerInstance: spec.requestSettings.maxConcurrentRequestsPerInstance,
            maxQueueWait: spec.requestSettings.maxQueueWaitMs !== undefined
                ? isoSeconds(spec.requestSettings.maxQueueWaitMs / 1000)
                : undefined,
        },
        livenessProbe: probeBody(spec.livenessProbe),
        readinessProbe: probeBody(spec.readinessProbe),
        modelMountPath: spec.modelMountPath,
    };
    return {
        location,
        tags: { ...spec.tags, ...tags },
        sku: { name: 'Default', capacity: spec.instanceCount },
        properties: dropUndefined(properties),
    };
}
function probeBody(probe) {
    if (!probe)
        return undefined;
    const iso = (s) => (s === undefined ? undefined : isoSeconds(s));
    return dropUndefined({
        failureThreshold: probe.failureThreshold,
        successThreshold: probe.successThreshold,
        timeout: iso(probe.timeoutSeconds),
        period: iso(probe.periodSeconds),
        initialDelay: iso(probe.initialDelaySeconds),
    });
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/**
 * The ARM id of a workspace asset an `azureml:` reference names: `azureml:name:version`, `azureml:name@latest`
 * (the newest version), or an ARM id (with or without the `azureml:` prefix), which is taken as it is.
 */
async function resolveAssetId(session, collection, ref) {
    const text = ref.text.replace(/^azureml:/, '');
    if (text.startsWith('/'))
        return text;
    const at = text.match(/^([^:@]+)@latest$/);
    if (at) {
        for await (const v of session.ml.versions(collection).list(at[1], { orderBy: 'CreatedAtDesc', top: 1 }))
            if (v.id)
                return v.id;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${ref.text}': ${collection} '${at[1]}' has no version in the workspace`, ref.loc);
    }
    const pinned = text.match(/^([^:@]+):([^:@]+)$/);
    if (!pinned)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${ref.text}' must be azureml:NAME:VERSION or azureml:NAME@latest`, ref.loc);
    try {
        const version = await session.ml.versions(collection).get(pinned[1], pinned[2]);
        return version.id ?? `${session.workspaceId}/${collection}/${pinned[1]}/versions/${pinned[2]}`;
    }
    catch (error) {
        if (!(0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${ref.text}': the workspace has no ${collection} ${pinned[1]} version ${pinned[2]}`, ref.loc);
    }
}


/***/ })

};
