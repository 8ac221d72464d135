export const id = 957;
export const ids = [957];
export const modules = {

/***/ 20005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ datastoreUploader),
/* harmony export */   dE: () => (/* binding */ PlanWriter),
/* harmony export */   sG: () => (/* binding */ outcomeOf),
/* harmony export */   vY: () => (/* binding */ executePlan)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46677);
/* harmony import */ var _pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72597);
/* harmony import */ var _pipeline_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62664);
/* harmony import */ var _pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59247);
/* harmony import */ var _storage_concurrency_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9447);
/* harmony import */ var _storage_upload_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94267);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90666);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(21591);
/* harmony import */ var _versioning_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53268);
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
        await (0,_storage_concurrency_js__WEBPACK_IMPORTED_MODULE_9__/* .forEachBounded */ .a)(toCreate(plan.codes), WRITE_CONCURRENCY, track((code) => writer.code(code)));
        await (0,_storage_concurrency_js__WEBPACK_IMPORTED_MODULE_9__/* .forEachBounded */ .a)(toCreate(plan.environments), WRITE_CONCURRENCY, track((env) => writer.environment(env)));
        // Components in levels: those a pipeline component uses exist before it is written.
        for (const level of (0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .componentLevels */ .Rd)(plan.components))
            await (0,_storage_concurrency_js__WEBPACK_IMPORTED_MODULE_9__/* .forEachBounded */ .a)(toCreate(level), WRITE_CONCURRENCY, track((component) => writer.component(component)));
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
            properties: { [_types_js__WEBPACK_IMPORTED_MODULE_10__/* .CONTENT_HASH_PROPERTY */ .lK]: env.contentHash },
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
            body.properties.properties[_types_js__WEBPACK_IMPORTED_MODULE_10__/* .CONTENT_HASH_PROPERTY */ .lK] = component.contentHash;
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
            properties: { [_types_js__WEBPACK_IMPORTED_MODULE_10__/* .CONTENT_HASH_PROPERTY */ .lK]: component.contentHash },
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
        const decision = await (0,_versioning_js__WEBPACK_IMPORTED_MODULE_8__/* .claimVersion */ .Dr)(this.assets, request, {
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
        return (0,_versioning_js__WEBPACK_IMPORTED_MODULE_8__/* .decideVersion */ .vI)(this.assets, {
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
        // Imported on the first upload: the datastore's access brings @azure/storage-blob (1.4 MB), which registering
        // or submitting what is already there must not parse before its first request.
        const { datastoreAccess, defaultDatastoreName, getBlobDatastore } = await Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 75761));
        const datastore = await getBlobDatastore(session, await defaultDatastoreName(session));
        return datastoreAccess(session, datastore);
    };
    return {
        async upload(snapshot, owner) {
            access ??= containerAccess();
            // A single file is uploaded inside its folder's name, so the registered URI is a folder either way.
            const single = snapshot.files[0]?.absolutePath === snapshot.root;
            // Additional includes live outside the code folder: upload from a staged copy holding both.
            const staged = await (0,_pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__/* .stageSnapshot */ .NS)(snapshot);
            try {
                const uploaded = await (0,_storage_upload_js__WEBPACK_IMPORTED_MODULE_6__/* .uploadFolder */ .y)(await access, {
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

/***/ 90666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xB: () => (/* binding */ Planner),
  Rd: () => (/* binding */ componentLevels),
  dv: () => (/* binding */ planRegistration)
});

// UNUSED EXPORTS: codeAssetName, uuidFromHash

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/pipeline/component-rest.ts
var component_rest = __webpack_require__(72597);
// EXTERNAL MODULE: ./shared/pipeline/python-format.ts
var python_format = __webpack_require__(80219);
// EXTERNAL MODULE: ./shared/pipeline/steps/pipeline.ts
var pipeline = __webpack_require__(91355);
// EXTERNAL MODULE: ./shared/pipeline/to-rest.ts
var to_rest = __webpack_require__(91571);
// EXTERNAL MODULE: ./shared/pipeline/hashing.ts + 1 modules
var hashing = __webpack_require__(59247);
// EXTERNAL MODULE: ./shared/yaml/fields.ts
var fields = __webpack_require__(60463);
// EXTERNAL MODULE: ./shared/pipeline/environment.ts
var environment = __webpack_require__(62664);
// EXTERNAL MODULE: ./shared/pipeline/steps/index.ts + 4 modules
var steps = __webpack_require__(8559);
// EXTERNAL MODULE: ./shared/yaml/located.ts
var located = __webpack_require__(67054);
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
var types = __webpack_require__(21591);
// EXTERNAL MODULE: ./shared/assets/versioning.ts
var versioning = __webpack_require__(53268);
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

/***/ 21591:
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

/***/ 53268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ claimVersion),
/* harmony export */   vI: () => (/* binding */ decideVersion)
/* harmony export */ });
/* unused harmony exports nextFreeVersion, MAX_CLAIM_ATTEMPTS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46677);
/**
 * Which version an asset gets, decided from what the workspace holds. Registered versions are immutable, so:
 * identical content is never written twice, and a version number that exists with other content is never
 * reused (under `yaml` that is the user's error to fix; under `auto` the next free number is taken).
 * One engine for both backends: it reads a `VersionStore` (the Azure ML workspace's `WorkspaceAssets`, the
 * local workspace's `LocalVersionStore`), so the same files get the same versions wherever they are registered.
 */

async function decideVersion(assets, request) {
    if (request.strategy === 'yaml' && request.yamlVersion !== undefined)
        return decideYaml(assets, request);
    return decideAuto(assets, request);
}
async function decideYaml(assets, request) {
    const { kind, name, contentHash } = request;
    const version = request.yamlVersion;
    const existing = await assets.getVersion(kind, name, version);
    if (!existing)
        return { action: 'create', version, reason: 'new version' };
    if (existing.contentHash === contentHash) {
        return { action: 'reuse', version, id: existing.id, reason: 'same content already registered' };
    }
    if (existing.contentHash === undefined) {
        return {
            action: 'reuse',
            version,
            id: existing.id,
            reason: 'registered by another tool (content not compared)',
            warning: `${kind} ${name}:${version} exists but was registered without a content hash (by az ml or the studio), ` +
                'so whether it matches the file cannot be told; it is used as is. Bump the version if the file changed.',
        };
    }
    return {
        action: 'conflict',
        version,
        message: `${kind} ${name}:${version} is already registered with different content, and registered versions cannot ` +
            `change. Bump 'version' in the YAML (or set version-strategy: auto to take the next free version).`,
    };
}
/**
 * The file's version while it is free or holds this very content; otherwise the newest version with this
 * content; otherwise the next free version after the file's (0.1.0 -> 0.1.1, 7 -> 8), or after the highest
 * integer version when the file has none (the service's `nextVersion`).
 */
async function decideAuto(assets, request) {
    const { kind, name, contentHash, yamlVersion } = request;
    const asWritten = yamlVersion === undefined ? undefined : await assets.getVersion(kind, name, yamlVersion);
    if (yamlVersion !== undefined && !asWritten)
        return { action: 'create', version: yamlVersion, reason: 'new version' };
    if (asWritten && asWritten.contentHash === contentHash) {
        return { action: 'reuse', version: asWritten.version, id: asWritten.id, reason: 'same content already registered' };
    }
    const taken = [];
    for await (const existing of assets.newestFirst(kind, name)) {
        if (existing.contentHash === contentHash) {
            return { action: 'reuse', version: existing.version, id: existing.id, reason: 'same content already registered' };
        }
        taken.push(existing.version);
    }
    const version = nextFreeVersion(taken, yamlVersion);
    const reason = taken.length ? `content changed since ${yamlVersion ?? taken[0]}` : 'new asset';
    return { action: 'create', version, reason };
}
/**
 * The first free version after `after` by counting up its last number (0.1.0 -> 0.1.1, v2 -> v3); without
 * one, the highest integer version plus one, as the service's `nextVersion`.
 */
function nextFreeVersion(taken, after) {
    const used = new Set(taken);
    const numbered = after === undefined ? undefined : /^(.*?)(\d+)$/.exec(after);
    if (numbered) {
        const [, prefix, digits] = numbered;
        for (let n = Number(digits) + 1;; n++)
            if (!used.has(`${prefix}${n}`))
                return `${prefix}${n}`;
    }
    if (after !== undefined)
        return nextFreeVersion(taken, `${after}.0`);
    const integers = taken.filter((v) => /^\d+$/.test(v)).map(Number);
    return String(integers.length ? Math.max(...integers) + 1 : 1);
}
/** How many times a version taken meanwhile by another run is decided again before giving up. */
const MAX_CLAIM_ATTEMPTS = 5;
/**
 * Registers the version `decideVersion` chooses, surviving runs that register the same asset at the same moment:
 * when the chosen version is taken meanwhile, the rules run again against what the workspace now holds, so
 * identical content taken meanwhile is reused, other content under `auto` moves to the next free version, and
 * other content under `yaml` becomes the usual conflict. Bounded: a workspace that keeps changing under us ends
 * in a clear error rather than a loop.
 */
async function claimVersion(store, request, options) {
    let decision = options.decided ?? (await decideVersion(store, request));
    for (let attempt = 1; attempt <= MAX_CLAIM_ATTEMPTS; attempt++) {
        if (decision.action !== 'create' || (await options.create(decision.version)))
            return decision;
        const taken = decision.version;
        decision = await decideVersion(store, request);
        options.log(`${request.kind} ${request.name}:${taken} was registered by another run meanwhile ` +
            `(attempt ${attempt} of ${MAX_CLAIM_ATTEMPTS}); now: ${describeDecision(decision)}`);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${request.kind} ${request.name}: every version chosen was registered by another run first ` +
        `(${MAX_CLAIM_ATTEMPTS} attempts); run again once the other registrations are done.`);
}
function describeDecision(decision) {
    if (decision.action === 'create')
        return `version ${decision.version} (${decision.reason})`;
    if (decision.action === 'reuse')
        return `reusing ${decision.version} (${decision.reason})`;
    return `conflict at ${decision.version}`;
}


/***/ }),

/***/ 92433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ WorkspaceAssets)
/* harmony export */ });
/* unused harmony export COLLECTION */
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56580);
/* harmony import */ var _pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59247);
/* harmony import */ var _pipeline_refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84467);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21591);




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

/***/ 8559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M7: () => (/* binding */ COMPONENT_KINDS),
  zq: () => (/* binding */ steps_STEP_KINDS)
});

// UNUSED EXPORTS: GraphReader, loadAnyComponentFile, readAnyComponent, readNode

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: ./shared/yaml/located.ts
var located = __webpack_require__(67054);
// EXTERNAL MODULE: ./shared/yaml/fields.ts
var fields = __webpack_require__(60463);
// EXTERNAL MODULE: ./shared/pipeline/component.ts + 1 modules
var component = __webpack_require__(85059);
// EXTERNAL MODULE: ./shared/pipeline/bindings.ts
var bindings = __webpack_require__(15199);
// EXTERNAL MODULE: ./shared/pipeline/node-rest.ts
var node_rest = __webpack_require__(98940);
// EXTERNAL MODULE: ./shared/pipeline/pipeline-node.ts
var pipeline_node = __webpack_require__(36712);
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
var inline_command = __webpack_require__(71904);
// EXTERNAL MODULE: ./shared/pipeline/step-ports.ts
var step_ports = __webpack_require__(23598);
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
var parallel = __webpack_require__(36106);
// EXTERNAL MODULE: ./shared/pipeline/steps/pipeline.ts
var pipeline = __webpack_require__(91355);
// EXTERNAL MODULE: ./shared/pipeline/steps/spark.ts
var spark = __webpack_require__(30288);
// EXTERNAL MODULE: ./shared/pipeline/steps/fields.ts
var steps_fields = __webpack_require__(25064);
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
var ports = __webpack_require__(80249);
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

/***/ 91355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ pipelineComponentSpec),
/* harmony export */   Ox: () => (/* binding */ pipelineComponentVersionBody),
/* harmony export */   So: () => (/* binding */ pipelineComponentKind),
/* harmony export */   rB: () => (/* binding */ pipelineStep)
/* harmony export */ });
/* unused harmony export stepsWithoutCompute */
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60463);
/* harmony import */ var _node_rest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98940);
/* harmony import */ var _pipeline_node_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36712);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80249);
/* harmony import */ var _step_ports_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23598);
/* harmony import */ var _component_rest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72597);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22648);







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

/***/ 91571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ restContext),
/* harmony export */   oY: () => (/* binding */ pipelineJobBody)
/* harmony export */ });
/* unused harmony export ANONYMOUS_COMPONENT_NAME */
/* harmony import */ var _node_rest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98940);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80249);
/* harmony import */ var _python_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80219);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84467);
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


/***/ }),

/***/ 94267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* unused harmony export UPLOAD_COMPLETED */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56580);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46677);
/* harmony import */ var _block_hasher_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81933);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9447);
/* harmony import */ var _plain_fs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26590);










/**
 * Files up to this size are read whole into memory, hashed and sent in one Put Blob. Files above it and up to
 * MAX_SINGLE_PUT_BYTES stream in one Put Blob, hashed on the way out. Larger ones go up
 * in blocks of this size (Put Block, then Put Block List), so a broken transfer costs one block's retry, not the
 * whole file's; 16 MiB rather than 4: fewer requests, reads and hashing messages per file, for at most 80 MiB of
 * blocks in flight per file. Each request is retried by the storage pipeline (resets, 500, 503).
 */
const BLOCK_BYTES = 16 * 1024 * 1024;
/**
 * @azure/storage-blob's own single-shot limit for uploadFile. One Put Blob hashes the file once (while it is
 * sent, checked against the MD5 the service computes of what it received), where blocks hash it twice (the
 * file's MD5 and each block's, which the service checks; without a block MD5, Azurite computes a CRC64 in
 * JavaScript instead, x3 of plain for a 100 MB file).
 */
const MAX_SINGLE_PUT_BYTES = 256 * 1024 * 1024;
/** A streamed file is read in chunks of this size: with the default 64 KiB, per-chunk costs add up. */
const READ_BYTES = 1024 * 1024;
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Nothing to upload: ${options.source} has no files.`);
    if (!/^[A-Za-z0-9_-]+$/.test(options.hash))
        throw new Error(`not a content hash: '${options.hash}'`);
    const prefix = `LocalUpload/${options.hash}/${options.dirName ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(options.source))}`;
    const url = `${access.url}/${prefix}`;
    const indicator = `${prefix}/${files[0]}`;
    return access.use(async (container) => {
        if (await isCompleted(container, indicator)) {
            options.log.info(`Code snapshot ${options.hash} is already uploaded at ${url}; reusing it.`);
            return { prefix, url, uploaded: false, fileCount: files.length };
        }
        options.log.info(`Uploading ${files.length} file(s) from ${options.source} to ${url}.`);
        const maxSinglePut = options.maxSinglePutBytes ?? MAX_SINGLE_PUT_BYTES;
        await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_9__/* .forEachBounded */ .a)(files, options.concurrency ?? 8, async (file, signal) => {
            try {
                const local = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.source, ...file.split('/'));
                await uploadFile(container, local, `${prefix}/${file}`, maxSinglePut, signal);
            }
            catch (error) {
                // Each request was retried already: say which file of which snapshot, not only "socket hang up".
                throw (0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeAzureFailure */ .dd)(`Uploading '${file}' of ${options.source} to ${url} (retried)`, error);
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
 * Uploads one file so that its blob carries the file's Content-MD5, which downloads (ours, az ml's) verify,
 * reading the file once: the hash is taken from the same bytes that are sent.
 */
async function uploadFile(container, localPath, blobName, maxSinglePut, signal) {
    const blob = container.getBlockBlobClient(blobName);
    // One open for the size and the bytes: with thousands of small files, every file-system call counts.
    const fd = await (0,_plain_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .open */ .ho)(localPath, 'r');
    let closing;
    try {
        const { size } = await (0,_plain_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .fstat */ .DE)(fd);
        if (size > maxSinglePut)
            return await uploadBlocks(blob, fd, localPath, size, signal);
        if (size > BLOCK_BYTES)
            return await streamWhole(blob, fd, localPath, size, signal);
        // Small files (most of a code snapshot): read once into memory, hashed, sent in one Put Blob.
        const data = Buffer.allocUnsafe(size);
        await readWhole(fd, data, 0, localPath);
        // The bytes are in memory, so the close runs beside the request instead of before it (one file-system
        // round trip less per file on the way to the service); a failed close is still thrown, below.
        closing = (0,_plain_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .close */ .VN)(fd);
        closing.catch(() => undefined);
        const md5 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(data).digest();
        const response = await blob.upload(data, size, { abortSignal: signal });
        checkStoredMd5(localPath, response.contentMD5, md5);
    }
    finally {
        await (closing ?? (0,_plain_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .close */ .VN)(fd));
    }
}
/** Fills `buffer` from `position` of the file; fewer bytes than that means the file shrank under the upload. */
async function readWhole(fd, buffer, position, localPath) {
    if ((await (0,_plain_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .readInto */ .Pq)(fd, buffer, buffer.length, position)) !== buffer.length) {
        throw new Error(`'${localPath}' changed while it was being uploaded`);
    }
}
/**
 * A file too large to hold in memory but not for one Put Blob (as plain uploadFile sends it), streamed from the
 * file and hashed on its way out (from 64 MiB on, on a worker thread beside the request). The service computes and
 * stores the MD5 of what it received as the blob's Content-MD5 and returns it: a value other than the hash of the bytes sent fails the upload (the snapshot is
 * then not marked completed). A retried request streams the file again, with a fresh hash.
 */
async function streamWhole(blob, fd, localPath, size, signal) {
    const attempts = [];
    const body = () => {
        const hashing = new _block_hasher_js__WEBPACK_IMPORTED_MODULE_7__/* .HashingStream */ .$K(size, READ_BYTES);
        attempts.push(hashing);
        const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)('', { fd, start: 0, end: size - 1, autoClose: false, highWaterMark: READ_BYTES });
        // The callback form returns `hashing`, and a read error destroys it, failing the request.
        return (0,node_stream__WEBPACK_IMPORTED_MODULE_4__.pipeline)(file, hashing, () => undefined);
    };
    try {
        const response = await blob.upload(body, size, { abortSignal: signal });
        checkStoredMd5(localPath, response.contentMD5, await attempts[attempts.length - 1].digest());
    }
    finally {
        await Promise.all(attempts.map((hashing) => hashing.release()));
    }
}
/**
 * Put Blob stores the MD5 the service computes of the bytes it received as the blob's Content-MD5, and returns
 * it. Checking it against the hash of the bytes sent proves the stored blob is the file, without sending the MD5
 * along (a header the service would parse and check on every file).
 */
function checkStoredMd5(localPath, stored, sent) {
    if (stored && sent.equals(stored))
        return;
    const storedText = stored ? Buffer.from(stored).toString('base64') : '(none)';
    throw new Error(`'${localPath}': the service stored Content-MD5 ${storedText}, but the bytes sent hash to ${sent.toString('base64')}`);
}
/**
 * A large file, read once in 16 MiB blocks. Each block is hashed twice from the same buffer (on a worker thread
 * from 64 MiB on): into the file's MD5, which Put Block List stores as the blob's Content-MD5, and on its own,
 * sent with its Put Block so the service rejects a block damaged in transit (and, given an MD5, skips computing
 * its own CRC64 of the block). Up to BLOCK_CONCURRENCY blocks are being hashed or sent at once; the storage
 * pipeline retries each request.
 */
async function uploadBlocks(blob, fd, localPath, size, outer) {
    const abort = new AbortController();
    const signal = AbortSignal.any([outer, abort.signal]);
    const blockIds = [];
    const idPrefix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const inFlight = new Set();
    let failure;
    const hasher = (0,_block_hasher_js__WEBPACK_IMPORTED_MODULE_7__/* .fileHasher */ .Ab)(size);
    try {
        for (let offset = 0; offset < size && !failure && !signal.aborted; offset += BLOCK_BYTES) {
            const length = Math.min(BLOCK_BYTES, size - offset);
            const block = (0,_block_hasher_js__WEBPACK_IMPORTED_MODULE_7__/* .hashableBuffer */ .jY)(length);
            await readWhole(fd, block, offset, localPath);
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
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(root, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(entry.parentPath, entry.name)).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/'));
}


/***/ })

};
