import type { SourceLocation } from '../core/logger.js';
import type { Problems } from '../yaml/fields.js';
import { orderSteps, type Binding } from './bindings.js';
import type { ComponentUse, PipelineComponent, PipelineJob, PipelineNode } from './model.js';
import { isDataPort, literalRangeProblem } from './ports.js';
import { DEFAULT_OUTPUTS, known } from './step-ports.js';
import { STEP_KINDS } from './steps/index.js';
import { stepsWithoutCompute } from './steps/pipeline.js';
import type { GraphScope, LocatedBinding, StepKind } from './steps/types.js';

/**
 * Checks what only the whole pipeline can tell: every binding names something that exists, inputs fit the
 * component's ports, steps form no cycle, and every step that runs has somewhere to run.
 */
export function validatePipeline(
  job: PipelineJob,
  problems: Problems,
  unreadable: ReadonlySet<string> = new Set(),
): void {
  validateGraph(jobScope(job), problems, unreadable);
  if (job.component?.kind === 'local') checkWrappedComponent(job, job.component.component, problems);
}

/**
 * Literal values a step gives its (local) component, directly or through a pipeline input, against the
 * port's min and max: the service checks them only when the job runs.
 */
function checkLiteralRanges(graph: GraphScope, node: PipelineNode, problems: Problems): void {
  const use = 'component' in node ? (node.component as ComponentUse) : undefined;
  if (use?.kind !== 'local' && use?.kind !== 'inline') return;
  for (const [name, input] of Object.entries(node.inputs)) {
    const port = use.component.inputs[name];
    if (!port || isDataPort(port.type)) continue;
    if (input.kind === 'literal') {
      const wrong = literalRangeProblem(input.value, port);
      if (wrong) problems.add(`step '${node.name}': input '${name}' ${wrong}`, input.loc);
    } else if (input.kind === 'binding' && input.binding.scope === 'parent.inputs') {
      const upstream = graph.inputs[input.binding.name];
      if (upstream?.kind !== 'literal') continue;
      const wrong = literalRangeProblem(upstream.value, port);
      if (wrong)
        problems.add(
          `pipeline input '${input.binding.name}' feeds input '${name}' of step '${node.name}' and ${wrong}`,
          upstream.loc,
        );
    }
  }
}

/** A job wrapping a pipeline component: its required inputs given, and somewhere for its steps to run. */
function checkWrappedComponent(job: PipelineJob, component: PipelineComponent, problems: Problems): void {
  for (const port of Object.values(component.inputs)) {
    if (!port.optional && port.default === undefined && !(port.name in job.inputs))
      problems.add(
        `the pipeline leaves required input '${port.name}' (${port.type}) of its component unbound`,
        job.loc,
      );
  }
  if (job.compute || job.settings.defaultCompute) return;
  for (const missing of stepsWithoutCompute(component))
    problems.add(
      `step '${missing.path}' has no compute: set compute on it, or settings.default_compute on the pipeline`,
      missing.loc,
    );
}

export function jobScope(job: PipelineJob): GraphScope {
  return {
    label: 'the pipeline',
    inputs: job.inputs,
    outputs: job.outputs,
    jobs: job.jobs,
    hasDefaultCompute: Boolean(job.compute || job.settings.defaultCompute),
    checkCompute: true,
  };
}

function kindOf(node: PipelineNode): StepKind<PipelineNode> {
  return STEP_KINDS[node.type] as StepKind<PipelineNode>;
}

/** The checks of `validatePipeline` on any graph: a pipeline job or the `jobs:` of a pipeline component. */
export function validateGraph(
  graph: GraphScope,
  problems: Problems,
  unreadable: ReadonlySet<string> = new Set(),
): void {
  const dependencies = new Map<string, Set<string>>();
  for (const node of Object.values(graph.jobs)) {
    dependencies.set(node.name, new Set());
    for (const { binding, loc } of nodeBindings(node)) {
      // A binding to a step that was already refused would only repeat that problem.
      if (binding.scope === 'parent.jobs' && unreadable.has(binding.job)) continue;
      checkBinding(graph, node, binding, loc, problems);
      if (binding.scope === 'parent.jobs') dependencies.get(node.name)?.add(binding.job);
    }
    kindOf(node).validate?.(node, graph, problems);
    checkLiteralRanges(graph, node, problems);
    if (graph.checkCompute) checkCompute(graph, node, problems);
  }
  const order = orderSteps(dependencies);
  if ('cycle' in order) {
    const first = graph.jobs[order.cycle[0]];
    problems.add(`steps depend on each other in a cycle: ${order.cycle.join(' -> ')}`, first?.loc);
  }
}

/** Every binding a step holds, with where it is written. */
export function nodeBindings(node: PipelineNode): LocatedBinding[] {
  const found: LocatedBinding[] = [];
  for (const port of [...Object.values(node.inputs), ...Object.values(node.outputs)]) {
    if (port.kind === 'binding') found.push({ binding: port.binding, loc: port.loc });
  }
  found.push(...(kindOf(node).bindings?.(node) ?? []));
  return found;
}

function checkBinding(
  graph: GraphScope,
  node: PipelineNode,
  binding: Binding,
  loc: SourceLocation,
  problems: Problems,
): void {
  const owner = graph.label === 'the pipeline' ? 'the pipeline' : graph.label;
  if (binding.scope === 'parent.inputs' && !(binding.name in graph.inputs)) {
    problems.add(
      `step '${node.name}' binds \${{parent.inputs.${binding.name}}} but ${owner} has no input '${binding.name}'${known(graph.inputs)}`,
      loc,
    );
  } else if (binding.scope === 'parent.outputs' && !(binding.name in graph.outputs)) {
    problems.add(
      `step '${node.name}' binds \${{parent.outputs.${binding.name}}} but ${owner} has no output '${binding.name}'${known(graph.outputs)}`,
      loc,
    );
  } else if (binding.scope === 'parent.jobs') {
    const upstream = graph.jobs[binding.job];
    if (binding.job === node.name) {
      problems.add(`step '${node.name}' binds to its own ${binding.port}`, loc);
    } else if (!upstream) {
      problems.add(`step '${node.name}' binds to step '${binding.job}', which does not exist${known(graph.jobs)}`, loc);
    } else {
      const ports = kindOf(upstream).ports(upstream, binding.port);
      if (ports && !ports.includes(binding.name)) {
        // The outputs every command job has go unnamed here: the user declared the others.
        const declared = ports.filter((p) => !DEFAULT_OUTPUTS.includes(p));
        problems.add(
          `step '${node.name}' binds to ${binding.port.slice(0, -1)} '${binding.name}' of step '${binding.job}', which has no such ${binding.port.slice(0, -1)} (it has: ${declared.join(', ') || 'none'})`,
          loc,
        );
      }
    }
  }
}

function checkCompute(graph: GraphScope, node: PipelineNode, problems: Problems): void {
  const kind = kindOf(node);
  if (node.compute || graph.hasDefaultCompute || kind.needsCompute?.(node) === false) return;
  problems.add(
    `step '${node.name}' has no compute: set compute on the step, or settings.default_compute on the pipeline`,
    node.loc,
  );
}
