/**
 * Compares the SHAPE of an emulator response with an example's: every key the example has must be present with
 * a value of the same JSON type, recursively (arrays: first element against first element). Values are not
 * compared (examples hold placeholders such as "string"). A null in the example matches anything; GUID keys
 * (placeholder dictionary keys, different in request and response) are skipped; `ignore` lists paths
 * (`properties.encryption`, `value[].properties.resourceId`) the emulator deliberately leaves out, with a reason.
 * User dictionaries (see `isDictionary`) are compared by type only.
 */
import type { JsonValue } from '../../support/arm-emulator/json.js';
import { isObject } from '../../support/arm-emulator/json.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Dictionaries whose keys are user data (examples even use other keys in request and response): `tags`,
 * `environmentVariables` and asset `properties.properties` hold strings; command jobs' read-only `parameters`
 * holds anything. A resource's own `properties` envelope (top level) is never one.
 */
const STRING_DICTIONARIES = new Set(['tags', 'properties', 'environmentVariables']);

function isDictionary(path: string, key: string, v: JsonValue | undefined): boolean {
  if (!isObject(v) || !/(^|\.)properties$/.test(path)) return false;
  return key === 'parameters' || (STRING_DICTIONARIES.has(key) && Object.values(v).every((x) => typeof x === 'string'));
}

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

export function shapeMismatches(
  expected: JsonValue | undefined,
  actual: JsonValue | undefined,
  ignore: string[] = [],
  path = '',
): string[] {
  if (expected === null || expected === undefined || ignore.includes(path)) return [];
  if (typeOf(expected) !== typeOf(actual))
    return [`${path || '<root>'}: expected ${typeOf(expected)}, got ${typeOf(actual)}`];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.length > 0 && actual.length > 0 ? shapeMismatches(expected[0], actual[0], ignore, `${path}[]`) : [];
  }
  if (isObject(expected) && isObject(actual)) {
    return Object.keys(expected)
      .filter((k) => !GUID.test(k))
      .flatMap((k) => {
        const child = path ? `${path}.${k}` : k;
        if (ignore.includes(child)) return [];
        if (!(k in actual)) return [`${child}: missing`];
        if (isDictionary(path, k, expected[k])) {
          return isObject(actual[k]) || actual[k] === null ? [] : [`${child}: expected a dictionary`];
        }
        return shapeMismatches(expected[k], actual[k], ignore, child);
      });
  }
  return [];
}
