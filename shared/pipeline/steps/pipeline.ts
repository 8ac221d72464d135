import type { YMap } from '../../yaml/located.js';
import { checkKeys, optionalMap } from '../../yaml/fields.js';
import type {
  ComponentUse,
  PipelineComponent,
  PipelineComponentNode,
  PipelineInput,
  PipelineNode,
  PipelineOutput,
} from '../model.js';
import { localComponent, nodeHead } from '../node-rest.js';
import { readComponentUse, readStepBase } from '../pipeline-node.js';
import {
  isDataPort,
  isDataType,
  isLiteralType,
  readInputPorts,
  readOutputPorts,
  type InputPort,
  type OutputPort,
} from '../ports.js';
import type { JsonValue } from '../python-format.js';
import { checkComponentPorts, runsComponent } from '../step-ports.js';
import { headerAndPortsSpec, type ComponentVersionBody } from '../component-rest.js';
import type { ComponentKind, NodeContext, RestContext, StepKind } from './types.js';
import { COMPONENT_HEADER_KEYS, readHeaderFields } from './header.js';

/** `type: pipeline`: a step running a pipeline component (local, registered or from a registry). */
export const pipelineStep: StepKind<PipelineComponentNode> = {
  read: readPipelineNode,
  toRest: pipelineNodeToRest,
  validate: (node, graph, problems) => {
    // azure-ai-ml sends inputs a pipeline component does not declare, and the service ignores them
    // (azureml-examples' nyc_taxi pipeline passes test_split_ratio to a sub-pipeline without it).
    checkComponentPorts(node, node.component, graph, problems, { unknownInputs: 'send' });
    // Steps inside inherit the compute of the job; with none anywhere, name the inner step that lacks one.
    const component = localComponent(node.component);
    if (component && graph.checkCompute && !graph.hasDefaultCompute && !node.compute)
      for (const missing of stepsWithoutCompute(component))
        problems.add(
          `step '${node.name}/${missing.path}' has no compute: set compute on it, or settings.default_compute on the pipeline`,
          missing.loc,
        );
  },
  // A pipeline step runs nothing itself: its steps do, on their compute or the job's default.
  needsCompute: () => false,
  ...runsComponent((node: PipelineComponentNode) => node.component),
};

async function readPipelineNode(name: string, map: YMap, ctx: NodeContext): Promise<PipelineComponentNode | undefined> {
  const node = readStepBase(name, map, ctx, 'pipeline', ['component', 'settings']);
  const component = await readComponentUse(name, map, ctx, 'pipeline');
  return component ? { ...node, component } : undefined;
}

/**
 * azure-ai-ml's `Pipeline._to_rest_object`: the node fields of every step with the component's id, empty maps
 * left out; `_source` is the component's (a pipeline component read from a file is `YAML.COMPONENT`).
 */
async function pipelineNodeToRest(node: PipelineComponentNode, ctx: RestContext): Promise<Record<string, JsonValue>> {
  return nodeHead(node, node.component, ctx, await ctx.componentId(node.component));
}

/** The steps inside a pipeline component (any depth) that name no compute, with their path. */
export function stepsWithoutCompute(
  component: PipelineComponent,
  prefix = '',
): { path: string; loc: PipelineNode['loc'] }[] {
  const found: { path: string; loc: PipelineNode['loc'] }[] = [];
  for (const step of Object.values(component.jobs)) {
    if (step.compute) continue;
    // Serverless Spark runs on its own resources.
    if (step.type === 'spark' && step.spark.resources) continue;
    if (step.type === 'pipeline') {
      const inner = localComponent(step.component);
      if (inner) found.push(...stepsWithoutCompute(inner, `${prefix}${step.name}/`));
    } else {
      found.push({ path: `${prefix}${step.name}`, loc: step.loc });
    }
  }
  return found;
}

const PIPELINE_COMPONENT_KEYS = [...COMPONENT_HEADER_KEYS, 'jobs'];

/** A pipeline component YAML: its ports, and its steps read as a pipeline job's are, against its own ports. */
export const pipelineComponentKind: ComponentKind<PipelineComponent> = {
  async read(map, yaml, ctx) {
    const { problems } = ctx;
    checkKeys(map, PIPELINE_COMPONENT_KEYS, problems, 'a pipeline component');
    const component: PipelineComponent = {
      type: 'pipeline',
      file: yaml.file,
      loc: map.loc,
      inputs: readInputPorts(optionalMap(map, 'inputs', problems), problems),
      outputs: readOutputPorts(optionalMap(map, 'outputs', problems), problems),
      ...readHeaderFields(map, problems),
      jobs: {},
    };
    const jobs = optionalMap(map, 'jobs', problems);
    if (!jobs || jobs.entries.length === 0)
      problems.add('a pipeline component needs at least one step under jobs', map.loc);
    const inputs = portsAsPipelineInputs(component.inputs);
    const outputs = portsAsPipelineOutputs(component.outputs);
    const nodeCtx = ctx.nodeContext(yaml, inputs, outputs);
    const unreadable = new Set<string>();
    for (const entry of jobs?.entries ?? []) {
      if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(entry.key))
        problems.add(`step name '${entry.key}' must use letters, digits and '_' only`, entry.keyLoc);
      const node = await nodeCtx.readNode(entry.key, entry.value, nodeCtx);
      if (node) component.jobs[entry.key] = node;
      else unreadable.add(entry.key);
    }
    const label = `pipeline component '${component.name ?? yaml.file}'`;
    // Compute is the using job's business: a component does not know where it will run.
    ctx.validateGraph(
      { label, inputs, outputs, jobs: component.jobs, hasDefaultCompute: true, checkCompute: false },
      unreadable,
    );
    return component;
  },
  spec: async (component, ctx) => pipelineComponentSpec(component, ctx.source, ctx.rest),
  uses: (component) => Object.values(component.jobs).flatMap((step) => stepComponent(step)),
};

function stepComponent(step: PipelineNode): ComponentUse[] {
  if (step.type === 'sweep') return [step.trial];
  return 'component' in step && step.component ? [step.component as ComponentUse] : [];
}

/** A pipeline component's inputs, seen from its steps as pipeline inputs are (for binding and type checks). */
function portsAsPipelineInputs(ports: Record<string, InputPort>): Record<string, PipelineInput> {
  const out: Record<string, PipelineInput> = {};
  for (const port of Object.values(ports)) {
    const type = port.type;
    out[port.name] = isDataPort(type)
      ? {
          kind: 'data',
          name: port.name,
          type: isDataType(type) ? type : 'uri_folder',
          optional: port.optional,
          loc: port.loc,
        }
      : {
          kind: 'literal',
          name: port.name,
          value: port.default ?? null,
          source: port.defaultSource ?? '',
          ...(isLiteralType(type) ? { type } : {}),
          loc: port.loc,
        };
  }
  return out;
}

function portsAsPipelineOutputs(ports: Record<string, OutputPort>): Record<string, PipelineOutput> {
  return Object.fromEntries(Object.values(ports).map((p) => [p.name, { name: p.name, type: p.type, loc: p.loc }]));
}

/**
 * azure-ai-ml's `PipelineComponent._to_rest_object`: the component dumped as YAML fields, `_source`, and its
 * steps converted as a pipeline job's are (their components registered first), `sourceJobId` left null.
 */
export async function pipelineComponentSpec(
  component: PipelineComponent,
  source: string,
  rest: RestContext,
): Promise<Record<string, JsonValue>> {
  // Empty port maps are left out, as for command components (recorded: pipeline_component_inline_node).
  const spec = headerAndPortsSpec(component);
  spec._source = source;
  const jobs: Record<string, JsonValue> = {};
  for (const step of Object.values(component.jobs)) jobs[step.name] = await rest.nodeToRest(step);
  spec.jobs = jobs;
  spec.sourceJobId = null;
  return spec;
}

/**
 * The ComponentVersion body of a pipeline component, named (`az ml component create`) or anonymous (inside a
 * job or another pipeline component): its description and tags, no `client_component_hash` and no
 * `is_deterministic` in its spec, unlike command components (recorded: pipeline_component_nested, _job_top_level).
 */
export function pipelineComponentVersionBody(
  component: PipelineComponent,
  spec: Record<string, JsonValue>,
  options: { isAnonymous?: boolean } = {},
): ComponentVersionBody {
  const body: ComponentVersionBody = {
    properties: {
      componentSpec: spec,
      isAnonymous: options.isAnonymous ?? false,
      isArchived: false,
      tags: { ...component.tags },
      properties: {},
    },
  };
  if (component.description !== undefined) body.properties.description = component.description;
  return body;
}
