import { entryOf, type YMap } from '../yaml/located.js';
import { readBoolean, readString } from '../yaml/fields.js';
import { checkCommand, readCode, readEnvironmentUse, type CommandComponent } from './component.js';
import type { ComponentTypes, ComponentUse, NodeBase, NodeInput, NodeOutput } from './model.js';
import { readComponentUse, type NodeContext } from './pipeline-node.js';
import { inferLiteralType, type InputPort, type OutputPort, type PortType } from './ports.js';
import type { ComponentBase } from './steps/header.js';

/**
 * A step written as a command (no `component:`) is registered as an anonymous command component whose ports
 * are inferred from what the step binds, as azure-ai-ml does: literals by their YAML type, pipeline inputs by
 * theirs, step outputs as uri_folder.
 */
export async function inlineCommandComponent(
  map: YMap,
  node: Pick<NodeBase, 'name' | 'inputs' | 'outputs'>,
  ctx: NodeContext,
): Promise<CommandComponent | undefined> {
  const command = readString(map, 'command', ctx.problems, { required: true, owner: `step '${node.name}'` });
  const environment = await readEnvironmentUse(map, ctx.yaml.file, ctx.problems);
  if (command === undefined || !environment) return undefined;
  const component: CommandComponent = {
    type: 'command',
    file: ctx.yaml.file,
    loc: map.loc,
    name: node.name,
    isDeterministic: readBoolean(map, 'is_deterministic', ctx.problems) ?? true,
    inputs: Object.fromEntries(
      Object.entries(node.inputs).map(([name, input]) => [name, inferInput(name, input, ctx)]),
    ),
    outputs: Object.fromEntries(
      Object.entries(node.outputs).map(([name, output]) => [name, inferOutput(name, output, ctx)]),
    ),
    command,
    environment,
  };
  // Outputs the command writes to but the step does not list are still ports of the component.
  for (const match of command.matchAll(/\$\{\{\s*outputs\.(\w+)\s*\}\}/g)) {
    component.outputs[match[1]] ??= { name: match[1], type: 'uri_folder', loc: map.loc };
  }
  const code = await readCode(map, ctx.yaml.file, ctx.problems);
  if (code) component.code = code;
  if (entryOf(map, 'command')) checkCommand(component, map, ctx.yaml, ctx.problems);
  return component;
}

function inferInput(name: string, input: NodeInput, ctx: NodeContext): InputPort {
  return { name, type: inferInputType(input, ctx), optional: false, loc: input.loc };
}

/**
 * What an anonymous parallel or spark component built from a step has besides its type and settings: the step's
 * place, deterministic (as azure-ai-ml's default) and the ports inferred from the step's bindings.
 */
export type StepComponentBase = ComponentBase & { isDeterministic: true };

/**
 * The component of a parallel or spark step: the one its `component:` names, or else the anonymous one
 * azure-ai-ml registers from the step's own settings, which `inline` builds over the step's base (undefined,
 * with a problem recorded, when the step has not what such a component needs).
 */
export async function stepComponentUse<T extends 'parallel' | 'spark'>(
  node: Pick<NodeBase, 'name' | 'inputs' | 'outputs' | 'loc'>,
  map: YMap,
  ctx: NodeContext,
  type: T,
  inline: (base: StepComponentBase) => ComponentTypes[T] | undefined,
): Promise<ComponentUse<ComponentTypes[T]> | undefined> {
  if (entryOf(map, 'component')) return readComponentUse(node.name, map, ctx, type);
  const base: StepComponentBase = {
    file: ctx.yaml.file,
    loc: node.loc,
    isDeterministic: true,
    ...inferStepPorts(node, ctx),
  };
  const component = inline(base);
  return component && { kind: 'inline', component };
}

/**
 * The ports of an anonymous parallel or spark component built from a step: inferred as for an inline command,
 * and a port bound straight to a pipeline port takes that port's mode (recorded: inline parallel, tabular input).
 */
export function inferStepPorts(
  node: Pick<NodeBase, 'inputs' | 'outputs'>,
  ctx: NodeContext,
): { inputs: Record<string, InputPort>; outputs: Record<string, OutputPort> } {
  const inputs: Record<string, InputPort> = {};
  for (const [name, input] of Object.entries(node.inputs))
    inputs[name] = withMode(inferInput(name, input, ctx), inputMode(input, ctx));
  const outputs: Record<string, OutputPort> = {};
  for (const [name, output] of Object.entries(node.outputs))
    outputs[name] = withMode(inferOutput(name, output, ctx), outputMode(output, ctx));
  return { inputs, outputs };
}

function withMode<P extends InputPort | OutputPort>(port: P, mode: string | undefined): P {
  return mode ? { ...port, mode } : port;
}

/** An input's own mode, else that of the data pipeline input it is bound straight to. */
function inputMode(input: NodeInput, ctx: NodeContext): string | undefined {
  if (input.kind === 'literal') return undefined;
  const upstream =
    input.kind === 'binding' && input.binding.scope === 'parent.inputs'
      ? ctx.pipelineInputs[input.binding.name]
      : undefined;
  return input.mode ?? (upstream?.kind === 'data' ? upstream.mode : undefined);
}

/** An output's own mode, else that of the pipeline output it is bound straight to. */
function outputMode(output: NodeOutput, ctx: NodeContext): string | undefined {
  const upstream =
    output.kind === 'binding' && output.binding.scope === 'parent.outputs'
      ? ctx.pipelineOutputs[output.binding.name]
      : undefined;
  return output.mode ?? upstream?.mode;
}

function inferInputType(input: NodeInput, ctx: NodeContext): PortType {
  if (input.kind === 'literal') return inferLiteralType(input.value, input.source);
  if (input.kind === 'data') return input.type;
  if (input.binding.scope === 'parent.inputs') {
    const upstream = ctx.pipelineInputs[input.binding.name];
    if (upstream?.kind === 'data') return upstream.type;
    if (upstream?.kind === 'literal') return upstream.type ?? inferLiteralType(upstream.value, upstream.source);
  }
  return 'uri_folder';
}

function inferOutput(name: string, output: NodeOutput, ctx: NodeContext): OutputPort {
  if (output.kind === 'settings') return { name, type: output.type ?? 'uri_folder', loc: output.loc };
  const parentOutput = output.binding.scope === 'parent.outputs' ? ctx.pipelineOutputs[output.binding.name] : undefined;
  return { name, type: parentOutput?.type ?? 'uri_folder', loc: output.loc };
}
