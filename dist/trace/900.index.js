export const id = 900;
export const ids = [900];
export const modules = {

/***/ 93900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readEndpointDeployment: () => (/* binding */ readEndpointDeployment)
/* harmony export */ });
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56580);
/* harmony import */ var _lineage_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48742);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55155);
/**
 * Reads an online endpoint and the deployment a trace follows (see endpoint.ts), through the REST layer
 * deploy-endpoint uses; loaded by the entry only for an `endpoint` start, with the Azure backend.
 */



const notFound = (promise) => promise.catch((error) => {
    if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
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
        const pick = (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .busiestDeployment */ .dB)(endpoint.properties.traffic, names.sort());
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
            tags: (0,_lineage_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .readLineage */ .Kj)('azure', deployment.tags),
        },
    };
}


/***/ })

};
