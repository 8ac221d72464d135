/**
 * The compute bodies ensure-compute's bundle sends, for the richest YAML it takes, held to the swagger of the
 * api-version (machineLearningServices.json, kept as data in __tests__/fixtures/azure-ml-rest/<version>/swagger):
 * an instance with schedules and SSH settings, a low-priority cluster with a system-assigned identity, and the
 * PATCH of a cluster's scale settings. The emulator checks every body and fails at close on any violation.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ML_API_VERSION } from '../../../shared/azure/ml-api/api-version.js';
import { bundle, runAction } from '../../support/action-runner.js';
import type { RunResult } from '../../support/action-runner.js';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator, RequestRecord } from '../../support/arm-emulator/index.js';
import { bodyDefinitionFor } from '../../support/arm-emulator/swagger.js';
import { azureEnv, azureInputs } from '../../support/azure/azure-action-env.js';

let emu: ArmEmulator;
const dir = mkdtempSync(path.join(tmpdir(), 'compute-bodies-'));

beforeAll(async () => {
  emu = await startArmEmulator({ lroInProgressPolls: 1, checkRequestBodies: true });
});
afterAll(async () => emu.close());
beforeEach(() => {
  emu.seed.reset('computes');
  emu.requests.records.length = 0;
});

function ensure(yaml: string): Promise<RunResult> {
  const file = path.join(dir, `${yaml.split('\n')[0].replace(/\W/g, '')}.yaml`);
  writeFileSync(file, yaml);
  return runAction(bundle('ensure-compute'), {
    inputs: { ...azureInputs(emu), file },
    env: azureEnv(emu),
    timeoutMs: 30000,
  });
}

/** The one compute write of the run, after checking that it held to the swagger at the project's api-version. */
function computeWrite(method: string): RequestRecord {
  const writes = emu.requests.writes().filter((r) => r.path.includes('/computes/'));
  expect(writes.map((r) => r.method)).toEqual([method]);
  expect(writes[0].query['api-version']).toBe(ML_API_VERSION);
  expect(writes[0].swaggerProblems).toBeUndefined();
  expect(emu.requests.swaggerViolations).toEqual([]);
  expect(bodyDefinitionFor(writes[0].method, writes[0].path)).toBeDefined();
  return writes[0];
}

test('an instance with start/stop schedules, SSH closed, tags and a description is created with a valid body', async () => {
  const run = await ensure(`name: ci-scheduled
type: computeinstance
size: STANDARD_DS3_v2
location: westeurope
description: nightly stop
tags: {team: ml}
ssh_public_access_enabled: false
schedules:
  compute_start_stop:
    - action: start
      trigger: {type: cron, expression: "0 8 * * 1-5", time_zone: UTC}
    - action: stop
      trigger: {type: cron, expression: "0 19 * * *", start_time: "2026-01-01T00:00:00", time_zone: UTC}
`);
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ name: 'ci-scheduled', created: 'true' });
  expect(computeWrite('PUT').body).toEqual({
    location: 'westeurope',
    tags: { team: 'ml' },
    properties: {
      computeType: 'ComputeInstance',
      computeLocation: 'westeurope',
      description: 'nightly stop',
      properties: {
        vmSize: 'STANDARD_DS3_v2',
        sshSettings: { sshPublicAccess: 'Disabled' },
        schedules: {
          computeStartStop: [
            {
              action: 'Start',
              triggerType: 'Cron',
              status: 'Enabled',
              cron: { triggerType: 'Cron', expression: '0 8 * * 1-5', timeZone: 'UTC' },
            },
            {
              action: 'Stop',
              triggerType: 'Cron',
              status: 'Enabled',
              cron: {
                triggerType: 'Cron',
                expression: '0 19 * * *',
                startTime: '2026-01-01T00:00:00',
                timeZone: 'UTC',
              },
            },
          ],
        },
      },
    },
  });
});

test('a low-priority cluster with a system-assigned identity is created with a valid body', async () => {
  const run = await ensure(`name: spot-cluster
type: amlcompute
size: STANDARD_NC6s_v3
tier: low_priority
min_instances: 0
max_instances: 8
idle_time_before_scale_down: 900
ssh_public_access_enabled: true
identity:
  type: system_assigned
`);
  expect(run.exitCode).toBe(0);
  expect(computeWrite('PUT').body).toMatchObject({
    identity: { type: 'SystemAssigned' },
    properties: {
      computeType: 'AmlCompute',
      properties: {
        osType: 'Linux',
        vmSize: 'STANDARD_NC6s_v3',
        vmPriority: 'LowPriority',
        scaleSettings: { minNodeCount: 0, maxNodeCount: 8, nodeIdleTimeBeforeScaleDown: 'PT900S' },
        remoteLoginPortPublicAccess: 'Enabled',
      },
    },
  });
});

test("a cluster's new scale settings are sent as the PATCH body the swagger defines", async () => {
  emu.seed.amlCompute('cpu-cluster', { minNodeCount: 0, maxNodeCount: 2 });
  const run = await ensure(`name: cpu-cluster
type: amlcompute
size: STANDARD_DS3_v2
min_instances: 1
max_instances: 4
`);
  expect(run.exitCode).toBe(0);
  expect(computeWrite('PATCH').body).toEqual({
    properties: {
      properties: { scaleSettings: { minNodeCount: 1, maxNodeCount: 4, nodeIdleTimeBeforeScaleDown: 'PT120S' } },
    },
  });
});
