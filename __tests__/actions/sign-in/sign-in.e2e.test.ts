/**
 * Sign-in as users meet it, through a real bundle (ensure-compute, the smallest Azure action): tokens
 * that expire during a long operation, a federated credential that does not match, a job without
 * `id-token: write`. The emulator checks assertions the way Entra ID does.
 */
import { bundle, runAction } from '../../support/action-runner.js';
import type { RunResult } from '../../support/action-runner.js';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import { azureEnv, azureInputs } from '../../support/azure/azure-action-env.js';

let emu: ArmEmulator;
beforeAll(async () => {
  emu = await startArmEmulator({ lroInProgressPolls: 2 });
});
afterAll(async () => emu.close());
beforeEach(() => {
  emu.seed.reset('computes');
  emu.tokenRequests.length = 0;
  emu.requests.records.length = 0;
  emu.githubOidc.requests.length = 0;
  emu.settings.githubOidc.subject = 'repo:octo-org/octo-repo:ref:refs/heads/main';
  emu.settings.accessTokenLifetimeSeconds = 3600;
  emu.settings.githubOidc.lifetimeSeconds = 300;
  emu.settings.lroInProgressPolls = 2;
});

function run(inputs: Record<string, string>, env: Record<string, string | undefined> = {}): Promise<RunResult> {
  return runAction(bundle('ensure-compute'), {
    inputs: { ...azureInputs(emu, 'oidc'), name: 'ci-dev', ...inputs },
    env: { ...azureEnv(emu), ...env },
    timeoutMs: 60000,
  });
}

test('an operation lasting several token lifetimes succeeds by asking GitHub for new ID tokens', async () => {
  // GitHub ID tokens live 2 s and access tokens 3 s here (whole seconds, as JWT exp is); the start is
  // polled for about 6 s, so an ID token fetched once and reused would be refused as expired (AADSTS700024).
  emu.settings.githubOidc.lifetimeSeconds = 2;
  emu.settings.accessTokenLifetimeSeconds = 3;
  emu.settings.lroInProgressPolls = 30;
  emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
  const result = await run({ 'poll-interval': '0.2' });
  expect(result.exitCode).toBe(0);
  expect(result.outputs.started).toBe('true');
  const assertions = emu.tokenRequests.filter((t) => t.credential === 'assertion');
  // Several access tokens were needed, and each assertion was accepted: none was an expired ID token.
  expect(assertions.length).toBeGreaterThanOrEqual(3);
  expect(assertions.every((t) => t.outcome === 'issued')).toBe(true);
  expect(emu.githubOidc.requests.length).toBeGreaterThanOrEqual(assertions.length);
});

test('a subject the federated credential does not match is explained from the token, which is never printed', async () => {
  emu.settings.githubOidc.subject = 'repo:octo-org/octo-repo:environment:production';
  emu.seed.computeInstance('ci-dev', { state: 'Running' });
  const result = await run({});
  expect(result.exitCode).toBe(1);
  expect(result.log).toContain('AADSTS700213');
  expect(result.log).toContain('subject:  repo:octo-org/octo-repo:environment:production');
  expect(result.log).toContain('audience: api://AzureADTokenExchange');
  expect(result.log).toContain('a job `environment:` changes the subject');
  expect(result.leakedSecrets).toEqual([]);
  for (const token of result.masks) expect(result.log).not.toContain(token);
});

test('a job without id-token: write is told the exact permission to add', async () => {
  const result = await run({}, { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined });
  expect(result.exitCode).toBe(1);
  expect(result.log).toContain('permissions:');
  expect(result.log).toContain('id-token: write');
  expect(emu.requests.filter({ path: '/computes' })).toEqual([]);
});

test('with no credentials at all, the error lists what can be given', async () => {
  const inputs = azureInputs(emu, 'oidc');
  const result = await runAction(bundle('ensure-compute'), {
    inputs: {
      'subscription-id': inputs['subscription-id'],
      'resource-group': inputs['resource-group'],
      workspace: inputs.workspace,
      name: 'ci-dev',
    },
    env: { ...azureEnv(emu), PATH: '/nonexistent' },
    timeoutMs: 30000,
  });
  expect(result.exitCode).toBe(1);
  expect(result.log).toContain('Could not sign in to Azure.');
  expect(result.log).toContain('the Azure CLI login');
  expect(result.log).toContain("'client-id' and 'tenant-id'");
});

test('a missing workspace coordinate is named before any network call', async () => {
  const result = await run({ 'resource-group': '' }, { AZURE_RESOURCE_GROUP: undefined });
  expect(result.exitCode).toBe(1);
  expect(result.log).toContain("Missing: 'resource-group' (or AZURE_RESOURCE_GROUP)");
  expect(emu.tokenRequests).toEqual([]);
});
