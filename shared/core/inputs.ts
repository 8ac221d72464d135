import { UserError } from './errors.js';

/** Parses a boolean the way the YAML 1.2 core schema does, naming the input when the value is not one. */
export function parseBoolean(input: string, value: string, fallback: boolean): boolean {
  const v = value.trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UserError(`Input '${input}' must be true or false, got '${value}'.`);
}

/** Checks a value against a closed set and names the accepted values when it is not one of them. */
export function parseChoice<T extends string>(input: string, value: string, choices: readonly T[], fallback: T): T {
  const v = value.trim();
  if (v === '') return fallback;
  if ((choices as readonly string[]).includes(v)) return v as T;
  throw new UserError(`Input '${input}' must be one of ${choices.map((c) => `'${c}'`).join(', ')}; got '${value}'.`);
}

/** Parses a non-negative whole number of seconds (or another unit), naming the input when it is not one. */
export function parseNonNegativeInt(input: string, value: string, fallback: number): number {
  const v = value.trim();
  if (v === '') return fallback;
  if (!/^\d+$/.test(v)) throw new UserError(`Input '${input}' must be a whole number, got '${value}'.`);
  return Number(v);
}

/** Splits a multi-line input into trimmed, non-empty, non-comment lines. */
export function parseLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Parses `KEY=VALUE` lines into a map; a line without `=` is an error naming the input. */
export function parseKeyValueLines(input: string, value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of parseLines(value)) {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new UserError(`Input '${input}': expected KEY=VALUE lines, got '${line}'.`);
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

/**
 * Seconds as a plain decimal (`90`, `1.5`) in milliseconds. Anything else - `NaN`, `Infinity`, `-1`, `1e9`,
 * `0x10` - is refused naming the input, rather than becoming a wait that never ends or never starts.
 */
export function parseSeconds(input: string, value: string, fallbackSeconds: number): number {
  const v = value.trim();
  if (v === '') return fallbackSeconds * 1000;
  if (!/^\d+(\.\d+)?$/.test(v))
    throw new UserError(
      `Input '${input}' must be a number of seconds (digits, optionally with a decimal point); got '${value}'.`,
    );
  return Math.round(Number(v) * 1000);
}

/**
 * Refuses a value with a line break: it goes into a list-valued output (one item per line, e.g. tags or
 * labels), where a line break would add items of the caller's choosing.
 */
export function assertSingleLine(input: string, value: string | undefined): void {
  if (value !== undefined && /[\r\n]/.test(value))
    throw new UserError(
      `Input '${input}' must be a single line: it becomes one line of a list output, and a line break would add entries. Got ${JSON.stringify(value)}.`,
    );
}
