import { dirname } from 'node:path';
import { entryOf, toPlain, type YMap, type YNode } from '../yaml/located.js';
import {
  checkKeys,
  describeKind,
  expectMap,
  optionalMap,
  Problems,
  readNumber,
  readString,
  readStringMap,
} from '../yaml/fields.js';
import { parseBinding } from './bindings.js';
import { checkDistribution } from './component.js';
import type {
  CommandNode,
  Component,
  ComponentType,
  ComponentTypes,
  ComponentUse,
  Identity,
  JobFields,
  NodeBase,
  NodeInput,
  NodeOutput,
} from './model.js';
import type { NodeContext } from './steps/types.js';
import { readStringFields } from './steps/header.js';
import { INPUT_MODES, isDataType, OUTPUT_MODES, readMode, type DataType } from './ports.js';
import type { JsonValue } from './python-format.js';
import { isRemoteRef, localFilePath, parseDataPath, parseRemoteRef } from './refs.js';

export type { NodeContext };

/** Keys every step type takes. */
export const COMMON_KEYS = [
  'type',
  'inputs',
  'outputs',
  'compute',
  'display_name',
  'description',
  'tags',
  'properties',
  'identity',
  'queue_settings',
  'name',
  'experiment_name',
];

/** Keys of a command step (`type: command`), beside the common ones. */
export const COMMAND_KEYS = [
  ...COMMON_KEYS,
  'component',
  'environment_variables',
  'resources',
  'distribution',
  'limits',
  'services',
  // inline command steps
  'command',
  'code',
  'environment',
  'is_deterministic',
];

export function readPorts(map: YMap, ctx: NodeContext): Pick<NodeBase, 'inputs' | 'outputs'> {
  const baseDir = dirname(ctx.yaml.file);
  const inputs: Record<string, NodeInput> = {};
  for (const entry of optionalMap(map, 'inputs', ctx.problems)?.entries ?? []) {
    const input = readNodeInput(entry.key, entry.value, baseDir, ctx.problems);
    if (input) inputs[entry.key] = input;
  }
  const outputs: Record<string, NodeOutput> = {};
  for (const entry of optionalMap(map, 'outputs', ctx.problems)?.entries ?? []) {
    const output = readNodeOutput(entry.key, entry.value, ctx.problems);
    if (output) outputs[entry.key] = output;
  }
  return { inputs, outputs };
}

/** What a pipeline job and each of its steps read alike: `strings` (YAML key -> field), tags, properties, identity. */
export function readJobFields<F extends string>(
  target: Partial<Record<F, string>> & Pick<JobFields, 'tags' | 'properties' | 'identity'>,
  map: YMap,
  strings: Readonly<Record<string, F>>,
  problems: Problems,
): void {
  readStringFields(target, map, strings, problems);
  const tags = readStringMap(map, 'tags', problems);
  if (tags) target.tags = tags;
  const properties = readStringMap(map, 'properties', problems);
  if (properties) target.properties = properties;
  const identity = readIdentity(map, problems);
  if (identity) target.identity = identity;
}

/**
 * What every step has, read once its keys are checked (the common ones and `keys`, its type's own); `type`
 * names it in messages (`parallel step 'x'`).
 */
export function readStepBase<T extends string>(
  name: string,
  map: YMap,
  ctx: NodeContext,
  type: T,
  keys: readonly string[],
): NodeBase & { type: T } {
  checkKeys(map, [...COMMON_KEYS, ...keys], ctx.problems, `${type} step '${name}'`);
  const node = { name, loc: map.loc, type, ...readPorts(map, ctx) };
  readCommonFields(node, map, ctx.problems);
  return node;
}

export function readCommonFields(node: NodeBase, map: YMap, problems: Problems): void {
  readJobFields(node, map, { compute: 'compute', display_name: 'displayName', description: 'description' }, problems);
  const queue = optionalMap(map, 'queue_settings', problems);
  if (queue) node.queueSettings = readQueueSettings(queue, problems);
}

const IDENTITY_TYPES: readonly Identity['type'][] = ['aml_token', 'managed', 'user_identity'];

/** `identity: {type: aml_token | managed | user_identity, client_id?, object_id?, resource_id?}`. */
export function readIdentity(map: YMap, problems: Problems): Identity | undefined {
  const identity = optionalMap(map, 'identity', problems);
  if (!identity) return undefined;
  checkKeys(identity, ['type', 'client_id', 'object_id', 'msi_resource_id'], problems, 'identity');
  const type = readString(identity, 'type', problems, { required: true, owner: 'identity' });
  if (type === undefined) return undefined;
  const normalized = type.toLowerCase().replace(/^managed_identity$/, 'managed') as Identity['type'];
  if (!IDENTITY_TYPES.includes(normalized)) {
    problems.add(
      `identity type '${type}' is not one of ${IDENTITY_TYPES.join(', ')}`,
      entryOf(identity, 'type')?.value.loc,
    );
    return undefined;
  }
  const result: Identity = { type: normalized, loc: identity.loc };
  const ids = { client_id: 'clientId', object_id: 'objectId', msi_resource_id: 'resourceId' } as const;
  for (const [key, field] of Object.entries(ids) as [keyof typeof ids, (typeof ids)[keyof typeof ids]][]) {
    const value = readString(identity, key, problems);
    if (value !== undefined) result[field] = value;
  }
  if (normalized !== 'managed' && (result.clientId || result.objectId || result.resourceId))
    problems.add(`identity of type ${normalized} takes no client_id/object_id/msi_resource_id`, identity.loc);
  return result;
}

/** `queue_settings: {job_tier: spot|basic|standard|premium|null, priority?}` as azure-ai-ml sends it. */
function readQueueSettings(map: YMap, problems: Problems): Record<string, JsonValue> {
  checkKeys(map, ['job_tier', 'priority'], problems, 'queue_settings');
  const out: Record<string, JsonValue> = {};
  const tier = readString(map, 'job_tier', problems);
  if (tier !== undefined) {
    const tiers: Record<string, string> = {
      null: 'Null',
      spot: 'Spot',
      basic: 'Basic',
      standard: 'Standard',
      premium: 'Premium',
    };
    const rest = tiers[tier.toLowerCase()];
    if (rest) out.job_tier = rest;
    else
      problems.add(
        `queue_settings.job_tier '${tier}' is not one of ${Object.keys(tiers).join(', ')}`,
        entryOf(map, 'job_tier')?.value.loc,
      );
  }
  const priority = readString(map, 'priority', problems);
  if (priority !== undefined) out.priority = priority;
  return out;
}

export function readCommandFields(node: Omit<CommandNode, 'component'>, map: YMap, problems: Problems): void {
  const env = readStringMap(map, 'environment_variables', problems);
  if (env) node.environmentVariables = env;
  const resources = optionalMap(map, 'resources', problems);
  if (resources) node.resources = toPlain(resources) as Record<string, JsonValue>;
  const distribution = optionalMap(map, 'distribution', problems);
  if (distribution) {
    checkDistribution(distribution, problems);
    node.distribution = toPlain(distribution) as Record<string, JsonValue>;
  }
  const limits = optionalMap(map, 'limits', problems);
  if (limits) {
    checkKeys(limits, ['timeout'], problems, 'limits of a command step');
    const timeout = readNumber(limits, 'timeout', problems);
    if (timeout !== undefined) node.timeoutSeconds = timeout;
  }
  const services = optionalMap(map, 'services', problems);
  if (services) node.services = readServices(services, problems);
}

const SERVICE_TYPES: Record<string, string> = {
  vs_code: 'VSCode',
  jupyter_lab: 'JupyterLab',
  tensor_board: 'TensorBoard',
  ssh: 'SSH',
};

/** Interactive services: `{type: tensor_board, log_dir}` becomes the service's `{job_service_type, properties}`. */
function readServices(map: YMap, problems: Problems): Record<string, Record<string, JsonValue>> {
  const out: Record<string, Record<string, JsonValue>> = {};
  for (const entry of map.entries) {
    const service = expectMap(entry.value, `service '${entry.key}'`, problems);
    if (!service) continue;
    const type = readString(service, 'type', problems, { required: true, owner: `service '${entry.key}'` });
    if (type === undefined) continue;
    if (!(type in SERVICE_TYPES)) {
      problems.add(
        `service '${entry.key}' has unknown type '${type}'; use ${Object.keys(SERVICE_TYPES).join(', ')}`,
        service.loc,
      );
      continue;
    }
    const rest: Record<string, JsonValue> = { job_service_type: SERVICE_TYPES[type] };
    const properties: Record<string, JsonValue> = {};
    for (const e of service.entries) {
      if (e.key === 'type') continue;
      if (e.key === 'port' || e.key === 'nodes') rest[e.key] = toPlain(e.value) as JsonValue;
      else if (e.key === 'log_dir') properties.logDir = toPlain(e.value) as JsonValue;
      else if (e.key === 'ssh_public_keys') properties.sshPublicKeys = toPlain(e.value) as JsonValue;
      else problems.add(`unknown key '${e.key}' in service '${entry.key}'`, e.keyLoc);
    }
    if (Object.keys(properties).length > 0) rest.properties = properties;
    out[entry.key] = rest;
  }
  return out;
}

export function readNodeInput(name: string, node: YNode, baseDir: string, problems: Problems): NodeInput | undefined {
  if (node.kind === 'scalar') {
    if (node.value === null) return undefined;
    const parsed = typeof node.value === 'string' ? parseBinding(node.value) : undefined;
    if (parsed?.ok === false) problems.add(`input '${name}': ${parsed.reason}`, node.loc);
    if (parsed?.ok) return { kind: 'binding', binding: parsed.binding, loc: node.loc };
    return parsed ? undefined : { kind: 'literal', value: node.value, source: node.source, loc: node.loc };
  }
  const map = expectMap(node, `input '${name}'`, problems);
  if (!map) return undefined;
  checkKeys(map, ['type', 'path', 'mode', 'value', 'optional', 'description'], problems, `input '${name}'`);
  const valueNode = entryOf(map, 'value')?.value;
  if (valueNode) return readNodeInput(name, valueNode, baseDir, problems);
  const mode = readMode(map, INPUT_MODES, problems);
  const pathText = readString(map, 'path', problems);
  const binding = pathText === undefined ? undefined : parseBinding(pathText);
  if (binding?.ok === false) problems.add(`input '${name}': ${binding.reason}`, entryOf(map, 'path')?.value.loc);
  if (binding?.ok) return { kind: 'binding', binding: binding.binding, loc: map.loc, ...(mode ? { mode } : {}) };
  const type = readDataType(map, problems) ?? 'uri_folder';
  if (pathText === undefined) {
    problems.add(`input '${name}' of type ${type} needs a path`, map.loc);
    return undefined;
  }
  const path = parseDataPath(pathText, baseDir);
  if (path.kind === 'invalid') problems.add(`input '${name}': path ${path.reason}`, entryOf(map, 'path')?.value.loc);
  return { kind: 'data', type, path, pathText, loc: map.loc, ...(mode ? { mode } : {}) };
}

function readDataType(map: YMap, problems: Problems): DataType | undefined {
  const type = readString(map, 'type', problems);
  if (type === undefined) return undefined;
  if (isDataType(type)) return type;
  problems.add(
    `type '${type}' is not a data type; use uri_file, uri_folder, mltable, custom_model, mlflow_model or triton_model`,
    entryOf(map, 'type')?.value.loc,
  );
  return undefined;
}

export function readNodeOutput(name: string, node: YNode, problems: Problems): NodeOutput | undefined {
  if (node.kind === 'scalar') {
    if (node.value === null) return undefined;
    const parsed = typeof node.value === 'string' ? parseBinding(node.value) : undefined;
    if (parsed?.ok && parsed.binding.scope === 'parent.outputs')
      return { kind: 'binding', binding: parsed.binding, loc: node.loc };
    problems.add(
      `output '${name}' must be \${{parent.outputs.<name>}} or a mapping with type/mode/path, got ${describeKind(node)}`,
      node.loc,
    );
    return undefined;
  }
  const map = expectMap(node, `output '${name}'`, problems);
  if (!map) return undefined;
  checkKeys(map, ['type', 'mode', 'path', 'description', 'name', 'version'], problems, `output '${name}'`);
  const mode = readMode(map, OUTPUT_MODES, problems);
  const path = readString(map, 'path', problems);
  const binding = path === undefined ? undefined : parseBinding(path);
  if (binding?.ok) return { kind: 'binding', binding: binding.binding, loc: map.loc, ...(mode ? { mode } : {}) };
  const output: NodeOutput = { kind: 'settings', loc: map.loc };
  const type = readDataType(map, problems);
  if (type) output.type = type;
  if (mode) output.mode = mode;
  if (path !== undefined) output.path = path;
  Object.assign(output, readAssetNaming(map, name, problems));
  return output;
}

/** `name:`/`version:` of an output: the data asset it is registered as (a version needs a name). */
export function readAssetNaming(
  map: YMap,
  port: string,
  problems: Problems,
): { assetName?: string; assetVersion?: string } {
  const out: { assetName?: string; assetVersion?: string } = {};
  const assetName = readString(map, 'name', problems);
  if (assetName !== undefined) out.assetName = assetName;
  const versionNode = entryOf(map, 'version')?.value;
  if (versionNode?.kind === 'scalar' && versionNode.value !== null) {
    out.assetVersion = String(versionNode.value);
    if (assetName === undefined)
      problems.add(`output '${port}' has a version but no name; name the data asset it registers`, versionNode.loc);
  }
  return out;
}

/**
 * The `component:` of a step: a file, an inline mapping, or a remote reference (`azureml:name:version`,
 * `azureml:name@latest`, `azureml://registries/...`, an ARM id). A local or inline component must be of the
 * step's type.
 */
export async function readComponentUse<T extends ComponentType>(
  name: string,
  map: YMap,
  ctx: NodeContext,
  type: T,
  /** The key naming the component (`trial` of a sweep step). */
  key = 'component',
): Promise<ComponentUse<ComponentTypes[T]> | undefined> {
  const componentNode = entryOf(map, key)?.value;
  if (!componentNode || (componentNode.kind === 'scalar' && componentNode.value === null)) {
    ctx.problems.add(
      `step '${name}' needs a ${key} (a file, azureml:<name>:<version>, a registry id or a mapping)`,
      map.loc,
    );
    return undefined;
  }
  const ofType = (component: Component | undefined, at: YNode): component is ComponentTypes[T] => {
    if (!component) return false;
    if (component.type === type) return true;
    ctx.problems.add(
      `step '${name}' is of type ${type} but its component is a ${component.type} component; set the step's type: ${component.type}`,
      at.loc,
    );
    return false;
  };
  if (componentNode.kind === 'map') {
    const component = await ctx.readComponent(componentNode, ctx.yaml, ctx.problems);
    return ofType(component, componentNode) ? { kind: 'inline', component } : undefined;
  }
  if (componentNode.kind !== 'scalar' || typeof componentNode.value !== 'string') {
    ctx.problems.add(`${key} of step '${name}' must be a path, an azureml: reference or a mapping`, componentNode.loc);
    return undefined;
  }
  const text = componentNode.value;
  if (isRemoteRef(text)) {
    const parsed = parseRemoteRef(text);
    if (!parsed.ok) ctx.problems.add(`component ${parsed.reason}`, componentNode.loc);
    return parsed.ok ? { kind: 'remote', text, ref: parsed.ref } : undefined;
  }
  const file = localFilePath(text, dirname(ctx.yaml.file));
  const component = await ctx.loadComponent(file, componentNode);
  if (!ofType(component, componentNode)) return undefined;
  return { kind: 'local', file, component, ...(text.startsWith('file:') ? { fileScheme: true } : {}) };
}
