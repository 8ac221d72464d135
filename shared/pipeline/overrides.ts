import { parse } from 'yaml';
import { UserError } from '../core/errors.js';
import type { SourceLocation } from '../core/logger.js';
import { Problems } from '../yaml/fields.js';
import { entryOf, syntheticNode, type YMap, type YNode } from '../yaml/located.js';

/** One `path=value` override, as `az ml job create --set` takes them. */
export interface SetOverride {
  path: string;
  value: string;
  /** Its place among the `set` lines (1-based), so a problem with its value is blamed on it. */
  line?: number;
}

/**
 * Where a value given by an action input is "written": the input, not the pipeline file. Problems found in
 * an overridden value (a type, a min, an unknown name) are annotated there.
 */
export function overrideLocation(input: 'set' | 'inputs', line?: number): SourceLocation {
  return line === undefined ? { file: input } : { file: input, line };
}

/** Parses `--set`-style lines (`inputs.epochs=1`); a line without `=` is an error naming it. */
export function parseSetOverrides(lines: readonly string[]): SetOverride[] {
  return lines.map((line, i) => {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new UserError(`Input 'set': expected path=value, got '${line}'`, overrideLocation('set', i + 1));
    return { path: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim(), line: i + 1 };
  });
}

/**
 * The names an override walks into must exist: `set: inputs.epocs=3` or an `inputs:` key the pipeline does
 * not declare would add an input nothing reads (azure-ai-ml adds it silently; the job then runs without it).
 * Steps named by `set: jobs.<step>...` must exist too. Every problem names its `set` line or input.
 */
export function checkOverrideTargets(
  root: YNode,
  overrides: { set?: readonly SetOverride[]; inputs?: Readonly<Record<string, unknown>> },
): void {
  const problems = new Problems();
  const declared = (key: 'inputs' | 'jobs') => {
    const node = root.kind === 'map' ? child(root, key) : undefined;
    return node?.kind === 'map' ? node.entries.map((e) => e.key) : [];
  };
  const hasComponent = root.kind === 'map' && entryOf(root, 'component') !== undefined;
  for (const override of overrides.set ?? []) {
    const [first, second] = override.path.split('.');
    if ((first !== 'inputs' && first !== 'jobs') || second === undefined) continue;
    if (first === 'jobs' && hasComponent) continue;
    const names = declared(first);
    if (!names.includes(second))
      problems.add(
        `set '${override.path}=${override.value}': the pipeline has no ${first === 'inputs' ? 'input' : 'step'} '${second}'${listed(names)}`,
        overrideLocation('set', override.line),
      );
  }
  const inputs = declared('inputs');
  for (const name of Object.keys(overrides.inputs ?? {}))
    if (!inputs.includes(name))
      problems.add(`Input 'inputs': the pipeline has no input '${name}'${listed(inputs)}`, overrideLocation('inputs'));
  problems.throwIfAny(`${problems.list.length} override(s) name nothing in the pipeline; nothing was sent`);
}

function listed(names: string[]): string {
  return names.length ? ` (it has: ${names.join(', ')})` : ' (it declares none)';
}

/**
 * Applies overrides to the top-level document before it is read, as azure-ai-ml's `params_override` does:
 * missing levels are created; walking through a string (a `component: ./x.yml` reference) is refused.
 * Values are read as YAML scalars, so `epochs=1` is the integer 1 and `force_rerun=true` a boolean.
 */
export function applySetOverrides(root: YNode, overrides: readonly SetOverride[]): YNode {
  checkOverrideTargets(root, { set: overrides });
  for (const override of overrides) {
    const keys = override.path.split('.');
    if (keys.some((k) => k === '')) throw new UserError(`set: '${override.path}' is not a valid path`);
    setPath(root, keys, scalarFromText(override.value), override, overrideLocation('set', override.line));
  }
  return root;
}

/**
 * Applies an `inputs` map (from the action input) to the pipeline's inputs. A plain value given for a data
 * input replaces its `path` only, so `training_data: ./toy` keeps the input's type and mode.
 */
export function applyInputOverrides(root: YNode, inputs: Readonly<Record<string, unknown>>): YNode {
  checkOverrideTargets(root, { inputs });
  for (const [name, value] of Object.entries(inputs)) {
    const existing = root.kind === 'map' ? child(child(root, 'inputs'), name) : undefined;
    const isDataInput = existing?.kind === 'map' && (entryOf(existing, 'path') || entryOf(existing, 'type'));
    const plainValue = value === null || typeof value !== 'object';
    const keys =
      isDataInput && plainValue && existing && !isLiteralDeclaration(existing)
        ? ['inputs', name, 'path']
        : ['inputs', name];
    setPath(root, keys, value, { path: keys.join('.'), value: String(value) }, overrideLocation('inputs'));
  }
  return root;
}

function isLiteralDeclaration(map: YMap): boolean {
  const type = entryOf(map, 'type')?.value;
  return type?.kind === 'scalar' && ['string', 'integer', 'number', 'boolean'].includes(String(type.value));
}

function child(node: YNode | undefined, key: string): YNode | undefined {
  return node?.kind === 'map' ? entryOf(node, key)?.value : undefined;
}

function scalarFromText(text: string): unknown {
  try {
    const value: unknown = parse(text, { version: '1.1' });
    return value === null || typeof value !== 'object' ? (value ?? text) : text;
  } catch {
    return text;
  }
}

function setPath(root: YNode, keys: string[], value: unknown, override: SetOverride, at: SourceLocation): void {
  let node = root;
  for (const [i, key] of keys.entries()) {
    if (node.kind !== 'map') {
      throw new UserError(
        `Cannot use 'set' on properties defined by reference strings or values: '${override.path}' (at '${keys.slice(0, i).join('.')}')`,
        node.loc,
      );
    }
    const entry = entryOf(node, key);
    const last = i === keys.length - 1;
    if (last) {
      // The new value is located at the input that gave it, so problems with it are blamed there.
      const replaced = syntheticNode(value, { loc: at, range: (entry?.value ?? node).range });
      if (entry) entry.value = replaced;
      else node.entries.push({ key, keyLoc: node.loc, value: replaced });
      return;
    }
    if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) {
      const created: YMap = { kind: 'map', entries: [], loc: entry?.value.loc ?? node.loc, range: node.range };
      if (entry) entry.value = created;
      else node.entries.push({ key, keyLoc: node.loc, value: created });
      node = created;
    } else {
      node = entry.value;
    }
  }
}
