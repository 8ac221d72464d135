import type { TokenCredential } from '@azure/identity';
import type { Logger } from '../core/logger.js';
import type { MlApi } from './ml-api/ml-api.js';

/** The Azure ML workspace an action works in. */
export interface WorkspaceRef {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
}

/** Where a cloud lives: one setting moves the login host, ARM endpoint and OIDC audience together. */
export interface CloudEndpoints {
  /** e.g. https://management.azure.com */
  armEndpoint: string;
  /** e.g. https://login.microsoftonline.com */
  authorityHost: string;
  /** The audience asked of GitHub's OIDC provider, e.g. api://AzureADTokenExchange */
  oidcAudience: string;
}

/** Everything an Azure operation needs: where, as whom, and the typed Azure ML REST layer. Built once per step. */
export interface AzureSession {
  workspace: WorkspaceRef;
  cloud: CloudEndpoints;
  credential: TokenCredential;
  /** The Azure ML control plane (shared/azure/ml-api: one api-version, retries, throttling, LRO polling). */
  ml: MlApi;
  /** The ARM resource id of the workspace, for building child ids. */
  workspaceId: string;
  log: Logger;
  /** Poll interval for long-running operations and job status (tests make it short). */
  pollIntervalMs: number;
}
