/**
 * The submit-and-follow flow shared by submit-pipeline and the root action, for both backends. Entries
 * decide what to print and output; the flow itself lives here once.
 */
import { anonymousRegistrar, anonymousSpecRegistrar } from '../assets/anonymous.js';
import type { AzureSession } from '../azure/session.js';
import type { Logger } from '../core/logger.js';
import * as jobs from '../jobs/index.js';
import type { JobResult, SignalTarget, SubmittedJob } from '../jobs/index.js';
import type { WorkflowRun } from '../jobs/naming.js';
import type { LocalJobResult, LocalWorkspace } from '../local/index.js';
import type { PipelineJob } from '../pipeline/model.js';
import { preparePipelineSubmission } from './prepare.js';
import type { PreparedSubmission } from './prepare.js';

export interface SubmitOptions {
  run: WorkflowRun;
  name?: string;
  experimentName?: string;
  forceRerun: boolean;
  dryRun: boolean;
}

/**
 * Registers what the pipeline needs and submits it (or attaches to the job of the same name). A dry run
 * returns the prepared body and writes nothing.
 */
export async function submitPipeline(
  session: AzureSession,
  pipeline: PipelineJob,
  options: SubmitOptions,
): Promise<{ prepared: PreparedSubmission; submitted?: SubmittedJob }> {
  const prepared = await preparePipelineSubmission(session, pipeline, {
    run: options.run,
    name: options.name,
    experimentName: options.experimentName,
    dryRun: options.dryRun,
    // The register-components engine: unchanged components and code cost one read, no upload.
    ...anonymousRegistrar(session, { tags: jobs.traceTags(options.run) }),
    registerComponentSpec: anonymousSpecRegistrar(session, { tags: jobs.traceTags(options.run) }),
  });
  if (options.dryRun) return { prepared };
  const submitted = await jobs.submitOrAttach(session, {
    name: prepared.name,
    body: prepared.body,
    run: options.run,
    forceRerun: options.forceRerun,
  });
  return { prepared, submitted };
}

/**
 * Follows a job to its end. While following, SIGINT/SIGTERM (the runner cancelling the workflow) sends the
 * cancel at once, with a token fetched in advance.
 */
export async function followWithCancel(
  session: AzureSession,
  submitted: SubmittedJob,
  options: { timeoutMs?: number; signals: SignalTarget },
): Promise<JobResult> {
  const guard = await jobs.CancelGuard.prepare(session, submitted.name);
  const removeHandlers = guard.installSignalHandlers(options.signals);
  try {
    return await jobs.followJob(session, submitted.name, {
      timeoutMs: options.timeoutMs,
      logs: true,
      attached: submitted.attached,
      abortSignal: guard.signal,
      onPoll: () => guard.keepFresh(),
    });
  } finally {
    removeHandlers();
  }
}

/** The local backend: runs the pipeline on this machine with the step cache; a signal cancels the run. */
export async function runPipelineLocally(
  workspace: LocalWorkspace,
  pipeline: PipelineJob,
  options: { identity: jobs.JobIdentity; run: WorkflowRun; forceRerun: boolean; signals: SignalTarget; log: Logger },
): Promise<LocalJobResult> {
  const cancel = new AbortController();
  const onSignal = () => cancel.abort();
  options.signals.on('SIGINT', onSignal);
  options.signals.on('SIGTERM', onSignal);
  try {
    // Imported here, not at the top: the Azure backend imports this module too, and must not load the local runner.
    const { runLocalPipeline } = await import('../local/index.js');
    const { identity } = options;
    return await runLocalPipeline(workspace, pipeline, {
      name: identity.name,
      tags: { ...jobs.traceTags(options.run), ...identity.tags },
      forceRerun: options.forceRerun,
      signal: cancel.signal,
      log: options.log,
    });
  } finally {
    options.signals.off('SIGINT', onSignal);
    options.signals.off('SIGTERM', onSignal);
  }
}
