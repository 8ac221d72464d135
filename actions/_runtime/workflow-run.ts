import { gitContextFrom, readEventPayload } from '../../shared/github/git-context.js';
import type { WorkflowRun } from '../../shared/jobs/naming.js';

/** The workflow run, from the runner's GITHUB_* variables and event payload (no GitHub API call). */
export function readWorkflowRun(env: NodeJS.ProcessEnv = process.env): WorkflowRun {
  const git = gitContextFrom(env, readEventPayload(env.GITHUB_EVENT_PATH));
  return {
    serverUrl: git.serverUrl,
    repository: git.repository,
    sha: git.sha,
    ref: git.ref,
    branch: git.branch,
    defaultBranch: git.defaultBranch,
    workflow: env.GITHUB_WORKFLOW ?? '',
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    job: env.GITHUB_JOB,
    actor: env.GITHUB_ACTOR ?? '',
    eventName: git.eventName,
    prNumber: git.prNumber,
  };
}
