/**
 * The extension point of the converter: one `StepKind` per step type (`type:` of a step under `jobs:`) and one
 * `ComponentKind` per component type (`type:` of a component YAML). `steps/index.ts` holds the two tables.
 *
 * A step-type file must not import `steps/index.ts`, `validate.ts` or `to-rest.ts` (they import the table, and
 * the table imports it): it reaches other step types only through the contexts below (`ctx.readNode`,
 * `ctx.nodeToRest`, `ctx.readComponent`, `ctx.validateGraph`). Helpers it may import: `pipeline-node.ts`
 * (reading), `node-rest.ts` (converting), `step-ports.ts` (checking ports).
 */
import type { SourceLocation } from '../../core/logger.js';
import type { YMap, YNode, YamlFile } from '../../yaml/located.js';
import type { Problems } from '../../yaml/fields.js';
import type { Binding } from '../bindings.js';
import type { ComponentSource, DependencyResolver } from '../component-rest.js';
import type { Component, ComponentUse, NodeBase, PipelineInput, PipelineNode, PipelineOutput } from '../model.js';
import type { JsonValue } from '../python-format.js';
import type { PipelineResolver } from '../to-rest.js';

/** What reading a step needs from the graph around it (a pipeline job, or a pipeline component's `jobs:`). */
export interface NodeContext {
  yaml: YamlFile;
  problems: Problems;
  /** Loads a component file of any type once per path, however many steps use it. */
  loadComponent(path: string, at: YNode): Promise<Component | undefined>;
  /** Reads an inline `component:` mapping of any type. */
  readComponent(map: YMap, yaml: YamlFile, problems: Problems): Promise<Component | undefined>;
  /** Reads a step of any type (for steps holding steps). */
  readNode(name: string, node: YNode, ctx: NodeContext): Promise<PipelineNode | undefined>;
  /** What `${{parent.inputs.x}}` / `${{parent.outputs.x}}` name in this graph. */
  pipelineInputs: Record<string, PipelineInput>;
  pipelineOutputs: Record<string, PipelineOutput>;
}

/** A graph as validation sees it: a pipeline job, or a pipeline component (its ports as pipeline inputs). */
export interface GraphScope {
  /** `pipeline job` or `pipeline component 'name'`, for messages. */
  label: string;
  inputs: Record<string, PipelineInput>;
  outputs: Record<string, PipelineOutput>;
  jobs: Record<string, PipelineNode>;
  /** A compute the steps inherit (job compute, settings.default_compute, or the outer pipeline's). */
  hasDefaultCompute: boolean;
  /** False inside a component registered on its own: its compute comes from the job that uses it. */
  checkCompute: boolean;
}

export interface LocatedBinding {
  binding: Binding;
  loc: SourceLocation;
}

/** What converting a step needs: ids for its component and data, and the converter of the other step types. */
export interface RestContext {
  workspaceId: string;
  resolver: PipelineResolver;
  /** The componentId of a step's component: local/inline ones registered (once each), remote ones resolved. */
  componentId(use: ComponentUse): Promise<string>;
  /** The REST dict of a step of any type. */
  nodeToRest(node: PipelineNode): Promise<Record<string, JsonValue>>;
}

/** One step type: how it is read, validated and sent. */
export interface StepKind<N extends NodeBase> {
  /** Reads `jobs.<name>` (its `type:` already chosen this kind). Problems go to `ctx.problems`, located. */
  read(name: string, map: YMap, ctx: NodeContext): Promise<N | undefined>;
  /** The step's dict under `jobs` of the PUT body, as azure-ai-ml sends it. */
  toRest(node: N, ctx: RestContext): Promise<Record<string, JsonValue>>;
  /** Port names others may bind to (`${{parent.jobs.<step>.outputs.x}}`); undefined when not knowable. */
  ports(node: N, side: 'inputs' | 'outputs'): string[] | undefined;
  /** Bindings held outside `inputs`/`outputs` (AutoML `training_data`, …), checked like inputs. */
  bindings?(node: N): LocatedBinding[];
  /** Checks that need the graph: the step's inputs against its component's ports, … */
  validate?(node: N, graph: GraphScope, problems: Problems): void;
  /** Whether the step needs a compute (from itself or inherited). Default: true. */
  needsCompute?(node: N): boolean;
  /** The component the step runs, if any (registration order, nested validation, the local backend). */
  component?(node: N): ComponentUse | undefined;
}

/** What building a componentSpec needs. */
export interface ComponentSpecContext {
  /** Code, environments and labels of the component's own parts. */
  deps?: DependencyResolver;
  source: ComponentSource;
  /** For components holding steps (pipeline components): converts them; inner components registered first. */
  rest: RestContext;
}

/** One component type: how its YAML is read and what `componentSpec` it becomes. */
export interface ComponentKind<C extends Component> {
  read(map: YMap, yaml: YamlFile, ctx: ComponentReadContext): Promise<C | undefined>;
  spec(component: C, ctx: ComponentSpecContext): Promise<Record<string, JsonValue>>;
  /** Components it uses (the steps of a pipeline component), registered before it. Default: none. */
  uses?(component: C): ComponentUse[];
}

export interface ComponentReadContext {
  problems: Problems;
  /** Reads steps (pipeline components) with a NodeContext built for the component's own graph. */
  nodeContext(
    yaml: YamlFile,
    inputs: Record<string, PipelineInput>,
    outputs: Record<string, PipelineOutput>,
  ): NodeContext;
  /** The checks a pipeline job's steps get (bindings, ports, cycles), on a component's own graph. */
  validateGraph(graph: GraphScope, unreadable: ReadonlySet<string>): void;
}
