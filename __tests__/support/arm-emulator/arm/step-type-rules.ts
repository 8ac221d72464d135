/**
 * What the service checks in the sweep, parallel and spark steps of a pipeline job body (`properties.jobs.<name>`):
 * required fields, enum values, and that the component a step runs (a sweep's `trial.componentId`, a parallel or
 * spark step's `componentId`) resolves to a registered component of the right type. The shapes are those
 * azure-ai-ml sends (see shared/pipeline/steps/*.ts); the service's own messages are not recorded, so each
 * message names the field and the accepted values. `arm/validation.ts` calls `STEP_TYPE_RULES[type]`.
 */
import type { JsonObject, JsonValue } from '../json.js';
import { isObject, objectAt, stringAt } from '../json.js';
import type { EmulatorState } from '../state.js';
import { key } from '../state.js';
import type { Problems } from './validation.js';

/** A component id as a job body names it -> its spec; `undefined` = not registered; `{}` = not checkable here. */
export type ComponentLookup = (componentId: string) => { spec?: JsonObject } | undefined;

export type StepValidator = (target: string, step: JsonObject, problems: Problems, lookup: ComponentLookup) => void;

const DISTRIBUTIONS: Record<string, string[]> = {
  choice: ['values'],
  randint: ['upper'],
  uniform: ['min_value', 'max_value'],
  loguniform: ['min_value', 'max_value'],
  quniform: ['min_value', 'max_value', 'q'],
  qloguniform: ['min_value', 'max_value', 'q'],
  normal: ['mu', 'sigma'],
  lognormal: ['mu', 'sigma'],
  qnormal: ['mu', 'sigma', 'q'],
  qlognormal: ['mu', 'sigma', 'q'],
};
const SAMPLING = ['random', 'grid', 'bayesian'];
const POLICY_TYPES = ['Bandit', 'MedianStopping', 'TruncationSelection'];
const GOALS = ['minimize', 'maximize'];
const TASK_TYPES = ['run_function', 'function', 'model'];
const LOGGING_LEVELS = ['DEBUG', 'INFO', 'WARNING'];
const ENTRY_TYPES: Record<string, string> = { SparkJobPythonEntry: 'file', SparkJobScalaEntry: 'class_name' };
const IDENTITY_TYPES = ['Managed', 'UserIdentity', 'AMLToken'];

const isBinding = (value: JsonValue | undefined) => typeof value === 'string' && value.trim().startsWith('${{');
const isCount = (value: JsonValue | undefined) =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0) || isBinding(value);

function oneOf(problems: Problems, target: string, value: JsonValue | undefined, allowed: string[]): void {
  if (value === undefined || isBinding(value)) return;
  if (typeof value !== 'string' || !allowed.includes(value))
    problems.add(target, `'${target}' must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`);
}

/** The component a step runs must exist and be of the step's type (a sweep's trial: a command component). */
function checkComponent(
  problems: Problems,
  target: string,
  componentId: string | undefined,
  type: string,
  lookup: ComponentLookup,
): JsonObject | undefined {
  problems.required(target, componentId);
  if (!componentId) return undefined;
  const found = lookup(componentId);
  if (!found) {
    problems.add(target, `Component '${componentId}' was not found.`);
    return undefined;
  }
  const actual = stringAt(found.spec, 'type');
  if (found.spec && actual !== undefined && actual.toLowerCase() !== type)
    problems.add(target, `'${target}' must be a ${type} component; '${componentId}' is a ${actual} component.`);
  return found.spec;
}

export const validateSweepStep: StepValidator = (target, step, problems, lookup) => {
  const at = (field: string) => `${target}.${field}`;
  const spec = checkComponent(
    problems,
    at('trial.componentId'),
    stringAt(objectAt(step, 'trial'), 'componentId'),
    'command',
    lookup,
  );
  const space = objectAt(step, 'search_space');
  if (!space || Object.keys(space).length === 0)
    problems.add(at('search_space'), `'${at('search_space')}' needs at least one parameter.`);
  const trialInputs = objectAt(spec, 'inputs');
  for (const [name, distribution] of Object.entries(space ?? {})) {
    const type = stringAt(distribution, 'type');
    const params = type ? DISTRIBUTIONS[type] : undefined;
    if (!params) {
      oneOf(problems, at(`search_space.${name}.type`), type ?? null, Object.keys(DISTRIBUTIONS));
      continue;
    }
    for (const param of params)
      problems.required(
        at(`search_space.${name}.${param}`),
        isObject(distribution) ? (distribution[param] as never) : undefined,
      );
    if (trialInputs && !(name in trialInputs))
      problems.add(
        at(`search_space.${name}`),
        `Search space parameter '${name}' is not an input of the trial component.`,
      );
  }
  const sampling = step.sampling_algorithm;
  oneOf(
    problems,
    at('sampling_algorithm'),
    isObject(sampling) ? (stringAt(sampling, 'type') ?? null) : sampling,
    SAMPLING,
  );
  const objective = objectAt(step, 'objective');
  problems.required(at('objective.primary_metric'), stringAt(objective, 'primary_metric'));
  problems.required(at('objective.goal'), stringAt(objective, 'goal'));
  oneOf(problems, at('objective.goal'), objective?.goal, GOALS);
  const limits = objectAt(step, 'limits');
  if (!isCount(limits?.max_total_trials))
    problems.add(at('limits.max_total_trials'), `'${at('limits.max_total_trials')}' must be a positive integer.`);
  const policy = objectAt(step, 'early_termination');
  if (policy) oneOf(problems, at('early_termination.policy_type'), policy.policy_type ?? null, POLICY_TYPES);
};

export const validateParallelStep: StepValidator = (target, step, problems, lookup) => {
  const at = (field: string) => `${target}.${field}`;
  const spec = checkComponent(problems, at('componentId'), stringAt(step, 'componentId'), 'parallel', lookup);
  // The service takes the task and input_data from the component when the step leaves them out.
  const task = objectAt(step, 'task') ?? objectAt(spec, 'task');
  const checkable = objectAt(step, 'task') !== undefined || spec !== undefined;
  if (checkable && !task) problems.add(at('task'), `'${at('task')}' is required (on the step or its component).`);
  if (task) {
    oneOf(problems, at('task.type'), task.type, TASK_TYPES);
    if (task.type !== 'model') problems.required(at('task.entry_script'), stringAt(task, 'entry_script'));
  }
  const inputData = step.input_data ?? spec?.input_data;
  if (checkable) problems.required(at('input_data'), inputData as never);
  const size = step.mini_batch_size;
  if (size !== undefined && !isCount(size) && !(typeof size === 'string' && /^\d+$/.test(size)))
    problems.add(
      at('mini_batch_size'),
      `'${at('mini_batch_size')}' must be a positive integer; got ${JSON.stringify(size)}.`,
    );
  oneOf(problems, at('logging_level'), step.logging_level, LOGGING_LEVELS);
  if (step.partition_keys !== undefined && typeof step.partition_keys !== 'string')
    problems.add(at('partition_keys'), `'${at('partition_keys')}' must be a JSON-encoded list of keys.`);
};

export const validateSparkStep: StepValidator = (target, step, problems, lookup) => {
  const at = (field: string) => `${target}.${field}`;
  const spec = checkComponent(problems, at('componentId'), stringAt(step, 'componentId'), 'spark', lookup);
  const entry = objectAt(step, 'entry');
  if (entry) {
    const entryType = stringAt(entry, 'spark_job_entry_type');
    oneOf(problems, at('entry.spark_job_entry_type'), entryType ?? null, Object.keys(ENTRY_TYPES));
    if (entryType && ENTRY_TYPES[entryType])
      problems.required(at(`entry.${ENTRY_TYPES[entryType]}`), stringAt(entry, ENTRY_TYPES[entryType]));
  } else if (spec && !objectAt(spec, 'entry')) {
    problems.add(at('entry'), `'${at('entry')}' is required (on the step or its component).`);
  }
  const resources = objectAt(step, 'resources');
  if (resources) {
    problems.required(at('resources.instance_type'), stringAt(resources, 'instance_type'));
    problems.required(at('resources.runtime_version'), stringAt(resources, 'runtime_version'));
  } else if (!stringAt(step, 'computeId')) {
    problems.add(target, `Spark step '${target}' needs a computeId (attached Spark) or resources (serverless Spark).`);
  }
  const identity = objectAt(step, 'identity');
  if (identity) oneOf(problems, at('identity.identity_type'), identity.identity_type ?? null, IDENTITY_TYPES);
};

/** One validator per step type; `arm/validation.ts` dispatches on the step's `type`. */
export const STEP_TYPE_RULES: Readonly<Record<string, StepValidator>> = {
  sweep: validateSweepStep,
  parallel: validateParallelStep,
  spark: validateSparkStep,
};

/**
 * Looks component ids up in the emulator's workspace: `…/components/{name}/versions/{v}` and
 * `…/components/{name}/labels/latest`; registry ids and short forms cannot be checked here and pass.
 */
export function workspaceComponentLookup(state: EmulatorState): ComponentLookup {
  return (componentId) => {
    const match = /\/workspaces\/[^/]+\/components\/([^/]+)\/(versions|labels)\/([^/]+)$/i.exec(componentId);
    if (!match) return {};
    const versions = state.assets.components.versions.get(key(match[1]));
    const version =
      match[2].toLowerCase() === 'labels' ? [...(versions?.values() ?? [])].at(-1) : versions?.get(match[3]);
    return version ? { spec: objectAt(version.properties, 'componentSpec') } : undefined;
  };
}
