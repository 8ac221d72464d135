/**
 * Loads the `manifests` input: files, folders (every .yaml/.yml/.json below them) and globs, each file
 * holding one or more YAML documents. Every problem (a missing path, a YAML error, a document without
 * kind/apiVersion/name) is collected with its file and line and thrown as one ValidationError, so the
 * user sees all of them before anything is sent to the cluster.
 */
import { glob, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { ValidationError, type Problem } from '../core/errors.js';
import type { SourceLocation } from '../core/logger.js';
import type { KubeObject } from './objects.js';

/** A parsed object and where it was written, so later errors can point at the document. */
export interface Manifest {
  object: KubeObject;
  source: SourceLocation;
}

const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

async function filesInFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && MANIFEST_FILE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Expands one line of the input into files, or says why it named nothing. */
async function expandEntry(entry: string, cwd: string): Promise<string[] | Problem> {
  const absolute = path.resolve(cwd, entry);
  if (GLOB_CHARS.test(entry)) {
    const matches: string[] = [];
    for await (const m of glob(entry, { cwd })) matches.push(path.resolve(cwd, m));
    const files = matches.filter((f) => MANIFEST_FILE.test(f)).sort();
    return files.length ? files : { message: `The manifests pattern '${entry}' matched no .yaml, .yml or .json file.` };
  }
  const info = await stat(absolute).catch(() => undefined);
  if (!info) return { message: `The manifest path '${entry}' does not exist (relative to ${cwd}).` };
  if (info.isFile()) return [absolute];
  const files = await filesInFolder(absolute);
  return files.length ? files : { message: `The manifests folder '${entry}' holds no .yaml, .yml or .json file.` };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Checks the fields every API object needs; `List` documents are unpacked into their items. */
function toObjects(value: unknown, source: SourceLocation, problems: Problem[]): Manifest[] {
  const o = asRecord(value);
  if (!o) {
    problems.push({
      message: 'A manifest document must be a mapping with apiVersion, kind and metadata.',
      location: source,
    });
    return [];
  }
  const missing = ['apiVersion', 'kind'].filter((k) => typeof o[k] !== 'string' || o[k] === '');
  if (missing.length) {
    problems.push({ message: `The document has no ${missing.join(' and ')}.`, location: source });
    return [];
  }
  if (o.kind === 'List' || (String(o.kind).endsWith('List') && Array.isArray(o.items))) {
    return (Array.isArray(o.items) ? o.items : []).flatMap((item) => toObjects(item, source, problems));
  }
  const metadata = asRecord(o.metadata);
  if (typeof metadata?.name !== 'string' || metadata.name === '') {
    problems.push({ message: `The ${String(o.kind)} has no metadata.name.`, location: source });
    return [];
  }
  return [{ object: o as KubeObject, source }];
}

function parseFile(text: string, file: string, problems: Problem[]): Manifest[] {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const docs = Array.isArray(documents) ? documents : [];
  const manifests: Manifest[] = [];
  for (const doc of docs) {
    if (doc.errors.length) {
      for (const e of doc.errors) {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        problems.push({ message: `YAML error: ${e.message.split('\n')[0]}`, location: { file, line, column: col } });
      }
      continue;
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue; // an empty document, e.g. after a trailing `---`
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    manifests.push(...toObjects(value, { file, line: lineCounter.linePos(start).line }, problems));
  }
  return manifests;
}

export interface LoadOptions {
  /** Where relative paths and globs start (the workspace). */
  cwd: string;
}

/** Reads every manifest named by the input lines, in the order given; throws one ValidationError for all problems. */
export async function loadManifests(entries: string[], options: LoadOptions): Promise<Manifest[]> {
  const problems: Problem[] = [];
  if (!entries.length)
    problems.push({ message: "Input 'manifests' is empty: name at least one file, folder or glob." });
  const files: string[] = [];
  for (const entry of entries) {
    const expanded = await expandEntry(entry, options.cwd);
    if (Array.isArray(expanded)) files.push(...expanded.filter((f) => !files.includes(f)));
    else problems.push(expanded);
  }
  const manifests: Manifest[] = [];
  for (const file of files) {
    const shown = path.relative(options.cwd, file) || file;
    manifests.push(...parseFile(await readFile(file, 'utf8'), shown, problems));
  }
  if (problems.length)
    throw new ValidationError(problems, `${problems.length} problem(s) in the manifests; nothing was applied`);
  return manifests;
}
