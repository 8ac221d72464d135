/**
 * Seeding the store from tests without going through HTTP: resources are built by the same code the routes use,
 * so a seeded compute looks exactly like one created by a PUT.
 */
import type { EmulatorContext } from './context.js';
import type { EmuRequest } from './http.js';
import { ArmError } from './http.js';
import type { JsonObject } from './json.js';
import type { Router } from './router.js';
import type { AssetKind } from './state.js';
import type { StoredResource } from './state.js';
import { ASSET_KINDS, key } from './state.js';
import { inner, lastOperation, newCompute, settleProvisioned, SETTLES_TO } from './arm/compute-model.js';
import { workspaceId } from './arm/common.js';
import type { JobScript } from './arm/job-script.js';

export interface ComputeInstanceSeed {
  /** Default Running. A transitional state (Starting, Stopping, Creating, Restarting) settles on its own. */
  state?: string;
  vmSize?: string;
  /** Extra ComputeInstance properties (schedules, subnet, ...). */
  properties?: JsonObject;
  /**
   * The instance's `errors`, as the service keeps them on a failed one (`CreateFailed`, `SetupFailed`,
   * `Unusable`, states it never leaves on its own: only a DELETE gets past them).
   */
  errors?: { code: string; message: string }[];
}

export interface AmlComputeSeed {
  vmSize?: string;
  minNodeCount?: number;
  maxNodeCount?: number;
  nodeIdleTimeBeforeScaleDown?: string;
  vmPriority?: 'Dedicated' | 'LowPriority';
  properties?: JsonObject;
}

/** What `reset` can empty: the computes, the jobs, or the versions (and containers) of one asset kind. */
export type StorePart = 'computes' | 'jobs' | AssetKind;

export class Seed {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly router: Router,
    private readonly origin: string,
  ) {}

  /** An asset version (its container is created too), validated as a PUT would be. */
  assetVersion(kind: AssetKind, name: string, version: string, properties: JsonObject): Promise<JsonObject> {
    return this.put(`/${kind}/${name}/versions/${version}`, { properties });
  }

  /** A datastore from its `properties` (as in a PUT, secrets included). */
  datastore(name: string, properties: JsonObject): Promise<JsonObject> {
    return this.put(`/datastores/${name}`, { properties });
  }

  /** A job from its `properties` (as in a PUT), optionally with its status script. */
  job(name: string, properties: object, script?: JobScript): Promise<JsonObject> {
    // Accepts SDK model objects (PipelineJob, CommandJob) as well as plain JSON.
    const created = this.put(`/jobs/${name}`, { properties: JSON.parse(JSON.stringify(properties)) as JsonObject });
    if (script) {
      return created.then((job) => {
        const record = this.ctx.state.jobs.get(name.toLowerCase());
        if (record) record.pending = script.map((step) => (typeof step === 'string' ? { status: step } : step));
        return job;
      });
    }
    return created;
  }

  /** Empties the named parts of the store (all computes, jobs and assets when none is named); datastores stay. */
  reset(...parts: StorePart[]): void {
    const { state } = this.ctx;
    for (const part of parts.length ? parts : (['computes', 'jobs', ...ASSET_KINDS] as const)) {
      if (part === 'computes' || part === 'jobs') state[part].clear();
      else {
        state.assets[part].containers.clear();
        state.assets[part].versions.clear();
      }
    }
  }

  /** A stored asset version as the routes keep it (names are case-insensitive, as in ARM). */
  storedVersion(kind: AssetKind, name: string, version: string): StoredResource | undefined {
    return this.ctx.state.assets[kind].versions.get(key(name))?.get(version);
  }

  /** Every stored version of one asset kind, in creation order per asset. */
  storedVersions(kind: AssetKind): StoredResource[] {
    return [...this.ctx.state.assets[kind].versions.values()].flatMap((byVersion) => [...byVersion.values()]);
  }

  /** Runs the PUT route in-process (no HTTP, no token), so seeded resources pass the same validation. */
  private async put(suffix: string, body: JsonObject): Promise<JsonObject> {
    const path = `${workspaceId(this.ctx.settings)}${suffix}`;
    const match = this.router.match('PUT', path);
    if (!match) throw new Error(`The emulator has no PUT route for ${path}`);
    const req: EmuRequest = {
      method: 'PUT',
      path,
      query: new URLSearchParams({ 'api-version': this.ctx.settings.apiVersions[0] }),
      headers: {},
      body,
      form: undefined,
      origin: this.origin,
      params: match.params,
    };
    try {
      return (await match.route.handler(req)).body as JsonObject;
    } catch (error) {
      if (error instanceof ArmError) throw new Error(`Seeding ${suffix} failed: ${error.code}: ${error.message}`);
      throw error;
    }
  }

  computeInstance(name: string, seed: ComputeInstanceSeed = {}): StoredResource {
    const body = {
      properties: {
        computeType: 'ComputeInstance',
        properties: { vmSize: seed.vmSize ?? 'STANDARD_DS3_V2', ...seed.properties },
      },
    };
    const compute = this.provisioned(name, body);
    const state = seed.state ?? 'Running';
    Object.assign(inner(compute), {
      state,
      lastOperation: lastOperation(state === 'Stopped' ? 'Stop' : 'Start', 'Succeeded'),
    });
    if (seed.errors) inner(compute).errors = seed.errors.map((error) => ({ error }));
    const settlesTo = SETTLES_TO[state];
    if (settlesTo) this.settleLater(compute, settlesTo);
    return compute;
  }

  amlCompute(name: string, seed: AmlComputeSeed = {}): StoredResource {
    const scaleSettings: JsonObject = {
      minNodeCount: seed.minNodeCount ?? 0,
      maxNodeCount: seed.maxNodeCount ?? 4,
      nodeIdleTimeBeforeScaleDown: seed.nodeIdleTimeBeforeScaleDown ?? 'PT120S',
    };
    const properties: JsonObject = { vmSize: seed.vmSize ?? 'STANDARD_DS3_V2', scaleSettings, ...seed.properties };
    if (seed.vmPriority) properties.vmPriority = seed.vmPriority;
    return this.provisioned(name, { properties: { computeType: 'AmlCompute', properties } });
  }

  /** Any compute body (as in a PUT), stored already provisioned. */
  compute(name: string, body: JsonObject): StoredResource {
    return this.provisioned(name, body);
  }

  private provisioned(name: string, body: JsonObject): StoredResource {
    const compute = newCompute(this.ctx.settings, name, body, this.origin);
    settleProvisioned(compute);
    this.ctx.state.computes.set(key(name), compute);
    return compute;
  }

  /** A seeded transitional state ends after the usual number of observations (reads of the compute). */
  private settleLater(compute: StoredResource, to: string): void {
    const from = String(inner(compute).state);
    const operationName =
      from === 'Stopping' ? 'Stop' : from === 'Restarting' ? 'Restart' : from === 'Creating' ? 'Create' : 'Start';
    inner(compute).lastOperation = lastOperation(operationName, 'InProgress');
    this.ctx.state.operations.start({
      target: `compute:${key(compute.name)}`,
      inProgressPolls: this.ctx.settings.lroInProgressPolls,
      onSucceeded: () =>
        Object.assign(inner(compute), { state: to, lastOperation: lastOperation(operationName, 'Succeeded') }),
      onFailed: () => undefined,
    });
  }
}
