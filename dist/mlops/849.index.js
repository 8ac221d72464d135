export const id = 849;
export const ids = [849];
export const modules = {

/***/ 849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AzureBackend: () => (/* binding */ AzureBackend)
});

// EXTERNAL MODULE: ./shared/assets/execute.ts
var execute = __webpack_require__(5);
// EXTERNAL MODULE: ./shared/assets/plan.ts
var assets_plan = __webpack_require__(2119);
// EXTERNAL MODULE: ./shared/assets/types.ts
var types = __webpack_require__(1591);
// EXTERNAL MODULE: ./shared/assets/workspace-assets.ts
var workspace_assets = __webpack_require__(2433);
;// CONCATENATED MODULE: ./shared/assets/register.ts




async function registerAssets(session, files, options) {
    const log = session.log;
    const assets = new workspace_assets/* WorkspaceAssets */.j(session);
    const plan = await log.group('Plan (read-only look-ups)', () => (0,assets_plan/* planRegistration */.dv)(assets, files, { strategy: options.strategy }));
    for (const warning of plan.warnings)
        log.warning(warning.message, warning.location);
    logPlan(session, plan, options.dryRun);
    const outcomes = options.dryRun
        ? allPlanned(plan).map((asset) => (0,execute/* outcomeOf */.sG)(asset, 'dry-run'))
        : await log.group('Register', () => (0,execute/* executePlan */.vY)(assets, plan, {
            tags: options.tags,
            uploader: options.uploader ?? (0,execute/* datastoreUploader */.AX)(session),
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
        if (c.name !== types/* ANONYMOUS_COMPONENT */.Kj)
            components[c.name] = c.version;
    for (const e of plan.environments)
        if (!e.anonymous)
            environments[e.name] = e.version;
    return { assets: outcomes, components, environments, dryRun };
}

// EXTERNAL MODULE: ./shared/core/errors.ts
var core_errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/azure/rest-errors.ts
var rest_errors = __webpack_require__(6580);
;// CONCATENATED MODULE: ./shared/azure/compute/compute-rest.ts
/** The ARM body `az ml compute create` sends for a compute YAML (the api-version of shared/azure/ml-api). */
function toComputeResource(spec, workspaceLocation) {
    const location = spec.location ?? workspaceLocation;
    const common = { computeLocation: location, description: spec.description };
    const properties = spec.type === 'amlcompute' ? amlComputeBody(spec, common) : computeInstanceBody(spec, common);
    return {
        location,
        tags: Object.keys(spec.tags).length ? spec.tags : undefined,
        identity: spec.type === 'amlcompute' && spec.identity ? { type: 'SystemAssigned' } : undefined,
        properties,
    };
}
function amlComputeBody(spec, common) {
    return {
        computeType: 'AmlCompute',
        ...common,
        properties: {
            osType: 'Linux',
            vmSize: spec.size,
            vmPriority: spec.tier === 'low_priority' ? 'LowPriority' : 'Dedicated',
            scaleSettings: scaleSettingsOf(spec),
            remoteLoginPortPublicAccess: sshAccess(spec.sshPublicAccess) ?? 'NotSpecified',
        },
    };
}
function computeInstanceBody(spec, common) {
    return {
        computeType: 'ComputeInstance',
        ...common,
        properties: {
            vmSize: spec.size,
            sshSettings: spec.sshPublicAccess === undefined ? undefined : { sshPublicAccess: sshAccess(spec.sshPublicAccess) },
            schedules: spec.schedules.length
                ? {
                    computeStartStop: spec.schedules.map((s) => ({
                        action: s.action === 'start' ? 'Start' : 'Stop',
                        triggerType: 'Cron',
                        status: 'Enabled',
                        cron: { triggerType: 'Cron', expression: s.cron, startTime: s.startTime, timeZone: s.timeZone },
                    })),
                }
                : undefined,
        },
    };
}
const sshAccess = (enabled) => enabled === undefined ? undefined : enabled ? 'Enabled' : 'Disabled';
function scaleSettingsOf(spec) {
    return {
        minNodeCount: spec.minInstances,
        maxNodeCount: spec.maxInstances,
        nodeIdleTimeBeforeScaleDown: `PT${spec.idleSecondsBeforeScaleDown}S`,
    };
}
/** ISO 8601 durations as the service returns them (PT120S, PT2M, PT1H30M) in seconds. */
function durationSeconds(iso) {
    if (!iso)
        return undefined;
    const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
    if (!m)
        return undefined;
    const [, d, h, min, s] = m.map((x) => Number(x ?? 0));
    return d * 86400 + h * 3600 + min * 60 + s;
}
/** Compares a compute YAML with the compute that exists: what can be patched, and what cannot change. */
function diffCompute(spec, existing) {
    const props = existing.properties;
    const diff = { changes: [], immutable: [] };
    const existingType = props?.computeType;
    const wantedType = spec.type === 'amlcompute' ? 'AmlCompute' : 'ComputeInstance';
    if (existingType !== wantedType) {
        diff.immutable.push(`type: ${existingType} -> ${wantedType}`);
        return diff;
    }
    const inner = props.properties;
    const vmSize = inner?.vmSize;
    if (vmSize && vmSize.toLowerCase() !== spec.size.toLowerCase())
        diff.immutable.push(`size: ${vmSize} -> ${spec.size}`);
    if (spec.type === 'amlcompute')
        diffAmlCompute(spec, props.properties, diff);
    return diff;
}
function diffAmlCompute(spec, props, diff) {
    const tier = props?.vmPriority === 'LowPriority' ? 'low_priority' : 'dedicated';
    if (props?.vmPriority && tier !== spec.tier)
        diff.immutable.push(`tier: ${tier} -> ${spec.tier}`);
    const current = props?.scaleSettings;
    const wanted = scaleSettingsOf(spec);
    const fields = [
        ['min_instances', current?.minNodeCount ?? 0, spec.minInstances],
        ['max_instances', current?.maxNodeCount, spec.maxInstances],
        [
            'idle_time_before_scale_down',
            durationSeconds(current?.nodeIdleTimeBeforeScaleDown),
            spec.idleSecondsBeforeScaleDown,
        ],
    ];
    for (const [name, was, now] of fields)
        if (was !== now)
            diff.changes.push(`${name}: ${was ?? '(unset)'} -> ${now}`);
    if (diff.changes.length)
        diff.scaleSettings = wanted;
}

;// CONCATENATED MODULE: ./shared/azure/compute/ensure-compute.ts



/** Instance states worth waiting out; anything else that is not Running or Stopped is a failure. */
const TRANSITIONAL = new Set([
    'Creating',
    'Starting',
    'SettingUp',
    'UserSettingUp',
    'Restarting',
    'Stopping',
    'Unknown',
]);
const READY = new Set(['Running', 'JobRunning']);
/**
 * Makes a compute exist, match its YAML and (for an instance) run, idempotently: a running
 * instance is left alone without a single write request; a cluster is never "started" (it scales).
 */
async function ensureCompute(session, options) {
    const deadline = Date.now() + options.waitTimeoutMs;
    const ops = new ComputeCalls(session, options.name, deadline);
    let resource = await ops.get();
    let created = false;
    let updated = [];
    const failure = resource && failedState(resource);
    if (resource && failure) {
        await recreateFailed(session, ops, options, resource, failure);
        resource = undefined;
    }
    if (!resource) {
        resource = await createCompute(session, ops, options);
        created = true;
    }
    else if (options.spec) {
        updated = await reconcile(session, ops, options.spec, resource);
        if (updated.length)
            resource = (await ops.get());
    }
    assertProvisioned(resource, options.name);
    const computeType = resource.properties?.computeType ?? 'Unknown';
    const base = { name: options.name, id: resource.id ?? '', computeType, created, updated };
    if (computeType !== 'ComputeInstance') {
        const amlProps = resource.properties?.properties ?? {};
        const scale = amlProps.scaleSettings;
        session.log.info(`${computeType} '${options.name}' is ready; clusters scale with their jobs and are never started.`);
        return {
            ...base,
            state: String(amlProps.allocationState ?? resource.properties?.provisioningState ?? 'Succeeded'),
            started: false,
            nodes: {
                current: amlProps.currentNodeCount,
                target: amlProps.targetNodeCount,
                min: scale?.minNodeCount,
                max: scale?.maxNodeCount,
            },
        };
    }
    const { state, started } = await driveInstanceToRunning(session, ops, resource, options);
    return { ...base, state, started };
}
async function createCompute(session, ops, options) {
    const { name, spec } = options;
    const where = `workspace '${session.workspace.workspace}'`;
    if (!options.create)
        throw new core_errors/* UserError */.yo(`Compute '${name}' does not exist in ${where}, and 'create' is false.`);
    if (!spec)
        throw new core_errors/* UserError */.yo(`Compute '${name}' does not exist in ${where}. Give 'file' (a compute YAML) so it can be created.`);
    const ws = await session.ml.workspace.get();
    const body = toComputeResource(spec, ws.location ?? '');
    session.log.info(`Creating ${spec.type} '${name}' (${spec.size}) in ${body.location}...`);
    await ops.lro(`Creating compute '${name}'`, (o) => session.ml.computes.createOrUpdate(name, body, o));
    session.log.info(`Created compute '${name}'.`);
    return (await ops.get());
}
/** Patches what can change in place (cluster scale settings) and warns about what cannot. */
async function reconcile(session, ops, spec, existing) {
    const diff = diffCompute(spec, existing);
    const file = spec.source?.file;
    for (const change of diff.immutable) {
        const field = change.split(':')[0];
        session.log.warning(`Compute '${spec.name}' differs from its YAML in ${change}, which cannot change in place; delete and re-create the compute to apply it.`, file ? { file, line: spec.source?.lines[field] ?? spec.source?.lines.type } : undefined);
    }
    if (!diff.scaleSettings)
        return [];
    const scaleSettings = diff.scaleSettings;
    session.log.info(`Updating compute '${spec.name}': ${diff.changes.join(', ')}`);
    await ops.lro(`Updating compute '${spec.name}'`, (o) => session.ml.computes.update(spec.name, { properties: { properties: { scaleSettings } } }, o));
    return diff.changes;
}
/** Instance states a compute does not leave on its own: only a delete (and a new create) gets past them. */
const FAILED_STATES = new Set(['CreateFailed', 'SetupFailed', 'Unusable']);
/** Why a compute is unusable for good (an instance's failed state, or a failed provisioning), if it is. */
function failedState(resource) {
    const state = resource.properties?.computeType === 'ComputeInstance' ? instanceState(resource) : undefined;
    if (state && FAILED_STATES.has(state))
        return state;
    return resource.properties?.provisioningState === 'Failed' ? 'provisioning Failed' : undefined;
}
/** The errors the service keeps on a compute: an instance's `errors`, and `provisioningErrors`. */
function computeErrors(resource) {
    const instance = resource.properties?.properties?.errors ?? [];
    const provisioning = resource.properties?.provisioningErrors ?? [];
    const text = [...instance, ...provisioning].map((e) => e.error?.code && e.error.message ? `${e.error.code}: ${e.error.message}` : (e.error?.message ?? e.error?.code));
    return [...new Set(text.filter((t) => Boolean(t)))];
}
/**
 * A compute that failed to provision stays failed until deleted. Its errors are printed first (they say why the
 * new create could fail the same way); with `recreateFailed` it is deleted, awaited, so the create that follows
 * starts from nothing; without it the failure names the input that is the way out.
 */
async function recreateFailed(session, ops, options, resource, failure) {
    const { name } = options;
    const errors = computeErrors(resource);
    const said = errors.length ? `: ${errors.join('; ')}` : '.';
    session.log.warning(`Compute '${name}' is ${failure}${said}`);
    if (!options.recreateFailed) {
        throw new core_errors/* UserError */.yo(`Compute '${name}' is ${failure} and cannot be used${said}\nSet 'recreate-failed: true' to delete it and ` +
            `create it again from 'file', or delete it in the studio.`);
    }
    if (!options.spec || !options.create)
        throw new core_errors/* UserError */.yo(`Compute '${name}' is ${failure}; 'recreate-failed' needs 'file' (its compute YAML) and 'create: true' ` +
            'to create it again.');
    session.log.info(`Deleting compute '${name}' (${failure}) to create it again ('recreate-failed' is true)...`);
    await ops.lro(`Deleting compute '${name}'`, (o) => session.ml.computes.delete(name, 'Delete', o));
    session.log.info(`Deleted compute '${name}'.`);
}
function assertProvisioned(resource, name) {
    const props = resource.properties;
    if (props?.provisioningState !== 'Failed')
        return;
    const errors = (props.provisioningErrors ?? []).map((e) => e.error?.message ?? e.error?.code).filter(Boolean);
    throw new core_errors/* UserError */.yo(`Compute '${name}' failed to provision${errors.length ? `: ${errors.join('; ')}` : '.'}`);
}
async function driveInstanceToRunning(session, ops, resource, options) {
    let started = false;
    for (;;) {
        const state = instanceState(resource);
        if (READY.has(state)) {
            if (!started)
                session.log.info(`Compute instance '${options.name}' is already ${state}; nothing to do.`);
            return { state, started };
        }
        if (state === 'Stopped') {
            if (!options.start) {
                session.log.info(`Compute instance '${options.name}' is Stopped and 'start' is false; leaving it stopped.`);
                return { state, started };
            }
            options.onStartRequested?.();
            session.log.info(`Starting compute instance '${options.name}'...`);
            await ops.lro(`Starting compute instance '${options.name}'`, (o) => session.ml.computes.start(options.name, o));
            started = true;
        }
        else if (TRANSITIONAL.has(state)) {
            session.log.info(`Compute instance '${options.name}' is ${state}; waiting...`);
            await ops.pause(state);
        }
        else {
            throw new core_errors/* UserError */.yo(`Compute instance '${options.name}' is ${state}${instanceErrors(resource)}`);
        }
        resource = (await ops.get()) ?? resource;
    }
}
function instanceState(resource) {
    return resource.properties?.properties?.state ?? 'Unknown';
}
function instanceErrors(resource) {
    const errors = resource.properties?.properties?.errors ?? [];
    const text = errors.map((e) => e.error?.message ?? e.error?.code).filter(Boolean);
    return text.length ? `: ${text.join('; ')}` : '.';
}
/** Stops a compute instance (the post step's job), waiting out a start still in progress. */
async function stopComputeInstance(session, name, waitTimeoutMs) {
    const ops = new ComputeCalls(session, name, Date.now() + waitTimeoutMs);
    for (;;) {
        const resource = await ops.get();
        if (!resource)
            return { stopped: false, state: 'NotFound' };
        const state = instanceState(resource);
        if (state === 'Stopped' || state === 'Stopping') {
            session.log.info(`Compute instance '${name}' is already ${state}.`);
            return { stopped: false, state };
        }
        if (READY.has(state)) {
            session.log.info(`Stopping compute instance '${name}' started by this run...`);
            await ops.lro(`Stopping compute instance '${name}'`, (o) => session.ml.computes.stop(name, o));
            return { stopped: true, state: 'Stopped' };
        }
        if (!TRANSITIONAL.has(state))
            return { stopped: false, state };
        await ops.pause(state);
    }
}
/** The compute calls of one step, sharing its deadline and poll interval. */
class ComputeCalls {
    session;
    name;
    deadline;
    constructor(session, name, deadline) {
        this.session = session;
        this.name = name;
        this.deadline = deadline;
    }
    async get() {
        try {
            return await this.session.ml.computes.get(this.name);
        }
        catch (error) {
            if ((0,rest_errors/* isNotFound */.c4)(error))
                return undefined;
            throw error;
        }
    }
    /** Runs a long-running operation (core-lro's poller in the REST layer), aborted at the step's deadline. */
    async lro(doing, call) {
        const remaining = this.deadline - Date.now();
        if (remaining <= 0)
            throw this.timeout(doing);
        const abortSignal = AbortSignal.timeout(remaining);
        try {
            return await (0,rest_errors/* callAzure */.Ki)(doing, () => call({ intervalMs: this.session.pollIntervalMs, abortSignal }));
        }
        catch (error) {
            if (abortSignal.aborted)
                throw this.timeout(doing);
            throw error;
        }
    }
    async pause(state) {
        if (Date.now() + this.session.pollIntervalMs > this.deadline)
            throw this.timeout(`Waiting while the compute is ${state}`);
        await new Promise((resolve) => setTimeout(resolve, this.session.pollIntervalMs));
    }
    timeout(doing) {
        return new core_errors/* UserError */.yo(`${doing} did not finish within 'wait-timeout'. Raise 'wait-timeout' or check the compute in the studio.`);
    }
}

// EXTERNAL MODULE: ./shared/azure/create-session.ts + 2 modules
var create_session = __webpack_require__(2410);
// EXTERNAL MODULE: ./shared/github/branch-scope.ts
var branch_scope = __webpack_require__(5031);
// EXTERNAL MODULE: ./shared/jobs/index.ts + 5 modules
var jobs = __webpack_require__(5527);
// EXTERNAL MODULE: ./shared/storage/download.ts + 1 modules
var storage_download = __webpack_require__(5306);
// EXTERNAL MODULE: ./shared/models/lineage.ts
var models_lineage = __webpack_require__(9676);
// EXTERNAL MODULE: ./shared/jobs/job-resource.ts
var job_resource = __webpack_require__(2421);
// EXTERNAL MODULE: ./shared/storage/datastore.ts
var storage_datastore = __webpack_require__(5761);
;// CONCATENATED MODULE: ./shared/models/model-uri.ts

const SHORT = /^azureml:\/\/datastores\/([^/]+)\/paths\/(.*)$/i;
const LONG = /^azureml:\/\/subscriptions\/[^/]+\/resource[gG]roups\/[^/]+\/workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.*)$/i;
const EXPERIMENT_RUN = /^azureml:\/\/datastores\/([^/]+)\/(ExperimentRun\/.+)$/i;
const JOB_OUTPUT = /^azureml:\/\/jobs\/([^/]+)\/outputs\/([^/]+)(?:\/paths\/(.*))?$/i;
const HTTPS_BLOB = /^https:\/\/([a-z0-9]+)\.blob\.([^/:]+)(?::443)?\/([^/?]+)\/?([^?]*)/i;
const WASBS = /^wasbs?:\/\/([^@/]+)@([a-z0-9]+)\.blob\.([^/]+)\/?([^?]*)/i;
function parseModelUri(uri) {
    const u = uri.trim();
    let m;
    if ((m = SHORT.exec(u)))
        return { kind: 'datastore', datastore: m[1], path: trimLead(m[2]) };
    if ((m = LONG.exec(u)))
        return { kind: 'datastore', datastore: m[2], path: trimLead(m[3]), workspace: m[1] };
    if ((m = EXPERIMENT_RUN.exec(u)))
        return { kind: 'datastore', datastore: m[1], path: m[2] };
    if ((m = JOB_OUTPUT.exec(u)))
        return { kind: 'job-output', job: m[1], output: m[2], path: trimLead(m[3] ?? '') };
    if ((m = HTTPS_BLOB.exec(u))) {
        return { kind: 'blob', accountName: m[1], endpointSuffix: m[2], container: m[3], path: decodePath(m[4]) };
    }
    if ((m = WASBS.exec(u))) {
        return { kind: 'blob', accountName: m[2], endpointSuffix: m[3], container: m[1], path: decodePath(m[4]) };
    }
    if (/^runs:\//.test(u)) {
        throw new core_errors/* UserError */.yo(`Model URI '${uri}' points into an MLflow run; register the model from the job output instead (azureml://jobs/<job>/outputs/<output>).`);
    }
    throw new core_errors/* UserError */.yo(`Model URI '${uri}' is not a form this action can read. Supported: azureml://datastores/<ds>/paths/<p>, ` +
        'azureml://subscriptions/.../workspaces/<ws>/datastores/<ds>/paths/<p>, azureml://jobs/<job>/outputs/<output>/paths/<p>, ' +
        'https://<account>.blob.<suffix>/<container>/<p> and wasbs://<container>@<account>.blob.<suffix>/<p>.');
}
/** Joins a base location's path with a sub-path (a job output's URI plus the model URI's `paths/...`). */
function joinPath(base, sub) {
    if (!sub)
        return base;
    if (!base)
        return sub;
    return `${base.replace(/\/+$/, '')}/${sub}`;
}
const trimLead = (p) => p.replace(/^\/+/, '');
const decodePath = (p) => trimLead(decodeURIComponent(p));

;// CONCATENATED MODULE: ./shared/models/locate.ts




/** Jobs are read by the one job reader (shared/jobs/job-resource.ts); re-exported for existing importers. */

/** Turns any `modelUri` form into a container and a path, following job outputs to their datastore. */
async function locateModelFiles(session, modelUri) {
    const location = await throughJobOutput(session, parseModelUri(modelUri));
    if (location.kind === 'blob') {
        const access = await (0,storage_datastore/* blobUrlAccess */.JK)(session, {
            accountName: location.accountName,
            containerName: location.container,
            endpointSuffix: location.endpointSuffix,
        });
        return { access, path: location.path };
    }
    if (location.workspace && location.workspace.toLowerCase() !== session.workspace.workspace.toLowerCase()) {
        throw new core_errors/* UserError */.yo(`Model URI '${modelUri}' points at workspace '${location.workspace}', not '${session.workspace.workspace}'; ` +
            'set the workspace input to the workspace that holds the datastore.');
    }
    const datastore = await (0,storage_datastore/* getBlobDatastore */.R4)(session, location.datastore);
    return { access: (0,storage_datastore/* datastoreAccess */.aC)(session, datastore), path: location.path };
}
/**
 * A job output is stored wherever the job wrote it: its `uri` when the job recorded one; else the service's
 * defaults, `artifacts` in the run's artifact store, a named output under azureml/<job>/<output>/.
 */
async function throughJobOutput(session, location) {
    if (location.kind !== 'job-output')
        return location;
    const { job, output, path } = location;
    if (output === 'artifacts') {
        return {
            kind: 'datastore',
            datastore: 'workspaceartifactstore',
            path: joinPath(`ExperimentRun/dcid.${job}`, path),
        };
    }
    const recorded = outputUri(await (0,job_resource/* getJob */.ax)(session, job), output);
    if (!recorded) {
        return { kind: 'datastore', datastore: 'workspaceblobstore', path: joinPath(`azureml/${job}/${output}`, path) };
    }
    const base = parseModelUri(recorded);
    if (base.kind === 'job-output')
        throw new core_errors/* UserError */.yo(`Output '${output}' of job '${job}' points at another job output (${recorded}).`);
    return { ...base, path: joinPath(base.path, path) };
}
function outputUri(job, output) {
    const outputs = job.properties.outputs ?? {};
    if (!(output in outputs)) {
        const names = Object.keys(outputs);
        throw new core_errors/* UserError */.yo(`Job '${job.name}' has no output '${output}'.${names.length ? ` Its outputs: ${names.join(', ')}.` : ''}`);
    }
    return outputs[output]?.uri || undefined;
}

// EXTERNAL MODULE: ./shared/models/resolve.ts
var resolve = __webpack_require__(9565);
;// CONCATENATED MODULE: ./shared/models/download-model.ts





/** Resolves the model version, downloads its files intact, and writes its lineage beside them. */
async function downloadModel(session, options) {
    const { log } = session;
    const { request } = options;
    const model = await log.group('Resolve the model version', async () => {
        const what = 'job' in request
            ? `the model registered by job ${request.job}`
            : `${request.name}: ${(0,resolve/* describeSelector */.r5)(request.selector)}`;
        const found = await (0,resolve/* resolveModel */.AX)(session, request);
        log.info(`Resolved ${what} -> ${found.name} version ${found.version} (${found.modelUri}).`);
        return found;
    });
    const job = model.jobName ? await trainingJob(session, model.jobName) : undefined;
    const download = await log.group(`Download ${model.name}:${model.version}`, async () => {
        const files = await locateModelFiles(session, model.modelUri);
        return (0,storage_download/* downloadPrefix */.hq)(files.access, files.path, options.destination, {
            log,
            concurrency: options.concurrency,
            maxAttempts: options.maxAttempts,
            retryDelayMs: options.retryDelayMs,
        });
    });
    const lineage = (0,models_lineage/* modelLineage */.xR)(model, job, { files: download.files.length, bytes: download.bytes, at: new Date() });
    const lineageFile = await (0,models_lineage/* writeLineage */.fn)(options.destination, lineage, download.files.map((f) => f.relativePath));
    log.info(`Lineage written to ${lineageFile}.`);
    return { model, lineage, lineageFile, download };
}
/** The training job's lineage; a job deleted since (its model remains) costs the commit, not the download. */
async function trainingJob(session, name) {
    try {
        return (0,models_lineage/* jobLineage */.XR)(await (0,job_resource/* getJob */.ax)(session, name));
    }
    catch (error) {
        if (!(error instanceof core_errors/* UserError */.yo))
            throw error;
        session.log.warning(`${error.message} The lineage records the job name only.`);
        return { name, tags: {} };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 139 modules
var esm = __webpack_require__(1991);
// EXTERNAL MODULE: ./shared/azure/ml-api/ml-api.ts
var ml_api = __webpack_require__(7563);
// EXTERNAL MODULE: ./shared/pipeline/hashing.ts + 1 modules
var hashing = __webpack_require__(9247);
// EXTERNAL MODULE: ./shared/storage/access.ts
var storage_access = __webpack_require__(1028);
// EXTERNAL MODULE: ./shared/storage/blob-auth.ts
var blob_auth = __webpack_require__(2912);
// EXTERNAL MODULE: ./shared/storage/upload.ts
var upload = __webpack_require__(4267);
// EXTERNAL MODULE: ./shared/lineage/keys.ts
var keys = __webpack_require__(8742);
// EXTERNAL MODULE: ./shared/core/azure-names.ts
var azure_names = __webpack_require__(5314);
;// CONCATENATED MODULE: ./shared/models/copy-target.ts
/**
 * The `copy-to` input of promote-model: where a model version is copied (a registry or another workspace), parsed
 * and described without loading anything that talks to a service (copy.ts does the copying).
 */


/** The registry name rule (`registryName` pattern of the 2025-12-01 spec). */
const REGISTRY = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{2,32}$/;
const COPY_TO_FORMS = (/* unused pure expression or super */ null && ('registry:NAME, registry:RESOURCE_GROUP/NAME, workspace:NAME, workspace:RESOURCE_GROUP/NAME or ' +
    'workspace:SUBSCRIPTION_ID/RESOURCE_GROUP/NAME'));
/** Parses the `copy-to` input; empty: no copy. */
function parseCopyTarget(value, input = 'copy-to') {
    const v = value.trim();
    if (!v)
        return undefined;
    const colon = v.indexOf(':');
    const kind = v.slice(0, colon);
    const parts = v.slice(colon + 1).split('/');
    const bad = (why) => new UserError(`Input '${input}': '${value}' ${why}; write ${COPY_TO_FORMS}.`);
    if (kind === 'registry') {
        const [registry, resourceGroup] = [...parts].reverse();
        if (parts.length > 2 || !REGISTRY.test(registry))
            throw bad('is not a registry name (3 to 33 letters, digits, hyphens and underscores)');
        if (resourceGroup !== undefined && !validCoordinates({ resourceGroup }))
            throw bad('names no valid resource group (1 to 90 letters, digits, _-.())');
        return { kind, registry, resourceGroup };
    }
    if (kind !== 'workspace' || parts.length > 3)
        throw bad('is not a place to copy to');
    const [workspace, resourceGroup, subscriptionId] = [...parts].reverse();
    if (!validCoordinates({ workspace, resourceGroup, subscriptionId }))
        throw bad('names no valid workspace (subscription: a GUID; resource group: 1 to 90 letters, digits, _-.(); ' +
            'workspace: 3 to 33 letters, digits, hyphens and underscores)');
    return { kind, workspace, resourceGroup, subscriptionId };
}
/** The workspace inputs' rules (shared/core/azure-names.ts) for the coordinates given; their message names those inputs. */
function validCoordinates(given) {
    try {
        checkWorkspaceCoordinates({
            workspace: given.workspace ?? 'mlw',
            resourceGroup: given.resourceGroup ?? 'rg',
            subscriptionId: given.subscriptionId ?? '00000000-0000-0000-0000-000000000000',
        });
        return true;
    }
    catch {
        return false;
    }
}
/** How a target is named in messages. */
function describeTarget(target) {
    return target.kind === 'registry' ? `registry '${target.registry}'` : `workspace '${target.workspace}'`;
}

;// CONCATENATED MODULE: ./shared/models/copy.ts
/**
 * Copies a model version to where another environment reads it: an Azure ML registry (what `az ml model share`
 * and `az ml model create --registry-name` do) or another workspace (dev -> prod). Same name and version; the
 * files, the description, type, flavors, tags and properties are carried, plus lineage properties (the source
 * version, its job, the job's commit, the content hash).
 *
 * The files go through the runner: downloaded from the source (each blob checked against its size and
 * Content-MD5), hashed as azure-ai-ml hashes an upload (sha256, hash_version 202208), uploaded to the target's
 * storage under `LocalUpload/<hash>/<name>` (a registry hands out that storage with `startPendingUpload`; a
 * workspace's is its default datastore), and checked there blob by blob (size and Content-MD5) before the
 * version is created. A version already in the target with the same content hash is left alone (`unchanged`);
 * one with other content is an error, never overwritten (versions are immutable).
 */





















/**
 * The properties a copy carries its lineage in: the training job and its commit under the suite's lineage keys
 * (shared/lineage/keys.ts), and what only a copy records (where it came from, its content hash) in the same namespace.
 */
const COPY_PROPERTIES = {
    source: `${keys/* AZURE_TAG_PREFIX */.kL}.source-model`,
    job: (0,keys/* lineageKey */.Bo)('azure', 'trainingJob'),
    commit: (0,keys/* lineageKey */.Bo)('azure', 'trainingCommit'),
    repository: `${keys/* AZURE_TAG_PREFIX */.kL}.repository`,
    contentHash: `${keys/* AZURE_TAG_PREFIX */.kL}.content-hash`,
    hashVersion: `${keys/* AZURE_TAG_PREFIX */.kL}.content-hash-version`,
};
async function copyModel(session, request) {
    const { log } = session;
    const resolved = await (0,resolve/* resolveModel */.AX)(session, { name: request.name, selector: request.selector });
    const { name, version } = resolved;
    const source = await session.ml.versions('models').get(name, version);
    const destination = copyDestination(session, request.target);
    log.info(`Copying ${name}:${version} to ${destination.label}.`);
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'model-copy-'));
    try {
        const files = await locateModelFiles(session, resolved.modelUri);
        const download = await log.group(`Download ${name}:${version}`, () => (0,storage_download/* downloadPrefix */.hq)(files.access, files.path, scratch, { log, concurrency: request.concurrency }));
        const snapshot = download.files.map((f) => ({ relativePath: f.relativePath, absolutePath: f.path, size: f.size }));
        const contentHash = await (0,hashing/* contentHash202208 */.iy)(snapshot);
        const base = { name, version, sourceId: resolved.id, target: destination.label, contentHash };
        const counts = { files: download.files.length, bytes: download.bytes };
        const existing = await destination.get(name, version);
        if (existing) {
            const held = existing.properties.properties?.[COPY_PROPERTIES.contentHash];
            if (held === contentHash) {
                log.info(`${destination.label} holds ${name}:${version} with content ${contentHash} already; nothing copied.`);
                return {
                    ...base,
                    ...counts,
                    targetId: existing.id ?? '',
                    modelUri: existing.properties.modelUri ?? '',
                    status: 'unchanged',
                };
            }
            throw new core_errors/* UserError */.yo(`${destination.label} already has ${name}:${version} with ${held ? `other content (${held})` : 'content of unknown hash'}, ` +
                `not this version's (${contentHash}). Versions are immutable: copy another version or delete that one first.`);
        }
        const storage = await destination.storage(name, version);
        const uploaded = await log.group(`Upload to ${destination.label}`, () => (0,upload/* uploadFolder */.y)(storage.access, {
            source: scratch,
            hash: contentHash,
            files: snapshot.map((f) => f.relativePath),
            dirName: name,
            assetName: name,
            assetVersion: version,
            concurrency: request.concurrency,
            log,
        }));
        await verifyUpload(storage.access, uploaded.prefix, snapshot);
        const single = download.kind === 'file' ? `/${snapshot[0].relativePath}` : '/';
        const modelUri = storage.uriOf(`${uploaded.prefix}${single}`);
        const body = copyBody(source, { modelUri, contentHash, omitTags: request.omitTags ?? [] });
        Object.assign(body.properties.properties, await jobProperties(session, source.properties.jobName));
        const created = await destination.create(name, version, body);
        log.info(`Created ${name}:${version} in ${destination.label} (${modelUri}).`);
        return { ...base, ...counts, targetId: created.id ?? '', modelUri, status: 'copied' };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/** The target's version: the source's description, type, flavors, tags and properties, with its lineage. */
function copyBody(source, copy) {
    const p = source.properties;
    const tags = { ...(p.tags ?? {}) };
    for (const key of copy.omitTags)
        delete tags[key];
    return {
        properties: {
            ...(p.description ? { description: p.description } : {}),
            ...(p.modelType ? { modelType: p.modelType } : {}),
            ...(p.flavors ? { flavors: p.flavors } : {}),
            tags,
            properties: {
                ...(p.properties ?? {}),
                [COPY_PROPERTIES.source]: source.id ?? '',
                [COPY_PROPERTIES.contentHash]: copy.contentHash,
                [COPY_PROPERTIES.hashVersion]: hashing/* CODE_HASH_VERSION */.yr,
            },
            modelUri: copy.modelUri,
        },
    };
}
/**
 * The training job's name, commit and repository, as properties: the job stays in the source workspace, so the
 * copy names it rather than pointing `jobName` at a job its own workspace does not have.
 */
async function jobProperties(session, job) {
    if (!job)
        return {};
    const out = { [COPY_PROPERTIES.job]: job };
    try {
        const lineage = (0,models_lineage/* jobLineage */.XR)(await (0,job_resource/* getJob */.ax)(session, job));
        if (lineage.commit)
            out[COPY_PROPERTIES.commit] = lineage.commit;
        if (lineage.repository)
            out[COPY_PROPERTIES.repository] = lineage.repository;
    }
    catch (error) {
        if (!(error instanceof core_errors/* UserError */.yo))
            throw error;
        session.log.warning(`${error.message} The copy records the job name only.`);
    }
    return out;
}
/** Every file is in the target with its size and the Content-MD5 of the local bytes, or the copy stops here. */
async function verifyUpload(access, prefix, files) {
    const held = new Map();
    await access.use(async (container) => {
        for await (const blob of container.listBlobsFlat({ prefix: `${prefix}/` })) {
            const md5 = blob.properties.contentMD5 ? Buffer.from(blob.properties.contentMD5).toString('base64') : undefined;
            held.set(blob.name.slice(prefix.length + 1), { size: blob.properties.contentLength, md5 });
        }
    });
    const wrong = [];
    for (const file of files) {
        const blob = held.get(file.relativePath);
        const md5 = (0,external_node_crypto_.createHash)('md5');
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file.absolutePath), md5);
        if (!blob || blob.size !== file.size || blob.md5 !== md5.digest('base64'))
            wrong.push(file.relativePath);
    }
    if (wrong.length)
        throw new Error(`the copy at ${access.url}/${prefix} does not match the source (${wrong.slice(0, 5).join(', ')}); nothing was registered`);
}
function copyDestination(session, target) {
    return target.kind === 'registry' ? registryDestination(session, target) : workspaceDestination(session, target);
}
/** A registry: its storage comes from `startPendingUpload` (a container and a SAS for it), as azure-ai-ml's share. */
function registryDestination(session, { registry, resourceGroup }) {
    const models = session.ml.registryModels(registry, resourceGroup);
    return {
        label: `registry '${registry}'`,
        get: (name, version) => orUndefined(models.get(name, version)),
        async storage(name, version) {
            const pending = await models.startPendingUpload(name, version);
            const ref = pending.blobReferenceForConsumption;
            const sasUri = ref?.credential?.sasUri;
            if (!ref?.blobUri || !sasUri)
                throw new Error(`registry '${registry}' answered startPendingUpload without a blob location and SAS`);
            const sas = new URL(sasUri).search;
            (0,blob_auth/* maskAuth */.pN)({ kind: 'sas', token: sas }, session.log);
            const blobUri = ref.blobUri.replace(/\/+$/, '');
            // The swagger's `blobReferenceForConsumption` is a container ("Container level read, write, list SAS"):
            // a location deeper than a container is not what this copy knows how to fill, so it stops before writing.
            if (new URL(blobUri).pathname.split('/').filter(Boolean).length !== 1)
                throw new Error(`registry '${registry}' handed out ${blobUri}, not a blob container; nothing was copied`);
            const access = (0,storage_access/* directAccess */.Mc)(new esm/* ContainerClient */.bM(`${blobUri}${sas}`, new esm/* AnonymousCredential */.tv()));
            return { access, uriOf: (prefix) => `${blobUri}/${prefix}` };
        },
        create: (name, version, body) => models.createOrUpdate(name, version, body),
    };
}
/** Another workspace, reached with the same sign-in: its default datastore holds the files. */
function workspaceDestination(session, target) {
    const other = sessionFor(session, target);
    const ref = other.workspace;
    const versions = other.ml.versions('models');
    return {
        label: `workspace '${ref.workspace}'`,
        get: (name, version) => orUndefined(versions.get(name, version)),
        async storage() {
            const name = await (0,storage_datastore/* defaultDatastoreName */.IR)(other);
            const datastore = await (0,storage_datastore/* getBlobDatastore */.R4)(other, name);
            return {
                access: (0,storage_datastore/* datastoreAccess */.aC)(other, datastore),
                uriOf: (prefix) => `azureml://datastores/${name}/paths/${prefix}`,
            };
        },
        create: (name, version, body) => versions.createOrUpdate(name, version, body),
    };
}
/** The session pointed at another workspace: the same sign-in and REST client. */
function sessionFor(session, target) {
    const ref = {
        subscriptionId: target.subscriptionId ?? session.workspace.subscriptionId,
        resourceGroup: target.resourceGroup ?? session.workspace.resourceGroup,
        workspace: target.workspace,
    };
    const ml = new ml_api/* MlApi */.W(session.ml.rest, ref, session.pollIntervalMs);
    return { ...session, workspace: ref, ml, workspaceId: ml.workspaceId };
}
async function orUndefined(read) {
    try {
        return await read;
    }
    catch (error) {
        if ((0,rest_errors/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
}

// EXTERNAL MODULE: ./shared/models/promote.ts
var promote = __webpack_require__(9141);
;// CONCATENATED MODULE: ./shared/models/promote-azure.ts




/** The store a promotion writes to: the session's workspace, or a copy's target. */
function azureModelTagStore(session, target) {
    if (target?.kind === 'registry')
        return registryModelTagStore(session, target.registry, target.resourceGroup);
    const ws = target ? sessionFor(session, target) : session;
    const versions = ws.ml.versions('models');
    return {
        where: `workspace '${ws.workspace.workspace}'`,
        async resolve(name, selector) {
            const found = await (0,resolve/* resolveModel */.AX)(ws, { name, selector });
            return { version: found.version, id: found.id, tags: found.tags };
        },
        holders: (name, tag) => holdersIn(versions.list(name, { tags: tagText(tag), listViewType: 'All' }), tag),
        async updateTags(name, version, edit) {
            const current = await versions.get(name, version);
            return writeTags(current, edit, (body) => versions.createOrUpdate(name, version, body));
        },
    };
}
/** A registry's model versions (`registries/{r}/models/{name}/versions`), written through their long-running PUT. */
function registryModelTagStore(session, registry, resourceGroup) {
    const models = session.ml.registryModels(registry, resourceGroup);
    const where = `registry '${registry}'`;
    return {
        where,
        async resolve(name, selector) {
            if (selector.kind === 'version') {
                try {
                    return stored(await models.get(name, selector.version));
                }
                catch (error) {
                    if (!(0,rest_errors/* isNotFound */.c4)(error))
                        throw error;
                    throw new core_errors/* UserError */.yo(`Model '${name}' has no version ${selector.version} in ${where}.`);
                }
            }
            let best;
            for await (const v of models.list(name, { orderBy: 'CreatedAtDesc' }))
                if ((0,resolve/* matchesTags */.tt)(v.properties.tags ?? {}, selector) && (!best || created(v) > created(best)))
                    best = v;
            if (!best)
                throw new core_errors/* UserError */.yo(`Model '${name}' has no version in ${where} that is ${(0,resolve/* describeSelector */.r5)(selector)}.`);
            return stored(best);
        },
        holders: (name, tag) => holdersIn(models.list(name, { tags: tagText(tag) }), tag),
        async updateTags(name, version, edit) {
            const current = await models.get(name, version);
            return writeTags(current, edit, (body) => models.createOrUpdate(name, version, body));
        },
    };
}
const tagText = (tag) => `${tag.key}=${tag.value}`;
/** The versions carrying the tag; the service's filter is checked again, so one it ignored moves nothing. */
async function holdersIn(list, tag) {
    const out = [];
    for await (const v of list)
        if (v.name && v.properties.tags?.[tag.key] === tag.value)
            out.push(v.name);
    return out;
}
async function writeTags(current, edit, put) {
    const tags = edit(plainTags(current.properties.tags));
    if (!tags)
        return plainTags(current.properties.tags);
    const { provisioningState: _readOnly, ...properties } = current.properties;
    const answer = await put({ properties: { ...properties, tags } });
    return plainTags(answer.properties?.tags);
}
function stored(v) {
    return { version: v.name ?? '', id: v.id ?? '', tags: plainTags(v.properties.tags) };
}
const created = (v) => (v.systemData?.createdAt ? Date.parse(v.systemData.createdAt) || 0 : 0);
function plainTags(tags) {
    const out = {};
    for (const [k, v] of Object.entries(tags ?? {}))
        out[k] = v ?? '';
    return out;
}

// EXTERNAL MODULE: ./shared/jobs/naming.ts
var naming = __webpack_require__(7467);
// EXTERNAL MODULE: ./shared/assets/anonymous.ts
var anonymous = __webpack_require__(5195);
;// CONCATENATED MODULE: ./shared/models/tag-registered.ts

/** Versions looked at per model: a run's registrations are among the newest. */
const NEWEST = 20;
async function tagModelsRegisteredBy(session, job, names, tags) {
    if (!names.length)
        return [];
    // Only versions this job's own steps registered: a reused step's model came from another commit.
    const { steps } = await (0,resolve/* pipelineStepRuns */.L4)(session, job);
    steps.add(job);
    const tagged = [];
    for (const name of names) {
        let seen = 0;
        for await (const v of session.ml.versions('models').list(name, { orderBy: 'CreatedAtDesc', top: NEWEST })) {
            if (++seen > NEWEST)
                break;
            if (!v.name || !steps.has(v.properties.jobName ?? ''))
                continue;
            const current = v.properties.tags ?? {};
            if (Object.entries(tags).every(([k, value]) => current[k] === value))
                continue;
            // A version's tags are mutable; everything else is sent back as it was read.
            await session.ml
                .versions('models')
                .createOrUpdate(name, v.name, { properties: { ...v.properties, tags: { ...current, ...tags } } });
            session.log.info(`Tagged model ${name}:${v.name} with ${Object.keys(tags).join(', ')}.`);
            tagged.push({ name, version: v.name });
        }
    }
    return tagged;
}

// EXTERNAL MODULE: ./shared/submission/run.ts + 4 modules
var run = __webpack_require__(8261);
// EXTERNAL MODULE: ./shared/submission/scope-pipeline.ts
var scope_pipeline = __webpack_require__(7258);
;// CONCATENATED MODULE: ./shared/backend/azure.ts
/**
 * The Azure ML workspace behind the `Backend` seam: every method calls the shared Azure code (compute, assets,
 * submission, jobs, models). The session (sign-in and ARM client) is created on first use, so a step that
 * fails on a bad file, or a post step with nothing to do, never signs in.
 */



















class AzureBackend {
    sessionOptions;
    label = 'Azure ML';
    session;
    constructor(sessionOptions) {
        this.sessionOptions = sessionOptions;
    }
    /** The signed-in session, created once on first use. */
    signIn() {
        this.session ??= (0,create_session/* createSession */.jw)(this.sessionOptions);
        return this.session;
    }
    async ensureCompute(request) {
        const name = request.name ?? request.spec?.name;
        if (!name)
            throw new core_errors/* UserError */.yo("Give the compute 'name', or a 'file' whose YAML has a name.");
        const result = await ensureCompute(await this.signIn(), { ...request, name });
        const did = [result.created && 'created', result.started && 'started'].filter(Boolean).map((d) => ` (${d})`);
        return { ...result, line: `${result.name}: ${result.state}${did.join('')}`, summary: computeSummary(result) };
    }
    async stopCompute(name, waitTimeoutMs) {
        return stopComputeInstance(await this.signIn(), name, waitTimeoutMs);
    }
    async registerAssets(...[files, options]) {
        return registerAssets(await this.signIn(), files, options);
    }
    async planPipeline(...[pipeline, options]) {
        const { prepared } = await (0,run/* submitPipeline */.Xe)(await this.signIn(), pipeline, { ...options, dryRun: true });
        const experiment = prepared.body.properties.experimentName;
        return {
            name: prepared.name,
            body: prepared.body,
            message: `Job \`${prepared.name}\` would be submitted to experiment \`${experiment}\`; nothing was sent.`,
        };
    }
    async submitPipeline(...[pipeline, options]) {
        const { submitted } = await (0,run/* submitPipeline */.Xe)(await this.signIn(), pipeline, { ...options, dryRun: false });
        // The models its register steps register, to tag with where they came from once the job has passed.
        const models = {
            names: (0,scope_pipeline/* scopePipelineJob */.i)(pipeline, undefined).modelNames,
            tags: (0,branch_scope/* branchScopeTags */.QG)(options.run, undefined),
        };
        return this.running(submitted, models);
    }
    async attachJob(name) {
        return this.running(await jobs/* attachJob */.fi(await this.signIn(), name));
    }
    async cancelJob(name) {
        return jobs/* cancelJobIfRunning */.wD(await this.signIn(), name);
    }
    async downloadModel(...[request, destination, options]) {
        const result = await downloadModel(await this.signIn(), { request, destination, ...options });
        const { files, bytes } = result.download;
        const verified = files.filter((f) => f.md5Verified).length;
        return {
            lineage: result.lineage,
            lineageFile: result.lineageFile,
            files: files.map((f) => f.path),
            filesDetail: `${files.length} (${(0,storage_download/* formatBytes */.z3)(bytes)}), ${verified} checked against Content-MD5`,
        };
    }
    async promoteModel(...[request, where]) {
        const session = await this.signIn();
        return (0,promote/* promoteModel */.IH)(azureModelTagStore(session, where), request, session.log);
    }
    async copyModel(...[request]) {
        return copyModel(await this.signIn(), request);
    }
    async getModelVersion(name, version) {
        return (0,resolve/* findModelVersion */.XN)(await this.signIn(), name, version);
    }
    async deployOnlineEndpoint({ run, ...request }) {
        const { deployOnline } = await __webpack_require__.e(/* import() */ 459).then(__webpack_require__.bind(__webpack_require__, 6459));
        const session = await this.signIn();
        const result = await deployOnline(session, { ...request, ...deploymentContext(session, run) });
        return { kind: 'deployed', result };
    }
    async deployBatchEndpoint({ run, jobTimeoutMs, signals, onJob, onJobStatus, ...request }) {
        const { deployBatch } = await __webpack_require__.e(/* import() */ 703).then(__webpack_require__.bind(__webpack_require__, 2703));
        const session = await this.signIn();
        return deployBatch(session, {
            ...request,
            ...deploymentContext(session, run),
            // The invocation's job is followed as submit-pipeline follows one (logs, cancel on SIGINT/SIGTERM).
            followJob: async (name) => {
                onJob?.(name);
                const outcome = await (await this.attachJob(name)).follow({ timeoutMs: jobTimeoutMs, signals });
                onJobStatus?.(outcome.status);
                jobs/* assertJobPassed */.Kl(outcome);
                return outcome;
            },
        });
    }
    async getEndpointDeployment(name) {
        const [{ EndpointsApi }, { readEndpointDeployment }] = await Promise.all([
            __webpack_require__.e(/* import() */ 441).then(__webpack_require__.bind(__webpack_require__, 5822)),
            __webpack_require__.e(/* import() */ 700).then(__webpack_require__.bind(__webpack_require__, 1700)),
        ]);
        return readEndpointDeployment(new EndpointsApi((await this.signIn()).ml, 'online'), name, this.label);
    }
    async getJobLineage(name) {
        const job = await (0,job_resource/* findJob */.pC)(await this.signIn(), name);
        return job && (0,models_lineage/* jobLineage */.XR)(job);
    }
    /** A job in the workspace runs on its own: following only watches it (and cancels it on a signal). */
    running(job, models) {
        return {
            job,
            detached: true,
            follow: async (options) => {
                const session = await this.signIn();
                const result = await (0,run/* followWithCancel */.c_)(session, job, options);
                const notes = result.passed && models ? await tagRegisteredModels(session, job.name, models) : [];
                return { ...result, notes };
            },
        };
    }
}
/** Tagging is traceability, not training: a failure to tag is a warning, and the run's result stands. */
async function tagRegisteredModels(session, job, models) {
    try {
        const tagged = await tagModelsRegisteredBy(session, job, models.names, models.tags);
        return tagged.length
            ? [
                `Registered model(s) tagged with branch, pull request and commit: ${tagged.map((t) => `\`${t.name}:${t.version}\``).join(', ')}.`,
            ]
            : [];
    }
    catch (error) {
        session.log.warning(`The models job ${job} registered could not be tagged: ${(0,core_errors/* errorMessage */.gJ)(error)}`);
        return [];
    }
}
function computeSummary(result) {
    const did = [
        result.created && 'created',
        result.updated.length && `updated (${result.updated.join(', ')})`,
        result.started && 'started',
    ]
        .filter(Boolean)
        .join(', ');
    const rows = [
        ['Compute', result.name],
        ['Type', result.computeType],
        ['State', result.state],
        ['This run', did || 'nothing to change'],
    ];
    if (result.nodes) {
        const { current, min, max } = result.nodes;
        rows.push(['Nodes (current / min / max)', `${current ?? 0} / ${min ?? 0} / ${max ?? '?'}`]);
    }
    return { title: 'Azure ML compute', rows };
}
/** What both endpoint kinds need besides the files: lineage tags from the run, and the code upload. */
function deploymentContext(session, run) {
    const registrar = (0,anonymous/* anonymousRegistrar */.p4)(session, { tags: (0,naming/* traceTags */.TS)(run) });
    return {
        lineage: { commit: run.sha, runUrl: (0,naming/* runUrl */.Vp)(run) },
        uploadCode: (folder) => registrar.dependencies.codeId(folder),
    };
}


/***/ }),

/***/ 8742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ lineageKey),
/* harmony export */   Kj: () => (/* binding */ readLineage),
/* harmony export */   c0: () => (/* binding */ lineageEntries),
/* harmony export */   kL: () => (/* binding */ AZURE_TAG_PREFIX)
/* harmony export */ });
/* unused harmony exports LINEAGE_DOMAIN, OCI_LABEL_PREFIX, K8S_PREFIX, OCI_REVISION, LINEAGE_KEYS, LEGACY_OCI_LABELS, LEGACY_K8S_PREFIX, LEGACY_K8S_ANNOTATIONS, formatDataInputs, parseDataInputs */
/**
 * The suite's one namespace for lineage: the domain `azureml-mlops.github.io`, written in each medium's own
 * convention. Every label, annotation and tag the actions write is named here, and every reader goes through
 * `readLineage`, which also accepts the keys of the previous release (see `LEGACY_*`) for one version.
 */
const LINEAGE_DOMAIN = 'azureml-mlops.github.io';
/** OCI image labels: reverse DNS of the domain, as the image-spec asks (`io.github.azureml-mlops.<key>`). */
const OCI_LABEL_PREFIX = 'io.github.azureml-mlops';
/** Kubernetes annotations and labels: `<domain>/<key>`. */
const K8S_PREFIX = LINEAGE_DOMAIN;
/** Azure ML tags, only where new tags are needed (the `mlops.*` job tags stay as they are). */
const AZURE_TAG_PREFIX = 'azureml-mlops';
/** The OCI standard label every image carries for the commit it was built from; the suite reuses it. */
const OCI_REVISION = 'org.opencontainers.image.revision';
/** What each key records. The same key names serve every medium; `media` says where each is written. */
const LINEAGE_KEYS = {
    /** The commit the image was built from (on images: `org.opencontainers.image.revision`). */
    commit: 'commit',
    /** The workflow run that built (tagged) the image. */
    buildRun: 'build-run',
    modelName: 'model-name',
    modelVersion: 'model-version',
    /** The Azure ML job (run) that trained the model. */
    trainingJob: 'training-job',
    /** The commit the training job ran from (may differ from the image's commit). */
    trainingCommit: 'training-commit',
    /** The workflow run that submitted the training job. */
    trainingRun: 'training-run',
    /** The training job's data inputs: `name=uri-or-asset` pairs separated by `,`. */
    dataInputs: 'data-inputs',
    apiVersion: 'api-version',
    /** Workloads only: `container=image` pairs of what was deployed. */
    images: 'images',
    /** Workloads only: the workflow run that deployed, never confused with where the image came from. */
    deployedByRun: 'deployed-by-run',
    /** Workloads only: the commit of the run that deployed (a promote runs at a later commit than the build). */
    deployedByCommit: 'deployed-by-commit',
};
/** Keys of the previous release, read for one more version (deprecated; see CHANGELOG.md). */
const LEGACY_OCI_LABELS = {
    modelName: 'io.github.azureml-mlops.model.name',
    modelVersion: 'io.github.azureml-mlops.model.version',
    trainingJob: 'io.github.azureml-mlops.model.training-job',
};
const LEGACY_K8S_PREFIX = 'mlops-actions.github.io';
/** The old `run-url` annotation named the deploying run, which is now `deployed-by-run`. */
const LEGACY_K8S_ANNOTATIONS = {
    commit: `${LEGACY_K8S_PREFIX}/commit`,
    deployedByRun: `${LEGACY_K8S_PREFIX}/run-url`,
    images: `${LEGACY_K8S_PREFIX}/images`,
    modelName: `${LEGACY_K8S_PREFIX}/model-name`,
    modelVersion: `${LEGACY_K8S_PREFIX}/model-version`,
    apiVersion: `${LEGACY_K8S_PREFIX}/api-version`,
};
/** The full key of `key` in a medium: `io.github.azureml-mlops.model-name`, `azureml-mlops.github.io/model-name`. */
function lineageKey(medium, key) {
    const name = LINEAGE_KEYS[key];
    if (medium === 'oci')
        return key === 'commit' ? OCI_REVISION : `${OCI_LABEL_PREFIX}.${name}`;
    if (medium === 'k8s')
        return `${K8S_PREFIX}/${name}`;
    return `${AZURE_TAG_PREFIX}.${name}`;
}
/** `name=value` pairs joined by `,` (a value keeps any `=` of its own). */
function formatDataInputs(inputs) {
    return inputs.map((i) => `${i.name}=${i.asset ? `azureml:${i.asset}` : (i.uri ?? '')}`).join(',');
}
/** The inverse of `formatDataInputs`: a pair starts at `,name=`, so a URI may hold commas of its own. */
function parseDataInputs(text) {
    const pairs = text.split(/,(?=[A-Za-z_][\w.-]*=)/).filter((p) => p.includes('='));
    return pairs.map((pair) => {
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const asset = /^azureml:([^/:][^:]*:[^:]+)$/.exec(value)?.[1];
        return asset ? { name, asset } : { name, uri: value };
    });
}
/** The labels or annotations that record `facts` in a medium; empty facts write nothing. */
function lineageEntries(medium, facts) {
    const out = {};
    for (const key of Object.keys(LINEAGE_KEYS)) {
        const value = key === 'dataInputs' ? formatDataInputs(facts.dataInputs ?? []) : facts[key];
        if (value)
            out[lineageKey(medium, key)] = value;
    }
    return out;
}
/** The lineage facts in a set of labels or annotations, new keys first, else the deprecated ones. */
function readLineage(medium, entries) {
    const legacy = medium === 'oci' ? LEGACY_OCI_LABELS : medium === 'k8s' ? LEGACY_K8S_ANNOTATIONS : {};
    const facts = {};
    for (const key of Object.keys(LINEAGE_KEYS)) {
        const old = legacy[key];
        const value = entries?.[lineageKey(medium, key)] || (old ? entries?.[old] : undefined);
        if (!value)
            continue;
        if (key === 'dataInputs')
            facts.dataInputs = parseDataInputs(value);
        else
            facts[key] = value;
    }
    return facts;
}


/***/ })

};
