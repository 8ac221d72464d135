export const id = 45;
export const ids = [45];
export const modules = {

/***/ 5045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadModel: () => (/* binding */ downloadModel)
/* harmony export */ });
/* harmony import */ var _storage_download_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5306);
/* harmony import */ var _lineage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9676);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6677);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8381);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4391);





/** Resolves the model version, downloads its files intact, and writes its lineage beside them. */
async function downloadModel(session, options) {
    const { log } = session;
    const { request } = options;
    const model = await log.group('Resolve the model version', async () => {
        const what = 'job' in request
            ? `the model registered by job ${request.job}`
            : `${request.name}: ${(0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .describeSelector */ .r5)(request.selector)}`;
        const found = await (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveModel */ .AX)(session, request);
        log.info(`Resolved ${what} -> ${found.name} version ${found.version} (${found.modelUri}).`);
        return found;
    });
    const job = model.jobName ? await trainingJob(session, model.jobName) : undefined;
    const download = await log.group(`Download ${model.name}:${model.version}`, async () => {
        const files = await (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .locateModelFiles */ .r)(session, model.modelUri);
        return (0,_storage_download_js__WEBPACK_IMPORTED_MODULE_0__.downloadPrefix)(files.access, files.path, options.destination, {
            log,
            concurrency: options.concurrency,
            maxAttempts: options.maxAttempts,
            retryDelayMs: options.retryDelayMs,
        });
    });
    const lineage = (0,_lineage_js__WEBPACK_IMPORTED_MODULE_1__.modelLineage)(model, job, { files: download.files.length, bytes: download.bytes, at: new Date() });
    const lineageFile = await (0,_lineage_js__WEBPACK_IMPORTED_MODULE_1__.writeLineage)(options.destination, lineage, download.files.map((f) => f.relativePath));
    log.info(`Lineage written to ${lineageFile}.`);
    return { model, lineage, lineageFile, download };
}
/** The training job's lineage; a job deleted since (its model remains) costs the commit, not the download. */
async function trainingJob(session, name) {
    try {
        return (0,_lineage_js__WEBPACK_IMPORTED_MODULE_1__.jobLineage)(await (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .getJob */ .a)(session, name));
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo))
            throw error;
        session.log.warning(`${error.message} The lineage records the job name only.`);
        return { name, tags: {} };
    }
}


/***/ })

};
