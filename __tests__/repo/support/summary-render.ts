/**
 * Job summaries as GitHub shows them: rendered to HTML by a GitHub-flavoured Markdown renderer (`marked` with
 * GFM), then searched for Markdown the renderer left as text. Mermaid blocks are parsed by mermaid itself
 * (`mermaidParseErrors`, in a Node process with a jsdom DOM), and checked for the few shapes our summaries keep to.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true });

/** The HTML of a summary, as GitHub renders it. */
export function renderSummary(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text a reader sees outside code: the HTML without `<pre>`/`<code>` content, tags or entities. */
function visibleText(html: string): string {
  return html
    .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
}

/** Markdown syntax a reader would see raw: emphasis markers, backticks, table rules, link syntax. */
export function rawMarkdownLeft(markdown: string): string[] {
  const text = visibleText(renderSummary(markdown));
  const found: string[] = [];
  for (const [what, pattern] of [
    ['bold markers', /\*\*/],
    ['a backtick', /`/],
    ['a table rule row', /\|\s*:?-{3,}:?\s*\|/],
    ['link syntax', /\]\(/],
    ['a heading marker', /(^|\n)\s*#{1,6} /],
  ] as const) {
    const m = pattern.exec(text);
    if (m) found.push(`${what}: ...${text.slice(Math.max(0, m.index - 40), m.index + 40)}...`);
  }
  return found;
}

/** The ```mermaid blocks of a summary. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);
}

const ID = '[A-Za-z_][A-Za-z0-9_]*';
const STATEMENTS = [
  new RegExp(`^${ID}\\["[^"]*"\\](:::${ID})?$`), // node with a quoted label and a class
  new RegExp(`^${ID} (-->|-\\.->) ${ID}$`), // edge
  new RegExp(`^subgraph ${ID}\\["[^"]*"\\]$`),
  /^end$/,
  new RegExp(`^classDef ${ID} [\\w-]+:[^\\s;]+(,[\\w-]+:[^\\s;]+)*$`),
];

/**
 * The problems of a Mermaid flowchart as our summaries write it: a `flowchart <dir>` header, then only
 * statements of the shapes above, subgraphs closed, every edge between declared nodes or subgraphs.
 */
export function flowchartProblems(source: string): string[] {
  const [header, ...body] = source.split('\n').map((l) => l.trim());
  const problems: string[] = [];
  if (!/^flowchart (LR|RL|TB|TD|BT)$/.test(header)) problems.push(`header: ${header}`);
  const declared = new Set<string>();
  let depth = 0;
  for (const line of body.filter(Boolean)) {
    if (!STATEMENTS.some((s) => s.test(line))) problems.push(`statement: ${line}`);
    const declares = /^(?:subgraph )?([A-Za-z_]\w*)\["/.exec(line);
    if (declares) declared.add(declares[1]);
    if (line.startsWith('subgraph ')) depth++;
    if (line === 'end' && --depth < 0) problems.push('end without subgraph');
  }
  if (depth > 0) problems.push(`${depth} subgraph(s) not closed`);
  for (const line of body) {
    const edge = /^([A-Za-z_]\w*) (?:-->|-\.->) ([A-Za-z_]\w*)$/.exec(line);
    if (!edge) continue;
    for (const id of [edge[1], edge[2]]) if (!declared.has(id)) problems.push(`edge to undeclared ${id}`);
  }
  return problems;
}

/** The suite's one heading style: every summary section is a level-3 heading (`###` or `addHeading(title, 3)`). */
export function headingProblems(markdown: string): string[] {
  return [...renderSummary(markdown).matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)]
    .filter(([, level]) => level !== '3')
    .map(([, level, text]) => `a level-${level} heading: ${text.replace(/<[^>]+>/g, '')}`);
}

const MERMAID_PARSE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'mermaid-parse.mjs');

/** Mermaid's own parse error for each source (null where it parses), from `mermaid.parse` in a jsdom DOM. */
export function mermaidParseErrors(sources: string[]): Promise<(string | null)[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [MERMAID_PARSE],
      { maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`mermaid-parse.mjs failed: ${stderr || error.message}`)) : resolve(JSON.parse(stdout)),
    );
    child.stdin?.end(JSON.stringify(sources));
  });
}

/**
 * What every summary must hold to: it renders to something, no Markdown is left raw, its headings are level 3,
 * its flowcharts keep to our shapes and mermaid parses them.
 */
export async function summaryProblems(summary: string): Promise<string[]> {
  if (!renderSummary(summary).trim()) return ['empty summary'];
  const blocks = mermaidBlocks(summary);
  const parseErrors = (await mermaidParseErrors(blocks)).filter((e): e is string => e !== null);
  return [
    ...rawMarkdownLeft(summary),
    ...headingProblems(summary),
    ...blocks.flatMap(flowchartProblems),
    ...parseErrors,
  ];
}
