export const id = 112;
export const ids = [112];
export const modules = {

/***/ 5195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O8: () => (/* binding */ anonymousSpecRegistrar),
/* harmony export */   p4: () => (/* binding */ anonymousRegistrar)
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

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ datastoreUploader),
/* harmony export */   dE: () => (/* binding */ PlanWriter),
/* harmony export */   sG: () => (/* binding */ outcomeOf),
/* harmony export */   vY: () => (/* binding */ executePlan)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6677);
/* harmony import */ var _pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2597);
/* harmony import */ var _pipeline_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2664);
/* harmony import */ var _pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9247);
/* harmony import */ var _storage_concurrency_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9447);
/* harmony import */ var _storage_datastore_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5761);
/* harmony import */ var _storage_upload_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4267);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(666);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1591);
/* harmony import */ var _versioning_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3268);
/**
 * Carries out a registration plan in dependency order: code snapshots (uploaded, then registered), then
 * environments (a local build context uploaded first), then components. Only the assets the plan marked
 * `create` are written; reused ones cost no request.
 */












/** How many versions of one kind are written at once (each code upload has its own file concurrency). */
const WRITE_CONCURRENCY = 4;
async function executePlan(assets, plan, options) {
    const writer = new PlanWriter(assets, options);
    const written = new Set();
    const track = (write) => async (asset) => {
        await write(asset);
        written.add(asset);
    };
    try {
        await (0,_storage_concurrency_js__WEBPACK_IMPORTED_MODULE_10__/* .forEachBounded */ .a)(toCreate(plan.codes), WRITE_CONCURRENCY, track((code) => writer.code(code)));
        await (0,_storage_concurrency_js__WEBPACK_IMPORTED_MODULE_10__/* .forEachBounded */ .a)(toCreate(plan.environments), WRITE_CONCURRENCY, track((env) => writer.environment(env)));
        // Components in levels: those a pipeline component uses exist before it is written.
        for (const level of (0,_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .componentLevels */ .Rd)(plan.components))
            await (0,_storage_concurrency_js__WEBPACK_IMPORTED_MODULE_10__/* .forEachBounded */ .a)(toCreate(level), WRITE_CONCURRENCY, track((component) => writer.component(component)));
    }
    catch (error) {
        throw partialWriteError(error, plan, written);
    }
    return [...plan.codes, ...plan.environments, ...plan.components].map((asset) => outcomeOf(asset, 'done'));
}
/**
 * The service refused a write after others succeeded: say what exists now and what does not, so the user
 * knows the workspace's state and that a re-run (which reuses what was written) completes the rest.
 */
function partialWriteError(error, plan, written) {
    const planned = toCreate([...plan.codes, ...plan.environments, ...plan.components]);
    const label = (a) => `${a.kind} ${a.name}:${a.version}`;
    const done = planned.filter((a) => written.has(a)).map(label);
    const notDone = planned.filter((a) => !written.has(a)).map(label);
    const cause = error instanceof Error ? error.message : String(error);
    const message = `${cause}\nRegistration stopped part-way: written: ${done.join(', ') || 'nothing'}; ` +
        `not written: ${notDone.join(', ') || 'nothing'}. A re-run reuses what was written and registers the rest.`;
    return error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(message, error.location) : new Error(message, { cause: error });
}
function toCreate(planned) {
    return planned.filter((asset) => asset.action === 'create');
}
/** What a planned asset became (`done`) or would become (`dry-run`). */
function outcomeOf(asset, stage) {
    const status = asset.action === 'reuse' ? 'unchanged' : stage === 'done' ? 'created' : 'planned';
    return {
        kind: asset.kind,
        name: asset.name,
        version: asset.version,
        id: asset.id,
        status,
        reason: asset.reason,
        source: asset.source,
    };
}
/** Writes single planned assets; used by the batch above and by anonymous component registration. */
class PlanWriter {
    assets;
    options;
    /** Environments whose planned version was taken by another run: planned id -> the id written. */
    movedEnvironments = new Map();
    constructor(assets, options) {
        this.assets = assets;
        this.options = options;
    }
    async code(code) {
        const codeUri = await this.options.uploader.upload(code.snapshot, code);
        try {
            await this.assets.createVersion('code', code.name, code.version, {
                properties: {
                    codeUri,
                    isAnonymous: true,
                    tags: { ...this.options.tags },
                    properties: { hash_sha256: code.snapshot.contentHash, hash_version: _pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__/* .CODE_HASH_VERSION */ .yr },
                },
            });
        }
        catch (error) {
            // Code is named by its content: another run registering the same folder meanwhile wrote this very content.
            const registered = await this.assets.findCodeByHash(code.name, code.snapshot.contentHash).catch(() => undefined);
            if (!registered)
                throw error;
            this.assets.session.log.info(`code ${code.name}:${registered.version} was registered by another run meanwhile`);
            Object.assign(code, { version: registered.version, id: registered.id, action: 'reuse' });
        }
    }
    async environment(env) {
        const buildContextUri = env.spec.build?.local
            ? await this.options.uploader.upload(await (0,_pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__/* .codeSnapshot */ .Y9)(env.spec.build.local), env)
            : undefined;
        const body = (0,_pipeline_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .environmentVersionBody */ .Gn)(env.spec, {
            buildContextUri,
            isAnonymous: env.anonymous,
            tags: this.options.tags,
            properties: { [_types_js__WEBPACK_IMPORTED_MODULE_11__/* .CONTENT_HASH_PROPERTY */ .lK]: env.contentHash },
        });
        if (env.anonymous) {
            // Versioned by content: a version taken meanwhile holds this very content.
            await this.assets.createVersion('environment', env.name, env.version, body);
            return;
        }
        const plannedId = env.id;
        await this.claim(env, env.spec.version, undefined, (version) => this.assets.createVersion('environment', env.name, version, body));
        if (env.id !== plannedId)
            this.movedEnvironments.set(plannedId, env.id);
    }
    async component(component) {
        if (component.body) {
            const { properties } = component.body;
            const tags = { ...properties.tags, ...this.options.tags };
            const body = { properties: { ...properties, tags, properties: { ...properties.properties } } };
            if (properties.isAnonymous) {
                await this.assets.createVersion('component', component.name, component.version, body);
                return;
            }
            body.properties.properties[_types_js__WEBPACK_IMPORTED_MODULE_11__/* .CONTENT_HASH_PROPERTY */ .lK] = component.contentHash;
            await this.claim(component, component.component.version, undefined, (version) => {
                const componentSpec = { ...properties.componentSpec, version };
                return this.assets.createVersion('component', component.name, version, {
                    properties: { ...body.properties, componentSpec },
                });
            });
            return;
        }
        if (component.component.type === 'pipeline' || !component.deps)
            throw new Error(`internal: ${component.name} was planned for creation without its dependencies`);
        const decided = await this.followMovedEnvironment(component);
        const body = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_3__/* .componentVersionBody */ .__)(component.component, component.deps, {
            tags: this.options.tags,
            properties: { [_types_js__WEBPACK_IMPORTED_MODULE_11__/* .CONTENT_HASH_PROPERTY */ .lK]: component.contentHash },
        });
        if (decided?.action === 'reuse')
            return this.settle(component, decided);
        await this.claim(component, component.component.version, decided, (version) => this.assets.createVersion('component', component.name, version, body));
    }
    /**
     * Writes a named environment or component at its planned version through `claimVersion`: a version another run
     * registered meanwhile is decided again, and the planned entry is updated to what was written or reused.
     */
    async claim(asset, yamlVersion, decided, write) {
        const { kind, name, contentHash } = asset;
        const request = { kind, name, contentHash, strategy: this.options.strategy ?? 'yaml', yamlVersion };
        const decision = await (0,_versioning_js__WEBPACK_IMPORTED_MODULE_9__/* .claimVersion */ .Dr)(this.assets, request, {
            decided: decided ?? { action: 'create', version: asset.version, reason: asset.reason },
            create: async (version) => {
                try {
                    await write(version);
                    return true;
                }
                catch (error) {
                    // Taken meanwhile, or a failure of its own (then the write's error is the one to report).
                    const taken = await this.assets.getVersion(kind, name, version).catch(() => undefined);
                    if (taken)
                        return false;
                    throw error;
                }
            },
            log: (message) => this.assets.session.log.info(message),
        });
        this.settle(asset, decision);
    }
    /** Records on the planned entry the version it ended with. */
    settle(asset, decision) {
        if (decision.action === 'conflict')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(decision.message);
        const id = decision.action === 'reuse' ? decision.id : this.assets.versionId(asset.kind, asset.name, decision.version);
        Object.assign(asset, { version: decision.version, id, action: decision.action, reason: decision.reason });
    }
    /**
     * A component whose environment moved to another version at write time names that version instead, so its
     * content (which covers the environment reference) changed: its version is decided again.
     */
    async followMovedEnvironment(component) {
        const deps = component.deps;
        const planned = deps?.environment?.replace(/^azureml:/, '');
        const written = planned === undefined ? undefined : this.movedEnvironments.get(planned);
        if (!deps || written === undefined || component.component.type !== 'command')
            return undefined;
        deps.environment = `azureml:${written}`;
        const own = await (0,_pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__/* .componentContentHash */ .bB)(component.component);
        component.contentHash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${own}\n${deps.environment}`).digest('hex');
        return (0,_versioning_js__WEBPACK_IMPORTED_MODULE_9__/* .decideVersion */ .vI)(this.assets, {
            kind: 'component',
            name: component.name,
            contentHash: component.contentHash,
            strategy: this.options.strategy ?? 'yaml',
            yamlVersion: component.component.version,
        });
    }
}
/**
 * Uploads to the workspace's default datastore under `LocalUpload/<hash>/<folder>`, the layout `az ml` uses.
 * The datastore is looked up on the first upload only: a run with nothing new never touches storage.
 */
function datastoreUploader(session) {
    let access;
    const containerAccess = async () => {
        const datastore = await (0,_storage_datastore_js__WEBPACK_IMPORTED_MODULE_6__/* .getBlobDatastore */ .R4)(session, await (0,_storage_datastore_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultDatastoreName */ .IR)(session));
        return (0,_storage_datastore_js__WEBPACK_IMPORTED_MODULE_6__/* .datastoreAccess */ .aC)(session, datastore);
    };
    return {
        async upload(snapshot, owner) {
            access ??= containerAccess();
            // A single file is uploaded inside its folder's name, so the registered URI is a folder either way.
            const single = snapshot.files[0]?.absolutePath === snapshot.root;
            // Additional includes live outside the code folder: upload from a staged copy holding both.
            const staged = await (0,_pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__/* .stageSnapshot */ .NS)(snapshot);
            try {
                const uploaded = await (0,_storage_upload_js__WEBPACK_IMPORTED_MODULE_7__/* .uploadFolder */ .y)(await access, {
                    source: single ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(staged.folder) : staged.folder,
                    hash: snapshot.contentHash,
                    files: snapshot.files.map((f) => f.relativePath),
                    assetName: owner.name,
                    assetVersion: owner.version,
                    log: session.log,
                });
                return uploaded.url;
            }
            finally {
                await staged.release();
            }
        },
    };
}


/***/ }),

/***/ 666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xB: () => (/* binding */ Planner),
  Rd: () => (/* binding */ componentLevels),
  dv: () => (/* binding */ planRegistration)
});

// UNUSED EXPORTS: codeAssetName, uuidFromHash

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/pipeline/component-rest.ts
var component_rest = __webpack_require__(2597);
// EXTERNAL MODULE: ./shared/pipeline/python-format.ts
var python_format = __webpack_require__(219);
// EXTERNAL MODULE: ./shared/pipeline/steps/pipeline.ts
var pipeline = __webpack_require__(1355);
// EXTERNAL MODULE: ./shared/pipeline/to-rest.ts
var to_rest = __webpack_require__(1571);
// EXTERNAL MODULE: ./shared/pipeline/hashing.ts + 1 modules
var hashing = __webpack_require__(9247);
// EXTERNAL MODULE: ./shared/yaml/fields.ts
var fields = __webpack_require__(463);
// EXTERNAL MODULE: ./shared/pipeline/environment.ts
var environment = __webpack_require__(2664);
// EXTERNAL MODULE: ./shared/pipeline/steps/index.ts + 4 modules
var steps = __webpack_require__(8559);
// EXTERNAL MODULE: ./shared/yaml/located.ts
var located = __webpack_require__(7054);
;// CONCATENATED MODULE: ./shared/assets/load.ts
/**
 * Reads every environment and component file of a registration and checks them all before anything is
 * sent: each problem (syntax, schema, missing code folder, unnamed asset, a name used twice) is collected
 * with its file and line, and one ValidationError carries them all.
 */





/** ARM's rule for asset names (the service refuses others). */
const ASSET_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/**
 * What an asset version can never be: it is a segment of the version's ARM id (`.../versions/{version}`), so
 * empty, blank, `.`/`..`, or holding a space, a control character or one of `/ \ ? # %` would change the
 * path or be refused only after other assets were written.
 */
const ASSET_VERSION_PATTERN = /^(?!\.{1,2}$)[^\s/\\?#%\p{Cc}]{1,255}$/u;
async function loadAssetFiles(files) {
    const problems = new Problems();
    const environments = await loadAll(files.environments, loadEnvironmentFile, problems);
    const components = await loadAll(files.components, loadAnyComponentFile, problems);
    checkNames('environment', environments, problems);
    checkNames('component', components, problems);
    checkVersions([...environments, ...components], problems);
    problems.throwIfAny(`${problems.list.length} problem(s) in the asset files; nothing was registered`);
    return { environments, components };
}
async function loadAll(paths, load, problems) {
    const loaded = [];
    for (const file of [...new Set(paths)]) {
        try {
            loaded.push({ file, value: await load(file), versionLoc: await versionLocation(file) });
        }
        catch (error) {
            if (error instanceof ValidationError)
                problems.merge(error.problems);
            else if (error instanceof UserError)
                problems.add(error.message, error.location ?? { file });
            else
                problems.add(`cannot read: ${errorMessage(error)}`, { file });
        }
    }
    return loaded;
}
function versionLocation(file) {
    return keyLocation(file, 'version');
}
/** Where a top-level key's value is written in a YAML file (the file's first line when it is absent). */
async function keyLocation(file, key) {
    const yaml = await (0,located/* loadYamlFile */.Y3)(file);
    const entry = yaml.root.kind === 'map' ? (0,located/* entryOf */.Ms)(yaml.root, key) : undefined;
    return entry?.value.loc ?? { file, line: 1 };
}
/** A registered asset needs a valid name, and one file per name: two would fight over its versions. */
function checkNames(kind, files, problems) {
    const byName = new Map();
    for (const { file, value } of files) {
        if (value.name === undefined) {
            problems.add(`${kind === 'environment' ? 'an' : 'a'} ${kind} registered from its own file needs a 'name'`, value.loc);
            continue;
        }
        if (!ASSET_NAME_PATTERN.test(value.name)) {
            problems.add(`${kind} name '${value.name}' is not valid: start with a letter or digit; letters, digits, '-' and '_' only`, value.loc);
        }
        const key = value.name.toLowerCase();
        const first = byName.get(key);
        if (first)
            problems.add(`${kind} '${value.name}' is also defined in ${first}; register each name from one file`, value.loc);
        else
            byName.set(key, file);
    }
}
/**
 * A `version:` written in a file is a segment of the asset's id: an empty or malformed one would only be
 * refused by the service, after the other assets of the run were written.
 */
function checkVersions(files, problems) {
    for (const { value, versionLoc } of files) {
        if (value.version === undefined || ASSET_VERSION_PATTERN.test(value.version))
            continue;
        problems.add(`version '${value.version}' is not valid: a version is a part of the asset's id, so it cannot be empty or ` +
            "hold spaces or '/', '\\', '?', '#', '%' (leave version out to have one chosen)", versionLoc);
    }
}

// EXTERNAL MODULE: ./shared/assets/types.ts
var types = __webpack_require__(1591);
// EXTERNAL MODULE: ./shared/assets/versioning.ts
var versioning = __webpack_require__(3268);
;// CONCATENATED MODULE: ./shared/assets/plan.ts
/**
 * The registration plan: for every code folder, environment and component, whether it is written or the
 * registered version is used, and under which version. Planning only reads the workspace, so a dry run is
 * a plan, and every problem it finds (a reused version with new content, a missing environment) stops the
 * run before anything is written.
 */











/**
 * Plans the registration of `files` in dependency order: environment files first (so a component's
 * `azureml:name@latest` sees the version this run registers), then each component with the code folder
 * and local environment it uses. Throws one ValidationError listing every problem found.
 */
async function planRegistration(assets, files, options) {
    const planner = new Planner(assets, options.strategy);
    for (const env of files.environments) {
        await planner.attempt(env.versionLoc, () => planner.namedEnvironment(env.value, env.file, env.versionLoc));
    }
    for (const component of files.components) {
        await planner.attempt(component.versionLoc, () => planner.component(component.value, component.file, component.versionLoc));
    }
    planner.problems.throwIfAny(`${planner.problems.list.length} problem(s) found; nothing was registered`);
    return planner.plan();
}
/** Plans assets once each (code by folder, environments by file or content), remembering what it decided. */
class Planner {
    assets;
    strategy;
    problems = new fields/* Problems */.Zw();
    warnings = [];
    codes = new Map();
    environments = new Map();
    components = [];
    /** Anonymous components planned for the pipeline components that use them, once per component object. */
    anonymous = new Map();
    constructor(assets, strategy) {
        this.assets = assets;
        this.strategy = strategy;
    }
    /** Runs one planning step; a UserError becomes a problem at `where`, so planning goes on with the rest. */
    async attempt(where, step) {
        try {
            await step();
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            const found = error instanceof errors/* ValidationError */.yI
                ? error.problems
                : [{ message: error.message, location: error.location ?? where }];
            // An environment shared by several components fails once, not once per component.
            for (const problem of found)
                if (!this.problems.list.some((p) => sameProblem(p, problem)))
                    this.problems.add(problem.message, problem.location);
        }
    }
    async plan() {
        return {
            codes: await Promise.all(this.codes.values()),
            environments: await Promise.all(this.environments.values()),
            components: [...this.components],
            warnings: [...this.warnings],
        };
    }
    /** A code folder: reused when the workspace has code with its content hash, else uploaded and registered. */
    code(localPath, additionalIncludes = []) {
        const key = [localPath, ...additionalIncludes].join('\n');
        let planned = this.codes.get(key);
        if (!planned) {
            planned = this.planCode(localPath, additionalIncludes);
            this.codes.set(key, planned);
        }
        return planned;
    }
    async planCode(localPath, additionalIncludes) {
        const snapshot = await (0,hashing/* codeSnapshot */.Y9)(localPath, additionalIncludes);
        const name = codeAssetName(snapshot.contentHash);
        const existing = await this.assets.findCodeByHash(name, snapshot.contentHash);
        const base = { kind: 'code', snapshot, name, source: localPath };
        if (existing) {
            return {
                ...base,
                version: existing.version,
                id: existing.id,
                action: 'reuse',
                reason: 'same content already uploaded',
            };
        }
        const id = this.assets.versionId('code', name, '1');
        return { ...base, version: '1', id, action: 'create', reason: `new content (${snapshot.files.length} file(s))` };
    }
    /** An environment registered under its own name (a file of the `environments` input, or one a component names). */
    namedEnvironment(spec, file, versionLoc) {
        return this.once(`file:${file}`, async () => {
            const contentHash = await (0,hashing/* environmentContentHash */.db)(spec);
            const name = spec.name;
            const decision = await this.decide('environment', name, contentHash, spec.version, versionLoc);
            return this.environmentEntry(spec, file, name, decision, contentHash, false);
        });
    }
    /** An environment without a name (inline in a component, or a file with no `name:`): versioned by content. */
    async anonymousEnvironment(spec, source) {
        const contentHash = await (0,hashing/* environmentContentHash */.db)(spec);
        return this.once(`anonymous:${contentHash}`, async () => {
            const version = uuidFromHash(contentHash);
            const existing = await this.assets.getVersion('environment', types/* ANONYMOUS_ENVIRONMENT */.SK, version);
            const decision = existing
                ? { action: 'reuse', version, id: existing.id, reason: 'same content already registered' }
                : { action: 'create', version, reason: 'new anonymous environment' };
            return this.environmentEntry(spec, source, types/* ANONYMOUS_ENVIRONMENT */.SK, decision, contentHash, true);
        });
    }
    once(key, make) {
        let planned = this.environments.get(key);
        if (!planned) {
            planned = make();
            this.environments.set(key, planned);
        }
        return planned;
    }
    environmentEntry(spec, source, name, decision, contentHash, anonymous) {
        const id = decision.action === 'reuse' ? decision.id : this.assets.versionId('environment', name, decision.version);
        return {
            kind: 'environment',
            spec,
            name,
            version: decision.version,
            id,
            action: decision.action,
            reason: decision.reason,
            source,
            anonymous,
            contentHash,
        };
    }
    /**
     * A named component. Its content hash covers its own YAML, its code folder's content and the environment
     * it resolves to (so a new `@latest` environment makes a new component version).
     */
    async component(component, file, versionLoc) {
        if (component.type === 'pipeline')
            return this.pipelineComponent(component, file, versionLoc);
        const { environment: use } = (0,component_rest/* componentParts */.Sx)(component);
        if (use)
            await this.checkRemoteEnvironment(use, file);
        const resolver = this.dependencyResolver(use);
        // Resolve the environment alone first: the code folder is only looked up when the component is written.
        const { environment } = await (0,component_rest/* resolveComponentDependencies */.v6)({ environment: use }, resolver);
        const contentHash = sha256(`${await (0,hashing/* componentContentHash */.bB)(component)}\n${environment}`);
        const planned = await this.planVersion(component, file, contentHash, versionLoc, 0);
        if (planned.action === 'create')
            planned.deps = await (0,component_rest/* resolveComponentDependencies */.v6)(component, resolver);
        return planned;
    }
    /**
     * A named pipeline component (`az ml component create` of `type: pipeline`): the components inside it, at any
     * depth, are registered anonymously first (as azure-ai-ml does), and its spec names their versions. Its
     * content hash is that spec's, so a change anywhere inside makes a new version, and no change costs reads only.
     */
    async pipelineComponent(component, file, versionLoc) {
        const { spec, level } = await this.pipelineSpec(component, 'YAML.COMPONENT', file);
        const planned = await this.planVersion(component, file, sha256((0,python_format/* pythonJsonDumps */.MT)(spec)), versionLoc, level);
        planned.body = (0,pipeline/* pipelineComponentVersionBody */.Ox)(component, { ...spec, version: planned.version });
        return planned;
    }
    /** Decides a named component's version from its content hash and files the planned entry. */
    async planVersion(component, file, contentHash, versionLoc, level) {
        const name = component.name;
        const decision = await this.decide('component', name, contentHash, component.version, versionLoc);
        const planned = {
            kind: 'component',
            component,
            name,
            version: decision.version,
            id: decision.action === 'reuse' ? decision.id : this.assets.versionId('component', name, decision.version),
            action: decision.action,
            reason: decision.reason,
            source: file,
            contentHash,
            level,
        };
        this.components.push(planned);
        return planned;
    }
    /** A pipeline component's spec with the ids of the components it uses, planning those first. */
    async pipelineSpec(component, source, file) {
        const levels = [];
        const track = async (planned) => {
            const inner = await planned;
            levels.push(inner.level);
            return inner.id;
        };
        const resolver = {
            workspaceId: this.assets.workspaceId,
            registerComponent: (inner, innerSource) => track(this.anonymousCommand(inner, file, innerSource)),
            registerComponentSpec: (spec, inner) => track(this.anonymousSpec(spec, inner, file)),
            resolveLabel: (collection, name, label) => this.resolveLabel(collection, name, label),
            uploadLocalData: async (path) => {
                throw new errors/* UserError */.yo(`not supported yet: local data (${path}) inside a registered pipeline component; use a datastore URI or a data asset`, component.loc);
            },
        };
        const spec = await (0,pipeline/* pipelineComponentSpec */.Hp)(component, source, (0,to_rest/* restContext */.Cv)(resolver));
        return { spec, level: 1 + Math.max(-1, ...levels) };
    }
    /** A command component used inside a pipeline component: anonymous, versioned by its spec (azure-ai-ml's md5 uuid). */
    anonymousCommand(component, file, source = 'YAML.JOB') {
        let planned = this.anonymous.get(component);
        if (!planned) {
            planned = (async () => {
                const { environment: use } = (0,component_rest/* componentParts */.Sx)(component);
                if (use)
                    await this.checkRemoteEnvironment(use, component.file);
                const deps = await (0,component_rest/* resolveComponentDependencies */.v6)(component, this.dependencyResolver(use));
                const body = (0,component_rest/* componentVersionBody */.__)(component, deps, { isAnonymous: true, source });
                return this.anonymousEntry(component, body, file, 0);
            })();
            this.anonymous.set(component, planned);
        }
        return planned;
    }
    /** A pipeline component used inside another: anonymous, its complete spec already holding its steps' ids. */
    anonymousSpec(spec, component, file) {
        let planned = this.anonymous.get(component);
        if (!planned) {
            const body = component.type === 'pipeline'
                ? (0,pipeline/* pipelineComponentVersionBody */.Ox)(component, spec, { isAnonymous: true })
                : { properties: { componentSpec: spec, isAnonymous: true, tags: {}, properties: {} } };
            // The components its steps run were planned while its spec was built; it is written after them.
            const stepIds = JSON.stringify(spec.jobs ?? {});
            const inner = this.components.filter((c) => stepIds.includes(c.id));
            planned = this.anonymousEntry(component, body, file, 1 + Math.max(-1, ...inner.map((c) => c.level)));
            this.anonymous.set(component, planned);
        }
        return planned;
    }
    async anonymousEntry(component, body, file, level) {
        const version = (0,component_rest/* anonymousComponentVersion */.nq)(body.properties.componentSpec);
        const existing = await this.assets.getVersion('component', types/* ANONYMOUS_COMPONENT */.Kj, version);
        const planned = {
            kind: 'component',
            component,
            name: types/* ANONYMOUS_COMPONENT */.Kj,
            version,
            id: existing?.id ?? this.assets.versionId('component', types/* ANONYMOUS_COMPONENT */.Kj, version),
            action: existing ? 'reuse' : 'create',
            reason: existing ? 'same content already registered' : 'used by a pipeline component',
            source: component.file ?? file,
            contentHash: version,
            level,
            body,
        };
        this.components.push(planned);
        return planned;
    }
    /** The resolver `componentVersionBody` needs, answering from this plan. */
    dependencyResolver(use) {
        return {
            workspaceId: this.assets.workspaceId,
            codeId: async (localPath, includes) => (await this.code(localPath, includes)).id,
            environmentId: async (spec) => (await this.localEnvironment(use, spec)).id,
            resolveLabel: (collection, name, label) => this.resolveLabel(collection, name, label),
        };
    }
    /** A component's local environment: named when it is a file with a name, else anonymous. */
    async localEnvironment(use, spec) {
        const fromFile = use?.kind === 'local' && use.spec === spec ? use.file : undefined;
        return fromFile && spec.name
            ? this.namedEnvironment(spec, fromFile, await keyLocation(fromFile, 'version'))
            : this.anonymousEnvironment(spec, fromFile ?? spec.file);
    }
    async resolveLabel(collection, name, label) {
        if (label !== 'latest')
            throw new errors/* UserError */.yo(`label '@${label}' of '${name}' is not supported; use @latest or a version`);
        const kind = kindOf(collection);
        const planned = kind === 'environment' ? await this.plannedEnvironmentNamed(name) : undefined;
        if (planned)
            return planned.version;
        for await (const newest of this.assets.newestFirst(kind, name))
            return newest.version;
        throw new errors/* UserError */.yo(`${kind} '${name}' has no version in workspace '${this.assets.session.workspace.workspace}' ` +
            `and is not registered by this run, so '${name}@latest' cannot be resolved`);
    }
    async plannedEnvironmentNamed(name) {
        const settled = await Promise.allSettled(this.environments.values());
        return settled
            .filter((s) => s.status === 'fulfilled')
            .map((s) => s.value)
            .find((e) => !e.anonymous && e.name.toLowerCase() === name.toLowerCase());
    }
    /** `azureml:name:version` must exist, or be registered by this run: the service would only fail at job time. */
    async checkRemoteEnvironment(use, file) {
        if (use.kind !== 'remote' || use.ref.kind !== 'version' || use.text.startsWith('azureml:AzureML-'))
            return;
        const { name, version } = use.ref;
        const planned = await this.plannedEnvironmentNamed(name);
        if (planned?.version === version)
            return;
        if (await this.assets.getVersion('environment', name, version))
            return;
        throw new errors/* UserError */.yo(`environment '${use.text}' does not exist in workspace '${this.assets.session.workspace.workspace}'` +
            (planned
                ? ` (this run registers ${name}:${planned.version})`
                : ' and is not among the environments registered here'), await keyLocation(file, 'environment'));
    }
    async decide(kind, name, contentHash, yamlVersion, versionLoc) {
        const decision = await (0,versioning/* decideVersion */.vI)(this.assets, {
            kind,
            name,
            contentHash,
            strategy: this.strategy,
            yamlVersion,
        });
        if (decision.action === 'conflict')
            throw new errors/* UserError */.yo(decision.message, versionLoc);
        if (decision.action === 'reuse' && decision.warning)
            this.warnings.push({ message: decision.warning, location: versionLoc });
        return decision;
    }
}
/** Planned components grouped by level, lowest first: each group only uses components of the groups before it. */
function componentLevels(components) {
    const levels = [];
    for (const c of components)
        (levels[c.level] ??= []).push(c);
    return levels.filter(Boolean);
}
function sameProblem(a, b) {
    return a.message === b.message && JSON.stringify(a.location) === JSON.stringify(b.location);
}
function kindOf(collection) {
    if (collection === 'environments')
        return 'environment';
    if (collection === 'components')
        return 'component';
    if (collection === 'codes')
        return 'code';
    throw new errors/* UserError */.yo(`${collection} labels cannot be resolved here; give a version`);
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** A UUID-shaped value from a hex hash: the same content always gets the same name or version. */
function uuidFromHash(hex) {
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
/**
 * The code asset name for a content hash. azure-ai-ml names code assets with a random UUID; a name derived
 * from the content makes the `hash` lookup find our earlier upload of the same content in every later run.
 */
function codeAssetName(contentHash) {
    return uuidFromHash(contentHash);
}


/***/ }),

/***/ 1591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ ANONYMOUS_COMPONENT),
/* harmony export */   SK: () => (/* binding */ ANONYMOUS_ENVIRONMENT),
/* harmony export */   lK: () => (/* binding */ CONTENT_HASH_PROPERTY)
/* harmony export */ });
/* unused harmony export VERSION_STRATEGIES */
const VERSION_STRATEGIES = (/* unused pure expression or super */ null && (['yaml', 'auto']));
/**
 * Where our content hash lives on a registered version. Properties (unlike tags) cannot be changed after
 * creation, so the hash always describes the content the version was created with.
 */
const CONTENT_HASH_PROPERTY = 'mlops_actions.content_hash';
/** Names azure-ai-ml gives anonymous assets; ours land next to theirs in the studio. */
const ANONYMOUS_ENVIRONMENT = 'CliV2AnonymousEnvironment';
const ANONYMOUS_COMPONENT = 'azureml_anonymous';


/***/ }),

/***/ 2433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ WorkspaceAssets)
/* harmony export */ });
/* unused harmony export COLLECTION */
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6580);
/* harmony import */ var _pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9247);
/* harmony import */ var _pipeline_refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4467);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1591);




const COLLECTION = {
    code: 'codes',
    environment: 'environments',
    component: 'components',
};
class WorkspaceAssets {
    session;
    constructor(session) {
        this.session = session;
    }
    get workspaceId() {
        return this.session.workspaceId;
    }
    /** The ARM id a version has (or will have once created). */
    versionId(kind, name, version) {
        return (0,_pipeline_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .versionId */ .Ik)(this.workspaceId, COLLECTION[kind], name, version);
    }
    /** The version, or undefined when it (or its container) does not exist. */
    async getVersion(kind, name, version) {
        try {
            return this.registered(kind, name, await this.versions(kind).get(name, version));
        }
        catch (error) {
            if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
                return undefined;
            throw error;
        }
    }
    /** The versions of `name`, most recently created first; none when the asset does not exist. */
    async *newestFirst(kind, name) {
        const iterator = this.versions(kind).list(name, { orderBy: 'CreatedAtDesc' })[Symbol.asyncIterator]();
        for (;;) {
            let next;
            try {
                next = await iterator.next();
            }
            catch (error) {
                if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
                    return;
                throw error;
            }
            if (next.done)
                return;
            yield this.registered(kind, name, next.value);
        }
    }
    /**
     * The code version of `name` holding content with this 202208 hash, through the list's `hash`/`hashVersion`
     * filter (the answer is re-checked, so a service that ignores the filter cannot give a wrong match).
     */
    async findCodeByHash(name, contentHash) {
        try {
            const pages = this.versions('code').list(name, { hash: contentHash, hashVersion: _pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_1__/* .CODE_HASH_VERSION */ .yr }).byPage();
            for await (const page of pages) {
                const hit = page.find((v) => v.properties.properties?.hash_sha256 === contentHash);
                // The service answers one page for a hash filter; the first page decides, as before.
                return hit ? this.registered('code', name, hit) : undefined;
            }
            return undefined;
        }
        catch (error) {
            if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
                return undefined;
            throw error;
        }
    }
    /** Creates a version; returns its ARM id. */
    async createVersion(kind, name, version, body) {
        const created = await this.versions(kind).createOrUpdate(name, version, body);
        return created.id ?? this.versionId(kind, name, version);
    }
    registered(kind, name, resource) {
        const version = resource.name ?? '';
        const contentHash = resource.properties.properties?.[_types_js__WEBPACK_IMPORTED_MODULE_3__/* .CONTENT_HASH_PROPERTY */ .lK] ?? undefined;
        const found = { name, version, id: resource.id ?? this.versionId(kind, name, version) };
        if (contentHash)
            found.contentHash = contentHash;
        return found;
    }
    versions(kind) {
        return this.session.ml.versions(COLLECTION[kind]);
    }
}


/***/ }),

/***/ 953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aK: () => (/* reexport */ CancelGuard),
  Kl: () => (/* reexport */ assertJobPassed),
  $L: () => (/* reexport */ identity/* assertNameFitsContent */.$L),
  fi: () => (/* reexport */ attachJob),
  wD: () => (/* reexport */ cancelJobIfRunning),
  Mn: () => (/* reexport */ naming/* experimentNameFor */.Mn),
  Bv: () => (/* reexport */ followJob),
  Kv: () => (/* reexport */ identity/* jobIdentity */.Kv),
  tS: () => (/* reexport */ submitOrAttach),
  TS: () => (/* reexport */ naming/* traceTags */.TS)
});

// UNUSED EXPORTS: CONTENT_TAG, assertSameContent, deterministicJobName, failingSteps, failureMessage, formatDuration, isActive, isCompleted, isUnsuccessfulEnd, pipelineContentHash, resolveJobName, sanitizeName, traceProperties, withTraceability

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/azure/rest-errors.ts
var rest_errors = __webpack_require__(6580);
// EXTERNAL MODULE: ./shared/jobs/job-resource.ts
var job_resource = __webpack_require__(2421);
// EXTERNAL MODULE: ./shared/jobs/identity.ts
var identity = __webpack_require__(8449);
// EXTERNAL MODULE: ./shared/jobs/naming.ts
var naming = __webpack_require__(7467);
;// CONCATENATED MODULE: ./shared/jobs/submit.ts





/** Submits the job, or attaches to the job of that name when it exists already. */
async function submitOrAttach(session, options) {
    const existing = await (0,job_resource/* findJob */.pC)(session, options.name);
    if (existing)
        return attachToExisting(session, options, existing);
    const body = withTraceability(options);
    let created;
    try {
        created = await (0,job_resource/* putJob */.fD)(session, options.name, body);
    }
    catch (error) {
        // Another process may have created it between our look-up and our PUT (two retries racing).
        const raced = await (0,job_resource/* findJob */.pC)(session, options.name).catch(() => undefined);
        if (raced)
            return attachToExisting(session, options, raced);
        throw (0,rest_errors/* describeAzureFailure */.dd)(`Submitting pipeline job '${options.name}'`, error);
    }
    const submitted = describeSubmitted(session, options.name, created, false);
    session.log.info(`Submitted pipeline job '${submitted.name}' (status ${submitted.status}).`);
    session.log.info(`Studio: ${submitted.studioUrl}`);
    return submitted;
}
/** Follows nothing yet: reads an existing job for `attach`, failing clearly when it does not exist. */
async function attachJob(session, name) {
    const job = await (0,job_resource/* getJob */.ax)(session, name);
    const attached = describeSubmitted(session, name, job, true);
    session.log.info(`Attached to job '${name}' (status ${attached.status}).`);
    session.log.info(`Studio: ${attached.studioUrl}`);
    return attached;
}
function attachToExisting(session, options, job) {
    const theirCommit = job.properties.properties?.[naming/* GIT_PROPERTIES */.h6.commit];
    if (options.run && theirCommit && theirCommit !== options.run.sha) {
        throw new errors/* UserError */.yo(`A job named '${options.name}' already exists in workspace '${session.workspace.workspace}', ` +
            `submitted from commit ${theirCommit}, but this run is at ${options.run.sha}. Job names are unique per ` +
            `workspace: leave 'name' empty to get a name per run attempt, or use 'attach: ${options.name}' to follow that job.`);
    }
    // The body's content tag (jobIdentity) says what this step submits; another content is another job.
    const contentHash = options.body.properties.tags?.[identity/* CONTENT_TAG */.XH];
    if (contentHash)
        (0,identity/* assertSameContent */.cU)(options.name, contentHash, job.properties.tags, (0,job_resource/* studioUrlOf */.rT)(session, job, options.name));
    const attached = describeSubmitted(session, options.name, job, true);
    session.log.info(`Job '${options.name}' already exists (status ${attached.status}): attaching to it instead of submitting a duplicate.`);
    session.log.info(`Studio: ${attached.studioUrl}`);
    return attached;
}
function describeSubmitted(session, name, job, attached) {
    return {
        name,
        id: (0,job_resource/* jobIdOf */.wb)(session, job, name),
        studioUrl: (0,job_resource/* studioUrlOf */.rT)(session, job, name),
        status: (0,job_resource/* statusOf */.c2)(job),
        attached,
    };
}
/** The body with the run's tags and git properties added (the YAML's own keys win) and force_rerun set. */
function withTraceability(options) {
    const props = options.body.properties;
    if (props.jobType !== 'Pipeline') {
        throw new errors/* UserError */.yo(`Expected a pipeline job body (jobType "Pipeline"), got jobType "${props.jobType}".`);
    }
    const run = options.run;
    const settings = options.forceRerun === undefined ? props.settings : { ...props.settings, force_rerun: options.forceRerun };
    return {
        ...options.body,
        properties: {
            ...props,
            tags: run ? { ...(0,naming/* traceTags */.TS)(run), ...props.tags } : props.tags,
            properties: run ? { ...(0,naming/* traceProperties */.pd)(run), ...props.properties } : props.properties,
            ...(settings === undefined ? {} : { settings }),
        },
    };
}

// EXTERNAL MODULE: ./shared/azure/cloud.ts
var cloud = __webpack_require__(1531);
// EXTERNAL MODULE: ./shared/jobs/data-plane.ts
var data_plane = __webpack_require__(6524);
;// CONCATENATED MODULE: ./shared/jobs/status.ts
/**
 * Job statuses as Azure ML reports them (JobBase.status, and run history's Run.status for steps).
 *
 * The sets follow azure-ai-ml's streaming loop, which keeps waiting only while a job is in a known
 * "still going" state; every other state ends the wait. Unlike `az ml job create --stream`, we keep
 * waiting through `CancelRequested` (the job is not over yet) and treat every end other than
 * `Completed` as a failure (az exits 0 on Canceled, NotResponding and Paused).
 */
/** States in which a job (or step) is still on its way to an end. */
const ACTIVE = new Set([
    'NotStarted',
    'Starting',
    'Provisioning',
    'Preparing',
    'Queued',
    'Running',
    'Finalizing',
    'CancelRequested',
]);
/** The only end that passes. */
const COMPLETED = 'Completed';
/** True while the job has not reached an end; an unrecognised state counts as an end (and a failure). */
function isActive(status) {
    return status === undefined || ACTIVE.has(status);
}
function isCompleted(status) {
    return status === COMPLETED;
}
/** True for an end other than Completed: Failed, Canceled, NotResponding, Paused, Unknown, or a new state. */
function isUnsuccessfulEnd(status) {
    return !isActive(status) && !isCompleted(status);
}
/** States where a cancel request is pointless: the job has ended, or a cancel is already on its way. */
function isCancelPointless(status) {
    return status === 'CancelRequested' || (status !== undefined && !isActive(status));
}

;// CONCATENATED MODULE: ./shared/jobs/log-tail.ts
/**
 * Prints the new lines of each step's log while the job runs, the way `az ml job stream` does (same log
 * file choice), but apart from status polling: a log that cannot be listed or downloaded costs a warning,
 * never the result, and a slow download never delays the next status poll.
 */


/** Log files worth showing, best first; the first group that matches anything wins (azure-ai-ml's order). */
const LOG_GROUPS = [
    /^user_logs\/std_log[\D]*[0]*(?:_ps)?\.txt$/, // common runtime: the rank-0 process
    /^azureml-logs\/\d{2}.+\.txt$/, // legacy command jobs
    /^logs\/azureml\/executionlogs\.txt$/, // pipeline runs
];
function pickLogFiles(paths) {
    for (const pattern of LOG_GROUPS) {
        const matched = paths.filter((p) => pattern.test(p)).sort();
        if (matched.length)
            return matched;
    }
    return [];
}
/** Steps whose logs one round reads (each costs a details read and a read per log file). */
const MAX_STEPS_PER_ROUND = 3;
class LogTail {
    history;
    blobs;
    log;
    /** `runId/path` -> lines already printed. */
    printed = new Map();
    /** Steps whose last lines were printed after they ended. */
    flushed = new Set();
    warned = new Set();
    lastHeader = '';
    running;
    /** runId -> the log files chosen for it (path -> SAS URL). */
    logFiles = new Map();
    /** Where the next round starts among the running steps. */
    turn = 0;
    constructor(history, 
    /** Reads SAS URLs; no token. */
    blobs, log) {
        this.history = history;
        this.blobs = blobs;
        this.log = log;
    }
    /** Starts a round of tailing unless one is still going; returns at once. */
    poke(steps) {
        if (this.running)
            return;
        this.running = this.round(steps)
            .catch((error) => this.log.debug(`Log tailing failed: ${(0,errors/* errorMessage */.gJ)(error)}`))
            .finally(() => (this.running = undefined));
    }
    /** Waits for the round in progress, then prints what is left of every step's logs. */
    async finish(steps) {
        await this.running;
        const left = this.unflushed(steps);
        for (let i = 0; i < left.length; i += MAX_STEPS_PER_ROUND)
            await this.readSteps(left.slice(i, i + MAX_STEPS_PER_ROUND));
    }
    /**
     * The steps read this round: those that ended and still have lines to flush first, then the running ones
     * in turn, at most `MAX_STEPS_PER_ROUND`: a fan-out of 200 running steps costs what a chain of 5 does.
     */
    dueSteps(steps) {
        const open = this.unflushed(steps);
        const ended = open.filter((s) => !isActive(s.status));
        const running = open.filter((s) => isActive(s.status));
        const start = running.length ? this.turn % running.length : 0;
        const inTurn = [...running.slice(start), ...running.slice(0, start)];
        const due = [...ended, ...inTurn].slice(0, MAX_STEPS_PER_ROUND);
        this.turn += Math.max(0, due.length - ended.length);
        return due;
    }
    unflushed(steps) {
        return steps.filter((s) => !s.reused && !this.flushed.has(s.runId) && s.status !== 'NotStarted');
    }
    round(steps) {
        return this.readSteps(this.dueSteps(steps));
    }
    /** Reads the logs of `due` at once and prints their new lines. */
    async readSteps(due) {
        const texts = await Promise.all(due.map((step) => this.read(step)));
        due.forEach((step, i) => {
            // An ended step is read once more at most: one whose logs cannot be read must not hold up the others.
            if (!isActive(step.status))
                this.flushed.add(step.runId);
            for (const [path, text] of texts[i] ?? [])
                this.printNew(step, path, text);
        });
    }
    /**
     * The chosen log files of a step (path -> SAS URL) from its run details, kept once some are there: later rounds
     * read the files alone, one request less per step and round.
     */
    async findLogFiles(step) {
        const details = await this.history.details(step.runId);
        const all = details.logFiles ?? {};
        const files = new Map(pickLogFiles(Object.keys(all)).map((path) => [path, all[path]]));
        if (files.size)
            this.logFiles.set(step.runId, files);
        return files;
    }
    /** The chosen log files of a step and their text; undefined when they cannot be read (warned once). */
    async read(step) {
        const out = new Map();
        try {
            const files = this.logFiles.get(step.runId) ?? (await this.findLogFiles(step));
            for (const [path, url] of files)
                out.set(path, await this.blobs.getText(url));
        }
        catch (error) {
            this.logFiles.delete(step.runId); // an expired SAS URL: ask run history again next time
            const message = `Logs of step ${step.name} could not be read (${(0,errors/* errorMessage */.gJ)(error)}); its status is still followed.`;
            if (this.warned.has(step.runId))
                this.log.debug(message);
            else
                this.log.warning(message);
            this.warned.add(step.runId);
            return undefined;
        }
        return out;
    }
    printNew(step, path, text) {
        const key = `${step.runId}/${path}`;
        const lines = text.split('\n');
        // The last piece has no newline yet while the step writes; hold it back until the step has ended.
        const complete = isActive(step.status) ? lines.slice(0, -1) : lines.filter((l, i) => l || i < lines.length - 1);
        const from = this.printed.get(key) ?? 0;
        if (complete.length <= from)
            return;
        const header = `── ${step.name} · ${path} ──`;
        if (this.lastHeader !== header)
            this.log.info(header);
        this.lastHeader = header;
        for (const line of complete.slice(from))
            this.log.info(line);
        this.printed.set(key, complete.length);
    }
}

;// CONCATENATED MODULE: ./shared/jobs/poll.ts
/**
 * When to look at a job again: often at first and right after something changed, then less and less, as
 * `az ml job stream` does; never faster than a fixed budget, and never sooner than the service asked (Retry-After).
 */
const systemClock = { now: () => Date.now(), sleep };
/**
 * azure-ai-ml's logistic curve, `60 / (1 + 100·e^(−t/20))` seconds at `t` seconds since the start, moved to
 * run from `minMs` to `maxMs`: about `minMs` for the first half minute, half-way at 1.5 minutes, `maxMs`
 * after about 3. A job that ends fast is seen fast; a job of hours costs about one request a minute.
 */
function pollDelayMs(elapsedMs, bounds) {
    const t = Math.max(0, elapsedMs) / 1000;
    const share = 1 / (1 + 100 * Math.exp(-t / 20));
    const span = Math.max(0, bounds.maxMs - bounds.minMs);
    return Math.round(bounds.minMs + span * share);
}
/** Default ceiling: az's 60 s, and never less than the floor. Tests set a short floor, which scales the ceiling. */
function defaultPollBounds(pollIntervalMs) {
    return { minMs: pollIntervalMs, maxMs: Math.max(pollIntervalMs, Math.min(60_000, pollIntervalMs * 12)) };
}
/**
 * Polls allowed per ceiling interval in the long run (a token bucket): a pipeline whose steps keep changing
 * (200 steps end one after the other) would otherwise keep the interval at its floor for hours. At the ceiling a
 * quiet job spends one poll per interval, so the bucket refills and a change is still seen fast.
 */
const POLLS_PER_CEILING = 1.25;
/** Polls that may follow each other at the floor interval before the budget slows them down. */
const POLL_BURST = 6;
/**
 * Paces the polls of one job: the interval follows `pollDelayMs` over the time since the last change (so it
 * resets when a step or the job changes state), within a budget of `POLLS_PER_CEILING` polls per ceiling
 * interval (bursts of `POLL_BURST`), and is never shorter than a Retry-After the service sent.
 */
class PollPacer {
    bounds;
    clock;
    quietSince;
    tokens = POLL_BURST;
    tokensAt;
    constructor(bounds, clock) {
        this.bounds = bounds;
        this.clock = clock;
        this.quietSince = this.tokensAt = clock.now();
    }
    /** The wait before the next poll; `changed` when this poll saw something new. */
    nextDelay(changed, retryAfterMs = 0) {
        const now = this.clock.now();
        if (changed)
            this.quietSince = now;
        const rate = POLLS_PER_CEILING / Math.max(1, this.bounds.maxMs);
        let at = now + Math.max(pollDelayMs(now - this.quietSince, this.bounds), retryAfterMs);
        const available = Math.min(POLL_BURST, this.tokens + (at - this.tokensAt) * rate);
        if (available < 1)
            at += (1 - available) / rate;
        this.tokens = Math.min(POLL_BURST, this.tokens + (at - this.tokensAt) * rate) - 1;
        this.tokensAt = at;
        return Math.ceil(at - now);
    }
}
/** Waits `ms`, or less when `signal` aborts (resolving, not throwing: the caller checks the signal). */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}

// EXTERNAL MODULE: ./shared/jobs/run-history.ts
var run_history = __webpack_require__(491);
;// CONCATENATED MODULE: ./shared/jobs/steps.ts

/** Run properties azure-ai-ml reads to tell a reused node (`PipelineConstants.REUSED_FLAG_FIELD`). */
const REUSED_FLAG = 'azureml.isreused';
const REUSED_RUN = 'azureml.reusedrunid';
/**
 * Run types whose runs have child runs worth following: the steps of a pipeline component, the trials of a
 * sweep, the mini-batch runs of a parallel step.
 */
const CONTAINER_RUN_TYPES = ['azureml.pipelinerun', 'hyperdrive', 'azureml.parallelrunstep'];
/** Whether run history lists child runs under this run. */
function hasChildRuns(run) {
    const runType = run.runType;
    return typeof runType === 'string' && CONTAINER_RUN_TYPES.includes(runType.toLowerCase());
}
/** A step named by its path from the pipeline job: `train_pipeline/train_step` for a step of a step. */
function stepOf(run, parentPath = '') {
    const startedAt = parseDate(run.startTimeUtc);
    const endedAt = parseDate(run.endTimeUtc);
    const reusedFlag = run.properties?.[REUSED_FLAG];
    const name = run.displayName || run.name || run.runId;
    return {
        name: parentPath ? `${parentPath}/${name}` : name,
        runId: run.runId,
        status: run.status ?? 'Unknown',
        reused: reusedFlag === undefined ? (run.properties ? false : undefined) : reusedFlag.toLowerCase() === 'true',
        reusedRunId: run.properties?.[REUSED_RUN] || undefined,
        error: run.error?.error?.message || undefined,
        startedAt,
        endedAt,
        durationMs: startedAt && endedAt ? endedAt.getTime() - startedAt.getTime() : undefined,
    };
}
/** Remembers the last status of each step and logs the changes. */
class StepTracker {
    log;
    steps = new Map();
    constructor(log) {
        this.log = log;
    }
    /**
     * Takes the latest child runs (of the job, or of the step at `parentPath`); logs every step that appeared or
     * changed status since the last call; returns how many did.
     */
    update(runs, parentPath = '') {
        let changed = 0;
        for (const run of runs) {
            const step = stepOf(run, parentPath);
            const before = this.steps.get(step.runId);
            this.steps.set(step.runId, step);
            if (before?.status === step.status)
                continue;
            this.log.info(describeChange(step));
            changed++;
        }
        return changed;
    }
    /** Adds what a later, fuller read found (e.g. the error of a failed step from its details). */
    amend(runId, change) {
        const step = this.steps.get(runId);
        if (step)
            this.steps.set(runId, { ...step, ...change });
    }
    /** Steps still running (whose logs are worth tailing). */
    active() {
        return this.list().filter((s) => isActive(s.status));
    }
    list() {
        return [...this.steps.values()];
    }
}
function describeChange(step) {
    let text = `  step ${step.name}: ${step.status}`;
    if (step.reused)
        text += ' (reused an earlier run' + (step.reusedRunId ? ` ${step.reusedRunId})` : ')');
    if (!isActive(step.status) && step.durationMs !== undefined)
        text += ` after ${formatDuration(step.durationMs)}`;
    if (step.error)
        text += ` - ${step.error}`;
    return text;
}
function formatDuration(ms) {
    const seconds = Math.round(ms / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    if (h)
        return `${h}h ${m}m ${s}s`;
    if (m)
        return `${m}m ${s}s`;
    return `${s}s`;
}
function parseDate(text) {
    if (!text)
        return undefined;
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
}

;// CONCATENATED MODULE: ./shared/jobs/follow.ts











/** How deep nested child runs are followed (pipeline components in pipeline components, their sweeps, …). */
const MAX_NESTING = 4;
/** ARM reads that may fail in a row (after the client's own retries) before following gives up. */
const MAX_READ_FAILURES = 5;
async function followJob(session, name, options = {}) {
    const log = session.log;
    const clock = options.clock ?? systemClock;
    const startedAt = clock.now();
    const bounds = options.pollBounds ?? defaultPollBounds(session.pollIntervalMs);
    const pacer = new PollPacer(bounds, clock);
    const history = options.runHistory === undefined
        ? await run_history/* RunHistory */.g.connect(session, (0,data_plane/* authenticatedGetter */.NL)(session.credential, (0,cloud/* mlScope */.Ck)(session.cloud), { throttledToCaller: true }))
        : options.runHistory;
    const steps = new StepTracker(log);
    const stepReader = history ? new StepReader(history, steps, name, session, clock) : undefined;
    const tail = history && options.logs !== false ? new LogTail(history, (0,data_plane/* anonymousGetter */.B6)(), log) : undefined;
    let job = await (0,job_resource/* getJob */.ax)(session, name);
    let lastStatus;
    let timedOut = false;
    let stopped = false;
    let readFailures = 0;
    let jobWaitMs = 0;
    for (;;) {
        const status = (0,job_resource/* statusOf */.c2)(job);
        const jobChanged = status !== lastStatus;
        if (jobChanged)
            log.info(`Pipeline job ${name}: ${status} (${formatDuration(clock.now() - startedAt)} in)`);
        lastStatus = status;
        const read = await stepReader?.refresh();
        tail?.poke(steps.list());
        if (!isActive(status))
            break;
        if (options.abortSignal?.aborted) {
            stopped = true;
            break;
        }
        if (options.timeoutMs !== undefined && clock.now() - startedAt >= options.timeoutMs) {
            timedOut = true;
            break;
        }
        await options.onPoll?.();
        const changed = jobChanged || (read?.changed ?? 0) > 0;
        await clock.sleep(pacer.nextDelay(changed, Math.max(jobWaitMs, read?.waitMs ?? 0)), options.abortSignal);
        if (options.abortSignal?.aborted) {
            stopped = true;
            break;
        }
        try {
            job = await (0,job_resource/* getJob */.ax)(session, name);
            readFailures = 0;
            jobWaitMs = 0;
        }
        catch (error) {
            // A job of hours must survive a flaky minute; the client has retried already.
            if (++readFailures >= MAX_READ_FAILURES)
                throw error;
            jobWaitMs = throttledWaitMs(error, clock, bounds);
            log.warning(`Reading job '${name}' failed (${(0,errors/* errorMessage */.gJ)(error)}); trying again at the next poll.`);
        }
    }
    // A cancelled workflow has seconds left: no final reads then.
    const settled = stopped ? undefined : await stepReader?.settle((0,job_resource/* statusOf */.c2)(job));
    if (!stopped)
        await tail?.finish(steps.list());
    return buildResult(session, name, job, {
        steps,
        stepsKnown: Boolean(stepReader?.everRead),
        timedOut,
        stopped,
        attached: options.attached ?? false,
        parentError: settled?.error,
        durationMs: settled?.durationMs ?? clock.now() - startedAt,
    });
}
/**
 * How long a failed read asks the next poll to wait: its Retry-After when it was throttled (429) or the service
 * was unavailable (503); the ceiling interval when it said neither; nothing for other failures.
 */
function throttledWaitMs(error, clock, bounds) {
    const asked = (0,rest_errors/* retryAfterMs */.Vs)(error, clock.now());
    if (asked !== undefined)
        return asked;
    return [429, 503].includes((0,rest_errors/* statusCodeOf */.PU)(error) ?? 0) ? bounds.maxMs : 0;
}
/** Reads the steps from run history each poll; its failures are warned about once and never fatal. */
class StepReader {
    history;
    steps;
    jobName;
    session;
    clock;
    everRead = false;
    warned = false;
    /** Container runs (pipeline components, sweeps) listed after they ended: their child runs cannot change. */
    settledContainers = new Set();
    constructor(history, steps, jobName, session, clock) {
        this.history = history;
        this.steps = steps;
        this.jobName = jobName;
        this.session = session;
        this.clock = clock;
    }
    async refresh() {
        try {
            const changed = await this.readLevel(this.jobName, '', 0);
            this.everRead = true;
            return { changed, waitMs: 0 };
        }
        catch (error) {
            const message = `Listing the steps of '${this.jobName}' failed (${(0,errors/* errorMessage */.gJ)(error)}); following the job status.`;
            if (this.warned)
                this.session.log.debug(message);
            else
                this.session.log.warning(message);
            this.warned = true;
            return { changed: 0, waitMs: (0,rest_errors/* retryAfterMs */.Vs)(error, this.clock.now()) ?? 0 };
        }
    }
    /**
     * Reads the child runs of `runId` (one paged list call, however many steps) and, below those that have their
     * own (pipeline components, sweeps, parallel steps) and are still going, theirs: a nested step is named by its
     * path, so a failure deep down says where it happened. Returns how many steps changed.
     */
    async readLevel(runId, path, depth) {
        const runs = await this.history.children(runId);
        let changed = this.steps.update(runs, path);
        if (depth >= MAX_NESTING)
            return changed;
        for (const run of runs.filter(hasChildRuns)) {
            if (this.settledContainers.has(run.runId))
                continue;
            const name = run.displayName || run.name || run.runId;
            changed += await this.readLevel(run.runId, path ? `${path}/${name}` : name, depth + 1);
            if (!isActive(run.status))
                this.settledContainers.add(run.runId);
        }
        return changed;
    }
    /**
     * After the end: one more read (steps may lag behind the pipeline), the errors of failed steps that the
     * list left out, and the pipeline run's own error (for a failure no step explains) and duration.
     */
    async settle(status) {
        await this.refresh();
        if (!isCompleted(status)) {
            for (const step of this.steps.list()) {
                if (step.status !== 'Failed' || step.error)
                    continue;
                const details = await this.history.details(step.runId).catch(() => undefined);
                const message = details?.error?.error?.message;
                if (message)
                    this.steps.amend(step.runId, { error: message });
            }
        }
        const run = await this.history.run(this.jobName).catch(() => undefined);
        const start = run?.startTimeUtc ? Date.parse(run.startTimeUtc) : NaN;
        const end = run?.endTimeUtc ? Date.parse(run.endTimeUtc) : NaN;
        return {
            error: isCompleted(status) ? undefined : run?.error?.error?.message || undefined,
            durationMs: Number.isFinite(start) && Number.isFinite(end) && end >= start ? end - start : undefined,
        };
    }
}
function buildResult(session, name, job, parts) {
    const status = (0,job_resource/* statusOf */.c2)(job);
    return {
        name,
        id: (0,job_resource/* jobIdOf */.wb)(session, job, name),
        studioUrl: (0,job_resource/* studioUrlOf */.rT)(session, job, name),
        status,
        passed: isCompleted(status) && !parts.timedOut && !parts.stopped,
        attached: parts.attached,
        stopped: parts.stopped,
        timedOut: parts.timedOut,
        steps: parts.steps.list(),
        stepsKnown: parts.stepsKnown,
        error: parts.parentError,
        durationMs: parts.durationMs,
        outputs: (0,job_resource/* outputsOf */.Yz)(job, name),
    };
}

;// CONCATENATED MODULE: ./shared/jobs/outcome.ts
/**
 * The verdict on a followed job: only Completed passes. Every other end is named, with the step(s) that
 * caused it and their errors, because "exit 0 on Canceled" is what users of `az ml job create --stream` hit.
 */



/** What a state means, for the states whose name alone does not say what to do. */
const MEANING = {
    NotResponding: 'the service lost contact with the job',
    Paused: 'the job will not finish on its own; resume or cancel it in the studio',
    Unknown: 'the service does not know what became of the job',
};
/** Steps to blame: the failed or cancelled ones, failed first. */
function failingSteps(result) {
    const bad = result.steps.filter((s) => s.status !== 'Completed' && !isActive(s.status));
    return bad.sort((a, b) => Number(b.status === 'Failed') - Number(a.status === 'Failed'));
}
/** The message that fails the step, or undefined when the job passed. */
function failureMessage(result) {
    if (result.passed)
        return undefined;
    if (result.stopped) {
        return `Following pipeline job '${result.name}' was stopped while it was ${result.status} (the workflow was cancelled). Studio: ${result.studioUrl}`;
    }
    if (result.timedOut) {
        return (`Pipeline job '${result.name}' did not finish within ${formatDuration(result.durationMs)}; it is still ` +
            `${result.status} and keeps running in Azure ML. Follow it later with 'attach: ${result.name}', ` +
            `or cancel it in the studio: ${result.studioUrl}`);
    }
    const known = ['Failed', 'Canceled', ...Object.keys(MEANING)].includes(result.status);
    const meaning = MEANING[result.status] ?? (known ? undefined : 'a state this action does not know; only Completed passes');
    const lines = [`Pipeline job '${result.name}' ended ${result.status}${meaning ? ` (${meaning})` : ''}.`];
    const blamed = failingSteps(result);
    for (const step of blamed)
        lines.push(`  step ${step.name}: ${step.status}${step.error ? ` - ${step.error}` : ''}`);
    if (!blamed.some((s) => s.error) && result.error)
        lines.push(`  ${result.error}`);
    if (!result.stepsKnown)
        lines.push('  (step statuses were unavailable from run history)');
    lines.push(`Studio: ${result.studioUrl}`);
    return lines.join('\n');
}
/** Throws a UserError naming the state and the failing steps unless the job Completed. */
function assertJobPassed(result) {
    const message = failureMessage(result);
    if (message)
        throw new errors/* UserError */.yo(message);
}

// EXTERNAL MODULE: ./shared/azure/create-session.ts + 2 modules
var create_session = __webpack_require__(2410);
// EXTERNAL MODULE: ./shared/azure/ml-api/ml-api.ts
var ml_api = __webpack_require__(7563);
// EXTERNAL MODULE: ./shared/azure/ml-api/rest-client.ts
var rest_client = __webpack_require__(3733);
;// CONCATENATED MODULE: ./shared/jobs/cancel.ts









/** The cancel request must fit in the runner's grace period: few, short retries. */
const CANCEL_RETRY = { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 };
const CANCEL_TIMEOUT_MS = 5000;
/** Renew the kept token when less than this share of its lifetime remains... */
const REFRESH_AT_REMAINING_SHARE = 0.5;
/** ...or less than this much time (an AAD token lives 60-90 minutes). */
const REFRESH_AT_REMAINING_MS = 10 * 60_000;
class CancelGuard {
    session;
    jobName;
    token;
    lifetimeMs = 0;
    cancelling;
    aborter = new AbortController();
    /** The REST layer on a pipeline of its own: the kept token instead of a sign-in, few and short retries. */
    api;
    constructor(session, jobName) {
        this.session = session;
        this.jobName = jobName;
        const pipeline = (0,data_plane/* basePipeline */.OV)(CANCEL_RETRY);
        pipeline.addPolicy(this.keptTokenPolicy(), { phase: 'Sign' });
        const rest = new rest_client/* MlRestClient */.p({
            endpoint: session.cloud.armEndpoint,
            credential: session.credential,
            scope: (0,cloud/* armScope */.Rz)(session.cloud),
            userAgent: create_session/* USER_AGENT */._O,
            pipeline,
        });
        this.api = new ml_api/* MlApi */.W(rest, session.workspace, session.pollIntervalMs);
    }
    /** Obtains the token now, while there is time, and builds the request path. */
    static async prepare(session, jobName) {
        const guard = new CancelGuard(session, jobName);
        await guard.renew();
        return guard;
    }
    /** Aborts when a cancel starts: pass it to `followJob` so following stops at once. */
    get signal() {
        return this.aborter.signal;
    }
    /**
     * Renews the kept token when it nears its end; cheap otherwise. Call it on every poll. A failed renewal
     * is a warning, not a failure: following goes on, the old token may still be valid, the next poll retries.
     */
    async keepFresh() {
        const remaining = (this.token?.expiresOnTimestamp ?? 0) - Date.now();
        if (remaining >= Math.min(REFRESH_AT_REMAINING_MS, this.lifetimeMs * REFRESH_AT_REMAINING_SHARE))
            return;
        try {
            await this.renew();
        }
        catch (error) {
            this.session.log.warning(`Could not renew the token kept for cancelling job '${this.jobName}' (${(0,errors/* errorMessage */.gJ)(error)}); retrying at the next poll.`);
        }
    }
    /** Sends the cancel request at once with the kept token. Idempotent: a second call returns the first outcome. */
    cancelNow() {
        if (!this.cancelling) {
            this.aborter.abort();
            this.cancelling = this.sendCancel();
        }
        return this.cancelling;
    }
    /**
     * On SIGINT or SIGTERM: cancel the job, say so, and exit 1. A second signal while the request is on its
     * way changes nothing. Returns the function that removes the handlers (call it when following ends).
     */
    installSignalHandlers(target) {
        const handler = (signal) => void this.onSignal(signal, target);
        target.on('SIGINT', handler);
        target.on('SIGTERM', handler);
        return () => {
            target.off('SIGINT', handler);
            target.off('SIGTERM', handler);
        };
    }
    async onSignal(signal, target) {
        const log = this.session.log;
        if (this.cancelling) {
            log.info(`${signal} received; the cancel request for job '${this.jobName}' is already on its way.`);
            return;
        }
        log.info(`${signal} received: the workflow is being cancelled. Cancelling Azure ML job '${this.jobName}'.`);
        const outcome = await this.cancelNow();
        if (outcome.accepted) {
            log.error(`The workflow was cancelled, so Azure ML job '${this.jobName}' was cancelled too.`);
        }
        else {
            log.error(`The workflow was cancelled, but cancelling Azure ML job '${this.jobName}' failed: ${outcome.error}. ` +
                'The post step will try again; check the job in the studio.');
        }
        target.exit(1);
    }
    async sendCancel() {
        const { jobName } = this;
        const signedInAgain = !this.token || this.token.expiresOnTimestamp <= Date.now();
        try {
            if (signedInAgain)
                await this.renew();
            const { status } = await this.api.jobs.cancel(jobName, { timeoutMs: CANCEL_TIMEOUT_MS });
            return { name: jobName, accepted: true, httpStatus: status, signedInAgain };
        }
        catch (error) {
            // The service's own words: the caller's log line already says what was being done.
            const said = error instanceof rest_errors/* AzureFailure */.mh ? error.serviceMessage : (0,errors/* errorMessage */.gJ)(error);
            return { name: jobName, accepted: false, httpStatus: (0,rest_errors/* statusCodeOf */.PU)(error), error: said, signedInAgain };
        }
    }
    async renew() {
        const token = await this.session.credential.getToken((0,cloud/* armScope */.Rz)(this.session.cloud));
        if (!token)
            throw new Error('the credential returned no ARM access token');
        this.session.log.secret(token.token);
        this.token = token;
        this.lifetimeMs = Math.max(0, token.expiresOnTimestamp - Date.now());
    }
    keptTokenPolicy() {
        return {
            name: 'keptArmToken',
            sendRequest: (request, next) => {
                request.headers.set('Authorization', `Bearer ${this.token?.token ?? ''}`);
                return next(request);
            },
        };
    }
}
/**
 * The post step's backstop: requests a cancel when the job is still going, and does nothing when it has
 * ended, a cancel is already on its way (CancelRequested), or the job does not exist.
 */
async function cancelJobIfRunning(session, name) {
    const job = await (0,job_resource/* findJob */.pC)(session, name);
    if (!job) {
        session.log.info(`No job named '${name}' in the workspace: nothing to cancel.`);
        return { name, cancelRequested: false };
    }
    const status = (0,job_resource/* statusOf */.c2)(job);
    if (isCancelPointless(status)) {
        session.log.info(`Job '${name}' is ${status}: nothing to cancel.`);
        return { name, status, cancelRequested: false };
    }
    // Sends the request and returns; the job moves to CancelRequested, then Canceled, on its own.
    await session.ml.jobs.cancel(name);
    session.log.info(`Cancel requested for job '${name}' (it was ${status}).`);
    return { name, status, cancelRequested: true };
}

;// CONCATENATED MODULE: ./shared/jobs/index.ts
/** The jobs library: submit or attach, follow, judge, cancel. See README.md in this folder. */










/***/ }),

/***/ 8559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M7: () => (/* binding */ COMPONENT_KINDS),
  zq: () => (/* binding */ steps_STEP_KINDS)
});

// UNUSED EXPORTS: GraphReader, loadAnyComponentFile, readAnyComponent, readNode

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/yaml/located.ts
var located = __webpack_require__(7054);
// EXTERNAL MODULE: ./shared/yaml/fields.ts
var fields = __webpack_require__(463);
// EXTERNAL MODULE: ./shared/pipeline/component.ts + 1 modules
var component = __webpack_require__(5059);
// EXTERNAL MODULE: ./shared/pipeline/bindings.ts
var bindings = __webpack_require__(5199);
// EXTERNAL MODULE: ./shared/pipeline/node-rest.ts
var node_rest = __webpack_require__(8940);
// EXTERNAL MODULE: ./shared/pipeline/pipeline-node.ts
var pipeline_node = __webpack_require__(6712);
;// CONCATENATED MODULE: ./shared/pipeline/steps/automl.ts





const AUTOML_DATA_FIELDS = ['training_data', 'validation_data', 'test_data'];
/** Keys read into the node itself rather than sent as AutoML fields. */
const NODE_KEYS = ['type', 'outputs', 'compute', 'display_name', 'description', 'tags', 'inputs'];
/** `type: automl`: sent in its YAML shape (azure-ai-ml dumps the AutoML job's YAML fields into the step). */
const automlStep = {
    read: readAutoMLNode,
    toRest: async (node, ctx) => (0,node_rest/* automlNodeToRest */.G4)(node, ctx.workspaceId),
    // Outputs of AutoML steps depend on the task; inputs come through training_data etc.
    ports: (_node, side) => (side === 'outputs' ? undefined : []),
    bindings: (node) => Object.values(node.automlBindings),
};
async function readAutoMLNode(name, map, ctx) {
    const node = {
        name,
        loc: map.loc,
        type: 'automl',
        inputs: {},
        outputs: (0,pipeline_node/* readPorts */.xH)(map, ctx).outputs,
        automl: {},
        automlBindings: {},
    };
    (0,pipeline_node/* readCommonFields */.FM)(node, map, ctx.problems);
    (0,fields/* readString */.E3)(map, 'task', ctx.problems, { required: true, owner: `AutoML step '${name}'` });
    for (const entry of map.entries) {
        if (NODE_KEYS.includes(entry.key))
            continue;
        if (AUTOML_DATA_FIELDS.includes(entry.key) &&
            entry.value.kind === 'scalar' &&
            typeof entry.value.value === 'string') {
            const parsed = (0,bindings/* parseBinding */.Vy)(entry.value.value);
            if (parsed?.ok)
                node.automlBindings[entry.key] = { binding: parsed.binding, loc: entry.value.loc };
            else if (parsed)
                ctx.problems.add(`${entry.key}: ${parsed.reason}`, entry.value.loc);
        }
        node.automl[entry.key] = (0,located/* toPlain */.Ul)(entry.value);
    }
    if ((0,located/* entryOf */.Ms)(map, 'inputs'))
        ctx.problems.add(`AutoML step '${name}' takes its data in training_data/validation_data, not inputs`, (0,located/* entryOf */.Ms)(map, 'inputs')?.keyLoc);
    return node;
}

// EXTERNAL MODULE: ./shared/pipeline/inline-command.ts
var inline_command = __webpack_require__(1904);
// EXTERNAL MODULE: ./shared/pipeline/step-ports.ts
var step_ports = __webpack_require__(3598);
;// CONCATENATED MODULE: ./shared/pipeline/steps/command.ts






/** `type: command` (the default): a command component, from a file, a reference, a mapping or inline. */
const commandStep = {
    read: readCommandNode,
    toRest: node_rest/* commandNodeToRest */.Jk,
    validate: (node, graph, problems) => (0,step_ports/* checkComponentPorts */.Sl)(node, node.component, graph, problems),
    ...(0,step_ports/* runsComponent */.sq)((node) => node.component),
};
async function readCommandNode(name, map, ctx) {
    (0,fields/* checkKeys */.L)(map, pipeline_node/* COMMAND_KEYS */.fO, ctx.problems, `step '${name}'`);
    const node = { name, loc: map.loc, type: 'command', ...(0,pipeline_node/* readPorts */.xH)(map, ctx) };
    (0,pipeline_node/* readCommonFields */.FM)(node, map, ctx.problems);
    (0,pipeline_node/* readCommandFields */.pL)(node, map, ctx.problems);
    const component = await readCommandComponentUse(name, map, node, ctx);
    return component ? { ...node, component } : undefined;
}
async function readCommandComponentUse(name, map, node, ctx) {
    const hasComponent = (0,located/* entryOf */.Ms)(map, 'component') !== undefined;
    const hasCommand = (0,located/* entryOf */.Ms)(map, 'command') !== undefined;
    if (hasComponent && hasCommand) {
        ctx.problems.add(`step '${name}' has both component and command; keep one`, map.loc);
        return undefined;
    }
    if (hasCommand) {
        const component = await (0,inline_command/* inlineCommandComponent */.y)(map, node, ctx);
        // azure-ai-ml puts an inline command's resources in its anonymous spec too (recorded: serverless_job_tier).
        if (component && node.resources)
            component.resources = node.resources;
        return component ? { kind: 'inline', component } : undefined;
    }
    if (!hasComponent) {
        ctx.problems.add(`step '${name}' needs a component (a file, azureml:<name>:<version>, a registry id) or an inline command`, map.loc);
        return undefined;
    }
    return (0,pipeline_node/* readComponentUse */.j)(name, map, ctx, 'command');
}

// EXTERNAL MODULE: ./shared/pipeline/steps/parallel.ts
var parallel = __webpack_require__(6106);
// EXTERNAL MODULE: ./shared/pipeline/steps/pipeline.ts
var pipeline = __webpack_require__(1355);
// EXTERNAL MODULE: ./shared/pipeline/steps/spark.ts
var spark = __webpack_require__(288);
// EXTERNAL MODULE: ./shared/pipeline/steps/fields.ts
var steps_fields = __webpack_require__(5064);
;// CONCATENATED MODULE: ./shared/pipeline/steps/sweep.ts






/** Keys of a sweep step besides the ones every step has (inputs, outputs, compute, display_name, …). */
const SWEEP_STEP_KEYS = [
    'trial',
    'search_space',
    'sampling_algorithm',
    'objective',
    'limits',
    'early_termination',
    'queue_settings',
    'resources',
    'identity',
];
/** Each distribution and the parameters its YAML form takes (azure-ai-ml `_schema/_sweep/search_space`). */
const DISTRIBUTIONS = {
    choice: ['values'],
    randint: ['upper'],
    uniform: ['min_value', 'max_value'],
    loguniform: ['min_value', 'max_value'],
    quniform: ['min_value', 'max_value', 'q'],
    qloguniform: ['min_value', 'max_value', 'q'],
    normal: ['mu', 'sigma'],
    lognormal: ['mu', 'sigma'],
    qnormal: ['mu', 'sigma', 'q'],
    qlognormal: ['mu', 'sigma', 'q'],
};
const SAMPLING_ALGORITHMS = ['random', 'grid', 'bayesian'];
const RANDOM_RULES = ['random', 'sobol'];
const GOALS = ['minimize', 'maximize'];
/** What every early termination policy takes (azure-ai-ml's EarlyTerminationPolicy). */
const POLICY_PARAMS = {
    delay_evaluation: { default: 0, integer: true },
    evaluation_interval: { default: 0, integer: true },
};
/** Early termination policies by YAML type. */
const POLICIES = {
    bandit: {
        policyType: 'Bandit',
        params: {
            ...POLICY_PARAMS,
            slack_amount: { default: 0, integer: false },
            slack_factor: { default: 0, integer: false },
        },
    },
    median_stopping: {
        policyType: 'MedianStopping',
        params: { ...POLICY_PARAMS, evaluation_interval: { default: 1, integer: true } },
    },
    truncation_selection: {
        policyType: 'TruncationSelection',
        params: { ...POLICY_PARAMS, truncation_percentage: { default: 0, integer: true } },
    },
};
const LIMIT_KEYS = ['max_total_trials', 'max_concurrent_trials', 'timeout', 'trial_timeout'];
/** Reads the sweep fields of a step; every problem is recorded at its line. */
function readSweepSettings(map, problems, options = {}) {
    const settings = { loc: map.loc, searchSpace: {}, searchSpaceLocs: {} };
    const trial = (0,located/* entryOf */.Ms)(map, 'trial')?.value;
    if (!trial || (trial.kind === 'scalar' && trial.value === null))
        problems.add('a sweep step needs a trial (a command component file, azureml: reference or mapping)', map.loc);
    else
        settings.trial = trial;
    readSearchSpace(map, settings, problems);
    const sampling = readSamplingAlgorithm(map, problems);
    if (sampling !== undefined)
        settings.samplingAlgorithm = sampling;
    const objective = readObjective(map, problems);
    if (objective)
        settings.objective = objective;
    const limits = readLimits(map, problems);
    if (limits)
        settings.limits = limits;
    const policy = readEarlyTermination(map, problems);
    if (policy)
        settings.earlyTermination = policy;
    // A step's queue_settings and identity are its common fields (NodeBase) when read as a step.
    const queue = options.commonFieldsRead ? undefined : (0,fields/* optionalMap */.xC)(map, 'queue_settings', problems);
    if (queue) {
        (0,fields/* checkKeys */.L)(queue, ['job_tier', 'priority'], problems, 'queue_settings');
        settings.queueSettings = (0,located/* toPlain */.Ul)(queue);
    }
    const resources = (0,steps_fields/* readJobResources */.li)(map, problems, 'a sweep step');
    if (resources)
        settings.resources = resources;
    const identity = options.commonFieldsRead ? undefined : (0,steps_fields/* readIdentity */.xN)(map, problems);
    if (identity)
        settings.identity = identity;
    return settings;
}
function readSearchSpace(map, settings, problems) {
    const space = (0,fields/* optionalMap */.xC)(map, 'search_space', problems);
    if (!space || space.entries.length === 0) {
        problems.add('a sweep step needs a search_space with at least one parameter', space?.loc ?? map.loc);
        return;
    }
    for (const entry of space.entries) {
        const distribution = readDistribution(entry.value, `search_space.${entry.key}`, problems);
        if (!distribution)
            continue;
        settings.searchSpace[entry.key] = distribution;
        settings.searchSpaceLocs[entry.key] = entry.keyLoc;
    }
}
/** One distribution, its parameters checked (choice values may nest further distributions in mappings). */
function readDistribution(node, what, problems) {
    const map = (0,fields/* expectMap */.Ym)(node, what, problems);
    if (!map)
        return undefined;
    const type = (0,fields/* readString */.E3)(map, 'type', problems, { required: true, owner: what });
    if (type === undefined)
        return undefined;
    const params = DISTRIBUTIONS[type];
    if (!params) {
        problems.add(`${what} has unknown distribution type '${type}'; use ${Object.keys(DISTRIBUTIONS).join(', ')}`, (0,located/* entryOf */.Ms)(map, 'type')?.value.loc);
        return undefined;
    }
    (0,fields/* checkKeys */.L)(map, ['type', ...params], problems, `${what} (${type})`);
    const out = { type };
    for (const param of params) {
        const value = (0,located/* entryOf */.Ms)(map, param)?.value;
        if (!value || (value.kind === 'scalar' && value.value === null)) {
            problems.add(`${what} (${type}) needs '${param}'`, map.loc);
            continue;
        }
        if (param === 'values') {
            const values = readChoiceValues(value, what, problems);
            if (values)
                out.values = values;
            continue;
        }
        const number = (0,steps_fields/* numberOrBinding */.IY)(value, param, problems, { integer: param === 'upper', owner: what });
        if (number !== undefined)
            out[param] = number;
    }
    const [low, high] = [out.min_value, out.max_value];
    if (typeof low === 'number' && typeof high === 'number' && low >= high)
        problems.add(`${what}: min_value (${low}) must be below max_value (${high})`, map.loc);
    return out;
}
function readChoiceValues(node, what, problems) {
    if (node.kind !== 'seq' || node.items.length === 0) {
        problems.add(`'values' of ${what} must be a non-empty list, got ${(0,fields/* describeKind */.SB)(node)}`, node.loc);
        return undefined;
    }
    return node.items.map((item) => {
        if (item.kind !== 'map')
            return (0,located/* toPlain */.Ul)(item);
        // A hierarchical search space: each value is a mapping of parameters to values or nested distributions.
        const nested = {};
        for (const e of item.entries) {
            const isDistribution = e.value.kind === 'map' && (0,located/* entryOf */.Ms)(e.value, 'type') !== undefined;
            nested[e.key] = isDistribution
                ? (readDistribution(e.value, `${what}.values.${e.key}`, problems) ?? null)
                : (0,located/* toPlain */.Ul)(e.value);
        }
        return nested;
    });
}
function readSamplingAlgorithm(map, problems) {
    const node = (0,located/* entryOf */.Ms)(map, 'sampling_algorithm')?.value;
    if (!node || (node.kind === 'scalar' && node.value === null))
        return undefined;
    if (node.kind === 'scalar') {
        const value = (0,steps_fields/* readEnum */.ai)(map, 'sampling_algorithm', SAMPLING_ALGORITHMS, problems, 'a sweep step');
        return value?.toLowerCase();
    }
    const algorithm = (0,fields/* expectMap */.Ym)(node, 'sampling_algorithm', problems);
    if (!algorithm)
        return undefined;
    const type = (0,steps_fields/* readEnum */.ai)(algorithm, 'type', SAMPLING_ALGORITHMS, problems, 'sampling_algorithm')?.toLowerCase();
    if (!type) {
        if (!(0,located/* entryOf */.Ms)(algorithm, 'type'))
            problems.add('sampling_algorithm needs a type', algorithm.loc);
        return undefined;
    }
    const out = { type };
    if (type !== 'random') {
        (0,fields/* checkKeys */.L)(algorithm, ['type'], problems, `sampling_algorithm (${type})`);
        return out;
    }
    (0,fields/* checkKeys */.L)(algorithm, ['type', 'seed', 'rule', 'logbase'], problems, 'sampling_algorithm (random)');
    const seed = (0,steps_fields/* readNumberOrBinding */.CB)(algorithm, 'seed', problems, { integer: true, owner: 'sampling_algorithm' });
    if (seed !== undefined)
        out.seed = seed;
    const rule = (0,steps_fields/* readEnum */.ai)(algorithm, 'rule', RANDOM_RULES, problems, 'sampling_algorithm');
    if (rule)
        out.rule = rule.toLowerCase();
    const logbase = (0,located/* entryOf */.Ms)(algorithm, 'logbase')?.value;
    if (logbase?.kind === 'scalar' && logbase.value !== null)
        out.logbase = logbase.value;
    return out;
}
function readObjective(map, problems) {
    const objective = (0,fields/* optionalMap */.xC)(map, 'objective', problems);
    if (!objective) {
        problems.add('a sweep step needs an objective (goal and primary_metric)', map.loc);
        return undefined;
    }
    (0,fields/* checkKeys */.L)(objective, ['goal', 'primary_metric'], problems, 'objective');
    const goal = (0,steps_fields/* readEnum */.ai)(objective, 'goal', GOALS, problems, 'objective');
    const metric = (0,fields/* readString */.E3)(objective, 'primary_metric', problems, { required: true, owner: 'objective' });
    if (!(0,located/* entryOf */.Ms)(objective, 'goal'))
        problems.add('objective needs a goal (minimize or maximize)', objective.loc);
    return goal && metric !== undefined ? { goal: goal.toLowerCase(), primary_metric: metric } : undefined;
}
function readLimits(map, problems) {
    const limits = (0,fields/* optionalMap */.xC)(map, 'limits', problems);
    if (!limits) {
        problems.add('a sweep step needs limits with max_total_trials', map.loc);
        return undefined;
    }
    (0,fields/* checkKeys */.L)(limits, LIMIT_KEYS, problems, 'limits of a sweep step');
    const out = {};
    for (const key of LIMIT_KEYS) {
        const value = (0,steps_fields/* readNumberOrBinding */.CB)(limits, key, problems, { integer: true, min: 1, owner: 'sweep limits' });
        if (value !== undefined)
            out[key] = value;
    }
    if (!(0,located/* entryOf */.Ms)(limits, 'max_total_trials'))
        problems.add('limits of a sweep step need max_total_trials', limits.loc);
    const [total, concurrent] = [out.max_total_trials, out.max_concurrent_trials];
    if (typeof total === 'number' && typeof concurrent === 'number' && concurrent > total)
        problems.add(`max_concurrent_trials (${concurrent}) is above max_total_trials (${total})`, (0,located/* entryOf */.Ms)(limits, 'max_concurrent_trials')?.value.loc);
    return out;
}
function readEarlyTermination(map, problems) {
    const policy = (0,fields/* optionalMap */.xC)(map, 'early_termination', problems);
    if (!policy)
        return undefined;
    const type = (0,steps_fields/* readEnum */.ai)(policy, 'type', Object.keys(POLICIES), problems, 'early_termination')?.toLowerCase();
    if (!type) {
        if (!(0,located/* entryOf */.Ms)(policy, 'type'))
            problems.add(`early_termination needs a type: ${Object.keys(POLICIES).join(', ')}`, policy.loc);
        return undefined;
    }
    const spec = POLICIES[type];
    (0,fields/* checkKeys */.L)(policy, ['type', ...Object.keys(spec.params)], problems, `early_termination (${type})`);
    const out = { policy_type: spec.policyType };
    for (const [param, { default: fallback, integer }] of Object.entries(spec.params)) {
        const value = (0,steps_fields/* readNumberOrBinding */.CB)(policy, param, problems, { integer, min: 0, owner: 'early_termination' });
        out[param] = value ?? fallback;
    }
    if (type === 'truncation_selection' && !(0,located/* entryOf */.Ms)(policy, 'truncation_percentage'))
        problems.add('early_termination (truncation_selection) needs truncation_percentage', policy.loc);
    return out;
}
/**
 * Checks the trial against the search space: every swept parameter must be an input of the trial component,
 * as the service binds `search_space.<name>` to the trial's input of that name.
 */
function checkSweepTrial(settings, trialInputs, problems) {
    for (const [name, loc] of Object.entries(settings.searchSpaceLocs)) {
        if (trialInputs[name])
            continue;
        const declared = Object.keys(trialInputs);
        problems.add(`search_space parameter '${name}' is not an input of the trial component` +
            (declared.length ? ` (its inputs: ${declared.join(', ')})` : ' (it declares no inputs)'), loc);
    }
}
/** The sweep fields of the node dict in `jobs.<name>` (merged over the fields every step has). */
function sweepNodeFields(settings, trialComponentId) {
    const out = { type: 'sweep' };
    if (settings.limits)
        out.limits = settings.limits;
    if (settings.samplingAlgorithm !== undefined)
        out.sampling_algorithm = settings.samplingAlgorithm;
    if (settings.objective)
        out.objective = settings.objective;
    out.search_space = settings.searchSpace;
    if (settings.earlyTermination)
        out.early_termination = settings.earlyTermination;
    if (settings.queueSettings)
        out.queue_settings = settings.queueSettings;
    if (settings.resources)
        out.resources = settings.resources;
    if (settings.identity)
        out.identity = (0,steps_fields/* restIdentity */.$P)(settings.identity);
    out.trial = { componentId: trialComponentId };
    return out;
}
/** `type: sweep`: the trial component's ports are the step's; swept inputs are bound by the service. */
const sweepStep = {
    read: readSweepNode,
    toRest: sweepNodeToRest,
    validate: (node, graph, problems) => {
        (0,step_ports/* checkComponentPorts */.Sl)(node, node.trial, graph, problems, { boundElsewhere: Object.keys(node.sweep.searchSpace) });
        const trial = (0,node_rest/* localComponent */.fq)(node.trial);
        if (trial)
            checkSweepTrial(node.sweep, trial.inputs, problems);
    },
    ...(0,step_ports/* runsComponent */.sq)((node) => node.trial),
};
async function readSweepNode(name, map, ctx) {
    const node = (0,pipeline_node/* readStepBase */.uR)(name, map, ctx, 'sweep', SWEEP_STEP_KEYS);
    const sweep = readSweepSettings(map, ctx.problems, { commonFieldsRead: true });
    if (!sweep.trial)
        return undefined;
    const trial = await (0,pipeline_node/* readComponentUse */.j)(name, map, ctx, 'command', 'trial');
    return trial ? { ...node, trial, sweep } : undefined;
}
/** azure-ai-ml's `Sweep._to_rest_object`: the fields every step has, the sweep fields, `trial: {componentId}`. */
async function sweepNodeToRest(node, ctx) {
    const dict = await (0,node_rest/* nodeHead */.zK)(node, node.trial, ctx);
    return { ...dict, ...sweepNodeFields(node.sweep, await ctx.componentId(node.trial)) };
}

// EXTERNAL MODULE: ./shared/pipeline/ports.ts
var ports = __webpack_require__(249);
;// CONCATENATED MODULE: ./shared/pipeline/validate.ts





/**
 * Checks what only the whole pipeline can tell: every binding names something that exists, inputs fit the
 * component's ports, steps form no cycle, and every step that runs has somewhere to run.
 */
function validatePipeline(job, problems, unreadable = new Set()) {
    validate_validateGraph(jobScope(job), problems, unreadable);
    if (job.component?.kind === 'local')
        checkWrappedComponent(job, job.component.component, problems);
}
/**
 * Literal values a step gives its (local) component, directly or through a pipeline input, against the
 * port's min and max: the service checks them only when the job runs.
 */
function checkLiteralRanges(graph, node, problems) {
    const use = 'component' in node ? node.component : undefined;
    if (use?.kind !== 'local' && use?.kind !== 'inline')
        return;
    for (const [name, input] of Object.entries(node.inputs)) {
        const port = use.component.inputs[name];
        if (!port || isDataPort(port.type))
            continue;
        if (input.kind === 'literal') {
            const wrong = literalRangeProblem(input.value, port);
            if (wrong)
                problems.add(`step '${node.name}': input '${name}' ${wrong}`, input.loc);
        }
        else if (input.kind === 'binding' && input.binding.scope === 'parent.inputs') {
            const upstream = graph.inputs[input.binding.name];
            if (upstream?.kind !== 'literal')
                continue;
            const wrong = literalRangeProblem(upstream.value, port);
            if (wrong)
                problems.add(`pipeline input '${input.binding.name}' feeds input '${name}' of step '${node.name}' and ${wrong}`, upstream.loc);
        }
    }
}
/** A job wrapping a pipeline component: its required inputs given, and somewhere for its steps to run. */
function checkWrappedComponent(job, component, problems) {
    for (const port of Object.values(component.inputs)) {
        if (!port.optional && port.default === undefined && !(port.name in job.inputs))
            problems.add(`the pipeline leaves required input '${port.name}' (${port.type}) of its component unbound`, job.loc);
    }
    if (job.compute || job.settings.defaultCompute)
        return;
    for (const missing of stepsWithoutCompute(component))
        problems.add(`step '${missing.path}' has no compute: set compute on it, or settings.default_compute on the pipeline`, missing.loc);
}
function jobScope(job) {
    return {
        label: 'the pipeline',
        inputs: job.inputs,
        outputs: job.outputs,
        jobs: job.jobs,
        hasDefaultCompute: Boolean(job.compute || job.settings.defaultCompute),
        checkCompute: true,
    };
}
function kindOf(node) {
    return STEP_KINDS[node.type];
}
/** The checks of `validatePipeline` on any graph: a pipeline job or the `jobs:` of a pipeline component. */
function validate_validateGraph(graph, problems, unreadable = new Set()) {
    const dependencies = new Map();
    for (const node of Object.values(graph.jobs)) {
        dependencies.set(node.name, new Set());
        for (const { binding, loc } of nodeBindings(node)) {
            // A binding to a step that was already refused would only repeat that problem.
            if (binding.scope === 'parent.jobs' && unreadable.has(binding.job))
                continue;
            checkBinding(graph, node, binding, loc, problems);
            if (binding.scope === 'parent.jobs')
                dependencies.get(node.name)?.add(binding.job);
        }
        kindOf(node).validate?.(node, graph, problems);
        checkLiteralRanges(graph, node, problems);
        if (graph.checkCompute)
            checkCompute(graph, node, problems);
    }
    const order = orderSteps(dependencies);
    if ('cycle' in order) {
        const first = graph.jobs[order.cycle[0]];
        problems.add(`steps depend on each other in a cycle: ${order.cycle.join(' -> ')}`, first?.loc);
    }
}
/** Every binding a step holds, with where it is written. */
function nodeBindings(node) {
    const found = [];
    for (const port of [...Object.values(node.inputs), ...Object.values(node.outputs)]) {
        if (port.kind === 'binding')
            found.push({ binding: port.binding, loc: port.loc });
    }
    found.push(...(kindOf(node).bindings?.(node) ?? []));
    return found;
}
function checkBinding(graph, node, binding, loc, problems) {
    const owner = graph.label === 'the pipeline' ? 'the pipeline' : graph.label;
    if (binding.scope === 'parent.inputs' && !(binding.name in graph.inputs)) {
        problems.add(`step '${node.name}' binds \${{parent.inputs.${binding.name}}} but ${owner} has no input '${binding.name}'${known(graph.inputs)}`, loc);
    }
    else if (binding.scope === 'parent.outputs' && !(binding.name in graph.outputs)) {
        problems.add(`step '${node.name}' binds \${{parent.outputs.${binding.name}}} but ${owner} has no output '${binding.name}'${known(graph.outputs)}`, loc);
    }
    else if (binding.scope === 'parent.jobs') {
        const upstream = graph.jobs[binding.job];
        if (binding.job === node.name) {
            problems.add(`step '${node.name}' binds to its own ${binding.port}`, loc);
        }
        else if (!upstream) {
            problems.add(`step '${node.name}' binds to step '${binding.job}', which does not exist${known(graph.jobs)}`, loc);
        }
        else {
            const ports = kindOf(upstream).ports(upstream, binding.port);
            if (ports && !ports.includes(binding.name)) {
                // The outputs every command job has go unnamed here: the user declared the others.
                const declared = ports.filter((p) => !DEFAULT_OUTPUTS.includes(p));
                problems.add(`step '${node.name}' binds to ${binding.port.slice(0, -1)} '${binding.name}' of step '${binding.job}', which has no such ${binding.port.slice(0, -1)} (it has: ${declared.join(', ') || 'none'})`, loc);
            }
        }
    }
}
function checkCompute(graph, node, problems) {
    const kind = kindOf(node);
    if (node.compute || graph.hasDefaultCompute || kind.needsCompute?.(node) === false)
        return;
    problems.add(`step '${node.name}' has no compute: set compute on the step, or settings.default_compute on the pipeline`, node.loc);
}

;// CONCATENATED MODULE: ./shared/pipeline/steps/index.ts
/**
 * The tables of step and component types. A new step type is one file (`steps/<type>.ts`, exporting a
 * `StepKind` and, if it has a component type, a `ComponentKind`) and one entry in each table below.
 */











const steps_STEP_KINDS = {
    command: commandStep,
    automl: automlStep,
    pipeline: pipeline/* pipelineStep */.rB,
    sweep: sweepStep,
    parallel: parallel/* parallelStep */.yC,
    spark: spark/* sparkStep */.SA,
};
const COMPONENT_KINDS = {
    command: {
        read: (map, yaml, ctx) => (0,component/* readComponent */.Co)(map, yaml, ctx.problems),
        spec: async () => {
            throw new Error('internal: command components are registered through resolver.registerComponent');
        },
    },
    pipeline: pipeline/* pipelineComponentKind */.So,
    parallel: parallel/* parallelComponentKind */.dp,
    spark: spark/* sparkComponentKind */.BV,
};
/** Step types azure-ai-ml knows and this suite does not convert yet. */
const UNSUPPORTED_STEPS = {
    import: 'import steps',
    data_transfer: 'data transfer steps',
    flow: 'prompt flow steps',
};
/** Component types azure-ai-ml knows and this suite does not convert yet. */
const UNSUPPORTED_COMPONENTS = {
    import: 'import components',
    data_transfer: 'data transfer components',
    sweep: 'sweep components',
    flow: 'prompt flow components',
};
function isStepType(type) {
    return Object.hasOwn(steps_STEP_KINDS, type);
}
function isComponentType(type) {
    return Object.hasOwn(COMPONENT_KINDS, type);
}
/** Reads one step under `jobs:`, by its `type:` (command when absent). */
async function readNode(name, node, ctx) {
    const map = expectMap(node, `step '${name}'`, ctx.problems);
    if (!map)
        return undefined;
    const type = readString(map, 'type', ctx.problems) ?? 'command';
    if (!isStepType(type)) {
        const label = UNSUPPORTED_STEPS[type];
        const known = Object.keys(steps_STEP_KINDS).join(', ');
        ctx.problems.add(label
            ? `not supported yet: ${label} (step '${name}')`
            : `step '${name}' has unknown type '${type}'; use one of ${known}`, entryOf(map, 'type')?.value.loc ?? map.loc);
        return undefined;
    }
    return steps_STEP_KINDS[type].read(name, map, ctx);
}
/** Reads a component mapping (a file's root or an inline `component:`), by its `type:` (command when absent). */
async function readAnyComponent(map, yaml, ctx) {
    // A prompt flow (`flow.dag.yaml`, or a run.yml naming a `flow:`) has no `type:`; azure-ai-ml loads it as a
    // flow component, which this suite does not convert.
    const isFlow = !entryOf(map, 'type') && (entryOf(map, 'nodes') !== undefined || entryOf(map, 'flow') !== undefined);
    const type = isFlow ? 'flow' : (readString(map, 'type', ctx.problems) ?? 'command');
    if (!isComponentType(type)) {
        const label = UNSUPPORTED_COMPONENTS[type];
        ctx.problems.add(label
            ? `not supported yet: ${label}; supported: ${Object.keys(COMPONENT_KINDS).join(', ')} components`
            : `unknown component type '${type}'; expected one of ${Object.keys(COMPONENT_KINDS).join(', ')}`, entryOf(map, 'type')?.value.loc ?? map.loc);
        return undefined;
    }
    return COMPONENT_KINDS[type].read(map, yaml, ctx);
}
/**
 * Reads steps and components for one load (a pipeline job, or a component file with everything inside it):
 * each component file is read once however many steps use it, and a file that contains itself is refused.
 */
class GraphReader {
    problems;
    cache = new Map();
    loading = new Set();
    constructor(problems) {
        this.problems = problems;
    }
    validateGraph(graph, unreadable) {
        validateGraph(graph, this.problems, unreadable);
    }
    nodeContext(yaml, inputs, outputs) {
        return {
            yaml,
            problems: this.problems,
            pipelineInputs: inputs,
            pipelineOutputs: outputs,
            loadComponent: (path, at) => this.loadComponent(path, at),
            readComponent: (map, file) => readAnyComponent(map, file, this),
            readNode,
        };
    }
    loadComponent(path, at) {
        if (this.loading.has(path)) {
            this.problems.add(`component file ${path} uses itself (a pipeline component cannot contain itself)`, at.loc);
            return Promise.resolve(undefined);
        }
        let loaded = this.cache.get(path);
        if (!loaded) {
            loaded = this.load(path, at);
            this.cache.set(path, loaded);
        }
        return loaded;
    }
    async load(path, at) {
        this.loading.add(path);
        try {
            const yaml = await loadYamlFile(path);
            const map = expectMap(yaml.root, 'a component file', this.problems);
            return map ? await readAnyComponent(map, yaml, this) : undefined;
        }
        catch (error) {
            if (!(error instanceof ValidationError))
                throw error;
            if (error.problems.some((p) => p.message.includes('file not found'))) {
                this.problems.add(`component file ${path} does not exist`, at.loc);
            }
            else {
                this.problems.merge(error.problems);
            }
            return undefined;
        }
        finally {
            this.loading.delete(path);
        }
    }
}
/** Loads a component file of any type and everything it uses; throws one ValidationError listing every problem. */
async function loadAnyComponentFile(path) {
    const yaml = await loadYamlFile(path);
    const problems = new Problems();
    const map = expectMap(yaml.root, 'a component file', problems);
    const reader = new GraphReader(problems);
    const component = map ? await readAnyComponent(map, yaml, reader) : undefined;
    problems.throwIfAny(`${path} is not a valid component`);
    return component;
}


/***/ }),

/***/ 1355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ pipelineComponentSpec),
/* harmony export */   Ox: () => (/* binding */ pipelineComponentVersionBody),
/* harmony export */   So: () => (/* binding */ pipelineComponentKind),
/* harmony export */   rB: () => (/* binding */ pipelineStep)
/* harmony export */ });
/* unused harmony export stepsWithoutCompute */
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(463);
/* harmony import */ var _node_rest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8940);
/* harmony import */ var _pipeline_node_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6712);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(249);
/* harmony import */ var _step_ports_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3598);
/* harmony import */ var _component_rest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2597);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2648);







/** `type: pipeline`: a step running a pipeline component (local, registered or from a registry). */
const pipelineStep = {
    read: readPipelineNode,
    toRest: pipelineNodeToRest,
    validate: (node, graph, problems) => {
        // azure-ai-ml sends inputs a pipeline component does not declare, and the service ignores them
        // (azureml-examples' nyc_taxi pipeline passes test_split_ratio to a sub-pipeline without it).
        (0,_step_ports_js__WEBPACK_IMPORTED_MODULE_4__/* .checkComponentPorts */ .Sl)(node, node.component, graph, problems, { unknownInputs: 'send' });
        // Steps inside inherit the compute of the job; with none anywhere, name the inner step that lacks one.
        const component = (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .localComponent */ .fq)(node.component);
        if (component && graph.checkCompute && !graph.hasDefaultCompute && !node.compute)
            for (const missing of stepsWithoutCompute(component))
                problems.add(`step '${node.name}/${missing.path}' has no compute: set compute on it, or settings.default_compute on the pipeline`, missing.loc);
    },
    // A pipeline step runs nothing itself: its steps do, on their compute or the job's default.
    needsCompute: () => false,
    ...(0,_step_ports_js__WEBPACK_IMPORTED_MODULE_4__/* .runsComponent */ .sq)((node) => node.component),
};
async function readPipelineNode(name, map, ctx) {
    const node = (0,_pipeline_node_js__WEBPACK_IMPORTED_MODULE_2__/* .readStepBase */ .uR)(name, map, ctx, 'pipeline', ['component', 'settings']);
    const component = await (0,_pipeline_node_js__WEBPACK_IMPORTED_MODULE_2__/* .readComponentUse */ .j)(name, map, ctx, 'pipeline');
    return component ? { ...node, component } : undefined;
}
/**
 * azure-ai-ml's `Pipeline._to_rest_object`: the node fields of every step with the component's id, empty maps
 * left out; `_source` is the component's (a pipeline component read from a file is `YAML.COMPONENT`).
 */
async function pipelineNodeToRest(node, ctx) {
    return (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeHead */ .zK)(node, node.component, ctx, await ctx.componentId(node.component));
}
/** The steps inside a pipeline component (any depth) that name no compute, with their path. */
function stepsWithoutCompute(component, prefix = '') {
    const found = [];
    for (const step of Object.values(component.jobs)) {
        if (step.compute)
            continue;
        // Serverless Spark runs on its own resources.
        if (step.type === 'spark' && step.spark.resources)
            continue;
        if (step.type === 'pipeline') {
            const inner = (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .localComponent */ .fq)(step.component);
            if (inner)
                found.push(...stepsWithoutCompute(inner, `${prefix}${step.name}/`));
        }
        else {
            found.push({ path: `${prefix}${step.name}`, loc: step.loc });
        }
    }
    return found;
}
const PIPELINE_COMPONENT_KEYS = [..._header_js__WEBPACK_IMPORTED_MODULE_6__/* .COMPONENT_HEADER_KEYS */ .NW, 'jobs'];
/** A pipeline component YAML: its ports, and its steps read as a pipeline job's are, against its own ports. */
const pipelineComponentKind = {
    async read(map, yaml, ctx) {
        const { problems } = ctx;
        (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .checkKeys */ .L)(map, PIPELINE_COMPONENT_KEYS, problems, 'a pipeline component');
        const component = {
            type: 'pipeline',
            file: yaml.file,
            loc: map.loc,
            inputs: (0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputPorts */ .Nu)((0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalMap */ .xC)(map, 'inputs', problems), problems),
            outputs: (0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .readOutputPorts */ .g5)((0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalMap */ .xC)(map, 'outputs', problems), problems),
            ...(0,_header_js__WEBPACK_IMPORTED_MODULE_6__/* .readHeaderFields */ .P9)(map, problems),
            jobs: {},
        };
        const jobs = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalMap */ .xC)(map, 'jobs', problems);
        if (!jobs || jobs.entries.length === 0)
            problems.add('a pipeline component needs at least one step under jobs', map.loc);
        const inputs = portsAsPipelineInputs(component.inputs);
        const outputs = portsAsPipelineOutputs(component.outputs);
        const nodeCtx = ctx.nodeContext(yaml, inputs, outputs);
        const unreadable = new Set();
        for (const entry of jobs?.entries ?? []) {
            if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(entry.key))
                problems.add(`step name '${entry.key}' must use letters, digits and '_' only`, entry.keyLoc);
            const node = await nodeCtx.readNode(entry.key, entry.value, nodeCtx);
            if (node)
                component.jobs[entry.key] = node;
            else
                unreadable.add(entry.key);
        }
        const label = `pipeline component '${component.name ?? yaml.file}'`;
        // Compute is the using job's business: a component does not know where it will run.
        ctx.validateGraph({ label, inputs, outputs, jobs: component.jobs, hasDefaultCompute: true, checkCompute: false }, unreadable);
        return component;
    },
    spec: async (component, ctx) => pipelineComponentSpec(component, ctx.source, ctx.rest),
    uses: (component) => Object.values(component.jobs).flatMap((step) => stepComponent(step)),
};
function stepComponent(step) {
    if (step.type === 'sweep')
        return [step.trial];
    return 'component' in step && step.component ? [step.component] : [];
}
/** A pipeline component's inputs, seen from its steps as pipeline inputs are (for binding and type checks). */
function portsAsPipelineInputs(ports) {
    const out = {};
    for (const port of Object.values(ports)) {
        const type = port.type;
        out[port.name] = (0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .isDataPort */ .sG)(type)
            ? {
                kind: 'data',
                name: port.name,
                type: (0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .isDataType */ .ZM)(type) ? type : 'uri_folder',
                optional: port.optional,
                loc: port.loc,
            }
            : {
                kind: 'literal',
                name: port.name,
                value: port.default ?? null,
                source: port.defaultSource ?? '',
                ...((0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .isLiteralType */ .aw)(type) ? { type } : {}),
                loc: port.loc,
            };
    }
    return out;
}
function portsAsPipelineOutputs(ports) {
    return Object.fromEntries(Object.values(ports).map((p) => [p.name, { name: p.name, type: p.type, loc: p.loc }]));
}
/**
 * azure-ai-ml's `PipelineComponent._to_rest_object`: the component dumped as YAML fields, `_source`, and its
 * steps converted as a pipeline job's are (their components registered first), `sourceJobId` left null.
 */
async function pipelineComponentSpec(component, source, rest) {
    // Empty port maps are left out, as for command components (recorded: pipeline_component_inline_node).
    const spec = (0,_component_rest_js__WEBPACK_IMPORTED_MODULE_5__/* .headerAndPortsSpec */ .sZ)(component);
    spec._source = source;
    const jobs = {};
    for (const step of Object.values(component.jobs))
        jobs[step.name] = await rest.nodeToRest(step);
    spec.jobs = jobs;
    spec.sourceJobId = null;
    return spec;
}
/**
 * The ComponentVersion body of a pipeline component, named (`az ml component create`) or anonymous (inside a
 * job or another pipeline component): its description and tags, no `client_component_hash` and no
 * `is_deterministic` in its spec, unlike command components (recorded: pipeline_component_nested, _job_top_level).
 */
function pipelineComponentVersionBody(component, spec, options = {}) {
    const body = {
        properties: {
            componentSpec: spec,
            isAnonymous: options.isAnonymous ?? false,
            isArchived: false,
            tags: { ...component.tags },
            properties: {},
        },
    };
    if (component.description !== undefined)
        body.properties.description = component.description;
    return body;
}


/***/ }),

/***/ 1571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ restContext),
/* harmony export */   oY: () => (/* binding */ pipelineJobBody)
/* harmony export */ });
/* unused harmony export ANONYMOUS_COMPONENT_NAME */
/* harmony import */ var _node_rest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8940);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(249);
/* harmony import */ var _python_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(219);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4467);
/* harmony import */ var _steps_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8559);





/** Converts a loaded pipeline job into the JobBase PUT body for `jobType: Pipeline`. */
async function pipelineJobBody(job, resolver, options = {}) {
    const ctx = restContext(resolver);
    const properties = {
        jobType: 'Pipeline',
        tags: { ...job.tags, ...options.tags },
        properties: { ...job.properties, ...options.properties },
        isArchived: false,
        inputs: await pipelineInputs(job, resolver),
        outputs: pipelineOutputs(job),
        settings: settings(job, resolver.workspaceId),
        jobs: {},
    };
    const wrapped = job.component?.kind === 'remote' ? undefined : job.component?.component;
    const displayName = job.displayName ?? wrapped?.displayName ?? options.name;
    if (displayName !== undefined)
        properties.displayName = displayName;
    if (job.description !== undefined)
        properties.description = job.description;
    const experimentName = options.experimentName ?? job.experimentName;
    if (experimentName !== undefined)
        properties.experimentName = experimentName;
    if (job.compute !== undefined)
        properties.computeId = (0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .computeId */ .HM)(resolver.workspaceId, job.compute);
    if (job.identity)
        properties.identity = (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .jobIdentity */ .Kv)(job.identity);
    for (const node of Object.values(job.jobs))
        properties.jobs[node.name] = await ctx.nodeToRest(node);
    if (job.component)
        await wrapComponent(job, job.component, ctx, properties);
    return { properties };
}
/**
 * A job whose top level is `component:` (azure-ai-ml's `PipelineJob` with a component): the component's id at
 * the job level, no jobs, the component's display name and outputs when the job names none, and the settings'
 * `_source` the SDK writes for it.
 */
async function wrapComponent(job, use, ctx, properties) {
    properties.componentId = await ctx.componentId(use);
    properties.settings._source = 'REMOTE.WORKSPACE.JOB';
    const component = use.kind === 'remote' ? undefined : use.component;
    if (!component)
        return;
    for (const port of Object.values(component.outputs))
        properties.outputs[port.name] ??= { jobOutputType: port.type, ...(0,_node_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .mode */ .Mq)(port.mode, _ports_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT_MODES */ .fG) };
}
async function pipelineInputs(job, resolver) {
    const out = {};
    for (const input of Object.values(job.inputs)) {
        if (input.kind === 'literal') {
            // azure-ai-ml drops empty pipeline inputs rather than sending "None".
            if (input.value === null || input.value === '')
                continue;
            out[input.name] = { jobInputType: 'literal', value: (0,_python_format_js__WEBPACK_IMPORTED_MODULE_4__/* .pythonStr */ .qV)(input.value, input.source) };
        }
        else if (input.path) {
            out[input.name] = {
                jobInputType: input.type,
                uri: await (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .dataUri */ .Ll)(input, resolver),
                ...(0,_node_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .mode */ .Mq)(input.mode, _ports_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_MODES */ .mG),
            };
            if (input.description !== undefined)
                out[input.name].description = input.description;
        }
    }
    return out;
}
function pipelineOutputs(job) {
    const out = {};
    for (const output of Object.values(job.outputs)) {
        out[output.name] = { jobOutputType: output.type, ...(0,_node_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .mode */ .Mq)(output.mode, _ports_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT_MODES */ .fG) };
        if (output.path !== undefined)
            out[output.name].uri = output.path;
        if (output.description !== undefined)
            out[output.name].description = output.description;
        if (output.assetName !== undefined)
            out[output.name].assetName = output.assetName;
        if (output.assetVersion !== undefined)
            out[output.name].assetVersion = output.assetVersion;
    }
    return out;
}
function settings(job, workspaceId) {
    const s = job.settings;
    const out = { ...s.extra };
    if (s.defaultCompute !== undefined)
        out.default_compute = (0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .computeId */ .HM)(workspaceId, s.defaultCompute);
    if (s.defaultDatastore !== undefined)
        out.default_datastore = (0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .datastoreId */ .dH)(workspaceId, s.defaultDatastore);
    if (s.continueOnStepFailure !== undefined)
        out.continue_on_step_failure = s.continueOnStepFailure;
    if (s.forceRerun !== undefined)
        out.force_rerun = s.forceRerun;
    out._source = 'YAML.JOB';
    return out;
}
/** The name azure-ai-ml gives every anonymous component. */
const ANONYMOUS_COMPONENT_NAME = 'azureml_anonymous';
/**
 * The context every step type converts with: each local component registered once (a pipeline component after
 * the components inside it), remote ones resolved, and steps of any type converted through `STEP_KINDS`.
 */
function restContext(resolver) {
    const registered = new Map();
    const register = (component, source) => {
        let id = registered.get(component);
        if (!id) {
            id = registerLocal(component, source);
            registered.set(component, id);
        }
        return id;
    };
    const registerLocal = async (component, source) => {
        if (component.type !== 'pipeline')
            return resolver.registerComponent(component, source);
        if (!resolver.registerComponentSpec)
            throw new Error(`internal: a local ${component.type} component needs resolver.registerComponentSpec`);
        const kind = _steps_index_js__WEBPACK_IMPORTED_MODULE_3__/* .COMPONENT_KINDS */ .M7[component.type];
        // A pipeline component keeps `_source: YAML.COMPONENT` inside a job (recorded: pipeline_component_nested).
        const specSource = component.type === 'pipeline' ? 'YAML.COMPONENT' : source;
        const spec = await kind.spec(component, { deps: resolver.dependencies, source: specSource, rest: ctx });
        return resolver.registerComponentSpec({ ...spec, name: ANONYMOUS_COMPONENT_NAME }, component);
    };
    const ctx = {
        workspaceId: resolver.workspaceId,
        resolver,
        componentId: (use) => use.kind === 'remote'
            ? (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .remoteComponentId */ .hl)(use.ref, resolver)
            : register(use.component, (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeSource */ .Aj)(use)),
        nodeToRest: (node) => _steps_index_js__WEBPACK_IMPORTED_MODULE_3__/* .STEP_KINDS */ .zq[node.type].toRest(node, ctx),
    };
    return ctx;
}


/***/ }),

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mc: () => (/* binding */ directAccess),
/* harmony export */   x6: () => (/* binding */ fallbackAccess)
/* harmony export */ });
/* unused harmony export isAccessDenied */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
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
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1991);

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

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ fileHasher),
/* harmony export */   jY: () => (/* binding */ hashableBuffer)
/* harmony export */ });
/* unused harmony export BlockHasher */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);


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
    worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(WORKER_SOURCE, { eval: true });
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

/***/ 5761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ defaultDatastoreName),
/* harmony export */   JK: () => (/* binding */ blobUrlAccess),
/* harmony export */   R4: () => (/* binding */ getBlobDatastore),
/* harmony export */   aC: () => (/* binding */ datastoreAccess)
/* harmony export */ });
/* unused harmony exports blobContainerUrl, datastoreSecrets */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6580);
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

/***/ 5306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hq: () => (/* binding */ downloadPrefix),
  z3: () => (/* binding */ formatBytes)
});

// UNUSED EXPORTS: BrokenTransferError, IntegrityError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/storage/block-hasher.ts
var block_hasher = __webpack_require__(1933);
// EXTERNAL MODULE: ./shared/storage/concurrency.ts
var concurrency = __webpack_require__(9447);
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
/** A large blob's bytes go to the hashing worker in blocks of this size, at most this many waiting. */
const HASH_BLOCK_BYTES = 4 * 1024 * 1024;
const HASH_BLOCKS_QUEUED = 4;
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
        await (0,promises_.rename)(partial, blob.localPath);
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
    await (0,promises_.writeFile)(t.partial, data, { signal: t.signal });
}
/**
 * A larger blob streams to disk, never whole in memory, and is checked once written. Its bytes are copied into
 * 4 MiB blocks hashed (from 64 MiB on, on a worker thread, beside receiving and writing rather than in line).
 */
async function streamLarge(t) {
    let bytes = 0;
    const hasher = (0,block_hasher/* fileHasher */.Ab)(t.blob.size);
    const queued = [];
    let block = (0,block_hasher/* hashableBuffer */.jY)(HASH_BLOCK_BYTES);
    let filled = 0;
    const hashFilled = () => {
        if (filled) {
            const added = hasher.add(block.subarray(0, filled));
            added.catch(() => undefined); // observed later, by the transform or the final wait
            queued.push(added);
        }
        block = (0,block_hasher/* hashableBuffer */.jY)(HASH_BLOCK_BYTES);
        filled = 0;
    };
    // 1 MiB buffers: with the default 16 KiB, backpressure stalls the stream every few packets.
    const measure = new external_node_stream_.Transform({
        highWaterMark: STREAM_BUFFER_BYTES,
        transform(chunk, _encoding, done) {
            t.onBytes(chunk.length);
            bytes += chunk.length;
            for (let from = 0; from < chunk.length;) {
                const copied = chunk.copy(block, filled, from);
                filled += copied;
                from += copied;
                if (filled === block.length)
                    hashFilled();
            }
            // At most a few blocks wait for the worker: a slow hash holds the download back, not the memory up.
            const waiting = queued.length > HASH_BLOCKS_QUEUED ? queued.splice(0, queued.length - HASH_BLOCKS_QUEUED) : [];
            Promise.all(waiting).then(() => done(null, chunk), done);
        },
    });
    const file = (0,external_node_fs_.createWriteStream)(t.partial, { highWaterMark: STREAM_BUFFER_BYTES });
    try {
        await (0,external_node_stream_promises_.pipeline)(t.body, measure, file, { signal: t.signal }).catch((error) => {
            throw broken(t, bytes, error);
        });
        hashFilled();
        await Promise.all(queued);
        t.verify(bytes, await hasher.digest());
    }
    finally {
        await Promise.allSettled(queued);
        await hasher.close();
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

/***/ 4267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* unused harmony export UPLOAD_COMPLETED */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6580);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6677);
/* harmony import */ var _block_hasher_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1933);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9447);







/**
 * Files above this go up in blocks of this size (Put Block, then Put Block List), so a broken transfer costs one
 * block's retry, not the whole file's. Each request is retried by the storage pipeline (resets, 500, 503).
 */
const BLOCK_BYTES = 4 * 1024 * 1024;
/** Blocks of one large file in flight at once (the storage SDK's default for uploadFile and uploadStream). */
const BLOCK_CONCURRENCY = 5;
/** Metadata that marks a finished upload (the indicator blob carries it; azure-ai-ml reads the same key). */
const UPLOAD_COMPLETED = { upload_status: 'completed' };
/**
 * Uploads a code snapshot to `LocalUpload/<hash>/<dirName>/...`, the layout azure-ai-ml uses, so a snapshot
 * uploaded by `az ml` is reused by us and the other way round. The first file (in sorted order) is the
 * indicator: it gets `upload_status=completed` metadata only after every file is uploaded, so an
 * interrupted upload is redone rather than reused. When the indicator already says completed, nothing is sent.
 */
async function uploadFolder(access, options) {
    const files = [...(options.files ?? (await listFiles(options.source)))].sort();
    if (!files.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Nothing to upload: ${options.source} has no files.`);
    if (!/^[A-Za-z0-9_-]+$/.test(options.hash))
        throw new Error(`not a content hash: '${options.hash}'`);
    const prefix = `LocalUpload/${options.hash}/${options.dirName ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.source))}`;
    const url = `${access.url}/${prefix}`;
    const indicator = `${prefix}/${files[0]}`;
    return access.use(async (container) => {
        if (await isCompleted(container, indicator)) {
            options.log.info(`Code snapshot ${options.hash} is already uploaded at ${url}; reusing it.`);
            return { prefix, url, uploaded: false, fileCount: files.length };
        }
        options.log.info(`Uploading ${files.length} file(s) from ${options.source} to ${url}.`);
        await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_6__/* .forEachBounded */ .a)(files, options.concurrency ?? 8, async (file, signal) => {
            try {
                await uploadFile(container, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.source, ...file.split('/')), `${prefix}/${file}`, signal);
            }
            catch (error) {
                // Each request was retried already: say which file of which snapshot, not only "socket hang up".
                throw (0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeAzureFailure */ .dd)(`Uploading '${file}' of ${options.source} to ${url} (retried)`, error);
            }
        });
        await container.getBlobClient(indicator).setMetadata({
            ...UPLOAD_COMPLETED,
            ...(options.assetName ? { upload_confirmation_name: options.assetName } : {}),
            ...(options.assetVersion ? { upload_confirmation_version: options.assetVersion } : {}),
        });
        return { prefix, url, uploaded: true, fileCount: files.length };
    });
}
async function isCompleted(container, indicator) {
    try {
        const props = await container.getBlobClient(indicator).getProperties();
        return props.metadata?.upload_status === UPLOAD_COMPLETED.upload_status;
    }
    catch (error) {
        if (error.statusCode === 404)
            return false;
        throw error;
    }
}
/**
 * Uploads one file with its Content-MD5, so downloads (ours, az ml's) can verify it, reading the file once:
 * the hash is taken from the same bytes that are sent.
 */
async function uploadFile(container, localPath, blobName, signal) {
    const blob = container.getBlockBlobClient(blobName);
    // One open for the size and the bytes: with thousands of small files, every file-system call counts.
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(localPath, 'r');
    let data;
    try {
        const { size } = await file.stat();
        if (size > BLOCK_BYTES)
            return await uploadBlocks(blob, file, localPath, size, signal);
        data = Buffer.allocUnsafe(size);
        const { bytesRead } = await file.read(data, 0, size, 0);
        if (bytesRead !== size)
            throw new Error(`'${localPath}' changed while it was being uploaded`);
    }
    finally {
        await file.close();
    }
    // Small files (most of a code snapshot): read once into memory, hashed, sent in one Put Blob.
    await blob.uploadData(data, {
        blobHTTPHeaders: { blobContentMD5: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(data).digest() },
        abortSignal: signal,
        maxSingleShotSize: BLOCK_BYTES,
    });
}
/**
 * A large file, read once in 4 MiB blocks. Each block is hashed twice from the same buffer (on a worker thread
 * from 64 MiB on): into the file's MD5, which Put Block List stores as the blob's Content-MD5, and on its own,
 * sent with its Put Block so the service rejects a block damaged in transit (and, given an MD5, skips computing
 * its own CRC64 of the block). Up to BLOCK_CONCURRENCY blocks are being hashed or sent at once; the storage
 * pipeline retries each request.
 */
async function uploadBlocks(blob, file, localPath, size, outer) {
    const abort = new AbortController();
    const signal = AbortSignal.any([outer, abort.signal]);
    const blockIds = [];
    const idPrefix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const inFlight = new Set();
    let failure;
    const hasher = (0,_block_hasher_js__WEBPACK_IMPORTED_MODULE_5__/* .fileHasher */ .Ab)(size);
    try {
        for (let offset = 0; offset < size && !failure && !signal.aborted; offset += BLOCK_BYTES) {
            const length = Math.min(BLOCK_BYTES, size - offset);
            const block = (0,_block_hasher_js__WEBPACK_IMPORTED_MODULE_5__/* .hashableBuffer */ .jY)(length);
            const { bytesRead } = await file.read(block, 0, length, offset);
            if (bytesRead !== length)
                throw new Error(`'${localPath}' changed while it was being uploaded`);
            // Block ids must all have the same length: the index is zero-padded.
            const id = Buffer.from(`${idPrefix}-${String(blockIds.length).padStart(6, '0')}`).toString('base64');
            blockIds.push(id);
            const staged = hasher
                .block(block)
                .then((md5) => blob.stageBlock(id, block, length, { transactionalContentMD5: md5, abortSignal: signal }))
                .then(() => void inFlight.delete(staged), (error) => {
                failure ??= { error };
                abort.abort();
            });
            inFlight.add(staged);
            if (inFlight.size >= BLOCK_CONCURRENCY)
                await Promise.race(inFlight);
        }
        await Promise.all(inFlight);
        if (failure)
            throw failure.error;
        outer.throwIfAborted();
        const contentMd5 = await hasher.digest();
        await blob.commitBlockList(blockIds, { blobHTTPHeaders: { blobContentMD5: contentMd5 }, abortSignal: outer });
    }
    finally {
        await Promise.all(inFlight);
        await hasher.close();
    }
}
/** Every regular file under `root`, relative with forward slashes. */
async function listFiles(root) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(root, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(entry.parentPath, entry.name)).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/'));
}


/***/ }),

/***/ 629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c_: () => (/* binding */ followWithCancel),
  cD: () => (/* binding */ runPipelineLocally),
  Xe: () => (/* binding */ submitPipeline)
});

// EXTERNAL MODULE: ./shared/assets/anonymous.ts
var anonymous = __webpack_require__(5195);
// EXTERNAL MODULE: ./shared/jobs/index.ts + 8 modules
var jobs = __webpack_require__(953);
// EXTERNAL MODULE: ./shared/local/index.ts + 27 modules
var local = __webpack_require__(8454);
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
// EXTERNAL MODULE: ./shared/storage/datastore.ts
var storage_datastore = __webpack_require__(5761);
// EXTERNAL MODULE: ./shared/storage/upload.ts
var upload = __webpack_require__(4267);
;// CONCATENATED MODULE: ./shared/submission/local-data.ts





/**
 * Uploads a local data path of a pipeline (`path: ./data/toy`) to the default datastore under
 * `LocalUpload/<content hash>/...`, as `az ml` does, and returns its `azureml://datastores/...` URI.
 * The same content is uploaded once: a later run finds the completed upload and sends nothing.
 */
async function uploadLocalData(session, localPath, type) {
    const snapshot = await (0,hashing/* codeSnapshot */.Y9)(localPath);
    const datastore = await (0,storage_datastore/* getBlobDatastore */.R4)(session, await (0,storage_datastore/* defaultDatastoreName */.IR)(session));
    const isFile = (await (0,promises_.stat)(localPath)).isFile();
    const source = isFile ? external_node_path_default().dirname(localPath) : localPath;
    const uploaded = await (0,upload/* uploadFolder */.y)((0,storage_datastore/* datastoreAccess */.aC)(session, datastore), {
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
    const identity = await jobs/* jobIdentity */.Kv(options.name, job, options.run, session.log);
    const name = identity.name;
    await jobs/* assertNameFitsContent */.$L(session, identity);
    const experimentName = jobs/* experimentNameFor */.Mn(options.experimentName ?? job.experimentName ?? 'Default', options.run);
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
        ...(0,anonymous/* anonymousRegistrar */.p4)(session, { tags: jobs/* traceTags */.TS(options.run) }),
        registerComponentSpec: (0,anonymous/* anonymousSpecRegistrar */.O8)(session, { tags: jobs/* traceTags */.TS(options.run) }),
    });
    if (options.dryRun)
        return { prepared };
    const submitted = await jobs/* submitOrAttach */.tS(session, {
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
    const guard = await jobs/* CancelGuard */.aK.prepare(session, submitted.name);
    const removeHandlers = guard.installSignalHandlers(options.signals);
    try {
        return await jobs/* followJob */.Bv(session, submitted.name, {
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
        const { identity } = options;
        return await (0,local.runLocalPipeline)(workspace, pipeline, {
            name: identity.name,
            tags: { ...jobs/* traceTags */.TS(options.run), ...identity.tags },
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
