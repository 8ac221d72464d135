/**
 * Parallel steps and components (`type: parallel`): an entry script's `init()`/`run(mini_batch)` over mini-batches
 * of `input_data`. What azure-ai-ml sends (entities/_builders/parallel.py, _component/parallel_component.py):
 * - the component spec carries the settings in YAML shape, `mini_batch_size` as a string of bytes ("10kb" ->
 *   "10240"), the task's code and environment replaced by `azureml:` ids;
 * - a node inherits resources, retry_settings, input_data, max_concurrency_per_instance,
 *   mini_batch_error_threshold, mini_batch_size, partition_keys and task from its component unless it sets them,
 *   sends `mini_batch_size` as an integer, `partition_keys` JSON-encoded, its identity in YAML shape; its own
 *   error_threshold, logging_level and environment_variables are not inherited.
 * Recorded: dsl/e2etests test_dsl_pipeline.pyTestDSLPipelinetest_multi_parallel_components_with_file_input_pipeline_output
 * and test_parallel_job (azure-ai-ml 1.32.0).
 */
import type { SourceLocation } from '../../core/logger.js';
import { entryOf, type YMap } from '../../yaml/located.js';
import { checkKeys, optionalMap, Problems, readString, readStringMap } from '../../yaml/fields.js';
import { readCodeAndEnvironment, type EnvironmentUse } from '../component.js';
import { stepComponentUse } from '../inline-command.js';
import type { ComponentUse, NodeBase } from '../model.js';
import { componentNodeHead, localComponent } from '../node-rest.js';
import { readStepBase } from '../pipeline-node.js';
import { readInputPorts, readOutputPorts } from '../ports.js';
import { checkComponentPorts, runsComponent } from '../step-ports.js';
import { COMPONENT_HEADER_KEYS, readComponentHeader, type ComponentBase, type ComponentHeader } from './header.js';
import type { ComponentKind, NodeContext, RestContext, StepKind } from './types.js';
import { resolvedComponentSpec, resolveParts, type DependencyResolver, type ResolvedParts } from '../component-rest.js';
import { pythonJsonDumps, type JsonValue } from '../python-format.js';
import {
  isBindingText,
  readEnum,
  readIdentity,
  readJobResources,
  readNumberOrBinding,
  readPlainMap,
  readStringList,
  yamlIdentity,
  type StepIdentity,
} from './fields.js';

/** The step and component type this file adds to the unions of model.ts. */
declare module '../model.js' {
  interface StepNodeTypes {
    parallel: ParallelNode;
  }
  interface ComponentTypes {
    parallel: ParallelComponent;
  }
}

/** Settings a parallel component and a parallel step both take. */
export const PARALLEL_SETTING_KEYS = [
  'task',
  'mini_batch_size',
  'partition_keys',
  'input_data',
  'resources',
  'retry_settings',
  'max_concurrency_per_instance',
  'error_threshold',
  'mini_batch_error_threshold',
  'logging_level',
] as const;

/** Keys of a parallel step besides the ones every step has; a step takes `component` or an inline `task`. */
export const PARALLEL_STEP_KEYS = [...PARALLEL_SETTING_KEYS, 'component', 'environment_variables', 'identity'] as const;

export const PARALLEL_TASK_TYPES = ['run_function', 'function', 'model'] as const;
export const LOGGING_LEVELS = ['DEBUG', 'INFO', 'WARNING'] as const;
// `args` is not azure-ai-ml's (it takes `program_arguments`): its schema drops it unsent, and so do we
// (recorded: the inline tabular parallel job of azure-ai-ml's own tests writes `args:`).
const TASK_KEYS = [
  'type',
  'code',
  'entry_script',
  'program_arguments',
  'environment',
  'append_row_to',
  'model',
  'args',
];

export interface ParallelTask {
  loc: SourceLocation;
  type?: string;
  /** A local folder (absolute) or a registered code reference, as for command components. */
  code?: { local: string } | { remote: string };
  entryScript?: string;
  programArguments?: string;
  environment?: EnvironmentUse;
  /** `${{outputs.<name>}}`: the rows every mini-batch returns are appended to this output's file. */
  appendRowTo?: string;
  model?: string;
}

export interface ParallelSettings {
  loc: SourceLocation;
  task?: ParallelTask;
  /** Bytes or items as azure-ai-ml computes it from "10kb" / "5", or a data binding. */
  miniBatchSize?: number | string;
  partitionKeys?: string[];
  inputData?: string;
  resources?: Record<string, JsonValue>;
  retrySettings?: Record<string, JsonValue>;
  maxConcurrencyPerInstance?: number | string;
  errorThreshold?: number | string;
  miniBatchErrorThreshold?: number | string;
  loggingLevel?: string;
  /** Step only. */
  environmentVariables?: Record<string, string>;
  identity?: StepIdentity;
}

/** A parallel component (`type: parallel` component YAML, or the anonymous one of an inline parallel step). */
export interface ParallelComponent extends ComponentBase, ComponentHeader {
  type: 'parallel';
  settings: ParallelSettings;
}

/**
 * A parallel step. `parallel` is what the step itself writes; what runs is `effectiveStepSettings(node.parallel,
 * component.settings)` (the step over its component). A step with an inline `task:` and no `component:` gets an
 * `inline` component built from it (ports inferred from its bindings, as for inline commands).
 */
export interface ParallelNode extends NodeBase {
  type: 'parallel';
  component: ComponentUse<ParallelComponent>;
  parallel: ParallelSettings;
}

/** `mini_batch_size` as azure-ai-ml reads it: an integer, or digits with kb/mb/gb (powers of 1024). */
export function parseMiniBatchSize(text: string): number | undefined {
  const match = /^(\d+)([kKmMgG][bB])?$/.exec(text.trim());
  if (!match) return undefined;
  const factor = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match[2] ?? '')[0]?.toLowerCase() ?? ''] ?? 1;
  return Number(match[1]) * factor;
}

/**
 * Reads the parallel settings of a component (`ofStep: false`) or of a step. `file` is the YAML the map is in:
 * the task's `code` and environment file are relative to it.
 */
export async function readParallelSettings(
  map: YMap,
  file: string,
  problems: Problems,
  /** `commonFieldsRead`: the step's identity is its common field (NodeBase), read there. */
  options: { ofStep: boolean; commonFieldsRead?: boolean },
): Promise<ParallelSettings> {
  const owner = options.ofStep ? 'a parallel step' : 'a parallel component';
  const settings: ParallelSettings = { loc: map.loc };
  const task = optionalMap(map, 'task', problems);
  if (task) settings.task = await readTask(task, file, problems);
  const size = readMiniBatchSize(map, problems);
  if (size !== undefined) settings.miniBatchSize = size;
  const keys = readStringList(map, 'partition_keys', problems);
  if (keys) settings.partitionKeys = keys;
  const inputData = readString(map, 'input_data', problems);
  if (inputData !== undefined) {
    if (!/^\$\{\{inputs\.[A-Za-z_][A-Za-z0-9_]*\}\}$/.test(inputData.trim()))
      problems.add(`input_data must be \${{inputs.<name>}}, got '${inputData}'`, entryOf(map, 'input_data')?.value.loc);
    settings.inputData = inputData;
  }
  const resources = readJobResources(map, problems, owner);
  if (resources) settings.resources = resources;
  const retry = readPlainMap(map, 'retry_settings', problems, ['max_retries', 'timeout'], 'retry_settings');
  if (retry) {
    const node = optionalMap(map, 'retry_settings', problems) as YMap;
    for (const key of ['max_retries', 'timeout'])
      readNumberOrBinding(node, key, problems, { integer: true, min: 0, owner: 'retry_settings' });
    settings.retrySettings = retry;
  }
  const concurrency = readNumberOrBinding(map, 'max_concurrency_per_instance', problems, { integer: true, min: 1 });
  if (concurrency !== undefined) settings.maxConcurrencyPerInstance = concurrency;
  const errors = readNumberOrBinding(map, 'error_threshold', problems, { integer: true, min: -1 });
  if (errors !== undefined) settings.errorThreshold = errors;
  const batchErrors = readNumberOrBinding(map, 'mini_batch_error_threshold', problems, { integer: true, min: -1 });
  if (batchErrors !== undefined) settings.miniBatchErrorThreshold = batchErrors;
  const level = readEnum(map, 'logging_level', LOGGING_LEVELS, problems, owner);
  if (level) settings.loggingLevel = level;
  if (options.ofStep) {
    const env = readStringMap(map, 'environment_variables', problems);
    if (env) settings.environmentVariables = env;
    const identity = options.commonFieldsRead ? undefined : readIdentity(map, problems);
    if (identity) settings.identity = identity;
  }
  return settings;
}

function readMiniBatchSize(map: YMap, problems: Problems): number | string | undefined {
  const node = entryOf(map, 'mini_batch_size')?.value;
  if (!node || node.kind !== 'scalar' || node.value === null) return undefined;
  if (isBindingText(node.value)) return node.value.trim();
  const bytes = parseMiniBatchSize(String(node.value));
  if (bytes === undefined)
    problems.add(`mini_batch_size must be a count or a size such as 10kb, 5mb, 1gb, got '${node.source}'`, node.loc);
  return bytes;
}

async function readTask(map: YMap, file: string, problems: Problems): Promise<ParallelTask> {
  checkKeys(map, TASK_KEYS, problems, 'the parallel task');
  const task: ParallelTask = { loc: map.loc };
  const type = readEnum(map, 'type', PARALLEL_TASK_TYPES, problems, 'the parallel task');
  if (type) task.type = type;
  const entry = readString(map, 'entry_script', problems);
  if (entry !== undefined) task.entryScript = entry;
  else if (task.type !== 'model') problems.add('the parallel task needs an entry_script', map.loc);
  const args = readString(map, 'program_arguments', problems);
  if (args !== undefined) task.programArguments = args;
  const append = readString(map, 'append_row_to', problems);
  if (append !== undefined) {
    if (!/^\$\{\{outputs\.[A-Za-z_][A-Za-z0-9_]*\}\}$/.test(append.trim()))
      problems.add(
        `append_row_to must be \${{outputs.<name>}}, got '${append}'`,
        entryOf(map, 'append_row_to')?.value.loc,
      );
    task.appendRowTo = append;
  }
  const model = readString(map, 'model', problems);
  if (model !== undefined) task.model = model;
  Object.assign(task, await readCodeAndEnvironment(map, file, problems));
  if (!entryOf(map, 'environment')) problems.add('the parallel task needs an environment', map.loc);
  return task;
}

/** Names the task uses (`${{inputs.x}}` in program_arguments, `${{outputs.y}}` in append_row_to) that must exist. */
export function checkParallelPorts(
  settings: ParallelSettings,
  inputs: readonly string[],
  outputs: readonly string[],
  problems: Problems,
): void {
  const check = (text: string | undefined, loc: SourceLocation) => {
    for (const m of (text ?? '').matchAll(/\$\{\{(inputs|outputs)\.([A-Za-z_][A-Za-z0-9_]*)\}\}/g)) {
      const declared = m[1] === 'inputs' ? inputs : outputs;
      if (!declared.includes(m[2]))
        problems.add(
          `${m[0]} names no ${m[1].slice(0, -1)} of the parallel step (declared: ${declared.join(', ') || 'none'})`,
          loc,
        );
    }
  };
  check(settings.inputData, settings.loc);
  check(settings.task?.programArguments, settings.task?.loc ?? settings.loc);
  check(settings.task?.appendRowTo, settings.task?.loc ?? settings.loc);
}

/** The task in YAML shape with resolved references, as both the spec and the node send it. */
export function restTask(task: ParallelTask, resolved: ResolvedParts): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  if (task.type) out.type = task.type;
  if (resolved.code) out.code = resolved.code;
  if (task.entryScript !== undefined) out.entry_script = task.entryScript;
  if (task.programArguments !== undefined) out.program_arguments = task.programArguments;
  if (task.model !== undefined) out.model = task.model;
  if (task.appendRowTo !== undefined) out.append_row_to = task.appendRowTo;
  if (resolved.environment) out.environment = resolved.environment;
  return out;
}

/** The parallel fields of a ComponentVersion's componentSpec (next to name, inputs, outputs…). */
export function parallelComponentSpecFields(
  settings: ParallelSettings,
  resolved: ResolvedParts,
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { type: 'parallel' };
  if (settings.resources) out.resources = settings.resources;
  if (settings.task) out.task = restTask(settings.task, resolved);
  if (settings.miniBatchSize !== undefined) out.mini_batch_size = String(settings.miniBatchSize);
  if (settings.partitionKeys) out.partition_keys = settings.partitionKeys;
  if (settings.inputData !== undefined) out.input_data = settings.inputData;
  if (settings.retrySettings) out.retry_settings = settings.retrySettings;
  if (settings.maxConcurrencyPerInstance !== undefined)
    out.max_concurrency_per_instance = settings.maxConcurrencyPerInstance;
  if (settings.errorThreshold !== undefined) out.error_threshold = settings.errorThreshold;
  if (settings.miniBatchErrorThreshold !== undefined) out.mini_batch_error_threshold = settings.miniBatchErrorThreshold;
  if (settings.loggingLevel !== undefined) out.logging_level = settings.loggingLevel;
  return out;
}

/**
 * What a step inherits from its component when it does not set it (Parallel.__init__). Not `retry_settings`:
 * the recorded node of a step using a component file leaves the component's out (parallel_pipeline_file_component_input).
 */
const INHERITED: readonly (keyof ParallelSettings)[] = [
  'resources',
  'inputData',
  'maxConcurrencyPerInstance',
  'miniBatchErrorThreshold',
  'miniBatchSize',
  'partitionKeys',
  'task',
];

/** A step's settings over its component's, as the node is built. */
export function effectiveStepSettings(
  step: ParallelSettings,
  component: ParallelSettings | undefined,
): ParallelSettings {
  const out: Record<string, unknown> = { ...step };
  for (const field of INHERITED) {
    if (out[field] === undefined && component?.[field] !== undefined) out[field] = component[field];
  }
  return out as unknown as ParallelSettings;
}

/**
 * The parallel fields of the node dict in `jobs.<name>`: `settings` from `effectiveStepSettings`, `resolved`
 * for the task it ends up with, `componentId` of the (registered) parallel component.
 */
export function parallelNodeFields(
  settings: ParallelSettings,
  resolved: ResolvedParts,
  componentId: string,
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { type: 'parallel' };
  if (settings.resources) out.resources = settings.resources;
  if (settings.errorThreshold !== undefined) out.error_threshold = settings.errorThreshold;
  if (settings.miniBatchErrorThreshold !== undefined) out.mini_batch_error_threshold = settings.miniBatchErrorThreshold;
  if (settings.environmentVariables && Object.keys(settings.environmentVariables).length > 0)
    out.environment_variables = settings.environmentVariables;
  if (settings.maxConcurrencyPerInstance !== undefined)
    out.max_concurrency_per_instance = settings.maxConcurrencyPerInstance;
  if (settings.task) out.task = restTask(settings.task, resolved);
  if (settings.inputData !== undefined) out.input_data = settings.inputData;
  out.componentId = componentId;
  if (settings.retrySettings) out.retry_settings = settings.retrySettings;
  if (settings.loggingLevel !== undefined) out.logging_level = settings.loggingLevel;
  if (settings.miniBatchSize !== undefined) out.mini_batch_size = settings.miniBatchSize;
  if (settings.partitionKeys) out.partition_keys = pythonJsonDumps(settings.partitionKeys);
  if (settings.identity) out.identity = yamlIdentity(settings.identity);
  return out;
}

/** `type: parallel` steps: a parallel component (file, reference, mapping) or an inline `task:`. */
export const parallelStep: StepKind<ParallelNode> = {
  read: readParallelNode,
  toRest: parallelNodeToRest,
  validate: (node, graph, problems) => {
    checkComponentPorts(node, node.component, graph, problems);
    const component = localComponent(node.component);
    if (!component) return;
    // What the step overrides names the component's ports; the component's own fields were checked with it.
    checkParallelPorts(node.parallel, Object.keys(component.inputs), Object.keys(component.outputs), problems);
  },
  ...runsComponent((node: ParallelNode) => node.component),
};

async function readParallelNode(name: string, map: YMap, ctx: NodeContext): Promise<ParallelNode | undefined> {
  const node = readStepBase(name, map, ctx, 'parallel', PARALLEL_STEP_KEYS);
  const parallel = await readParallelSettings(map, ctx.yaml.file, ctx.problems, {
    ofStep: true,
    commonFieldsRead: true,
  });
  // An inline task: azure-ai-ml registers an anonymous parallel component with ports inferred from the step.
  const component = await stepComponentUse(node, map, ctx, 'parallel', (base) => {
    if (parallel.task)
      return {
        type: 'parallel',
        ...base,
        settings: { ...parallel, environmentVariables: undefined, identity: undefined },
      };
    ctx.problems.add(`parallel step '${name}' needs a component or a task`, map.loc);
    return undefined;
  });
  return component && { ...node, parallel, component };
}

/** azure-ai-ml's `Parallel._to_rest_object`: common fields, then what the step has over its component. */
async function parallelNodeToRest(node: ParallelNode, ctx: RestContext): Promise<Record<string, JsonValue>> {
  const { dict, componentId, component } = await componentNodeHead(node, node.component, ctx);
  const settings = effectiveStepSettings(node.parallel, component?.settings);
  const resolved = settings.task ? await resolveParts(settings.task, taskResolver(ctx)) : {};
  // The common fields carry the identity already, in the YAML shape parallel nodes send.
  return { ...dict, ...parallelNodeFields({ ...settings, identity: undefined }, resolved, componentId) };
}

/** The dependency resolver of the pipeline (code uploaded once by hash, so the node names the component's code). */
export function taskResolver(ctx: RestContext): DependencyResolver {
  const deps = ctx.resolver.dependencies;
  if (!deps) throw new Error('internal: a parallel or spark step needs resolver.dependencies');
  return deps;
}

/** A parallel component YAML (`type: parallel`). */
export const parallelComponentKind: ComponentKind<ParallelComponent> = {
  async read(map, yaml, ctx) {
    const { problems } = ctx;
    checkKeys(map, [...COMPONENT_HEADER_KEYS, ...PARALLEL_SETTING_KEYS], problems, 'a parallel component');
    const inputs = readInputPorts(optionalMap(map, 'inputs', problems), problems);
    const outputs = readOutputPorts(optionalMap(map, 'outputs', problems), problems);
    const settings = await readParallelSettings(map, yaml.file, problems, { ofStep: false });
    if (!settings.task) problems.add('a parallel component needs a task', map.loc);
    if (!settings.inputData) problems.add('a parallel component needs input_data (${{inputs.<name>}})', map.loc);
    checkParallelPorts(settings, Object.keys(inputs), Object.keys(outputs), problems);
    return {
      type: 'parallel',
      file: yaml.file,
      loc: map.loc,
      ...readComponentHeader(map, problems),
      inputs,
      outputs,
      settings,
    };
  },
  spec: (component, ctx) => resolvedComponentSpec(component, ctx.deps, ctx.source),
};
