import { UserError } from '../core/errors.js';

/** What a placeholder stands for when the command runs: a literal as text, or a local path. */
export type PlaceholderValue = { kind: 'literal'; text: string } | { kind: 'path'; path: string };

export type PlaceholderLookup = (namespace: 'inputs' | 'outputs', name: string) => PlaceholderValue | undefined;

const OPTIONAL_BLOCK = /\$\[\[([\s\S]*?)\]\]/g;
/**
 * The older optional syntax, `[--x ${{inputs.x}}]`: a bracket holding an input placeholder. A shell test
 * (`[ -f x ]`) is never taken for one, since `[` there is followed by a space; `$[[` blocks are handled first.
 */
const LEGACY_OPTIONAL_BLOCK = /(?<![$[])\[(?!\s)([^[\]]*\$\{\{\s*inputs\.[^\]]*?)\]/g;
const PLACEHOLDER = /\$\{\{\s*(inputs|outputs)\.([^\s}]+)\s*\}\}/g;

/**
 * The command as Azure ML's runtime expands it: each `$[[ ... ]]` block (and each legacy `[--x ${{inputs.x}}]`
 * block) is kept, brackets removed, when every input inside it has a value and dropped otherwise; then every
 * `${{inputs.x}}`/`${{outputs.x}}` is replaced.
 * Literals go in as written (a component quotes them itself, as it must on Azure); paths are shell-quoted only
 * when they need it, since a local workspace can sit under a folder with spaces, which Azure's mounts never do.
 */
export function renderCommand(command: string, lookup: PlaceholderLookup): string {
  const keepIfBound = (_block: string, inner: string): string =>
    [...inner.matchAll(PLACEHOLDER)].every((m) => lookup(m[1] as 'inputs' | 'outputs', m[2]) !== undefined)
      ? inner
      : '';
  const withBlocks = command.replace(OPTIONAL_BLOCK, keepIfBound).replace(LEGACY_OPTIONAL_BLOCK, keepIfBound);
  return withBlocks.replace(PLACEHOLDER, (text, namespace: 'inputs' | 'outputs', name: string) => {
    const value = lookup(namespace, name);
    if (!value) {
      throw new UserError(
        `the command uses ${text} but ${namespace.slice(0, -1)} '${name}' has no value; bind it in the pipeline, ` +
          `give it a default, or put it inside a $[[ ... ]] block`,
      );
    }
    return value.kind === 'literal' ? value.text : shellQuote(value.path);
  });
}

/** POSIX single-quoting, skipped for plain paths so logs read like Azure's. */
export function shellQuote(text: string): string {
  return /^[\w./:@%+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

const SHELL_WORDS = new Set([
  'cd',
  'export',
  'set',
  'unset',
  'echo',
  'printf',
  'source',
  '.',
  'exec',
  'env',
  'true',
  'false',
  'test',
  '[',
  'if',
  'then',
  'else',
  'fi',
  'for',
  'do',
  'done',
  'while',
  'mkdir',
  'cp',
  'mv',
  'rm',
  'ls',
  'cat',
  'time',
]);

/**
 * The programs a command needs from PATH: the first word of each `&&`/`||`/`;`/`|`/newline-separated part,
 * skipping `VAR=value` prefixes and shell built-ins. Good enough to tell "python is missing" before a run.
 */
export function commandPrograms(command: string): string[] {
  const programs = new Set<string>();
  const flattened = command
    .replace(OPTIONAL_BLOCK, ' $1 ')
    .replace(LEGACY_OPTIONAL_BLOCK, ' $1 ')
    .replace(PLACEHOLDER, 'X');
  for (const part of flattened.split(/&&|\|\||[;|\n]/)) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    const first = words.find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
    if (first && !SHELL_WORDS.has(first) && !first.startsWith('$') && !first.startsWith('(')) {
      programs.add(first.replace(/^["']|["']$/g, ''));
    }
  }
  return [...programs];
}
