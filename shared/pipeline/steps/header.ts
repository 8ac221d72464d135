import type { SourceLocation } from '../../core/logger.js';
import type { YMap } from '../../yaml/located.js';
import { readBoolean, readString, readStringMap, type Problems } from '../../yaml/fields.js';
import type { InputPort, OutputPort } from '../ports.js';
import type { JsonValue } from '../python-format.js';

/** Keys every component YAML takes besides its type's own. */
export const COMPONENT_HEADER_KEYS = [
  '$schema',
  'name',
  'version',
  'display_name',
  'description',
  'tags',
  'type',
  'is_deterministic',
  'inputs',
  'outputs',
];

/** The header fields of every component type, as read from YAML (a pipeline component's may lack `isDeterministic`). */
export interface ComponentHeaderFields {
  schema?: string;
  name?: string;
  version?: string;
  displayName?: string;
  description?: string;
  tags?: Record<string, string>;
  isDeterministic?: boolean;
}

export interface ComponentHeader extends ComponentHeaderFields {
  isDeterministic: boolean;
}

/** What every component type has besides its header: where it was read and its ports. */
export interface ComponentBase {
  /** The file that defines it (the pipeline file for an inline component). */
  file: string;
  loc: SourceLocation;
  inputs: Record<string, InputPort>;
  outputs: Record<string, OutputPort>;
}

/** The header's string keys: YAML key -> field, in the order azure-ai-ml writes them into a componentSpec. */
const HEADER_STRINGS = {
  $schema: 'schema',
  name: 'name',
  version: 'version',
  display_name: 'displayName',
  description: 'description',
} as const;

/** Reads the string keys of `table` (YAML key -> field) into `target`, leaving absent ones unset. */
export function readStringFields<F extends string>(
  target: Partial<Record<F, string>>,
  map: YMap,
  table: Readonly<Record<string, F>>,
  problems: Problems,
): void {
  for (const [key, field] of Object.entries(table)) {
    const value = readString(map, key, problems);
    if (value !== undefined) target[field] = value;
  }
}

/** The header as written: `isDeterministic` unset when the YAML leaves it out. */
export function readHeaderFields(map: YMap, problems: Problems): ComponentHeaderFields {
  const header: ComponentHeaderFields = {};
  const deterministic = readBoolean(map, 'is_deterministic', problems);
  if (deterministic !== undefined) header.isDeterministic = deterministic;
  readStringFields(header, map, HEADER_STRINGS, problems);
  const tags = readStringMap(map, 'tags', problems);
  if (tags) header.tags = tags;
  return header;
}

/** The header of a command, parallel or spark component (`is_deterministic` defaults to true, as azure-ai-ml's). */
export function readComponentHeader(map: YMap, problems: Problems): ComponentHeader {
  const header = readHeaderFields(map, problems);
  return { ...header, isDeterministic: header.isDeterministic ?? true };
}

/**
 * The header in a componentSpec (snake_case, absent fields left out), then `type`: the same for every component
 * type (azure-ai-ml dumps each with its schema; the spec's hash sorts keys, so their order here is for reading).
 */
export function headerSpec(component: ComponentHeaderFields & { type: string }): Record<string, JsonValue> {
  const spec: Record<string, JsonValue> = {};
  for (const [key, field] of Object.entries(HEADER_STRINGS)) {
    const value = component[field];
    if (value !== undefined) spec[key] = value;
  }
  if (component.tags !== undefined) spec.tags = component.tags;
  spec.type = component.type;
  if (component.isDeterministic !== undefined) spec.is_deterministic = component.isDeterministic;
  return spec;
}
