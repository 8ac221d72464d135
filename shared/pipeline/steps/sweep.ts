/**
 * Sweep steps (`type: sweep`): a command component (`trial`) run over a search space. azure-ai-ml sends the
 * sweep fields of a pipeline node in their YAML shape (its schema dump): `search_space`, `sampling_algorithm`,
 * `objective`, `limits`, `queue_settings`, `resources`; only `early_termination` takes the REST model's
 * snake_case form (`policy_type: "Bandit"`), and the trial is `{"componentId": …}` (entities/_builders/sweep.py).
 * Recorded: `test_pipeline_job_with_data_binding_expression[10-run_settings_sweep_choice.yml]`,
 * `[11-run_settings_sweep_limits.yml]`, `test_pipeline_job_serverless_compute_sweep_in_pipeline_with_job_tier`.
 */
import type { SourceLocation } from '../../core/logger.js';
import { entryOf, toPlain, type YMap, type YNode } from '../../yaml/located.js';
import { checkKeys, describeKind, expectMap, optionalMap, Problems, readString } from '../../yaml/fields.js';
import type { CommandComponent } from '../component.js';
import type { ComponentUse, NodeBase } from '../model.js';
import { localComponent, nodeHead } from '../node-rest.js';
import { readComponentUse, readStepBase } from '../pipeline-node.js';
import type { InputPort } from '../ports.js';
import { checkComponentPorts, runsComponent } from '../step-ports.js';
import type { NodeContext, RestContext, StepKind } from './types.js';
import type { JsonValue } from '../python-format.js';
import {
  numberOrBinding,
  readEnum,
  readIdentity,
  readJobResources,
  readNumberOrBinding,
  restIdentity,
} from './fields.js';
import type { StepIdentity } from './fields.js';

/** The step type this file adds to the union of model.ts. */
declare module '../model.js' {
  interface StepNodeTypes {
    sweep: SweepNode;
  }
}

/** Keys of a sweep step besides the ones every step has (inputs, outputs, compute, display_name, …). */
export const SWEEP_STEP_KEYS = [
  'trial',
  'search_space',
  'sampling_algorithm',
  'objective',
  'limits',
  'early_termination',
  'queue_settings',
  'resources',
  'identity',
] as const;

/** Each distribution and the parameters its YAML form takes (azure-ai-ml `_schema/_sweep/search_space`). */
export const DISTRIBUTIONS: Readonly<Record<string, readonly string[]>> = {
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

export const SAMPLING_ALGORITHMS = ['random', 'grid', 'bayesian'] as const;
export const RANDOM_RULES = ['random', 'sobol'] as const;
export const GOALS = ['minimize', 'maximize'] as const;

/** A policy parameter: azure-ai-ml's default, and whether it must be an integer. */
type PolicyParam = { default: number; integer: boolean };

/** What every early termination policy takes (azure-ai-ml's EarlyTerminationPolicy). */
const POLICY_PARAMS: Readonly<Record<string, PolicyParam>> = {
  delay_evaluation: { default: 0, integer: true },
  evaluation_interval: { default: 0, integer: true },
};

/** An early termination policy: its REST `policy_type`, and its parameters with azure-ai-ml's defaults. */
type Policy = { policyType: string; params: Readonly<Record<string, PolicyParam>> };

/** Early termination policies by YAML type. */
export const POLICIES: Readonly<Record<string, Policy>> = {
  bandit: {
    policyType: 'Bandit',
    params: {
      ...POLICY_PARAMS,
      slack_amount: { default: 0, integer: false },
      slack_factor: { default: 0, integer: false },
    },
  },
  median_stopping: {
    policyType: 'MedianStopping',
    params: { ...POLICY_PARAMS, evaluation_interval: { default: 1, integer: true } },
  },
  truncation_selection: {
    policyType: 'TruncationSelection',
    params: { ...POLICY_PARAMS, truncation_percentage: { default: 0, integer: true } },
  },
};

const LIMIT_KEYS = ['max_total_trials', 'max_concurrent_trials', 'timeout', 'trial_timeout'] as const;

/** The sweep-specific part of a step, ready to convert. */
export interface SweepSettings {
  loc: SourceLocation;
  /** The `trial:` node (a component file, `azureml:` reference or inline mapping), resolved by the pipeline reader. */
  trial?: YNode;
  /** Parameter name -> its distribution in YAML shape (`{type: choice, values: […]}`). */
  searchSpace: Record<string, Record<string, JsonValue>>;
  /** Where each search space parameter is written, for messages about the trial. */
  searchSpaceLocs: Record<string, SourceLocation>;
  /** `"random"` or `{type: "random", seed, rule, logbase}`, lower-cased as azure-ai-ml dumps it. */
  samplingAlgorithm?: string | Record<string, JsonValue>;
  objective?: { goal: string; primary_metric: string };
  limits?: Record<string, number | string>;
  /** Already in the REST form the node carries (`{policy_type: "Bandit", …}`). */
  earlyTermination?: Record<string, JsonValue>;
  queueSettings?: Record<string, JsonValue>;
  resources?: Record<string, JsonValue>;
  identity?: StepIdentity;
}

/**
 * A sweep step: its trial (a command component, local, inline or remote) run `limits.max_total_trials` times,
 * each trial's inputs named in `search_space` replaced by a sampled value; `inputs`/`outputs` of the step feed
 * every trial. `identity` and `queue_settings` are the step's common fields (`NodeBase`), not `sweep`'s.
 */
export interface SweepNode extends NodeBase {
  type: 'sweep';
  trial: ComponentUse<CommandComponent>;
  sweep: SweepSettings;
}

/** Reads the sweep fields of a step; every problem is recorded at its line. */
export function readSweepSettings(
  map: YMap,
  problems: Problems,
  options: { commonFieldsRead?: boolean } = {},
): SweepSettings {
  const settings: SweepSettings = { loc: map.loc, searchSpace: {}, searchSpaceLocs: {} };
  const trial = entryOf(map, 'trial')?.value;
  if (!trial || (trial.kind === 'scalar' && trial.value === null))
    problems.add('a sweep step needs a trial (a command component file, azureml: reference or mapping)', map.loc);
  else settings.trial = trial;
  readSearchSpace(map, settings, problems);
  const sampling = readSamplingAlgorithm(map, problems);
  if (sampling !== undefined) settings.samplingAlgorithm = sampling;
  const objective = readObjective(map, problems);
  if (objective) settings.objective = objective;
  const limits = readLimits(map, problems);
  if (limits) settings.limits = limits;
  const policy = readEarlyTermination(map, problems);
  if (policy) settings.earlyTermination = policy;
  // A step's queue_settings and identity are its common fields (NodeBase) when read as a step.
  const queue = options.commonFieldsRead ? undefined : optionalMap(map, 'queue_settings', problems);
  if (queue) {
    checkKeys(queue, ['job_tier', 'priority'], problems, 'queue_settings');
    settings.queueSettings = toPlain(queue) as Record<string, JsonValue>;
  }
  const resources = readJobResources(map, problems, 'a sweep step');
  if (resources) settings.resources = resources;
  const identity = options.commonFieldsRead ? undefined : readIdentity(map, problems);
  if (identity) settings.identity = identity;
  return settings;
}

function readSearchSpace(map: YMap, settings: SweepSettings, problems: Problems): void {
  const space = optionalMap(map, 'search_space', problems);
  if (!space || space.entries.length === 0) {
    problems.add('a sweep step needs a search_space with at least one parameter', space?.loc ?? map.loc);
    return;
  }
  for (const entry of space.entries) {
    const distribution = readDistribution(entry.value, `search_space.${entry.key}`, problems);
    if (!distribution) continue;
    settings.searchSpace[entry.key] = distribution;
    settings.searchSpaceLocs[entry.key] = entry.keyLoc;
  }
}

/** One distribution, its parameters checked (choice values may nest further distributions in mappings). */
export function readDistribution(node: YNode, what: string, problems: Problems): Record<string, JsonValue> | undefined {
  const map = expectMap(node, what, problems);
  if (!map) return undefined;
  const type = readString(map, 'type', problems, { required: true, owner: what });
  if (type === undefined) return undefined;
  const params = DISTRIBUTIONS[type];
  if (!params) {
    problems.add(
      `${what} has unknown distribution type '${type}'; use ${Object.keys(DISTRIBUTIONS).join(', ')}`,
      entryOf(map, 'type')?.value.loc,
    );
    return undefined;
  }
  checkKeys(map, ['type', ...params], problems, `${what} (${type})`);
  const out: Record<string, JsonValue> = { type };
  for (const param of params) {
    const value = entryOf(map, param)?.value;
    if (!value || (value.kind === 'scalar' && value.value === null)) {
      problems.add(`${what} (${type}) needs '${param}'`, map.loc);
      continue;
    }
    if (param === 'values') {
      const values = readChoiceValues(value, what, problems);
      if (values) out.values = values;
      continue;
    }
    const number = numberOrBinding(value, param, problems, { integer: param === 'upper', owner: what });
    if (number !== undefined) out[param] = number;
  }
  const [low, high] = [out.min_value, out.max_value];
  if (typeof low === 'number' && typeof high === 'number' && low >= high)
    problems.add(`${what}: min_value (${low}) must be below max_value (${high})`, map.loc);
  return out;
}

function readChoiceValues(node: YNode, what: string, problems: Problems): JsonValue[] | undefined {
  if (node.kind !== 'seq' || node.items.length === 0) {
    problems.add(`'values' of ${what} must be a non-empty list, got ${describeKind(node)}`, node.loc);
    return undefined;
  }
  return node.items.map((item) => {
    if (item.kind !== 'map') return toPlain(item) as JsonValue;
    // A hierarchical search space: each value is a mapping of parameters to values or nested distributions.
    const nested: Record<string, JsonValue> = {};
    for (const e of item.entries) {
      const isDistribution = e.value.kind === 'map' && entryOf(e.value, 'type') !== undefined;
      nested[e.key] = isDistribution
        ? (readDistribution(e.value, `${what}.values.${e.key}`, problems) ?? null)
        : (toPlain(e.value) as JsonValue);
    }
    return nested;
  });
}

function readSamplingAlgorithm(map: YMap, problems: Problems): SweepSettings['samplingAlgorithm'] {
  const node = entryOf(map, 'sampling_algorithm')?.value;
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined;
  if (node.kind === 'scalar') {
    const value = readEnum(map, 'sampling_algorithm', SAMPLING_ALGORITHMS, problems, 'a sweep step');
    return value?.toLowerCase();
  }
  const algorithm = expectMap(node, 'sampling_algorithm', problems);
  if (!algorithm) return undefined;
  const type = readEnum(algorithm, 'type', SAMPLING_ALGORITHMS, problems, 'sampling_algorithm')?.toLowerCase();
  if (!type) {
    if (!entryOf(algorithm, 'type')) problems.add('sampling_algorithm needs a type', algorithm.loc);
    return undefined;
  }
  const out: Record<string, JsonValue> = { type };
  if (type !== 'random') {
    checkKeys(algorithm, ['type'], problems, `sampling_algorithm (${type})`);
    return out;
  }
  checkKeys(algorithm, ['type', 'seed', 'rule', 'logbase'], problems, 'sampling_algorithm (random)');
  const seed = readNumberOrBinding(algorithm, 'seed', problems, { integer: true, owner: 'sampling_algorithm' });
  if (seed !== undefined) out.seed = seed;
  const rule = readEnum(algorithm, 'rule', RANDOM_RULES, problems, 'sampling_algorithm');
  if (rule) out.rule = rule.toLowerCase();
  const logbase = entryOf(algorithm, 'logbase')?.value;
  if (logbase?.kind === 'scalar' && logbase.value !== null) out.logbase = logbase.value as JsonValue;
  return out;
}

function readObjective(map: YMap, problems: Problems): SweepSettings['objective'] {
  const objective = optionalMap(map, 'objective', problems);
  if (!objective) {
    problems.add('a sweep step needs an objective (goal and primary_metric)', map.loc);
    return undefined;
  }
  checkKeys(objective, ['goal', 'primary_metric'], problems, 'objective');
  const goal = readEnum(objective, 'goal', GOALS, problems, 'objective');
  const metric = readString(objective, 'primary_metric', problems, { required: true, owner: 'objective' });
  if (!entryOf(objective, 'goal')) problems.add('objective needs a goal (minimize or maximize)', objective.loc);
  return goal && metric !== undefined ? { goal: goal.toLowerCase(), primary_metric: metric } : undefined;
}

function readLimits(map: YMap, problems: Problems): SweepSettings['limits'] {
  const limits = optionalMap(map, 'limits', problems);
  if (!limits) {
    problems.add('a sweep step needs limits with max_total_trials', map.loc);
    return undefined;
  }
  checkKeys(limits, LIMIT_KEYS, problems, 'limits of a sweep step');
  const out: Record<string, number | string> = {};
  for (const key of LIMIT_KEYS) {
    const value = readNumberOrBinding(limits, key, problems, { integer: true, min: 1, owner: 'sweep limits' });
    if (value !== undefined) out[key] = value;
  }
  if (!entryOf(limits, 'max_total_trials')) problems.add('limits of a sweep step need max_total_trials', limits.loc);
  const [total, concurrent] = [out.max_total_trials, out.max_concurrent_trials];
  if (typeof total === 'number' && typeof concurrent === 'number' && concurrent > total)
    problems.add(
      `max_concurrent_trials (${concurrent}) is above max_total_trials (${total})`,
      entryOf(limits, 'max_concurrent_trials')?.value.loc,
    );
  return out;
}

function readEarlyTermination(map: YMap, problems: Problems): Record<string, JsonValue> | undefined {
  const policy = optionalMap(map, 'early_termination', problems);
  if (!policy) return undefined;
  const type = readEnum(policy, 'type', Object.keys(POLICIES), problems, 'early_termination')?.toLowerCase();
  if (!type) {
    if (!entryOf(policy, 'type'))
      problems.add(`early_termination needs a type: ${Object.keys(POLICIES).join(', ')}`, policy.loc);
    return undefined;
  }
  const spec = POLICIES[type];
  checkKeys(policy, ['type', ...Object.keys(spec.params)], problems, `early_termination (${type})`);
  const out: Record<string, JsonValue> = { policy_type: spec.policyType };
  for (const [param, { default: fallback, integer }] of Object.entries(spec.params)) {
    const value = readNumberOrBinding(policy, param, problems, { integer, min: 0, owner: 'early_termination' });
    out[param] = value ?? fallback;
  }
  if (type === 'truncation_selection' && !entryOf(policy, 'truncation_percentage'))
    problems.add('early_termination (truncation_selection) needs truncation_percentage', policy.loc);
  return out;
}

/**
 * Checks the trial against the search space: every swept parameter must be an input of the trial component,
 * as the service binds `search_space.<name>` to the trial's input of that name.
 */
export function checkSweepTrial(
  settings: SweepSettings,
  trialInputs: Record<string, InputPort>,
  problems: Problems,
): void {
  for (const [name, loc] of Object.entries(settings.searchSpaceLocs)) {
    if (trialInputs[name]) continue;
    const declared = Object.keys(trialInputs);
    problems.add(
      `search_space parameter '${name}' is not an input of the trial component` +
        (declared.length ? ` (its inputs: ${declared.join(', ')})` : ' (it declares no inputs)'),
      loc,
    );
  }
}

/** The sweep fields of the node dict in `jobs.<name>` (merged over the fields every step has). */
export function sweepNodeFields(settings: SweepSettings, trialComponentId: string): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { type: 'sweep' };
  if (settings.limits) out.limits = settings.limits;
  if (settings.samplingAlgorithm !== undefined) out.sampling_algorithm = settings.samplingAlgorithm;
  if (settings.objective) out.objective = settings.objective;
  out.search_space = settings.searchSpace;
  if (settings.earlyTermination) out.early_termination = settings.earlyTermination;
  if (settings.queueSettings) out.queue_settings = settings.queueSettings;
  if (settings.resources) out.resources = settings.resources;
  if (settings.identity) out.identity = restIdentity(settings.identity);
  out.trial = { componentId: trialComponentId };
  return out;
}

/** `type: sweep`: the trial component's ports are the step's; swept inputs are bound by the service. */
export const sweepStep: StepKind<SweepNode> = {
  read: readSweepNode,
  toRest: sweepNodeToRest,
  validate: (node, graph, problems) => {
    checkComponentPorts(node, node.trial, graph, problems, { boundElsewhere: Object.keys(node.sweep.searchSpace) });
    const trial = localComponent(node.trial);
    if (trial) checkSweepTrial(node.sweep, trial.inputs, problems);
  },
  ...runsComponent((node: SweepNode) => node.trial),
};

async function readSweepNode(name: string, map: YMap, ctx: NodeContext): Promise<SweepNode | undefined> {
  const node = readStepBase(name, map, ctx, 'sweep', SWEEP_STEP_KEYS);
  const sweep = readSweepSettings(map, ctx.problems, { commonFieldsRead: true });
  if (!sweep.trial) return undefined;
  const trial = await readComponentUse(name, map, ctx, 'command', 'trial');
  return trial ? { ...node, trial, sweep } : undefined;
}

/** azure-ai-ml's `Sweep._to_rest_object`: the fields every step has, the sweep fields, `trial: {componentId}`. */
async function sweepNodeToRest(node: SweepNode, ctx: RestContext): Promise<Record<string, JsonValue>> {
  const dict = await nodeHead(node, node.trial, ctx);
  return { ...dict, ...sweepNodeFields(node.sweep, await ctx.componentId(node.trial)) };
}
