/**
 * The tables of step and component types. A new step type is one file (`steps/<type>.ts`, exporting a
 * `StepKind` and, if it has a component type, a `ComponentKind`) and one entry in each table below.
 */
import { ValidationError } from '../../core/errors.js';
import { entryOf, loadYamlFile, type YMap, type YNode, type YamlFile } from '../../yaml/located.js';
import { expectMap, Problems, readString } from '../../yaml/fields.js';
import { readComponent as readCommandComponent } from '../component.js';
import type {
  Component,
  ComponentType,
  ComponentTypes,
  PipelineInput,
  PipelineNode,
  PipelineOutput,
  StepNodeTypes,
  StepType,
} from '../model.js';
import { automlStep } from './automl.js';
import { commandStep } from './command.js';
import { parallelComponentKind, parallelStep } from './parallel.js';
import { pipelineComponentKind, pipelineStep } from './pipeline.js';
import { sparkComponentKind, sparkStep } from './spark.js';
import { sweepStep } from './sweep.js';
import { validateGraph } from '../validate.js';
import type { ComponentKind, ComponentReadContext, GraphScope, NodeContext, StepKind } from './types.js';

export const STEP_KINDS: { [T in StepType]: StepKind<StepNodeTypes[T]> } = {
  command: commandStep,
  automl: automlStep,
  pipeline: pipelineStep,
  sweep: sweepStep,
  parallel: parallelStep,
  spark: sparkStep,
};

export const COMPONENT_KINDS: { [T in ComponentType]: ComponentKind<ComponentTypes[T]> } = {
  command: {
    read: (map, yaml, ctx) => readCommandComponent(map, yaml, ctx.problems),
    spec: async () => {
      throw new Error('internal: command components are registered through resolver.registerComponent');
    },
  },
  pipeline: pipelineComponentKind,
  parallel: parallelComponentKind,
  spark: sparkComponentKind,
};

/** Step types azure-ai-ml knows and this suite does not convert yet. */
const UNSUPPORTED_STEPS: Record<string, string> = {
  import: 'import steps',
  data_transfer: 'data transfer steps',
  flow: 'prompt flow steps',
};

/** Component types azure-ai-ml knows and this suite does not convert yet. */
const UNSUPPORTED_COMPONENTS: Record<string, string> = {
  import: 'import components',
  data_transfer: 'data transfer components',
  sweep: 'sweep components',
  flow: 'prompt flow components',
};

function isStepType(type: string): type is StepType {
  return Object.hasOwn(STEP_KINDS, type);
}

function isComponentType(type: string): type is ComponentType {
  return Object.hasOwn(COMPONENT_KINDS, type);
}

/** Reads one step under `jobs:`, by its `type:` (command when absent). */
export async function readNode(name: string, node: YNode, ctx: NodeContext): Promise<PipelineNode | undefined> {
  const map = expectMap(node, `step '${name}'`, ctx.problems);
  if (!map) return undefined;
  const type = readString(map, 'type', ctx.problems) ?? 'command';
  if (!isStepType(type)) {
    const label = UNSUPPORTED_STEPS[type];
    const known = Object.keys(STEP_KINDS).join(', ');
    ctx.problems.add(
      label
        ? `not supported yet: ${label} (step '${name}')`
        : `step '${name}' has unknown type '${type}'; use one of ${known}`,
      entryOf(map, 'type')?.value.loc ?? map.loc,
    );
    return undefined;
  }
  return (STEP_KINDS[type] as StepKind<PipelineNode>).read(name, map, ctx);
}

/** Reads a component mapping (a file's root or an inline `component:`), by its `type:` (command when absent). */
export async function readAnyComponent(
  map: YMap,
  yaml: YamlFile,
  ctx: ComponentReadContext,
): Promise<Component | undefined> {
  // A prompt flow (`flow.dag.yaml`, or a run.yml naming a `flow:`) has no `type:`; azure-ai-ml loads it as a
  // flow component, which this suite does not convert.
  const isFlow = !entryOf(map, 'type') && (entryOf(map, 'nodes') !== undefined || entryOf(map, 'flow') !== undefined);
  const type = isFlow ? 'flow' : (readString(map, 'type', ctx.problems) ?? 'command');
  if (!isComponentType(type)) {
    const label = UNSUPPORTED_COMPONENTS[type];
    ctx.problems.add(
      label
        ? `not supported yet: ${label}; supported: ${Object.keys(COMPONENT_KINDS).join(', ')} components`
        : `unknown component type '${type}'; expected one of ${Object.keys(COMPONENT_KINDS).join(', ')}`,
      entryOf(map, 'type')?.value.loc ?? map.loc,
    );
    return undefined;
  }
  return (COMPONENT_KINDS[type] as ComponentKind<Component>).read(map, yaml, ctx);
}

/**
 * Reads steps and components for one load (a pipeline job, or a component file with everything inside it):
 * each component file is read once however many steps use it, and a file that contains itself is refused.
 */
export class GraphReader implements ComponentReadContext {
  private readonly cache = new Map<string, Promise<Component | undefined>>();
  private readonly loading = new Set<string>();

  constructor(readonly problems: Problems) {}

  validateGraph(graph: GraphScope, unreadable: ReadonlySet<string>): void {
    validateGraph(graph, this.problems, unreadable);
  }

  nodeContext(
    yaml: YamlFile,
    inputs: Record<string, PipelineInput>,
    outputs: Record<string, PipelineOutput>,
  ): NodeContext {
    return {
      yaml,
      problems: this.problems,
      pipelineInputs: inputs,
      pipelineOutputs: outputs,
      loadComponent: (path, at) => this.loadComponent(path, at),
      readComponent: (map, file) => readAnyComponent(map, file, this),
      readNode,
    };
  }

  loadComponent(path: string, at: YNode): Promise<Component | undefined> {
    if (this.loading.has(path)) {
      this.problems.add(`component file ${path} uses itself (a pipeline component cannot contain itself)`, at.loc);
      return Promise.resolve(undefined);
    }
    let loaded = this.cache.get(path);
    if (!loaded) {
      loaded = this.load(path, at);
      this.cache.set(path, loaded);
    }
    return loaded;
  }

  private async load(path: string, at: YNode): Promise<Component | undefined> {
    this.loading.add(path);
    try {
      const yaml = await loadYamlFile(path);
      const map = expectMap(yaml.root, 'a component file', this.problems);
      return map ? await readAnyComponent(map, yaml, this) : undefined;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      if (error.problems.some((p) => p.message.includes('file not found'))) {
        this.problems.add(`component file ${path} does not exist`, at.loc);
      } else {
        this.problems.merge(error.problems);
      }
      return undefined;
    } finally {
      this.loading.delete(path);
    }
  }
}

/** Loads a component file of any type and everything it uses; throws one ValidationError listing every problem. */
export async function loadAnyComponentFile(path: string): Promise<Component> {
  const yaml = await loadYamlFile(path);
  const problems = new Problems();
  const map = expectMap(yaml.root, 'a component file', problems);
  const reader = new GraphReader(problems);
  const component = map ? await readAnyComponent(map, yaml, reader) : undefined;
  problems.throwIfAny(`${path} is not a valid component`);
  return component as Component;
}
