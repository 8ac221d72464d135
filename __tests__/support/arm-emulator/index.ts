/**
 * Local Azure ML ARM emulator for tests: identity (AAD), GitHub's OIDC token service, the Azure ML ARM control
 * plane (at the api-version of shared/azure/ml-api/api-version.ts), the run-history data plane, fault injection
 * and a CONNECT proxy. See README.md.
 *
 *   const emu = await startArmEmulator({ lroInProgressPolls: 2 });
 *   ... new ClientSecretCredential(emu.settings.tenantId, emu.settings.clientId, emu.settings.clientSecret,
 *         { authorityHost: emu.url, disableInstanceDiscovery: true }) ...
 *   await emu.close();
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { EmulatorContext } from './context.js';
import { Faults } from './faults.js';
import { GithubOidcService } from './github-oidc.js';
import { IdentityService } from './identity.js';
import type { TokenRequestRecord } from './identity.js';
import { nowSeconds, signJwt } from './jwt.js';
import type { ArmEmulatorOptions, EmulatorSettings } from './options.js';
import { resolveSettings } from './options.js';
import { ConnectProxy } from './proxy.js';
import { RequestLog } from './request-log.js';
import { Router } from './router.js';
import { Seed } from './seed.js';
import { createHttpsServer } from './server.js';
import { EmulatorState } from './state.js';
import { caPath, serverTlsMaterial, trustTestCa } from './tls.js';
import { registerAssetRoutes } from './arm/assets.js';
import { registerRegistryRoutes, type RegistriesControl } from './arm/registries.js';
import { registerComputeRoutes } from './arm/compute.js';
import { defaultDatastores, registerDatastoreRoutes } from './arm/datastores.js';
import { JobsControl, registerJobRoutes } from './arm/jobs.js';
import { registerRunHistoryRoutes } from './run-history.js';
import { registerWorkspaceRoutes } from './arm/workspace.js';
import { EndpointsControl, registerOnlineEndpointRoutes } from './arm/online-endpoints.js';
import { registerBatchEndpointRoutes } from './arm/batch-endpoints.js';
import { workspaceId } from './arm/common.js';

export type { ArmEmulatorOptions, EmulatorSettings } from './options.js';
export { AZURITE_ACCOUNT, AZURITE_KEY } from './options.js';
export type { FaultRule, Fault } from './faults.js';
export { Gate } from './faults.js';
export type { RequestRecord, RequestFilter } from './request-log.js';
export type { TokenRequestRecord } from './identity.js';
export type { ConnectRecord } from './proxy.js';
export { trustTestCa, caPath } from './tls.js';
export type { JobScript, JobStep } from './arm/job-script.js';
export type { StorePart } from './seed.js';
export { childRunId } from './arm/jobs.js';

export interface ArmEmulator {
  /** `https://127.0.0.1:<port>`: ARM endpoint, authority host and data-plane origin at once. */
  url: string;
  port: number;
  /** `http://127.0.0.1:<port>` of the CONNECT proxy (for HTTPS_PROXY). */
  proxyUrl: string;
  /** PEM and path of the CA that signed the emulator's certificate. */
  ca: string;
  caPath: string;
  /** Resolved options; tests may change them while the emulator runs (token lifetimes, subject, page size...). */
  settings: EmulatorSettings;
  /** ARM id of the emulated workspace. */
  workspaceId: string;
  state: EmulatorState;
  seed: Seed;
  faults: Faults;
  requests: RequestLog;
  tokenRequests: TokenRequestRecord[];
  githubOidc: GithubOidcService;
  proxy: ConnectProxy;
  /** Job status scripts and manual progression. */
  jobs: JobsControl;
  /** Registries and further workspaces (`arm/registries.ts`): where models are copied across environments. */
  registries: RegistriesControl;
  /** Online and batch endpoints and deployments: what is stored, planted answers. */
  endpoints: EndpointsControl;
  /** Tunnel proxy CONNECTs for `hostPort` to a local `host:port` (e.g. Azurite). */
  routeHost(hostPort: string, to: string): void;
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN for a child process calling `core.getIDToken()`. */
  githubOidcEnv(): Record<string, string>;
  /** HTTPS_PROXY / https_proxy and an empty NO_PROXY for a child process. */
  proxyEnv(): Record<string, string>;
  /** NODE_EXTRA_CA_CERTS plus the GitHub OIDC variables: what every child process talking to the emulator needs. */
  childEnv(): Record<string, string>;
  /** An access token as the token endpoint would issue it (for tests that do not exercise sign-in). */
  accessToken(audience?: string, lifetimeSeconds?: number): string;
  close(): Promise<void>;
}

export async function startArmEmulator(options: ArmEmulatorOptions = {}): Promise<ArmEmulator> {
  if (options.trustCa !== false) trustTestCa();
  const settings = resolveSettings(options);
  const ctx: EmulatorContext = {
    settings,
    state: new EmulatorState(),
    faults: new Faults(),
    signingKey: randomBytes(32),
  };
  const router = new Router();
  const identity = new IdentityService(ctx);
  const githubOidc = new GithubOidcService(ctx);
  identity.register(router);
  githubOidc.register(router);
  // Before the workspace's routes: a further workspace's requests are answered from its own store.
  const registries = registerRegistryRoutes(router, ctx);
  registerWorkspaceRoutes(router, ctx);
  registerComputeRoutes(router, ctx);
  registerDatastoreRoutes(router, ctx);
  registerAssetRoutes(router, ctx);
  const jobs = new JobsControl(ctx);
  registerJobRoutes(router, ctx, jobs);
  registerRunHistoryRoutes(router, ctx, jobs);
  const endpoints = new EndpointsControl();
  registerOnlineEndpointRoutes(router, ctx, endpoints);
  registerBatchEndpointRoutes(router, ctx, endpoints);
  for (const [name, record] of defaultDatastores(settings)) ctx.state.datastores.set(name, record);

  const requests = new RequestLog();
  const server = createHttpsServer(ctx, router, requests);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `https://127.0.0.1:${port}`;
  registries.origin = url;
  const proxy = new ConnectProxy(port);
  const proxyUrl = await proxy.listen();

  return {
    url,
    port,
    proxyUrl,
    ca: serverTlsMaterial().ca,
    caPath,
    settings,
    workspaceId: workspaceId(settings),
    state: ctx.state,
    seed: new Seed(ctx, router, url),
    faults: ctx.faults,
    requests,
    tokenRequests: identity.tokenRequests,
    githubOidc,
    proxy,
    jobs,
    registries,
    endpoints,
    routeHost: (hostPort, to) => proxy.routeHost(hostPort, to),
    githubOidcEnv: () => githubOidc.env(url),
    proxyEnv: () => ({ HTTPS_PROXY: proxyUrl, https_proxy: proxyUrl, NO_PROXY: '', no_proxy: '' }),
    childEnv: () => ({ NODE_EXTRA_CA_CERTS: caPath, ...githubOidc.env(url) }),
    accessToken: (audience = 'https://management.azure.com', lifetime = settings.accessTokenLifetimeSeconds) =>
      signJwt(
        {
          aud: audience,
          iss: `https://sts.windows.net/${settings.tenantId}/`,
          sub: 'test',
          tid: settings.tenantId,
          iat: nowSeconds(),
          nbf: nowSeconds(),
          exp: nowSeconds() + lifetime,
        },
        ctx.signingKey,
      ),
    close: async () => {
      await proxy.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      if (ctx.settings.checkRequestBodies && requests.swaggerViolations.length) {
        const lines = requests.swaggerViolations.map(
          (v) => `${v.method} ${v.path} (${v.definition}):\n    ${v.problems.join('\n    ')}`,
        );
        throw new Error(`Request bodies the ${ctx.settings.apiVersions[0]} swagger refuses:\n  ${lines.join('\n  ')}`);
      }
    },
  };
}
