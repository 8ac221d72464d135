/**
 * Submitting a pipeline job under its traceable name, or attaching to the job that name already has:
 * a repeated attempt (a retried step, a re-run of the same attempt) must never start a second job.
 */
import type { JobBase, PipelineJob } from '../azure/ml-api/types.js';
import { UserError } from '../core/errors.js';
import { describeAzureFailure } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import { findJob, getJob, jobIdOf, putJob, statusOf, studioUrlOf } from './job-resource.js';
import { assertSameContent, CONTENT_TAG } from './identity.js';
import { GIT_PROPERTIES, traceProperties, traceTags } from './naming.js';
import type { WorkflowRun } from './naming.js';
import type { SubmittedJob } from './types.js';

export interface SubmitOptions {
  /** The job name (see `resolveJobName`). */
  name: string;
  /** The converted pipeline job (`properties.jobType: "Pipeline"`), as `jobs.createOrUpdate` takes it. */
  body: JobBase;
  /** The workflow run, for traceability tags and git properties; omitted outside GitHub Actions. */
  run?: WorkflowRun;
  /** Sets `settings.force_rerun` (no step reuses an earlier run's outputs); undefined keeps the YAML's. */
  forceRerun?: boolean;
}

/** Submits the job, or attaches to the job of that name when it exists already. */
export async function submitOrAttach(session: AzureSession, options: SubmitOptions): Promise<SubmittedJob> {
  const existing = await findJob(session, options.name);
  if (existing) return attachToExisting(session, options, existing);
  const body = withTraceability(options);
  let created: JobBase;
  try {
    created = await putJob(session, options.name, body);
  } catch (error) {
    // Another process may have created it between our look-up and our PUT (two retries racing).
    const raced = await findJob(session, options.name).catch(() => undefined);
    if (raced) return attachToExisting(session, options, raced);
    throw describeAzureFailure(`Submitting pipeline job '${options.name}'`, error);
  }
  const submitted = describeSubmitted(session, options.name, created, false);
  session.log.info(`Submitted pipeline job '${submitted.name}' (status ${submitted.status}).`);
  session.log.info(`Studio: ${submitted.studioUrl}`);
  return submitted;
}

/** Follows nothing yet: reads an existing job for `attach`, failing clearly when it does not exist. */
export async function attachJob(session: AzureSession, name: string): Promise<SubmittedJob> {
  const job = await getJob(session, name);
  const attached = describeSubmitted(session, name, job, true);
  session.log.info(`Attached to job '${name}' (status ${attached.status}).`);
  session.log.info(`Studio: ${attached.studioUrl}`);
  return attached;
}

function attachToExisting(session: AzureSession, options: SubmitOptions, job: JobBase): SubmittedJob {
  const theirCommit = job.properties.properties?.[GIT_PROPERTIES.commit];
  if (options.run && theirCommit && theirCommit !== options.run.sha) {
    throw new UserError(
      `A job named '${options.name}' already exists in workspace '${session.workspace.workspace}', ` +
        `submitted from commit ${theirCommit}, but this run is at ${options.run.sha}. Job names are unique per ` +
        `workspace: leave 'name' empty to get a name per run attempt, or use 'attach: ${options.name}' to follow that job.`,
    );
  }
  // The body's content tag (jobIdentity) says what this step submits; another content is another job.
  const contentHash = (options.body.properties as PipelineJob).tags?.[CONTENT_TAG];
  if (contentHash)
    assertSameContent(options.name, contentHash, job.properties.tags, studioUrlOf(session, job, options.name));
  const attached = describeSubmitted(session, options.name, job, true);
  session.log.info(
    `Job '${options.name}' already exists (status ${attached.status}): attaching to it instead of submitting a duplicate.`,
  );
  session.log.info(`Studio: ${attached.studioUrl}`);
  return attached;
}

function describeSubmitted(session: AzureSession, name: string, job: JobBase, attached: boolean): SubmittedJob {
  return {
    name,
    id: jobIdOf(session, job, name),
    studioUrl: studioUrlOf(session, job, name),
    status: statusOf(job),
    attached,
  };
}

/** The body with the run's tags and git properties added (the YAML's own keys win) and force_rerun set. */
export function withTraceability(options: SubmitOptions): JobBase {
  const props = options.body.properties as PipelineJob;
  if (props.jobType !== 'Pipeline') {
    throw new UserError(`Expected a pipeline job body (jobType "Pipeline"), got jobType "${props.jobType}".`);
  }
  const run = options.run;
  const settings =
    options.forceRerun === undefined ? props.settings : { ...props.settings, force_rerun: options.forceRerun };
  return {
    ...options.body,
    properties: {
      ...props,
      tags: run ? { ...traceTags(run), ...props.tags } : props.tags,
      properties: run ? { ...traceProperties(run), ...props.properties } : props.properties,
      ...(settings === undefined ? {} : { settings }),
    },
  };
}
