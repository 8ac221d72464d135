import { createHash } from 'node:crypto';
import type { CommandComponent, EnvironmentUse } from './component.js';
import type { EnvironmentSpec } from './environment.js';
import type { InputPort, OutputPort } from './ports.js';
import type { ScalarValue } from '../yaml/located.js';
import { pythonJsonDumps, pythonStr, type JsonValue } from './python-format.js';
import { parseRemoteRef, versionId, type AssetCollection, type RemoteRef } from './refs.js';
import { parallelComponentSpecFields, type ParallelComponent } from './steps/parallel.js';
import { sparkComponentSpecFields, type SparkComponent } from './steps/spark.js';
import { headerSpec, type ComponentBase, type ComponentHeaderFields } from './steps/header.js';

/** Components registered from their own YAML with code and an environment (not pipeline components). */
export type RegistrableComponent = CommandComponent | ParallelComponent | SparkComponent;

/** What a component's code and environment are, wherever its type keeps them. */
export interface ComponentParts {
  code?: CommandComponent['code'];
  environment?: EnvironmentUse;
}

/** A parallel component keeps them in its task, a spark component in its settings. */
export function componentParts(component: RegistrableComponent): ComponentParts {
  if (component.type === 'parallel')
    return { code: component.settings.task?.code, environment: component.settings.task?.environment };
  if (component.type === 'spark') return { code: component.settings.code, environment: component.settings.environment };
  return component;
}

/** What a component's spec points at once its local parts exist in Azure. */
export interface ComponentDependencies {
  /** ARM id of the code version (for a local `code:` folder) or the reference as written. */
  codeId?: string;
  /**
   * What the spec's `environment` says: `azureml:<ARM id>`, a registry id, or a curated `azureml:AzureML-…`
   * (absent for a spark component or parallel task without one).
   */
  environment?: string;
}

/** The Azure calls turning a component's local parts into ids; the action supplies them. */
export interface DependencyResolver {
  /** ARM id of the workspace (`/subscriptions/…/workspaces/{ws}`). */
  workspaceId: string;
  /**
   * Uploads (or finds by content hash) a local code folder, with its additional includes at its root; returns
   * the code version's ARM id.
   */
  codeId(localPath: string, additionalIncludes?: readonly string[]): Promise<string>;
  /** Registers a local or inline environment; returns its version's ARM id. */
  environmentId(env: EnvironmentSpec): Promise<string>;
  /** A label (`latest`) of a workspace asset, resolved to a version. */
  resolveLabel(collection: AssetCollection, name: string, label: string): Promise<string>;
}

/** Resolves code and environment of a component, in the form the componentSpec carries them. */
export async function resolveComponentDependencies(
  component: ComponentParts | RegistrableComponent,
  resolver: DependencyResolver,
): Promise<ComponentDependencies> {
  const parts = 'type' in component ? componentParts(component) : component;
  const deps: ComponentDependencies = {};
  if (parts.environment) deps.environment = await environmentReference(parts.environment, resolver);
  const code = parts.code;
  if (code && 'local' in code) deps.codeId = `azureml:${await resolver.codeId(code.local, code.additionalIncludes)}`;
  else if (code) deps.codeId = await remoteReference(code.remote, 'codes', resolver);
  return deps;
}

/** Code and environment as a parallel task and spark settings carry them once resolved (absent ones left out). */
export interface ResolvedParts {
  code?: string;
  environment?: string;
}

/** Resolves a parallel task's or spark settings' code and environment to the ids its spec and node name. */
export async function resolveParts(parts: ComponentParts, resolver: DependencyResolver): Promise<ResolvedParts> {
  return resolvedParts(
    await resolveComponentDependencies({ code: parts.code, environment: parts.environment }, resolver),
  );
}

function resolvedParts(deps: ComponentDependencies): ResolvedParts {
  return {
    ...(deps.codeId ? { code: deps.codeId } : {}),
    ...(deps.environment ? { environment: deps.environment } : {}),
  };
}

/** The componentSpec of a parallel or spark component read from YAML, its code and environment resolved first. */
export async function resolvedComponentSpec(
  component: RegistrableComponent,
  deps: DependencyResolver | undefined,
  source: ComponentSource,
): Promise<Record<string, JsonValue>> {
  if (!deps) throw new Error(`internal: a ${component.type} component spec needs its dependency resolver`);
  return componentSpec(component, await resolveComponentDependencies(component, deps), source);
}

async function environmentReference(use: EnvironmentUse, resolver: DependencyResolver): Promise<string> {
  if (use.kind === 'local') return `azureml:${await resolver.environmentId(use.spec)}`;
  // Curated environments are expanded by the service itself.
  if (use.text.startsWith('azureml:AzureML-')) return use.text;
  return remoteReference(use.text, 'environments', resolver, use.ref);
}

async function remoteReference(
  text: string,
  collection: AssetCollection,
  resolver: DependencyResolver,
  ref?: RemoteRef,
): Promise<string> {
  const result = ref ? { ok: true as const, ref } : parseRemoteRef(text);
  if (!result.ok) return text;
  const parsed = result.ref;
  if (parsed.kind === 'id') return parsed.id.startsWith('/subscriptions/') ? `azureml:${parsed.id}` : parsed.id;
  const version =
    parsed.kind === 'version' ? parsed.version : await resolver.resolveLabel(collection, parsed.name, parsed.label);
  return `azureml:${versionId(resolver.workspaceId, collection, parsed.name, version)}`;
}

export type ComponentSource = 'YAML.COMPONENT' | 'YAML.JOB';

/**
 * The componentSpec: the component YAML as a snake_case dict, defaults and bounds stringified the way
 * azure-ai-ml sends them, code and environment replaced by their ids.
 */
export function componentSpec(
  component: RegistrableComponent,
  deps: ComponentDependencies,
  source: ComponentSource,
): Record<string, JsonValue> {
  if (component.type !== 'command') return settingsComponentSpec(component, deps, source);
  const spec = headerAndPortsSpec(component);
  const put = (key: string, value: JsonValue | undefined): void => {
    if (value !== undefined) spec[key] = value;
  };
  spec.command = component.command;
  put('code', deps.codeId);
  put('environment', deps.environment);
  put('distribution', component.distribution && specDistribution(component.distribution));
  put('resources', component.resources && pick(component.resources, RESOURCE_KEYS));
  spec._source = source;
  return spec;
}

/**
 * A parallel or spark component's spec: the header and ports as a command component's, then its type's own
 * fields in YAML shape (azure-ai-ml dumps these components with their schema), code and environment as ids.
 */
function settingsComponentSpec(
  component: ParallelComponent | SparkComponent,
  deps: ComponentDependencies,
  source: ComponentSource,
): Record<string, JsonValue> {
  const spec = headerAndPortsSpec(component);
  const resolved = resolvedParts(deps);
  Object.assign(
    spec,
    component.type === 'parallel'
      ? parallelComponentSpecFields(component.settings, resolved)
      : sparkComponentSpecFields(component.settings, resolved),
  );
  spec._source = source;
  return spec;
}

/** The header and ports every componentSpec starts with; azure-ai-ml leaves empty port maps out. */
export function headerAndPortsSpec(
  component: ComponentHeaderFields & Pick<ComponentBase, 'inputs' | 'outputs'> & { type: string },
): Record<string, JsonValue> {
  const spec = headerSpec(component);
  if (Object.keys(component.inputs).length)
    spec.inputs = Object.fromEntries(Object.values(component.inputs).map((port) => [port.name, inputSpec(port)]));
  if (Object.keys(component.outputs).length)
    spec.outputs = Object.fromEntries(Object.values(component.outputs).map((port) => [port.name, outputSpec(port)]));
  return spec;
}

export function outputSpec(port: OutputPort): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { type: port.type };
  if (port.description !== undefined) out.description = port.description;
  if (port.mode !== undefined) out.mode = port.mode;
  return out;
}

/** Keys of azure-ai-ml's schemas for a component's `distribution` (by type) and `resources`; others are dropped. */
const DISTRIBUTION_KEYS: Record<string, string[]> = {
  mpi: ['process_count_per_instance'],
  pytorch: ['process_count_per_instance'],
  tensorflow: ['parameter_server_count', 'worker_count'],
  ray: [
    'port',
    'address',
    'include_dashboard',
    'dashboard_port',
    'head_node_additional_args',
    'worker_node_additional_args',
  ],
};
const RESOURCE_KEYS = [
  'instance_count',
  'instance_type',
  'properties',
  'shm_size',
  'docker_args',
  'locations',
  'max_instance_count',
];

function pick(map: Record<string, JsonValue>, keys: readonly string[]): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(map).filter(([k]) => keys.includes(k)));
}

/** `{type: Pytorch, …}` as azure-ai-ml dumps it into a spec: the type lower-cased, only its schema's keys. */
function specDistribution(distribution: Record<string, JsonValue>): Record<string, JsonValue> {
  const type = String(distribution.type).toLowerCase();
  return { type, ...pick(distribution, DISTRIBUTION_KEYS[type] ?? []) };
}

/** A `number` port's integral default or bound as Python's `str(float(v))` (`10` → `"10.0"`), else as written. */
function portValue(port: InputPort, value: ScalarValue, source?: string): string {
  if (port.type === 'number' && typeof value === 'number' && Number.isInteger(value)) return `${value}.0`;
  return pythonStr(value, source);
}

export function inputSpec(port: InputPort): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { type: port.type };
  if (port.default !== undefined && port.default !== null)
    out.default = portValue(port, port.default, port.defaultSource);
  if (port.min !== undefined && port.min !== null) out.min = portValue(port, port.min);
  if (port.max !== undefined && port.max !== null) out.max = portValue(port, port.max);
  if (port.enum) out.enum = port.enum.map((v) => (v === null ? null : pythonStr(v)));
  if (port.optional) out.optional = true;
  else if (port.optionalWrittenFalse) out.optional = false;
  if (port.description !== undefined) out.description = port.description;
  if (port.mode !== undefined) out.mode = port.mode;
  return out;
}

export interface ComponentBodyOptions {
  isAnonymous?: boolean;
  tags?: Record<string, string>;
  properties?: Record<string, string>;
  source?: ComponentSource;
}

export interface ComponentVersionBody {
  properties: {
    componentSpec: Record<string, JsonValue>;
    isAnonymous: boolean;
    isArchived?: boolean;
    description?: string;
    tags: Record<string, string>;
    properties: Record<string, string>;
  };
}

/** The ComponentVersion PUT body. */
export function componentVersionBody(
  component: RegistrableComponent,
  deps: ComponentDependencies,
  options: ComponentBodyOptions = {},
): ComponentVersionBody {
  const spec = componentSpec(component, deps, options.source ?? 'YAML.COMPONENT');
  // An anonymous component is `azureml_anonymous` version `1` in its spec (the URL's version is its hash).
  if (options.isAnonymous) Object.assign(spec, { name: 'azureml_anonymous', version: '1' });
  const body: ComponentVersionBody = {
    properties: {
      componentSpec: spec,
      isAnonymous: options.isAnonymous ?? false,
      isArchived: false,
      tags: { ...component.tags, ...options.tags },
      properties: { ...options.properties },
    },
  };
  if (component.description !== undefined) body.properties.description = component.description;
  // azure-ai-ml's `_get_component_hash(keys_to_omit=["version"])`: the same spec is the same component whatever
  // its version (the SDK reuses a version whose hash matches).
  if (!options.isAnonymous) body.properties.properties.client_component_hash = specHashUuid(spec, ['id', 'version']);
  return body;
}

/**
 * The version azure-ai-ml gives an anonymous component: a UUID made of the md5 of the spec without
 * name/id/version, dumped as Python's `json.dumps(sort_keys=True)`.
 */
export function anonymousComponentVersion(spec: Readonly<Record<string, JsonValue>>): string {
  // Pipeline components hash their REST spec without `_source` too (azure-ai-ml's `_get_anonymous_hash`).
  const omit = spec.type === 'pipeline' ? ['name', 'id', 'version', '_source'] : ['name', 'id', 'version'];
  return specHashUuid(spec, omit);
}

/** The md5 of a spec without `omit`, as Python's sorted `json.dumps`, shaped as a UUID (azure-ai-ml's hash_dict). */
function specHashUuid(spec: Readonly<Record<string, JsonValue>>, omit: readonly string[]): string {
  const rest = Object.fromEntries(Object.entries(spec).filter(([k]) => !omit.includes(k)));
  const hex = createHash('md5').update(pythonJsonDumps(rest)).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
