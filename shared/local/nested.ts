import type { SourceLocation } from '../core/logger.js';
import type { Binding } from '../pipeline/bindings.js';
import type { NodeInput, NodeOutput, PipelineInput, PipelineJob, PipelineNode } from '../pipeline/model.js';

/**
 * A pipeline component as the local backend needs it: its declared inputs (with the default a step gets when
 * the caller binds nothing), its outputs, and its steps, which may be pipeline components again.
 */
export interface LocalPipelineComponent {
  name?: string;
  inputs: Record<string, { default?: NodeInput }>;
  outputs: string[];
  jobs: Record<string, LocalJobNode>;
}

/** A step that runs a pipeline component: bound like any step, its inputs and outputs those of the component. */
export interface LocalNestedNode {
  type: 'pipeline';
  name: string;
  loc: SourceLocation;
  inputs: Record<string, NodeInput>;
  outputs: Record<string, NodeOutput>;
  component: LocalPipelineComponent;
}

export type LocalJobNode = PipelineNode | LocalNestedNode;

/** A pipeline job whose steps may run pipeline components, to any depth. */
export type LocalPipelineJob = Omit<PipelineJob, 'jobs'> & { jobs: Record<string, LocalJobNode> };

/** The step separator of flattened names, as Azure ML shows a child's path (`train_pipeline/train_step`). */
export const NESTED_SEPARATOR = '/';

/** A pipeline job's own inputs, as the defaults of the component it would be: for tests and adapters. */
export function componentOfPipelineJob(job: LocalPipelineJob): LocalPipelineComponent {
  return {
    ...(job.name ? { name: job.name } : {}),
    inputs: Object.fromEntries(
      Object.entries(job.inputs).map(([name, input]) => [name, { default: asNodeInput(input) }]),
    ),
    outputs: Object.keys(job.outputs),
    jobs: job.jobs,
  };
}

function asNodeInput(input: PipelineInput): NodeInput | undefined {
  if (input.kind === 'literal') return input.value === null ? undefined : input;
  return input.path ? input : undefined;
}

/** How names of a nested level translate into names of the top level (the top level itself has none). */
interface Scope {
  /** What `${{parent.inputs.x}}` stands for, in top-level terms (undefined: not given). */
  input(name: string): NodeInput | undefined;
  /** What `${{parent.outputs.x}}` stands for, in top-level terms (undefined: nothing outside reads it). */
  output(name: string): NodeOutput | undefined;
}

/**
 * The job with every pipeline-component step replaced by its steps, named `<step>/<inner step>` at any depth, and
 * every binding rewritten to what it reaches at the top level. Each inner step then runs and is cached as any
 * step: a changed inner component re-runs that step and what reads its changed outputs, nothing else.
 */
export function flattenPipeline(job: LocalPipelineJob): PipelineJob {
  const jobs: Record<string, PipelineNode> = {};
  for (const node of flattenLevel(job.jobs, undefined, '')) jobs[node.name] = node;
  return { ...job, jobs };
}

function flattenLevel(level: Record<string, LocalJobNode>, scope: Scope | undefined, prefix: string): PipelineNode[] {
  const flat: PipelineNode[] = [];
  const input = (value: NodeInput): NodeInput | undefined => translateInput(value, level, scope, prefix);
  for (const node of Object.values(level)) {
    const inputs: Record<string, NodeInput> = {};
    for (const [name, value] of Object.entries(node.inputs)) {
      const translated = input(value);
      if (translated) inputs[name] = translated;
    }
    const outputs: Record<string, NodeOutput> = {};
    for (const [name, value] of Object.entries(node.outputs)) {
      const translated = translateOutput(value, scope);
      if (translated) outputs[name] = translated;
    }
    if (node.type !== 'pipeline') {
      flat.push({ ...node, name: prefix + node.name, inputs, outputs });
      continue;
    }
    const inner: Scope = {
      input: (name) => inputs[name] ?? node.component.inputs[name]?.default,
      output: (name) => outputs[name],
    };
    flat.push(...flattenLevel(node.component.jobs, inner, `${prefix}${node.name}${NESTED_SEPARATOR}`));
  }
  return flat;
}

function translateInput(
  value: NodeInput,
  level: Record<string, LocalJobNode>,
  scope: Scope | undefined,
  prefix: string,
): NodeInput | undefined {
  if (value.kind !== 'binding') return value;
  const { binding } = value;
  if (binding.scope === 'parent.inputs' && scope) {
    const outer = scope.input(binding.name);
    return outer && ({ ...outer, ...(value.mode ? { mode: value.mode } : {}) } as NodeInput);
  }
  if (binding.scope === 'parent.jobs') return { ...value, binding: stepPort(binding, level, prefix) };
  return value;
}

/** `${{parent.jobs.sub.outputs.o}}` where `sub` runs a pipeline component: the inner step output bound to `o`. */
function stepPort(
  binding: Extract<Binding, { scope: 'parent.jobs' }>,
  level: Record<string, LocalJobNode>,
  prefix: string,
): Binding {
  const target = level[binding.job];
  if (target?.type !== 'pipeline' || binding.port !== 'outputs') return { ...binding, job: prefix + binding.job };
  const innerPrefix = `${prefix}${binding.job}${NESTED_SEPARATOR}`;
  for (const inner of Object.values(target.component.jobs)) {
    for (const [port, output] of Object.entries(inner.outputs)) {
      if (
        output.kind === 'binding' &&
        output.binding.scope === 'parent.outputs' &&
        output.binding.name === binding.name
      ) {
        return stepPort(
          { scope: 'parent.jobs', job: inner.name, port: 'outputs', name: port },
          target.component.jobs,
          innerPrefix,
        );
      }
    }
  }
  // Nothing inside writes it: the binding names the nested step itself, and the runner reports it missing.
  return { ...binding, job: prefix + binding.job };
}

function translateOutput(value: NodeOutput, scope: Scope | undefined): NodeOutput | undefined {
  if (!scope || value.kind !== 'binding' || value.binding.scope !== 'parent.outputs') return value;
  return scope.output(value.binding.name);
}
