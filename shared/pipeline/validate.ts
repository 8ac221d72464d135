import type { SourceLocation } from '../core/logger.js';
import type { Problems } from '../yaml/fields.js';
import { orderSteps, type Binding } from './bindings.js';
import type { NodeInput, PipelineJob, PipelineNode } from './model.js';
import { isDataType, literalTypeProblem, type InputPort } from './ports.js';

/**
 * Checks what only the whole pipeline can tell: every binding names something that exists, inputs fit the
 * component's ports, steps form no cycle, and every command step has somewhere to run.
 */
export function validatePipeline(
  job: PipelineJob,
  problems: Problems,
  unreadable: ReadonlySet<string> = new Set(),
): void {
  const dependencies = new Map<string, Set<string>>();
  for (const node of Object.values(job.jobs)) {
    dependencies.set(node.name, new Set());
    for (const { binding, loc } of nodeBindings(node)) {
      // A binding to a step that was already refused would only repeat that problem.
      if (binding.scope === 'parent.jobs' && unreadable.has(binding.job)) continue;
      checkBinding(job, node, binding, loc, problems);
      if (binding.scope === 'parent.jobs') dependencies.get(node.name)?.add(binding.job);
    }
    checkPorts(job, node, problems);
    checkCompute(job, node, problems);
  }
  const order = orderSteps(dependencies);
  if ('cycle' in order) {
    const first = job.jobs[order.cycle[0]];
    problems.add(`steps depend on each other in a cycle: ${order.cycle.join(' -> ')}`, first?.loc);
  }
}

/** Every binding a step holds, with where it is written. */
export function nodeBindings(node: PipelineNode): { binding: Binding; loc: SourceLocation }[] {
  const found: { binding: Binding; loc: SourceLocation }[] = [];
  for (const port of [...Object.values(node.inputs), ...Object.values(node.outputs)]) {
    if (port.kind === 'binding') found.push({ binding: port.binding, loc: port.loc });
  }
  for (const automl of Object.values(node.automlBindings ?? {})) found.push(automl);
  return found;
}

function checkBinding(
  job: PipelineJob,
  node: PipelineNode,
  binding: Binding,
  loc: SourceLocation,
  problems: Problems,
): void {
  if (binding.scope === 'parent.inputs' && !(binding.name in job.inputs)) {
    problems.add(
      `step '${node.name}' binds \${{parent.inputs.${binding.name}}} but the pipeline has no input '${binding.name}'${known(job.inputs)}`,
      loc,
    );
  } else if (binding.scope === 'parent.outputs' && !(binding.name in job.outputs)) {
    problems.add(
      `step '${node.name}' binds \${{parent.outputs.${binding.name}}} but the pipeline has no output '${binding.name}'${known(job.outputs)}`,
      loc,
    );
  } else if (binding.scope === 'parent.jobs') {
    const upstream = job.jobs[binding.job];
    if (binding.job === node.name) {
      problems.add(`step '${node.name}' binds to its own ${binding.port}`, loc);
    } else if (!upstream) {
      problems.add(`step '${node.name}' binds to step '${binding.job}', which does not exist${known(job.jobs)}`, loc);
    } else {
      const ports = declaredPorts(upstream, binding.port);
      if (ports && !ports.includes(binding.name)) {
        problems.add(
          `step '${node.name}' binds to ${binding.port.slice(0, -1)} '${binding.name}' of step '${binding.job}', which has no such ${binding.port.slice(0, -1)} (it has: ${ports.join(', ') || 'none'})`,
          loc,
        );
      }
    }
  }
}

function known(names: Record<string, unknown>): string {
  const list = Object.keys(names);
  return list.length ? ` (it has: ${list.join(', ')})` : '';
}

/** The ports a step is known to have, or undefined when its component lives in Azure and cannot be seen. */
function declaredPorts(node: PipelineNode, side: 'inputs' | 'outputs'): string[] | undefined {
  const component = node.component?.kind === 'remote' ? undefined : node.component?.component;
  if (node.type === 'automl') return side === 'outputs' ? undefined : [];
  return component ? Object.keys(component[side]) : undefined;
}

function checkPorts(job: PipelineJob, node: PipelineNode, problems: Problems): void {
  const component = node.component && node.component.kind !== 'remote' ? node.component.component : undefined;
  if (!component || node.component?.kind === 'inline') return;
  for (const [name, input] of Object.entries(node.inputs)) {
    const port = component.inputs[name];
    if (!port) {
      problems.add(
        `step '${node.name}' sets input '${name}', but its component has no such input${known(component.inputs)}`,
        input.loc,
      );
      continue;
    }
    const wrong = inputTypeProblem(job, input, port);
    if (wrong) problems.add(`step '${node.name}': input '${name}' ${wrong}`, input.loc);
  }
  for (const [name, output] of Object.entries(node.outputs)) {
    if (!component.outputs[name]) {
      problems.add(
        `step '${node.name}' sets output '${name}', but its component has no such output${known(component.outputs)}`,
        output.loc,
      );
    }
  }
  for (const port of Object.values(component.inputs)) {
    if (!port.optional && port.default === undefined && !(port.name in node.inputs)) {
      problems.add(
        `step '${node.name}' leaves required input '${port.name}' (${port.type}) of its component unbound`,
        node.loc,
      );
    }
  }
}

/** Why a step's input does not fit the port it feeds, or undefined when it does. */
function inputTypeProblem(job: PipelineJob, input: NodeInput, port: InputPort): string | undefined {
  const portIsData = isDataType(port.type);
  if (input.kind === 'literal') return portIsData ? undefined : literalTypeProblem(input.value, port.type);
  if (input.kind === 'data') return portIsData ? undefined : `is ${port.type} but is given ${input.type} data`;
  const { binding } = input;
  if (binding.scope === 'parent.jobs' && binding.port === 'outputs' && !portIsData) {
    return `is ${port.type} but is bound to output '${binding.name}' of step '${binding.job}', which is data`;
  }
  if (binding.scope === 'parent.inputs') {
    const upstream = job.inputs[binding.name];
    if (upstream?.kind === 'data' && !portIsData)
      return `is ${port.type} but pipeline input '${binding.name}' is ${upstream.type} data`;
    if (upstream?.kind === 'literal' && portIsData && upstream.value !== null && upstream.type !== undefined) {
      return `is ${port.type} data but pipeline input '${binding.name}' is a ${upstream.type}`;
    }
    if (upstream?.kind === 'literal' && !portIsData) {
      const wrong = literalTypeProblem(upstream.value, port.type);
      return wrong ? `is ${port.type}, but pipeline input '${binding.name}' ${wrong}` : undefined;
    }
  }
  return undefined;
}

function checkCompute(job: PipelineJob, node: PipelineNode, problems: Problems): void {
  if (node.compute || job.compute || job.settings.defaultCompute) return;
  problems.add(
    `step '${node.name}' has no compute: set compute on the step, or settings.default_compute on the pipeline`,
    node.loc,
  );
}
