import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One gitwildmatch line of an ignore file: the pattern as a regex over `/`-separated relative paths. */
interface IgnoreRule {
  regex: RegExp;
  /** false for `!negated` lines: a match re-includes the file. */
  exclude: boolean;
}

/** Which files of a code folder azure-ai-ml leaves out of the snapshot. */
export interface IgnoreMatcher {
  /** The ignore file used (`.amlignore` wins over `.gitignore`), if any. */
  source?: string;
  isExcluded(relativePath: string): boolean;
}

/**
 * Reads `.amlignore` from the folder's root, else `.gitignore` (only that one file, as azure-ai-ml does).
 * Like azure-ai-ml's `IgnoreFile.is_file_excluded`, the first pattern that matches decides.
 */
export async function loadIgnore(root: string): Promise<IgnoreMatcher> {
  for (const name of ['.amlignore', '.gitignore']) {
    const text = await readFile(join(root, name), 'utf8').catch(() => undefined);
    if (text !== undefined) return ignoreMatcher(text, name);
  }
  return { isExcluded: () => false };
}

export function ignoreMatcher(text: string, source?: string): IgnoreMatcher {
  const rules = text
    .split(/\r?\n/)
    .map(parseRule)
    .filter((r): r is IgnoreRule => r !== undefined);
  return {
    source,
    isExcluded: (relativePath) => {
      const rule = rules.find((r) => r.regex.test(relativePath));
      return rule ? rule.exclude : false;
    },
  };
}

function parseRule(line: string): IgnoreRule | undefined {
  let pattern = line.trim();
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  let exclude = true;
  if (pattern.startsWith('!')) {
    exclude = false;
    pattern = pattern.slice(1);
  }
  if (pattern.startsWith('\\')) pattern = pattern.slice(1);
  const dirOnly = pattern.endsWith('/');
  if (dirOnly) pattern = pattern.replace(/\/+$/, '');
  // A slash anywhere but the end anchors the pattern at the root; otherwise it matches at any depth.
  const anchored = pattern.includes('/');
  pattern = pattern.replace(/^\//, '');
  const body = globToRegex(pattern);
  const prefix = anchored ? '^' : '^(?:.*/)?';
  const suffix = dirOnly ? '/.*$' : '(?:/.*)?$';
  return { regex: new RegExp(prefix + body + suffix), exclude };
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      out += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) out += escape(glob[++i]);
    else out += escape(c);
  }
  return out;
}

function escape(c: string): string {
  return c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
}
