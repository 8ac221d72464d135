/**
 * Seeding the store from tests without going through HTTP: resources are built by the same code the routes use,
 * so a seeded compute looks exactly like one created by a PUT.
 */
import type { EmulatorContext } from './context.js';
import type { JsonObject } from './json.js';
import type { StoredResource } from './state.js';
import { key } from './state.js';
import { inner, lastOperation, newCompute, settleProvisioned, SETTLES_TO } from './arm/compute-model.js';

export interface ComputeInstanceSeed {
  /** Default Running. A transitional state (Starting, Stopping, Creating, Restarting) settles on its own. */
  state?: string;
  vmSize?: string;
  /** Extra ComputeInstance properties (schedules, subnet, ...). */
  properties?: JsonObject;
}

export interface AmlComputeSeed {
  vmSize?: string;
  minNodeCount?: number;
  maxNodeCount?: number;
  nodeIdleTimeBeforeScaleDown?: string;
  vmPriority?: 'Dedicated' | 'LowPriority';
  properties?: JsonObject;
}

export class Seed {
  constructor(private readonly ctx: EmulatorContext) {}

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
    const origin = `https://127.0.0.1`;
    const compute = newCompute(this.ctx.settings, name, body, origin);
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
