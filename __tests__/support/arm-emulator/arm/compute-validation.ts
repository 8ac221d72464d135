/**
 * What the service refuses in a compute PUT/PATCH body. The swagger makes `properties.computeType` and, for
 * AmlCompute, `scaleSettings.maxNodeCount` required; name rules are the service's (learn.microsoft.com: cluster
 * names 2-16 characters, instance names 3-24, letters/digits/hyphens, starting with a letter).
 */
import type { JsonObject } from '../json.js';
import { numberAt, objectAt, stringAt } from '../json.js';
import { badRequest } from '../http.js';
import { Problems } from './validation.js';

/** ComputeType values of the api-version the code calls (the `ComputeType` enum of its machineLearningServices.json). */
export const COMPUTE_TYPES = [
  'AKS',
  'Kubernetes',
  'AmlCompute',
  'ComputeInstance',
  'DataFactory',
  'VirtualMachine',
  'HDInsight',
  'Databricks',
  'DataLakeAnalytics',
  'SynapseSpark',
] as const;

/** The types the emulator creates; the others are attached computes it does not model. */
export const MODELLED_TYPES = ['AmlCompute', 'ComputeInstance'];

const NAME_RULES: Record<string, { pattern: RegExp; rule: string }> = {
  AmlCompute: {
    pattern: /^[a-zA-Z](?:[a-zA-Z0-9-]{0,14}[a-zA-Z0-9])$/,
    rule: 'between 2 and 16 characters, start with a letter, contain only letters, digits and hyphens, and not end with a hyphen',
  },
  ComputeInstance: {
    pattern: /^[a-zA-Z](?:[a-zA-Z0-9-]{1,22}[a-zA-Z0-9])$/,
    rule: 'between 3 and 24 characters, start with a letter, contain only letters, digits and hyphens, and not end with a hyphen',
  },
};

const ISO_DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

export function validateComputePut(name: string, body: JsonObject): void {
  const problems = new Problems();
  const properties = objectAt(body, 'properties');
  const computeType = stringAt(properties, 'computeType');
  problems.required('properties.computeType', computeType);
  problems.throwIfAny(`Compute '${name}'`);
  if (!(COMPUTE_TYPES as readonly string[]).includes(computeType ?? '')) {
    throw badRequest(`Unknown compute type '${computeType}'. Valid compute types are: ${COMPUTE_TYPES.join(', ')}.`, [
      { code: 'InvalidProperty', target: 'properties.computeType', message: `Unknown compute type '${computeType}'.` },
    ]);
  }
  if (!MODELLED_TYPES.includes(computeType ?? '')) {
    throw badRequest(
      `The ARM emulator does not model compute type '${computeType}' (only ${MODELLED_TYPES.join(', ')}).`,
    );
  }
  const rule = NAME_RULES[computeType ?? ''];
  if (!rule.pattern.test(name)) problems.add('name', `Compute name '${name}' is invalid: it must be ${rule.rule}.`);
  const inner = objectAt(properties, 'properties');
  if (computeType === 'ComputeInstance') problems.required('properties.properties.vmSize', stringAt(inner, 'vmSize'));
  if (computeType === 'AmlCompute') validateScaleSettings(objectAt(inner, 'scaleSettings'), problems, true);
  problems.throwIfAny(`Compute '${name}'`);
}

/** Scale settings of a create (maxNodeCount required) or a PATCH (only what is given is checked). */
export function validateScaleSettings(scale: JsonObject | undefined, problems: Problems, required: boolean): void {
  const target = 'properties.properties.scaleSettings';
  if (!scale) {
    if (required) problems.add(target, `The field '${target}' is required for AmlCompute.`);
    return;
  }
  const max = numberAt(scale, 'maxNodeCount');
  const min = numberAt(scale, 'minNodeCount') ?? 0;
  if (required) problems.required(`${target}.maxNodeCount`, max);
  if (min < 0) problems.add(`${target}.minNodeCount`, `minNodeCount must be 0 or more, not ${min}.`);
  if (max !== undefined && max < min) {
    problems.add(
      `${target}.maxNodeCount`,
      `maxNodeCount (${max}) must be greater than or equal to minNodeCount (${min}).`,
    );
  }
  const idle = stringAt(scale, 'nodeIdleTimeBeforeScaleDown');
  if (idle !== undefined && !ISO_DURATION.test(idle)) {
    problems.add(`${target}.nodeIdleTimeBeforeScaleDown`, `'${idle}' is not an ISO 8601 duration such as PT120S.`);
  }
}
