/**
 * The REST bodies of an online endpoint and deployment, as azure-ai-ml builds them (`ManagedOnlineEndpoint.
 * _to_rest_online_endpoint`, `ManagedOnlineDeployment._to_rest_object`): auth mode spelled the service's way,
 * `sku {name: Default, capacity: instance_count}`, durations in ISO 8601, assets as ARM ids.
 */
import { UserError } from '../core/errors.js';
import { isNotFound } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import type { OnlineDeployment, OnlineDeploymentProperties, OnlineEndpoint } from '../azure/ml-api/endpoint-types.js';
import type { AssetCollectionName } from '../azure/ml-api/types.js';
import type { AssetRef, OnlineDeploymentSpec, OnlineEndpointSpec, ProbeSpec } from './spec.js';

/** ISO 8601 duration of a number of seconds, as azure-ai-ml's `to_iso_duration_format` writes it. */
export function isoSeconds(seconds: number): string {
  return `PT${Number(seconds.toFixed(3))}S`;
}

const IDENTITY_TYPES: Record<string, string> = {
  system_assigned: 'SystemAssigned',
  user_assigned: 'UserAssigned',
  'system_assigned,user_assigned': 'SystemAssigned,UserAssigned',
  none: 'None',
};

/**
 * The endpoint body; `traffic` is the live traffic to keep (a new endpoint: none). As azure-ai-ml sends it (the
 * recorded body in __tests__/fixtures/endpoints-fidelity/online_endpoint_create): empty `properties`, `traffic` and
 * `mirrorTraffic` maps rather than none, and a system-assigned identity when the file names none.
 */
export function onlineEndpointBody(
  spec: OnlineEndpointSpec,
  location: string,
  traffic: Record<string, number> = {},
  mirrorTraffic: Record<string, number> = {},
): OnlineEndpoint {
  const type = spec.identity
    ? (IDENTITY_TYPES[spec.identity.type.toLowerCase()] ?? spec.identity.type)
    : 'SystemAssigned';
  const uai = spec.identity?.userAssignedIdentities;
  const properties = {
    authMode: spec.authMode,
    description: spec.description,
    properties: spec.properties ?? {},
    mirrorTraffic,
    traffic,
    publicNetworkAccess: spec.publicNetworkAccess,
  };
  return {
    tags: spec.tags,
    location,
    identity: {
      type: type as NonNullable<OnlineEndpoint['identity']>['type'],
      ...(uai ? { userAssignedIdentities: Object.fromEntries(uai.map((id) => [id, {}])) } : {}),
    },
    properties: dropUndefined(properties) as OnlineEndpoint['properties'],
  };
}

/** The resolved ARM ids a deployment body names. */
export interface DeploymentAssets {
  model?: string;
  environmentId?: string;
  codeId?: string;
}

export function onlineDeploymentBody(
  spec: OnlineDeploymentSpec,
  location: string,
  assets: DeploymentAssets,
  tags: Record<string, string>,
): OnlineDeployment {
  const properties: OnlineDeploymentProperties = {
    endpointComputeType: 'Managed',
    description: spec.description,
    properties: spec.properties,
    model: assets.model,
    codeConfiguration:
      spec.scoringScript !== undefined ? { codeId: assets.codeId, scoringScript: spec.scoringScript } : undefined,
    environmentId: assets.environmentId,
    environmentVariables: spec.environmentVariables,
    instanceType: spec.instanceType,
    appInsightsEnabled: spec.appInsightsEnabled,
    egressPublicNetworkAccess: spec.egressPublicNetworkAccess,
    scaleSettings: spec.scaleSettings,
    requestSettings: spec.requestSettings && {
      requestTimeout:
        spec.requestSettings.requestTimeoutMs !== undefined
          ? isoSeconds(spec.requestSettings.requestTimeoutMs / 1000)
          : undefined,
      maxConcurrentRequestsPerInstance: spec.requestSettings.maxConcurrentRequestsPerInstance,
      maxQueueWait:
        spec.requestSettings.maxQueueWaitMs !== undefined
          ? isoSeconds(spec.requestSettings.maxQueueWaitMs / 1000)
          : undefined,
    },
    livenessProbe: probeBody(spec.livenessProbe),
    readinessProbe: probeBody(spec.readinessProbe),
    modelMountPath: spec.modelMountPath,
  };
  return {
    location,
    tags: { ...spec.tags, ...tags },
    sku: { name: 'Default', capacity: spec.instanceCount },
    properties: dropUndefined(properties) as OnlineDeploymentProperties,
  };
}

function probeBody(probe: ProbeSpec | undefined): Record<string, unknown> | undefined {
  if (!probe) return undefined;
  const iso = (s: number | undefined) => (s === undefined ? undefined : isoSeconds(s));
  return dropUndefined({
    failureThreshold: probe.failureThreshold,
    successThreshold: probe.successThreshold,
    timeout: iso(probe.timeoutSeconds),
    period: iso(probe.periodSeconds),
    initialDelay: iso(probe.initialDelaySeconds),
  });
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The ARM id of a workspace asset an `azureml:` reference names: `azureml:name:version`, `azureml:name@latest`
 * (the newest version), or an ARM id (with or without the `azureml:` prefix), which is taken as it is.
 */
export async function resolveAssetId(
  session: AzureSession,
  collection: AssetCollectionName,
  ref: Extract<AssetRef, { kind: 'azureml' }>,
): Promise<string> {
  const text = ref.text.replace(/^azureml:/, '');
  if (text.startsWith('/')) return text;
  const at = text.match(/^([^:@]+)@latest$/);
  if (at) {
    for await (const v of session.ml.versions(collection).list(at[1], { orderBy: 'CreatedAtDesc', top: 1 }))
      if (v.id) return v.id;
    throw new UserError(`'${ref.text}': ${collection} '${at[1]}' has no version in the workspace`, ref.loc);
  }
  const pinned = text.match(/^([^:@]+):([^:@]+)$/);
  if (!pinned) throw new UserError(`'${ref.text}' must be azureml:NAME:VERSION or azureml:NAME@latest`, ref.loc);
  try {
    const version = await session.ml.versions(collection).get(pinned[1], pinned[2]);
    return version.id ?? `${session.workspaceId}/${collection}/${pinned[1]}/versions/${pinned[2]}`;
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new UserError(`'${ref.text}': the workspace has no ${collection} ${pinned[1]} version ${pinned[2]}`, ref.loc);
  }
}
