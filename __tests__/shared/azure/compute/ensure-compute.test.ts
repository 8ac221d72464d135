import type { AzureSession } from '../../../../shared/azure/session.js';
import { memoryLogger } from '../../../../shared/core/logger.js';
import { UserError } from '../../../../shared/core/errors.js';
import { ensureCompute, stopComputeInstance } from '../../../../shared/azure/compute/ensure-compute.js';
import { parseComputeSpec } from '../../../../shared/compute/compute-spec.js';

/**
 * A scripted stand-in for the compute operations: `get` walks through `states` (the last one repeats),
 * and every write is recorded. The ARM emulator tests cover the REST layer; this covers the decisions.
 */
function scripted(states: (string | undefined)[], computeType = 'ComputeInstance') {
  const calls: string[] = [];
  let i = 0;
  const resource = (state: string) => ({
    id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/ci`,
    properties: {
      computeType,
      provisioningState: 'Succeeded',
      properties:
        computeType === 'ComputeInstance'
          ? {
              state,
              vmSize: 'STANDARD_DS3_V2',
              errors: state.endsWith('Failed') ? [{ error: { message: 'setup script exited 1' } }] : [],
            }
          : {
              vmSize: 'STANDARD_DS3_V2',
              allocationState: 'Steady',
              scaleSettings: { minNodeCount: 0, maxNodeCount: 2, nodeIdleTimeBeforeScaleDown: 'PT120S' },
            },
    },
  });
  const computes = {
    get: async () => {
      const state = states[Math.min(i++, states.length - 1)];
      calls.push('get');
      if (state === undefined) throw Object.assign(new Error('not found'), { statusCode: 404 });
      return resource(state);
    },
    createOrUpdate: async (_name: string, body: unknown) => void calls.push(`create ${JSON.stringify(body)}`),
    update: async (_name: string, body: unknown) => void calls.push(`update ${JSON.stringify(body)}`),
    start: async () => void calls.push('start'),
    stop: async () => void calls.push('stop'),
  };
  const log = memoryLogger();
  const session = {
    workspace: { subscriptionId: 's', resourceGroup: 'rg', workspace: 'ws' },
    ml: { computes, workspace: { get: async () => ({ location: 'westeurope', properties: {} }) } },
    log,
    pollIntervalMs: 1,
  } as unknown as AzureSession;
  return { session, calls, log, writes: () => calls.filter((c) => c !== 'get') };
}

const instanceSpec = parseComputeSpec('name: ci-dev\ntype: computeinstance\nsize: STANDARD_DS3_v2\n', 'compute.yml');
const base = { name: 'ci-dev', create: true, start: true, waitTimeoutMs: 5000 };

describe('ensureCompute on a compute instance', () => {
  test('a running instance is left alone: no write request at all', async () => {
    const fake = scripted(['Running']);
    const result = await ensureCompute(fake.session, { ...base, spec: instanceSpec });
    expect(result).toMatchObject({ state: 'Running', created: false, started: false, updated: [] });
    expect(fake.writes()).toEqual([]);
    expect(fake.log.text()).toMatch(/already Running; nothing to do/);
  });

  test('a stopped instance is started, and the post-step state is saved before the start is awaited', async () => {
    const fake = scripted(['Stopped', 'Running']);
    const order: string[] = [];
    const result = await ensureCompute(fake.session, {
      ...base,
      onStartRequested: () => order.push(`state saved after ${fake.writes().length} writes`),
    });
    expect(result).toMatchObject({ state: 'Running', started: true });
    expect(fake.writes()).toEqual(['start']);
    expect(order).toEqual(['state saved after 0 writes']);
  });

  test('Starting and Stopping are waited out, then a stopped instance is started once', async () => {
    const fake = scripted(['Stopping', 'Stopping', 'Stopped', 'Starting', 'Running']);
    const result = await ensureCompute(fake.session, base);
    expect(result).toMatchObject({ state: 'Running', started: true });
    expect(fake.writes()).toEqual(['start']);
  });

  test('start: false leaves a stopped instance stopped', async () => {
    const fake = scripted(['Stopped']);
    expect(await ensureCompute(fake.session, { ...base, start: false })).toMatchObject({
      state: 'Stopped',
      started: false,
    });
    expect(fake.writes()).toEqual([]);
  });

  test('a missing instance is created from its YAML in the workspace region', async () => {
    const fake = scripted([undefined, 'Running']);
    const result = await ensureCompute(fake.session, { ...base, spec: instanceSpec });
    expect(result).toMatchObject({ created: true, started: false, state: 'Running' });
    expect(fake.writes()).toHaveLength(1);
    expect(fake.writes()[0]).toMatch(/^create .*"location":"westeurope".*"computeType":"ComputeInstance"/);
  });

  test.each([
    [
      'create is false',
      { create: false, spec: instanceSpec },
      /does not exist in workspace 'ws', and 'create' is false/,
    ],
    ['no YAML was given', {}, /Give 'file' \(a compute YAML\)/],
  ])('a missing compute is an error when %s', async (_case, extra, message) => {
    const fake = scripted([undefined]);
    await expect(ensureCompute(fake.session, { ...base, ...extra })).rejects.toThrow(message);
    expect(fake.writes()).toEqual([]);
  });

  test('a failed state fails with the service message and names recreate-failed as the way out', async () => {
    const fake = scripted(['SetupFailed']);
    const error = await ensureCompute(fake.session, base).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      "Compute 'ci-dev' is SetupFailed and cannot be used: setup script exited 1",
    );
    expect((error as Error).message).toContain("Set 'recreate-failed: true'");
  });

  test('waiting longer than wait-timeout fails naming the input', async () => {
    const fake = scripted(['Starting']);
    const error = await ensureCompute(fake.session, { ...base, waitTimeoutMs: 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /Waiting while the compute is Starting did not finish within 'wait-timeout'/,
    );
  });
});

describe('ensureCompute on a cluster', () => {
  test('a cluster is never started; changed scale settings are patched in place', async () => {
    const spec = parseComputeSpec(
      'name: cpu\ntype: amlcompute\nsize: STANDARD_DS3_v2\nmax_instances: 4\n',
      'compute.yml',
    );
    const fake = scripted(['-'], 'AmlCompute');
    const result = await ensureCompute(fake.session, { ...base, name: 'cpu', spec });
    expect(result).toMatchObject({
      computeType: 'AmlCompute',
      started: false,
      state: 'Steady',
      updated: ['max_instances: 2 -> 4'],
    });
    expect(fake.writes()).toEqual([
      'update {"properties":{"properties":{"scaleSettings":{"minNodeCount":0,"maxNodeCount":4,"nodeIdleTimeBeforeScaleDown":"PT120S"}}}}',
    ]);
  });

  test('an unchangeable difference is a warning at the YAML line, not an update', async () => {
    const spec = parseComputeSpec('name: cpu\ntype: amlcompute\nsize: Standard_NC6\nmax_instances: 2\n', 'compute.yml');
    const fake = scripted(['-'], 'AmlCompute');
    await ensureCompute(fake.session, { ...base, name: 'cpu', spec });
    expect(fake.writes()).toEqual([]);
    expect(fake.log.lines).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        location: { file: 'compute.yml', line: 3 },
        message: expect.stringMatching(/size: STANDARD_DS3_V2 -> Standard_NC6/),
      }),
    );
  });
});

describe('stopComputeInstance (post step)', () => {
  test('stops a running instance, after waiting out a start in progress', async () => {
    const fake = scripted(['Starting', 'Running']);
    expect(await stopComputeInstance(fake.session, 'ci-dev', 5000)).toEqual({ stopped: true, state: 'Stopped' });
    expect(fake.writes()).toEqual(['stop']);
  });

  test('does nothing to an instance already stopped', async () => {
    const fake = scripted(['Stopped']);
    expect(await stopComputeInstance(fake.session, 'ci-dev', 5000)).toEqual({ stopped: false, state: 'Stopped' });
    expect(fake.writes()).toEqual([]);
  });
});
