export const id = 421;
export const ids = [421];
export const modules = {

/***/ 2421:
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6580);
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


/***/ })

};
