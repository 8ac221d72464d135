import { entryOf, type YMap } from '../../yaml/located.js';
import type { CommandComponent } from '../component.js';
import { inlineCommandComponent } from '../inline-command.js';
import type { CommandNode, ComponentUse } from '../model.js';
import { COMMAND_KEYS, readCommandFields, readCommonFields, readComponentUse, readPorts } from '../pipeline-node.js';
import { checkKeys } from '../../yaml/fields.js';
import { commandNodeToRest } from '../node-rest.js';
import { checkComponentPorts, runsComponent } from '../step-ports.js';
import type { NodeContext, StepKind } from './types.js';

/** `type: command` (the default): a command component, from a file, a reference, a mapping or inline. */
export const commandStep: StepKind<CommandNode> = {
  read: readCommandNode,
  toRest: commandNodeToRest,
  validate: (node, graph, problems) => checkComponentPorts(node, node.component, graph, problems),
  ...runsComponent((node: CommandNode) => node.component),
};

async function readCommandNode(name: string, map: YMap, ctx: NodeContext): Promise<CommandNode | undefined> {
  checkKeys(map, COMMAND_KEYS, ctx.problems, `step '${name}'`);
  const node: Omit<CommandNode, 'component'> = { name, loc: map.loc, type: 'command', ...readPorts(map, ctx) };
  readCommonFields(node, map, ctx.problems);
  readCommandFields(node, map, ctx.problems);
  const component = await readCommandComponentUse(name, map, node, ctx);
  return component ? { ...node, component } : undefined;
}

async function readCommandComponentUse(
  name: string,
  map: YMap,
  node: Pick<CommandNode, 'name' | 'inputs' | 'outputs' | 'resources'>,
  ctx: NodeContext,
): Promise<ComponentUse<CommandComponent> | undefined> {
  const hasComponent = entryOf(map, 'component') !== undefined;
  const hasCommand = entryOf(map, 'command') !== undefined;
  if (hasComponent && hasCommand) {
    ctx.problems.add(`step '${name}' has both component and command; keep one`, map.loc);
    return undefined;
  }
  if (hasCommand) {
    const component = await inlineCommandComponent(map, node, ctx);
    // azure-ai-ml puts an inline command's resources in its anonymous spec too (recorded: serverless_job_tier).
    if (component && node.resources) component.resources = node.resources;
    return component ? { kind: 'inline', component } : undefined;
  }
  if (!hasComponent) {
    ctx.problems.add(
      `step '${name}' needs a component (a file, azureml:<name>:<version>, a registry id) or an inline command`,
      map.loc,
    );
    return undefined;
  }
  return readComponentUse(name, map, ctx, 'command');
}
