/** Options of `startArmEmulator`, their defaults, and the mutable settings tests may change while it runs. */
import type { JobScript } from './arm/job-script.js';

import { AZURITE_ACCOUNT, AZURITE_KEY } from '../azurite.js';
import { ML_API_VERSION } from '../../../shared/azure/ml-api/api-version.js';

export { AZURITE_ACCOUNT, AZURITE_KEY };

/** The workspace's default blob datastore (`workspaceblobstore`). */
export interface BlobDatastoreOptions {
  accountName: string;
  containerName: string;
  accountKey: string;
  /** Storage DNS suffix, as in the datastore resource (`core.windows.net`). */
  endpoint: string;
  protocol: string;
}

/** What the AAD app's federated identity credential accepts (issuer, subject and audience must all match). */
export interface FederatedCredential {
  issuer: string;
  subject: string;
  audience: string;
}

export interface GithubOidcSettings {
  /** `sub` of issued ID tokens. */
  subject: string;
  lifetimeSeconds: number;
  /** The ACTIONS_ID_TOKEN_REQUEST_TOKEN the service expects as bearer. */
  requestToken: string;
  /** Extra claims (repository, ref, environment, ...). */
  claims: Record<string, string>;
}

export interface EmulatorSettings {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
  tenantId: string;
  region: string;
  clientId: string;
  clientSecret: string;
  federatedCredential: FederatedCredential;
  /** Lifetime of issued access tokens (AAD default is about an hour). */
  accessTokenLifetimeSeconds: number;
  githubOidc: GithubOidcSettings;
  /** Items per page of list operations that have no page-size parameter (computes, jobs, assets). */
  pageSize: number;
  /** How many polls of a long-running operation answer InProgress before it settles. */
  lroInProgressPolls: number;
  /**
   * api-version values the Azure ML routes accept (default: the one the code calls, shared/azure/ml-api); another
   * well-formed one is ARM's 400 NoRegisteredProviderFound, a malformed one InvalidApiVersionParameter.
   */
  apiVersions: string[];
  datastore: BlobDatastoreOptions;
  /** Status script of jobs created without their own (see `emu.jobs.script`). */
  defaultJobScript: JobScript;
  /**
   * When true, `close()` fails if any request body broke the swagger of the api-version (swagger.ts): set by the
   * end-to-end workspace fixture, so every body a bundle sends is checked. Bodies are always checked and logged.
   */
  checkRequestBodies: boolean;
}

export type ArmEmulatorOptions = Partial<Omit<EmulatorSettings, 'githubOidc' | 'datastore' | 'federatedCredential'>> & {
  githubOidc?: Partial<GithubOidcSettings>;
  datastore?: Partial<BlobDatastoreOptions>;
  federatedCredential?: Partial<FederatedCredential>;
  /** Add the test CA to this process's trusted CAs (default true; see tls.ts `trustTestCa`). */
  trustCa?: boolean;
};

/** Stable id of the emulated workspace (`properties.workspaceId`, a GUID in the service). */
export const WORKSPACE_GUID = '00000000-0000-0000-0000-0000000000aa';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export function resolveSettings(options: ArmEmulatorOptions): EmulatorSettings {
  const subscriptionId = options.subscriptionId ?? '00000000-0000-0000-0000-000000000000';
  const githubOidc: GithubOidcSettings = {
    subject: 'repo:octo-org/octo-repo:ref:refs/heads/main',
    lifetimeSeconds: 300,
    requestToken: 'emulated-actions-id-token-request-token',
    claims: {},
    ...options.githubOidc,
  };
  return {
    subscriptionId,
    resourceGroup: options.resourceGroup ?? 'rg-mlops',
    workspace: options.workspace ?? 'mlw-test',
    tenantId: options.tenantId ?? '72f988bf-86f1-41af-91ab-2d7cd011db47',
    region: options.region ?? 'westeurope',
    clientId: options.clientId ?? '11111111-2222-3333-4444-555555555555',
    clientSecret: options.clientSecret ?? 'emulator-client-secret',
    federatedCredential: {
      issuer: GITHUB_ISSUER,
      subject: githubOidc.subject,
      audience: 'api://AzureADTokenExchange',
      ...options.federatedCredential,
    },
    accessTokenLifetimeSeconds: options.accessTokenLifetimeSeconds ?? 3600,
    githubOidc,
    pageSize: options.pageSize ?? 30,
    lroInProgressPolls: options.lroInProgressPolls ?? 1,
    apiVersions: options.apiVersions ?? [ML_API_VERSION],
    datastore: {
      accountName: AZURITE_ACCOUNT,
      containerName: `azureml-blobstore-${WORKSPACE_GUID}`,
      accountKey: AZURITE_KEY,
      endpoint: 'core.windows.net',
      protocol: 'https',
      ...options.datastore,
    },
    defaultJobScript: options.defaultJobScript ?? ['Running', 'Completed'],
    checkRequestBodies: options.checkRequestBodies ?? false,
  };
}
