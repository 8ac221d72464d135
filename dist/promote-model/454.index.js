export const id = 454;
export const ids = [454,676];
export const modules = {

/***/ 8454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalVersionStore: () => (/* reexport */ LocalVersionStore),
  LocalWorkspace: () => (/* reexport */ workspace/* LocalWorkspace */.hu),
  NESTED_SEPARATOR: () => (/* reexport */ NESTED_SEPARATOR),
  REGISTRATION_DETAILS_FILE: () => (/* reexport */ REGISTRATION_DETAILS_FILE),
  downloadLocalModel: () => (/* reexport */ downloadLocalModel),
  editLocalModelTags: () => (/* reexport */ editLocalModelTags),
  ensureLocalCompute: () => (/* reexport */ ensureLocalCompute),
  flattenPipeline: () => (/* reexport */ flattenPipeline),
  listLocalModels: () => (/* reexport */ listLocalModels),
  localSteps: () => (/* reexport */ localSteps),
  registerLocalAssetFiles: () => (/* reexport */ registerLocalAssetFiles),
  registerLocalComponent: () => (/* reexport */ registerLocalComponent),
  registerLocalData: () => (/* reexport */ registerLocalData),
  registerLocalEnvironment: () => (/* reexport */ registerLocalEnvironment),
  registerLocalModel: () => (/* reexport */ registerLocalModel),
  resolveLocalModel: () => (/* reexport */ resolveLocalModel),
  runLocalJob: () => (/* reexport */ runLocalJob),
  runLocalPipeline: () => (/* reexport */ runLocalPipeline),
  storeCodeSnapshot: () => (/* reexport */ storeCodeSnapshot),
  tagLocalModel: () => (/* reexport */ tagLocalModel),
  writeLocalModelLineage: () => (/* reexport */ model_lineage/* writeLocalModelLineage */.P)
});

// EXTERNAL MODULE: ./shared/local/workspace.ts
var workspace = __webpack_require__(3323);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/pipeline/hashing.ts + 1 modules
var hashing = __webpack_require__(9247);
;// CONCATENATED MODULE: ./shared/local/content.ts




/**
 * Hashes data as it is, every file included: unlike a code snapshot, data has no `.amlignore`. A folder's hash
 * depends on relative paths and bytes only, never on where it lives or when it was written.
 */
async function hashPath(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw new errors/* UserError */.yo(`${path} does not exist`);
    const files = [];
    if (info.isFile())
        files.push({ relativePath: (0,external_node_path_.basename)(path), absolutePath: path, size: info.size });
    else
        await listFiles(path, '', files);
    return {
        path,
        kind: info.isFile() ? 'file' : 'folder',
        hash: await (0,hashing/* contentHash202208 */.iy)(files),
        files: files.length,
        bytes: files.reduce((sum, f) => sum + f.size, 0),
    };
}
async function listFiles(dir, prefix, into) {
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        const abs = (0,external_node_path_.join)(dir, entry.name);
        const info = entry.isSymbolicLink() ? await (0,promises_.stat)(abs).catch(() => undefined) : entry;
        if (info?.isDirectory())
            await listFiles(abs, rel, into);
        else if (info?.isFile())
            into.push({ relativePath: rel, absolutePath: abs, size: (await (0,promises_.stat)(abs)).size });
    }
}
/** Copies a file or folder (symlinks resolved, so the copy stands alone). */
async function copyPath(from, to) {
    await (0,promises_.cp)(from, to, { recursive: true, dereference: true, errorOnExist: false, force: true });
}

// EXTERNAL MODULE: ./shared/assets/versioning.ts
var versioning = __webpack_require__(3268);
;// CONCATENATED MODULE: ./shared/local/version-store.ts
/**
 * The local workspace as the versioning engine (`shared/assets/versioning.ts`) reads a workspace: the same
 * rules as register-components on Azure decide local versions, so the same files get the same versions.
 */


const COLLECTION = {
    environment: 'environments',
    component: 'components',
    data: 'data',
};
class LocalVersionStore {
    ws;
    constructor(ws) {
        this.ws = ws;
    }
    async getVersion(kind, name, version) {
        const record = await this.ws.readAsset(COLLECTION[kind], name, version);
        if (!record)
            return undefined;
        const found = { name, version, id: this.ws.assetFolder(COLLECTION[kind], name, version) };
        if (record.contentHash)
            found.contentHash = record.contentHash;
        return found;
    }
    /** Highest version first: the folder holds no creation order, and versions only ever count up. */
    async *newestFirst(kind, name) {
        for (const version of (await this.ws.versions(COLLECTION[kind], name)).reverse()) {
            const found = await this.getVersion(kind, name, version);
            if (found)
                yield found;
        }
    }
}
/** The version an asset gets in the local workspace: written (`created`) or found with this content (`unchanged`). */
async function decideLocalVersion(ws, request) {
    const decision = await decideVersion(new LocalVersionStore(ws), request);
    if (decision.action === 'conflict')
        throw new UserError(decision.message);
    return { version: decision.version, status: decision.action === 'create' ? 'created' : 'unchanged' };
}
/**
 * Decides the version and creates it atomically (`fill` writes the version's folder: asset.json and any files).
 * Two jobs sharing the workspace folder (one self-hosted runner) may choose the same version: the one that
 * loses the rename decides again, as on Azure (identical content: reused; `auto`: the next free version).
 */
async function claimLocalVersion(ws, request, fill, log) {
    const decision = await (0,versioning/* claimVersion */.Dr)(new LocalVersionStore(ws), request, {
        create: (version) => ws.createAssetVersion(COLLECTION[request.kind], request.name, version, (folder) => fill(version, folder)),
        log: (message) => log.info(message),
    });
    if (decision.action === 'conflict')
        throw new errors/* UserError */.yo(decision.message);
    return { version: decision.version, status: decision.action === 'create' ? 'created' : 'unchanged' };
}

;// CONCATENATED MODULE: ./shared/local/assets.ts







/** Anonymous components (a pipeline's local ones) are filed under this name with their hash as the version. */
const ANONYMOUS_COMPONENT = 'azureml_anonymous';
/**
 * Stores a code folder under `codes/<hash>` unless that content is there already; returns the hash. The
 * component's `additional_includes` land at the snapshot's root under their own names, as the Azure side stages
 * them (the same `codeSnapshot`, so the same files and the same hash).
 */
async function storeCodeSnapshot(ws, localPath, additionalIncludes = []) {
    const snapshot = await (0,hashing/* codeSnapshot */.Y9)(localPath, additionalIncludes);
    const target = ws.codePath(snapshot.contentHash);
    const asset = (status) => ({
        kind: 'code',
        name: snapshot.name,
        version: snapshot.contentHash,
        id: target,
        status,
        contentHash: snapshot.contentHash,
    });
    if (await exists(target))
        return asset('unchanged');
    const scratch = await ws.scratch('code');
    for (const file of snapshot.files) {
        const to = (0,external_node_path_.join)(scratch, ...file.relativePath.split('/'));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true });
        await copyPath(file.absolutePath, to);
    }
    await (0,workspace/* moveIntoStore */.jA)(scratch, target);
    return asset('created');
}
async function registerLocalEnvironment(ws, env, options) {
    if (!env.name)
        throw new errors/* UserError */.yo('an environment needs a name to be registered', env.loc);
    const contentHash = await (0,hashing/* environmentContentHash */.db)(env);
    const request = {
        kind: 'environment',
        name: env.name,
        contentHash,
        strategy: options.strategy ?? 'yaml',
        yamlVersion: env.version,
    };
    const decision = await claimLocalVersion(ws, request, async (version, folder) => {
        const record = {
            name: env.name,
            version,
            contentHash,
            environment: env,
            tags: { ...env.tags, ...options.tags },
            createdAt: new Date().toISOString(),
        };
        await (0,workspace/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(folder, 'asset.json'), record);
    }, options.log);
    const id = ws.assetFolder('environments', env.name, decision.version);
    return reported({ kind: 'environment', name: env.name, ...decision, id, contentHash }, options.log);
}
/**
 * Registers a component: its code snapshot by content hash, then the component by name and version. A named
 * component follows the version strategy; an anonymous one (`anonymous: true`, what a pipeline's local
 * components become) is filed under its content hash, as Azure ML files anonymous components.
 */
async function registerLocalComponent(ws, component, options) {
    const code = component.code && 'local' in component.code
        ? await storeCodeSnapshot(ws, component.code.local, component.code.additionalIncludes)
        : undefined;
    const contentHash = await (0,hashing/* componentContentHash */.bB)(component);
    const anonymous = options.anonymous === true || !component.name;
    const name = anonymous ? ANONYMOUS_COMPONENT : component.name;
    const recordOf = (version) => ({
        name,
        version,
        contentHash,
        anonymous,
        // The stored snapshot holds the includes already: the record's code is that folder alone.
        component: code ? { ...component, code: { local: code.id } } : component,
        tags: { ...component.tags, ...options.tags },
        createdAt: new Date().toISOString(),
        ...(code ? { codeHash: code.contentHash } : {}),
    });
    const write = (version, folder) => (0,workspace/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(folder, 'asset.json'), recordOf(version));
    let decision;
    if (anonymous) {
        // Filed under its content hash: a version that exists holds this very content.
        const version = contentHash.slice(0, 32);
        const created = await ws.createAssetVersion('components', name, version, (folder) => write(version, folder));
        decision = { version, status: created ? 'created' : 'unchanged' };
    }
    else {
        const request = {
            kind: 'component',
            name,
            contentHash,
            strategy: options.strategy ?? 'yaml',
            yamlVersion: component.version,
        };
        decision = await claimLocalVersion(ws, request, write, options.log);
    }
    const { status } = decision;
    const record = (await ws.readAsset('components', name, decision.version)) ?? recordOf(decision.version);
    if (!anonymous)
        options.log.info(`component ${name}:${decision.version} ${status}`);
    const asset = {
        kind: 'component',
        name,
        version: decision.version,
        id: ws.assetFolder('components', name, decision.version),
        status,
        contentHash,
    };
    return code ? { component: asset, code, record } : { component: asset, record };
}
/** Registers a local file or folder as a data asset (what `azureml:<name>:<version>` inputs resolve to locally). */
async function registerLocalData(ws, data, options) {
    const hashed = await hashPath(data.path);
    const type = data.type ?? (hashed.kind === 'file' ? 'uri_file' : 'uri_folder');
    const inside = hashed.kind === 'file' ? (0,external_node_path_.join)('files', data.path.split(/[/\\]/).pop()) : 'files';
    const request = {
        kind: 'data',
        name: data.name,
        contentHash: hashed.hash,
        strategy: data.version === undefined ? 'auto' : (options.strategy ?? 'yaml'),
        yamlVersion: data.version,
    };
    const decision = await claimLocalVersion(ws, request, async (version, folder) => {
        await copyPath(data.path, (0,external_node_path_.join)(folder, inside));
        const record = {
            name: data.name,
            version,
            type,
            contentHash: hashed.hash,
            path: inside,
            tags: { ...options.tags },
            createdAt: new Date().toISOString(),
        };
        await (0,workspace/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(folder, 'asset.json'), record);
    }, options.log);
    const folder = ws.assetFolder('data', data.name, decision.version);
    return reported({ kind: 'data', name: data.name, ...decision, id: folder, contentHash: hashed.hash }, options.log);
}
/** Logs what happened to a versioned asset ("environment env:1 created") and reports it. */
function reported(asset, log) {
    log.info(`${asset.kind} ${asset.name}:${asset.version} ${asset.status}`);
    return asset;
}
/** `azureml:name:version` or `azureml:name@latest` of a workspace asset, resolved in the local workspace. */
async function resolveLocalAsset(ws, collection, ref, text) {
    if (ref.kind === 'id') {
        throw new errors/* UserError */.yo(`${text} points at Azure (a full asset id); the local backend can only use azureml:<name>:<version> or azureml:<name>@latest assets registered in ${ws.root}`);
    }
    const versions = await ws.versions(collection, ref.name);
    const version = ref.kind === 'version' ? ref.version : ref.label === 'latest' ? versions.at(-1) : undefined;
    const record = version === undefined ? undefined : await ws.readAsset(collection, ref.name, version);
    if (version !== undefined && record)
        return { version, record };
    const known = versions.length
        ? `versions there: ${versions.join(', ')}`
        : `no versions of '${ref.name}' are registered there`;
    const how = collection === 'data'
        ? `give the input a local path for local runs (submit-pipeline's 'inputs', e.g. ${ref.name}: ./data/${ref.name}), or register the data locally first`
        : 'register it locally first (register-components with backend: local)';
    throw new errors/* UserError */.yo(`${text} is not in the local workspace ${ws.root} (${known}); ${how}.`);
}
async function exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/jobs/identity.ts
var identity = __webpack_require__(8449);
// EXTERNAL MODULE: ./shared/pipeline/python-format.ts
var python_format = __webpack_require__(219);
;// CONCATENATED MODULE: ./shared/local/cache.ts





/** Bumped when what goes into a key changes, so old entries stop matching instead of matching wrongly. */
const KEY_VERSION = 1;
/**
 * sha256 of the canonical JSON of the parts. Data inputs enter by content hash, never by path, so the same bytes
 * in another folder (a fresh checkout, a restored cache) give the same key; absent optional inputs enter as null.
 */
function cacheKey(parts) {
    const inputs = {};
    for (const [name, value] of Object.entries(parts.inputs)) {
        inputs[name] = !value
            ? null
            : value.kind === 'literal'
                ? { literal: value.text }
                : { data: value.hash, type: value.type };
    }
    const material = {
        v: KEY_VERSION,
        component: parts.componentHash,
        inputs,
        outputs: parts.outputs,
        env: parts.environmentVariables,
    };
    return (0,external_node_crypto_.createHash)('sha256').update((0,python_format/* pythonJsonDumps */.MT)(material)).digest('hex');
}
/** The entry for a key when every output it names is still in the artifact store. */
async function lookupCache(ws, key) {
    const entry = await (0,workspace/* readJson */.Vh)(ws.cacheEntryPath(key));
    if (!entry)
        return undefined;
    for (const artifact of Object.values(entry.outputs)) {
        const present = await (0,promises_.access)(ws.artifactPath(artifact.hash)).then(() => true, () => false);
        if (!present)
            return undefined;
    }
    return entry;
}
async function saveCache(ws, entry) {
    await (0,workspace/* writeJsonAtomic */.ZJ)(ws.cacheEntryPath(entry.key), entry);
}
function toArtifact(ws, stored) {
    const folder = ws.artifactPath(stored.hash);
    return { hash: stored.hash, type: stored.type, path: stored.file ? (0,external_node_path_.join)(folder, stored.file) : folder };
}
/** The short form printed in logs; the full key is in the job record. */
const shortKey = (key) => key.slice(0, 12);

// EXTERNAL MODULE: ./shared/yaml/fields.ts
var fields = __webpack_require__(463);
;// CONCATENATED MODULE: ./shared/local/sweep/early-termination.ts
function isEvaluationPoint(policy, interval) {
    const every = Math.max(1, policy.evaluationInterval);
    return interval >= 1 && interval % every === 0 && interval >= policy.delayEvaluation;
}
/**
 * Why the policy stops a trial at `interval` (its history has at least that many values), or undefined to let it
 * go on. `others` are the histories of every other trial of the sweep so far, running or ended; a trial is only
 * compared with those that reached the same interval.
 */
function terminationReason(policy, goal, trial, others, interval) {
    if (!isEvaluationPoint(policy, interval) || trial.length < interval)
        return undefined;
    const peers = others.filter((h) => h.length >= interval);
    const sign = goal === 'maximize' ? 1 : -1;
    const bestSoFar = (h) => bestOf(h.slice(0, interval), goal);
    const own = bestSoFar(trial);
    const at = `at interval ${interval}`;
    if (policy.type === 'bandit') {
        const best = bestOf([own, ...peers.map(bestSoFar)], goal);
        const limits = [];
        if (policy.slackFactor > 0)
            limits.push(goal === 'maximize' ? best / (1 + policy.slackFactor) : best * (1 + policy.slackFactor));
        if (policy.slackAmount > 0)
            limits.push(best - sign * policy.slackAmount);
        if (!limits.length)
            limits.push(best);
        // The most lenient slack applies when both are given: the trial must fall outside every allowance.
        const limit = goal === 'maximize' ? Math.min(...limits) : Math.max(...limits);
        return own * sign < limit * sign
            ? `bandit ${at}: best ${own} is ${goal === 'maximize' ? 'below' : 'above'} ${round(limit)}, the slack allowed from the best trial's ${best}`
            : undefined;
    }
    if (policy.type === 'median_stopping') {
        if (!peers.length)
            return undefined;
        const median = medianOf(peers.map((h) => mean(h.slice(0, interval))));
        return own * sign < median * sign
            ? `median_stopping ${at}: best ${own} is worse than the median ${round(median)} of the other trials' running averages`
            : undefined;
    }
    const values = [trial, ...peers].map((h) => h[interval - 1]);
    const cut = Math.floor((values.length * policy.truncationPercentage) / 100);
    if (cut === 0)
        return undefined;
    const worstFirst = [...values].sort((a, b) => (a - b) * sign);
    const threshold = worstFirst[cut - 1];
    return trial[interval - 1] * sign <= threshold * sign
        ? `truncation_selection ${at}: ${trial[interval - 1]} is in the lowest ${policy.truncationPercentage}% of the ${values.length} trials there`
        : undefined;
}
/**
 * The policy from the step's YAML, as the converter keeps it (azure-ai-ml's REST form: `policy_type` and
 * snake_case parameters with their defaults filled in).
 */
function earlyTerminationFrom(rest) {
    if (!rest)
        return undefined;
    const num = (key) => (typeof rest[key] === 'number' ? rest[key] : 0);
    const common = { delayEvaluation: num('delay_evaluation'), evaluationInterval: num('evaluation_interval') };
    switch (String(rest.policy_type ?? rest.type).toLowerCase()) {
        case 'bandit':
            return { type: 'bandit', ...common, slackFactor: num('slack_factor'), slackAmount: num('slack_amount') };
        case 'medianstopping':
        case 'median_stopping':
            return { type: 'median_stopping', ...common };
        case 'truncationselection':
        case 'truncation_selection':
            return { type: 'truncation_selection', ...common, truncationPercentage: num('truncation_percentage') };
        default:
            return undefined;
    }
}
function bestOf(values, goal) {
    return goal === 'maximize' ? Math.max(...values) : Math.min(...values);
}
function mean(values) {
    return values.reduce((a, b) => a + b, 0) / values.length;
}
function medianOf(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function round(value) {
    return Number(value.toPrecision(6));
}

;// CONCATENATED MODULE: ./shared/local/adapt.ts


/** Step types that need Azure ML itself, with why; refused before anything runs. */
const AZURE_ONLY = {
    spark: 'spark steps need a Spark cluster',
    automl: 'automl steps are trained by Azure ML’s AutoML service',
    import: 'import steps read from external databases through Azure ML',
    data_transfer: 'data transfer steps move data between Azure stores',
};
/**
 * The adapter from the YAML model's step union to the runner's: command steps pass as they are, parallel and
 * sweep steps map to their local descriptions; the rest, and what a parallel or sweep step asks that one runner
 * cannot give, are refused together, each at its line, naming the step and saying it runs with `backend: azure`.
 */
function localSteps(job) {
    const problems = new fields/* Problems */.Zw();
    const jobs = {};
    for (const node of Object.values(job.jobs)) {
        const refuse = (why, loc = node.loc) => {
            problems.add(`step '${node.name}': ${why}; it runs with backend: azure`, loc);
            return undefined;
        };
        const local = node.type === 'command'
            ? node
            : node.type === 'parallel'
                ? localParallel(node, refuse)
                : node.type === 'sweep'
                    ? localSweep(node, refuse)
                    : refuse(AZURE_ONLY[node.type] ?? `${node.type} steps do not run on the local backend`);
        if (local)
            jobs[node.name] = local;
    }
    problems.throwIfAny(`${job.file}: ${problems.list.length} step(s) cannot run on the local backend; nothing was run`);
    const { component: _component, ...rest } = job;
    return { ...rest, jobs };
}
/** A parallel step of a local or inline parallel component: the step's settings over the component's. */
function localParallel(node, refuse) {
    if (node.component.kind === 'remote')
        return refuse(`the parallel component ${node.component.text} lives in Azure ML; the local backend runs parallel components from local YAML files`);
    const component = node.component.component;
    const settings = runtimeSettings(node.parallel, component.settings);
    const task = settings.task;
    const code = task?.code;
    if (!task || !code)
        return refuse('its task has no local code folder', task?.loc);
    if ('remote' in code)
        return refuse(`its task.code ${code.remote} is a code asset in Azure ML`, task.loc);
    if (task.type === 'model')
        return refuse('task type model is served by Azure ML', task.loc);
    if (!task.entryScript)
        return refuse('its task has no entry_script', task.loc);
    if (!settings.inputData)
        return refuse('it has no input_data', settings.loc);
    if (settings.partitionKeys?.length)
        return refuse('partition_keys splits mltable data by column values, which the local runner does not', settings.loc);
    const numbers = numericSettings(settings, refuse);
    if (!numbers)
        return undefined;
    const local = {
        type: 'parallel',
        name: node.name,
        loc: node.loc,
        inputs: node.inputs,
        outputs: node.outputs,
        component: {
            ...(component.name ? { name: component.name } : {}),
            inputs: component.inputs,
            outputs: component.outputs,
            isDeterministic: component.isDeterministic,
        },
        task: {
            code: code.local,
            entryScript: task.entryScript,
            ...(task.programArguments ? { programArguments: task.programArguments } : {}),
            ...(task.appendRowTo ? { appendRowTo: task.appendRowTo } : {}),
        },
        inputData: settings.inputData,
        // As text: a folder counts files, an mltable counts bytes ("10kb" arrives here as 10240).
        ...(settings.miniBatchSize !== undefined ? { miniBatchSize: String(settings.miniBatchSize) } : {}),
        ...numbers,
        ...(settings.environmentVariables ? { environmentVariables: settings.environmentVariables } : {}),
        ...(settings.resources ? { resources: settings.resources } : {}),
    };
    return local;
}
/**
 * What the parallel runtime ends up with: each setting the step gives, else its component's. (The node Azure
 * receives inherits only some of them, `effectiveStepSettings`; the service takes the rest from the component spec,
 * so at run time every one falls back to the component.)
 */
function runtimeSettings(step, component) {
    const merged = { ...component };
    for (const [key, value] of Object.entries(step))
        if (value !== undefined)
            merged[key] = value;
    return merged;
}
/** The numeric settings of a parallel step; a `${{parent.inputs.x}}` among them is Azure ML's to resolve. */
function numericSettings(settings, refuse) {
    const fields = {
        max_concurrency_per_instance: settings.maxConcurrencyPerInstance,
        error_threshold: settings.errorThreshold,
        mini_batch_error_threshold: settings.miniBatchErrorThreshold,
        mini_batch_size: settings.miniBatchSize,
        'retry_settings.max_retries': settings.retrySettings?.max_retries,
        'retry_settings.timeout': settings.retrySettings?.timeout,
    };
    const bound = Object.entries(fields).filter(([, v]) => typeof v === 'string' && v.includes('${{'));
    if (bound.length)
        return refuse(`${bound.map(([k]) => k).join(', ')} bound to ${bound.map(([, v]) => String(v)).join(', ')}: the local runner takes numbers there`, settings.loc);
    const num = (v) => (v === undefined || v === null ? undefined : Number(v));
    const retries = num(settings.retrySettings?.max_retries);
    const timeout = num(settings.retrySettings?.timeout);
    const out = {};
    const concurrency = num(settings.maxConcurrencyPerInstance);
    if (concurrency !== undefined)
        out.maxConcurrencyPerInstance = concurrency;
    const errors = num(settings.errorThreshold);
    if (errors !== undefined)
        out.errorThreshold = errors;
    const batchErrors = num(settings.miniBatchErrorThreshold);
    if (batchErrors !== undefined)
        out.miniBatchErrorThreshold = batchErrors;
    if (retries !== undefined || timeout !== undefined)
        out.retrySettings = {
            ...(retries !== undefined ? { maxRetries: retries } : {}),
            ...(timeout !== undefined ? { timeout } : {}),
        };
    return out;
}
/** A sweep step over a local or inline trial component: its search space, sampling, objective, limits, policy. */
function localSweep(node, refuse) {
    if (node.trial.kind === 'remote')
        return refuse(`its trial ${node.trial.text} is a component in Azure ML; the local backend runs trials from local YAML files`);
    const { sweep } = node;
    if (!sweep.objective)
        return refuse('it has no objective', sweep.loc);
    const trial = node.trial.component;
    const instances = Number(sweep.resources?.instance_count ?? trial.resources?.instance_count ?? 1);
    if (instances > 1)
        return refuse(`resources.instance_count ${instances} asks each trial for ${instances} nodes`, sweep.loc);
    if (trial.distribution)
        return refuse(`its trial's distribution (type ${String(trial.distribution.type)}) starts processes across nodes`, sweep.loc);
    const searchSpace = localSearchSpace(node, refuse);
    const sampling = localSampling(node, refuse);
    const limits = localLimits(node, refuse);
    if (!searchSpace || !sampling || !limits)
        return undefined;
    const boundPolicy = Object.entries(sweep.earlyTermination ?? {}).filter(([, v]) => typeof v === 'string' && v.includes('${{'));
    if (boundPolicy.length)
        return refuse(`early_termination ${boundPolicy.map(([k]) => `${k}: ${String(sweep.earlyTermination?.[k])}`).join(', ')} is a binding, which Azure ML resolves`, sweep.loc);
    const policy = earlyTerminationFrom(sweep.earlyTermination);
    return {
        type: 'sweep',
        name: node.name,
        loc: node.loc,
        inputs: node.inputs,
        outputs: node.outputs,
        trial,
        sweep: {
            searchSpace,
            sampling,
            objective: {
                goal: sweep.objective.goal === 'minimize' ? 'minimize' : 'maximize',
                primaryMetric: sweep.objective.primary_metric,
            },
            limits,
            ...(policy ? { earlyTermination: policy } : {}),
        },
    };
}
function localSearchSpace(node, refuse) {
    const space = {};
    let ok = true;
    for (const [name, distribution] of Object.entries(node.sweep.searchSpace)) {
        const loc = node.sweep.searchSpaceLocs[name];
        const values = Object.values(distribution).flatMap((v) => (Array.isArray(v) ? v : [v]));
        if (values.some((v) => typeof v === 'string' && v.includes('${{'))) {
            ok = !!refuse(`search_space.${name} takes a binding, which Azure ML resolves`, loc);
        }
        else if (values.some((v) => v !== null && typeof v === 'object')) {
            ok = !!refuse(`search_space.${name} is hierarchical (mappings among its values); the local sampler draws flat spaces`, loc);
        }
        else
            space[name] = distribution;
    }
    return ok ? space : undefined;
}
function localSampling(node, refuse) {
    const written = node.sweep.samplingAlgorithm ?? 'random';
    const spec = typeof written === 'string' ? { type: written } : written;
    if (spec.rule === 'sobol')
        return refuse('sampling rule sobol is Azure ML’s', node.sweep.loc);
    if (spec.type === 'grid' || spec.type === 'bayesian')
        return { type: spec.type };
    if (spec.seed !== undefined && typeof spec.seed !== 'number')
        return refuse(`sampling_algorithm.seed is bound to ${String(spec.seed)}, which Azure ML resolves`, node.sweep.loc);
    return spec.seed !== undefined ? { type: 'random', seed: spec.seed } : { type: 'random' };
}
/** The sweep's limits, all four applied locally (see `LocalSweep`). */
function localLimits(node, refuse) {
    const limits = node.sweep.limits ?? {};
    const bound = Object.entries(limits).filter(([, v]) => typeof v === 'string');
    if (bound.length)
        return refuse(`limits ${bound.map(([k]) => k).join(', ')} take bindings, which Azure ML resolves`, node.sweep.loc);
    return {
        ...(limits.timeout !== undefined ? { timeoutSeconds: Number(limits.timeout) } : {}),
        ...(limits.trial_timeout !== undefined ? { trialTimeoutSeconds: Number(limits.trial_timeout) } : {}),
        ...(limits.max_total_trials !== undefined ? { maxTotalTrials: Number(limits.max_total_trials) } : {}),
        ...(limits.max_concurrent_trials !== undefined
            ? { maxConcurrentTrials: Number(limits.max_concurrent_trials) }
            : {}),
    };
}

// EXTERNAL MODULE: ./shared/pipeline/ports.ts
var ports = __webpack_require__(249);
;// CONCATENATED MODULE: ./shared/local/nested.ts


/** The step separator of flattened names, as Azure ML shows a child's path (`train_pipeline/train_step`). */
const NESTED_SEPARATOR = '/';
/**
 * The job with every pipeline-component step (local or inline, any depth) replaced by its steps, named
 * `<step>/<inner step>`, every binding rewritten to what it reaches at the top level. A job whose top level is
 * `component:` is its component's steps. Each inner step then runs and is cached like any step: a changed inner
 * component re-runs that step and what reads its changed outputs, nothing else. Pipeline components registered in
 * Azure or a registry are refused, with their line: their steps cannot be seen from the runner.
 */
function flattenPipeline(job) {
    const problems = new fields/* Problems */.Zw();
    const jobs = {};
    const top = job.component && job.component.kind !== 'remote' ? job.component.component : undefined;
    const scope = top && {
        input: (name) => name in job.inputs
            ? { kind: 'binding', binding: { scope: 'parent.inputs', name }, loc: job.inputs[name].loc }
            : defaultOf(top, name),
        output: (name) => ({ kind: 'binding', binding: { scope: 'parent.outputs', name }, loc: job.loc }),
    };
    if (job.component?.kind === 'remote')
        problems.add(remoteMessage('the job', job.component.text), job.loc);
    for (const node of flattenLevel(top?.jobs ?? job.jobs, scope, '', problems))
        jobs[node.name] = node;
    problems.throwIfAny(`${job.file}: pipeline components that cannot run on the local backend; nothing was run`);
    return { ...job, jobs };
}
function flattenLevel(level, scope, prefix, problems) {
    const flat = [];
    for (const node of Object.values(level)) {
        const inputs = {};
        for (const [name, value] of Object.entries(node.inputs)) {
            const translated = translateInput(value, level, scope, prefix);
            if (translated)
                inputs[name] = translated;
        }
        const outputs = {};
        for (const [name, value] of Object.entries(node.outputs)) {
            const translated = translateOutput(value, scope);
            if (translated)
                outputs[name] = translated;
        }
        if (node.type !== 'pipeline') {
            flat.push({ ...node, name: prefix + node.name, inputs, outputs });
            continue;
        }
        if (node.component.kind === 'remote') {
            problems.add(remoteMessage(`step '${prefix}${node.name}'`, node.component.text), node.loc);
            continue;
        }
        const component = node.component.component;
        const inner = {
            input: (name) => inputs[name] ?? defaultOf(component, name),
            output: (name) => outputs[name],
        };
        flat.push(...flattenLevel(component.jobs, inner, `${prefix}${node.name}${NESTED_SEPARATOR}`, problems));
    }
    return flat;
}
function remoteMessage(what, text) {
    return (`${what} runs the pipeline component ${text}, whose steps live in Azure ML; the local backend runs pipeline ` +
        `components from local YAML files (or run it with backend: azure)`);
}
/** The default a pipeline component's input has when its caller binds nothing (literal inputs only). */
function defaultOf(component, name) {
    const port = component.inputs[name];
    if (!port || port.default === undefined || port.default === null || (0,ports/* isDataType */.ZM)(port.type))
        return undefined;
    return { kind: 'literal', value: port.default, source: port.defaultSource ?? String(port.default), loc: port.loc };
}
function translateInput(value, level, scope, prefix) {
    if (value.kind !== 'binding')
        return value;
    const { binding } = value;
    if (binding.scope === 'parent.inputs' && scope) {
        const outer = scope.input(binding.name);
        return outer && { ...outer, ...(value.mode ? { mode: value.mode } : {}) };
    }
    if (binding.scope === 'parent.jobs')
        return { ...value, binding: stepPort(binding, level, prefix) };
    return value;
}
/** `${{parent.jobs.sub.outputs.o}}` where `sub` runs a pipeline component: the inner step output bound to `o`. */
function stepPort(binding, level, prefix) {
    const target = level[binding.job];
    if (target?.type !== 'pipeline' || target.component.kind === 'remote' || binding.port !== 'outputs')
        return { ...binding, job: prefix + binding.job };
    const jobs = target.component.component.jobs;
    const innerPrefix = `${prefix}${binding.job}${NESTED_SEPARATOR}`;
    for (const inner of Object.values(jobs)) {
        for (const [port, output] of Object.entries(inner.outputs)) {
            if (output.kind === 'binding' &&
                output.binding.scope === 'parent.outputs' &&
                output.binding.name === binding.name) {
                return stepPort({ scope: 'parent.jobs', job: inner.name, port: 'outputs', name: port }, jobs, innerPrefix);
            }
        }
    }
    // Nothing inside writes it: the binding names the nested step itself, and the runner reports it missing.
    return { ...binding, job: prefix + binding.job };
}
function translateOutput(value, scope) {
    if (!scope || value.kind !== 'binding' || value.binding.scope !== 'parent.outputs')
        return value;
    return scope.output(value.binding.name);
}

;// CONCATENATED MODULE: ./shared/local/inputs.ts






/**
 * Resolves and hashes every data path of the pipeline before anything runs (pipeline inputs and data written on
 * steps), so a missing folder or an Azure-only URI is reported with its line up front, not after an hour of
 * training. Each path is hashed once however many steps read it.
 */
async function resolveDataSources(ws, job) {
    const problems = new fields/* Problems */.Zw();
    const data = new Map();
    const pipelineLiterals = new Map();
    const resolveInto = async (key, input) => {
        if (!input.path)
            return;
        try {
            data.set(key, await resolveData(ws, input));
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            problems.add(error.message, input.loc);
        }
    };
    for (const input of Object.values(job.inputs)) {
        if (input.kind === 'literal')
            pipelineLiterals.set(input.name, { kind: 'literal', text: (0,python_format/* pythonStr */.qV)(input.value, input.source) });
        else
            await resolveInto(`parent:${input.name}`, input);
    }
    for (const node of Object.values(job.jobs)) {
        for (const [name, input] of Object.entries(node.inputs)) {
            if (input.kind === 'data')
                await resolveInto(`${node.name}:${name}`, input);
        }
    }
    problems.throwIfAny(`${job.file}: ${problems.list.length} data input(s) are not available locally; nothing was run`);
    return { data, pipelineLiterals };
}
async function resolveData(ws, input) {
    const path = input.path;
    const text = input.pathText ?? '';
    if (!path || path.kind === 'invalid')
        throw new errors/* UserError */.yo(`data input has no usable path`);
    if (path.kind === 'uri') {
        throw new errors/* UserError */.yo(`${text} is in Azure storage; the local backend reads local paths and data registered in the local workspace. ` +
            `Point the input at a local folder for local runs (e.g. the action's 'inputs' override).`);
    }
    if (path.kind === 'asset') {
        const { record } = await resolveLocalAsset(ws, 'data', path.ref, text);
        const folder = ws.assetFolder('data', record.name, record.version);
        return { kind: 'data', path: (0,external_node_path_.join)(folder, record.path), hash: record.contentHash, type: input.type };
    }
    const hashed = await hashPath(path.path).catch(() => {
        throw new errors/* UserError */.yo(`data path '${text}' does not exist (looked for ${path.path})`);
    });
    return { kind: 'data', path: path.path, hash: hashed.hash, type: input.type };
}
/** Each declared input of a step: bound value, else the component's default, else absent (optional inputs). */
function resolveStepInputs(stepName, nodeInputs, ports, sources) {
    const resolved = {};
    for (const [name, port] of Object.entries(ports)) {
        const input = nodeInputs[name];
        const value = input ? fromNodeInput(stepName, name, input, sources) : undefined;
        resolved[name] = value ?? inputs_defaultOf(port);
        if (resolved[name] === undefined && !port.optional) {
            throw new errors/* UserError */.yo(`required input '${name}' of step '${stepName}' has no value`, input?.loc ?? port.loc);
        }
    }
    return resolved;
}
function fromNodeInput(stepName, name, input, sources) {
    if (input.kind === 'literal')
        return { kind: 'literal', text: (0,python_format/* pythonStr */.qV)(input.value, input.source) };
    if (input.kind === 'data')
        return sources.data.get(`${stepName}:${name}`);
    const { binding } = input;
    if (binding.scope === 'parent.inputs') {
        return sources.pipelineLiterals.get(binding.name) ?? sources.data.get(`parent:${binding.name}`);
    }
    if (binding.scope === 'parent.jobs' && binding.port === 'outputs') {
        const artifact = sources.stepOutputs.get(binding.job)?.[binding.name];
        if (!artifact)
            throw missing(`output '${binding.name}' of step '${binding.job}'`, input.loc);
        return { kind: 'data', ...artifact };
    }
    if (binding.scope === 'parent.jobs')
        return sources.stepInputs.get(binding.job)?.[binding.name];
    throw new errors/* UserError */.yo(`input '${name}' binds a pipeline output, which only outputs can`, input.loc);
}
function inputs_defaultOf(port) {
    if (port.default === undefined || port.default === null)
        return undefined;
    return { kind: 'literal', text: (0,python_format/* pythonStr */.qV)(port.default, port.defaultSource) };
}
function missing(what, loc) {
    return new errors/* UserError */.yo(`${what} was not produced`, loc);
}

;// CONCATENATED MODULE: ./shared/local/output-assets.ts


/**
 * Registers the outputs written with `name:`/`version:` (on the step, or on the pipeline output it is bound to)
 * as data assets of the local workspace, as Azure ML registers them when the step completes; later pipelines
 * read them as `azureml:<name>:<version>`. Without a version the next integer is taken. A version that exists
 * with other content is a warning naming the output, not a failed job: the step itself did its work.
 */
async function registerNamedOutputs(ws, job, outputs, log) {
    const registered = [];
    for (const node of Object.values(job.jobs)) {
        for (const [port, output] of Object.entries(node.outputs)) {
            const artifact = outputs.get(node.name)?.[port];
            const asset = output.kind === 'settings' ? output : pipelineOutputOf(job, output);
            if (!artifact || !asset?.assetName)
                continue;
            try {
                const data = await registerLocalData(ws, { name: asset.assetName, version: asset.assetVersion, path: artifact.path, type: artifact.type }, { log });
                registered.push({ step: node.name, port, name: data.name, version: data.version });
            }
            catch (error) {
                if (!(error instanceof errors/* UserError */.yo))
                    throw error;
                log.warning(`[${node.name}] output '${port}' was not registered as ${asset.assetName}: ${error.message}`, asset.loc);
            }
        }
    }
    return registered;
}
function pipelineOutputOf(job, output) {
    if (output.kind !== 'binding' || output.binding.scope !== 'parent.outputs')
        return undefined;
    return job.outputs[output.binding.name];
}

// EXTERNAL MODULE: ./shared/models/resolve.ts
var resolve = __webpack_require__(9565);
;// CONCATENATED MODULE: ./shared/local/models.ts





const MODEL_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$/;
/** Copies a model into `models/<name>/<version>/files` and records it. */
async function registerLocalModel(ws, input) {
    if (!MODEL_NAME.test(input.name)) {
        throw new errors/* UserError */.yo(`'${input.name}' is not a valid model name: letters, digits, '-', '_' and '.', starting with a letter or digit.`);
    }
    const hashed = await hashPath(input.path);
    const requested = input.version;
    const taken = requested !== undefined && (await ws.readAsset('models', input.name, requested)) !== undefined;
    const version = requested !== undefined && !taken ? requested : await ws.nextVersion('models', input.name);
    const folder = ws.assetFolder('models', input.name, version);
    await (0,promises_.mkdir)((0,external_node_path_.join)(folder, 'files'), { recursive: true });
    await (0,promises_.cp)(input.path, hashed.kind === 'file' ? (0,external_node_path_.join)(folder, 'files', input.path.split(/[/\\]/).pop()) : (0,external_node_path_.join)(folder, 'files'), {
        recursive: true,
        dereference: true,
    });
    const stored = {
        name: input.name,
        version,
        type: input.type ?? 'custom_model',
        tags: { ...input.tags },
        contentHash: hashed.hash,
        createdAt: new Date().toISOString(),
        ...(input.description ? { description: input.description } : {}),
        ...(input.jobName ? { jobName: input.jobName } : {}),
        ...(input.stepName ? { stepName: input.stepName } : {}),
    };
    await ws.writeAsset('models', input.name, version, stored);
    return { ...stored, path: (0,external_node_path_.join)(folder, 'files') };
}
/** Adds or replaces tags on a model version (how a release is marked, e.g. stage=production). */
async function tagLocalModel(ws, name, version, tags) {
    const stored = await ws.readAsset('models', name, version);
    if (!stored)
        throw new errors/* UserError */.yo(`Model ${name}:${version} is not in the local workspace ${ws.root}.`);
    const updated = { ...stored, tags: { ...stored.tags, ...tags } };
    await ws.writeAsset('models', name, version, updated);
    return { ...updated, path: (0,external_node_path_.join)(ws.assetFolder('models', name, version), 'files') };
}
/**
 * Reads a version's record, applies `edit` to its tags as read now, and writes the record back atomically
 * (promote-model's read-modify-write; the record carries no version stamp, so a writer between the read and the
 * rename is not refused: the window is the few lines below).
 */
async function editLocalModelTags(ws, name, version, edit) {
    const stored = await ws.readAsset('models', name, version);
    if (!stored)
        throw new errors/* UserError */.yo(`Model ${name}:${version} is not in the local workspace ${ws.root}.`);
    const tags = edit({ ...stored.tags });
    if (!tags)
        return stored.tags;
    await ws.writeAsset('models', name, version, { ...stored, tags });
    return tags;
}
async function listLocalModels(ws, name) {
    const models = [];
    for (const version of await ws.versions('models', name)) {
        const stored = await ws.readAsset('models', name, version);
        if (stored)
            models.push({ ...stored, path: (0,external_node_path_.join)(ws.assetFolder('models', name, version), 'files') });
    }
    return models;
}
/** The version a selector names (a version, the newest, the newest with a tag), or an error listing what exists. */
async function resolveLocalModel(ws, name, selector) {
    const models = await listLocalModels(ws, name);
    if (models.length === 0) {
        const names = await ws.names('models');
        const hint = names.length
            ? `models there: ${names.slice(0, 20).join(', ')}`
            : 'it has no models yet (a pipeline with a register step creates them)';
        throw new errors/* UserError */.yo(`Model '${name}' is not in the local workspace ${ws.root}; ${hint}.`);
    }
    const match = selector.kind === 'version'
        ? models.find((m) => m.version === selector.version)
        : models.filter((m) => (0,resolve/* matchesTags */.tt)(m.tags, selector)).sort(newestFirst)[0];
    if (match)
        return match;
    const versions = models.map((m) => `${m.version}${tagText(m.tags)}`).join(', ');
    throw new errors/* UserError */.yo(`Model '${name}' has no version matching ${(0,resolve/* describeSelector */.r5)(selector)} in ${ws.root}; versions: ${versions}.`);
}
/** The newest model version a local pipeline job registered (of `name`, or of any model). */
async function resolveLocalModelByJob(ws, job, name) {
    const names = name ? [name] : await ws.names('models');
    const models = [];
    for (const n of names)
        models.push(...(await listLocalModels(ws, n)).filter((m) => m.jobName === job));
    const newest = models.sort(newestFirst)[0];
    if (newest)
        return newest;
    throw new errors/* UserError */.yo(`No model ${name ? `'${name}' ` : ''}in ${ws.root} was registered by job '${job}'. ` +
        'Check the job name and that its register step ran (a step reused from the cache registers nothing new).');
}
/** The newest is the one registered last; numeric versions break ties (records written in the same millisecond). */
function newestFirst(a, b) {
    return b.createdAt.localeCompare(a.createdAt) || Number(b.version) - Number(a.version);
}
function tagText(tags) {
    const entries = Object.entries(tags);
    return entries.length ? ` (${entries.map(([k, v]) => `${k}=${v}`).join(' ')})` : '';
}
/** download-model locally: resolves the version and copies its files into `destination`. */
async function downloadLocalModel(ws, options) {
    const model = 'job' in options
        ? await resolveLocalModelByJob(ws, options.job, options.name)
        : await resolveLocalModel(ws, options.name, options.selector);
    const what = 'job' in options ? `the model registered by job ${options.job}` : (0,resolve/* describeSelector */.r5)(options.selector);
    options.log.info(`Resolved ${model.name}: ${what} -> version ${model.version} (${model.path}).`);
    await (0,promises_.mkdir)(options.destination, { recursive: true });
    await (0,promises_.cp)(model.path, options.destination, { recursive: true, dereference: true });
    const hashed = await hashPath(model.path);
    const files = await listRelative(model.path);
    options.log.info(`Copied ${files.length} file(s), ${hashed.bytes} bytes, to ${options.destination}.`);
    return { model, destination: options.destination, files, bytes: hashed.bytes };
}
async function listRelative(root, prefix = '') {
    const out = [];
    for (const entry of await (0,promises_.readdir)((0,external_node_path_.join)(root, prefix), { withFileTypes: true })) {
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            out.push(...(await listRelative(root, rel)));
        else
            out.push(rel);
    }
    return out.sort();
}

;// CONCATENATED MODULE: ./shared/local/builtins.ts





const REGISTRY_COMPONENT = /^azureml:\/\/registries\/([^/]+)\/components\/([^/]+)\/(versions\/([^/]+)|labels\/([^/]+))$/;
/** The registration details file name the registry's register_model writes (its ComponentVariables). */
const REGISTRATION_DETAILS_FILE = 'model_registration_details.json';
const here = { file: 'built-in:register_model' };
const builtins_text = (name, optional = true) => ({ name, type: 'string', optional, loc: here });
/**
 * The stand-in for `azureml://registries/azureml/components/register_model/...`: registers the folder it gets
 * as `model_path` into the local workspace under `model_name` (the next version, or `model_version` when that
 * is free), and writes the registration details where the real component does: `registration_details_folder/
 * model_registration_details.json` (0.0.9 and later) or the `registration_details` file (earlier versions).
 * Deterministic like the original, so a cached run registers nothing new, exactly as a reused step on Azure.
 */
function registerModelBuiltin(version) {
    return {
        label: `register_model@${version} (built-in)`,
        implementationVersion: 'local-register-model/1',
        isDeterministic: true,
        inputs: {
            model_name: builtins_text('model_name'),
            model_version: builtins_text('model_version'),
            model_type: { ...builtins_text('model_type'), default: 'mlflow_model', enum: ['custom_model', 'mlflow_model'] },
            model_description: builtins_text('model_description'),
            registry_name: builtins_text('registry_name'),
            model_path: { name: 'model_path', type: 'uri_folder', optional: false, loc: here },
            model_download_metadata: { name: 'model_download_metadata', type: 'uri_file', optional: true, loc: here },
            model_metadata: { name: 'model_metadata', type: 'uri_file', optional: true, loc: here },
        },
        outputs: {
            registration_details_folder: { name: 'registration_details_folder', type: 'uri_folder', loc: here },
            registration_details: { name: 'registration_details', type: 'uri_file', loc: here },
        },
        run: registerModel,
    };
}
async function registerModel(ctx) {
    const { inputs } = ctx;
    if (inputs.registry_name) {
        throw new errors/* UserError */.yo(`register_model: registry_name '${inputs.registry_name}' is an Azure ML registry; the local backend registers into the local workspace only.`);
    }
    const name = inputs.model_name;
    if (!name)
        throw new errors/* UserError */.yo('register_model: model_name is required locally (there is no download metadata to take it from).');
    const type = inputs.model_type ?? 'mlflow_model';
    if (type !== 'custom_model' && type !== 'mlflow_model') {
        throw new errors/* UserError */.yo(`register_model: model_type '${type}' is not supported; use custom_model or mlflow_model.`);
    }
    const model = await registerLocalModel(ctx.ws, {
        name,
        type,
        tags: await runTags(ctx),
        path: inputs.model_path,
        jobName: ctx.jobName,
        stepName: ctx.stepName,
        ...(inputs.model_version ? { version: inputs.model_version } : {}),
        ...(inputs.model_description ? { description: inputs.model_description } : {}),
    });
    ctx.log(`Registered model ${model.name} version ${model.version} (${model.type}) from ${inputs.model_path}`);
    const details = JSON.stringify({
        id: `azureml:${model.name}:${model.version}`,
        name: model.name,
        version: model.version,
        type: model.type,
        path: model.path,
    }, null, 2);
    await (0,promises_.mkdir)(ctx.outputs.registration_details_folder, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(ctx.outputs.registration_details_folder, REGISTRATION_DETAILS_FILE), details);
    await (0,promises_.writeFile)((0,external_node_path_.join)(ctx.outputs.registration_details, REGISTRATION_DETAILS_FILE), details);
}
/**
 * The workflow run's `github.*` tags (commit, ref, branch, pull request) from the job record, so a model is
 * found by where it came from (`download-model` with a tag filter), as every asset the suite registers is.
 */
async function runTags(ctx) {
    const record = await (0,workspace/* readJson */.Vh)((0,external_node_path_.join)(ctx.ws.jobFolder(ctx.jobName), 'job.json'));
    return Object.fromEntries(Object.entries(record?.tags ?? {}).filter(([key]) => key.startsWith('github.')));
}
/** The built-in for a registry component id, or an error saying why the local backend cannot run it. */
function builtinFor(id) {
    const match = REGISTRY_COMPONENT.exec(id);
    if (!match) {
        throw new errors/* UserError */.yo(`component ${id} lives in Azure; the local backend can run local component files, inline components, components registered locally (azureml:<name>:<version>) and the built-in register_model`);
    }
    const [, registry, name, , version, label] = match;
    if (registry === 'azureml' && name === 'register_model')
        return registerModelBuiltin(version ?? label);
    throw new errors/* UserError */.yo(`component ${name} from registry '${registry}' cannot run locally: the local backend does not fetch registry components; ` +
        `only azureml's register_model has a built-in stand-in. Copy the component's YAML and code into the repository to run it locally.`);
}

;// CONCATENATED MODULE: ./shared/local/command.ts

const OPTIONAL_BLOCK = /\$\[\[([\s\S]*?)\]\]/g;
/**
 * The older optional syntax, `[--x ${{inputs.x}}]`: a bracket holding an input placeholder. A shell test
 * (`[ -f x ]`) is never taken for one, since `[` there is followed by a space; `$[[` blocks are handled first.
 */
const LEGACY_OPTIONAL_BLOCK = /(?<![$[])\[(?!\s)([^[\]]*\$\{\{\s*inputs\.[^\]]*?)\]/g;
const PLACEHOLDER = /\$\{\{\s*(inputs|outputs)\.([^\s}]+)\s*\}\}/g;
/**
 * The command as Azure ML's runtime expands it: each `$[[ ... ]]` block (and each legacy `[--x ${{inputs.x}}]`
 * block) is kept, brackets removed, when every input inside it has a value and dropped otherwise; then every
 * `${{inputs.x}}`/`${{outputs.x}}` is replaced.
 * Literals go in as written (a component quotes them itself, as it must on Azure); paths are shell-quoted only
 * when they need it, since a local workspace can sit under a folder with spaces, which Azure's mounts never do.
 */
function renderCommand(command, lookup) {
    const keepIfBound = (_block, inner) => [...inner.matchAll(PLACEHOLDER)].every((m) => lookup(m[1], m[2]) !== undefined)
        ? inner
        : '';
    const withBlocks = command.replace(OPTIONAL_BLOCK, keepIfBound).replace(LEGACY_OPTIONAL_BLOCK, keepIfBound);
    return withBlocks.replace(PLACEHOLDER, (text, namespace, name) => {
        const value = lookup(namespace, name);
        if (!value) {
            throw new errors/* UserError */.yo(`the command uses ${text} but ${namespace.slice(0, -1)} '${name}' has no value; bind it in the pipeline, ` +
                `give it a default, or put it inside a $[[ ... ]] block`);
        }
        return value.kind === 'literal' ? value.text : shellQuote(value.path);
    });
}
/** POSIX single-quoting, skipped for plain paths so logs read like Azure's. */
function shellQuote(text) {
    return /^[\w./:@%+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
const SHELL_WORDS = new Set([
    'cd',
    'export',
    'set',
    'unset',
    'echo',
    'printf',
    'source',
    '.',
    'exec',
    'env',
    'true',
    'false',
    'test',
    '[',
    'if',
    'then',
    'else',
    'fi',
    'for',
    'do',
    'done',
    'while',
    'mkdir',
    'cp',
    'mv',
    'rm',
    'ls',
    'cat',
    'time',
]);
/**
 * The programs a command needs from PATH: the first word of each `&&`/`||`/`;`/`|`/newline-separated part,
 * skipping `VAR=value` prefixes and shell built-ins. Good enough to tell "python is missing" before a run.
 */
function commandPrograms(command) {
    const programs = new Set();
    const flattened = command
        .replace(OPTIONAL_BLOCK, ' $1 ')
        .replace(LEGACY_OPTIONAL_BLOCK, ' $1 ')
        .replace(PLACEHOLDER, 'X');
    for (const part of flattened.split(/&&|\|\||[;|\n]/)) {
        const words = part.trim().split(/\s+/).filter(Boolean);
        const first = words.find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
        if (first && !SHELL_WORDS.has(first) && !first.startsWith('$') && !first.startsWith('(')) {
            programs.add(first.replace(/^["']|["']$/g, ''));
        }
    }
    return [...programs];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./shared/local/parallel/batches.ts




/** Azure ML's defaults: 10 files per mini-batch for file data, 1 MB of rows for tabular data. */
const DEFAULT_FILES = 10;
const DEFAULT_BYTES = 1024 * 1024;
const UNITS = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
/**
 * The items `input_data` stands for. A uri_folder is its files (recursively, sorted); a uri_file is itself; an
 * mltable folder is what its MLTable file's `paths` name, read as rows when it has a `read_delimited`
 * transformation (as Azure ML's parallel runtime splits it), as files otherwise.
 */
async function miniBatchSource(path, type) {
    const info = await (0,promises_.stat)(path);
    if (info.isFile())
        return { kind: 'files', files: [path] };
    if (type !== 'mltable')
        return { kind: 'files', files: await batches_listFiles(path) };
    const spec = (0,dist/* parse */.qg)(await (0,promises_.readFile)((0,external_node_path_.join)(path, 'MLTable'), 'utf8').catch(() => ''));
    if (!spec?.paths)
        throw new errors/* UserError */.yo(`input_data ${path} is an mltable without an MLTable file listing paths`);
    const files = [];
    for (const entry of spec.paths) {
        if (entry.file)
            files.push((0,external_node_path_.resolve)(path, entry.file));
        else if (entry.folder)
            files.push(...(await batches_listFiles((0,external_node_path_.resolve)(path, entry.folder))));
        else
            throw new errors/* UserError */.yo(`MLTable paths entry ${JSON.stringify(entry)}: only file and folder run locally`);
    }
    const delimited = spec.transformations?.find((t) => t && typeof t === 'object' && 'read_delimited' in t);
    if (!delimited)
        return { kind: 'files', files };
    const options = delimited.read_delimited;
    return { kind: 'rows', files, delimiter: options?.delimiter ?? ',' };
}
async function batches_listFiles(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => (0,external_node_path_.join)(e.parentPath, e.name))
        .sort();
}
/**
 * Splits the source as Azure ML reads `mini_batch_size`: a count of files for file data; for rows an approximate
 * size ("10kb", "1mb", or bytes), each mini-batch taking whole rows until it reaches the size (one row at least).
 */
async function splitMiniBatches(source, miniBatchSize) {
    const batches = [];
    if (source.kind === 'files') {
        const size = miniBatchSize === undefined ? DEFAULT_FILES : Number(miniBatchSize);
        if (!Number.isInteger(size) || size < 1)
            throw new errors/* UserError */.yo(`mini_batch_size '${miniBatchSize}' must be a number of files (1 or more) for file data`);
        for (let i = 0; i < source.files.length; i += size)
            batches.push({ id: batches.length, kind: 'files', files: source.files.slice(i, i + size) });
        return batches;
    }
    const bytes = miniBatchSize === undefined ? DEFAULT_BYTES : parseSize(miniBatchSize);
    for (const file of source.files) {
        const text = await (0,promises_.readFile)(file);
        let start = text.indexOf(0x0a) + 1;
        if (start === 0)
            continue; // a header and no rows
        let rows = 0;
        let batchStart = start;
        while (start < text.length) {
            const newline = text.indexOf(0x0a, start);
            const end = newline === -1 ? text.length : newline + 1;
            if (text.subarray(start, end).toString().trim())
                rows += 1;
            start = end;
            if (end - batchStart >= bytes || end === text.length) {
                if (rows)
                    batches.push({
                        id: batches.length,
                        kind: 'rows',
                        file,
                        start: batchStart,
                        end,
                        delimiter: source.delimiter,
                        rows,
                    });
                batchStart = end;
                rows = 0;
            }
        }
    }
    return batches;
}
function parseSize(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(text);
    if (!match)
        throw new errors/* UserError */.yo(`mini_batch_size '${text}' is not a size; use a number of bytes or e.g. 10kb, 1mb`);
    const unit = match[2].toLowerCase();
    return Math.max(1, Math.round(Number(match[1]) * UNITS[unit.length === 1 && unit !== 'b' ? `${unit}b` : unit]));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./shared/local/process.ts




/** The full path of a program found on PATH, as a shell would find it. */
async function findOnPath(program, pathVariable = process.env.PATH ?? '') {
    for (const dir of pathVariable.split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, program);
        const ok = await (0,promises_.access)(candidate, promises_.constants.X_OK).then(() => true, () => false);
        if (ok)
            return candidate;
    }
    return undefined;
}
let shellPromise;
/** Azure ML runs a command job's command with bash; sh serves where there is no bash. */
function commandShell() {
    shellPromise ??= findOnPath('bash').then((bash) => bash ?? '/bin/sh');
    return shellPromise;
}
const TAIL_LINES = 20;
/** Between SIGTERM and SIGKILL: a step gets a moment to flush, as the runner gives a cancelled job. */
const KILL_GRACE_MS = 3000;
/**
 * Runs `<shell> -c <command>` in its own process group, so a timeout or a cancel stops the whole tree
 * (bash and the python it started), not just the shell. Output goes to the log file and to `onLine`.
 */
async function runShell(run) {
    const shell = await commandShell();
    const log = (0,external_node_fs_.createWriteStream)(run.logFile, { flags: 'a' });
    const tail = [];
    const child = (0,external_node_child_process_.spawn)(shell, ['-c', run.command], {
        cwd: run.cwd,
        env: run.env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const emit = (line) => {
        tail.push(line);
        if (tail.length > TAIL_LINES)
            tail.shift();
        run.onLine(line);
    };
    for (const stream of [child.stdout, child.stderr]) {
        let partial = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            log.write(chunk);
            const lines = (partial + chunk).split(/\r?\n/);
            partial = lines.pop() ?? '';
            lines.forEach(emit);
        });
        stream.on('end', () => partial && emit(partial));
    }
    let timedOut = false;
    let canceled = false;
    const stop = () => {
        killGroup(child.pid, 'SIGTERM');
        setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS).unref();
    };
    const timer = run.timeoutMs ? setTimeout(() => ((timedOut = true), stop()), run.timeoutMs) : undefined;
    const onAbort = () => {
        canceled = true;
        stop();
    };
    run.signal?.addEventListener('abort', onAbort, { once: true });
    if (run.signal?.aborted)
        onAbort();
    const exitCode = await new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code));
    }).finally(() => {
        clearTimeout(timer);
        run.signal?.removeEventListener('abort', onAbort);
    });
    await new Promise((resolve) => log.end(resolve));
    return { exitCode, timedOut, canceled, tail };
}
function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // Already gone: nothing left to stop.
    }
}

;// CONCATENATED MODULE: ./shared/local/parallel/driver.ts
/**
 * The Python side of a local parallel step (stdlib only), written next to the step at run time so the bundles
 * need no data file. It imports the user's entry script as Azure ML's parallel runtime does: `init()` once per
 * worker, then `run(mini_batch)` for each mini-batch the parent sends on fd 3; answers go back on fd 4, so
 * stdout and stderr stay the user's log. A file mini-batch is a list of paths; a row mini-batch a pandas
 * DataFrame when pandas is importable (as on Azure), else a list of dicts (csv.DictReader rows).
 */
const PARALLEL_DRIVER_PY = String.raw `
import csv, importlib.util, io, json, os, sys, traceback


def load_entry(path):
    spec = importlib.util.spec_from_file_location(os.path.splitext(os.path.basename(path))[0], path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def read_rows(batch):
    with open(batch["file"], "rb") as f:
        header = f.readline()
        f.seek(batch["start"])
        body = f.read(batch["end"] - batch["start"])
    text = (header + body).decode("utf-8")
    try:
        import pandas
    except ImportError:
        return list(csv.DictReader(io.StringIO(text), delimiter=batch["delimiter"]))
    return pandas.read_csv(io.StringIO(text), sep=batch["delimiter"])


def as_lines(result):
    if result is None:
        return []
    if hasattr(result, "to_csv"):
        return result.to_csv(sep=" ", header=False, index=False).splitlines()
    return [str(item) for item in result]


def main():
    entry = sys.argv[1]
    sys.argv = [entry] + sys.argv[2:]
    requests = os.fdopen(3, "r")
    replies = os.fdopen(4, "w")

    def reply(message):
        replies.write(json.dumps(message) + "\n")
        replies.flush()

    sys.path.insert(0, os.path.dirname(os.path.abspath(entry)))
    try:
        module = load_entry(entry)
        if hasattr(module, "init"):
            module.init()
    except BaseException:
        reply({"init": False, "error": traceback.format_exc()})
        return 1
    reply({"init": True})
    for line in requests:
        batch = json.loads(line)
        items = batch["files"] if batch["kind"] == "files" else read_rows(batch)
        try:
            result = module.run(items)
            lines = as_lines(result)
            reply({"id": batch["id"], "ok": True, "items": len(items), "returned": len(lines), "lines": lines})
        except Exception:
            reply({"id": batch["id"], "ok": False, "items": len(items), "error": traceback.format_exc()})
    if hasattr(module, "shutdown"):
        module.shutdown()
    return 0


sys.exit(main())
`;

;// CONCATENATED MODULE: ./shared/local/parallel/run-parallel.ts








/** Azure ML's defaults for a parallel step. */
const PARALLEL_DEFAULTS = {
    maxConcurrency: 1,
    errorThreshold: -1,
    miniBatchErrorThreshold: -1,
    maxRetries: 3,
    timeoutSeconds: 60,
    appendRowFileName: 'parallel_run_step.txt',
};
/**
 * Runs the entry script over the mini-batches with `maxConcurrency` worker processes, as Azure ML's parallel
 * runtime does on one node: a mini-batch whose `run()` raises (or passes the timeout) is retried up to
 * `maxRetries` times on a fresh worker; items `run()` returns no row for count as failed; the step fails as soon
 * as failed items or mini-batches pass their thresholds, or when an `init()` fails.
 */
async function runParallel(run) {
    const driver = (0,external_node_path_.join)((0,external_node_path_.dirname)(run.logFile), 'parallel_driver.py');
    await (0,promises_.writeFile)(driver, PARALLEL_DRIVER_PY);
    if (run.appendRowFile) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(run.appendRowFile), { recursive: true });
        await (0,promises_.appendFile)(run.appendRowFile, '');
    }
    const log = (0,external_node_fs_.createWriteStream)(run.logFile, { flags: 'a' });
    const queue = run.batches.map((batch) => ({ batch, tries: 0 }));
    const tally = { batches: run.batches.length, failedBatches: 0, items: 0, failedItems: 0 };
    let stop;
    const workers = new Set();
    const onAbort = () => {
        stop ??= { end: 'Canceled' };
        for (const w of workers)
            killGroup(w.child.pid, 'SIGKILL');
    };
    run.signal?.addEventListener('abort', onAbort, { once: true });
    if (run.signal?.aborted)
        onAbort();
    const overThreshold = () => {
        if (run.errorThreshold >= 0 && tally.failedItems > run.errorThreshold)
            return `${tally.failedItems} failed item(s) passed error_threshold ${run.errorThreshold}`;
        if (run.miniBatchErrorThreshold >= 0 && tally.failedBatches > run.miniBatchErrorThreshold)
            return `${tally.failedBatches} failed mini-batch(es) passed mini_batch_error_threshold ${run.miniBatchErrorThreshold}`;
        return undefined;
    };
    const loop = async (index) => {
        let worker;
        while (!stop && queue.length) {
            worker ??= await startWorker(index, driver, run, log, workers);
            const ready = await worker.next();
            if (!ready || !('init' in ready) || !ready.init) {
                stop ??= {
                    end: 'Failed',
                    error: `init() failed in worker ${index}:\n${ready && 'error' in ready ? ready.error : 'the worker exited'}`,
                };
                break;
            }
            for (let job = queue.shift(); job && !stop; job = queue.shift()) {
                job.tries += 1;
                worker.requests.write(`${JSON.stringify(job.batch)}\n`);
                const answer = await withTimeout(worker.next(), run.timeoutSeconds * 1000);
                const reply = answer === TIMED_OUT ? undefined : answer;
                if (reply && 'id' in reply && reply.ok) {
                    tally.items += reply.items;
                    tally.failedItems += Math.max(0, reply.items - reply.returned);
                    if (run.appendRowFile && reply.lines.length)
                        await (0,promises_.appendFile)(run.appendRowFile, reply.lines.map((l) => `${l}\n`).join(''));
                }
                else {
                    const why = answer === TIMED_OUT
                        ? `run() passed retry_settings.timeout of ${run.timeoutSeconds}s`
                        : reply && 'error' in reply
                            ? reply.error.trimEnd()
                            : 'the worker process ended without answering (killed, or os._exit)';
                    run.onLine(`mini-batch ${job.batch.id} failed (try ${job.tries} of ${run.maxRetries + 1}): ${why.split('\n').at(-1)}`);
                    log.write(`mini-batch ${job.batch.id} failed (try ${job.tries}):\n${why}\n`);
                    if (job.tries <= run.maxRetries)
                        queue.push(job);
                    else {
                        tally.failedBatches += 1;
                        tally.items += itemCount(job.batch);
                        tally.failedItems += itemCount(job.batch);
                    }
                    if (!reply || !('id' in reply)) {
                        // a hung or dead worker is replaced; the next one runs init() again, as a restarted process would
                        killGroup(worker.child.pid, 'SIGKILL');
                        worker = undefined;
                        const over = overThreshold();
                        if (over)
                            stop ??= { end: 'Failed', error: over };
                        break;
                    }
                }
                const over = overThreshold();
                if (over)
                    stop ??= { end: 'Failed', error: over };
            }
        }
        if (worker) {
            worker.requests.end();
            await worker.next().catch(() => undefined);
        }
    };
    try {
        const count = Math.max(1, Math.min(run.maxConcurrency, run.batches.length || 1));
        await Promise.all(Array.from({ length: count }, (_, i) => loop(i)));
    }
    finally {
        run.signal?.removeEventListener('abort', onAbort);
        for (const w of workers)
            killGroup(w.child.pid, 'SIGKILL');
        await new Promise((resolve) => log.end(resolve));
    }
    const summary = `${tally.batches} mini-batch(es), ${tally.failedBatches} failed; ${tally.items} item(s), ${tally.failedItems} failed`;
    run.onLine(summary);
    if (stop)
        return { ...tally, end: stop.end, ...(stop.error ? { error: `${stop.error} (${summary})` } : {}) };
    return { ...tally, end: 'Completed' };
}
function itemCount(batch) {
    return batch.kind === 'files' ? batch.files.length : batch.rows;
}
async function startWorker(index, driver, run, log, workers) {
    const shell = await commandShell();
    // The shell splits program_arguments as Azure ML's runtime does; exec leaves python holding fds 3 and 4.
    const command = `exec python3 ${shellQuote(driver)} ${shellQuote(run.entryScript)} ${run.programArguments}`;
    const child = (0,external_node_child_process_.spawn)(shell, ['-c', command], {
        cwd: run.cwd,
        env: { PYTHONUNBUFFERED: '1', ...run.env },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
        if (!stream)
            continue;
        (0,external_node_readline_.createInterface)({ input: stream }).on('line', (line) => {
            log.write(`[worker ${index}] ${line}\n`);
            run.onLine(`[worker ${index}] ${line}`);
        });
    }
    const replies = (0,external_node_readline_.createInterface)({ input: child.stdio[4] })[Symbol.asyncIterator]();
    const worker = {
        index,
        child,
        requests: child.stdio[3],
        next: async () => {
            const { value, done } = await replies.next();
            return done ? undefined : JSON.parse(value);
        },
    };
    // A worker killed mid-write must not crash the runner with EPIPE.
    worker.requests.on('error', () => undefined);
    child.on('exit', () => workers.delete(worker));
    workers.add(worker);
    return worker;
}
const TIMED_OUT = Symbol('timed out');
/** The promise's value, or TIMED_OUT once `ms` passed (the caller then replaces the worker). */
function withTimeout(promise, ms) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve(TIMED_OUT), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

;// CONCATENATED MODULE: ./shared/local/parallel/step.ts








/** What identifies the step's behaviour for the cache: its settings and ports, and its code by content. */
function parallelComponentHash(node, codeHash) {
    const { task, component } = node;
    const material = {
        kind: 'parallel',
        code: codeHash,
        entryScript: task.entryScript,
        programArguments: task.programArguments ?? null,
        appendRowTo: task.appendRowTo ?? null,
        inputData: node.inputData,
        inputs: Object.fromEntries(Object.values(component.inputs).map((p) => [p.name, `${p.type}/${p.optional}`])),
        outputs: Object.fromEntries(Object.values(component.outputs).map((p) => [p.name, p.type])),
        settings: {
            miniBatchSize: node.miniBatchSize ?? null,
            maxConcurrencyPerInstance: node.maxConcurrencyPerInstance ?? null,
            errorThreshold: node.errorThreshold ?? null,
            miniBatchErrorThreshold: node.miniBatchErrorThreshold ?? null,
            maxRetries: node.retrySettings?.maxRetries ?? null,
            timeout: node.retrySettings?.timeout ?? null,
        },
    };
    return (0,external_node_crypto_.createHash)('sha256').update((0,python_format/* pythonJsonDumps */.MT)(material)).digest('hex');
}
/** Refuses before anything runs what a runner cannot honour (several nodes), naming the step. */
function checkParallelNode(node) {
    const instances = Number(node.resources?.instance_count ?? 1);
    if (instances > 1)
        throw new errors/* UserError */.yo(`resources.instance_count ${instances} spreads mini-batches over ${instances} nodes; one runner is one node, ` +
            `so the step runs with backend: azure (max_concurrency_per_instance sets the workers locally)`, node.loc);
    portName(node.inputData, 'inputs', 'input_data', node.loc);
    if (node.task.appendRowTo)
        portName(node.task.appendRowTo, 'outputs', 'task.append_row_to', node.loc);
}
function portName(text, namespace, field, loc) {
    const match = new RegExp(`^\\$\\{\\{\\s*${namespace}\\.(\\w+)\\s*\\}\\}$`).exec(text.trim());
    if (!match)
        throw new errors/* UserError */.yo(`${field} must be \${{${namespace}.<name>}}, got '${text}'`, loc);
    return match[1];
}
/** Runs the step: a fresh copy of the task's code, its input_data split, and the entry script over the batches. */
async function runParallelStep(run) {
    const { node } = run;
    const cwd = (0,external_node_path_.join)(run.folder, 'code');
    await copyPath(node.task.code, cwd);
    const dataName = portName(node.inputData, 'inputs', 'input_data', node.loc);
    const data = run.inputs[dataName];
    if (!data || data.kind !== 'data')
        throw new errors/* UserError */.yo(`input_data '${dataName}' is not bound to data`, node.loc);
    const batches = await splitMiniBatches(await miniBatchSource(data.path, data.type), node.miniBatchSize);
    const appendTo = node.task.appendRowTo && portName(node.task.appendRowTo, 'outputs', 'append_row_to', node.loc);
    const appendRowFile = appendTo &&
        (node.component.outputs[appendTo]?.type === 'uri_file'
            ? (0,external_node_path_.join)(run.outputDirs[appendTo], appendTo)
            : (0,external_node_path_.join)(run.outputDirs[appendTo], PARALLEL_DEFAULTS.appendRowFileName));
    run.onLine(`${batches.length} mini-batch(es) of ${data.path}`);
    return runParallel({
        cwd,
        entryScript: node.task.entryScript,
        programArguments: renderCommand(node.task.programArguments ?? '', run.lookup),
        batches,
        maxConcurrency: node.maxConcurrencyPerInstance ?? PARALLEL_DEFAULTS.maxConcurrency,
        errorThreshold: node.errorThreshold ?? PARALLEL_DEFAULTS.errorThreshold,
        miniBatchErrorThreshold: node.miniBatchErrorThreshold ?? PARALLEL_DEFAULTS.miniBatchErrorThreshold,
        maxRetries: node.retrySettings?.maxRetries ?? PARALLEL_DEFAULTS.maxRetries,
        timeoutSeconds: node.retrySettings?.timeout ?? PARALLEL_DEFAULTS.timeoutSeconds,
        ...(appendRowFile ? { appendRowFile } : {}),
        env: { ...run.env, ...node.environmentVariables },
        logFile: run.logFile,
        signal: run.signal,
        onLine: run.onLine,
    });
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./shared/local/sweep/mlflow-store.ts



/**
 * The values of `metric` logged under a file-store root (`MLFLOW_TRACKING_URI=file:<root>`):
 * `<root>/<experiment id>/<run id>/metrics/<metric>`, every run of every experiment, in log order.
 */
async function readMetric(root, metric) {
    const points = [];
    for (const experiment of await dirs(root)) {
        if (experiment.startsWith('.') || experiment === 'models')
            continue;
        for (const run of await dirs((0,external_node_path_.join)(root, experiment))) {
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(root, experiment, run, 'metrics', metric), 'utf8').catch(() => '');
            for (const line of text.split('\n')) {
                const [timestamp, value, step] = line.trim().split(/\s+/).map(Number);
                if (line.trim() && Number.isFinite(value))
                    points.push({ timestamp, value, step: step || 0 });
            }
        }
    }
    return points.sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
}
async function dirs(path) {
    const entries = await (0,promises_.readdir)(path, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}
/** Whether the runner's python can `import mlflow` (how a trial logs the metric the sweep reads). */
function mlflowImportable(env) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('python3', ['-c', 'import mlflow'], { env, stdio: 'ignore' });
        child.on('error', () => resolve(false));
        child.on('close', (code) => resolve(code === 0));
    });
}

;// CONCATENATED MODULE: ./shared/local/sweep/search-space.ts

/**
 * The trials' parameters, in order, at most `maxTrials`. Grid: every combination of `choice` values (Azure ML
 * allows only choice with grid). Random: each dimension drawn independently from a PRNG seeded with `seed`, so a
 * seeded sweep draws the same trials again (and the step cache can reuse them).
 */
function sampleTrials(space, sampling, maxTrials) {
    const names = Object.keys(space);
    if (sampling.type === 'bayesian')
        throw new errors/* UserError */.yo('bayesian sampling needs Azure ML; it runs with backend: azure');
    if (sampling.type === 'grid') {
        const notChoice = names.filter((n) => space[n].type !== 'choice');
        if (notChoice.length)
            throw new errors/* UserError */.yo(`grid sampling takes only choice dimensions; ${notChoice.join(', ')} are not (as on Azure ML)`);
        let grid = [{}];
        for (const name of names) {
            const values = space[name].values;
            grid = grid.flatMap((partial) => values.map((value) => ({ ...partial, [name]: value })));
        }
        return grid.slice(0, maxTrials);
    }
    const random = mulberry32(sampling.seed ?? Math.floor(Math.random() * 2 ** 32));
    return Array.from({ length: maxTrials }, () => Object.fromEntries(names.map((name) => [name, draw(space[name], random)])));
}
function draw(d, random) {
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const q = (x, step) => Math.round(x / step) * step;
    switch (d.type) {
        case 'choice':
            return d.values[Math.floor(random() * d.values.length)];
        case 'randint':
            return Math.floor(random() * d.upper);
        case 'uniform':
            return d.min_value + random() * (d.max_value - d.min_value);
        case 'loguniform':
            return Math.exp(d.min_value + random() * (d.max_value - d.min_value));
        case 'quniform':
            return q(d.min_value + random() * (d.max_value - d.min_value), d.q);
        case 'qloguniform':
            return q(Math.exp(d.min_value + random() * (d.max_value - d.min_value)), d.q);
        case 'normal':
            return d.mu + d.sigma * normal();
        case 'lognormal':
            return Math.exp(d.mu + d.sigma * normal());
        case 'qnormal':
            return q(d.mu + d.sigma * normal(), d.q);
        case 'qlognormal':
            return q(Math.exp(d.mu + d.sigma * normal()), d.q);
    }
}
/** A small seeded PRNG (uniform in [0, 1)): reproducible draws without a dependency. */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

;// CONCATENATED MODULE: ./shared/local/sweep/run-sweep.ts








/** Azure ML's default cap when a sweep sets no max_total_trials. */
const DEFAULT_MAX_TRIALS = 1000;
/** How often a running trial's MLflow store is read when an early termination policy watches it. */
const POLICY_POLL_MS = 200;
/**
 * Refuses, before anything runs, what a local sweep cannot honour: no `mlflow` on the runner (the metric could not
 * be read the way Azure ML reads it), bayesian sampling, grid over non-choice dimensions. Returns the trials.
 */
async function planSweep(sweep, env) {
    if (!(await mlflowImportable(env))) {
        throw new errors/* UserError */.yo(`step '${sweep.stepName}': a sweep reads each trial's ${sweep.objective.primaryMetric} from MLflow, and python3 ` +
            `on this runner cannot import mlflow; run it with backend: azure, or install mlflow on the runner`);
    }
    try {
        return sampleTrials(sweep.searchSpace, sweep.sampling, sweep.limits.maxTotalTrials ?? DEFAULT_MAX_TRIALS);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(`step '${sweep.stepName}': ${error.message}`);
        throw error;
    }
}
/**
 * Runs the trials, `maxConcurrentTrials` at a time, each logging to its own MLflow file store under `folder`;
 * reads the primary metric from each and picks the best completed trial by the goal. Its outputs are the step's.
 * Failed trials are reported and skipped, as on Azure; the sweep fails only when no trial yields the metric.
 */
async function runSweep(sweep, trials, folder, runTrial, log, signal) {
    const reports = [];
    const queue = trials.map((params, index) => ({ params, index }));
    const metric = sweep.objective.primaryMetric;
    // Every trial's primary metric so far, running or ended: what a policy compares a trial with.
    const histories = new Map();
    const { timeoutSeconds } = sweep.limits;
    const deadline = timeoutSeconds ? AbortSignal.timeout(timeoutSeconds * 1000) : undefined;
    const worker = async () => {
        for (let next = queue.shift(); next && !signal?.aborted && !deadline?.aborted; next = queue.shift()) {
            const name = `trial_${next.index}`;
            const trackingDir = (0,external_node_path_.join)(folder, name, 'mlruns');
            await (0,promises_.mkdir)(trackingDir, { recursive: true });
            const env = { MLFLOW_TRACKING_URI: (0,external_node_url_.pathToFileURL)(trackingDir).href };
            for (const [key, value] of Object.entries(next.params))
                env[`AZUREML_SWEEP_${key}`] = String(value);
            log.info(`[${sweep.stepName}] ${name} ${JSON.stringify(next.params)}`);
            const stop = new AbortController();
            const onDeadline = () => stop.abort();
            deadline?.addEventListener('abort', onDeadline);
            const index = next.index;
            const running = runTrial({ index, name, params: next.params, env, trackingDir, signal: stop.signal });
            const terminated = sweep.earlyTermination
                ? await watch(sweep, sweep.earlyTermination, index, trackingDir, histories, running, stop)
                : undefined;
            const ended = await running;
            deadline?.removeEventListener('abort', onDeadline);
            const timedOut = deadline?.aborted && ended.end === 'Canceled' ? `the sweep's limits.timeout of ${timeoutSeconds}s` : undefined;
            const points = await readMetric(trackingDir, metric);
            if (points.length)
                histories.set(index, points.map((p) => p.value));
            const stoppedBy = terminated ?? timedOut;
            const end = stoppedBy && ended.end !== 'Completed' ? 'Canceled' : ended.end;
            const report = { name, params: next.params, end };
            if (points.length)
                report.metric = points[points.length - 1].value;
            if (stoppedBy && end === 'Canceled')
                report.terminated = stoppedBy;
            else if (ended.error)
                report.error = ended.error;
            if (ended.outputs)
                report.outputs = ended.outputs;
            const shown = report.metric !== undefined ? `, ${metric} = ${report.metric}` : '';
            const why = report.terminated ? ` (stopped: ${report.terminated})` : '';
            log.info(`[${sweep.stepName}] ${name} ${end}${shown}${why}`);
            reports[index] = report;
        }
    };
    const concurrency = Math.max(1, Math.min(sweep.limits.maxConcurrentTrials ?? trials.length, trials.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (deadline?.aborted)
        log.info(`[${sweep.stepName}] limits.timeout of ${timeoutSeconds}s reached: running trials stopped, no new trial started`);
    const done = reports.filter(Boolean);
    const summary = done.map(({ outputs: _outputs, ...report }) => report);
    if (signal?.aborted)
        return { end: 'Canceled', trials: summary };
    const scored = done.filter((r) => r.end === 'Completed' && r.metric !== undefined && r.outputs);
    if (!scored.length) {
        const why = done.some((r) => r.end === 'Completed')
            ? `no completed trial logged the primary metric '${metric}' with MLflow`
            : done.every((r) => r.terminated)
                ? `every trial was stopped (${done[0]?.terminated ?? 'early termination'})`
                : 'every trial failed';
        return { end: 'Failed', trials: summary, error: why };
    }
    const sign = sweep.objective.goal === 'maximize' ? 1 : -1;
    const best = scored.reduce((a, b) => (b.metric * sign > a.metric * sign ? b : a));
    log.info(`[${sweep.stepName}] best: ${best.name} (${metric} = ${best.metric}, ${JSON.stringify(best.params)})`);
    return { end: 'Completed', trials: summary, best: best };
}
/**
 * Reads the running trial's metric store every POLICY_POLL_MS until the trial ends, applying the policy at each new
 * interval; aborts the trial and returns why when the policy stops it.
 */
async function watch(sweep, policy, index, trackingDir, histories, running, stop) {
    let ended = false;
    void running.finally(() => (ended = true));
    let seen = 0;
    while (!ended) {
        await Promise.race([(0,external_node_timers_promises_.setTimeout)(POLICY_POLL_MS), running]);
        const values = (await readMetric(trackingDir, sweep.objective.primaryMetric)).map((p) => p.value);
        if (!values.length)
            continue;
        histories.set(index, values);
        const others = [...histories].filter(([i]) => i !== index).map(([, h]) => h);
        for (let interval = seen + 1; interval <= values.length && !ended; interval++) {
            const reason = terminationReason(policy, sweep.objective.goal, values, others, interval);
            if (reason) {
                stop.abort();
                return reason;
            }
        }
        seen = values.length;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./shared/local/sweep/step.ts


/**
 * The sweep's part of the cache key: its settings and the trials drawn. A seeded or grid sweep draws the same
 * trials again and can be reused; an unseeded random one draws others and runs again (it is not deterministic).
 */
function sweepSettingsHash(node, trialHash, trials) {
    const material = {
        kind: 'sweep',
        trial: trialHash,
        objective: node.sweep.objective,
        // A policy changes which trials end and so which one is best.
        earlyTermination: node.sweep.earlyTermination ?? null,
        timeouts: [node.sweep.limits.timeoutSeconds ?? null, node.sweep.limits.trialTimeoutSeconds ?? null],
        trials,
    };
    return (0,external_node_crypto_.createHash)('sha256').update((0,python_format/* pythonJsonDumps */.MT)(material)).digest('hex');
}
function sweepIsDeterministic(node) {
    const { sampling } = node.sweep;
    return node.trial.isDeterministic && (sampling.type !== 'random' || sampling.seed !== undefined);
}

;// CONCATENATED MODULE: ./shared/local/plan.ts








/** Outputs Azure ML gives every command job; a component declaring one of these names keeps its own. */
const RUN_ARTIFACT_OUTPUTS = ['artifacts', 'default'];
/** The folders of a command's working directory that Azure ML uploads as the run's artifacts. */
const RUN_ARTIFACT_FOLDERS = ['outputs', 'logs'];
/**
 * Resolves every step's component before anything runs: local and inline components are stored in the local
 * workspace (anonymous versions, code snapshot by hash), `azureml:name:version` comes from components registered
 * locally, registry components from the built-ins. Every step that cannot run is reported at once, with its line.
 */
async function planPipeline(ws, job, log, env = process.env) {
    const problems = new fields/* Problems */.Zw();
    const registered = new Map();
    const register = (component) => {
        if (!registered.has(component)) {
            registered.set(component, registerLocalComponent(ws, component, { anonymous: true, log }).then((r) => r.record));
        }
        return registered.get(component);
    };
    const steps = [];
    for (const node of Object.values(job.jobs)) {
        try {
            steps.push(await planStep(ws, node, register, env));
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            const named = error.message.startsWith(`step '${node.name}'`)
                ? error.message
                : `step '${node.name}': ${error.message}`;
            problems.add(named, error.location ?? node.loc);
        }
    }
    problems.throwIfAny(`${job.file}: ${problems.list.length} step(s) cannot run on the local backend; nothing was run`);
    noteEnvironments(steps, log);
    return steps;
}
async function planStep(ws, node, register, env) {
    if (node.type === 'parallel')
        return planParallel(ws, node);
    if (node.type === 'sweep')
        return planSweepStep(node, register, env);
    const use = node.component;
    let implementation;
    if (use.kind === 'remote' && use.ref.kind === 'id') {
        implementation = { kind: 'builtin', builtin: builtinFor(use.ref.id) };
    }
    else if (use.kind === 'remote') {
        const { record } = await resolveLocalAsset(ws, 'components', use.ref, use.text);
        implementation = { kind: 'command', component: record.component, record };
    }
    else {
        const record = await register(use.component);
        implementation = { kind: 'command', component: record.component, record };
    }
    const refused = azureOnlyFeatures(node, implementation);
    if (refused.length) {
        throw new errors/* UserError */.yo(`${refused.join('; ')}: this has no meaning on a single runner, so the step runs with backend: azure only`);
    }
    const planned = { name: node.name, node, upstream: upstreamOf(node), ...describe(implementation) };
    return implementation.kind === 'command' ? withRunArtifactOutputs(planned) : planned;
}
async function planParallel(ws, node) {
    checkParallelNode(node);
    const code = await storeCodeSnapshot(ws, node.task.code);
    const { component } = node;
    return {
        name: node.name,
        node,
        upstream: upstreamOf(node),
        inputs: component.inputs,
        outputs: component.outputs,
        isDeterministic: component.isDeterministic ?? true,
        componentHash: parallelComponentHash(node, code.contentHash),
        label: `${component.name ?? 'parallel'} (parallel, ${code.contentHash.slice(0, 12)})`,
        implementation: { kind: 'parallel', node, codeHash: code.contentHash },
        runArtifactOutputs: [],
    };
}
/** The trial registered like any component; mlflow checked and the trials drawn now, before anything runs. */
async function planSweepStep(node, register, env) {
    const trials = await planSweep({ ...node.sweep, stepName: node.name }, { ...env, ...node.environmentVariables });
    const record = await register(node.trial);
    // The search space gives these per trial; the step binds the rest.
    const bound = Object.entries(record.component.inputs).filter(([name]) => !(name in node.sweep.searchSpace));
    return {
        name: node.name,
        node,
        upstream: upstreamOf(node),
        inputs: Object.fromEntries(bound),
        outputs: record.component.outputs,
        isDeterministic: sweepIsDeterministic(node),
        componentHash: sweepSettingsHash(node, record.contentHash, trials),
        label: `${record.component.name ?? 'trial'} (sweep of ${trials.length})`,
        implementation: { kind: 'sweep', node, trial: record.component, trials },
        runArtifactOutputs: [],
    };
}
/** What a command step asks of Azure ML that one runner cannot give (several nodes, interactive services). */
function azureOnlyFeatures(node, implementation) {
    const found = [];
    const distribution = node.distribution ?? (implementation.kind === 'command' ? implementation.component.distribution : undefined);
    if (distribution)
        found.push(`distribution (type ${String(distribution.type)}) starts processes across nodes`);
    const resources = node.resources ?? (implementation.kind === 'command' ? implementation.component.resources : undefined);
    const instances = Number(resources?.instance_count ?? 1);
    if (instances > 1)
        found.push(`resources.instance_count ${instances} asks for ${instances} nodes`);
    const services = Object.keys(node.services ?? {});
    if (services.length)
        found.push(`services (${services.join(', ')}) are interactive sessions on the compute`);
    return found;
}
function withRunArtifactOutputs(step) {
    const added = RUN_ARTIFACT_OUTPUTS.filter((name) => !(name in step.outputs));
    const outputs = { ...step.outputs };
    for (const name of added)
        outputs[name] = { name, type: 'uri_folder', loc: step.node.loc };
    return { ...step, outputs, runArtifactOutputs: added };
}
function describe(impl) {
    if (impl.kind === 'builtin') {
        const { builtin } = impl;
        return {
            inputs: builtin.inputs,
            outputs: builtin.outputs,
            isDeterministic: builtin.isDeterministic,
            componentHash: (0,external_node_crypto_.createHash)('sha256')
                .update(`builtin:${builtin.label}:${builtin.implementationVersion}`)
                .digest('hex'),
            label: builtin.label,
            implementation: impl,
            runArtifactOutputs: [],
        };
    }
    const { component, record } = impl;
    return {
        inputs: component.inputs,
        outputs: component.outputs,
        isDeterministic: component.isDeterministic,
        componentHash: record.contentHash,
        label: record.anonymous
            ? `${component.name ?? 'anonymous'} (${record.version.slice(0, 12)})`
            : `${record.name}:${record.version}`,
        implementation: impl,
        runArtifactOutputs: [],
    };
}
function upstreamOf(node) {
    const upstream = new Set();
    for (const input of Object.values(node.inputs)) {
        if (input.kind === 'binding' && input.binding.scope === 'parent.jobs')
            upstream.add(input.binding.job);
    }
    return upstream;
}
/** Environments are not built locally; say so once instead of pretending. */
function noteEnvironments(steps, log) {
    const named = new Set();
    for (const step of steps) {
        if (step.implementation.kind !== 'command')
            continue;
        const env = step.implementation.component.environment;
        named.add(env.kind === 'remote' ? env.text : (env.spec.name ?? env.spec.image ?? 'an inline environment'));
    }
    if (named.size) {
        log.info(`Environments are not built on the local backend: commands run with the runner's own tools (${[...named].join(', ')} ` +
            `are part of each step's cache key all the same).`);
    }
}

;// CONCATENATED MODULE: ./shared/local/scheduler.ts
/**
 * Runs a DAG of steps as Azure ML schedules a pipeline: a step starts once every step it reads from completed,
 * up to `maxParallel` at a time. A failure stops the pipeline (running steps Canceled, the rest NotStarted)
 * unless `continueOnStepFailure`, in which case only the failed step's dependants stay NotStarted.
 */
async function runGraph(upstream, options, runStep) {
    const ends = new Map();
    const running = new Map();
    let stopping = options.signal?.aborted ?? false;
    const stopAll = () => {
        stopping = true;
        for (const { controller } of running.values())
            controller.abort();
    };
    options.signal?.addEventListener('abort', stopAll, { once: true });
    const limit = Math.max(1, options.maxParallel);
    const blocked = (name) => [...(upstream.get(name) ?? [])].some((dep) => ends.has(dep) && ends.get(dep) !== 'Completed');
    /** Dependants of a step that did not complete never start; chains of them settle in a few passes. */
    const markNotStarted = () => {
        for (let changed = true; changed;) {
            changed = false;
            for (const name of upstream.keys()) {
                if (ends.has(name) || running.has(name) || !(stopping || blocked(name)))
                    continue;
                ends.set(name, 'NotStarted');
                changed = true;
            }
        }
    };
    const ready = (name) => [...(upstream.get(name) ?? [])].every((dep) => ends.get(dep) === 'Completed');
    try {
        for (;;) {
            markNotStarted();
            for (const name of upstream.keys()) {
                if (stopping || running.size >= limit)
                    break;
                if (ends.has(name) || running.has(name) || !ready(name))
                    continue;
                const controller = new AbortController();
                const done = runStep(name, controller.signal)
                    .catch(() => 'Failed')
                    .then((end) => {
                    ends.set(name, end);
                    running.delete(name);
                    if (end === 'Failed' && !options.continueOnStepFailure)
                        stopAll();
                });
                running.set(name, { controller, done });
            }
            if (running.size === 0)
                break;
            await Promise.race([...running.values()].map((r) => r.done));
        }
    }
    finally {
        options.signal?.removeEventListener('abort', stopAll);
    }
    for (const name of upstream.keys())
        if (!ends.has(name))
            ends.set(name, 'NotStarted');
    return ends;
}

;// CONCATENATED MODULE: ./shared/local/step.ts












/** Resolves a step's inputs, reuses its cached outputs when the key matches, otherwise runs it. */
async function runStep(ctx) {
    const { step, log } = ctx;
    const result = {
        name: step.name,
        runId: `${ctx.jobName}/${step.name}`,
        status: 'Running',
        component: step.label,
        startedAt: new Date(),
        outputs: {},
    };
    const say = (message) => log.info(`[${step.name}] ${message}`);
    say(`Running (${step.label})`);
    let inputs = {};
    try {
        inputs = resolveStepInputs(step.name, step.node.inputs, step.inputs, ctx.sources);
        const key = cacheKey({
            componentHash: step.componentHash,
            inputs,
            outputs: outputModes(step),
            environmentVariables: step.node.environmentVariables ?? {},
        });
        result.cacheKey = key;
        const hit = step.isDeterministic && !ctx.forceRerun ? await lookupCache(ctx.ws, key) : undefined;
        if (hit) {
            const outputs = Object.fromEntries(Object.entries(hit.outputs).map(([n, a]) => [n, toArtifact(ctx.ws, a)]));
            say(`cache hit, key ${shortKey(key)}: reusing the outputs of ${hit.runId}`);
            return finish(ctx, result, { end: 'Completed', inputs, outputs }, { reused: true, reusedRunId: hit.runId });
        }
        result.cacheMiss = !step.isDeterministic ? 'not deterministic' : ctx.forceRerun ? 'force_rerun' : 'no earlier run';
        say(`cache miss, key ${shortKey(key)} (${result.cacheMiss})`);
        const ran = await execute(ctx, inputs, result);
        return finish(ctx, result, { ...ran, inputs });
    }
    catch (error) {
        result.error = (0,errors/* errorMessage */.gJ)(error);
        return finish(ctx, result, { end: 'Failed', inputs, outputs: {} });
    }
}
function finish(ctx, result, outcome, reuse = { reused: false }) {
    result.status = outcome.end;
    result.reused = reuse.reused;
    if (reuse.reusedRunId)
        result.reusedRunId = reuse.reusedRunId;
    result.endedAt = new Date();
    result.durationMs = result.endedAt.getTime() - result.startedAt.getTime();
    result.outputs = Object.fromEntries(Object.entries(outcome.outputs).map(([n, a]) => [n, a.path]));
    const seconds = (result.durationMs / 1000).toFixed(1);
    const line = `[${result.name}] ${reuse.reused ? 'Completed (reused)' : outcome.end} in ${seconds}s`;
    if (outcome.end === 'Failed')
        ctx.log.error(`${line}: ${result.error ?? 'failed'}`);
    else
        ctx.log.info(line);
    return { ...outcome, result };
}
/** Runs the step for real, then files its outputs by content hash and records the cache entry. */
async function execute(ctx, inputs, result) {
    const { ws, step } = ctx;
    const folder = (0,external_node_path_.join)(ws.jobFolder(ctx.jobName), step.name);
    await (0,promises_.rm)(folder, { recursive: true, force: true });
    const outputDirs = {};
    for (const name of Object.keys(step.outputs)) {
        outputDirs[name] = (0,external_node_path_.join)(folder, 'outputs', name);
        await (0,promises_.mkdir)(outputDirs[name], { recursive: true });
    }
    const logFile = (0,external_node_path_.join)(folder, 'std_log.txt');
    result.logFile = logFile;
    const end = await RUNNERS[step.implementation.kind](ctx, { inputs, outputDirs, folder, logFile, result });
    if (end !== 'Completed')
        return { end, outputs: {} };
    await collectRunArtifacts(step, (0,external_node_path_.join)(folder, 'code'), outputDirs);
    const stored = await storeOutputs(ws, step, outputDirs);
    if (step.isDeterministic && result.cacheKey) {
        await saveCache(ws, {
            key: result.cacheKey,
            runId: result.runId,
            outputs: stored,
            createdAt: new Date().toISOString(),
        });
    }
    // The working copy of the code is reproducible from codes/<hash>; keeping it would only grow the cache.
    await (0,promises_.rm)((0,external_node_path_.join)(folder, 'code'), { recursive: true, force: true });
    await (0,promises_.rm)((0,external_node_path_.join)(folder, 'outputs'), { recursive: true, force: true });
    return { end, outputs: Object.fromEntries(Object.entries(stored).map(([n, a]) => [n, toArtifact(ws, a)])) };
}
async function runCommand(ctx, work) {
    const { inputs, outputDirs, folder, logFile, result } = work;
    const { step } = ctx;
    if (step.implementation.kind !== 'command')
        throw new Error('runCommand needs a command step');
    const ran = await runCommandIn(ctx, step.implementation.component, { inputs, outputDirs, folder, logFile });
    if (ran.error)
        result.error = ran.error;
    return ran.end;
}
/** A command component's command in `<folder>/code` (a fresh copy of its code), as a command step runs it. */
async function runCommandIn(ctx, component, run) {
    const { step } = ctx;
    const say = (line) => ctx.log.info(`[${step.name}] ${run.prefix ?? ''}${line}`);
    const cwd = (0,external_node_path_.join)(run.folder, 'code');
    if (component.code && 'local' in component.code)
        await copyPath(component.code.local, cwd);
    else
        await (0,promises_.mkdir)(cwd, { recursive: true });
    const command = renderCommand(component.command, placeholders(component.outputs, run.inputs, run.outputDirs));
    say(`$ ${command}`);
    await (0,promises_.appendFile)(run.logFile, `$ ${command}\n`);
    const env = {
        PYTHONUNBUFFERED: '1',
        ...ctx.baseEnv,
        ...step.node.environmentVariables,
        ...run.env,
    };
    const limit = run.timeout ??
        ('timeoutSeconds' in step.node && step.node.timeoutSeconds
            ? { seconds: step.node.timeoutSeconds, field: 'limits.timeout' }
            : undefined);
    const timeoutSeconds = limit?.seconds;
    const timeoutMs = timeoutSeconds ? timeoutSeconds * 1000 : undefined;
    const outcome = await runShell({
        command,
        cwd,
        env,
        logFile: run.logFile,
        signal: run.signal ? AbortSignal.any([ctx.signal, run.signal]) : ctx.signal,
        onLine: say,
        ...(timeoutMs ? { timeoutMs } : {}),
    });
    if (outcome.canceled)
        return { end: 'Canceled' };
    if (outcome.exitCode === 0 && !outcome.timedOut)
        return { end: 'Completed' };
    const why = outcome.timedOut
        ? `exceeded its ${limit?.field} of ${timeoutSeconds}s and was stopped`
        : `command exited with code ${outcome.exitCode ?? 'none (killed)'}`;
    const tail = outcome.tail.map((l) => `  | ${l}`).join('\n');
    return { end: 'Failed', error: `${why}; last lines of ${run.logFile}:\n${tail}` };
}
/** `${{inputs.x}}` as its text or local path; `${{outputs.x}}` as its folder (a uri_file output: a file in it). */
function placeholders(outputs, inputs, outputDirs) {
    return (namespace, name) => {
        if (namespace === 'outputs') {
            const dir = outputDirs[name];
            if (dir === undefined)
                return undefined;
            return { kind: 'path', path: outputs[name]?.type === 'uri_file' ? (0,external_node_path_.join)(dir, name) : dir };
        }
        const value = inputs[name];
        return value && (value.kind === 'literal' ? value : { kind: 'path', path: value.path });
    };
}
async function runParallelKind(ctx, work) {
    const { inputs, outputDirs, folder, logFile, result } = work;
    const { step } = ctx;
    if (step.implementation.kind !== 'parallel')
        throw new Error('runParallelKind needs a parallel step');
    const outcome = await runParallelStep({
        node: step.implementation.node,
        inputs,
        outputDirs,
        lookup: placeholders(step.outputs, inputs, outputDirs),
        folder,
        logFile,
        env: ctx.baseEnv,
        signal: ctx.signal,
        onLine: (line) => ctx.log.info(`[${step.name}] ${line}`),
    });
    if (outcome.error)
        result.error = outcome.error;
    return outcome.end;
}
/** Each trial runs the trial component as a command step would, in its own folder; the best one's outputs are the step's. */
async function runSweepKind(ctx, work) {
    const { inputs, outputDirs, folder, result } = work;
    const { step } = ctx;
    if (step.implementation.kind !== 'sweep')
        throw new Error('runSweepKind needs a sweep step');
    const { node, trial, trials } = step.implementation;
    const outcome = await runSweep({ ...node.sweep, stepName: step.name }, trials, (0,external_node_path_.join)(folder, 'trials'), async (t) => {
        const trialFolder = (0,external_node_path_.join)(folder, 'trials', t.name);
        const dirs = {};
        for (const name of Object.keys(trial.outputs)) {
            dirs[name] = (0,external_node_path_.join)(trialFolder, 'outputs', name);
            await (0,promises_.mkdir)(dirs[name], { recursive: true });
        }
        const params = Object.entries(t.params).map(([k, v]) => [k, { kind: 'literal', text: String(v) }]);
        const ran = await runCommandIn(ctx, trial, {
            inputs: { ...inputs, ...Object.fromEntries(params) },
            outputDirs: dirs,
            folder: trialFolder,
            logFile: (0,external_node_path_.join)(trialFolder, 'std_log.txt'),
            env: t.env,
            prefix: `${t.name} `,
            signal: t.signal,
            ...(node.sweep.limits.trialTimeoutSeconds
                ? { timeout: { seconds: node.sweep.limits.trialTimeoutSeconds, field: 'limits.trial_timeout' } }
                : {}),
        });
        return { end: ran.end, outputs: dirs, ...(ran.error ? { error: ran.error } : {}) };
    }, ctx.log, ctx.signal);
    result.sweep = { trials: outcome.trials, ...(outcome.best ? { best: outcome.best.name } : {}) };
    if (outcome.error)
        result.error = outcome.error;
    if (outcome.best)
        for (const [name, dir] of Object.entries(outcome.best.outputs))
            await copyPath(dir, outputDirs[name]);
    // Each trial keeps its log and MLflow store; its code copy and outputs go, as a step's do.
    for (const t of outcome.trials) {
        await (0,promises_.rm)((0,external_node_path_.join)(folder, 'trials', t.name, 'code'), { recursive: true, force: true });
        await (0,promises_.rm)((0,external_node_path_.join)(folder, 'trials', t.name, 'outputs'), { recursive: true, force: true });
    }
    return outcome.end;
}
async function runBuiltin(ctx, work) {
    const { inputs, outputDirs, logFile, result } = work;
    const { step } = ctx;
    if (step.implementation.kind !== 'builtin')
        throw new Error('runBuiltin needs a built-in step');
    const lines = [];
    try {
        await step.implementation.builtin.run({
            ws: ctx.ws,
            jobName: ctx.jobName,
            stepName: step.name,
            inputs: Object.fromEntries(Object.entries(inputs).map(([n, v]) => [n, v && (v.kind === 'literal' ? v.text : v.path)])),
            outputs: outputDirs,
            log: (line) => {
                lines.push(line);
                ctx.log.info(`[${step.name}] ${line}`);
            },
        });
        return 'Completed';
    }
    catch (error) {
        result.error = (0,errors/* errorMessage */.gJ)(error);
        return 'Failed';
    }
    finally {
        await (0,promises_.appendFile)(logFile, lines.map((l) => `${l}\n`).join(''));
    }
}
/** `artifacts`/`default`: the `./outputs` and `./logs` the command wrote, as Azure ML uploads them for the run. */
async function collectRunArtifacts(step, cwd, outputDirs) {
    for (const name of step.runArtifactOutputs) {
        for (const sub of RUN_ARTIFACT_FOLDERS) {
            const written = (0,external_node_path_.join)(cwd, sub);
            if (await step_exists(written))
                await copyPath(written, (0,external_node_path_.join)(outputDirs[name], sub));
        }
    }
}
const step_exists = (path) => (0,promises_.access)(path).then(() => true, () => false);
/** Each output folder moves to `artifacts/<hash>`; equal content from another run or step is stored once. */
async function storeOutputs(ws, step, outputDirs) {
    const stored = {};
    for (const [name, dir] of Object.entries(outputDirs)) {
        const type = step.outputs[name].type;
        const hashed = await hashPath(dir);
        const entries = type === 'uri_file' ? await (0,promises_.readdir)(dir) : [];
        await (0,workspace/* moveIntoStore */.jA)(dir, ws.artifactPath(hashed.hash));
        stored[name] = { hash: hashed.hash, type, ...(entries.length === 1 ? { file: entries[0] } : {}) };
    }
    return stored;
}
function outputModes(step) {
    const modes = {};
    for (const [name, port] of Object.entries(step.outputs)) {
        modes[name] = `${port.type}/${step.node.outputs[name]?.mode ?? port.mode ?? 'rw_mount'}`;
    }
    return modes;
}
/** How each kind of step runs (declared after the runners it names). */
const RUNNERS = {
    command: runCommand,
    parallel: runParallelKind,
    sweep: runSweepKind,
    builtin: runBuiltin,
};

;// CONCATENATED MODULE: ./shared/local/run-pipeline.ts














const TERMINAL = new Set(['Completed', 'Failed', 'Canceled']);
/**
 * Runs a pipeline job on this machine (steps may run pipeline components, to any depth): plans every step
 * (components stored by content hash), resolves and hashes data inputs, then runs the steps in dependency order with bounded parallelism, reusing cached outputs of
 * deterministic steps. Never throws for a failing step: the result says Failed, with the step's log tail.
 */
async function runLocalPipeline(ws, pipeline, options) {
    // Pipeline-component steps become their steps (`sub/step`), each planned, cached and reported on its own.
    return runLocalJob(ws, localSteps(flattenPipeline(pipeline)), options);
}
/** The runner itself, on steps already in its own terms (see `adapt.ts`): what runLocalPipeline calls. */
async function runLocalJob(ws, job, options) {
    const { log } = options;
    const name = options.name ?? defaultJobName(job);
    const folder = ws.jobFolder(name);
    const existing = await (0,workspace/* readJson */.Vh)((0,external_node_path_.join)(folder, 'job.json'));
    if (existing && TERMINAL.has(existing.status)) {
        const contentHash = options.tags?.[identity/* CONTENT_TAG */.XH];
        if (contentHash)
            (0,identity/* assertSameContent */.cU)(name, contentHash, existing.tags, (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(folder, 'job.json')).href);
        log.info(`Local job ${name} exists already (${existing.status}); attaching to it instead of running it again.`);
        return { ...revive(existing), attached: true };
    }
    const started = Date.now();
    const steps = await log.group('Prepare the pipeline for the local backend', async () => {
        const planned = await planPipeline(ws, job, log, options.env ?? process.env);
        const sources = await resolveDataSources(ws, job);
        return { planned, sources };
    });
    const forceRerun = options.forceRerun === true || job.settings.forceRerun === true;
    const maxParallel = options.maxParallel ?? (0,external_node_os_.availableParallelism)();
    log.info(`Local job ${name}: ${steps.planned.length} step(s), up to ${maxParallel} at a time${forceRerun ? ', force_rerun: cache bypassed' : ''}.`);
    const base = { name, folder, tags: { ...job.tags, ...options.tags } };
    const inputs = recordedInputs(job, steps.sources.data);
    await record(folder, { ...base, inputs, status: 'Running', startedAt: new Date(started).toISOString() });
    const results = await executeSteps(ws, name, steps.planned, { ...steps.sources, stepOutputs: new Map(), stepInputs: new Map() }, {
        ...options,
        forceRerun,
        maxParallel,
        continueOnStepFailure: job.settings.continueOnStepFailure === true,
    });
    await registerNamedOutputs(ws, job, results.outputs, log);
    const result = summarize(job, base, results, started, options.signal?.aborted === true);
    // The tags and inputs stay on the record: the model's link back to the commit, the workflow run and the data.
    await record(folder, { ...result, tags: base.tags, inputs });
    logSummary(result, log);
    return result;
}
async function executeSteps(ws, jobName, planned, sources, options) {
    const byName = new Map(planned.map((s) => [s.name, s]));
    const results = new Map();
    const ends = await runGraph(new Map(planned.map((s) => [s.name, s.upstream])), { maxParallel: options.maxParallel, continueOnStepFailure: options.continueOnStepFailure, signal: options.signal }, async (name, signal) => {
        const outcome = await runStep({
            ws,
            jobName,
            step: byName.get(name),
            sources,
            forceRerun: options.forceRerun,
            log: options.log,
            baseEnv: options.env ?? process.env,
            signal,
        });
        sources.stepOutputs.set(name, outcome.outputs);
        sources.stepInputs.set(name, outcome.inputs);
        results.set(name, outcome.result);
        return outcome.end;
    });
    for (const step of planned) {
        if (results.has(step.name))
            continue;
        results.set(step.name, {
            name: step.name,
            runId: `${jobName}/${step.name}`,
            status: ends.get(step.name) ?? 'NotStarted',
            component: step.label,
            outputs: {},
        });
        options.log.info(`[${step.name}] ${ends.get(step.name)}: ${notStartedReason(step, results)}`);
    }
    return { results, outputs: sources.stepOutputs };
}
function notStartedReason(step, results) {
    const failed = [...step.upstream].filter((u) => results.get(u)?.status !== 'Completed');
    return failed.length
        ? `it reads from ${failed.join(', ')}, which did not complete`
        : 'the pipeline stopped before it could start';
}
function summarize(job, base, executed, started, canceled) {
    const steps = Object.keys(job.jobs).map((n) => executed.results.get(n));
    const failed = steps.filter((s) => s.status === 'Failed');
    const status = canceled
        ? 'Canceled'
        : failed.length
            ? 'Failed'
            : steps.every((s) => s.status === 'Completed')
                ? 'Completed'
                : 'Canceled';
    const result = {
        backend: 'local',
        name: base.name,
        id: base.folder,
        studioUrl: (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(base.folder, 'job.json')).href,
        status,
        passed: status === 'Completed',
        attached: false,
        stopped: canceled,
        timedOut: false,
        steps,
        stepsKnown: true,
        durationMs: Date.now() - started,
        outputs: pipelineOutputs(job, executed.outputs),
        folder: base.folder,
        cache: {
            hits: steps.filter((s) => s.reused).map((s) => s.name),
            misses: steps.filter((s) => s.status !== 'NotStarted' && !s.reused && s.cacheKey).map((s) => s.name),
        },
    };
    if (failed.length)
        result.error = failed.map((s) => `step '${s.name}' failed: ${s.error ?? 'no message'}`).join('\n');
    return result;
}
/** Pipeline output name -> the local path of the step output bound to it. */
function pipelineOutputs(job, outputs) {
    const mapped = {};
    for (const node of Object.values(job.jobs)) {
        for (const [port, output] of Object.entries(node.outputs)) {
            const artifact = outputs.get(node.name)?.[port];
            if (output.kind === 'binding' && output.binding.scope === 'parent.outputs' && artifact)
                mapped[output.binding.name] = artifact.path;
        }
    }
    return mapped;
}
function logSummary(result, log) {
    const { hits, misses } = result.cache;
    log.info(`Step cache: ${hits.length} hit(s)${hits.length ? ` (${hits.join(', ')})` : ''}, ${misses.length} miss(es)${misses.length ? ` (${misses.join(', ')})` : ''}.`);
    for (const step of result.steps)
        if (step.cacheKey)
            log.debug(`[${step.name}] cache key ${step.cacheKey} (${shortKey(step.cacheKey)})`);
    const line = `Local job ${result.name} ${result.status} in ${(result.durationMs / 1000).toFixed(1)}s; record: ${(0,external_node_path_.join)(result.folder, 'job.json')}`;
    if (result.passed)
        log.info(line);
    else
        log.error(line);
}
function recordedInputs(job, data) {
    const out = {};
    for (const input of Object.values(job.inputs)) {
        const resolved = data.get(`parent:${input.name}`);
        if (input.kind !== 'data' || resolved?.kind !== 'data')
            continue;
        const ref = input.path?.kind === 'asset' ? input.path.ref : undefined;
        const asset = ref?.kind === 'version' ? `${ref.name}:${ref.version}` : undefined;
        out[input.name] = { type: input.type, path: resolved.path, ...(asset ? { asset } : {}) };
    }
    return out;
}
async function record(folder, value) {
    await (0,workspace/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(folder, 'job.json'), value);
}
function revive(stored) {
    const date = (iso) => (iso ? new Date(iso) : undefined);
    return {
        ...stored,
        steps: stored.steps.map((s) => {
            const { startedAt, endedAt, ...rest } = s;
            return {
                ...rest,
                ...(startedAt ? { startedAt: date(startedAt) } : {}),
                ...(endedAt ? { endedAt: date(endedAt) } : {}),
            };
        }),
    };
}
function defaultJobName(job) {
    const base = (job.name ?? 'pipeline').toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
    const time = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
    return `${base}-${time}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
}

;// CONCATENATED MODULE: ./shared/local/compute.ts




/**
 * Checks that every program the components' commands start (python, Rscript, ...) is on PATH, so a missing
 * interpreter fails here, named, rather than as "command not found" in the middle of a pipeline.
 */
async function ensureLocalCompute(options) {
    const { log } = options;
    const needed = new Map();
    for (const component of options.components) {
        for (const program of commandPrograms(component.command)) {
            // Paths such as ./run.sh come with the code snapshot, not from PATH.
            if (program.includes('/'))
                continue;
            needed.set(program, [...(needed.get(program) ?? []), component]);
        }
    }
    const programs = {};
    const missing = [];
    for (const [program, users] of needed) {
        const found = await findOnPath(program, options.path ?? process.env.PATH);
        if (found)
            programs[program] = found;
        else
            missing.push(`'${program}' (used by ${users.map((c) => c.name ?? c.file).join(', ')})`);
    }
    if (missing.length) {
        throw new errors/* UserError */.yo(`The runner cannot run these components: ${missing.join('; ')} not found on PATH. Install it in an earlier ` +
            `step (e.g. actions/setup-python) or use a runner that has it.`, options.components.length === 1 ? options.components[0].loc : undefined);
    }
    const result = {
        name: (0,external_node_os_.hostname)(),
        id: `local://${(0,external_node_os_.hostname)()}`,
        computeType: 'Local',
        state: 'Running',
        created: false,
        started: false,
        updated: [],
        cpus: (0,external_node_os_.cpus)().length,
        maxParallel: (0,external_node_os_.availableParallelism)(),
        memoryBytes: { total: (0,external_node_os_.totalmem)(), free: (0,external_node_os_.freemem)() },
        shell: await commandShell(),
        programs,
    };
    const found = Object.entries(programs).map(([p, at]) => `${p} -> ${at}`);
    log.info(`Local compute ${result.name}: ${result.maxParallel} CPU(s), shell ${result.shell}${found.length ? `; ${found.join(', ')}` : ''}.`);
    return result;
}

;// CONCATENATED MODULE: ./shared/local/register-files.ts


async function registerLocalAssetFiles(ws, files, options) {
    const result = { assets: [], components: {}, environments: {}, dryRun: options.dryRun };
    if (options.dryRun) {
        for (const { file, value } of [...files.environments, ...files.components]) {
            options.log.info(`would register ${value.name}:${value.version ?? '(next)'} from ${file} (dry run)`);
        }
        return result;
    }
    const register = { strategy: options.strategy, tags: options.tags, log: options.log };
    for (const { file, value } of files.environments) {
        const env = await registerLocalEnvironment(ws, value, register);
        result.assets.push(outcome('environment', env, file));
        result.environments[env.name] = env.version;
    }
    for (const { file, value } of files.components) {
        if (value.type !== 'command')
            throw new errors/* UserError */.yo(`not supported by the local backend: registering ${value.type} components`, value.loc);
        const { component, code } = await registerLocalComponent(ws, value, register);
        if (code)
            result.assets.push(outcome('code', code, value.code && 'local' in value.code ? value.code.local : file));
        result.assets.push(outcome('component', component, file));
        result.components[component.name] = component.version;
    }
    return result;
}
function outcome(kind, asset, source) {
    return {
        kind,
        name: asset.name,
        version: asset.version,
        id: asset.id,
        status: asset.status,
        reason: asset.status === 'created' ? 'stored in the local workspace' : 'same content is stored already',
        source,
    };
}

// EXTERNAL MODULE: ./shared/local/model-lineage.ts
var model_lineage = __webpack_require__(8019);
;// CONCATENATED MODULE: ./shared/local/index.ts
/** The embedded local backend: Azure ML pipeline YAML run on the runner, with a content-addressed step cache. */













/***/ }),

/***/ 8019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ writeLocalModelLineage),
/* harmony export */   e: () => (/* binding */ readLocalJobLineage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _models_lineage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9676);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3323);



/**
 * The lineage of a local job from its record: traceability tags (commit, repository, workflow run) and the
 * data inputs it read. Undefined when the workspace has no record of that job.
 */
async function readLocalJobLineage(ws, name) {
    const record = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .readJson */ .Vh)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(ws.jobFolder(name), 'job.json'));
    if (!record)
        return undefined;
    const dataInputs = Object.entries(record.inputs ?? {}).map(([input, value]) => ({
        name: input,
        type: value.type,
        ...(value.asset ? { asset: value.asset } : {}),
        uri: value.path,
    }));
    return { ...(0,_models_lineage_js__WEBPACK_IMPORTED_MODULE_1__.jobLineageFrom)(name, record.tags ?? {}, {}, record.status), dataInputs };
}
/**
 * The lineage file of a model downloaded from the local workspace: the same schema as for Azure, with
 * the registering job's lineage read from its job record.
 */
async function writeLocalModelLineage(ws, download) {
    const { model } = download;
    const job = model.jobName
        ? ((await readLocalJobLineage(ws, model.jobName)) ?? (0,_models_lineage_js__WEBPACK_IMPORTED_MODULE_1__.jobLineageFrom)(model.jobName, {}))
        : undefined;
    const lineage = (0,_models_lineage_js__WEBPACK_IMPORTED_MODULE_1__.modelLineage)({
        name: model.name,
        version: model.version,
        id: `local:${model.name}:${model.version}`,
        modelUri: model.path,
        modelType: model.type,
        jobName: model.jobName,
        tags: model.tags,
    }, job, { files: download.files.length, bytes: download.bytes, at: new Date() });
    return { lineage, file: await (0,_models_lineage_js__WEBPACK_IMPORTED_MODULE_1__.writeLineage)(download.destination, lineage, download.files) };
}


/***/ }),

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   hu: () => (/* binding */ LocalWorkspace),
/* harmony export */   jA: () => (/* binding */ moveIntoStore)
/* harmony export */ });
/* unused harmony exports WORKSPACE_FORMAT, compareVersions */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6677);




/** Bumped when the folder layout changes in a way older records cannot be read with. */
const WORKSPACE_FORMAT = 1;
/**
 * The local stand-in for an Azure ML workspace: a folder (default `.mlops/` in the repository) that is safe to keep
 * across runs and to restore with actions/cache. Everything is addressed either by content hash (code snapshots,
 * step outputs, cache entries) or by name and version (assets), so two runs never write the same path with
 * different content, and a half-written file never replaces a good one (writes go through a rename).
 *
 * Layout:
 *   workspace.json                          format marker
 *   codes/<sha256>/…                        code snapshots, one per content hash
 *   artifacts/<sha256>/…                    step outputs, one per content hash (read-only by convention)
 *   cache/<key>.json                        step cache entries: key -> outputs of a successful run
 *   <collection>/<name>/<version>/asset.json  environments, components, data, models (data and models keep
 *                                           their files beside it in files/)
 *   jobs/<job>/job.json, jobs/<job>/<step>/ job records, step logs and working folders
 */
class LocalWorkspace {
    root;
    constructor(root) {
        this.root = root;
    }
    /** Opens (creating when absent) the workspace folder; refuses a folder written by a newer layout. */
    static async open(root) {
        const ws = new LocalWorkspace((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root));
        const marker = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ws.root, 'workspace.json');
        const existing = await readJson(marker);
        if (existing && existing.format > WORKSPACE_FORMAT) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The local workspace ${ws.root} was written by a newer version of these actions (format ${existing.format}); ` +
                `use that version, or point local-workspace at another folder.`);
        }
        if (!existing)
            await writeJsonAtomic(marker, { format: WORKSPACE_FORMAT });
        return ws;
    }
    codePath(hash) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, 'codes', hash);
    }
    artifactPath(hash) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, 'artifacts', hash);
    }
    cacheEntryPath(key) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, 'cache', `${key}.json`);
    }
    assetFolder(collection, name, version) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, collection, safeSegment(name, 'name'), safeSegment(version, 'version'));
    }
    jobFolder(jobName) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, 'jobs', safeSegment(jobName, 'job name'));
    }
    /** A scratch folder inside the workspace, so a rename into `codes/` or `artifacts/` never crosses devices. */
    async scratch(purpose) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, 'tmp', `${purpose}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(path, { recursive: true });
        return path;
    }
    /** Versions of an asset, oldest first (numeric versions in numeric order, others after them). */
    async versions(collection, name) {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, collection, safeSegment(name, 'name')), {
            withFileTypes: true,
        }).catch(() => []);
        return entries
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
            .sort(compareVersions);
    }
    async names(collection) {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, collection), { withFileTypes: true }).catch(() => []);
        return entries
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
            .sort();
    }
    /** The next free integer version: one past the highest numeric version (1 when there is none). */
    async nextVersion(collection, name) {
        const numeric = (await this.versions(collection, name)).filter((v) => /^\d+$/.test(v)).map(Number);
        return String(numeric.length ? Math.max(...numeric) + 1 : 1);
    }
    async readAsset(collection, name, version) {
        return readJson((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.assetFolder(collection, name, version), 'asset.json'));
    }
    /**
     * Creates an asset version whole or not at all: `fill` writes its folder (asset.json and any files) in scratch,
     * which is then renamed into place. False when the version exists already (another job sharing this folder
     * took it first); nothing of this attempt is left behind.
     */
    async createAssetVersion(collection, name, version, fill) {
        const target = this.assetFolder(collection, name, version);
        const scratch = await this.scratch('asset');
        try {
            await fill(scratch);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(scratch, target);
            return true;
        }
        catch (error) {
            const code = error.code;
            if (code === 'EEXIST' || code === 'ENOTEMPTY')
                return false;
            throw error;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
        }
    }
    async writeAsset(collection, name, version, record) {
        await writeJsonAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.assetFolder(collection, name, version), 'asset.json'), record);
    }
}
/** Names and versions become folder names; anything that could climb out of the workspace is refused. */
function safeSegment(value, what) {
    if (!value || value === '.' || value === '..' || /[/\\\0]/.test(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${value}' is not usable as a ${what} in the local workspace (no '/', '\\', '.' or '..').`);
    }
    return value;
}
function compareVersions(a, b) {
    const na = /^\d+$/.test(a) ? Number(a) : undefined;
    const nb = /^\d+$/.test(b) ? Number(b) : undefined;
    if (na !== undefined && nb !== undefined)
        return na - nb;
    if (na !== undefined)
        return -1;
    if (nb !== undefined)
        return 1;
    return a.localeCompare(b, 'en', { numeric: true });
}
async function readJson(path) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    return text === undefined ? undefined : JSON.parse(text);
}
/** Writes through a temporary file and a rename, so readers see the old record or the new one, never half. */
async function writeJsonAtomic(path, value) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const tmp = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, JSON.stringify(value, null, 2) + '\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
}
/**
 * Moves a finished folder to its content-addressed place. When that place is taken, the content is the same by
 * construction, so the new copy is dropped.
 */
async function moveIntoStore(from, to) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(to), { recursive: true });
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(from, to);
    }
    catch (error) {
        const code = error.code;
        if (code !== 'EEXIST' && code !== 'ENOTEMPTY')
            throw error;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(from, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 9676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LINEAGE_FALLBACK_FILE: () => (/* binding */ LINEAGE_FALLBACK_FILE),
/* harmony export */   LINEAGE_FILE: () => (/* binding */ LINEAGE_FILE),
/* harmony export */   LINEAGE_SCHEMA: () => (/* binding */ LINEAGE_SCHEMA),
/* harmony export */   dataInputRef: () => (/* binding */ dataInputRef),
/* harmony export */   dataInputsOf: () => (/* binding */ dataInputsOf),
/* harmony export */   jobLineage: () => (/* binding */ jobLineage),
/* harmony export */   jobLineageFrom: () => (/* binding */ jobLineageFrom),
/* harmony export */   lineageFacts: () => (/* binding */ lineageFacts),
/* harmony export */   modelLineage: () => (/* binding */ modelLineage),
/* harmony export */   readLineageFile: () => (/* binding */ readLineageFile),
/* harmony export */   writeLineage: () => (/* binding */ writeLineage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6677);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const LINEAGE_SCHEMA = 'azureml-mlops-actions/model-lineage/v1';
const LINEAGE_FILE = 'model.json';
/** Used instead when the model itself has a model.json at its root (ours must not overwrite it). */
const LINEAGE_FALLBACK_FILE = 'azureml-model-lineage.json';
/**
 * Where each fact is looked for, first hit wins: the tags submit-pipeline writes (`github.*`, see
 * shared/jobs/naming.ts), then the git properties azure-ai-ml records for jobs submitted from a checkout.
 */
const COMMIT_KEYS = ['github.sha', 'mlflow.source.git.commit', 'azureml.git.commit'];
const REPOSITORY_KEYS = ['github.repository', 'mlflow.source.git.repoURL', 'azureml.git.repository_uri'];
function jobLineage(job) {
    const p = job.properties;
    const lineage = jobLineageFrom(job.name ?? '', stringMap(p.tags), stringMap(p.properties), p.status);
    // Command, sweep and pipeline jobs all carry `inputs`; for a pipeline these are its top-level inputs.
    const inputs = p.inputs;
    return { ...lineage, dataInputs: dataInputsOf(inputs) };
}
/** Literal inputs (numbers, strings) are parameters, not data; every other input names data by its `uri`. */
function dataInputsOf(inputs) {
    return Object.entries(inputs ?? {})
        .filter((e) => !!e[1] && e[1].jobInputType !== 'literal' && !!e[1].uri)
        .map(([name, input]) => dataInputRef(name, input.uri, input.jobInputType));
}
/**
 * A data input from its URI: `azureml:name:version` and asset ids (`.../data/<name>/versions/<v>`) name a data
 * asset; anything else (datastore URIs, https, local paths) is kept as the URI.
 */
function dataInputRef(name, uri, type) {
    const short = /^azureml:([^/:][^:]*):([^:]+)$/.exec(uri);
    const id = /\/data\/([^/]+)\/versions\/([^/]+)$/.exec(uri);
    const asset = short ? `${short[1]}:${short[2]}` : id ? `${id[1]}:${id[2]}` : undefined;
    return { name, ...(type ? { type } : {}), ...(asset ? { asset } : { uri }) };
}
/** The lineage facts of a job from its tags and properties (Azure jobs and local job records alike). */
function jobLineageFrom(name, tags, properties = {}, status) {
    const first = (keys) => keys.map((k) => tags[k] || properties[k]).find(Boolean);
    return {
        name,
        commit: first(COMMIT_KEYS),
        repository: first(REPOSITORY_KEYS),
        githubRunId: tags['github.run_id'],
        githubRunUrl: tags['github.run_url'],
        status,
        tags,
    };
}
function modelLineage(model, job, download) {
    return {
        schema: LINEAGE_SCHEMA,
        name: model.name,
        version: model.version,
        id: model.id,
        modelUri: model.modelUri,
        modelType: model.modelType,
        tags: model.tags,
        job,
        downloadedAt: download.at.toISOString(),
        files: download.files,
        bytes: download.bytes,
    };
}
/**
 * Writes the lineage into `folder` and returns its path: model.json, unless the model has a model.json of
 * its own at the top (`modelFiles` are the downloaded paths relative to `folder`).
 */
async function writeLineage(folder, lineage, modelFiles) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, modelFiles.includes(LINEAGE_FILE) ? LINEAGE_FALLBACK_FILE : LINEAGE_FILE);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(lineage, null, 2)}\n`);
    return file;
}
function stringMap(value) {
    const out = {};
    for (const [k, v] of Object.entries(value ?? {}))
        if (v !== null && v !== undefined)
            out[k] = String(v);
    return out;
}
/**
 * Reads a lineage file download-model wrote (model.json or azureml-model-lineage.json), or the one in the model
 * folder it downloaded to (a later job has the folder, from an artifact, but not the step's output); `input`
 * names it in errors.
 */
async function readLineageFile(fileOrFolder, input) {
    const file = await lineageFileIn(fileOrFolder);
    let parsed;
    try {
        parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${input}': cannot read the model lineage ${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { file });
    }
    if (parsed.schema !== LINEAGE_SCHEMA)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${input}': ${file} is not a lineage file download-model wrote (schema ${JSON.stringify(parsed.schema)}, expected ${LINEAGE_SCHEMA}).`, { file });
    return parsed;
}
/** In a model folder, ours is the fallback name when present (the model had a model.json of its own), else model.json. */
async function lineageFileIn(fileOrFolder) {
    const isFolder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(fileOrFolder).then((s) => s.isDirectory(), () => false);
    if (!isFolder)
        return fileOrFolder;
    const fallback = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(fileOrFolder, LINEAGE_FALLBACK_FILE);
    const hasFallback = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(fallback).then(() => true, () => false);
    return hasFallback ? fallback : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(fileOrFolder, LINEAGE_FILE);
}
/** The facts of a model's lineage, in the suite's key names (labels and annotations are written from these). */
function lineageFacts(lineage) {
    const job = lineage.job;
    return {
        modelName: lineage.name,
        modelVersion: lineage.version,
        trainingJob: job?.name || undefined,
        trainingCommit: job?.commit,
        trainingRun: job?.githubRunUrl,
        dataInputs: job?.dataInputs?.length ? job.dataInputs : undefined,
    };
}


/***/ }),

/***/ 9565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ resolveModel),
/* harmony export */   L4: () => (/* binding */ pipelineStepRuns),
/* harmony export */   findModelVersion: () => (/* binding */ findModelVersion),
/* harmony export */   r5: () => (/* reexport safe */ _selector_js__WEBPACK_IMPORTED_MODULE_3__.r5),
/* harmony export */   tt: () => (/* reexport safe */ _selector_js__WEBPACK_IMPORTED_MODULE_3__.tt)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6580);
/* harmony import */ var _jobs_run_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(491);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1740);





/** Finds the model version a request names, or says clearly what exists instead. */
async function resolveModel(session, request) {
    if ('job' in request)
        return resolveByJob(session, request.job, request.name);
    await requireModelExists(session, request.name);
    const { selector } = request;
    if (selector.kind === 'version')
        return getVersion(session, request.name, selector.version);
    const tags = (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredTags */ .fr)(selector);
    // The service filters by one tag; the others (and that one again) are checked on each answer.
    const newest = await newestVersion(session, request.name, tags[0] && (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .filterText */ .Yf)(tags[0]), (v) => (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesTags */ .tt)(v.properties.tags ?? {}, selector));
    if (newest)
        return toResolved(request.name, newest);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model '${request.name}' has no version${tags.length ? ` tagged ${tags.map(_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .filterText */ .Yf).join(' and ')}` : ''} in workspace ` +
        `'${session.workspace.workspace}'.${await versionsHint(session, request.name)}`);
}
async function requireModelExists(session, name) {
    const { workspace } = session.workspace;
    try {
        await session.ml.containers('models').get(name);
    }
    catch (error) {
        if (!(0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw error;
        const names = [];
        for await (const c of session.ml.containers('models').list()) {
            if (c.name)
                names.push(c.name);
            if (names.length > 20)
                break;
        }
        const hint = !names.length
            ? ' The workspace has no models.'
            : names.length <= 20
                ? ` Models in it: ${names.sort().join(', ')}.`
                : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model '${name}' does not exist in workspace '${workspace}'.${hint}`);
    }
}
/** One version by name and number, or undefined when the workspace has no such model or version. */
async function findModelVersion(session, name, version) {
    try {
        return toResolved(name, await session.ml.versions('models').get(name, version));
    }
    catch (error) {
        if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
}
async function getVersion(session, name, version) {
    try {
        return toResolved(name, await session.ml.versions('models').get(name, version));
    }
    catch (error) {
        if (!(0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model '${name}' has no version ${version}.${await versionsHint(session, name)}`);
    }
}
/**
 * The newest version (by creation time) passing `accept`. The service is asked to filter and sort
 * (`tags`, `$orderBy=CreatedAtDesc`); `accept` re-checks each answer so a service that ignores a filter
 * cannot hand back a version without the tag.
 */
async function newestVersion(session, name, tags, accept) {
    const pages = session.ml.versions('models').list(name, { orderBy: 'CreatedAtDesc', tags }).byPage();
    let best;
    for await (const page of pages) {
        for (const v of page)
            if (accept(v) && (!best || createdAt(v) > createdAt(best)))
                best = v;
        // Sorted newest first: the first page with a match holds the newest match.
        if (best)
            break;
    }
    return best;
}
async function resolveByJob(session, job, name) {
    const { workspace } = session.workspace;
    const names = [];
    if (name) {
        await requireModelExists(session, name);
        names.push(name);
    }
    else {
        for await (const c of session.ml.containers('models').list())
            if (c.name)
                names.push(c.name);
    }
    const find = async (jobs) => {
        let best;
        for (const n of names) {
            const v = await newestVersion(session, n, undefined, (mv) => jobs.has(mv.properties.jobName ?? ''));
            if (v && (!best || createdAt(v) > createdAt(best.version)))
                best = { name: n, version: v };
        }
        return best;
    };
    const best = (await find(new Set([job]))) ?? (await find(await stepJobs(session, job)));
    if (best)
        return toResolved(best.name, best.version);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No model ${name ? `'${name}' ` : ''}in workspace '${workspace}' was registered by job '${job}' or its steps. ` +
        'Check the job name and that the job registered a model.');
}
/**
 * The runs that registered on behalf of a pipeline job: its steps (a model registered by a step records the
 * step's run id as `jobName`) and, for a step the service reused, the earlier run it reused, which is the one
 * that registered. Empty when run history cannot be read (a plain command job has no steps either).
 */
async function stepJobs(session, job) {
    const { steps, reused } = await pipelineStepRuns(session, job);
    return new Set([...steps, ...reused]);
}
/** A pipeline job's step run ids, and the earlier runs its reused steps took their outputs from. */
async function pipelineStepRuns(session, job) {
    const steps = new Set();
    const reused = new Set();
    const history = await _jobs_run_history_js__WEBPACK_IMPORTED_MODULE_2__/* .RunHistory */ .g.connect(session);
    if (!history)
        return { steps, reused };
    try {
        for (const step of await history.children(job)) {
            steps.add(step.runId);
            const earlier = step.properties?.['azureml.reusedrunid'];
            if (earlier)
                reused.add(earlier);
        }
    }
    catch (error) {
        if (!(0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw error;
    }
    return { steps, reused };
}
/** A list of the newest versions with their tags, for error messages. */
async function versionsHint(session, name) {
    const lines = [];
    for await (const v of session.ml.versions('models').list(name, { orderBy: 'CreatedAtDesc', top: 20 })) {
        const tags = Object.entries(v.properties.tags ?? {}).map(([k, val]) => (val ? `${k}=${val}` : k));
        lines.push(`${v.name}${tags.length ? ` (${tags.join(', ')})` : ''}`);
        if (lines.length >= 20)
            break;
    }
    return lines.length ? ` Versions (newest first): ${lines.join('; ')}.` : ' It has no versions.';
}
function toResolved(name, v) {
    const p = v.properties;
    if (!p.modelUri)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Model ${name} version ${v.name} has no modelUri; it cannot be downloaded.`);
    const tags = {};
    for (const [k, val] of Object.entries(p.tags ?? {}))
        tags[k] = val ?? '';
    return {
        name,
        version: v.name ?? '',
        id: v.id ?? '',
        modelUri: p.modelUri,
        modelType: p.modelType,
        jobName: p.jobName,
        tags,
        createdAt: v.systemData?.createdAt ? new Date(v.systemData.createdAt) : undefined,
    };
}
/** Creation time in ms (the wire carries ISO 8601). */
const createdAt = (v) => (v.systemData?.createdAt ? Date.parse(v.systemData.createdAt) || 0 : 0);


/***/ })

};
