export const id = 629;
export const ids = [629,195];
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
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(666);
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


/***/ }),

/***/ 629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  followWithCancel: () => (/* binding */ followWithCancel),
  runPipelineLocally: () => (/* binding */ runPipelineLocally),
  submitPipeline: () => (/* binding */ submitPipeline)
});

// EXTERNAL MODULE: ./shared/assets/anonymous.ts
var anonymous = __webpack_require__(5195);
// EXTERNAL MODULE: ./shared/jobs/index.ts + 5 modules
var jobs = __webpack_require__(5527);
// EXTERNAL MODULE: ./shared/pipeline/to-rest.ts
var to_rest = __webpack_require__(1571);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/pipeline/refs.ts
var refs = __webpack_require__(4467);
// EXTERNAL MODULE: ./shared/azure/rest-errors.ts
var rest_errors = __webpack_require__(6580);
;// CONCATENATED MODULE: ./shared/submission/computes.ts



/**
 * Compute names a pipeline uses (settings, job and steps, the steps of local pipeline components at any depth,
 * named by their path `jobs.outer/inner.compute`), without bindings or `serverless`.
 */
function computesUsed(job) {
    const found = new Map();
    const add = (value, where) => {
        if (!value || value.startsWith('${{') || (0,refs/* isServerless */.R5)(value))
            return;
        const name = value
            .replace(/^azureml:/, '')
            .split('/')
            .pop();
        if (!found.has(name))
            found.set(name, where);
    };
    add(job.settings.defaultCompute, 'settings.default_compute');
    add(job.compute, 'compute');
    const visit = (jobs, prefix) => {
        for (const [step, node] of Object.entries(jobs)) {
            add(node.compute, `jobs.${prefix}${step}.compute`);
            if (node.type === 'pipeline' && node.component.kind !== 'remote')
                visit(node.component.component.jobs, `${prefix}${step}/`);
        }
    };
    visit(job.jobs, '');
    if (job.component && job.component.kind !== 'remote')
        visit(job.component.component.jobs, '');
    return [...found].map(([name, where]) => ({ name, where }));
}
/**
 * Checks, as `az ml job create` does, that every compute the pipeline names exists, before anything is
 * uploaded or registered: a typo must not leave half a submission behind.
 */
async function assertComputesExist(session, job) {
    const { workspace } = session.workspace;
    const missing = [];
    for (const { name, where } of computesUsed(job)) {
        try {
            await session.ml.computes.get(name);
        }
        catch (error) {
            if (!(0,rest_errors/* isNotFound */.c4)(error))
                throw error;
            missing.push(`'${name}' (${where})`);
        }
    }
    if (missing.length) {
        throw new errors/* UserError */.yo(`Compute ${missing.join(', ')} not found in workspace '${workspace}'. Create it first (ensure-compute) or fix the name; nothing was submitted.`, job.loc);
    }
}

// EXTERNAL MODULE: ./shared/pipeline/component-rest.ts
var component_rest = __webpack_require__(2597);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./shared/submission/references.ts
/**
 * Every `azureml:name:version` a pipeline names (data inputs, remote components, the environments of its local
 * components) must exist before anything is registered or uploaded, and in a dry run: the service would refuse
 * the job only after the run's components and data were written. Read-only look-ups, each asset once.
 */




/** Every data input of a pipeline and of the steps of it and of its local pipeline components (any depth). */
function dataInputsOf(job) {
    const found = Object.values(job.inputs).filter((i) => i.kind === 'data');
    const seen = new Set();
    const nodes = (jobs) => {
        for (const node of Object.values(jobs)) {
            for (const input of Object.values(node.inputs))
                if (input.kind === 'data')
                    found.push(input);
            const use = 'component' in node ? node.component : undefined;
            if (use && use.kind !== 'remote' && use.component.type === 'pipeline' && !seen.has(use.component)) {
                seen.add(use.component);
                nodes(use.component.jobs);
            }
        }
    };
    nodes(job.jobs);
    if (job.component && job.component.kind !== 'remote')
        nodes(job.component.component.jobs);
    return found;
}
/**
 * Every local `path:` a pipeline uploads must exist: checked before anything is registered or uploaded, and in a
 * dry run, which must find what the real run would fail on.
 */
function assertLocalDataExists(job) {
    const problems = [];
    for (const input of dataInputsOf(job)) {
        if (input.path?.kind !== 'local' || (0,external_node_fs_.existsSync)(input.path.path))
            continue;
        problems.push({
            message: `${input.name ? `input '${input.name}': ` : ''}local ${input.type} '${input.pathText ?? input.path.path}' does not exist (looked for ${input.path.path})`,
            location: input.loc,
        });
    }
    if (problems.length)
        throw new errors/* ValidationError */.yI(problems, `${problems.length} local data path(s) missing; nothing was registered, uploaded or submitted`);
}
/** The workspace references of a pipeline, its steps and the local components they use (any depth). */
function referencesOf(job) {
    const found = [];
    const add = (collection, ref, text, loc) => {
        // Curated environments (AzureML-*) live in Microsoft's registry, not in the workspace.
        if (ref.kind !== 'version' || (collection === 'environments' && ref.name.startsWith('AzureML-')))
            return;
        found.push({ collection, name: ref.name, version: ref.version, text, loc });
    };
    const seen = new Set();
    const component = (use, loc) => {
        if (use.kind === 'remote')
            return add('components', use.ref, use.text, loc);
        if (seen.has(use.component))
            return;
        seen.add(use.component);
        const c = use.component;
        if (c.type === 'pipeline')
            return nodes(c.jobs);
        const { environment } = (0,component_rest/* componentParts */.Sx)(c);
        if (environment?.kind === 'remote')
            add('environments', environment.ref, environment.text, c.loc);
    };
    const nodes = (jobs) => {
        for (const node of Object.values(jobs)) {
            for (const input of Object.values(node.inputs))
                if (input.kind === 'data' && input.path?.kind === 'asset')
                    add('data', input.path.ref, input.path.text, input.loc);
            if ('component' in node)
                component(node.component, node.loc);
        }
    };
    for (const input of Object.values(job.inputs))
        if (input.kind === 'data' && input.path?.kind === 'asset')
            add('data', input.path.ref, input.path.text, input.loc);
    nodes(job.jobs);
    if (job.component)
        component(job.component, job.loc);
    return found;
}
async function assertReferencesExist(session, job) {
    const checked = new Map();
    const problems = [];
    for (const ref of referencesOf(job)) {
        const key = `${ref.collection}/${ref.name}/${ref.version}`;
        let exists = checked.get(key);
        if (!exists) {
            exists = versionExists(session, ref);
            checked.set(key, exists);
        }
        if (!(await exists))
            problems.push({
                message: `'${ref.text}' does not exist in workspace '${session.workspace.workspace}' (no ${ref.collection} '${ref.name}' version '${ref.version}')`,
                location: ref.loc,
            });
    }
    if (problems.length)
        throw new errors/* ValidationError */.yI(problems, `${problems.length} reference(s) not found; nothing was registered, uploaded or submitted`);
}
async function versionExists(session, ref) {
    try {
        await session.ml.versions(ref.collection).get(ref.name, ref.version);
        return true;
    }
    catch (error) {
        if ((0,rest_errors/* isNotFound */.c4)(error))
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/submission/labels.ts

/**
 * Resolves `name@latest` to the newest version: the newest by creation time is asked for, as azure-ai-ml does
 * (a container's `latestVersion` is not kept for every asset type).
 */
async function resolveLatest(session, collection, name, label) {
    if (label !== 'latest')
        throw new errors/* UserError */.yo(`Label '${label}' of ${collection} '${name}' is not supported; use @latest or a version.`);
    const ws = session.workspace.workspace;
    let newest;
    for await (const version of session.ml.versions(collection).list(name, { orderBy: 'CreatedAtDesc', top: 1 })) {
        newest = version;
        break;
    }
    if (!newest?.name)
        throw new errors/* UserError */.yo(`${collection} '${name}' has no versions in workspace '${ws}', so '${name}@${label}' cannot be resolved.`);
    return newest.name;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/pipeline/hashing.ts + 1 modules
var hashing = __webpack_require__(9247);
// EXTERNAL MODULE: ./shared/storage/upload.ts
var upload = __webpack_require__(4267);
;// CONCATENATED MODULE: ./shared/submission/local-data.ts




/**
 * Uploads a local data path of a pipeline (`path: ./data/toy`) to the default datastore under
 * `LocalUpload/<content hash>/...`, as `az ml` does, and returns its `azureml://datastores/...` URI.
 * The same content is uploaded once: a later run finds the completed upload and sends nothing.
 */
async function uploadLocalData(session, localPath, type) {
    // Imported on use: the datastore's access brings @azure/storage-blob (1.4 MB), which a pipeline without local
    // data never needs.
    const { datastoreAccess, defaultDatastoreName, getBlobDatastore } = await Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 5761));
    const snapshot = await (0,hashing/* codeSnapshot */.Y9)(localPath);
    const datastore = await getBlobDatastore(session, await defaultDatastoreName(session));
    const isFile = (await (0,promises_.stat)(localPath)).isFile();
    const source = isFile ? external_node_path_default().dirname(localPath) : localPath;
    const uploaded = await (0,upload/* uploadFolder */.y)(datastoreAccess(session, datastore), {
        source,
        hash: snapshot.contentHash,
        files: snapshot.files.map((f) => f.relativePath),
        dirName: isFile ? 'data' : external_node_path_default().basename(external_node_path_default().resolve(localPath)),
        log: session.log,
    });
    const blobPath = isFile ? `${uploaded.prefix}/${snapshot.files[0].relativePath}` : `${uploaded.prefix}/`;
    session.log.info(`Local ${type} ${localPath} -> azureml://datastores/${datastore.name}/paths/${blobPath}`);
    return `azureml://datastores/${datastore.name}/paths/${blobPath}`;
}

;// CONCATENATED MODULE: ./shared/submission/prepare.ts






/**
 * Everything between a valid pipeline YAML and the job PUT: the job's name and experiment, the computes
 * checked, local components registered and local data uploaded (each once, skipped when unchanged), and
 * the REST body. Any failure here happens before the job exists, so nothing is left half-submitted.
 */
async function preparePipelineSubmission(session, job, options) {
    const identity = await jobs.jobIdentity(options.name, job, options.run, session.log);
    const name = identity.name;
    await jobs.assertNameFitsContent(session, identity);
    const experimentName = jobs.experimentNameFor(options.experimentName ?? job.experimentName ?? 'Default', options.run);
    await assertComputesExist(session, job);
    // Read-only, before any registration or upload: a dry run finds what the real run would fail on.
    assertLocalDataExists(job);
    await assertReferencesExist(session, job);
    const resolver = {
        workspaceId: session.workspaceId,
        registerComponent: options.dryRun
            ? async (c) => `<dry run: component '${c.name}' would be registered anonymously>`
            : options.registerComponent,
        registerComponentSpec: options.dryRun
            ? async () => '<dry run: a pipeline component would be registered anonymously>'
            : options.registerComponentSpec,
        uploadLocalData: options.dryRun
            ? async (path, type) => `<dry run: ${type} ${path} would be uploaded>`
            : (path, type) => uploadLocalData(session, path, type),
        resolveLabel: (collection, assetName, label) => resolveLatest(session, collection, assetName, label),
        dependencies: options.dryRun ? dryRunDependencies(session) : options.dependencies,
    };
    const body = await (0,to_rest/* pipelineJobBody */.oY)(job, resolver, { experimentName, name });
    body.properties.tags = { ...body.properties.tags, ...identity.tags };
    session.log.info(`Pipeline '${job.name ?? job.file}' -> job '${name}' in experiment '${experimentName}'.`);
    return { name, body, run: options.run };
}
/** A dry run's stand-ins for the code and environments a parallel node names: nothing is uploaded. */
function dryRunDependencies(session) {
    return {
        workspaceId: session.workspaceId,
        codeId: async (path) => `<dry run: code ${path} would be uploaded>`,
        environmentId: async (env) => `<dry run: environment ${env.name ?? 'anonymous'} would be registered>`,
        resolveLabel: (collection, name, label) => resolveLatest(session, collection, name, label),
    };
}

;// CONCATENATED MODULE: ./shared/submission/run.ts
/**
 * The submit-and-follow flow shared by submit-pipeline and the root action, for both backends. Entries
 * decide what to print and output; the flow itself lives here once.
 */



/**
 * Registers what the pipeline needs and submits it (or attaches to the job of the same name). A dry run
 * returns the prepared body and writes nothing.
 */
async function submitPipeline(session, pipeline, options) {
    const prepared = await preparePipelineSubmission(session, pipeline, {
        run: options.run,
        name: options.name,
        experimentName: options.experimentName,
        dryRun: options.dryRun,
        // The register-components engine: unchanged components and code cost one read, no upload.
        ...(0,anonymous.anonymousRegistrar)(session, { tags: jobs.traceTags(options.run) }),
        registerComponentSpec: (0,anonymous/* anonymousSpecRegistrar */.O)(session, { tags: jobs.traceTags(options.run) }),
    });
    if (options.dryRun)
        return { prepared };
    const submitted = await jobs.submitOrAttach(session, {
        name: prepared.name,
        body: prepared.body,
        run: options.run,
        forceRerun: options.forceRerun,
    });
    return { prepared, submitted };
}
/**
 * Follows a job to its end. While following, SIGINT/SIGTERM (the runner cancelling the workflow) sends the
 * cancel at once, with a token fetched in advance.
 */
async function followWithCancel(session, submitted, options) {
    const guard = await jobs.CancelGuard.prepare(session, submitted.name);
    const removeHandlers = guard.installSignalHandlers(options.signals);
    try {
        return await jobs.followJob(session, submitted.name, {
            timeoutMs: options.timeoutMs,
            logs: true,
            attached: submitted.attached,
            abortSignal: guard.signal,
            onPoll: () => guard.keepFresh(),
        });
    }
    finally {
        removeHandlers();
    }
}
/** The local backend: runs the pipeline on this machine with the step cache; a signal cancels the run. */
async function runPipelineLocally(workspace, pipeline, options) {
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    options.signals.on('SIGINT', onSignal);
    options.signals.on('SIGTERM', onSignal);
    try {
        // Imported here, not at the top: the Azure backend imports this module too, and must not load the local runner.
        const { runLocalPipeline } = await __webpack_require__.e(/* import() */ 454).then(__webpack_require__.bind(__webpack_require__, 8454));
        const { identity } = options;
        return await runLocalPipeline(workspace, pipeline, {
            name: identity.name,
            tags: { ...jobs.traceTags(options.run), ...identity.tags },
            forceRerun: options.forceRerun,
            signal: cancel.signal,
            log: options.log,
        });
    }
    finally {
        options.signals.off('SIGINT', onSignal);
        options.signals.off('SIGTERM', onSignal);
    }
}


/***/ })

};
