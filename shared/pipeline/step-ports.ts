import type { SourceLocation } from '../core/logger.js';
import type { Problems } from '../yaml/fields.js';
import type { Component, ComponentUse, NodeBase, NodeInput } from './model.js';
import { isDataPort, literalTypeProblem, type InputPort } from './ports.js';
import type { GraphScope, StepKind } from './steps/types.js';

/** Checks of a step against its component's ports, for the step types that run a component. */

export function known(names: Record<string, unknown>): string {
  const list = Object.keys(names);
  return list.length ? ` (it has: ${list.join(', ')})` : '';
}

/**
 * The ports of a step's component, or undefined when it lives in Azure and cannot be seen. Command jobs also
 * have the outputs every job has (`default`, the run's artifact folder, and `artifacts`).
 */
export function componentPorts(use: ComponentUse, side: 'inputs' | 'outputs'): string[] | undefined {
  if (use.kind === 'remote') return undefined;
  const declared = Object.keys(use.component[side]);
  return side === 'outputs' && use.component.type === 'command' ? [...declared, ...DEFAULT_OUTPUTS] : declared;
}

/**
 * What a StepKind of a step running one component says of it (`use`: the step's component, a sweep's trial):
 * the step's ports are the component's, and the component is registered, validated and run with it.
 */
export function runsComponent<N extends NodeBase>(
  use: (node: N) => ComponentUse,
): Pick<StepKind<N>, 'ports' | 'component'> {
  return { ports: (node, side) => componentPorts(use(node), side), component: use };
}

/** Outputs every command job has without declaring them (azure-ai-ml: `default`, `artifacts`). */
export const DEFAULT_OUTPUTS = ['default', 'artifacts'];

/** A step's inputs and outputs against the ports of its (local) component. */
export function checkComponentPorts(
  node: NodeBase,
  use: ComponentUse,
  graph: GraphScope,
  problems: Problems,
  /** `boundElsewhere`: inputs the step sets outside `inputs:` (a sweep's search space). */
  options: { unknownInputs?: 'refuse' | 'send'; boundElsewhere?: readonly string[] } = {},
): void {
  if (use.kind !== 'local') return;
  const component: Component = use.component;
  for (const [name, input] of Object.entries(node.inputs)) {
    const port = component.inputs[name];
    if (!port && options.unknownInputs === 'send') continue;
    if (!port) {
      problems.add(
        `step '${node.name}' sets input '${name}', but its component has no such input${known(component.inputs)}`,
        input.loc,
      );
      continue;
    }
    const wrong = inputTypeProblem(graph, input, port);
    if (wrong) problems.add(`step '${node.name}': input '${name}' ${wrong}`, valueLocation(graph, input));
  }
  for (const [name, output] of Object.entries(node.outputs)) {
    if (!component.outputs[name] && !(component.type === 'command' && DEFAULT_OUTPUTS.includes(name))) {
      problems.add(
        `step '${node.name}' sets output '${name}', but its component has no such output${known(component.outputs)}`,
        output.loc,
      );
    }
  }
  for (const port of Object.values(component.inputs)) {
    const bound = port.name in node.inputs || options.boundElsewhere?.includes(port.name);
    if (!port.optional && port.default === undefined && !bound) {
      problems.add(
        `step '${node.name}' leaves required input '${port.name}' (${port.type}) of its component unbound`,
        node.loc,
      );
    }
  }
}

/** Why a step's input does not fit the port it feeds, or undefined when it does. */
function inputTypeProblem(graph: GraphScope, input: NodeInput, port: InputPort): string | undefined {
  const portIsData = isDataPort(port.type);
  if (input.kind === 'literal') return portIsData ? undefined : literalTypeProblem(input.value, port.type);
  if (input.kind === 'data') return portIsData ? undefined : `is ${port.type} but is given ${input.type} data`;
  const { binding } = input;
  if (binding.scope === 'parent.jobs' && binding.port === 'outputs' && !portIsData) {
    return `is ${port.type} but is bound to output '${binding.name}' of step '${binding.job}', which is data`;
  }
  if (binding.scope === 'parent.inputs') {
    const upstream = graph.inputs[binding.name];
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

/** Where a step input's value is written: a pipeline input's literal (maybe given by `set`/`inputs`) is blamed there. */
function valueLocation(graph: GraphScope, input: NodeInput): SourceLocation {
  if (input.kind !== 'binding' || input.binding.scope !== 'parent.inputs') return input.loc;
  const upstream = graph.inputs[input.binding.name];
  return upstream?.kind === 'literal' ? upstream.loc : input.loc;
}
