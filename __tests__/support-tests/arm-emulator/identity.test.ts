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

test.each([
  ['an expired assertion', () => emu.githubOidc.mint('api://AzureADTokenExchange', { exp: 1_000 }), 'AADSTS700024'],
  ['another audience', () => emu.githubOidc.mint('api://Other'), 'AADSTS700212'],
  [
    'another subject (a job environment)',
    () => emu.githubOidc.mint('api://AzureADTokenExchange', { sub: 'repo:octo-org/octo-repo:environment:prod' }),
    'AADSTS700213',
  ],
])('%s is refused with %s, logged with its subject', async (_case, assertion, code) => {
  await expect(federatedCredential(async () => assertion()).getToken(ARM_SCOPE)).rejects.toThrow(code);
  expect(emu.tokenRequests.at(-1)?.outcome).toBe(code);
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
