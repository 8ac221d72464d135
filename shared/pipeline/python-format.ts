/**
 * Python's spellings of values, because the service and azure-ai-ml compare strings that Python produced:
 * literal inputs are `str(value)` ("True", "1e-05") and anonymous versions hash `json.dumps(..., sort_keys=True)`.
 */
import type { ScalarValue } from '../yaml/located.js';

/** `repr(float)` in Python 3: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function pythonFloat(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = Math.abs(n).toExponential().split('e');
  const exp = Number(expText);
  const digits = mantissa.replace('.', '');
  const sign = n < 0 ? '-' : '';
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    return `${sign}${whole}.${digits.slice(exp + 1) || '0'}`;
  }
  const expSign = exp < 0 ? '-' : '+';
  return `${sign}${mantissa}e${expSign}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** `str(value)` of what PyYAML loaded from `source` (ints stay ints, `1.0` stays "1.0", booleans "True"). */
export function pythonStr(value: ScalarValue, source = ''): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return isIntegerSource(value, source) ? String(value) : pythonFloat(value);
  return value;
}

function isIntegerSource(value: number, source: string): boolean {
  if (!Number.isInteger(value)) return false;
  if (source === '') return true;
  return !/[.eE]|inf|nan/i.test(source) || /^[-+]?0x/i.test(source);
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** `json.dumps(value, sort_keys=True)` with Python's default separators and ASCII escaping. */
export function pythonJsonDumps(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : pythonFloat(value);
  if (typeof value === 'string') return asciiJsonString(value);
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`;
  const keys = Object.keys(value).sort(comparePythonStrings);
  return `{${keys.map((k) => `${asciiJsonString(k)}: ${pythonJsonDumps(value[k])}`).join(', ')}}`;
}

function asciiJsonString(s: string): string {
  return JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Python sorts str by code point; JS `sort()` compares UTF-16 units, which differs only above U+FFFF. */
function comparePythonStrings(a: string, b: string): number {
  const ca = [...a].map((c) => c.codePointAt(0) ?? 0);
  const cb = [...b].map((c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) if (ca[i] !== cb[i]) return ca[i] - cb[i];
  return ca.length - cb.length;
}
