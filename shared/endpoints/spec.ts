/**
 * The endpoint and deployment YAML as `az ml online-endpoint` / `online-deployment` read them: YAML 1.1 through
 * shared/yaml, every problem with file and line, unknown keys warned (az ml warns and drops them) rather than
 * refused. The result is typed and still holds unresolved references (`azureml:` model, environment, code):
 * `to-rest.ts` resolves them and builds the bodies azure-ai-ml sends.
 */
import path from 'node:path';
import type { SourceLocation } from '../core/logger.js';
import type { SetOverride } from '../pipeline/overrides.js';
import {
  checkKeys,
  optionalMap,
  Problems,
  readBoolean,
  readNumber,
  readString,
  readStringMap,
} from '../yaml/fields.js';
import { entryOf, toPlain, type YMap } from '../yaml/located.js';
import type { EndpointAuthMode } from '../azure/ml-api/endpoint-types.js';
import { openSpecFile, readDescribed, type Loaded, type SpecHeader } from './spec-fields.js';

/** A reference to a workspace asset or a local folder, as the YAML wrote it. */
export type AssetRef = { kind: 'azureml'; text: string; loc: SourceLocation } | { kind: 'local'; path: string };

export interface OnlineEndpointSpec extends SpecHeader {
  authMode: EndpointAuthMode;
  identity?: { type: string; userAssignedIdentities?: string[] };
  /** The file's `traffic:`: used only when the endpoint is created (an update keeps the live traffic). */
  traffic?: Record<string, number>;
  publicNetworkAccess?: 'Enabled' | 'Disabled';
}

export interface ProbeSpec {
  failureThreshold?: number;
  successThreshold?: number;
  timeoutSeconds?: number;
  periodSeconds?: number;
  initialDelaySeconds?: number;
}

export interface OnlineDeploymentSpec extends SpecHeader {
  nameLoc: SourceLocation;
  endpointName?: string;
  endpointNameLoc?: SourceLocation;
  model?: AssetRef;
  environment?: AssetRef;
  code?: AssetRef;
  scoringScript?: string;
  environmentVariables?: Record<string, string>;
  instanceType?: string;
  instanceCount: number;
  appInsightsEnabled?: boolean;
  egressPublicNetworkAccess?: 'Enabled' | 'Disabled';
  scaleSettings?: Record<string, unknown>;
  requestSettings?: {
    requestTimeoutMs?: number;
    maxConcurrentRequestsPerInstance?: number;
    maxQueueWaitMs?: number;
  };
  livenessProbe?: ProbeSpec;
  readinessProbe?: ProbeSpec;
  modelMountPath?: string;
}

export type { Loaded } from './spec-fields.js';

const ENDPOINT_KEYS = [
  'auth_mode',
  'identity',
  'traffic',
  'mirror_traffic',
  'public_network_access',
  'kind',
  'location',
];

const DEPLOYMENT_KEYS = [
  'endpoint_name',
  'type',
  'model',
  'code_configuration',
  'environment',
  'environment_variables',
  'app_insights_enabled',
  'scale_settings',
  'request_settings',
  'liveness_probe',
  'readiness_probe',
  'instance_type',
  'instance_count',
  'egress_public_network_access',
  'model_mount_path',
];

/** Keys of the schema this suite does not send yet: refused, never silently dropped. */
const DEPLOYMENT_NOT_SUPPORTED: Record<string, string> = {
  data_collector: 'configure data collection on the deployment after it is created',
  code_path: 'write code_configuration: {code, scoring_script} instead',
  scoring_script: 'write code_configuration: {code, scoring_script} instead',
  with_package: 'model packaging is not supported',
};

const AUTH_MODES: Record<string, EndpointAuthMode> = { key: 'Key', aml_token: 'AMLToken', aad_token: 'AADToken' };

/** Reads an online endpoint YAML (`az ml online-endpoint create -f`). */
export async function loadOnlineEndpoint(
  file: string,
  overrides: readonly SetOverride[] = [],
): Promise<Loaded<OnlineEndpointSpec>> {
  const opened = await openSpecFile(file, overrides, 'an online endpoint', 'endpoint', ENDPOINT_KEYS);
  const { map, problems, warnings, name } = opened;
  const authText = readString(map, 'auth_mode', problems) ?? 'key';
  const authMode = AUTH_MODES[authText.toLowerCase()];
  if (!authMode)
    problems.add(
      `auth_mode '${authText}' is not one of ${Object.keys(AUTH_MODES).join(', ')}`,
      entryOf(map, 'auth_mode')?.value.loc,
    );
  const spec: OnlineEndpointSpec = {
    file,
    name,
    ...readDescribed(map, problems),
    authMode: authMode ?? 'Key',
    identity: readIdentity(map, problems),
    traffic: readTraffic(map, 'traffic', problems),
    publicNetworkAccess: readEnabled(map, 'public_network_access', problems),
  };
  if (entryOf(map, 'mirror_traffic'))
    warnings.add(
      "'mirror_traffic' is set by this action's 'traffic' input, not the file",
      entryOf(map, 'mirror_traffic')!.keyLoc,
    );
  return opened.done(spec);
}

/** Reads a managed online deployment YAML (`az ml online-deployment create -f`). */
export async function loadOnlineDeployment(
  file: string,
  overrides: readonly SetOverride[] = [],
): Promise<Loaded<OnlineDeploymentSpec>> {
  const opened = await openSpecFile(file, overrides, 'an online deployment', 'deployment', [
    ...DEPLOYMENT_KEYS,
    ...Object.keys(DEPLOYMENT_NOT_SUPPORTED),
  ]);
  const { map, problems, name, nameLoc } = opened;
  // Keys this suite does not send are refused (the rest of the unknown ones are warned, as az ml warns and drops them).
  for (const entry of map.entries) {
    const why = DEPLOYMENT_NOT_SUPPORTED[entry.key];
    if (why) problems.add(`not supported yet: '${entry.key}' in an online deployment (${why})`, entry.keyLoc);
  }
  const type = readString(map, 'type', problems) ?? 'managed';
  if (type !== 'managed')
    problems.add(
      `type '${type}': only managed online deployments are supported (Kubernetes: use k8s-deploy)`,
      entryOf(map, 'type')!.value.loc,
    );
  const dir = path.dirname(file);
  const codeConfig = optionalMap(map, 'code_configuration', problems);
  if (codeConfig) checkKeys(codeConfig, ['code', 'scoring_script'], problems, "'code_configuration'");
  const codeText = codeConfig && readString(codeConfig, 'code', problems);
  const instanceCount = readNumber(map, 'instance_count', problems) ?? 1;
  if (!Number.isInteger(instanceCount) || instanceCount < 1)
    problems.add('instance_count must be a whole number of at least 1', entryOf(map, 'instance_count')!.value.loc);
  const spec: OnlineDeploymentSpec = {
    file,
    name,
    nameLoc,
    endpointName: readString(map, 'endpoint_name', problems),
    endpointNameLoc: entryOf(map, 'endpoint_name')?.value.loc,
    ...readDescribed(map, problems),
    model: readAssetRef(map, 'model', dir, problems, 'a registered model (azureml:name:version)'),
    environment: readAssetRef(map, 'environment', dir, problems, 'a registered environment (azureml:name:version)'),
    code: codeText ? assetRefOf(codeText, dir, entryOf(codeConfig!, 'code')!.value.loc) : undefined,
    scoringScript:
      codeConfig &&
      readString(codeConfig, 'scoring_script', problems, { required: true, owner: "'code_configuration'" }),
    environmentVariables: readStringMap(map, 'environment_variables', problems),
    instanceType: readString(map, 'instance_type', problems),
    instanceCount,
    appInsightsEnabled: readBoolean(map, 'app_insights_enabled', problems),
    egressPublicNetworkAccess: readEnabled(map, 'egress_public_network_access', problems),
    scaleSettings: readScaleSettings(map, problems),
    requestSettings: readRequestSettings(map, problems),
    livenessProbe: readProbe(map, 'liveness_probe', problems),
    readinessProbe: readProbe(map, 'readiness_probe', problems),
    modelMountPath: readString(map, 'model_mount_path', problems),
  };
  if (!spec.environment && spec.code)
    problems.add('a deployment with code_configuration needs an environment', map.loc);
  return opened.done(spec);
}

function assetRefOf(text: string, dir: string, loc: SourceLocation): AssetRef {
  if (text.startsWith('azureml:') || text.startsWith('/subscriptions/')) return { kind: 'azureml', text, loc };
  return { kind: 'local', path: path.resolve(dir, text.replace(/^file:/, '')) };
}

function readAssetRef(map: YMap, key: string, dir: string, problems: Problems, expected: string): AssetRef | undefined {
  const entry = entryOf(map, key);
  if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) return undefined;
  if (entry.value.kind !== 'scalar') {
    problems.add(`not supported yet: an inline '${key}'; give ${expected}`, entry.value.loc);
    return undefined;
  }
  const text = readString(map, key, problems) ?? '';
  const ref = assetRefOf(text, dir, entry.value.loc);
  if (ref.kind === 'local') problems.add(`'${key}: ${text}' must be ${expected}`, entry.value.loc);
  return ref;
}

function readEnabled(map: YMap, key: string, problems: Problems): 'Enabled' | 'Disabled' | undefined {
  const text = readString(map, key, problems);
  if (text === undefined) return undefined;
  if (/^enabled$/i.test(text)) return 'Enabled';
  if (/^disabled$/i.test(text)) return 'Disabled';
  problems.add(`'${key}' must be enabled or disabled, got '${text}'`, entryOf(map, key)!.value.loc);
  return undefined;
}

function readIdentity(map: YMap, problems: Problems): OnlineEndpointSpec['identity'] {
  const identity = optionalMap(map, 'identity', problems);
  if (!identity) return undefined;
  checkKeys(identity, ['type', 'user_assigned_identities'], problems, "'identity'");
  const type = readString(identity, 'type', problems, { required: true, owner: "'identity'" }) ?? 'system_assigned';
  const uai = entryOf(identity, 'user_assigned_identities')?.value;
  const ids =
    uai?.kind === 'seq'
      ? uai.items.map((item) => {
          const plain = toPlain(item) as Record<string, unknown> | string;
          return typeof plain === 'string' ? plain : String(plain.resource_id ?? '');
        })
      : undefined;
  return { type, userAssignedIdentities: ids };
}

function readTraffic(map: YMap, key: string, problems: Problems): Record<string, number> | undefined {
  const traffic = optionalMap(map, key, problems);
  if (!traffic) return undefined;
  const out: Record<string, number> = {};
  for (const entry of traffic.entries) {
    const value = readNumber(traffic, entry.key, problems);
    if (value !== undefined) out[entry.key] = value;
  }
  return out;
}

function readScaleSettings(map: YMap, problems: Problems): Record<string, unknown> | undefined {
  const scale = optionalMap(map, 'scale_settings', problems);
  if (!scale) return undefined;
  const type = readString(scale, 'type', problems) ?? 'default';
  if (type === 'default') return { scaleType: 'Default' };
  problems.add(
    `scale_settings type '${type}': only 'default' is supported for managed online deployments`,
    entryOf(scale, 'type')?.value.loc ?? scale.loc,
  );
  return undefined;
}

function readRequestSettings(map: YMap, problems: Problems): OnlineDeploymentSpec['requestSettings'] {
  const settings = optionalMap(map, 'request_settings', problems);
  if (!settings) return undefined;
  checkKeys(
    settings,
    ['request_timeout_ms', 'max_concurrent_requests_per_instance', 'max_queue_wait_ms'],
    problems,
    "'request_settings'",
  );
  return {
    requestTimeoutMs: readNumber(settings, 'request_timeout_ms', problems),
    maxConcurrentRequestsPerInstance: readNumber(settings, 'max_concurrent_requests_per_instance', problems),
    maxQueueWaitMs: readNumber(settings, 'max_queue_wait_ms', problems),
  };
}

function readProbe(map: YMap, key: string, problems: Problems): ProbeSpec | undefined {
  const probe = optionalMap(map, key, problems);
  if (!probe) return undefined;
  checkKeys(
    probe,
    ['initial_delay', 'period', 'timeout', 'success_threshold', 'failure_threshold'],
    problems,
    `'${key}'`,
  );
  return {
    initialDelaySeconds: readNumber(probe, 'initial_delay', problems),
    periodSeconds: readNumber(probe, 'period', problems),
    timeoutSeconds: readNumber(probe, 'timeout', problems),
    successThreshold: readNumber(probe, 'success_threshold', problems),
    failureThreshold: readNumber(probe, 'failure_threshold', problems),
  };
}
