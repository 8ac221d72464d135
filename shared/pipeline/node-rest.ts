import { distributionType } from './component.js';
import { formatBinding } from './bindings.js';
import type {
  AutoMLNode,
  CommandNode,
  Component,
  ComponentUse,
  DataInput,
  Identity,
  NodeBase,
  NodeInput,
  NodeOutput,
} from './model.js';
import { INPUT_MODES, OUTPUT_MODES, type DataType } from './ports.js';
import { pythonStr, type JsonValue } from './python-format.js';
import { computeId, versionId, type AssetCollection, type DataPath, type RemoteRef } from './refs.js';
import type { RestContext } from './steps/types.js';
import type { PipelineResolver } from './to-rest.js';

/** Helpers every step type's `toRest` uses: ports, data ids, the fields all steps share. */

export function mode(yamlMode: string | undefined, modes: Readonly<Record<string, string>>): { mode?: string } {
  return yamlMode ? { mode: modes[yamlMode] } : {};
}

/** A data path as the service takes it: URIs unchanged, assets as ARM ids, local paths uploaded. */
export async function dataUri(
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

export async function assetId(
  ref: RemoteRef,
  collection: AssetCollection,
  resolver: PipelineResolver,
): Promise<string> {
  if (ref.kind === 'id') return ref.id;
  const version = ref.kind === 'version' ? ref.version : await resolver.resolveLabel(collection, ref.name, ref.label);
  return versionId(resolver.workspaceId, collection, ref.name, version);
}

/**
 * The componentId of a remote reference: registry ids and ARM ids as written, workspace `@latest` addressed as
 * `…/components/{name}/labels/latest` without a call (as azure-ai-ml does), other labels looked up.
 */
export async function remoteComponentId(ref: RemoteRef, resolver: PipelineResolver): Promise<string> {
  if (ref.kind === 'id') return ref.id;
  if (ref.kind === 'label' && ref.label === 'latest')
    return `${resolver.workspaceId}/components/${ref.name}/labels/latest`;
  return assetId(ref, 'components', resolver);
}

/**
 * A node's `_source`, as azure-ai-ml sets it from how the step names its component: a registry reference is
 * `REMOTE.REGISTRY`, a bare relative path `YAML.COMPONENT`, a `file:` path, an inline one or a workspace
 * reference `YAML.JOB`.
 */
export function nodeSource(use: ComponentUse): string {
  if (use.kind === 'remote')
    return use.ref.kind === 'id' && use.ref.id.startsWith('azureml://registries/') ? 'REMOTE.REGISTRY' : 'YAML.JOB';
  return use.kind === 'local' && !use.fileScheme ? 'YAML.COMPONENT' : 'YAML.JOB';
}

/** The component a step runs, when it is local or inline (its ports are known). */
export function localComponent<C extends Component>(use: ComponentUse<C>): C | undefined {
  return use.kind === 'remote' ? undefined : use.component;
}

/**
 * What every step's dict starts with (azure-ai-ml's `BaseNode._to_rest_object`): name, type, `_source` from the
 * component `use`, then `componentId` when the step type sends it here, compute, the bindings (azure-ai-ml leaves
 * empty maps out of a node) and the common fields.
 */
export async function nodeHead(
  node: NodeBase,
  use: ComponentUse,
  ctx: RestContext,
  componentId?: string,
): Promise<Record<string, JsonValue>> {
  const dict: Record<string, JsonValue> = { name: node.name, type: node.type, _source: nodeSource(use) };
  if (componentId !== undefined) dict.componentId = componentId;
  if (node.compute !== undefined) dict.computeId = computeId(ctx.workspaceId, node.compute);
  const inputs = await nodeInputs(node, ctx.resolver);
  if (Object.keys(inputs).length) dict.inputs = inputs;
  const outputs = nodeOutputs(node, localComponent(use));
  if (Object.keys(outputs).length) dict.outputs = outputs;
  commonFields(node, dict);
  return dict;
}

/**
 * Where a step that sends its component's id beside the common fields (parallel, spark) starts: the common fields,
 * the id, and the component when it is local (its settings are the defaults the step overrides).
 */
export async function componentNodeHead<C extends Component>(
  node: NodeBase,
  use: ComponentUse<C>,
  ctx: RestContext,
): Promise<{ dict: Record<string, JsonValue>; componentId: string; component: C | undefined }> {
  const dict = await nodeHead(node, use, ctx);
  return { dict, componentId: await ctx.componentId(use), component: localComponent(use) };
}

/** A command step's dict (azure-ai-ml's `Command._to_rest_object`). */
export async function commandNodeToRest(node: CommandNode, ctx: RestContext): Promise<Record<string, JsonValue>> {
  const dict = await nodeHead(node, node.component, ctx, await ctx.componentId(node.component));
  if (node.environmentVariables) dict.environment_variables = node.environmentVariables;
  if (node.resources) dict.resources = node.resources;
  if (node.distribution) dict.distribution = restDistribution(node.distribution);
  if (node.timeoutSeconds !== undefined)
    dict.limits = { job_limits_type: 'Command', timeout: `PT${node.timeoutSeconds}S` };
  if (node.services) dict.services = node.services;
  return dict;
}

export function commonFields(node: NodeBase, dict: Record<string, JsonValue>): void {
  if (node.displayName !== undefined) dict.display_name = node.displayName;
  if (node.description !== undefined) dict.description = node.description;
  if (node.tags) dict.tags = node.tags;
  // azure-ai-ml drops empty maps from a node (`convert_ordered_dict_to_dict`).
  if (node.properties && Object.keys(node.properties).length) dict.properties = node.properties;
  if (node.identity) dict.identity = nodeIdentity(node.identity);
  if (node.queueSettings && Object.keys(node.queueSettings).length) dict.queue_settings = node.queueSettings;
}

/** A step's identity as azure-ai-ml dumps it into the node: `{type: user_identity}` (YAML names, snake_case). */
export function nodeIdentity(identity: Identity): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { type: identity.type };
  if (identity.clientId !== undefined) out.client_id = identity.clientId;
  if (identity.objectId !== undefined) out.object_id = identity.objectId;
  if (identity.resourceId !== undefined) out.msi_resource_id = identity.resourceId;
  return out;
}

const IDENTITY_TYPES: Record<Identity['type'], JobIdentity['identityType']> = {
  aml_token: 'AMLToken',
  managed: 'Managed',
  user_identity: 'UserIdentity',
};

export interface JobIdentity {
  identityType: 'AMLToken' | 'Managed' | 'UserIdentity';
  clientId?: string;
  objectId?: string;
  resourceId?: string;
}

/** A job's identity in the REST shape of `IdentityConfiguration` (`identityType` discriminator, camelCase). */
export function jobIdentity(identity: Identity): JobIdentity {
  const out: JobIdentity = { identityType: IDENTITY_TYPES[identity.type] };
  if (identity.clientId !== undefined) out.clientId = identity.clientId;
  if (identity.objectId !== undefined) out.objectId = identity.objectId;
  if (identity.resourceId !== undefined) out.resourceId = identity.resourceId;
  return out;
}

export async function nodeInputs(node: NodeBase, resolver: PipelineResolver): Promise<Record<string, JsonValue>> {
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

export function nodeOutputs(
  node: NodeBase,
  component: { outputs: Record<string, { type: DataType }> } | undefined,
): Record<string, JsonValue> {
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
  // azure-ai-ml's node outputs are REST models dumped with `as_dict()`: snake_case attribute names.
  if (output.assetName !== undefined) rest.asset_name = output.assetName;
  if (output.assetVersion !== undefined) rest.asset_version = output.assetVersion;
  if (output.path !== undefined) rest.uri = output.path;
  return rest;
}

/** `{type: pytorch, process_count_per_instance: 2}` → `{distribution_type: "PyTorch", process_count_per_instance: 2}`. */
export function restDistribution(distribution: Record<string, JsonValue>): Record<string, JsonValue> {
  const { type, ...rest } = distribution;
  return { distribution_type: distributionType(String(type)) ?? String(type), ...rest };
}

export function automlNodeToRest(node: AutoMLNode, workspaceId: string): Record<string, JsonValue> {
  const dict: Record<string, JsonValue> = { ...node.automl, name: node.name, type: 'automl', _source: 'YAML.JOB' };
  for (const [field, { binding }] of Object.entries(node.automlBindings ?? {})) dict[field] = formatBinding(binding);
  if (node.compute !== undefined) dict.computeId = computeId(workspaceId, node.compute);
  commonFields(node, dict);
  dict.outputs = nodeOutputs(node, undefined);
  return dict;
}
