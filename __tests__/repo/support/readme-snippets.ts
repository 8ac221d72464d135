/**
 * The YAML snippets of the repository's READMEs, and the uses of the suite's actions in them, for
 * readme-snippets.test.ts. Fences are found line by line (CommonMark's rule for ``` fences, indented ones too,
 * as in list items); a `<!-- snippet: partial -->` comment on the line before a fence marks a deliberately
 * partial snippet, which is not parsed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseAllDocuments, visit, type Document } from 'yaml';
import { repoRoot } from '../../workflows-examples/support/paths.js';

export const PARTIAL_MARK = '<!-- snippet: partial -->';

export interface Snippet {
  /** README path relative to the repository root. */
  file: string;
  /** Line of the opening fence (1-based). */
  line: number;
  text: string;
  partial: boolean;
}

/** README.md at the root, in each action, and anywhere under workflows-examples/ and shared/. */
export function readmeFiles(): string[] {
  const under = (dir: string): string[] =>
    readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => path.basename(f) === 'README.md' && !f.split(path.sep).includes('node_modules'))
      .map((f) => path.join(dir, f));
  const actions = readdirSync(path.join(repoRoot, 'actions'))
    .map((name) => path.join('actions', name, 'README.md'))
    .filter((f) => existsSync(path.join(repoRoot, f)));
  return ['README.md', ...actions, ...under('workflows-examples'), ...under('shared')].sort();
}

/** Every fenced block whose info string is yaml or yml. */
export function yamlSnippets(file: string): Snippet[] {
  const lines = readFileSync(path.join(repoRoot, file), 'utf8').split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3}|\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const close = lines.findIndex(
      (l, j) => j > i && l.trim().startsWith(fence[0].repeat(fence.length)) && !l.trim().slice(fence.length).trim(),
    );
    const end = close === -1 ? lines.length : close;
    if (/^ya?ml$/i.test(lang)) {
      const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
      snippets.push({ file, line: i + 1, text: body.join('\n'), partial: lines[i - 1]?.trim() === PARTIAL_MARK });
    }
    i = end;
  }
  return snippets;
}

export function parseSnippet(snippet: Snippet): { docs: Document[]; errors: string[] } {
  const docs = parseAllDocuments(snippet.text);
  const list = Array.isArray(docs) ? docs : [];
  // The first error of a document only: the ones after it follow from it.
  const errors = list.flatMap((d) =>
    d.errors
      .slice(0, 1)
      .map((e) => `${snippet.file}:${snippet.line + (e.linePos?.[0].line ?? 0)}: ${e.message.split('\n')[0]}`),
  );
  return { docs: list, errors: Array.isArray(docs) ? errors : [`${snippet.file}:${snippet.line}: empty document`] };
}

/** A mapping in a snippet with a `uses:` (a step, or a job calling a reusable workflow). */
/** Every `run:` script of a snippet's steps. */
export function snippetRuns(docs: Document[]): string[] {
  const runs: string[] = [];
  for (const doc of docs) {
    visit(doc, {
      Map(_, node) {
        const run = node.get('run');
        if (typeof run === 'string') runs.push(run);
      },
    });
  }
  return runs;
}

export interface SnippetUse {
  where: string;
  uses: string;
  id?: string;
  with: Record<string, unknown>;
}

export function snippetUses(snippet: Snippet, docs: Document[]): SnippetUse[] {
  const found: SnippetUse[] = [];
  for (const doc of docs) {
    visit(doc, {
      Map(_, node) {
        const uses = node.get('uses');
        if (typeof uses !== 'string') return;
        const withNode = node.get('with', true);
        found.push({
          where: `${snippet.file}:${snippet.line} (${uses})`,
          uses,
          id: typeof node.get('id') === 'string' ? (node.get('id') as string) : undefined,
          with: isMap(withNode) ? (withNode.toJSON() as Record<string, unknown>) : {},
        });
      },
    });
  }
  return found;
}

/** Is the value a plain YAML scalar, sequence or mapping (not a parse failure)? Used to reject empty snippets. */
export function hasContent(docs: Document[]): boolean {
  return docs.some((d) => isMap(d.contents) || isSeq(d.contents) || isScalar(d.contents));
}
