import * as core from '@actions/core';
import { parseSeconds } from '../../shared/core/inputs.js';
import type { SessionOptions } from '../../shared/azure/create-session.js';
import { coreLogger } from './logger.js';

/** An input, else the conventional environment variable, else undefined. */
function inputOrEnv(name: string, envName?: string): string | undefined {
  return core.getInput(name) || (envName ? process.env[envName] : undefined) || undefined;
}

/** Seconds (decimals allowed) as milliseconds, naming the input when the value is not a number. */
export function readSeconds(name: string, fallbackSeconds: number): number {
  return parseSeconds(name, core.getInput(name), fallbackSeconds);
}

/**
 * The workspace, cloud and sign-in inputs every Azure action shares (see action.yml of any of them).
 * The GitHub ID token is requested afresh through `core.getIDToken` each time a new Azure token is needed.
 */
export function readSessionOptions(): SessionOptions {
  const log = coreLogger();
  const canMintIdToken = Boolean(
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  );
  return {
    log,
    workspace: {
      subscriptionId: inputOrEnv('subscription-id', 'AZURE_SUBSCRIPTION_ID'),
      resourceGroup: inputOrEnv('resource-group', 'AZURE_RESOURCE_GROUP'),
      workspace: inputOrEnv('workspace', 'AZURE_ML_WORKSPACE'),
    },
    cloud: {
      armEndpoint: inputOrEnv('arm-endpoint', 'AZURE_ARM_ENDPOINT'),
      authorityHost: inputOrEnv('authority-host', 'AZURE_AUTHORITY_HOST'),
      oidcAudience: inputOrEnv('oidc-audience'),
    },
    auth: {
      creds: inputOrEnv('creds'),
      clientId: inputOrEnv('client-id', 'AZURE_CLIENT_ID'),
      tenantId: inputOrEnv('tenant-id', 'AZURE_TENANT_ID'),
      idTokenProvider: canMintIdToken ? (audience) => core.getIDToken(audience) : undefined,
    },
    pollIntervalMs: readSeconds('poll-interval', 5),
  };
}
