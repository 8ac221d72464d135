/**
 * What the online and batch endpoint/deployment readers share: the file as a map with `set` overrides applied,
 * unknown keys warned about, the name as the service accepts it, the description, tags and properties every one
 * of them has, and one error with every problem of the file.
 */
import type { Problem } from '../core/errors.js';
import type { SourceLocation } from '../core/logger.js';
import { applySetOverrides, type SetOverride } from '../pipeline/overrides.js';
import { checkKeys, expectMap, Problems, readString, readStringMap } from '../yaml/fields.js';
import { entryOf, loadYamlFile, type YMap } from '../yaml/located.js';

/** The keys every endpoint and deployment file may have, read here. */
const COMMON_KEYS = ['$schema', 'name', 'description', 'tags', 'properties'];

/** Endpoint and deployment names, as the service checks them. */
const NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;

/** What every endpoint and deployment file gives: its path, name, description, tags and properties. */
export interface SpecHeader {
  file: string;
  name: string;
  description?: string;
  tags: Record<string, string>;
  properties?: Record<string, string>;
}

/** What was read, and the keys az ml would warn about and drop. */
export interface Loaded<T> {
  spec: T;
  warnings: Problem[];
}

/** One file being read: its map and name, problems (refused) and warnings (unknown keys, warned and dropped). */
export interface SpecFile {
  map: YMap;
  name: string;
  nameLoc: SourceLocation;
  problems: Problems;
  warnings: Problems;
  /** The spec read, or one error with every problem of the file. */
  done<T>(spec: T): Loaded<T>;
}

/**
 * Opens an endpoint or deployment file (`what`, e.g. 'an online endpoint'): its map with the `set` overrides
 * applied, keys outside the common ones and `keys` warned about as az ml warns and drops them, and its name read.
 */
export async function openSpecFile(
  file: string,
  overrides: readonly SetOverride[],
  what: string,
  kind: 'endpoint' | 'deployment',
  keys: readonly string[],
): Promise<SpecFile> {
  const map = await loadSpecMap(file, overrides, what);
  const problems = new Problems();
  const warnings = new Problems();
  checkKeys(map, [...COMMON_KEYS, ...keys], warnings, what);
  const { name, nameLoc } = readResourceName(map, problems, kind, what);
  const done = <T>(spec: T): Loaded<T> => {
    problems.throwIfAny(`${file}: ${what.replace(/^an? /, 'the ')} has problems; nothing was sent to Azure`);
    return { spec, warnings: warnings.list };
  };
  return { map, name, nameLoc, problems, warnings, done };
}

/** The file's top-level map, with the `set` overrides applied; a file that is not a map is refused. */
async function loadSpecMap(file: string, overrides: readonly SetOverride[], what: string): Promise<YMap> {
  const yaml = await loadYamlFile(file);
  const problems = new Problems();
  const root = expectMap(applySetOverrides(yaml.root, overrides), what, problems);
  problems.throwIfAny(`${file} is not ${what}`);
  return root!;
}

/** The required `name:` of an endpoint or a deployment (`owner` is the file's kind, for the message). */
function readResourceName(
  map: YMap,
  problems: Problems,
  kind: 'endpoint' | 'deployment',
  owner: string,
): { name: string; nameLoc: SourceLocation } {
  const name = readString(map, 'name', problems, { required: true, owner }) ?? '';
  const nameLoc = entryOf(map, 'name')?.value.loc ?? map.loc;
  if (name && !NAME_PATTERN.test(name))
    problems.add(
      `${kind} name '${name}' is invalid: 3-32 characters, a letter first, letters, digits and '-', no '-' last`,
      nameLoc,
    );
  return { name, nameLoc };
}

/** `description`, `tags` and `properties`, as every endpoint and deployment file may give them. */
export function readDescribed(map: YMap, problems: Problems): Pick<SpecHeader, 'description' | 'tags' | 'properties'> {
  return {
    description: readString(map, 'description', problems),
    tags: readStringMap(map, 'tags', problems) ?? {},
    properties: readStringMap(map, 'properties', problems),
  };
}
