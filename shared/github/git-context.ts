import { readFileSync } from 'node:fs';
import { UserError, errorMessage } from '../core/errors.js';

/**
 * The commit and run an action works for, taken only from the `GITHUB_*` variables and the event
 * payload the runner writes to disk: no GitHub API call, so it works offline and on GHES.
 */
export interface GitContext {
  eventName: string;
  /** `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/7/merge`. */
  ref: string;
  /**
   * The commit the image is built from. On a pull request this is the PR head commit, not the
   * temporary merge commit GitHub checks out (which exists nowhere once the run ends).
   */
  sha: string;
  /** The branch: the pushed branch, or the PR's head branch. */
  branch?: string;
  /** The git tag name when a tag was pushed. */
  tag?: string;
  prNumber?: number;
  /** The PR's base branch. */
  baseRef?: string;
  defaultBranch?: string;
  /** `owner/name`. */
  repository: string;
  /** `https://github.com` or the GHES address. */
  serverUrl: string;
  runId?: string;
  description?: string;
  license?: string;
}

/** The fields of an event payload that tagging reads; everything else is ignored. */
export interface EventPayload {
  repository?: { default_branch?: string; description?: string | null; license?: { spdx_id?: string } | null };
  pull_request?: { number?: number; head?: { sha?: string; ref?: string }; base?: { ref?: string } };
  number?: number;
}

export type Environment = Record<string, string | undefined>;

/** Reads the event payload the runner wrote to `GITHUB_EVENT_PATH`; a missing path means an empty payload. */
export function readEventPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${errorMessage(error)}`);
  }
  try {
    return JSON.parse(text) as EventPayload;
  } catch (error) {
    throw new UserError(`The event payload at ${path} is not JSON: ${errorMessage(error)}`, { file: path });
  }
}

function required(env: Environment, name: string): string {
  const value = env[name];
  if (!value)
    throw new UserError(
      `${name} is not set: this action must run inside a GitHub Actions job (or be given the GITHUB_* variables the runner sets).`,
    );
  return value;
}

function isPullRequestEvent(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target';
}

/** Builds the context from the runner's variables (passed in, never read from `process.env` here). */
export function gitContextFrom(env: Environment, payload: EventPayload): GitContext {
  const eventName = required(env, 'GITHUB_EVENT_NAME');
  const ref = env.GITHUB_REF ?? '';
  const pr = isPullRequestEvent(eventName) ? payload.pull_request : undefined;
  const prFromRef = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
  return {
    eventName,
    ref,
    sha: pr?.head?.sha ?? required(env, 'GITHUB_SHA'),
    branch: pr ? (pr.head?.ref ?? env.GITHUB_HEAD_REF) : ref.startsWith('refs/heads/') ? ref.slice(11) : undefined,
    tag: ref.startsWith('refs/tags/') ? ref.slice(10) : undefined,
    prNumber: pr ? (pr.number ?? payload.number ?? (prFromRef ? Number(prFromRef) : undefined)) : undefined,
    baseRef: pr?.base?.ref ?? (env.GITHUB_BASE_REF || undefined),
    defaultBranch: payload.repository?.default_branch,
    repository: required(env, 'GITHUB_REPOSITORY'),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID,
    description: payload.repository?.description ?? undefined,
    license: payload.repository?.license?.spdx_id ?? undefined,
  };
}

export function isDefaultBranch(ctx: GitContext): boolean {
  return !isPullRequestEvent(ctx.eventName) && ctx.branch !== undefined && ctx.branch === ctx.defaultBranch;
}

export function repositoryUrl(ctx: GitContext): string {
  return `${ctx.serverUrl}/${ctx.repository}`;
}
