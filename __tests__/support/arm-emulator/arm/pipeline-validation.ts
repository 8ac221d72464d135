/**
 * What the service checks in a pipeline job body beyond its shape: every step is of a type it runs, every
 * componentId (of a step, or of a job wrapping a pipeline component) resolves, queue settings name a tier it
 * knows, and a serverless Spark step says what to run on.
 */
import type { JsonObject } from '../json.js';
import { isObject, objectAt, stringAt } from '../json.js';
import type { EmulatorState } from '../state.js';
import { key } from '../state.js';
import { STEP_TYPE_RULES, workspaceComponentLookup } from './step-type-rules.js';
import type { Problems } from './validation.js';

/** Step types a pipeline job may hold (azure-ai-ml's node types, control flow included). */
export const STEP_TYPES = [
  'command',
  'sweep',
  'parallel',
  'spark',
  'pipeline',
  'automl',
  'import',
  'data_transfer',
  'if_else',
  'do_while',
  'parallel_for',
];

const JOB_TIERS = ['Null', 'Spot', 'Basic', 'Standard', 'Premium'];
/** By version, by label, or bare (the registry's default version; azureml-examples' AutoML pipelines use it). */
const REGISTRY_COMPONENT = /^azureml:\/\/registries\/[^/]+\/components\/[^/]+(\/(versions|labels)\/[^/]+)?$/;
/** Steps that name their component by something other than `componentId`. */
const WITHOUT_COMPONENT = ['automl', 'sweep', 'if_else', 'do_while', 'parallel_for'];

export function validatePipelineJob(props: JsonObject, state: EmulatorState, wsId: string, problems: Problems): void {
  const wrapped = stringAt(props, 'componentId');
  if (wrapped !== undefined) checkComponentId('properties.componentId', wrapped, state, wsId, problems);
  // A body without steps is accepted: the API's own PipelineJob example has none.
  const jobs = objectAt(props, 'jobs') ?? {};
  const defaultCompute = stringAt(objectAt(props, 'settings'), 'default_compute') ?? stringAt(props, 'computeId');
  for (const [name, step] of Object.entries(jobs)) {
    const target = `properties.jobs.${name}`;
    if (!isObject(step)) {
      problems.add(target, `Step '${name}' must be an object.`);
      continue;
    }
    checkStep(target, name, step, { state, wsId, defaultCompute, problems });
  }
}

interface StepScope {
  state: EmulatorState;
  wsId: string;
  defaultCompute: string | undefined;
  problems: Problems;
}

function checkStep(target: string, name: string, step: JsonObject, scope: StepScope): void {
  const { problems } = scope;
  const type = stringAt(step, 'type');
  if (type === undefined || !STEP_TYPES.includes(type)) {
    problems.add(`${target}.type`, `Step '${name}' has unknown type '${type}'; valid: ${STEP_TYPES.join(', ')}.`);
    return;
  }
  const componentId = stringAt(step, 'componentId');
  if (componentId !== undefined)
    checkComponentId(`${target}.componentId`, componentId, scope.state, scope.wsId, problems);
  else if (!WITHOUT_COMPONENT.includes(type)) problems.required(`${target}.componentId`, componentId);
  const queue = objectAt(step, 'queue_settings');
  const tier = stringAt(queue, 'job_tier');
  if (tier !== undefined && !JOB_TIERS.includes(tier))
    problems.add(`${target}.queue_settings.job_tier`, `Unknown job tier '${tier}'; valid: ${JOB_TIERS.join(', ')}.`);
  const compute = stringAt(step, 'computeId') ?? scope.defaultCompute;
  if (type === 'spark' && (compute === undefined || isServerlessCompute(compute))) {
    const resources = objectAt(step, 'resources');
    problems.required(`${target}.resources.instance_type`, stringAt(resources, 'instance_type'));
    problems.required(`${target}.resources.runtime_version`, stringAt(resources, 'runtime_version'));
  }
  const rules = STEP_TYPE_RULES[type];
  // A step without its own computeId runs on the pipeline's default compute (attached Spark included).
  const withCompute = compute !== undefined && !isServerlessCompute(compute) ? { computeId: compute, ...step } : step;
  if (rules) rules(target, withCompute, problems, workspaceComponentLookup(scope.state));
}

function isServerlessCompute(compute: string): boolean {
  return /(^|\/computes\/|^azureml:)serverless$/i.test(compute);
}

/**
 * A componentId the service can resolve: a version or label of a component in this workspace (ARM id), or a
 * registry component (registries are not emulated; the shape is checked). The short `azureml:name:version`
 * form is left to the tests that use it as an opaque id.
 */
function checkComponentId(target: string, id: string, state: EmulatorState, wsId: string, problems: Problems): void {
  if (id.startsWith('azureml://')) {
    if (!REGISTRY_COMPONENT.test(id)) problems.add(target, `Component '${id}' is not a registry component id.`);
    return;
  }
  if (!id.startsWith('/subscriptions/')) return;
  const match = /^(.*)\/components\/([^/]+)\/(versions|labels)\/([^/]+)$/i.exec(id);
  if (!match || match[1].toLowerCase() !== wsId.toLowerCase()) {
    problems.add(target, `Component '${id}' is not a component of this workspace.`);
    return;
  }
  const [, , name, by, value] = match;
  const versions = state.assets.components.versions.get(key(name));
  const found = by === 'labels' ? value === 'latest' && (versions?.size ?? 0) > 0 : versions?.has(value);
  if (!found)
    problems.add(target, `Component '${name}' ${by === 'labels' ? `@${value}` : `version ${value}`} was not found.`);
}
