import type { ComputeInstance, ComputeResource } from '../ml-api/types.js';
import type { LroOptions } from '../ml-api/rest-client.js';
import { UserError } from '../../core/errors.js';
import type { AzureSession } from '../session.js';
import { callAzure, isNotFound } from '../rest-errors.js';
import { diffCompute, toComputeResource } from './compute-rest.js';
import type { ComputeSpec } from '../../compute/compute-spec.js';

export interface EnsureComputeOptions {
  name: string;
  /** The compute YAML; needed to create, and compared with what exists. */
  spec?: ComputeSpec;
  create: boolean;
  start: boolean;
  waitTimeoutMs: number;
  /**
   * A compute that failed to provision (`CreateFailed`, `SetupFailed`, `Unusable`, or provisioning `Failed`) is
   * deleted and created again from `spec`; when false such a compute is an error naming this option.
   */
  recreateFailed?: boolean;
  /**
   * Called just before a start is requested. The action saves its post-step state here, so an
   * interrupted run still stops what it started.
   */
  onStartRequested?: () => void;
}

export interface EnsureComputeResult {
  name: string;
  id: string;
  /** AmlCompute or ComputeInstance. */
  computeType: string;
  /** ComputeInstance: its state (Running, Stopped, ...). AmlCompute: its allocation state (Steady, Resizing). */
  state: string;
  created: boolean;
  started: boolean;
  /** Scale settings changed in place, as "field: old -> new". */
  updated: string[];
  /** For AmlCompute: current/target nodes. */
  nodes?: { current?: number; target?: number; min?: number; max?: number };
}

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
export async function ensureCompute(
  session: AzureSession,
  options: EnsureComputeOptions,
): Promise<EnsureComputeResult> {
  const deadline = Date.now() + options.waitTimeoutMs;
  const ops = new ComputeCalls(session, options.name, deadline);
  let resource = await ops.get();
  let created = false;
  let updated: string[] = [];

  const failure = resource && failedState(resource);
  if (resource && failure) {
    await recreateFailed(session, ops, options, resource, failure);
    resource = undefined;
  }
  if (!resource) {
    resource = await createCompute(session, ops, options);
    created = true;
  } else if (options.spec) {
    updated = await reconcile(session, ops, options.spec, resource);
    if (updated.length) resource = (await ops.get())!;
  }
  assertProvisioned(resource, options.name);

  const computeType = resource.properties?.computeType ?? 'Unknown';
  const base = { name: options.name, id: resource.id ?? '', computeType, created, updated };
  if (computeType !== 'ComputeInstance') {
    const amlProps = (resource.properties as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
    const scale = amlProps.scaleSettings as { minNodeCount?: number; maxNodeCount?: number } | undefined;
    session.log.info(
      `${computeType} '${options.name}' is ready; clusters scale with their jobs and are never started.`,
    );
    return {
      ...base,
      state: String(amlProps.allocationState ?? resource.properties?.provisioningState ?? 'Succeeded'),
      started: false,
      nodes: {
        current: amlProps.currentNodeCount as number | undefined,
        target: amlProps.targetNodeCount as number | undefined,
        min: scale?.minNodeCount,
        max: scale?.maxNodeCount,
      },
    };
  }
  const { state, started } = await driveInstanceToRunning(session, ops, resource, options);
  return { ...base, state, started };
}

async function createCompute(
  session: AzureSession,
  ops: ComputeCalls,
  options: EnsureComputeOptions,
): Promise<ComputeResource> {
  const { name, spec } = options;
  const where = `workspace '${session.workspace.workspace}'`;
  if (!options.create) throw new UserError(`Compute '${name}' does not exist in ${where}, and 'create' is false.`);
  if (!spec)
    throw new UserError(
      `Compute '${name}' does not exist in ${where}. Give 'file' (a compute YAML) so it can be created.`,
    );
  const ws = await session.ml.workspace.get();
  const body = toComputeResource(spec, ws.location ?? '');
  session.log.info(`Creating ${spec.type} '${name}' (${spec.size}) in ${body.location}...`);
  await ops.lro(`Creating compute '${name}'`, (o) => session.ml.computes.createOrUpdate(name, body, o));
  session.log.info(`Created compute '${name}'.`);
  return (await ops.get())!;
}

/** Patches what can change in place (cluster scale settings) and warns about what cannot. */
async function reconcile(
  session: AzureSession,
  ops: ComputeCalls,
  spec: ComputeSpec,
  existing: ComputeResource,
): Promise<string[]> {
  const diff = diffCompute(spec, existing);
  const file = spec.source?.file;
  for (const change of diff.immutable) {
    const field = change.split(':')[0];
    session.log.warning(
      `Compute '${spec.name}' differs from its YAML in ${change}, which cannot change in place; delete and re-create the compute to apply it.`,
      file ? { file, line: spec.source?.lines[field] ?? spec.source?.lines.type } : undefined,
    );
  }
  if (!diff.scaleSettings) return [];
  const scaleSettings = diff.scaleSettings;
  session.log.info(`Updating compute '${spec.name}': ${diff.changes.join(', ')}`);
  await ops.lro(`Updating compute '${spec.name}'`, (o) =>
    session.ml.computes.update(spec.name, { properties: { properties: { scaleSettings } } }, o),
  );
  return diff.changes;
}

/** Instance states a compute does not leave on its own: only a delete (and a new create) gets past them. */
const FAILED_STATES = new Set(['CreateFailed', 'SetupFailed', 'Unusable']);

/** Why a compute is unusable for good (an instance's failed state, or a failed provisioning), if it is. */
function failedState(resource: ComputeResource): string | undefined {
  const state = resource.properties?.computeType === 'ComputeInstance' ? instanceState(resource) : undefined;
  if (state && FAILED_STATES.has(state)) return state;
  return resource.properties?.provisioningState === 'Failed' ? 'provisioning Failed' : undefined;
}

/** The errors the service keeps on a compute: an instance's `errors`, and `provisioningErrors`. */
function computeErrors(resource: ComputeResource): string[] {
  const instance = (resource.properties as ComputeInstance | undefined)?.properties?.errors ?? [];
  const provisioning = resource.properties?.provisioningErrors ?? [];
  const text = [...instance, ...provisioning].map((e) =>
    e.error?.code && e.error.message ? `${e.error.code}: ${e.error.message}` : (e.error?.message ?? e.error?.code),
  );
  return [...new Set(text.filter((t): t is string => Boolean(t)))];
}

/**
 * A compute that failed to provision stays failed until deleted. Its errors are printed first (they say why the
 * new create could fail the same way); with `recreateFailed` it is deleted, awaited, so the create that follows
 * starts from nothing; without it the failure names the input that is the way out.
 */
async function recreateFailed(
  session: AzureSession,
  ops: ComputeCalls,
  options: EnsureComputeOptions,
  resource: ComputeResource,
  failure: string,
): Promise<void> {
  const { name } = options;
  const errors = computeErrors(resource);
  const said = errors.length ? `: ${errors.join('; ')}` : '.';
  session.log.warning(`Compute '${name}' is ${failure}${said}`);
  if (!options.recreateFailed) {
    throw new UserError(
      `Compute '${name}' is ${failure} and cannot be used${said}\nSet 'recreate-failed: true' to delete it and ` +
        `create it again from 'file', or delete it in the studio.`,
    );
  }
  if (!options.spec || !options.create)
    throw new UserError(
      `Compute '${name}' is ${failure}; 'recreate-failed' needs 'file' (its compute YAML) and 'create: true' ` +
        'to create it again.',
    );
  session.log.info(`Deleting compute '${name}' (${failure}) to create it again ('recreate-failed' is true)...`);
  await ops.lro(`Deleting compute '${name}'`, (o) => session.ml.computes.delete(name, 'Delete', o));
  session.log.info(`Deleted compute '${name}'.`);
}

function assertProvisioned(resource: ComputeResource, name: string): void {
  const props = resource.properties;
  if (props?.provisioningState !== 'Failed') return;
  const errors = (props.provisioningErrors ?? []).map((e) => e.error?.message ?? e.error?.code).filter(Boolean);
  throw new UserError(`Compute '${name}' failed to provision${errors.length ? `: ${errors.join('; ')}` : '.'}`);
}

async function driveInstanceToRunning(
  session: AzureSession,
  ops: ComputeCalls,
  resource: ComputeResource,
  options: EnsureComputeOptions,
): Promise<{ state: string; started: boolean }> {
  let started = false;
  for (;;) {
    const state = instanceState(resource);
    if (READY.has(state)) {
      if (!started) session.log.info(`Compute instance '${options.name}' is already ${state}; nothing to do.`);
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
    } else if (TRANSITIONAL.has(state)) {
      session.log.info(`Compute instance '${options.name}' is ${state}; waiting...`);
      await ops.pause(state);
    } else {
      throw new UserError(`Compute instance '${options.name}' is ${state}${instanceErrors(resource)}`);
    }
    resource = (await ops.get()) ?? resource;
  }
}

export function instanceState(resource: ComputeResource): string {
  return (resource.properties as ComputeInstance | undefined)?.properties?.state ?? 'Unknown';
}

function instanceErrors(resource: ComputeResource): string {
  const errors = (resource.properties as ComputeInstance | undefined)?.properties?.errors ?? [];
  const text = errors.map((e) => e.error?.message ?? e.error?.code).filter(Boolean);
  return text.length ? `: ${text.join('; ')}` : '.';
}

export interface StopComputeResult {
  stopped: boolean;
  state: string;
}

/** Stops a compute instance (the post step's job), waiting out a start still in progress. */
export async function stopComputeInstance(
  session: AzureSession,
  name: string,
  waitTimeoutMs: number,
): Promise<StopComputeResult> {
  const ops = new ComputeCalls(session, name, Date.now() + waitTimeoutMs);
  for (;;) {
    const resource = await ops.get();
    if (!resource) return { stopped: false, state: 'NotFound' };
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
    if (!TRANSITIONAL.has(state)) return { stopped: false, state };
    await ops.pause(state);
  }
}

/** The compute calls of one step, sharing its deadline and poll interval. */
class ComputeCalls {
  constructor(
    private readonly session: AzureSession,
    private readonly name: string,
    private readonly deadline: number,
  ) {}

  async get(): Promise<ComputeResource | undefined> {
    try {
      return await this.session.ml.computes.get(this.name);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Runs a long-running operation (core-lro's poller in the REST layer), aborted at the step's deadline. */
  async lro<T>(doing: string, call: (options: LroOptions) => Promise<T>): Promise<T> {
    const remaining = this.deadline - Date.now();
    if (remaining <= 0) throw this.timeout(doing);
    const abortSignal = AbortSignal.timeout(remaining);
    try {
      return await callAzure(doing, () => call({ intervalMs: this.session.pollIntervalMs, abortSignal }));
    } catch (error) {
      if (abortSignal.aborted) throw this.timeout(doing);
      throw error;
    }
  }

  async pause(state: string): Promise<void> {
    if (Date.now() + this.session.pollIntervalMs > this.deadline)
      throw this.timeout(`Waiting while the compute is ${state}`);
    await new Promise((resolve) => setTimeout(resolve, this.session.pollIntervalMs));
  }

  private timeout(doing: string): UserError {
    return new UserError(
      `${doing} did not finish within 'wait-timeout'. Raise 'wait-timeout' or check the compute in the studio.`,
    );
  }
}
