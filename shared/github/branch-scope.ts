/**
 * Branch scoping: the one rule that decides whether a run's names are scoped, and how a name is scoped.
 * A run off the default branch (and every pull request) writes its components, environments, models and data
 * under `<name>-<branch>`, so what a feature branch registers never becomes the default branch's `latest`.
 * Pure: both backends and every action ask this module, and it reads nothing but its arguments.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../core/errors.js';
import type { WorkflowRun } from '../jobs/naming.js';

/** The `branch-scope` input: `auto` (empty) decides from the event, `true`/`false` force it. */
export type BranchScopeMode = 'auto' | 'on' | 'off';

/** What a scoped run appends, and the tags that find its assets again. */
export interface BranchScope {
  /** The branch (a pull request's head branch), as the event named it. */
  branch: string;
  /** The cleaned suffix appended to every name: lower-case, `[a-z0-9_-]`. */
  suffix: string;
  /** Why the run is scoped, for the log. */
  reason: string;
}

/** The kinds of names a run writes into a workspace. */
export type ScopedKind = 'component' | 'environment' | 'code' | 'model' | 'data';

/**
 * ARM's rule for every asset name it stores (`^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$` on the PUT of components,
 * environments, codes, models and data). Components are lower-cased as well: azure-ai-ml and the studio treat
 * component names as case-insensitive keys, so a mixed-case suffix would only make two spellings of one name.
 */
const NAME_RULES: Record<ScopedKind, { max: number; lowerCase: boolean }> = {
  component: { max: 255, lowerCase: true },
  environment: { max: 255, lowerCase: false },
  code: { max: 255, lowerCase: false },
  model: { max: 255, lowerCase: false },
  data: { max: 255, lowerCase: false },
};

/** Longest suffix kept whole; a longer branch name is cut with a hash of the whole so two stay distinct. */
const MAX_SUFFIX = 40;
const HASH_LENGTH = 8;

/** Reads the `branch-scope` input; names the input and the accepted values when it is none of them. */
export function parseBranchScopeInput(value: string, input = 'branch-scope'): BranchScopeMode {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'true') return 'on';
  if (v === 'false') return 'off';
  throw new UserError(`Input '${input}' must be auto, true or false, got '${value}'.`);
}

function isPullRequest(run: Pick<WorkflowRun, 'eventName'>): boolean {
  return run.eventName === 'pull_request' || run.eventName === 'pull_request_target';
}

/**
 * Whether this run is scoped, and by what. `auto`: on for pull requests and for branches other than the
 * default branch (`repository.default_branch` of the event); off on the default branch, on tags, and when the
 * event does not say which branch is the default (nothing to compare with). `on` needs a branch or a PR number.
 */
export function branchScopeFor(
  mode: BranchScopeMode,
  run: Pick<WorkflowRun, 'branch' | 'defaultBranch' | 'eventName' | 'prNumber'>,
): BranchScope | undefined {
  if (mode === 'off') return undefined;
  const branch = run.branch ?? (run.prNumber !== undefined ? `pr-${run.prNumber}` : undefined);
  if (mode === 'on') {
    if (!branch)
      throw new UserError(
        "Input 'branch-scope' is true, but this run has no branch (a tag push?): nothing to scope the names with.",
      );
    return scope(branch, 'branch-scope: true');
  }
  if (isPullRequest(run) && branch) return scope(branch, `pull request${run.prNumber ? ` #${run.prNumber}` : ''}`);
  if (run.branch && run.defaultBranch && run.branch !== run.defaultBranch)
    return scope(run.branch, `branch '${run.branch}' is not the default branch '${run.defaultBranch}'`);
  return undefined;
}

function scope(branch: string, reason: string): BranchScope {
  return { branch, suffix: branchSuffix(branch), reason };
}

/**
 * `feature/Add-Cats` -> `feature-add-cats`: lower-case, every run of other characters one `-`, at most
 * MAX_SUFFIX characters (a longer one keeps a hash of the whole branch name at its end).
 */
export function branchSuffix(branch: string): string {
  const cleaned = branch
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  const hash = shortHash(branch);
  if (!cleaned) return hash;
  if (cleaned.length <= MAX_SUFFIX) return cleaned;
  return `${cleaned.slice(0, MAX_SUFFIX - HASH_LENGTH - 1).replace(/[-_]+$/, '')}-${hash}`;
}

/**
 * `name` scoped: `<name>-<suffix>`, valid for the kind. When the whole would be too long the name (not the
 * suffix, which is what keeps branches apart) is cut and a hash of the uncut name put before the suffix.
 * Idempotent: a name that already ends with the suffix is returned as it is.
 */
export function scopedName(scope: BranchScope | undefined, kind: ScopedKind, name: string): string {
  if (!scope) return name;
  const rule = NAME_RULES[kind];
  // ARM's characters only, as job names are cleaned: what the service would refuse is never sent.
  const cleaned = name.replace(/[^a-zA-Z0-9_-]+/g, '-').replace(/^[-_]+/, '') || shortHash(name);
  const base = rule.lowerCase ? cleaned.toLowerCase() : cleaned;
  const tail = `-${scope.suffix}`;
  if (base.toLowerCase().endsWith(tail)) return base;
  if (base.length + tail.length <= rule.max) return base + tail;
  const keep = rule.max - tail.length - HASH_LENGTH - 1;
  return `${base.slice(0, keep).replace(/[-_]+$/, '')}-${shortHash(name)}${tail}`;
}

/** Tags on everything a run registers: branch, pull request, commit, so a scoped asset is found by tag. */
export function branchScopeTags(
  run: Pick<WorkflowRun, 'branch' | 'prNumber' | 'sha' | 'ref'>,
  scope: BranchScope | undefined,
): Record<string, string> {
  const tags: Record<string, string> = { 'github.sha': run.sha, 'github.ref': run.ref };
  if (run.branch) tags['github.branch'] = run.branch;
  if (run.prNumber !== undefined) tags['github.pull_request'] = String(run.prNumber);
  if (scope) tags['github.branch_scope'] = scope.suffix;
  return tags;
}

/** One rename, for the log and the summary. */
export interface Rename {
  kind: ScopedKind;
  from: string;
  to: string;
}

/** Collects renames so each is printed once however many places use the name. */
export class RenameLog {
  private readonly seen = new Map<string, Rename>();

  /** Scopes `name` and remembers the rename (once). */
  rename(scope: BranchScope | undefined, kind: ScopedKind, name: string): string {
    const to = scopedName(scope, kind, name);
    if (to !== name && !this.seen.has(`${kind}:${name}`)) this.seen.set(`${kind}:${name}`, { kind, from: name, to });
    return to;
  }

  /** What `name` of `kind` became in this run, if it was renamed. */
  renamed(kind: ScopedKind, name: string): string | undefined {
    return this.seen.get(`${kind}:${name}`)?.to;
  }

  get list(): Rename[] {
    return [...this.seen.values()];
  }

  /** `model animal-classification -> animal-classification-feature-x`, one line per rename. */
  lines(): string[] {
    // A name read from a file is printed on one line, whatever it holds (never a workflow command).
    const oneLine = (text: string) => JSON.stringify(text).slice(1, -1);
    return this.list.map((r) => `${r.kind} ${oneLine(r.from)} -> ${r.to}`);
  }
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);
}
