export const id = 703;
export const ids = [703];
export const modules = {

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


/***/ })

};
