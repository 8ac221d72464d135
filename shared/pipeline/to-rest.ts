import type { ComponentSource, DependencyResolver, RegistrableComponent } from './component-rest.js';
import type { Component, ComponentUse, PipelineComponent, PipelineJob, PipelineNode } from './model.js';
import { dataUri, jobIdentity, mode, nodeSource, remoteComponentId, type JobIdentity } from './node-rest.js';
import { INPUT_MODES, OUTPUT_MODES, type DataType } from './ports.js';
import { pythonStr, type JsonValue } from './python-format.js';
import { computeId, datastoreId, type AssetCollection } from './refs.js';
import { COMPONENT_KINDS, STEP_KINDS } from './steps/index.js';
import type { RestContext, StepKind } from './steps/types.js';

/**
 * The Azure work a pipeline needs before it can be submitted. The action supplies it (registration reuses
 * register-components; uploads go to the default datastore); tests supply an in-memory one.
 */
export interface PipelineResolver {
  /** ARM id of the workspace (`/subscriptions/…/workspaces/{ws}`). */
  workspaceId: string;
  /**
   * Registers a local or inline component (anonymously); returns its version's ARM id. Called once per component.
   * `source` is the spec's `_source` (`YAML.COMPONENT` for a step naming a bare file path, else `YAML.JOB`).
   */
  registerComponent(component: RegistrableComponent, source?: ComponentSource): Promise<string>;
  /** Uploads a local file or folder used as data; returns its `azureml://datastores/…/paths/…` URI. */
  uploadLocalData(path: string, type: DataType): Promise<string>;
  /** A label (`latest`) of a workspace asset, resolved to a version. */
  resolveLabel(collection: AssetCollection, name: string, label: string): Promise<string>;
  /**
   * Registers an anonymous component from a complete componentSpec (a pipeline component's, whose steps'
   * components are registered first); returns its version's ARM id. Needed only by pipelines that use
   * local pipeline components (or other non-command local components).
   */
  registerComponentSpec?(spec: Record<string, JsonValue>, component: Component): Promise<string>;
  /**
   * Code and environments as a parallel or spark node names them (its task's code is its component's): the
   * same code folder resolves to the id `registerComponent` gave the component's code. Needed by pipelines with
   * parallel steps.
   */
  dependencies?: DependencyResolver;
}

/**
 * What the caller sets over the job's YAML: its `name` (azure-ai-ml sends it as `displayName` when the YAML has
 * none), an `experimentName` replacing the YAML's (e.g. with the branch appended), `tags` and `properties` merged
 * over the YAML's (traceability tags, git properties).
 */
export type PipelineBodyOptions = Pick<PipelineJob, 'name' | 'experimentName' | 'tags' | 'properties'>;

export interface PipelineJobBody {
  properties: {
    jobType: 'Pipeline';
    displayName?: string;
    description?: string;
    experimentName?: string;
    tags: Record<string, string>;
    properties: Record<string, string>;
    computeId?: string;
    /** A job wrapping a pipeline component (`component:` at the top level); `jobs` is then empty. */
    componentId?: string;
    identity?: JobIdentity;
    isArchived: false;
    inputs: Record<string, Record<string, string>>;
    outputs: Record<string, Record<string, string>>;
    settings: Record<string, JsonValue>;
    jobs: Record<string, Record<string, JsonValue>>;
  };
}

/** Converts a loaded pipeline job into the JobBase PUT body for `jobType: Pipeline`. */
export async function pipelineJobBody(
  job: PipelineJob,
  resolver: PipelineResolver,
  options: PipelineBodyOptions = {},
): Promise<PipelineJobBody> {
  const ctx = restContext(resolver);
  const properties: PipelineJobBody['properties'] = {
    jobType: 'Pipeline',
    tags: { ...job.tags, ...options.tags },
    properties: { ...job.properties, ...options.properties },
    isArchived: false,
    inputs: await pipelineInputs(job, resolver),
    outputs: pipelineOutputs(job),
    settings: settings(job, resolver.workspaceId),
    jobs: {},
  };
  const wrapped = job.component?.kind === 'remote' ? undefined : job.component?.component;
  const displayName = job.displayName ?? wrapped?.displayName ?? options.name;
  if (displayName !== undefined) properties.displayName = displayName;
  if (job.description !== undefined) properties.description = job.description;
  const experimentName = options.experimentName ?? job.experimentName;
  if (experimentName !== undefined) properties.experimentName = experimentName;
  if (job.compute !== undefined) properties.computeId = computeId(resolver.workspaceId, job.compute);
  if (job.identity) properties.identity = jobIdentity(job.identity);
  for (const node of Object.values(job.jobs)) properties.jobs[node.name] = await ctx.nodeToRest(node);
  if (job.component) await wrapComponent(job, job.component, ctx, properties);
  return { properties };
}

/**
 * A job whose top level is `component:` (azure-ai-ml's `PipelineJob` with a component): the component's id at
 * the job level, no jobs, the component's display name and outputs when the job names none, and the settings'
 * `_source` the SDK writes for it.
 */
async function wrapComponent(
  job: PipelineJob,
  use: ComponentUse<PipelineComponent>,
  ctx: RestContext,
  properties: PipelineJobBody['properties'],
): Promise<void> {
  properties.componentId = await ctx.componentId(use);
  properties.settings._source = 'REMOTE.WORKSPACE.JOB';
  const component = use.kind === 'remote' ? undefined : use.component;
  if (!component) return;
  for (const port of Object.values(component.outputs))
    properties.outputs[port.name] ??= { jobOutputType: port.type, ...mode(port.mode, OUTPUT_MODES) };
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
    if (output.assetName !== undefined) out[output.name].assetName = output.assetName;
    if (output.assetVersion !== undefined) out[output.name].assetVersion = output.assetVersion;
  }
  return out;
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

/** The name azure-ai-ml gives every anonymous component. */
export const ANONYMOUS_COMPONENT_NAME = 'azureml_anonymous';

/**
 * The context every step type converts with: each local component registered once (a pipeline component after
 * the components inside it), remote ones resolved, and steps of any type converted through `STEP_KINDS`.
 */
export function restContext(resolver: PipelineResolver): RestContext {
  const registered = new Map<Component, Promise<string>>();
  const register = (component: Component, source: ComponentSource): Promise<string> => {
    let id = registered.get(component);
    if (!id) {
      id = registerLocal(component, source);
      registered.set(component, id);
    }
    return id;
  };
  const registerLocal = async (component: Component, source: ComponentSource): Promise<string> => {
    if (component.type !== 'pipeline') return resolver.registerComponent(component, source);
    if (!resolver.registerComponentSpec)
      throw new Error(`internal: a local ${component.type} component needs resolver.registerComponentSpec`);
    const kind = COMPONENT_KINDS[component.type] as {
      spec: (c: Component, ctx: object) => Promise<Record<string, JsonValue>>;
    };
    // A pipeline component keeps `_source: YAML.COMPONENT` inside a job (recorded: pipeline_component_nested).
    const specSource = component.type === 'pipeline' ? 'YAML.COMPONENT' : source;
    const spec = await kind.spec(component, { deps: resolver.dependencies, source: specSource, rest: ctx });
    return resolver.registerComponentSpec({ ...spec, name: ANONYMOUS_COMPONENT_NAME }, component);
  };
  const ctx: RestContext = {
    workspaceId: resolver.workspaceId,
    resolver,
    componentId: (use: ComponentUse) =>
      use.kind === 'remote'
        ? remoteComponentId(use.ref, resolver)
        : register(use.component, nodeSource(use) as ComponentSource),
    nodeToRest: (node: PipelineNode) => (STEP_KINDS[node.type] as StepKind<PipelineNode>).toRest(node, ctx),
  };
  return ctx;
}
