import { readFile } from 'node:fs/promises';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ValidationError, type Problem } from '../core/errors.js';
import type { SourceLocation } from '../core/logger.js';

/**
 * A YAML tree that remembers where every node came from, so a problem found long after parsing
 * (an unknown port three files away) can still point at its line.
 */
export type YNode = YScalar | YMap | YSeq;

export type ScalarValue = string | number | boolean | null;

interface Positioned {
  loc: SourceLocation;
  /** Character offsets [start, end) of the node in the file's text, to locate text inside a scalar. */
  range: [number, number];
}

export interface YScalar extends Positioned {
  kind: 'scalar';
  value: ScalarValue;
  /** The text as written (`1.0`, `'10'`, `off`), for faithful stringification and messages. */
  source: string;
}

export interface YEntry {
  key: string;
  keyLoc: SourceLocation;
  value: YNode;
}

export interface YMap extends Positioned {
  kind: 'map';
  entries: YEntry[];
}

export interface YSeq extends Positioned {
  kind: 'seq';
  items: YNode[];
}

/** A parsed YAML file: its tree and a way back from character offsets to lines. */
export interface YamlFile {
  file: string;
  text: string;
  root: YNode;
  /** Line/column (1-based) of a character offset in `text`. */
  locate(offset: number): SourceLocation;
}

/**
 * Parses YAML text the way `az ml` reads it (PyYAML, YAML 1.1: `off`/`yes` are booleans), keeping
 * positions. Syntax errors and duplicate keys become one ValidationError naming every bad line.
 */
export function parseYaml(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.1', lineCounter, uniqueKeys: true, prettyErrors: false });
  const locate = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const problems: Problem[] = doc.errors.map((e) => ({
    message: `YAML syntax error: ${e.message.split('\n')[0]}`,
    location: locate(e.pos[0]),
  }));
  if (problems.length > 0) throw new ValidationError(problems, `${file} is not valid YAML`);
  const root = doc.contents ? convert(doc.contents, locate) : emptyScalar(locate(0), 0);
  return { file, text, root, locate };
}

/** Reads and parses a YAML file; an unreadable file is a ValidationError at that path. */
export async function loadYamlFile(path: string): Promise<YamlFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new ValidationError([{ message: `cannot read ${path}: ${reason}`, location: { file: path } }]);
  }
  return parseYaml(text, path);
}

function convert(node: YamlNode, locate: (offset: number) => SourceLocation): YNode {
  const resolved = isAlias(node) ? undefined : node;
  const range: [number, number] = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
  const loc = locate(range[0]);
  if (isMap(resolved)) {
    const entries: YEntry[] = [];
    for (const pair of resolved.items) {
      const keyNode = pair.key as YamlNode | null;
      const keyOffset = keyNode?.range?.[0] ?? range[0];
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const value = pair.value ? convert(pair.value as YamlNode, locate) : emptyScalar(locate(keyOffset), keyOffset);
      entries.push({ key, keyLoc: locate(keyOffset), value });
    }
    return { kind: 'map', entries, loc, range };
  }
  if (isSeq(resolved)) {
    return { kind: 'seq', items: resolved.items.map((i) => convert(i as YamlNode, locate)), loc, range };
  }
  if (isScalar(resolved)) {
    return {
      kind: 'scalar',
      value: scalarValue(resolved.value, resolved.source),
      source: String(resolved.source ?? ''),
      loc,
      range,
    };
  }
  // Aliases are rare in Azure ML files; keep their text so a message can still name them.
  return { kind: 'scalar', value: String(node), source: String(node), loc, range };
}

function scalarValue(value: unknown, source: unknown): ScalarValue {
  if (value === null || value === undefined) return null;
  // yaml's 1.1 schema reads a lone `.` (as in `code: .`) as NaN; PyYAML reads it as the string it is.
  if (typeof value === 'number' && Number.isNaN(value) && !/nan/i.test(String(source))) return String(source);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // YAML 1.1 timestamps and binaries: Azure ML treats them as the text the user wrote.
  return String(source ?? value);
}

function emptyScalar(loc: SourceLocation, offset: number): YScalar {
  return { kind: 'scalar', value: null, source: '', loc, range: [offset, offset] };
}

/** The plain JavaScript value of a node (maps become objects, keys in file order). */
export function toPlain(node: YNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map':
      return Object.fromEntries(node.entries.map((e) => [e.key, toPlain(e.value)]));
  }
}

/** The entry of a map with this key, if any. */
export function entryOf(map: YMap, key: string): YEntry | undefined {
  return map.entries.find((e) => e.key === key);
}

/** The value under a key when `node` is a map. */
export function child(node: YNode | undefined, key: string): YNode | undefined {
  return node?.kind === 'map' ? entryOf(node, key)?.value : undefined;
}

export function isNull(node: YNode | undefined): boolean {
  return node === undefined || (node.kind === 'scalar' && node.value === null);
}

/** Builds a scalar node standing in for a value that came from outside the file (an override). */
export function syntheticScalar(value: ScalarValue, at: Positioned): YScalar {
  return { kind: 'scalar', value, source: value === null ? '' : String(value), loc: at.loc, range: at.range };
}

/** Builds a subtree for a plain value from outside the file, placed (for messages) where it replaces something. */
export function syntheticNode(value: unknown, at: Positioned): YNode {
  if (Array.isArray(value))
    return { kind: 'seq', items: value.map((v) => syntheticNode(v, at)), loc: at.loc, range: at.range };
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, v]) => ({ key, keyLoc: at.loc, value: syntheticNode(v, at) }));
    return { kind: 'map', entries, loc: at.loc, range: at.range };
  }
  const scalar = value === undefined ? null : (value as ScalarValue);
  return syntheticScalar(typeof scalar === 'object' && scalar !== null ? String(scalar) : scalar, at);
}

/** Where `needle` first appears inside a node's source text (e.g. a placeholder in a folded command). */
export function locateText(file: YamlFile, node: YNode, needle: string): SourceLocation {
  const index = file.text.slice(node.range[0], node.range[1]).indexOf(needle);
  return index < 0 ? node.loc : file.locate(node.range[0] + index);
}
