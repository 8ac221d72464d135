import { entryOf, toPlain, type YMap } from '../../yaml/located.js';
import { readString } from '../../yaml/fields.js';
import { parseBinding } from '../bindings.js';
import type { AutoMLNode } from '../model.js';
import { automlNodeToRest } from '../node-rest.js';
import { readCommonFields, readPorts } from '../pipeline-node.js';
import type { JsonValue } from '../python-format.js';
import type { NodeContext, StepKind } from './types.js';

const AUTOML_DATA_FIELDS = ['training_data', 'validation_data', 'test_data'];
/** Keys read into the node itself rather than sent as AutoML fields. */
const NODE_KEYS = ['type', 'outputs', 'compute', 'display_name', 'description', 'tags', 'inputs'];

/** `type: automl`: sent in its YAML shape (azure-ai-ml dumps the AutoML job's YAML fields into the step). */
export const automlStep: StepKind<AutoMLNode> = {
  read: readAutoMLNode,
  toRest: async (node, ctx) => automlNodeToRest(node, ctx.workspaceId),
  // Outputs of AutoML steps depend on the task; inputs come through training_data etc.
  ports: (_node, side) => (side === 'outputs' ? undefined : []),
  bindings: (node) => Object.values(node.automlBindings),
};

async function readAutoMLNode(name: string, map: YMap, ctx: NodeContext): Promise<AutoMLNode> {
  const node: AutoMLNode = {
    name,
    loc: map.loc,
    type: 'automl',
    inputs: {},
    outputs: readPorts(map, ctx).outputs,
    automl: {},
    automlBindings: {},
  };
  readCommonFields(node, map, ctx.problems);
  readString(map, 'task', ctx.problems, { required: true, owner: `AutoML step '${name}'` });
  for (const entry of map.entries) {
    if (NODE_KEYS.includes(entry.key)) continue;
    if (
      AUTOML_DATA_FIELDS.includes(entry.key) &&
      entry.value.kind === 'scalar' &&
      typeof entry.value.value === 'string'
    ) {
      const parsed = parseBinding(entry.value.value);
      if (parsed?.ok) node.automlBindings[entry.key] = { binding: parsed.binding, loc: entry.value.loc };
      else if (parsed) ctx.problems.add(`${entry.key}: ${parsed.reason}`, entry.value.loc);
    }
    node.automl[entry.key] = toPlain(entry.value) as JsonValue;
  }
  if (entryOf(map, 'inputs'))
    ctx.problems.add(
      `AutoML step '${name}' takes its data in training_data/validation_data, not inputs`,
      entryOf(map, 'inputs')?.keyLoc,
    );
  return node;
}
