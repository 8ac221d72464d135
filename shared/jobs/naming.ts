/**
 * Names and labels that tie an Azure ML job to the workflow run that submitted it: a deterministic job
 * name (so a repeated attempt finds its job instead of submitting a twin), tags shown in the studio, and
 * the git properties azure-ai-ml writes, so the studio's "source" panel shows the commit.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';

/** The workflow run a job comes from; the action fills it from the `GITHUB_*` variables and the event. */
export interface WorkflowRun {
  /** `https://github.com` or the GHES address. */
  serverUrl: string;
  /** `owner/name`. */
  repository: string;
  /** The commit built (on a pull request, the PR head commit). */
  sha: string;
  /** `refs/heads/main`, `refs/pull/7/merge`, ... */
  ref: string;
  /** The branch (the PR's head branch on a pull request). */
  branch?: string;
  defaultBranch?: string;
  workflow: string;
  runId: string;
  runAttempt: string;
  /** The workflow job's key (`GITHUB_JOB`): matrix legs share it, other jobs of the run do not. */
  job?: string;
  actor: string;
  eventName?: string;
  prNumber?: number;
}

/** The service's rule for job names (PUT jobs/{id}); ARM compares names case-insensitively. */
export const JOB_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
const MAX_NAME = 255;
const SHORT_SHA = 7;

/**
 * Makes any text a valid job (or experiment) name: characters outside `[a-zA-Z0-9_-]` become `-`,
 * runs of `-` collapse, the first character is a letter or digit, and a name cut to `max` keeps a short
 * hash of what was cut, so two long names that differ only at the end stay different.
 */
export function sanitizeName(raw: string, max = MAX_NAME): string {
  const cleaned = raw
    .trim()
    .replace(/[^a-zA-Z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+/, '')
    .replace(/-+$/, '');
  if (cleaned.length <= max) return cleaned;
  const hash = createHash('sha256').update(cleaned).digest('hex').slice(0, 8);
  return `${cleaned.slice(0, max - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

/**
 * `<pipeline>-<short sha>-<run id>-<run attempt>[-<job key>][-<content hash>]`, lower-cased (ARM treats
 * names case-insensitively, and studio URLs are shared), within 255 characters: the same content submitted
 * from the same workflow job of the same run attempt always gets the same name, and nothing else does (two
 * matrix legs share the job key but not the content; see identity.ts).
 */
export function deterministicJobName(pipelineName: string | undefined, run: WorkflowRun, contentHash?: string): string {
  const key = run.job ? sanitizeName(run.job, 40) : '';
  const jobKey = key ? `-${key}` : '';
  const hash = contentHash ? `-${contentHash}` : '';
  const suffix = `-${run.sha.slice(0, SHORT_SHA)}-${run.runId}-${run.runAttempt}${jobKey}${hash}`.toLowerCase();
  const base = pipelineName?.trim() || run.repository.split('/').pop() || 'pipeline';
  const cleanSuffix = suffix.replace(/[^a-z0-9_-]+/g, '-');
  return (sanitizeName(base.toLowerCase(), MAX_NAME - cleanSuffix.length) || 'pipeline') + cleanSuffix;
}

/**
 * The job name to use: the one given (made valid, saying so when that changed it), else the
 * deterministic name of this run attempt.
 */
export function resolveJobName(
  given: string | undefined,
  pipelineName: string | undefined,
  run: WorkflowRun,
  log: Pick<Logger, 'info'>,
): string {
  if (!given?.trim()) return deterministicJobName(pipelineName, run);
  const name = sanitizeName(given);
  if (!name)
    throw new UserError(`Job name '${given}' has no letter or digit; a job name must match ${JOB_NAME_PATTERN}.`);
  if (name !== given) log.info(`Job name '${given}' is not valid for Azure ML; using '${name}'.`);
  return name;
}

/**
 * The experiment a run lands in: the given one, with the branch appended on any branch other than the
 * default branch, so feature-branch runs do not mix with main's history in the studio.
 */
export function experimentNameFor(experiment: string, run: Pick<WorkflowRun, 'branch' | 'defaultBranch'>): string {
  const onOtherBranch = run.branch && run.defaultBranch && run.branch !== run.defaultBranch;
  return sanitizeName(onOtherBranch ? `${experiment}-${run.branch}` : experiment);
}

export function runUrl(run: WorkflowRun): string {
  return `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`;
}

/** Tags shown (and filterable) in the studio. */
export function traceTags(run: WorkflowRun): Record<string, string> {
  const tags: Record<string, string> = {
    'github.repository': run.repository,
    'github.sha': run.sha,
    'github.ref': run.ref,
    'github.workflow': run.workflow,
    'github.run_id': run.runId,
    'github.run_attempt': run.runAttempt,
    'github.run_url': runUrl(run),
    'github.actor': run.actor,
  };
  if (run.eventName) tags['github.event_name'] = run.eventName;
  if (run.prNumber !== undefined) tags['github.pull_request'] = String(run.prNumber);
  return tags;
}

/** The property keys azure-ai-ml writes from git (`GitProperties` in its constants). */
export const GIT_PROPERTIES = {
  commit: 'mlflow.source.git.commit',
  branch: 'mlflow.source.git.branch',
  repoUrl: 'mlflow.source.git.repoURL',
  buildId: 'azureml.git.build_id',
  buildUri: 'azureml.git.build_uri',
} as const;

/**
 * Job properties as azure-ai-ml sets them from git, with the CI build standing for `AZUREML_GIT_BUILD_*`.
 * Properties can be added but never changed on an existing job, so they are written only at creation.
 */
export function traceProperties(run: WorkflowRun): Record<string, string> {
  const props: Record<string, string> = {
    [GIT_PROPERTIES.commit]: run.sha,
    [GIT_PROPERTIES.repoUrl]: `${run.serverUrl}/${run.repository}`,
    [GIT_PROPERTIES.buildId]: run.runId,
    [GIT_PROPERTIES.buildUri]: runUrl(run),
  };
  if (run.branch) props[GIT_PROPERTIES.branch] = run.branch;
  return props;
}
