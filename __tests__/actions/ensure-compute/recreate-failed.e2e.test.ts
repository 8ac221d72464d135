/**
 * A compute that failed to provision stays failed until someone deletes it. ensure-compute, run like the
 * runner runs it, either names the way out (`recreate-failed`) or, with it, deletes the compute (awaited)
 * and creates it again from the YAML, printing the old errors first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, runAction, type RunResult } from '../../support/action-runner.js';
import { startArmEmulator, type ArmEmulator } from '../../support/arm-emulator/index.js';
import { azureEnv, azureInputs } from '../../support/azure/azure-action-env.js';

let emu: ArmEmulator;
const dir = mkdtempSync(path.join(tmpdir(), 'compute-yaml-'));
const instanceYaml = path.join(dir, 'instance.yaml');
const clusterYaml = path.join(dir, 'cluster.yaml');
writeFileSync(instanceYaml, 'name: ci-dev\ntype: computeinstance\nsize: STANDARD_DS3_v2\n');
writeFileSync(clusterYaml, 'name: cpu-cluster\ntype: amlcompute\nsize: STANDARD_DS3_v2\nmax_instances: 4\n');

beforeAll(async () => {
  emu = await startArmEmulator({ lroInProgressPolls: 2 });
});
afterAll(async () => emu.close());
beforeEach(() => {
  emu.faults.clear();
  emu.seed.reset('computes');
  emu.requests.clear();
});

function ensure(inputs: Record<string, string>): Promise<RunResult> {
  emu.requests.clear();
  return runAction(bundle('ensure-compute'), {
    inputs: { ...azureInputs(emu, 'creds'), ...inputs },
    env: azureEnv(emu),
    timeoutMs: 30000,
  });
}

const computeWrites = () =>
  emu.requests
    .writes()
    .filter((r) => r.path.includes('/computes/'))
    .map((r) => r.method);
const errorsOf = (run: RunResult) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message);

/** Makes the next create of `path` end Failed with a quota error, and runs it. */
async function failedCreate(file: string, name: string): Promise<void> {
  emu.faults.add({
    method: 'PUT',
    path: `/subscriptions/**/computes/${name}`,
    times: 1,
    fault: { kind: 'lroFailure', code: 'QuotaExceeded', message: 'Not enough quota for STANDARD_DS3_V2.' },
  });
  const run = await ensure({ file });
  expect(run.exitCode).toBe(1);
}

test.each([
  ['compute instance', instanceYaml, 'ci-dev', 'CreateFailed'],
  ['cluster', clusterYaml, 'cpu-cluster', 'provisioning Failed'],
])('a %s whose create failed: without recreate-failed the failure names the input', async (_, file, name, state) => {
  await failedCreate(file, name);

  const run = await ensure({ file });

  expect(run.exitCode).toBe(1);
  expect(computeWrites()).toEqual([]);
  expect(errorsOf(run)).toContainEqual(expect.stringContaining(`Compute '${name}' is ${state}`));
  expect(errorsOf(run)).toContainEqual(expect.stringContaining('Not enough quota for STANDARD_DS3_V2.'));
  expect(errorsOf(run)).toContainEqual(expect.stringContaining("Set 'recreate-failed: true'"));
});

test.each([
  ['compute instance', instanceYaml, 'ci-dev', 'Running'],
  ['cluster', clusterYaml, 'cpu-cluster', 'Steady'],
])('a %s whose create failed is deleted and created again with recreate-failed', async (_, file, name, ready) => {
  await failedCreate(file, name);

  const run = await ensure({ file, 'recreate-failed': 'true' });

  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ name, created: 'true', state: ready });
  // Deleted first and the delete awaited: the create starts from nothing.
  expect(computeWrites()).toEqual(['DELETE', 'PUT']);
  const log = run.log;
  expect(log.indexOf('Not enough quota for STANDARD_DS3_V2.')).toBeGreaterThan(-1);
  expect(log.indexOf('Not enough quota for STANDARD_DS3_V2.')).toBeLessThan(log.indexOf(`Deleted compute '${name}'`));
  expect(emu.state.computes.get(name)?.properties.provisioningState).toBe('Succeeded');
});

test.each(['SetupFailed', 'Unusable'])('an instance that is %s is deleted and created again', async (state) => {
  emu.seed.computeInstance('ci-dev', {
    state,
    errors: [{ code: 'SetupScriptFailed', message: 'setup.sh exited with 1' }],
  });

  const refused = await ensure({ file: instanceYaml });
  expect(refused.exitCode).toBe(1);
  expect(errorsOf(refused)).toContainEqual(expect.stringContaining(`Compute 'ci-dev' is ${state}`));
  expect(errorsOf(refused)).toContainEqual(expect.stringContaining('setup.sh exited with 1'));

  const run = await ensure({ file: instanceYaml, 'recreate-failed': 'true' });
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ created: 'true', state: 'Running' });
  expect(computeWrites()).toEqual(['DELETE', 'PUT']);
  expect(run.log).toContain('SetupScriptFailed: setup.sh exited with 1');
});
