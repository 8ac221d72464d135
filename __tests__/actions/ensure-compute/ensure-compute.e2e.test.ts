import { bundle, runAction } from '../../support/action-runner.js';
import type { RunResult } from '../../support/action-runner.js';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import { azureEnv, azureInputs } from '../../support/azure/azure-action-env.js';
import type { SignIn } from '../../support/azure/azure-action-env.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let emu: ArmEmulator;
const dir = mkdtempSync(path.join(tmpdir(), 'compute-yaml-'));
const instanceYaml = path.join(dir, 'instance.yaml');
const clusterYaml = path.join(dir, 'cluster.yaml');
writeFileSync(instanceYaml, 'name: ci-dev\ntype: computeinstance\nsize: STANDARD_DS3_v2\n');
writeFileSync(
  clusterYaml,
  'name: cpu-cluster\ntype: amlcompute\nsize: STANDARD_DS3_v2\nmin_instances: 0\nmax_instances: 4\n',
);

beforeAll(async () => {
  // Every body the bundle sends must be valid for the swagger of the api-version (checked at close).
  emu = await startArmEmulator({ lroInProgressPolls: 2, checkRequestBodies: true });
});
afterAll(async () => emu.close());
beforeEach(() => {
  emu.faults.clear();
  emu.seed.reset('computes');
  emu.requests.records.length = 0;
});

function ensure(inputs: Record<string, string>, how: SignIn = 'creds'): Promise<RunResult> {
  return runAction(bundle('ensure-compute'), {
    inputs: { ...azureInputs(emu, how), ...inputs },
    env: azureEnv(emu),
    timeoutMs: 30000,
  });
}

function post(main: RunResult, inputs: Record<string, string>): Promise<RunResult> {
  return runAction(bundle('ensure-compute', 'post'), {
    inputs: { ...azureInputs(emu), ...inputs },
    env: azureEnv(emu),
    state: main.state,
    timeoutMs: 30000,
  });
}

const computeWrites = () => emu.requests.writes().filter((r) => r.path.includes('/computes'));

describe('ensure-compute, run like the runner runs it', () => {
  test('a missing cluster is created from its YAML and reported as created', async () => {
    const run = await ensure({ file: clusterYaml });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ name: 'cpu-cluster', created: 'true', started: 'false' });
    expect(run.outputs.id).toMatch(/\/workspaces\/mlw-test\/computes\/cpu-cluster$/);
    expect(computeWrites().map((r) => r.method)).toEqual(['PUT']);
    expect(run.summary).toContain('cpu-cluster');
    expect(run.leakedSecrets).toEqual([]);
    expect(run.log).not.toContain(emu.settings.clientSecret);
    // The bundle used the public endpoints, reached through HTTPS_PROXY (the emulator serves the tunnels):
    // every request the emulator saw came through a CONNECT tunnel, none to its own address directly.
    expect(emu.proxy.connects.map((c) => c.target.split(':')[0])).toEqual(
      expect.arrayContaining(['login.microsoftonline.com', 'management.azure.com']),
    );
    expect(emu.requests.records.filter((r) => r.host.startsWith('127.0.0.1'))).toEqual([]);
    expect(new Set(emu.requests.records.map((r) => r.host))).toEqual(
      new Set(['login.microsoftonline.com', 'management.azure.com']),
    );
  });

  test('a stopped instance is started, then stopped again by the post step', async () => {
    emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
    const main = await ensure({ file: instanceYaml, 'stop-on-exit': 'true' });
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toMatchObject({ state: 'Running', created: 'false', started: 'true' });
    expect(computeWrites().map((r) => r.path.split('/').pop())).toEqual(['start']);

    const cleanup = await post(main, { file: instanceYaml, 'stop-on-exit': 'true' });
    expect(cleanup.exitCode).toBe(0);
    expect(cleanup.log).toContain("Stopped compute instance 'ci-dev'");
    expect(computeWrites().map((r) => r.path.split('/').pop())).toEqual(['start', 'stop']);
  });

  test('a run cancelled while the instance starts still has its post step stop it', async () => {
    emu.settings.lroInProgressPolls = 40; // about 2 s of polling: the runner cancels the step long before
    emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
    const main = await runAction(bundle('ensure-compute'), {
      inputs: { ...azureInputs(emu), name: 'ci-dev', 'stop-on-exit': 'true' },
      env: azureEnv(emu),
      timeoutMs: 30000,
      onStart: (child) => {
        const poll = setInterval(() => {
          if (computeWrites().some((r) => r.path.endsWith('/start'))) {
            clearInterval(poll);
            child.kill('SIGTERM'); // what the runner sends when a workflow is cancelled
          }
        }, 20);
      },
    });
    emu.settings.lroInProgressPolls = 2;
    expect(main.exitCode === 0).toBe(false);
    expect(main.state).toMatchObject({ 'compute-name': 'ci-dev', 'compute-started-by-this-run': 'true' });
    const cleanup = await post(main, { name: 'ci-dev', 'stop-on-exit': 'true' });
    expect(cleanup.exitCode).toBe(0);
    expect(computeWrites().map((r) => r.path.split('/').pop())).toEqual(['start', 'stop']);
  });

  test('a running instance is untouched: no write request reaches Azure, and the post step stops nothing', async () => {
    emu.seed.computeInstance('ci-dev', { state: 'Running' });
    const main = await ensure({ name: 'ci-dev', 'stop-on-exit': 'true' });
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toMatchObject({ state: 'Running', started: 'false' });
    const cleanup = await post(main, { name: 'ci-dev', 'stop-on-exit': 'true' });
    expect(cleanup.exitCode).toBe(0);
    expect(cleanup.log).toContain("Nothing to stop: this run did not start 'ci-dev'");
    expect(computeWrites()).toEqual([]);
  });

  test('429 and 503 on the first attempts are retried by the SDK and the step succeeds', async () => {
    emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
    emu.faults.add({
      method: 'GET',
      path: '/subscriptions/**/computes/ci-dev',
      fault: { kind: 'status', status: 429, retryAfterSeconds: 1 },
      times: 1,
    });
    emu.faults.add({
      method: 'POST',
      path: '/subscriptions/**/computes/ci-dev/start',
      fault: { kind: 'status', status: 503 },
      times: 1,
    });
    const run = await ensure({ name: 'ci-dev' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.started).toBe('true');
    const faulted = emu.requests.records.filter((r) => r.fault).map((r) => `${r.method} ${r.status}`);
    expect(faulted).toEqual(['GET 429', 'POST 503']);
  });

  test("a start operation that ends Failed fails the step with the service's message", async () => {
    emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
    emu.faults.add({
      method: 'POST',
      path: '/subscriptions/**/computes/ci-dev/start',
      fault: {
        kind: 'lroFailure',
        code: 'ComputeStartFailed',
        message: 'Quota exceeded for STANDARD_DS3_V2 in westeurope',
      },
    });
    const run = await ensure({ name: 'ci-dev' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(
          /Starting compute instance 'ci-dev' failed: .*Quota exceeded for STANDARD_DS3_V2/,
        ),
      }),
    );
  });

  test('a cluster whose max nodes differ from the YAML is patched in place', async () => {
    emu.seed.amlCompute('cpu-cluster', { maxNodeCount: 2 });
    const run = await ensure({ file: clusterYaml });
    expect(run.exitCode).toBe(0);
    expect(run.log).toContain('max_instances: 2 -> 4');
    expect(computeWrites().map((r) => r.method)).toEqual(['PATCH']);
    expect(run.outputs.started).toBe('false');
  });

  test('a bad YAML is annotated at its line and nothing is sent to Azure', async () => {
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'name: cpu\ntype: amlcompute\nsize: s\nmin_instances: 3\nmax_instances: 1\n');
    const run = await ensure({ file: bad });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: bad, line: 5 }));
    expect(emu.requests.records).toEqual([]);
  });

  test('a bad boolean input names the input and the accepted values', async () => {
    const run = await ensure({ name: 'ci-dev', start: 'yes' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain("Input 'start' must be true or false, got 'yes'.");
    expect(emu.requests.records).toEqual([]);
  });

  test('OpenID Connect sign-in works with the GitHub ID token and never prints it', async () => {
    emu.seed.computeInstance('ci-dev', { state: 'Running' });
    const run = await ensure({ name: 'ci-dev' }, 'oidc');
    expect(run.exitCode).toBe(0);
    expect(run.log).toContain('Signed in to Azure with OpenID Connect federation');
    expect(run.leakedSecrets).toEqual([]);
    expect(run.masks.length).toBeGreaterThan(0);
  });
});
