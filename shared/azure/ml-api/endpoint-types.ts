/**
 * Managed online and batch endpoints and their deployments, typed from mfe.json of the api-version in
 * api-version.ts (`OnlineEndpoint`, `OnlineDeployment`, `BatchEndpoint`, `BatchDeployment`, `EndpointAuthKeys`,
 * `EndpointAuthToken`, `DeploymentLogsRequest`). Only what the code uses is modelled; the wire format is kept.
 */
import type { ManagedServiceIdentity, SystemData } from './types.js';

/** A tracked resource (`TrackedResource`): endpoints and deployments have a location and tags at the top. */
export interface TrackedResource<P> {
  id?: string;
  name?: string;
  type?: string;
  location: string;
  tags?: Record<string, string>;
  identity?: ManagedServiceIdentity;
  kind?: string;
  sku?: { name: string; tier?: string; size?: string; family?: string; capacity?: number };
  systemData?: SystemData;
  properties: P;
}

export type EndpointAuthMode = 'AMLToken' | 'Key' | 'AADToken';

/** `EndpointProvisioningState` / `DeploymentProvisioningState`. */
export type ProvisioningState = 'Creating' | 'Deleting' | 'Scaling' | 'Updating' | 'Succeeded' | 'Failed' | 'Canceled';

export interface OnlineEndpointProperties {
  authMode: EndpointAuthMode;
  description?: string;
  properties?: Record<string, string>;
  /** Percentage of live traffic per deployment (sums to 0 or 100). */
  traffic?: Record<string, number>;
  /** Percentage of live traffic copied to a deployment whose answers are discarded. */
  mirrorTraffic?: Record<string, number>;
  compute?: string;
  publicNetworkAccess?: 'Enabled' | 'Disabled';
  /** Read-only. */
  scoringUri?: string;
  swaggerUri?: string;
  provisioningState?: ProvisioningState;
}
export type OnlineEndpoint = TrackedResource<OnlineEndpointProperties>;

export interface CodeConfiguration {
  codeId?: string;
  scoringScript: string;
}

export interface OnlineDeploymentProperties {
  endpointComputeType: 'Managed' | 'Kubernetes' | 'AzureMLCompute';
  description?: string;
  properties?: Record<string, string>;
  model?: string;
  codeConfiguration?: CodeConfiguration;
  environmentId?: string;
  environmentVariables?: Record<string, string>;
  instanceType?: string;
  appInsightsEnabled?: boolean;
  egressPublicNetworkAccess?: 'Enabled' | 'Disabled';
  scaleSettings?: Record<string, unknown>;
  requestSettings?: Record<string, unknown>;
  livenessProbe?: Record<string, unknown>;
  readinessProbe?: Record<string, unknown>;
  modelMountPath?: string;
  dataCollector?: Record<string, unknown>;
  /** Read-only. */
  provisioningState?: ProvisioningState;
}
export type OnlineDeployment = TrackedResource<OnlineDeploymentProperties>;

export interface BatchEndpointProperties {
  authMode: EndpointAuthMode;
  description?: string;
  properties?: Record<string, string>;
  defaults?: { deploymentName?: string };
  scoringUri?: string;
  swaggerUri?: string;
  provisioningState?: ProvisioningState;
}
export type BatchEndpoint = TrackedResource<BatchEndpointProperties>;

export interface BatchDeploymentProperties {
  description?: string;
  properties?: Record<string, string>;
  model?: { referenceType: 'Id'; assetId: string };
  codeConfiguration?: CodeConfiguration;
  environmentId?: string;
  environmentVariables?: Record<string, string>;
  compute?: string;
  resources?: { instanceCount?: number; instanceType?: string; properties?: Record<string, unknown> };
  maxConcurrencyPerInstance?: number;
  miniBatchSize?: number;
  errorThreshold?: number;
  loggingLevel?: 'Info' | 'Warning' | 'Debug';
  outputAction?: 'SummaryOnly' | 'AppendRow';
  outputFileName?: string;
  retrySettings?: { maxRetries?: number; timeout?: string };
  deploymentConfiguration?: Record<string, unknown>;
  provisioningState?: ProvisioningState;
}
export type BatchDeployment = TrackedResource<BatchDeploymentProperties>;

/** `EndpointAuthKeys` (listKeys). */
export interface EndpointAuthKeys {
  primaryKey?: string;
  secondaryKey?: string;
}

/** `EndpointAuthToken` (token). */
export interface EndpointAuthToken {
  accessToken?: string;
  expiryTimeUtc?: number;
  refreshAfterTimeUtc?: number;
  tokenType?: string;
}

/** `DeploymentLogsRequest`. */
export interface DeploymentLogsRequest {
  containerType?: 'StorageInitializer' | 'InferenceServer';
  tail?: number;
}

/** `DeploymentLogs`. */
export interface DeploymentLogs {
  content?: string;
}
