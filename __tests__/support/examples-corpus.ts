/**
 * The azureml-examples corpus of the reference material, as the corpus tests walk it: a scratch copy of it, its
 * YAML documents, placeholder folders for the code it does not carry, and the located reasons of a refusal.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { ValidationError } from '../../shared/core/errors.js';
import { referenceRoot } from './action-runner.js';

export const CORPUS = `${referenceRoot}/azureml-examples`;

/** A scratch copy of the corpus, since the tests add placeholder folders to it. */
export async function scratchCopy(prefix: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  await cp(CORPUS, root, { recursive: true });
  return root;
}

export interface CorpusDocument {
  file: string;
  doc: Record<string, unknown>;
}

/**
 * Every YAML file under `root` whose text parses to a map or a list, in the order of the file names. A file that
 * does not parse is passed over: the corpus holds templates that are not YAML until filled in.
 */
export async function yamlDocuments(root: string): Promise<CorpusDocument[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => join(e.parentPath, e.name));
  const documents: CorpusDocument[] = [];
  for (const file of files.sort()) {
    let doc: unknown;
    try {
      doc = parse(await readFile(file, 'utf8'));
    } catch {
      continue;
    }
    if (doc !== null && typeof doc === 'object') documents.push({ file, doc: doc as Record<string, unknown> });
  }
  return documents;
}

/**
 * A folder holding a main.py where `file` names the local folder `target` that the corpus does not carry; an
 * `azureml:` reference, a value that is not a string, or a folder that is there is left alone.
 */
export async function placeholderFolder(file: string, target: unknown): Promise<void> {
  if (typeof target !== 'string' || target.includes(':')) return;
  const dir = resolve(dirname(file), target);
  if (await stat(dir).catch(() => undefined)) return;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'main.py'), `print("placeholder for ${target}")\n`);
}

/**
 * Runs `attempt` on one file of the copy at `root`: undefined when it went through, or the reasons of its refusal
 * (a `ValidationError`), each problem as `file:line: message` (`?` where it has no place). Any other error fails.
 */
export async function refusalOf(root: string, attempt: () => Promise<unknown>): Promise<string[] | undefined> {
  try {
    await attempt();
    return undefined;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.problems.map(
      (p) => `${p.location ? `${relative(root, p.location.file)}:${p.location.line}` : '?'}: ${p.message}`,
    );
  }
}

/** A part of the printed report: its summary line, then each refused file with its reasons indented under it. */
export function reportPart(summary: string, refused: { file: string; reasons: string[] }[]): string {
  return [summary, ...refused.map((o) => `  refused ${o.file}\n    ${o.reasons.join('\n    ')}`)].join('\n');
}
