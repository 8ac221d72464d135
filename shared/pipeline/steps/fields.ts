/**
 * Field readers the sweep, parallel and spark steps share: numbers that may be data bindings, string lists,
 * run-time identities and resources. Each records its problem at the line of the value and returns undefined.
 */
import { entryOf, toPlain, type YMap, type YNode } from '../../yaml/located.js';
import { checkKeys, describeKind, optionalMap, type Problems } from '../../yaml/fields.js';
import type { JsonValue } from '../python-format.js';

/** `${{parent.inputs.x}}` and friends: azure-ai-ml accepts them in place of most numbers of these steps. */
export function isBindingText(value: unknown): value is string {
  return typeof value === 'string' && /^\s*\$\{\{.+\}\}\s*$/.test(value);
}

export interface NumberOptions {
  integer?: boolean;
  min?: number;
  /** Names the owner in messages, e.g. "sweep limits". */
  owner?: string;
}

/** A number (or a data binding string) under `key`, checked against the options. */
export function readNumberOrBinding(
  map: YMap,
  key: string,
  problems: Problems,
  options: NumberOptions = {},
): number | string | undefined {
  const node = entryOf(map, key)?.value;
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined;
  return numberOrBinding(node, key, problems, options);
}

export function numberOrBinding(
  node: YNode,
  what: string,
  problems: Problems,
  options: NumberOptions = {},
): number | string | undefined {
  const where = options.owner ? `'${what}' of ${options.owner}` : `'${what}'`;
  if (node.kind === 'scalar' && isBindingText(node.value)) return node.value.trim();
  if (node.kind !== 'scalar' || typeof node.value !== 'number') {
    problems.add(
      `${where} must be ${options.integer ? 'an integer' : 'a number'}, got ${describeKind(node)}`,
      node.loc,
    );
    return undefined;
  }
  if (options.integer && !Number.isInteger(node.value)) {
    problems.add(`${where} must be an integer, got ${node.source}`, node.loc);
    return undefined;
  }
  if (options.min !== undefined && node.value < options.min) {
    problems.add(`${where} must be at least ${options.min}, got ${node.source}`, node.loc);
    return undefined;
  }
  return node.value;
}

/** A list of strings (`py_files`, `partition_keys`); duplicates are refused when `unique` (as azure-ai-ml does). */
export function readStringList(
  map: YMap,
  key: string,
  problems: Problems,
  options: { unique?: boolean } = {},
): string[] | undefined {
  const node = entryOf(map, key)?.value;
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined;
  if (node.kind !== 'seq') {
    problems.add(`'${key}' must be a list, got ${describeKind(node)}`, node.loc);
    return undefined;
  }
  const out: string[] = [];
  for (const item of node.items) {
    if (item.kind !== 'scalar' || item.value === null || typeof item.value === 'boolean') {
      problems.add(`every item of '${key}' must be a string, got ${describeKind(item)}`, item.loc);
      continue;
    }
    const text = String(item.value);
    if (options.unique && out.includes(text)) problems.add(`'${key}' lists '${text}' twice`, item.loc);
    out.push(text);
  }
  return out;
}

/** YAML identity types and the REST `identity_type` each becomes. */
export const IDENTITY_TYPES: Readonly<Record<string, string>> = {
  managed: 'Managed',
  managed_identity: 'Managed',
  user_identity: 'UserIdentity',
  aml_token: 'AMLToken',
};

/** A step's `identity: {type: managed|user_identity|aml_token, client_id?, object_id?, msi_resource_id?}`. */
export interface StepIdentity {
  type: 'managed' | 'user_identity' | 'aml_token';
  clientId?: string;
  objectId?: string;
  resourceId?: string;
}

export function readIdentity(map: YMap, problems: Problems): StepIdentity | undefined {
  const identity = optionalMap(map, 'identity', problems);
  if (!identity) return undefined;
  checkKeys(identity, ['type', 'client_id', 'object_id', 'msi_resource_id'], problems, 'identity');
  const typeNode = entryOf(identity, 'type')?.value;
  const type = typeNode?.kind === 'scalar' && typeof typeNode.value === 'string' ? typeNode.value : undefined;
  if (!type || !(type in IDENTITY_TYPES)) {
    problems.add(
      `identity needs a type: ${Object.keys(IDENTITY_TYPES).join(', ')}` + (type ? ` (got '${type}')` : ''),
      typeNode?.loc ?? identity.loc,
    );
    return undefined;
  }
  const out: StepIdentity = { type: type === 'managed_identity' ? 'managed' : (type as StepIdentity['type']) };
  const text = (key: string) => {
    const node = entryOf(identity, key)?.value;
    return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
  };
  const clientId = text('client_id');
  const objectId = text('object_id');
  const resourceId = text('msi_resource_id');
  if (out.type !== 'managed' && (clientId || objectId || resourceId))
    problems.add(`only a managed identity takes client_id, object_id or msi_resource_id`, identity.loc);
  if (clientId) out.clientId = clientId;
  if (objectId) out.objectId = objectId;
  if (resourceId) out.resourceId = resourceId;
  return out;
}

/** The identity as the REST model's snake_case dict (`{"identity_type": "Managed"}`), as spark nodes send it. */
export function restIdentity(identity: StepIdentity): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { identity_type: IDENTITY_TYPES[identity.type] };
  if (identity.clientId) out.client_id = identity.clientId;
  if (identity.objectId) out.object_id = identity.objectId;
  if (identity.resourceId) out.resource_id = identity.resourceId;
  return out;
}

/** The identity in its YAML shape (`{"type": "managed"}`), as parallel nodes send it (`identity._to_dict()`). */
export function yamlIdentity(identity: StepIdentity): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { type: identity.type };
  if (identity.clientId) out.client_id = identity.clientId;
  if (identity.objectId) out.object_id = identity.objectId;
  if (identity.resourceId) out.msi_resource_id = identity.resourceId;
  return out;
}

const JOB_RESOURCE_KEYS = ['instance_count', 'instance_type', 'properties', 'shm_size', 'docker_args', 'locations'];

/** `resources:` of a sweep or parallel step (azure-ai-ml's JobResourceConfiguration), sent as written. */
export function readJobResources(map: YMap, problems: Problems, owner: string): Record<string, JsonValue> | undefined {
  const resources = optionalMap(map, 'resources', problems);
  if (!resources) return undefined;
  checkKeys(resources, JOB_RESOURCE_KEYS, problems, `resources of ${owner}`);
  const count = entryOf(resources, 'instance_count')?.value;
  if (count) numberOrBinding(count, 'instance_count', problems, { integer: true, min: 1, owner: 'resources' });
  return toPlain(resources) as Record<string, JsonValue>;
}

/** A mapping sent as written, after its keys were checked. */
export function readPlainMap(
  map: YMap,
  key: string,
  problems: Problems,
  known: readonly string[],
  owner: string,
): Record<string, JsonValue> | undefined {
  const node = optionalMap(map, key, problems);
  if (!node) return undefined;
  checkKeys(node, known, problems, owner);
  return toPlain(node) as Record<string, JsonValue>;
}

/** The value under `key` must be one of `allowed` (compared case-insensitively); returns it as written. */
export function readEnum(
  map: YMap,
  key: string,
  allowed: readonly string[],
  problems: Problems,
  owner: string,
): string | undefined {
  const node = entryOf(map, key)?.value;
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined;
  const value = node.kind === 'scalar' ? node.value : undefined;
  if (typeof value === 'string' && allowed.some((a) => a.toLowerCase() === value.toLowerCase())) return value;
  problems.add(`'${key}' of ${owner} must be one of ${allowed.join(', ')}, got ${describeKind(node)}`, node.loc);
  return undefined;
}
