import { ValidationError, type Problem } from '../core/errors.js';
import type { SourceLocation } from '../core/logger.js';
import { entryOf, type ScalarValue, type YMap, type YNode, type YScalar } from './located.js';

/** Problems collected while reading files, thrown together so the user sees every bad line at once. */
export class Problems {
  readonly list: Problem[] = [];

  add(message: string, location?: SourceLocation): void {
    this.list.push({ message, location });
  }

  merge(other: Problem[]): void {
    this.list.push(...other);
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  /** Throws one ValidationError with everything collected, if anything was. */
  throwIfAny(summary?: string): void {
    if (!this.empty) throw new ValidationError([...this.list], summary);
  }
}

export function describeKind(node: YNode): string {
  if (node.kind === 'scalar') return node.value === null ? 'nothing' : `${typeof node.value} '${node.source}'`;
  return node.kind === 'map' ? 'a mapping' : 'a list';
}

/** The node as a map, or a problem saying what was expected there. */
export function expectMap(node: YNode, what: string, problems: Problems): YMap | undefined {
  if (node.kind === 'map') return node;
  problems.add(`${what} must be a mapping, got ${describeKind(node)}`, node.loc);
  return undefined;
}

/** A map that may be absent or empty (`inputs:` with nothing under it). */
export function optionalMap(map: YMap, key: string, problems: Problems): YMap | undefined {
  const node = entryOf(map, key)?.value;
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined;
  return expectMap(node, `'${key}'`, problems);
}

/** Scalar text as Azure ML sees it: `version: 10` and `version: '10'` are both "10". */
export function scalarText(node: YScalar): string | undefined {
  if (node.value === null) return undefined;
  if (typeof node.value === 'string') return node.value;
  return typeof node.value === 'number' && /^[-+]?\d+$/.test(node.source) ? node.source : String(node.value);
}

interface StringOptions {
  required?: boolean;
  /** Names the object for the "missing" message, e.g. "a command component". */
  owner?: string;
}

export function readString(
  map: YMap,
  key: string,
  problems: Problems,
  options: StringOptions = {},
): string | undefined {
  const node = entryOf(map, key)?.value;
  if (!node || (node.kind === 'scalar' && node.value === null)) {
    if (options.required) problems.add(`${options.owner ?? 'this file'} needs '${key}'`, map.loc);
    return undefined;
  }
  if (node.kind !== 'scalar' || typeof node.value === 'boolean') {
    problems.add(`'${key}' must be a string, got ${describeKind(node)}`, node.loc);
    return undefined;
  }
  return scalarText(node);
}

export function readBoolean(map: YMap, key: string, problems: Problems): boolean | undefined {
  const node = entryOf(map, key)?.value;
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined;
  if (node.kind === 'scalar' && typeof node.value === 'boolean') return node.value;
  problems.add(`'${key}' must be true or false, got ${describeKind(node)}`, node.loc);
  return undefined;
}

export function readNumber(map: YMap, key: string, problems: Problems): number | undefined {
  const node = entryOf(map, key)?.value;
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined;
  if (node.kind === 'scalar' && typeof node.value === 'number') return node.value;
  problems.add(`'${key}' must be a number, got ${describeKind(node)}`, node.loc);
  return undefined;
}

/** `tags:`-like maps: every value is sent as a string. */
export function readStringMap(map: YMap, key: string, problems: Problems): Record<string, string> | undefined {
  const inner = optionalMap(map, key, problems);
  if (!inner) return undefined;
  const out: Record<string, string> = {};
  for (const entry of inner.entries) {
    const value = entry.value;
    if (value.kind !== 'scalar') {
      problems.add(`'${key}.${entry.key}' must be a single value, got ${describeKind(value)}`, value.loc);
      continue;
    }
    out[entry.key] = value.value === null ? '' : (scalarText(value) ?? '');
  }
  return out;
}

/**
 * Flags keys the schema does not know, and keys it knows but this suite does not handle yet, so nothing in
 * a file is silently dropped.
 */
export function checkKeys(
  map: YMap,
  known: readonly string[],
  problems: Problems,
  owner: string,
  notSupported: Readonly<Record<string, string>> = {},
): void {
  for (const entry of map.entries) {
    if (entry.key in notSupported) {
      problems.add(`not supported yet: '${entry.key}' in ${owner} (${notSupported[entry.key]})`, entry.keyLoc);
    } else if (!known.includes(entry.key)) {
      problems.add(`unknown key '${entry.key}' in ${owner}; expected one of ${known.join(', ')}`, entry.keyLoc);
    }
  }
}

/** The scalar value of a node, or undefined for maps/lists. */
export function scalarOf(node: YNode | undefined): ScalarValue | undefined {
  return node?.kind === 'scalar' ? node.value : undefined;
}
