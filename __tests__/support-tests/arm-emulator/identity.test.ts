/** The real @azure/identity credentials sign in against the emulator's AAD and GitHub OIDC stand-ins. */
import { ClientAssertionCredential, ClientSecretCredential } from '@azure/identity';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import { decodeJwt } from '../../support/arm-emulator/jwt.js';

const ARM_SCOPE = 'https://management.azure.com/.default';
let emu: ArmEmulator;

beforeAll(async () => {
  emu = await startArmEmulator();
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.tokenRequests.length = 0;
  emu.settings.federatedCredential.subject = emu.settings.githubOidc.subject;
});

const secretCredential = (secret = emu.settings.clientSecret) =>
  new ClientSecretCredential(emu.settings.tenantId, emu.settings.clientId, secret, {
    authorityHost: emu.url,
    disableInstanceDiscovery: true,
  });

/** A credential whose assertion is fetched from the GitHub OIDC stand-in each time, as core.getIDToken does. */
const federatedCredential = (getAssertion: () => Promise<string>) =>
  new ClientAssertionCredential(emu.settings.tenantId, emu.settings.clientId, getAssertion, {
    authorityHost: emu.url,
    disableInstanceDiscovery: true,
  });

async function idTokenFromService(audience = 'api://AzureADTokenExchange'): Promise<string> {
  const env = emu.githubOidcEnv();
  const response = await fetch(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(audience)}`, {
    headers: { Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
  });
  return ((await response.json()) as { value: string }).value;
}

test('a client secret gets an ARM access token whose audience comes from the scope, and the request is logged', async () => {
  const token = await secretCredential().getToken(ARM_SCOPE);
  expect(decodeJwt(token.token)).toMatchObject({ aud: 'https://management.azure.com', tid: emu.settings.tenantId });
  expect(emu.tokenRequests).toEqual([
    expect.objectContaining({
      grantType: 'client_credentials',
      scope: ARM_SCOPE,
      credential: 'secret',
      outcome: 'issued',
    }),
  ]);
});

test('a wrong client secret is refused with AADSTS7000215', async () => {
  await expect(secretCredential('wrong').getToken(ARM_SCOPE)).rejects.toThrow(/AADSTS7000215: Invalid client secret/);
});

test('a GitHub ID token from the OIDC service is exchanged through the federated credential', async () => {
  const token = await federatedCredential(() => idTokenFromService()).getToken('https://ml.azure.com/.default');
  expect(decodeJwt(token.token)?.aud).toBe('https://ml.azure.com');
  expect(emu.tokenRequests[0]).toMatchObject({
    credential: 'assertion',
    assertionSubject: emu.settings.githubOidc.subject,
  });
  expect(emu.githubOidc.requests.at(-1)).toMatchObject({ audience: 'api://AzureADTokenExchange' });
});

const ENVIRONMENT_SUBJECT = 'repo:octo-org/octo-repo:environment:prod';
test.each([
  ['an expired assertion', 'AADSTS700024', () => emu.githubOidc.mint('api://AzureADTokenExchange', { exp: 1_000 })],
  ['another audience', 'AADSTS700212', () => emu.githubOidc.mint('api://Other')],
  [
    'another subject (a job environment)',
    'AADSTS700213',
    () => emu.githubOidc.mint('api://AzureADTokenExchange', { sub: ENVIRONMENT_SUBJECT }),
  ],
])('%s is refused with %s, and the log names the outcome and the subject', async (_case, code, assertion) => {
  const token = assertion();
  await expect(federatedCredential(async () => token).getToken(ARM_SCOPE)).rejects.toThrow(code);
  expect(emu.tokenRequests.at(-1)).toMatchObject({ outcome: code, assertionSubject: String(decodeJwt(token)?.sub) });
});

test('the GitHub OIDC service refuses a request without the runtime request token', async () => {
  const response = await fetch(emu.githubOidcEnv().ACTIONS_ID_TOKEN_REQUEST_URL);
  expect(response.status).toBe(401);
});

test('issued tokens live as long as the test says', async () => {
  emu.settings.accessTokenLifetimeSeconds = 5;
  try {
    const token = await secretCredential().getToken(ARM_SCOPE);
    const claims = decodeJwt(token.token);
    expect(Number(claims?.exp) - Number(claims?.iat)).toBe(5);
  } finally {
    emu.settings.accessTokenLifetimeSeconds = 3600;
  }
});

test('with short-lived tokens, every new access token is bought with a fresh GitHub ID token', async () => {
  // 60-second tokens are inside MSAL's refresh window, so every getToken buys a new access token, and long
  // enough that an ID token cannot expire between being fetched and being presented on a busy machine (1-second
  // tokens and a sleep raced there). Freshness is proven by the tokens: each exchange carries a jti of its own.
  emu.settings.accessTokenLifetimeSeconds = 60;
  emu.settings.githubOidc.lifetimeSeconds = 60;
  try {
    const credential = federatedCredential(() => idTokenFromService());
    await credential.getToken(ARM_SCOPE);
    await credential.getToken(ARM_SCOPE);
    expect(emu.tokenRequests.map((r) => r.outcome)).toEqual(['issued', 'issued']);
    const [first, second] = emu.tokenRequests.map((r) => r.assertionId);
    expect(first).toBeDefined();
    expect(second).not.toBe(first);
  } finally {
    emu.settings.accessTokenLifetimeSeconds = 3600;
    emu.settings.githubOidc.lifetimeSeconds = 300;
  }
});
