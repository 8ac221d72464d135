import { dirname } from 'node:path';
import { entryOf, toPlain, type YMap, type YNode, type YamlFile } from '../yaml/located.js';
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
import { checkDistribution, readComponent, type CommandComponent } from './component.js';
import { inlineCommandComponent } from './inline-command.js';
import type { ComponentUse, NodeInput, NodeOutput, PipelineInput, PipelineNode, PipelineOutput } from './model.js';
import { INPUT_MODES, isDataType, OUTPUT_MODES, readMode, type DataType } from './ports.js';
import type { JsonValue } from './python-format.js';
import { isRemoteRef, localFilePath, parseDataPath, parseRemoteRef } from './refs.js';

/** What reading a step needs from the pipeline around it. */
export interface NodeContext {
  yaml: YamlFile;
  problems: Problems;
  /** Loads a component file once per path, however many steps use it. */
  loadComponent(path: string, at: YNode): Promise<CommandComponent | undefined>;
  pipelineInputs: Record<string, PipelineInput>;
  pipelineOutputs: Record<string, PipelineOutput>;
}

const COMMON_KEYS = [
  'type',
  'inputs',
  'outputs',
  'compute',
  'display_name',
  'description',
  'tags',
  'name',
  'experiment_name',
];
const COMMAND_KEYS = [
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
const NOT_SUPPORTED_NODE_KEYS = {
  identity: 'per-step identity is not sent by this action yet',
  queue_settings: 'not in api-version 2022-10-01',
};

/** Step types azure-ai-ml knows and this suite does not convert yet. */
const UNSUPPORTED_STEPS: Record<string, string> = {
  parallel: 'parallel steps',
  spark: 'spark steps',
  sweep: 'sweep steps',
  pipeline: 'pipeline component steps (nested pipelines)',
  import: 'import steps',
  data_transfer: 'data transfer steps',
  flow: 'prompt flow steps',
};

const AUTOML_DATA_FIELDS = ['training_data', 'validation_data', 'test_data'];

export async function readNode(name: string, node: YNode, ctx: NodeContext): Promise<PipelineNode | undefined> {
  const map = expectMap(node, `step '${name}'`, ctx.problems);
  if (!map) return undefined;
  const type = readString(map, 'type', ctx.problems) ?? 'command';
  if (type === 'automl') return readAutoMLNode(name, map, ctx);
  if (type !== 'command') {
    const label = UNSUPPORTED_STEPS[type];
    const where = entryOf(map, 'type')?.value.loc ?? map.loc;
    ctx.problems.add(
      label ? `not supported yet: ${label} (step '${name}')` : `step '${name}' has unknown type '${type}'`,
      where,
    );
    return undefined;
  }
  checkKeys(map, COMMAND_KEYS, ctx.problems, `step '${name}'`, NOT_SUPPORTED_NODE_KEYS);
  const result: PipelineNode = { name, loc: map.loc, type: 'command', ...readPorts(map, ctx) };
  readCommonFields(result, map, ctx.problems);
  readCommandFields(result, map, ctx.problems);
  const component = await readComponentUse(name, map, result, ctx);
  if (component) result.component = component;
  return result;
}

function readPorts(map: YMap, ctx: NodeContext): Pick<PipelineNode, 'inputs' | 'outputs'> {
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

function readCommonFields(node: PipelineNode, map: YMap, problems: Problems): void {
  const compute = readString(map, 'compute', problems);
  if (compute !== undefined) node.compute = compute;
  const displayName = readString(map, 'display_name', problems);
  if (displayName !== undefined) node.displayName = displayName;
  const description = readString(map, 'description', problems);
  if (description !== undefined) node.description = description;
  const tags = readStringMap(map, 'tags', problems);
  if (tags) node.tags = tags;
}

function readCommandFields(node: PipelineNode, map: YMap, problems: Problems): void {
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

function readNodeOutput(name: string, node: YNode, problems: Problems): NodeOutput | undefined {
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
  checkKeys(map, ['type', 'mode', 'path', 'description'], problems, `output '${name}'`, {
    name: 'registering outputs as data needs api-version 2023-04-01 or later',
    version: 'registering outputs as data needs api-version 2023-04-01 or later',
  });
  const mode = readMode(map, OUTPUT_MODES, problems);
  const path = readString(map, 'path', problems);
  const binding = path === undefined ? undefined : parseBinding(path);
  if (binding?.ok) return { kind: 'binding', binding: binding.binding, loc: map.loc, ...(mode ? { mode } : {}) };
  const output: NodeOutput = { kind: 'settings', loc: map.loc };
  const type = readDataType(map, problems);
  if (type) output.type = type;
  if (mode) output.mode = mode;
  if (path !== undefined) output.path = path;
  return output;
}

async function readComponentUse(
  name: string,
  map: YMap,
  node: PipelineNode,
  ctx: NodeContext,
): Promise<ComponentUse | undefined> {
  const componentNode = entryOf(map, 'component')?.value;
  const hasCommand = entryOf(map, 'command') !== undefined;
  if (componentNode && hasCommand) {
    ctx.problems.add(`step '${name}' has both component and command; keep one`, map.loc);
    return undefined;
  }
  if (!componentNode) {
    if (!hasCommand) {
      ctx.problems.add(
        `step '${name}' needs a component (a file, azureml:<name>:<version>, a registry id) or an inline command`,
        map.loc,
      );
      return undefined;
    }
    const component = await inlineCommandComponent(map, node, ctx);
    return component ? { kind: 'inline', component } : undefined;
  }
  if (componentNode.kind === 'map') {
    const component = await readComponent(componentNode, ctx.yaml, ctx.problems);
    return component ? { kind: 'inline', component } : undefined;
  }
  if (componentNode.kind !== 'scalar' || typeof componentNode.value !== 'string') {
    ctx.problems.add(
      `component of step '${name}' must be a path, an azureml: reference or a mapping`,
      componentNode.loc,
    );
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
  return component ? { kind: 'local', file, component } : undefined;
}

/** AutoML steps are sent as their YAML fields (azure-ai-ml dumps the AutoML job's YAML shape into the step). */
function readAutoMLNode(name: string, map: YMap, ctx: NodeContext): PipelineNode {
  const node: PipelineNode = { name, loc: map.loc, type: 'automl', inputs: {}, outputs: {} };
  readCommonFields(node, map, ctx.problems);
  readString(map, 'task', ctx.problems, { required: true, owner: `AutoML step '${name}'` });
  node.outputs = readPorts(map, ctx).outputs;
  const automl: Record<string, JsonValue> = {};
  const bindings: NonNullable<PipelineNode['automlBindings']> = {};
  for (const entry of map.entries) {
    if (['type', 'outputs', 'compute', 'display_name', 'description', 'tags', 'inputs'].includes(entry.key)) continue;
    if (
      AUTOML_DATA_FIELDS.includes(entry.key) &&
      entry.value.kind === 'scalar' &&
      typeof entry.value.value === 'string'
    ) {
      const parsed = parseBinding(entry.value.value);
      if (parsed?.ok) bindings[entry.key] = { binding: parsed.binding, loc: entry.value.loc };
      else if (parsed) ctx.problems.add(`${entry.key}: ${parsed.reason}`, entry.value.loc);
    }
    automl[entry.key] = toPlain(entry.value) as JsonValue;
  }
  if (entryOf(map, 'inputs'))
    ctx.problems.add(
      `AutoML step '${name}' takes its data in training_data/validation_data, not inputs`,
      entryOf(map, 'inputs')?.keyLoc,
    );
  node.automl = automl;
  node.automlBindings = bindings;
  return node;
}
