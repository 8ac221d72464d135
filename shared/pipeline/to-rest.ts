import { formatBinding } from './bindings.js';
import type { CommandComponent } from './component.js';
import type { DataInput, NodeInput, NodeOutput, PipelineJob, PipelineNode } from './model.js';
import { INPUT_MODES, OUTPUT_MODES, type DataType } from './ports.js';
import { pythonStr, type JsonValue } from './python-format.js';
import { computeId, datastoreId, versionId, type AssetCollection, type DataPath, type RemoteRef } from './refs.js';

/**
 * The Azure work a pipeline needs before it can be submitted. The action supplies it (registration reuses
 * register-components; uploads go to the default datastore); tests supply an in-memory one.
 */
export interface PipelineResolver {
  /** ARM id of the workspace (`/subscriptions/…/workspaces/{ws}`). */
  workspaceId: string;
  /** Registers a local or inline component (anonymously); returns its version's ARM id. Called once per component. */
  registerComponent(component: CommandComponent): Promise<string>;
  /** Uploads a local file or folder used as data; returns its `azureml://datastores/…/paths/…` URI. */
  uploadLocalData(path: string, type: DataType): Promise<string>;
  /** A label (`latest`) of a workspace asset, resolved to a version. */
  resolveLabel(collection: AssetCollection, name: string, label: string): Promise<string>;
}

export interface PipelineBodyOptions {
  /** Replaces the YAML's experiment_name (e.g. with the branch appended). */
  experimentName?: string;
  /** Merged over the YAML's tags (traceability tags). */
  tags?: Record<string, string>;
  /** Job `properties` (e.g. git properties). */
  properties?: Record<string, string>;
}

export interface PipelineJobBody {
  properties: {
    jobType: 'Pipeline';
    displayName?: string;
    description?: string;
    experimentName?: string;
    tags: Record<string, string>;
    properties: Record<string, string>;
    computeId?: string;
    isArchived: false;
    inputs: Record<string, Record<string, string>>;
    outputs: Record<string, Record<string, string>>;
    settings: Record<string, JsonValue>;
    jobs: Record<string, Record<string, JsonValue>>;
  };
}

/** Converts a loaded pipeline job into the JobBase PUT body for `jobType: Pipeline` (api 2022-10-01). */
export async function pipelineJobBody(
  job: PipelineJob,
  resolver: PipelineResolver,
  options: PipelineBodyOptions = {},
): Promise<PipelineJobBody> {
  const registered = new Map<CommandComponent, Promise<string>>();
  const register = (component: CommandComponent): Promise<string> => {
    if (!registered.has(component)) registered.set(component, resolver.registerComponent(component));
    return registered.get(component) as Promise<string>;
  };
  const properties: PipelineJobBody['properties'] = {
    jobType: 'Pipeline',
    tags: { ...job.tags, ...options.tags },
    properties: { ...options.properties },
    isArchived: false,
    inputs: await pipelineInputs(job, resolver),
    outputs: pipelineOutputs(job),
    settings: settings(job, resolver.workspaceId),
    jobs: {},
  };
  if (job.displayName !== undefined) properties.displayName = job.displayName;
  if (job.description !== undefined) properties.description = job.description;
  const experimentName = options.experimentName ?? job.experimentName;
  if (experimentName !== undefined) properties.experimentName = experimentName;
  if (job.compute !== undefined) properties.computeId = computeId(resolver.workspaceId, job.compute);
  for (const node of Object.values(job.jobs)) {
    properties.jobs[node.name] =
      node.type === 'automl' ? automlNode(node, resolver.workspaceId) : await commandNode(node, resolver, register);
  }
  return { properties };
}

async function pipelineInputs(
  job: PipelineJob,
  resolver: PipelineResolver,
): Promise<PipelineJobBody['properties']['inputs']> {
  const out: PipelineJobBody['properties']['inputs'] = {};
  for (const input of Object.values(job.inputs)) {
    if (input.kind === 'literal') {
      // azure-ai-ml drops empty pipeline inputs rather than sending "None".
      if (input.value === null || input.value === '') continue;
      out[input.name] = { jobInputType: 'literal', value: pythonStr(input.value, input.source) };
    } else if (input.path) {
      out[input.name] = {
        jobInputType: input.type,
        uri: await dataUri(input, resolver),
        ...mode(input.mode, INPUT_MODES),
      };
      if (input.description !== undefined) out[input.name].description = input.description;
    }
  }
  return out;
}

function pipelineOutputs(job: PipelineJob): PipelineJobBody['properties']['outputs'] {
  const out: PipelineJobBody['properties']['outputs'] = {};
  for (const output of Object.values(job.outputs)) {
    out[output.name] = { jobOutputType: output.type, ...mode(output.mode, OUTPUT_MODES) };
    if (output.path !== undefined) out[output.name].uri = output.path;
    if (output.description !== undefined) out[output.name].description = output.description;
  }
  return out;
}

function mode(yamlMode: string | undefined, modes: Readonly<Record<string, string>>): { mode?: string } {
  return yamlMode ? { mode: modes[yamlMode] } : {};
}

function settings(job: PipelineJob, workspaceId: string): Record<string, JsonValue> {
  const s = job.settings;
  const out: Record<string, JsonValue> = { ...s.extra };
  if (s.defaultCompute !== undefined) out.default_compute = computeId(workspaceId, s.defaultCompute);
  if (s.defaultDatastore !== undefined) out.default_datastore = datastoreId(workspaceId, s.defaultDatastore);
  if (s.continueOnStepFailure !== undefined) out.continue_on_step_failure = s.continueOnStepFailure;
  if (s.forceRerun !== undefined) out.force_rerun = s.forceRerun;
  out._source = 'YAML.JOB';
  return out;
}

/** A data path as the service takes it: URIs unchanged, assets as ARM ids, local paths uploaded. */
async function dataUri(
  input: Pick<DataInput, 'type' | 'path' | 'pathText'>,
  resolver: PipelineResolver,
): Promise<string> {
  const path = input.path as DataPath;
  switch (path.kind) {
    case 'uri':
      return path.uri;
    case 'local':
      return resolver.uploadLocalData(path.path, input.type);
    case 'asset':
      return assetId(path.ref, isModel(input.type) ? 'models' : 'data', resolver);
    case 'invalid':
      throw new Error(`internal: invalid path '${input.pathText}' reached conversion`);
  }
}

function isModel(type: DataType): boolean {
  return type === 'mlflow_model' || type === 'custom_model' || type === 'triton_model';
}

async function assetId(ref: RemoteRef, collection: AssetCollection, resolver: PipelineResolver): Promise<string> {
  if (ref.kind === 'id') return ref.id;
  const version = ref.kind === 'version' ? ref.version : await resolver.resolveLabel(collection, ref.name, ref.label);
  return versionId(resolver.workspaceId, collection, ref.name, version);
}

async function componentId(
  node: PipelineNode,
  resolver: PipelineResolver,
  register: (c: CommandComponent) => Promise<string>,
): Promise<string> {
  const use = node.component;
  if (!use) throw new Error(`internal: step '${node.name}' reached conversion without a component`);
  if (use.kind !== 'remote') return register(use.component);
  const ref = use.ref;
  if (ref.kind === 'id') return ref.id;
  // `@latest` of a workspace component is addressed directly; other labels are looked up.
  if (ref.kind === 'label' && ref.label === 'latest')
    return `${resolver.workspaceId}/components/${ref.name}/labels/latest`;
  return assetId(ref, 'components', resolver);
}

async function commandNode(
  node: PipelineNode,
  resolver: PipelineResolver,
  register: (c: CommandComponent) => Promise<string>,
): Promise<Record<string, JsonValue>> {
  const component = node.component && node.component.kind !== 'remote' ? node.component.component : undefined;
  const dict: Record<string, JsonValue> = { name: node.name, type: 'command', _source: 'YAML.JOB' };
  dict.componentId = await componentId(node, resolver, register);
  if (node.compute !== undefined) dict.computeId = computeId(resolver.workspaceId, node.compute);
  dict.inputs = await nodeInputs(node, resolver);
  dict.outputs = nodeOutputs(node, component);
  commonFields(node, dict);
  if (node.environmentVariables) dict.environment_variables = node.environmentVariables;
  if (node.resources) dict.resources = node.resources;
  if (node.distribution) dict.distribution = restDistribution(node.distribution);
  if (node.timeoutSeconds !== undefined)
    dict.limits = { job_limits_type: 'Command', timeout: `PT${node.timeoutSeconds}S` };
  if (node.services) dict.services = node.services;
  return dict;
}

function commonFields(node: PipelineNode, dict: Record<string, JsonValue>): void {
  if (node.displayName !== undefined) dict.display_name = node.displayName;
  if (node.description !== undefined) dict.description = node.description;
  if (node.tags) dict.tags = node.tags;
}

async function nodeInputs(node: PipelineNode, resolver: PipelineResolver): Promise<Record<string, JsonValue>> {
  const out: Record<string, JsonValue> = {};
  for (const [name, input] of Object.entries(node.inputs)) {
    const rest = await nodeInput(input, resolver);
    if (rest) out[name] = rest;
  }
  return out;
}

async function nodeInput(input: NodeInput, resolver: PipelineResolver): Promise<Record<string, string> | undefined> {
  if (input.kind === 'binding')
    return { job_input_type: 'literal', value: formatBinding(input.binding), ...mode(input.mode, INPUT_MODES) };
  if (input.kind === 'literal')
    return input.value === null
      ? undefined
      : { job_input_type: 'literal', value: pythonStr(input.value, input.source) };
  return { job_input_type: input.type, uri: await dataUri(input, resolver), ...mode(input.mode, INPUT_MODES) };
}

function nodeOutputs(node: PipelineNode, component: CommandComponent | undefined): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [name, output] of Object.entries(node.outputs))
    out[name] = nodeOutput(output, component?.outputs[name]?.type);
  return out;
}

function nodeOutput(output: NodeOutput, declared: DataType | undefined): Record<string, string> {
  // Bound outputs use `type`, not `job_output_type` (azure-ai-ml's PipelineOutput binding shape).
  if (output.kind === 'binding')
    return { value: formatBinding(output.binding), type: 'literal', ...mode(output.mode, OUTPUT_MODES) };
  const type = declared === 'uri_file' ? 'uri_file' : (output.type ?? declared ?? 'uri_folder');
  const rest: Record<string, string> = { job_output_type: type, ...mode(output.mode, OUTPUT_MODES) };
  if (output.path !== undefined) rest.uri = output.path;
  return rest;
}

const DISTRIBUTION_NAMES: Record<string, string> = { mpi: 'Mpi', pytorch: 'PyTorch', tensorflow: 'TensorFlow' };

/** `{type: pytorch, process_count_per_instance: 2}` → `{distribution_type: "PyTorch", process_count_per_instance: 2}`. */
function restDistribution(distribution: Record<string, JsonValue>): Record<string, JsonValue> {
  const { type, ...rest } = distribution;
  return { distribution_type: DISTRIBUTION_NAMES[String(type).toLowerCase()] ?? String(type), ...rest };
}

function automlNode(node: PipelineNode, workspaceId: string): Record<string, JsonValue> {
  const dict: Record<string, JsonValue> = { ...node.automl, name: node.name, type: 'automl', _source: 'YAML.JOB' };
  for (const [field, { binding }] of Object.entries(node.automlBindings ?? {})) dict[field] = formatBinding(binding);
  if (node.compute !== undefined) dict.computeId = computeId(workspaceId, node.compute);
  commonFields(node, dict);
  dict.outputs = nodeOutputs(node, undefined);
  return dict;
}
