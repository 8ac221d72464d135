export const id = 195;
export const ids = [195];
export const modules = {

/***/ 5195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ anonymousSpecRegistrar),
/* harmony export */   anonymousRegistrar: () => (/* binding */ anonymousRegistrar)
/* harmony export */ });
/* unused harmony export anonymousComponentRegistrar */
/* harmony import */ var _pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2597);
/* harmony import */ var _pipeline_steps_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1355);
/* harmony import */ var _execute_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2119);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1591);
/* harmony import */ var _workspace_assets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2433);






/** Returns `registerComponent(component) -> component version ARM id`; assets shared by components are written once. */
function anonymousComponentRegistrar(session, options) {
    return anonymousRegistrar(session, options).registerComponent;
}
/** `registerComponent` and the `dependencies` of a pipeline's parallel/spark nodes, on one plan. */
function anonymousRegistrar(session, options) {
    const assets = new _workspace_assets_js__WEBPACK_IMPORTED_MODULE_4__/* .WorkspaceAssets */ .j(session);
    const planner = new _plan_js__WEBPACK_IMPORTED_MODULE_3__/* .Planner */ .xB(assets, options.strategy ?? 'yaml');
    const writer = new _execute_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanWriter */ .dE(assets, {
        tags: options.tags,
        uploader: options.uploader ?? (0,_execute_js__WEBPACK_IMPORTED_MODULE_2__/* .datastoreUploader */ .AX)(session),
    });
    const writes = new Map();
    const ensure = (asset) => {
        if (asset.action === 'reuse')
            return Promise.resolve();
        let write = writes.get(asset.id);
        if (!write) {
            write = asset.kind === 'code' ? writer.code(asset) : writer.environment(asset);
            writes.set(asset.id, write);
        }
        return write;
    };
    const writingResolver = (use) => ({
        ...planner.dependencyResolver(use),
        codeId: async (localPath, includes) => {
            const code = await planner.code(localPath, includes);
            await ensure(code);
            return code.id;
        },
        environmentId: async (spec) => {
            const env = await planner.localEnvironment(use, spec);
            await ensure(env);
            return env.id;
        },
    });
    // A node's task names its component's environment object: registered the way the component's was.
    const uses = new WeakMap();
    const registerComponent = async (component, source = 'YAML.JOB') => {
        const use = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .componentParts */ .Sx)(component).environment;
        if (use?.kind === 'local')
            uses.set(use.spec, use);
        const resolver = writingResolver(use);
        const deps = await (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveComponentDependencies */ .v6)(component, resolver);
        const body = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .componentVersionBody */ .__)(component, deps, { isAnonymous: true, source, tags: options.tags });
        const version = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .anonymousComponentVersion */ .nq)(body.properties.componentSpec);
        const existing = await assets.getVersion('component', _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANONYMOUS_COMPONENT */ .Kj, version);
        if (existing)
            return existing.id;
        return assets.createVersion('component', _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANONYMOUS_COMPONENT */ .Kj, version, body);
    };
    const dependencies = {
        ...writingResolver(undefined),
        environmentId: (spec) => writingResolver(uses.get(spec)).environmentId(spec),
    };
    return { registerComponent, dependencies };
}
/**
 * Returns `registerComponentSpec(spec) -> component version ARM id` for a pipeline's local pipeline components:
 * their spec is complete (the components inside are registered first), so it is written as it is, under
 * azure-ai-ml's content-derived version, and reused when present.
 */
function anonymousSpecRegistrar(session, options) {
    const assets = new _workspace_assets_js__WEBPACK_IMPORTED_MODULE_4__/* .WorkspaceAssets */ .j(session);
    return async (spec, component) => {
        const version = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .anonymousComponentVersion */ .nq)(spec);
        const existing = await assets.getVersion('component', _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANONYMOUS_COMPONENT */ .Kj, version);
        if (existing)
            return existing.id;
        const body = component.type === 'pipeline'
            ? (0,_pipeline_steps_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineComponentVersionBody */ .Ox)(component, spec, { isAnonymous: true })
            : { properties: { componentSpec: spec, isAnonymous: true, tags: {}, properties: {} } };
        body.properties.tags = { ...body.properties.tags, ...options.tags };
        return assets.createVersion('component', _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANONYMOUS_COMPONENT */ .Kj, version, body);
    };
}


/***/ })

};
