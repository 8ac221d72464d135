import { parse as parseYaml } from 'yaml';
import { UserError } from './errors.js';

// Apart from shared/core/inputs.ts: the YAML parser is only loaded by an action that takes a map input, so that
// the others read and check their inputs without it (README "Start-up").

/** Parses a YAML (or JSON) map input, e.g. pipeline input overrides; names the input when it is not a map. */
export function parseMapInput(input: string, text: string): Record<string, unknown> {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new UserError(`Input '${input}' is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`Input '${input}' must be a map of names to values, e.g. \`epochs: 1\`.`);
  }
  return value as Record<string, unknown>;
}
