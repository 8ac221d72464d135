import { ValidationError, type Problem } from '../core/errors.js';

/**
 * Tag rules, one per line of the `tags` input, in docker/metadata-action's syntax
 * (`type=semver,pattern={{major}}.{{minor}},prefix=v`). Parsed once into these typed values, so
 * evaluation never sees a raw string and every bad line is reported in one run.
 */
export type Enable = boolean | 'default-branch' | 'not-default-branch';

interface RuleBase {
  /** Set only when the rule names one; otherwise the flavor's prefix and the type's default apply. */
  prefix?: string;
  suffix?: string;
  enable: Enable;
  /** Higher first; the first tag also gives the `version` output (as metadata-action does). */
  priority: number;
  /** 1-based line in the `tags` input, for messages. */
  line: number;
}

export type TagRule =
  | (RuleBase & { type: 'sha'; format: 'short' | 'long' })
  | (RuleBase & { type: 'ref'; event: 'branch' | 'tag' | 'pr' })
  | (RuleBase & { type: 'semver'; pattern: string; value: string })
  | (RuleBase & { type: 'raw'; value: string })
  | (RuleBase & { type: 'model' })
  | (RuleBase & { type: 'schedule'; pattern: string });

export type RuleType = TagRule['type'];

/** metadata-action's default priorities, with `model` between semver and ref. */
const DEFAULT_PRIORITY: Record<RuleType, number> = {
  schedule: 1000,
  semver: 900,
  model: 850,
  ref: 600,
  raw: 200,
  sha: 100,
};

const ATTRIBUTES: Record<RuleType, string[]> = {
  sha: ['format'],
  ref: ['event'],
  semver: ['pattern', 'value'],
  raw: ['value'],
  model: [],
  schedule: ['pattern'],
};
const COMMON = ['type', 'prefix', 'suffix', 'enable', 'priority'];

/** Splits `a=1,b="x,y"` on the commas outside double quotes. */
function splitAttributes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function parseEnable(value: string): Enable | undefined {
  const v = value.trim();
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^\{\{\s*is_default_branch\s*\}\}$/.test(v)) return 'default-branch';
  if (/^\{\{\s*is_not_default_branch\s*\}\}$/.test(v)) return 'not-default-branch';
  return undefined;
}

type Attributes = Map<string, string>;

function readAttributes(text: string, where: string, problems: Problem[]): Attributes | undefined {
  // A line without `type=` or `=` is a raw value, as in metadata-action (`tags: latest`).
  const attrs: Attributes = new Map();
  if (!text.includes('=')) return attrs.set('type', 'raw').set('value', text);
  for (const part of splitAttributes(text)) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      problems.push({ message: `${where}: expected key=value, got '${part}'` });
      return undefined;
    }
    attrs.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  if (!attrs.has('type')) attrs.set('type', 'raw');
  return attrs;
}

function buildRule(attrs: Attributes, line: number, where: string, problems: Problem[]): TagRule | undefined {
  const type = attrs.get('type') as RuleType;
  if (!(type in ATTRIBUTES)) {
    const known = Object.keys(ATTRIBUTES).join(', ');
    problems.push({ message: `${where}: unknown type '${attrs.get('type')}' (known types: ${known})` });
    return undefined;
  }
  const unknown = [...attrs.keys()].filter((k) => !COMMON.includes(k) && !ATTRIBUTES[type].includes(k));
  if (unknown.length) {
    problems.push({ message: `${where}: type=${type} does not take ${unknown.map((k) => `'${k}'`).join(', ')}` });
    return undefined;
  }
  const enable = parseEnable(attrs.get('enable') ?? 'true');
  if (enable === undefined) {
    problems.push({
      message: `${where}: enable must be true, false, {{is_default_branch}} or {{is_not_default_branch}}; got '${attrs.get('enable')}'`,
    });
    return undefined;
  }
  const priorityText = attrs.get('priority');
  if (priorityText !== undefined && !/^-?\d+$/.test(priorityText)) {
    problems.push({ message: `${where}: priority must be a whole number, got '${priorityText}'` });
    return undefined;
  }
  if (!placeholdersKnown(type, attrs, where, problems)) return undefined;
  const base = {
    enable,
    line,
    priority: priorityText !== undefined ? Number(priorityText) : DEFAULT_PRIORITY[type],
    suffix: attrs.get('suffix'),
  };
  return withTypeAttributes(type, attrs, base, where, problems);
}

/** What `{{...}}` may name: semver patterns are filled by `renderSemVerPattern`, everything else by `expand`. */
const SEMVER_PLACEHOLDERS = ['version', 'major', 'minor', 'patch', 'raw'];
const EXPRESSIONS = ['branch', 'tag', 'sha', 'base_ref', 'model_name', 'model_version', "date 'FORMAT'"];

/**
 * Every `{{...}}` in a rule's attributes names something that is filled in: an unknown one would otherwise be
 * found only when the rule is evaluated (or, in a semver pattern, end up in a tag as text).
 */
function placeholdersKnown(type: RuleType, attrs: Attributes, where: string, problems: Problem[]): boolean {
  let known = true;
  for (const [key, text] of attrs) {
    if (key === 'enable' || key === 'type') continue;
    const allowed = type === 'semver' && key === 'pattern' ? SEMVER_PLACEHOLDERS : EXPRESSIONS;
    for (const [whole, body] of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
      const ok =
        allowed === EXPRESSIONS ? /^date\s+'[^']*'$/.test(body) || allowed.includes(body) : allowed.includes(body);
      if (ok) continue;
      known = false;
      problems.push({
        message: `${where}: unknown placeholder ${whole} in ${key}=; ${key} accepts ${allowed.map((a) => `{{${a}}}`).join(', ')}`,
      });
    }
  }
  return known;
}

function withTypeAttributes(
  type: RuleType,
  attrs: Attributes,
  base: Omit<RuleBase, 'prefix'>,
  where: string,
  problems: Problem[],
): TagRule | undefined {
  const prefix = attrs.get('prefix');
  switch (type) {
    case 'sha': {
      const format = attrs.get('format') ?? 'short';
      if (format !== 'short' && format !== 'long') {
        problems.push({ message: `${where}: format must be short or long, got '${format}'` });
        return undefined;
      }
      return { ...base, type, format, prefix };
    }
    case 'ref': {
      const event = attrs.get('event');
      if (event !== 'branch' && event !== 'tag' && event !== 'pr') {
        problems.push({ message: `${where}: type=ref needs event=branch, event=tag or event=pr` });
        return undefined;
      }
      return { ...base, type, event, prefix };
    }
    case 'semver': {
      const pattern = attrs.get('pattern');
      if (!pattern) {
        problems.push({ message: `${where}: type=semver needs a pattern, e.g. pattern={{version}}` });
        return undefined;
      }
      return { ...base, type, pattern, value: attrs.get('value') ?? '', prefix };
    }
    case 'raw': {
      const value = attrs.get('value');
      if (!value) {
        problems.push({ message: `${where}: type=raw needs a value` });
        return undefined;
      }
      return { ...base, type, value, prefix };
    }
    case 'schedule':
      return { ...base, type, pattern: attrs.get('pattern') ?? 'nightly', prefix };
    case 'model':
      return { ...base, type, prefix };
  }
}

/** Parses the `tags` input; throws one ValidationError naming every bad line. */
export function parseTagRules(lines: readonly string[], input = 'tags'): TagRule[] {
  const problems: Problem[] = [];
  const rules: TagRule[] = [];
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    const where = `input '${input}' line ${index + 1}`;
    const attrs = readAttributes(text, where, problems);
    const rule = attrs && buildRule(attrs, index + 1, where, problems);
    if (rule) rules.push(rule);
  });
  if (problems.length) throw new ValidationError(problems, `${problems.length} problem(s) in input '${input}'`);
  return rules;
}

export interface Flavor {
  latest: 'auto' | 'true' | 'false';
  /** Added to every tag whose rule sets no prefix (or suffix) of its own. */
  prefix: string;
  suffix: string;
}

/** Parses the `flavor` input (`latest=auto`, `prefix=`, `suffix=` lines or comma-separated). */
export function parseFlavor(lines: readonly string[]): Flavor {
  const flavor: Flavor = { latest: 'auto', prefix: '', suffix: '' };
  const problems: Problem[] = [];
  for (const part of lines.flatMap(splitAttributes)) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 'latest' && (value === 'auto' || value === 'true' || value === 'false')) flavor.latest = value;
    else if (key === 'prefix' || key === 'suffix') flavor[key] = value;
    else
      problems.push({ message: `input 'flavor': '${part}' is not latest=auto|true|false, prefix=... or suffix=...` });
  }
  if (problems.length) throw new ValidationError(problems, `input 'flavor' is invalid`);
  return flavor;
}
