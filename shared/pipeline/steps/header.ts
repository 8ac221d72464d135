import type { YMap } from '../../yaml/located.js';
import { readBoolean, readString, readStringMap, type Problems } from '../../yaml/fields.js';

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

export interface ComponentHeader {
  schema?: string;
  name?: string;
  version?: string;
  displayName?: string;
  description?: string;
  tags?: Record<string, string>;
  isDeterministic: boolean;
}

/** The header of a parallel or spark component (`is_deterministic` defaults to true, as azure-ai-ml's). */
export function readComponentHeader(map: YMap, problems: Problems): ComponentHeader {
  const header: ComponentHeader = { isDeterministic: readBoolean(map, 'is_deterministic', problems) ?? true };
  const strings = {
    $schema: 'schema',
    name: 'name',
    version: 'version',
    display_name: 'displayName',
    description: 'description',
  } as const;
  for (const [key, field] of Object.entries(strings) as [
    keyof typeof strings,
    (typeof strings)[keyof typeof strings],
  ][]) {
    const value = readString(map, key, problems);
    if (value !== undefined) header[field] = value;
  }
  const tags = readStringMap(map, 'tags', problems);
  if (tags) header.tags = tags;
  return header;
}
