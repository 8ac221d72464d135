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

test('every new Azure token during a long operation is asked for with a new GitHub ID token', async () => {
  // What keeps hour-long runs working: an ID token is never reused, so none can have expired when presented.
  // Proven by the tokens themselves (each exchange's ID token `jti`), not by a race against short lifetimes:
  // both lifetimes are long enough that nothing expires on a loaded machine, and the access token's is under
  // the SDK's 2-minute refresh window, so each of the operation's 30 polls needs a new access token.
  emu.settings.githubOidc.lifetimeSeconds = 60;
  emu.settings.accessTokenLifetimeSeconds = 60;
  emu.settings.lroInProgressPolls = 30;
  emu.seed.computeInstance('ci-dev', { state: 'Stopped' });
  const result = await run({ 'poll-interval': '0.2' });
  expect(result.exitCode).toBe(0);
  expect(result.outputs.started).toBe('true');
  const assertions = emu.tokenRequests.filter((t) => t.credential === 'assertion');
  // Several access tokens were needed; each was asked for with an ID token no earlier exchange had presented,
  // fetched from GitHub for it.
  expect(assertions.length).toBeGreaterThanOrEqual(3);
  expect(assertions.every((t) => t.outcome === 'issued')).toBe(true);
  expect(new Set(assertions.map((t) => t.assertionId)).size).toBe(assertions.length);
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

test.each([
  [
    'subscription-id',
    'not-a-guid/../x',
    "Input 'subscription-id' (or AZURE_SUBSCRIPTION_ID, or subscriptionId in 'creds') must be a GUID",
  ],
  ['resource-group', 'rg/../other', "Input 'resource-group' (or AZURE_RESOURCE_GROUP) must be 1 to 90 letters"],
  ['workspace', 'w', "Input 'workspace' (or AZURE_ML_WORKSPACE) must be 3 to 33 letters"],
  ['wait-timeout', 'NaN', "Input 'wait-timeout' must be a number of seconds"],
])('%s %j is refused naming the input, before any network call', async (input, value, message) => {
  const result = await run({ [input]: value });
  expect(result.exitCode).toBe(1);
  expect(result.log).toContain(message);
  expect(emu.tokenRequests).toEqual([]);
  expect(emu.requests.records).toEqual([]);
});
