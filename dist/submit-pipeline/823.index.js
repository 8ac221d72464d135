export const id = 823;
export const ids = [823];
export const modules = {

/***/ 3823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ensureCompute: () => (/* binding */ ensureCompute),
  instanceState: () => (/* binding */ instanceState),
  stopComputeInstance: () => (/* binding */ stopComputeInstance)
});

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


/***/ })

};
