export const id = 957;
export const ids = [957,716];
export const modules = {

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
/* harmony import */ var _storage_concurrency_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9447);
/* harmony import */ var _storage_upload_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4267);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2119);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1591);
/* harmony import */ var _versioning_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3268);
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
        const { datastoreAccess, defaultDatastoreName, getBlobDatastore } = await Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 5761));
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

/***/ 7716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ASSET_NAME_PATTERN: () => (/* binding */ ASSET_NAME_PATTERN),
/* harmony export */   ASSET_VERSION_PATTERN: () => (/* binding */ ASSET_VERSION_PATTERN),
/* harmony export */   keyLocation: () => (/* binding */ keyLocation),
/* harmony export */   loadAssetFiles: () => (/* binding */ loadAssetFiles)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _pipeline_environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2664);
/* harmony import */ var _pipeline_steps_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5858);
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7054);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(463);
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
    const problems = new _yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .Problems */ .Zw();
    const environments = await loadAll(files.environments, _pipeline_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .loadEnvironmentFile */ .CQ, problems);
    const components = await loadAll(files.components, _pipeline_steps_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadAnyComponentFile */ .qT, problems);
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
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI)
                problems.merge(error.problems);
            else if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                problems.add(error.message, error.location ?? { file });
            else
                problems.add(`cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`, { file });
        }
    }
    return loaded;
}
function versionLocation(file) {
    return keyLocation(file, 'version');
}
/** Where a top-level key's value is written in a YAML file (the file's first line when it is absent). */
async function keyLocation(file, key) {
    const yaml = await (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYamlFile */ .Y3)(file);
    const entry = yaml.root.kind === 'map' ? (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(yaml.root, key) : undefined;
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


/***/ }),

/***/ 2119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ componentLevels),
/* harmony export */   dv: () => (/* binding */ planRegistration),
/* harmony export */   xB: () => (/* binding */ Planner)
/* harmony export */ });
/* unused harmony exports uuidFromHash, codeAssetName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6677);
/* harmony import */ var _pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2597);
/* harmony import */ var _pipeline_python_format_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(219);
/* harmony import */ var _pipeline_steps_pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1355);
/* harmony import */ var _pipeline_to_rest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1571);
/* harmony import */ var _pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9247);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(463);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7716);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1591);
/* harmony import */ var _versioning_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3268);
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
    problems = new _yaml_fields_js__WEBPACK_IMPORTED_MODULE_6__/* .Problems */ .Zw();
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
            if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
                throw error;
            const found = error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ValidationError */ .yI
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
        const snapshot = await (0,_pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__/* .codeSnapshot */ .Y9)(localPath, additionalIncludes);
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
            const contentHash = await (0,_pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__/* .environmentContentHash */ .db)(spec);
            const name = spec.name;
            const decision = await this.decide('environment', name, contentHash, spec.version, versionLoc);
            return this.environmentEntry(spec, file, name, decision, contentHash, false);
        });
    }
    /** An environment without a name (inline in a component, or a file with no `name:`): versioned by content. */
    async anonymousEnvironment(spec, source) {
        const contentHash = await (0,_pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__/* .environmentContentHash */ .db)(spec);
        return this.once(`anonymous:${contentHash}`, async () => {
            const version = uuidFromHash(contentHash);
            const existing = await this.assets.getVersion('environment', _types_js__WEBPACK_IMPORTED_MODULE_9__/* .ANONYMOUS_ENVIRONMENT */ .SK, version);
            const decision = existing
                ? { action: 'reuse', version, id: existing.id, reason: 'same content already registered' }
                : { action: 'create', version, reason: 'new anonymous environment' };
            return this.environmentEntry(spec, source, _types_js__WEBPACK_IMPORTED_MODULE_9__/* .ANONYMOUS_ENVIRONMENT */ .SK, decision, contentHash, true);
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
        const { environment: use } = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .componentParts */ .Sx)(component);
        if (use)
            await this.checkRemoteEnvironment(use, file);
        const resolver = this.dependencyResolver(use);
        // Resolve the environment alone first: the code folder is only looked up when the component is written.
        const { environment } = await (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveComponentDependencies */ .v6)({ environment: use }, resolver);
        const contentHash = sha256(`${await (0,_pipeline_hashing_js__WEBPACK_IMPORTED_MODULE_5__/* .componentContentHash */ .bB)(component)}\n${environment}`);
        const planned = await this.planVersion(component, file, contentHash, versionLoc, 0);
        if (planned.action === 'create')
            planned.deps = await (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveComponentDependencies */ .v6)(component, resolver);
        return planned;
    }
    /**
     * A named pipeline component (`az ml component create` of `type: pipeline`): the components inside it, at any
     * depth, are registered anonymously first (as azure-ai-ml does), and its spec names their versions. Its
     * content hash is that spec's, so a change anywhere inside makes a new version, and no change costs reads only.
     */
    async pipelineComponent(component, file, versionLoc) {
        const { spec, level } = await this.pipelineSpec(component, 'YAML.COMPONENT', file);
        const planned = await this.planVersion(component, file, sha256((0,_pipeline_python_format_js__WEBPACK_IMPORTED_MODULE_10__/* .pythonJsonDumps */ .MT)(spec)), versionLoc, level);
        planned.body = (0,_pipeline_steps_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .pipelineComponentVersionBody */ .Ox)(component, { ...spec, version: planned.version });
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
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`not supported yet: local data (${path}) inside a registered pipeline component; use a datastore URI or a data asset`, component.loc);
            },
        };
        const spec = await (0,_pipeline_steps_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .pipelineComponentSpec */ .Hp)(component, source, (0,_pipeline_to_rest_js__WEBPACK_IMPORTED_MODULE_4__/* .restContext */ .Cv)(resolver));
        return { spec, level: 1 + Math.max(-1, ...levels) };
    }
    /** A command component used inside a pipeline component: anonymous, versioned by its spec (azure-ai-ml's md5 uuid). */
    anonymousCommand(component, file, source = 'YAML.JOB') {
        let planned = this.anonymous.get(component);
        if (!planned) {
            planned = (async () => {
                const { environment: use } = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .componentParts */ .Sx)(component);
                if (use)
                    await this.checkRemoteEnvironment(use, component.file);
                const deps = await (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveComponentDependencies */ .v6)(component, this.dependencyResolver(use));
                const body = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .componentVersionBody */ .__)(component, deps, { isAnonymous: true, source });
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
                ? (0,_pipeline_steps_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .pipelineComponentVersionBody */ .Ox)(component, spec, { isAnonymous: true })
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
        const version = (0,_pipeline_component_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .anonymousComponentVersion */ .nq)(body.properties.componentSpec);
        const existing = await this.assets.getVersion('component', _types_js__WEBPACK_IMPORTED_MODULE_9__/* .ANONYMOUS_COMPONENT */ .Kj, version);
        const planned = {
            kind: 'component',
            component,
            name: _types_js__WEBPACK_IMPORTED_MODULE_9__/* .ANONYMOUS_COMPONENT */ .Kj,
            version,
            id: existing?.id ?? this.assets.versionId('component', _types_js__WEBPACK_IMPORTED_MODULE_9__/* .ANONYMOUS_COMPONENT */ .Kj, version),
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
            ? this.namedEnvironment(spec, fromFile, await (0,_load_js__WEBPACK_IMPORTED_MODULE_7__.keyLocation)(fromFile, 'version'))
            : this.anonymousEnvironment(spec, fromFile ?? spec.file);
    }
    async resolveLabel(collection, name, label) {
        if (label !== 'latest')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`label '@${label}' of '${name}' is not supported; use @latest or a version`);
        const kind = kindOf(collection);
        const planned = kind === 'environment' ? await this.plannedEnvironmentNamed(name) : undefined;
        if (planned)
            return planned.version;
        for await (const newest of this.assets.newestFirst(kind, name))
            return newest.version;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${kind} '${name}' has no version in workspace '${this.assets.session.workspace.workspace}' ` +
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`environment '${use.text}' does not exist in workspace '${this.assets.session.workspace.workspace}'` +
            (planned
                ? ` (this run registers ${name}:${planned.version})`
                : ' and is not among the environments registered here'), await (0,_load_js__WEBPACK_IMPORTED_MODULE_7__.keyLocation)(file, 'environment'));
    }
    async decide(kind, name, contentHash, yamlVersion, versionLoc) {
        const decision = await (0,_versioning_js__WEBPACK_IMPORTED_MODULE_8__/* .decideVersion */ .vI)(this.assets, {
            kind,
            name,
            contentHash,
            strategy: this.strategy,
            yamlVersion,
        });
        if (decision.action === 'conflict')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(decision.message, versionLoc);
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
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${collection} labels cannot be resolved here; give a version`);
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
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

/***/ 3268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ claimVersion),
/* harmony export */   vI: () => (/* binding */ decideVersion)
/* harmony export */ });
/* unused harmony exports nextFreeVersion, MAX_CLAIM_ATTEMPTS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
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
/* harmony import */ var _steps_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5858);





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


/***/ })

};
