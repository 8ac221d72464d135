import { parse } from 'yaml';
import { UserError } from '../core/errors.js';
import { entryOf, syntheticNode, type YMap, type YNode } from '../yaml/located.js';

/** One `path=value` override, as `az ml job create --set` takes them. */
export interface SetOverride {
  path: string;
  value: string;
}

/** Parses `--set`-style lines (`inputs.epochs=1`); a line without `=` is an error naming it. */
export function parseSetOverrides(lines: readonly string[]): SetOverride[] {
  return lines.map((line) => {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new UserError(`set: expected path=value, got '${line}'`);
    return { path: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() };
  });
}

/**
 * Applies overrides to the top-level document before it is read, as azure-ai-ml's `params_override` does:
 * missing levels are created; walking through a string (a `component: ./x.yml` reference) is refused.
 * Values are read as YAML scalars, so `epochs=1` is the integer 1 and `force_rerun=true` a boolean.
 */
export function applySetOverrides(root: YNode, overrides: readonly SetOverride[]): YNode {
  for (const override of overrides) {
    const keys = override.path.split('.');
    if (keys.some((k) => k === '')) throw new UserError(`set: '${override.path}' is not a valid path`);
    setPath(root, keys, scalarFromText(override.value), override);
  }
  return root;
}

/**
 * Applies an `inputs` map (from the action input) to the pipeline's inputs. A plain value given for a data
 * input replaces its `path` only, so `training_data: ./toy` keeps the input's type and mode.
 */
export function applyInputOverrides(root: YNode, inputs: Readonly<Record<string, unknown>>): YNode {
  for (const [name, value] of Object.entries(inputs)) {
    const existing = root.kind === 'map' ? child(child(root, 'inputs'), name) : undefined;
    const isDataInput = existing?.kind === 'map' && (entryOf(existing, 'path') || entryOf(existing, 'type'));
    const plainValue = value === null || typeof value !== 'object';
    const keys =
      isDataInput && plainValue && existing && !isLiteralDeclaration(existing)
        ? ['inputs', name, 'path']
        : ['inputs', name];
    setPath(root, keys, value, { path: keys.join('.'), value: String(value) });
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

function setPath(root: YNode, keys: string[], value: unknown, override: SetOverride): void {
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
      const replaced = syntheticNode(value, entry?.value ?? node);
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
