/**
 * The batch endpoint and batch deployment YAML as `az ml batch-endpoint` / `batch-deployment` read them: a model
 * deployment (`type: model`, the default) or a pipeline component deployment (`type: pipeline`). Settings may sit
 * at the top (older schema) or under `settings:` (newer schema), as azure-ai-ml accepts both.
 */
import path from 'node:path';
import type { SourceLocation } from '../core/logger.js';
import type { SetOverride } from '../pipeline/overrides.js';
import { checkKeys, optionalMap, Problems, readNumber, readString, readStringMap } from '../yaml/fields.js';
import { entryOf, type YMap } from '../yaml/located.js';
import type { AssetRef } from './spec.js';
import { openSpecFile, readDescribed, type Loaded, type SpecHeader } from './spec-fields.js';

/** A batch endpoint file says no more than any endpoint file (its auth mode is always Microsoft Entra). */
export type BatchEndpointSpec = SpecHeader;

export interface BatchDeploymentSpec extends SpecHeader {
  nameLoc: SourceLocation;
  type: 'model' | 'pipeline';
  endpointName?: string;
  model?: AssetRef;
  component?: AssetRef;
  environment?: AssetRef;
  code?: AssetRef;
  scoringScript?: string;
  /** Compute name (`azureml:cpu-cluster` or `cpu-cluster`). */
  compute?: string;
  instanceCount?: number;
  maxConcurrencyPerInstance?: number;
  miniBatchSize?: number;
  outputAction?: 'AppendRow' | 'SummaryOnly';
  outputFileName?: string;
  retrySettings?: { maxRetries?: number; timeoutSeconds?: number };
  errorThreshold?: number;
  loggingLevel?: 'Info' | 'Warning' | 'Debug';
  environmentVariables?: Record<string, string>;
  /** A pipeline deployment's `settings` (default_compute, continue_on_step_failure, ...), sent as strings. */
  pipelineSettings?: Record<string, string>;
}

const ENDPOINT_KEYS = ['auth_mode', 'defaults', 'location'];
const RUN_SETTINGS = [
  'max_concurrency_per_instance',
  'mini_batch_size',
  'output_action',
  'output_file_name',
  'retry_settings',
  'error_threshold',
  'logging_level',
  'environment_variables',
];
const DEPLOYMENT_KEYS = [
  'endpoint_name',
  'type',
  'model',
  'component',
  'code_configuration',
  'environment',
  'compute',
  'resources',
  'settings',
  'job_definition',
  ...RUN_SETTINGS,
];

export async function loadBatchEndpoint(file: string): Promise<Loaded<BatchEndpointSpec>> {
  const opened = await openSpecFile(file, [], 'a batch endpoint', 'endpoint', ENDPOINT_KEYS);
  const { map, problems, warnings, name } = opened;
  const auth = readString(map, 'auth_mode', problems);
  if (auth && auth !== 'aad_token')
    problems.add(`auth_mode '${auth}': batch endpoints take aad_token only`, entryOf(map, 'auth_mode')!.value.loc);
  if (entryOf(map, 'defaults'))
    warnings.add(
      "'defaults' is set by this action's 'make-default' input, not the file",
      entryOf(map, 'defaults')!.keyLoc,
    );
  const spec: BatchEndpointSpec = {
    file,
    name,
    ...readDescribed(map, problems),
  };
  return opened.done(spec);
}

export async function loadBatchDeployment(
  file: string,
  overrides: readonly SetOverride[] = [],
): Promise<Loaded<BatchDeploymentSpec>> {
  const opened = await openSpecFile(file, overrides, 'a batch deployment', 'deployment', DEPLOYMENT_KEYS);
  const { map, problems, warnings, name, nameLoc } = opened;
  const typeText = readString(map, 'type', problems) ?? (entryOf(map, 'component') ? 'pipeline' : 'model');
  if (typeText !== 'model' && typeText !== 'pipeline')
    problems.add(`type '${typeText}' must be model or pipeline`, entryOf(map, 'type')!.value.loc);
  if (entryOf(map, 'job_definition'))
    problems.add(
      "not supported yet: 'job_definition' (deploy a registered pipeline component with 'component:')",
      entryOf(map, 'job_definition')!.keyLoc,
    );
  const dir = path.dirname(file);
  const settings = optionalMap(map, 'settings', problems);
  // Run settings: under `settings:` (newer schema) or at the top (older one).
  const runMap = typeText === 'model' && settings ? settings : map;
  if (typeText === 'model' && settings) checkKeys(settings, RUN_SETTINGS, warnings, "'settings'");
  const codeConfig = optionalMap(map, 'code_configuration', problems);
  const codeText = codeConfig && readString(codeConfig, 'code', problems);
  const resources = optionalMap(map, 'resources', problems);
  const retry = optionalMap(runMap, 'retry_settings', problems);
  const spec: BatchDeploymentSpec = {
    file,
    name,
    nameLoc,
    type: typeText === 'pipeline' ? 'pipeline' : 'model',
    endpointName: readString(map, 'endpoint_name', problems),
    ...readDescribed(map, problems),
    model: assetAt(map, 'model', problems),
    component: assetAt(map, 'component', problems),
    environment: assetAt(map, 'environment', problems),
    code: codeText
      ? codeText.startsWith('azureml:')
        ? { kind: 'azureml', text: codeText, loc: entryOf(codeConfig!, 'code')!.value.loc }
        : { kind: 'local', path: path.resolve(dir, codeText) }
      : undefined,
    scoringScript: codeConfig && readString(codeConfig, 'scoring_script', problems),
    compute: readString(map, 'compute', problems)?.replace(/^azureml:/, ''),
    instanceCount: resources && readNumber(resources, 'instance_count', problems),
    maxConcurrencyPerInstance: readNumber(runMap, 'max_concurrency_per_instance', problems),
    miniBatchSize: readNumber(runMap, 'mini_batch_size', problems),
    outputAction: outputAction(runMap, problems),
    outputFileName: readString(runMap, 'output_file_name', problems),
    retrySettings: retry && {
      maxRetries: readNumber(retry, 'max_retries', problems),
      timeoutSeconds: readNumber(retry, 'timeout', problems),
    },
    errorThreshold: readNumber(runMap, 'error_threshold', problems),
    loggingLevel: loggingLevel(runMap, problems),
    environmentVariables: readStringMap(runMap, 'environment_variables', problems),
    pipelineSettings: typeText === 'pipeline' && settings ? readStringMap(map, 'settings', problems) : undefined,
  };
  if (spec.type === 'pipeline' && !spec.component)
    problems.add("a pipeline deployment needs 'component: azureml:NAME:VERSION'", map.loc);
  if (spec.type === 'model' && !spec.compute) problems.add("a model batch deployment needs 'compute'", map.loc);
  return opened.done(spec);
}

function assetAt(map: YMap, key: string, problems: Problems): AssetRef | undefined {
  const entry = entryOf(map, key);
  if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) return undefined;
  const text = entry.value.kind === 'scalar' ? readString(map, key, problems) : undefined;
  if (!text || !(text.startsWith('azureml:') || text.startsWith('/subscriptions/'))) {
    problems.add(`not supported yet: '${key}' must name a registered asset (azureml:NAME:VERSION)`, entry.value.loc);
    return undefined;
  }
  return { kind: 'azureml', text, loc: entry.value.loc };
}

function outputAction(map: YMap, problems: Problems): BatchDeploymentSpec['outputAction'] {
  const text = readString(map, 'output_action', problems);
  if (text === undefined) return undefined;
  if (text === 'append_row') return 'AppendRow';
  if (text === 'summary_only') return 'SummaryOnly';
  problems.add(`output_action '${text}' must be append_row or summary_only`, entryOf(map, 'output_action')!.value.loc);
  return undefined;
}

function loggingLevel(map: YMap, problems: Problems): BatchDeploymentSpec['loggingLevel'] {
  const text = readString(map, 'logging_level', problems);
  if (text === undefined) return undefined;
  const level = { info: 'Info', warning: 'Warning', debug: 'Debug' }[text.toLowerCase()] as
    BatchDeploymentSpec['loggingLevel'] | undefined;
  if (!level)
    problems.add(`logging_level '${text}' must be info, warning or debug`, entryOf(map, 'logging_level')!.value.loc);
  return level;
}
