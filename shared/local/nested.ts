import type { Binding } from '../pipeline/bindings.js';
import type {
  NodeInput,
  NodeOutput,
  PipelineComponent,
  PipelineComponentNode,
  PipelineJob,
  PipelineNode,
} from '../pipeline/model.js';
import { isDataType } from '../pipeline/ports.js';
import { Problems } from '../yaml/fields.js';

/** The step separator of flattened names, as Azure ML shows a child's path (`train_pipeline/train_step`). */
export const NESTED_SEPARATOR = '/';

/** A step the local runner runs itself: every step type but `pipeline`, which flattening removes. */
export type LeafNode = Exclude<PipelineNode, PipelineComponentNode>;

/** A pipeline job with its pipeline-component steps replaced by their steps. */
export type FlatPipelineJob = Omit<PipelineJob, 'jobs'> & { jobs: Record<string, LeafNode> };

/** How names of a nested level translate into names of the top level (the top level itself has none). */
interface Scope {
  /** What `${{parent.inputs.x}}` stands for, in top-level terms (undefined: not given). */
  input(name: string): NodeInput | undefined;
  /** What `${{parent.outputs.x}}` stands for, in top-level terms (undefined: nothing outside reads it). */
  output(name: string): NodeOutput | undefined;
}

/**
 * The job with every pipeline-component step (local or inline, any depth) replaced by its steps, named
 * `<step>/<inner step>`, every binding rewritten to what it reaches at the top level. A job whose top level is
 * `component:` is its component's steps. Each inner step then runs and is cached like any step: a changed inner
 * component re-runs that step and what reads its changed outputs, nothing else. Pipeline components registered in
 * Azure or a registry are refused, with their line: their steps cannot be seen from the runner.
 */
export function flattenPipeline(job: PipelineJob): FlatPipelineJob {
  const problems = new Problems();
  const jobs: Record<string, LeafNode> = {};
  const top = job.component && job.component.kind !== 'remote' ? job.component.component : undefined;
  const scope: Scope | undefined = top && {
    input: (name) =>
      name in job.inputs
        ? { kind: 'binding', binding: { scope: 'parent.inputs', name }, loc: job.inputs[name].loc }
        : defaultOf(top, name),
    output: (name) => ({ kind: 'binding', binding: { scope: 'parent.outputs', name }, loc: job.loc }),
  };
  if (job.component?.kind === 'remote') problems.add(remoteMessage('the job', job.component.text), job.loc);
  for (const node of flattenLevel(top?.jobs ?? job.jobs, scope, '', problems)) jobs[node.name] = node;
  problems.throwIfAny(`${job.file}: pipeline components that cannot run on the local backend; nothing was run`);
  return { ...job, jobs };
}

function flattenLevel(
  level: Record<string, PipelineNode>,
  scope: Scope | undefined,
  prefix: string,
  problems: Problems,
): LeafNode[] {
  const flat: LeafNode[] = [];
  for (const node of Object.values(level)) {
    const inputs: Record<string, NodeInput> = {};
    for (const [name, value] of Object.entries(node.inputs)) {
      const translated = translateInput(value, level, scope, prefix);
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
    if (node.component.kind === 'remote') {
      problems.add(remoteMessage(`step '${prefix}${node.name}'`, node.component.text), node.loc);
      continue;
    }
    const component = node.component.component;
    const inner: Scope = {
      input: (name) => inputs[name] ?? defaultOf(component, name),
      output: (name) => outputs[name],
    };
    flat.push(...flattenLevel(component.jobs, inner, `${prefix}${node.name}${NESTED_SEPARATOR}`, problems));
  }
  return flat;
}

function remoteMessage(what: string, text: string): string {
  return (
    `${what} runs the pipeline component ${text}, whose steps live in Azure ML; the local backend runs pipeline ` +
    `components from local YAML files (or run it with backend: azure)`
  );
}

/** The default a pipeline component's input has when its caller binds nothing (literal inputs only). */
function defaultOf(component: PipelineComponent, name: string): NodeInput | undefined {
  const port = component.inputs[name];
  if (!port || port.default === undefined || port.default === null || isDataType(port.type)) return undefined;
  return { kind: 'literal', value: port.default, source: port.defaultSource ?? String(port.default), loc: port.loc };
}

function translateInput(
  value: NodeInput,
  level: Record<string, PipelineNode>,
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
  level: Record<string, PipelineNode>,
  prefix: string,
): Binding {
  const target = level[binding.job];
  if (target?.type !== 'pipeline' || target.component.kind === 'remote' || binding.port !== 'outputs')
    return { ...binding, job: prefix + binding.job };
  const jobs = target.component.component.jobs;
  const innerPrefix = `${prefix}${binding.job}${NESTED_SEPARATOR}`;
  for (const inner of Object.values(jobs)) {
    for (const [port, output] of Object.entries(inner.outputs)) {
      if (
        output.kind === 'binding' &&
        output.binding.scope === 'parent.outputs' &&
        output.binding.name === binding.name
      ) {
        return stepPort({ scope: 'parent.jobs', job: inner.name, port: 'outputs', name: port }, jobs, innerPrefix);
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
