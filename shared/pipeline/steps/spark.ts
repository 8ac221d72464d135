/**
 * Spark steps and components (`type: spark`), on attached Synapse compute (`compute:`) or serverless Spark
 * (`resources: {instance_type, runtime_version}`). What azure-ai-ml sends (entities/_builders/spark.py,
 * _schema/job/parameterized_spark.py):
 * - `driver_cores`, `executor_memory`, … are written into `conf` under their Spark names
 *   (`spark.driver.cores`, …), over the same keys of `conf`;
 * - the component spec carries `entry: {file}` or `{class_name}`, code and environment as `azureml:` ids;
 * - a node takes entry, py_files, jars, files, archives, args from its component, conf and the promoted fields
 *   from itself or else its component; `entry` adds `spark_job_entry_type`; identity and resources are the REST
 *   model's snake_case dicts, and a node without an identity runs as a managed identity on attached compute and
 *   as the user on serverless Spark.
 * Pinned by azure-ai-ml's unit test test_dsl_pipeline_with_specific_nodes.py::test_dsl_pipeline_with_spark.
 */
import type { SourceLocation } from '../../core/logger.js';
import { entryOf, type YMap } from '../../yaml/located.js';
import { checkKeys, describeKind, optionalMap, Problems, readBoolean, readString } from '../../yaml/fields.js';
import { readCodeAndEnvironment, type EnvironmentUse } from '../component.js';
import { dirname } from 'node:path';
import { stepComponentUse } from '../inline-command.js';
import type { ComponentUse, NodeBase } from '../model.js';
import { componentNodeHead } from '../node-rest.js';
import { readStepBase } from '../pipeline-node.js';
import { readInputPorts, readOutputPorts } from '../ports.js';
import { checkComponentPorts, runsComponent } from '../step-ports.js';
import { COMPONENT_HEADER_KEYS, readComponentHeader, type ComponentBase, type ComponentHeader } from './header.js';
import type { ComponentKind, NodeContext, RestContext, StepKind } from './types.js';
import { resolvedComponentSpec, type ResolvedParts } from '../component-rest.js';
import type { JsonValue } from '../python-format.js';
import { readIdentity, readNumberOrBinding, readStringList, restIdentity, type StepIdentity } from './fields.js';

/** The step and component type this file adds to the unions of model.ts. */
declare module '../model.js' {
  interface StepNodeTypes {
    spark: SparkNode;
  }
  interface ComponentTypes {
    spark: SparkComponent;
  }
}

/** Promoted settings and the Spark configuration key each is written to. */
export const CONF_KEYS: Readonly<Record<string, string>> = {
  driver_cores: 'spark.driver.cores',
  driver_memory: 'spark.driver.memory',
  executor_cores: 'spark.executor.cores',
  executor_memory: 'spark.executor.memory',
  executor_instances: 'spark.executor.instances',
  dynamic_allocation_enabled: 'spark.dynamicAllocation.enabled',
  dynamic_allocation_min_executors: 'spark.dynamicAllocation.minExecutors',
  dynamic_allocation_max_executors: 'spark.dynamicAllocation.maxExecutors',
};

const LIST_KEYS = ['py_files', 'jars', 'files', 'archives'] as const;
type ListKey = (typeof LIST_KEYS)[number];

/** Keys of a spark component besides name, version, inputs, outputs and the like. */
export const SPARK_COMPONENT_KEYS = [
  'code',
  'entry',
  ...LIST_KEYS,
  'conf',
  'environment',
  'args',
  ...Object.keys(CONF_KEYS),
];

/** Keys of a spark step besides the ones every step has; a step takes `component` or its own code and entry. */
export const SPARK_STEP_KEYS = [...SPARK_COMPONENT_KEYS, 'component', 'resources', 'identity'];

const MEMORY = /^\d+[kKmMgGtTpP]$/;

export interface SparkEntry {
  file?: string;
  className?: string;
}

export interface SparkSettings {
  loc: SourceLocation;
  code?: { local: string } | { remote: string };
  entry?: SparkEntry;
  lists: Partial<Record<ListKey, string[]>>;
  /** `conf` as written plus the promoted settings, under Spark's names. */
  conf?: Record<string, JsonValue>;
  environment?: EnvironmentUse;
  args?: string;
  /** Step only: serverless Spark. */
  resources?: { instance_type?: string; runtime_version?: string };
  identity?: StepIdentity;
}

/** A spark component (`type: spark` component YAML, or the anonymous one of a spark step with its own entry). */
export interface SparkComponent extends ComponentBase, ComponentHeader {
  type: 'spark';
  settings: SparkSettings;
}

/**
 * A spark step. `spark` is what the step itself writes (conf, resources, identity…); entry, code, py_files, jars,
 * files, archives and args come from the component (`sparkNodeFields(node.spark, component.settings, …)`). A step
 * with its own `entry:`/`code:` and no `component:` gets an `inline` component built from it.
 */
export interface SparkNode extends NodeBase {
  type: 'spark';
  component: ComponentUse<SparkComponent>;
  spark: SparkSettings;
}

/** Reads spark settings of a component (`ofStep: false`) or a step; `file` anchors `code` and environment files. */
export async function readSparkSettings(
  map: YMap,
  file: string,
  problems: Problems,
  /** `commonFieldsRead`: the step's identity is its common field (NodeBase), read there. */
  options: { ofStep: boolean; commonFieldsRead?: boolean },
): Promise<SparkSettings> {
  const settings: SparkSettings = { loc: map.loc, lists: {} };
  const entry = readEntry(map, problems);
  if (entry) settings.entry = entry;
  for (const key of LIST_KEYS) {
    const list = readStringList(map, key, problems, { unique: true });
    if (list) settings.lists[key] = list;
  }
  const conf = readConf(map, problems);
  if (conf) settings.conf = conf;
  const args = readString(map, 'args', problems);
  if (args !== undefined) settings.args = args;
  Object.assign(settings, await readCodeAndEnvironment(map, file, problems));
  if (options.ofStep) {
    const resources = optionalMap(map, 'resources', problems);
    if (resources) {
      checkKeys(resources, ['instance_type', 'runtime_version'], problems, 'resources of a spark step');
      const type = readString(resources, 'instance_type', problems, {
        required: true,
        owner: 'serverless Spark resources',
      });
      const version = readString(resources, 'runtime_version', problems, {
        required: true,
        owner: 'serverless Spark resources',
      });
      settings.resources = {
        ...(type ? { instance_type: type } : {}),
        ...(version ? { runtime_version: version } : {}),
      };
      if (entryOf(map, 'compute'))
        problems.add('a spark step runs on its compute or on serverless resources, not both', resources.loc);
    }
    const identity = options.commonFieldsRead ? undefined : readIdentity(map, problems);
    if (identity) settings.identity = identity;
  }
  return settings;
}

function readEntry(map: YMap, problems: Problems): SparkEntry | undefined {
  const entry = optionalMap(map, 'entry', problems);
  if (!entry) return undefined;
  checkKeys(entry, ['file', 'class_name'], problems, 'the spark entry');
  const file = readString(entry, 'file', problems);
  const className = readString(entry, 'class_name', problems);
  if ((file === undefined) === (className === undefined)) {
    problems.add('the spark entry takes either file (Python) or class_name (Scala/Java)', entry.loc);
    return undefined;
  }
  return file !== undefined ? { file } : { className };
}

/** `conf` and the promoted settings, checked as azure-ai-ml checks them, as one map of Spark keys. */
function readConf(map: YMap, problems: Problems): Record<string, JsonValue> | undefined {
  const conf: Record<string, JsonValue> = {};
  /** Where each Spark key was written, so a problem points at its own line. */
  const locs: Record<string, SourceLocation> = {};
  const written = optionalMap(map, 'conf', problems);
  for (const e of written?.entries ?? []) {
    if (e.value.kind !== 'scalar' || e.value.value === null) {
      problems.add(`conf '${e.key}' must be a single value, got ${describeKind(e.value)}`, e.value.loc);
      continue;
    }
    conf[e.key] = e.value.value;
    locs[e.key] = e.value.loc;
  }
  for (const [field, sparkKey] of Object.entries(CONF_KEYS)) {
    const value = readPromoted(map, field, problems);
    if (value === undefined) continue;
    conf[sparkKey] = value;
    locs[sparkKey] = entryOf(map, field)?.value.loc ?? map.loc;
  }
  for (const [field, sparkKey] of Object.entries(CONF_KEYS)) {
    const value = conf[sparkKey];
    if (field.endsWith('_memory') && value !== undefined && !(typeof value === 'string' && MEMORY.test(value)))
      problems.add(`${sparkKey} must be a size such as 2g or 512m, got '${String(value)}'`, locs[sparkKey]);
  }
  const dynamic = [CONF_KEYS.dynamic_allocation_enabled, CONF_KEYS.dynamic_allocation_min_executors];
  checkDynamicAllocation(conf, locs[dynamic.find((k) => locs[k]) ?? ''] ?? map.loc, problems);
  return Object.keys(conf).length > 0 ? conf : undefined;
}

function readPromoted(map: YMap, field: string, problems: Problems): JsonValue | undefined {
  if (!entryOf(map, field)) return undefined;
  if (field === 'dynamic_allocation_enabled') return readBoolean(map, field, problems);
  if (field.endsWith('_memory')) return readString(map, field, problems);
  return readNumberOrBinding(map, field, problems, { integer: true, min: field.startsWith('dynamic') ? 0 : 1 });
}

/** azure-ai-ml's `_validate_spark_configurations` for dynamic allocation. */
function checkDynamicAllocation(conf: Record<string, JsonValue>, loc: SourceLocation, problems: Problems): void {
  const enabled = conf[CONF_KEYS.dynamic_allocation_enabled];
  const min = conf[CONF_KEYS.dynamic_allocation_min_executors];
  const max = conf[CONF_KEYS.dynamic_allocation_max_executors];
  const instances = conf[CONF_KEYS.executor_instances];
  if (enabled !== true) {
    if (min !== undefined || max !== undefined)
      problems.add('dynamic_allocation_min/max_executors need dynamic_allocation_enabled: true', loc);
    return;
  }
  if (min === undefined || max === undefined) {
    problems.add('dynamic allocation needs dynamic_allocation_min_executors and dynamic_allocation_max_executors', loc);
    return;
  }
  if (typeof min === 'number' && typeof max === 'number' && min > max)
    problems.add(`dynamic_allocation_min_executors (${min}) is above dynamic_allocation_max_executors (${max})`, loc);
  if (
    typeof instances === 'number' &&
    typeof min === 'number' &&
    typeof max === 'number' &&
    (instances < min || instances > max)
  )
    problems.add(`executor_instances (${instances}) must lie between the min and max executors (${min}..${max})`, loc);
}

/** A component or an inline step needs an entry (and code to find it in). */
export function checkSparkEntry(settings: SparkSettings, problems: Problems, owner: string): void {
  if (!settings.entry) problems.add(`${owner} needs an entry (file or class_name)`, settings.loc);
}

/** The spark fields of a ComponentVersion's componentSpec. */
export function sparkComponentSpecFields(settings: SparkSettings, resolved: ResolvedParts): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { type: 'spark' };
  if (resolved.code) out.code = resolved.code;
  if (settings.entry)
    out.entry =
      settings.entry.file !== undefined
        ? { file: settings.entry.file }
        : { class_name: settings.entry.className ?? '' };
  for (const key of LIST_KEYS) if (settings.lists[key]) out[key] = settings.lists[key];
  if (settings.conf) out.conf = settings.conf;
  if (resolved.environment) out.environment = resolved.environment;
  if (settings.args !== undefined) out.args = settings.args;
  return out;
}

/**
 * The spark fields of the node dict in `jobs.<name>`. `step` is what the step itself says, `component` its
 * component's settings (undefined for a registered component, whose fields the service has); `hasCompute` is
 * whether the step names its own compute.
 */
export function sparkNodeFields(
  step: SparkSettings,
  component: SparkSettings | undefined,
  componentId: string,
  hasCompute: boolean,
): Record<string, JsonValue> {
  const from = component ?? step;
  const out: Record<string, JsonValue> = { type: 'spark', componentId };
  for (const key of LIST_KEYS) if (from.lists[key]) out[key] = from.lists[key];
  const conf = { ...(step.conf ?? component?.conf ?? {}) };
  if (Object.keys(conf).length > 0) out.conf = conf;
  if (from.args !== undefined) out.args = from.args;
  if (from.entry)
    out.entry =
      from.entry.file !== undefined
        ? { file: from.entry.file, spark_job_entry_type: 'SparkJobPythonEntry' }
        : { class_name: from.entry.className ?? '', spark_job_entry_type: 'SparkJobScalaEntry' };
  const identity = step.identity ?? defaultIdentity(hasCompute, step.resources !== undefined);
  if (identity) out.identity = restIdentity(identity);
  if (step.resources) out.resources = step.resources;
  return out;
}

/** Spark.identity when none is written: managed on attached compute, the user's own on serverless Spark. */
function defaultIdentity(hasCompute: boolean, serverless: boolean): StepIdentity | undefined {
  if (hasCompute) return { type: 'managed' };
  return serverless ? { type: 'user_identity' } : undefined;
}

/** `type: spark` steps: a spark component (file, reference, mapping) or the step's own entry and code. */
export const sparkStep: StepKind<SparkNode> = {
  read: readSparkNode,
  toRest: sparkNodeToRest,
  validate: (node, graph, problems) => checkComponentPorts(node, node.component, graph, problems),
  // Serverless Spark (`resources: {instance_type, runtime_version}`) needs no compute.
  needsCompute: (node) => node.spark.resources === undefined,
  ...runsComponent((node: SparkNode) => node.component),
};

async function readSparkNode(name: string, map: YMap, ctx: NodeContext): Promise<SparkNode | undefined> {
  const node = readStepBase(name, map, ctx, 'spark', SPARK_STEP_KEYS);
  const spark = await readSparkSettings(map, ctx.yaml.file, ctx.problems, { ofStep: true, commonFieldsRead: true });
  if (node.identity) {
    const { loc: _loc, ...identity } = node.identity;
    spark.identity = identity;
  }
  // The step's own entry and code: azure-ai-ml registers them as an anonymous spark component.
  const component = await stepComponentUse(node, map, ctx, 'spark', (base) => {
    checkSparkEntry(spark, ctx.problems, `spark step '${name}' without a component`);
    return { type: 'spark', ...base, settings: { ...spark, resources: undefined, identity: undefined } };
  });
  return component && { ...node, spark, component };
}

/** azure-ai-ml's `Spark._to_rest_object`: common fields, then the spark fields (identity in the REST shape). */
async function sparkNodeToRest(node: SparkNode, ctx: RestContext): Promise<Record<string, JsonValue>> {
  const { dict, componentId, component } = await componentNodeHead(node, node.component, ctx);
  return { ...dict, ...sparkNodeFields(node.spark, component?.settings, componentId, node.compute !== undefined) };
}

/** A spark component YAML (`type: spark`); without `code:` its code is the component file's folder. */
export const sparkComponentKind: ComponentKind<SparkComponent> = {
  async read(map, yaml, ctx) {
    const { problems } = ctx;
    checkKeys(map, [...COMPONENT_HEADER_KEYS, ...SPARK_COMPONENT_KEYS], problems, 'a spark component');
    const settings = await readSparkSettings(map, yaml.file, problems, { ofStep: false });
    checkSparkEntry(settings, problems, 'a spark component');
    // azure-ai-ml uploads the component's folder as its code when `code:` is absent (recorded: wordcount.yml).
    settings.code ??= { local: dirname(yaml.file) };
    return {
      type: 'spark',
      file: yaml.file,
      loc: map.loc,
      ...readComponentHeader(map, problems),
      inputs: readInputPorts(optionalMap(map, 'inputs', problems), problems),
      outputs: readOutputPorts(optionalMap(map, 'outputs', problems), problems),
      settings,
    };
  },
  spec: (component, ctx) => resolvedComponentSpec(component, ctx.deps, ctx.source),
};
