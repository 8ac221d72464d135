export const id = 522;
export const ids = [522];
export const modules = {

/***/ 94141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerAssets: () => (/* binding */ registerAssets)
/* harmony export */ });
/* harmony import */ var _execute_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20005);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90666);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21591);
/* harmony import */ var _workspace_assets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92433);




async function registerAssets(session, files, options) {
    const log = session.log;
    const assets = new _workspace_assets_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkspaceAssets */ .j(session);
    const plan = await log.group('Plan (read-only look-ups)', () => (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planRegistration */ .dv)(assets, files, { strategy: options.strategy }));
    for (const warning of plan.warnings)
        log.warning(warning.message, warning.location);
    logPlan(session, plan, options.dryRun);
    const outcomes = options.dryRun
        ? allPlanned(plan).map((asset) => (0,_execute_js__WEBPACK_IMPORTED_MODULE_0__/* .outcomeOf */ .sG)(asset, 'dry-run'))
        : await log.group('Register', () => (0,_execute_js__WEBPACK_IMPORTED_MODULE_0__/* .executePlan */ .vY)(assets, plan, {
            tags: options.tags,
            uploader: options.uploader ?? (0,_execute_js__WEBPACK_IMPORTED_MODULE_0__/* .datastoreUploader */ .AX)(session),
            strategy: options.strategy,
        }));
    return resultOf(outcomes, plan, options.dryRun);
}
function allPlanned(plan) {
    return [...plan.codes, ...plan.environments, ...plan.components];
}
function logPlan(session, plan, dryRun) {
    const verb = dryRun ? 'would create' : 'create';
    for (const asset of allPlanned(plan)) {
        const what = asset.action === 'create' ? verb : 'unchanged';
        session.log.info(`${what.padEnd(12)} ${asset.kind} ${asset.name}:${asset.version} - ${asset.reason} (${asset.source})`);
    }
    const writes = allPlanned(plan).filter((a) => a.action === 'create').length;
    session.log.info(writes === 0
        ? 'Everything is registered already: nothing to upload or write.'
        : `${writes} asset(s) to ${dryRun ? 'register (dry run: nothing is written)' : 'register'}.`);
}
function resultOf(outcomes, plan, dryRun) {
    const components = {};
    const environments = {};
    for (const c of plan.components)
        if (c.name !== _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ANONYMOUS_COMPONENT */ .Kj)
            components[c.name] = c.version;
    for (const e of plan.environments)
        if (!e.anonymous)
            environments[e.name] = e.version;
    return { assets: outcomes, components, environments, dryRun };
}


/***/ })

};
