import { UserError } from '../core/errors.js';
import { isDefaultBranch, type GitContext } from '../github/git-context.js';
import { expand, type ExpressionValues } from './expressions.js';
import type { Flavor, TagRule } from './rules.js';
import { sanitizeTag } from './sanitize.js';
import {
  compareSemVer,
  formatVersion,
  isStable,
  movingLineOf,
  parseSemVer,
  renderSemVerPattern,
  sameLine,
  type SemVer,
} from './semver.js';

export interface TagInputs {
  context: GitContext;
  rules: readonly TagRule[];
  flavor: Flavor;
  model?: { name: string; version: string };
  /** A version for semver rules when the run is not for a git tag (workflow_dispatch, a branch push). */
  version?: string;
  now: Date;
  /**
   * Tags the first image already has in the registry. With them, `latest`, `X` and `X.Y` move only
   * to the highest stable version; undefined means the registry could not be read.
   */
  existingTags?: readonly string[];
}

export interface ComputedTag {
  value: string;
  priority: number;
  /** `type=semver (line 3)`: which rule made it, for the log and the summary. */
  source: string;
}

export interface TagPlan {
  /** Sorted by priority, highest first; no duplicates. */
  tags: ComputedTag[];
  /** The `version` output: the first tag, or the semantic version when no rule produced a tag. */
  version: string;
  /** The semantic version the run is for, when there is one. */
  semver?: SemVer;
  /** Rules that produced nothing on this event, with the reason (logged, not an error). */
  skipped: { source: string; reason: string }[];
  /** Tags that had to change to be valid. */
  sanitized: { original: string; value: string }[];
}

/** `latest` comes last, so it never becomes the `version` output while another tag exists. */
const LATEST_PRIORITY = Number.MIN_SAFE_INTEGER;

type Outcome = ({ value: string } | { skip: string }) & { semver?: SemVer };

const describe = (rule: TagRule) => `type=${rule.type} (line ${rule.line})`;

function enabled(rule: TagRule, context: GitContext): boolean {
  if (rule.enable === 'default-branch') return isDefaultBranch(context);
  if (rule.enable === 'not-default-branch') return !isDefaultBranch(context);
  return rule.enable;
}

/** The version semver rules work from: the rule's own value, else the git tag, else the `version` input. */
function semverSource(rule: TagRule & { type: 'semver' }, inputs: TagInputs, values: ExpressionValues): string {
  if (rule.value) return expand(rule.value, values, `input 'tags' line ${rule.line}`);
  return inputs.context.tag ?? inputs.version ?? '';
}

function existingVersions(inputs: TagInputs, affixes: [string, string][]): SemVer[] | undefined {
  if (!inputs.existingTags) return undefined;
  const found: SemVer[] = [];
  for (const tag of inputs.existingTags) {
    for (const [prefix, suffix] of affixes) {
      if (!tag.startsWith(prefix) || !tag.endsWith(suffix)) continue;
      const v = parseSemVer(tag.slice(prefix.length, tag.length - suffix.length));
      if (v && isStable(v)) {
        found.push(v);
        break;
      }
    }
  }
  return found;
}

/** The highest stable version already in `line` that is above `v`, if any. */
function higherInLine(v: SemVer, line: 'major' | 'minor' | 'all', existing: SemVer[] | undefined): SemVer | undefined {
  return existing
    ?.filter((e) => sameLine(e, v, line) && compareSemVer(e, v) > 0)
    .sort(compareSemVer)
    .at(-1);
}

function evaluateSemver(
  rule: TagRule & { type: 'semver' },
  inputs: TagInputs,
  values: ExpressionValues,
  existing: SemVer[] | undefined,
): Outcome {
  const source = semverSource(rule, inputs, values);
  if (!source) return { skip: 'no git tag on this event and no version input' };
  const v = parseSemVer(source);
  if (!v) return { skip: `'${source}' is not a semantic version (https://semver.org)` };
  // A pre-release only ever gets its full version: `1` or `1.2` must not point at an rc.
  if (!isStable(v)) return { value: formatVersion(v), semver: v };
  const line = movingLineOf(rule.pattern);
  if (line !== 'fixed') {
    if (line === 'major' && v.major === 0) return { skip: '0.x versions have no stable major line', semver: v };
    const higher = higherInLine(v, line, existing);
    if (higher) return { skip: `${formatVersion(higher)} is already in the registry and stays the highest`, semver: v };
  }
  return { value: renderSemVerPattern(rule.pattern, v), semver: v };
}

function evaluateRule(rule: TagRule, inputs: TagInputs, values: ExpressionValues): Outcome {
  const { context } = inputs;
  const where = `input 'tags' line ${rule.line}`;
  switch (rule.type) {
    case 'sha':
      return { value: rule.format === 'long' ? context.sha : context.sha.slice(0, 7) };
    case 'ref':
      if (rule.event === 'branch')
        return context.ref.startsWith('refs/heads/') && context.branch
          ? { value: context.branch }
          : { skip: 'not a branch push' };
      if (rule.event === 'tag') return context.tag ? { value: context.tag } : { skip: 'not a tag push' };
      return context.prNumber !== undefined ? { value: String(context.prNumber) } : { skip: 'not a pull request' };
    case 'raw':
      return { value: expand(rule.value, values, where) };
    case 'schedule':
      return context.eventName === 'schedule'
        ? { value: expand(rule.pattern, values, where) }
        : { skip: 'not a schedule run' };
    case 'model':
      return inputs.model
        ? { value: `${inputs.model.name}-${inputs.model.version}` }
        : { skip: 'model-name and model-version are not set' };
    case 'semver':
      throw new Error('semver rules are evaluated by evaluateSemver');
  }
}

function defaultPrefix(rule: TagRule): string {
  if (rule.type === 'sha') return 'sha-';
  if (rule.type === 'ref' && rule.event === 'pr') return 'pr-';
  return '';
}

function affixesOf(rule: TagRule, inputs: TagInputs, values: ExpressionValues): [string, string] {
  const where = `input 'tags' line ${rule.line}`;
  const prefix =
    rule.prefix !== undefined ? expand(rule.prefix, values, where) : inputs.flavor.prefix + defaultPrefix(rule);
  const suffix = rule.suffix !== undefined ? expand(rule.suffix, values, where) : inputs.flavor.suffix;
  return [prefix, suffix];
}

/** Evaluates the rules against the event; a rule that yields nothing here is skipped, not an error. */
export function computeTags(inputs: TagInputs): TagPlan {
  const values: ExpressionValues = { context: inputs.context, model: inputs.model, now: inputs.now };
  const semverAffixes: [string, string][] = [
    ['', ''],
    ...inputs.rules.filter((r) => r.type === 'semver').map((r) => affixesOf(r, inputs, values)),
  ];
  const existing = existingVersions(inputs, semverAffixes);
  const plan: TagPlan = { tags: [], version: '', skipped: [], sanitized: [] };

  for (const rule of inputs.rules) {
    if (!enabled(rule, inputs.context)) {
      plan.skipped.push({ source: describe(rule), reason: 'enable condition is false' });
      continue;
    }
    const outcome =
      rule.type === 'semver' ? evaluateSemver(rule, inputs, values, existing) : evaluateRule(rule, inputs, values);
    plan.semver ??= outcome.semver;
    if ('skip' in outcome) {
      plan.skipped.push({ source: describe(rule), reason: outcome.skip });
      continue;
    }
    const [prefix, suffix] = affixesOf(rule, inputs, values);
    addTag(plan, `${prefix}${outcome.value}${suffix}`, rule.priority, describe(rule));
  }
  plan.semver ??= fallbackSemver(inputs);
  addLatest(plan, inputs, existing);
  plan.tags.sort((a, b) => b.priority - a.priority);
  if (plan.tags.length === 0) throw noTagsError(plan);
  plan.version = plan.tags[0].value;
  return plan;
}

/** Without a semver rule, a git tag or the version input that is a semantic version still decides `latest`. */
function fallbackSemver(inputs: TagInputs): SemVer | undefined {
  return parseSemVer(inputs.context.tag ?? '') ?? parseSemVer(inputs.version ?? '');
}

function addTag(plan: TagPlan, raw: string, priority: number, source: string): void {
  const { value, original } = sanitizeTag(raw);
  if (original !== undefined) plan.sanitized.push({ original, value });
  if (value === '') {
    plan.skipped.push({ source, reason: `'${raw}' has no character a tag may keep` });
    return;
  }
  if (!plan.tags.some((t) => t.value === value)) plan.tags.push({ value, priority, source });
}

/**
 * `latest=auto` moves `latest` only for a stable version, and, when the registry's tags are known,
 * only when no higher stable version is already there (a patch to an old line must not take it back).
 */
function addLatest(plan: TagPlan, inputs: TagInputs, existing: SemVer[] | undefined): void {
  const { latest, prefix, suffix } = inputs.flavor;
  if (latest === 'false') return;
  if (latest === 'auto') {
    const v = plan.semver;
    if (!v || !isStable(v)) {
      plan.skipped.push({ source: 'latest', reason: 'no stable semantic version on this run' });
      return;
    }
    const higher = higherInLine(v, 'all', existing);
    if (higher) {
      plan.skipped.push({
        source: 'latest',
        reason: `${formatVersion(higher)} is already in the registry and stays latest`,
      });
      return;
    }
  }
  addTag(plan, `${prefix}latest${suffix}`, LATEST_PRIORITY, `flavor latest=${latest}`);
}

function noTagsError(plan: TagPlan): UserError {
  const why = plan.skipped.map((s) => `  - ${s.source}: ${s.reason}`).join('\n');
  return new UserError(
    `No tag was produced for this event, so there is nothing to tag the image with. Each rule was skipped:\n${why}\n` +
      `Add a rule that applies here (e.g. type=sha), or set the 'version' input for semver rules outside tag pushes.`,
  );
}
