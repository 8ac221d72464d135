/**
 * Following a pipeline job to its end: its own status from ARM (the source of truth for the result),
 * its steps from run history (for the log and the summary), and its logs on the side.
 */
import type { JobBase } from '../azure/ml-api/types.js';
import { errorMessage } from '../core/errors.js';
import type { AzureSession } from '../azure/session.js';
import { anonymousGetter } from './data-plane.js';
import { getJob, jobIdOf, outputsOf, statusOf, studioUrlOf } from './job-resource.js';
import { LogTail } from './log-tail.js';
import { defaultPollBounds, pollDelayMs, sleep } from './poll.js';
import type { PollBounds } from './poll.js';
import { RunHistory } from './run-history.js';
import { StepTracker, formatDuration, hasChildRuns } from './steps.js';
import { isActive, isCompleted } from './status.js';
import type { JobResult } from './types.js';

export interface FollowOptions {
  /** Stop following after this long; the job keeps running and the result says `timedOut`. */
  timeoutMs?: number;
  /** Print the steps' logs while they run (default true). */
  logs?: boolean;
  /** Stops following at once (pass `CancelGuard.signal`); the result holds the status last seen. */
  abortSignal?: AbortSignal;
  /** Poll interval bounds; default from the session's `pollIntervalMs` up to a minute. */
  pollBounds?: PollBounds;
  /** Called before every wait; `CancelGuard.keepFresh` goes here. */
  onPoll?: () => Promise<void>;
  /** Whether the job was attached to rather than submitted by this run (copied to the result). */
  attached?: boolean;
  /** Injected run history (tests); by default discovered from the workspace. */
  runHistory?: RunHistory | null;
}

/** How deep nested child runs are followed (pipeline components in pipeline components, their sweeps, …). */
const MAX_NESTING = 4;

/** ARM reads that may fail in a row (after the client's own retries) before following gives up. */
const MAX_READ_FAILURES = 5;

export async function followJob(session: AzureSession, name: string, options: FollowOptions = {}): Promise<JobResult> {
  const log = session.log;
  const startedAt = Date.now();
  const bounds = options.pollBounds ?? defaultPollBounds(session.pollIntervalMs);
  const history = options.runHistory === undefined ? await RunHistory.connect(session) : options.runHistory;
  const steps = new StepTracker(log);
  const stepReader = history ? new StepReader(history, steps, name, session) : undefined;
  const tail = history && options.logs !== false ? new LogTail(history, anonymousGetter(), log) : undefined;

  let job = await getJob(session, name);
  let lastStatus: string | undefined;
  let timedOut = false;
  let stopped = false;
  let readFailures = 0;
  for (;;) {
    const status = statusOf(job);
    if (status !== lastStatus)
      log.info(`Pipeline job ${name}: ${status} (${formatDuration(Date.now() - startedAt)} in)`);
    lastStatus = status;
    await stepReader?.refresh();
    tail?.poke(steps.list());
    if (!isActive(status)) break;
    if (options.abortSignal?.aborted) {
      stopped = true;
      break;
    }
    if (options.timeoutMs !== undefined && Date.now() - startedAt >= options.timeoutMs) {
      timedOut = true;
      break;
    }
    await options.onPoll?.();
    await sleep(pollDelayMs(Date.now() - startedAt, bounds), options.abortSignal);
    if (options.abortSignal?.aborted) {
      stopped = true;
      break;
    }
    try {
      job = await getJob(session, name);
      readFailures = 0;
    } catch (error) {
      // A job of hours must survive a flaky minute; the client has retried already.
      if (++readFailures >= MAX_READ_FAILURES) throw error;
      log.warning(`Reading job '${name}' failed (${errorMessage(error)}); trying again at the next poll.`);
    }
  }
  // A cancelled workflow has seconds left: no final reads then.
  const settled = stopped ? undefined : await stepReader?.settle(statusOf(job));
  if (!stopped) await tail?.finish(steps.list());
  return buildResult(session, name, job, {
    steps,
    stepsKnown: Boolean(stepReader?.everRead),
    timedOut,
    stopped,
    attached: options.attached ?? false,
    parentError: settled?.error,
    durationMs: settled?.durationMs ?? Date.now() - startedAt,
  });
}

/** Reads the steps from run history each poll; its failures are warned about once and never fatal. */
class StepReader {
  everRead = false;
  private warned = false;

  constructor(
    private readonly history: RunHistory,
    private readonly steps: StepTracker,
    private readonly jobName: string,
    private readonly session: AzureSession,
  ) {}

  async refresh(): Promise<void> {
    try {
      await this.readLevel(this.jobName, '', 0);
      this.everRead = true;
    } catch (error) {
      const message = `Listing the steps of '${this.jobName}' failed (${errorMessage(error)}); following the job status.`;
      if (this.warned) this.session.log.debug(message);
      else this.session.log.warning(message);
      this.warned = true;
    }
  }

  /**
   * Reads the child runs of `runId` and, below those that have their own (pipeline components, sweeps, parallel
   * steps), theirs: a nested step is named by its path, so a failure deep down says where it happened.
   */
  private async readLevel(runId: string, path: string, depth: number): Promise<void> {
    const runs = await this.history.children(runId);
    this.steps.update(runs, path);
    if (depth >= MAX_NESTING) return;
    for (const run of runs.filter(hasChildRuns)) {
      const name = run.displayName || run.name || run.runId;
      await this.readLevel(run.runId, path ? `${path}/${name}` : name, depth + 1);
    }
  }

  /**
   * After the end: one more read (steps may lag behind the pipeline), the errors of failed steps that the
   * list left out, and the pipeline run's own error (for a failure no step explains) and duration.
   */
  async settle(status: string): Promise<{ error?: string; durationMs?: number }> {
    await this.refresh();
    if (!isCompleted(status)) {
      for (const step of this.steps.list()) {
        if (step.status !== 'Failed' || step.error) continue;
        const details = await this.history.details(step.runId).catch(() => undefined);
        const message = details?.error?.error?.message;
        if (message) this.steps.amend(step.runId, { error: message });
      }
    }
    const run = await this.history.run(this.jobName).catch(() => undefined);
    const start = run?.startTimeUtc ? Date.parse(run.startTimeUtc) : NaN;
    const end = run?.endTimeUtc ? Date.parse(run.endTimeUtc) : NaN;
    return {
      error: isCompleted(status) ? undefined : run?.error?.error?.message || undefined,
      durationMs: Number.isFinite(start) && Number.isFinite(end) && end >= start ? end - start : undefined,
    };
  }
}

interface ResultParts {
  steps: StepTracker;
  stepsKnown: boolean;
  timedOut: boolean;
  stopped: boolean;
  attached: boolean;
  parentError?: string;
  durationMs: number;
}

function buildResult(session: AzureSession, name: string, job: JobBase, parts: ResultParts): JobResult {
  const status = statusOf(job);
  return {
    name,
    id: jobIdOf(session, job, name),
    studioUrl: studioUrlOf(session, job, name),
    status,
    passed: isCompleted(status) && !parts.timedOut && !parts.stopped,
    attached: parts.attached,
    stopped: parts.stopped,
    timedOut: parts.timedOut,
    steps: parts.steps.list(),
    stepsKnown: parts.stepsKnown,
    error: parts.parentError,
    durationMs: parts.durationMs,
    outputs: outputsOf(job, name),
  };
}
