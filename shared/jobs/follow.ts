/**
 * Following a pipeline job to its end: its own status from ARM (the source of truth for the result),
 * its steps from run history (for the log and the summary), and its logs on the side.
 */
import type { JobBase } from '../azure/ml-api/types.js';
import { errorMessage } from '../core/errors.js';
import type { AzureSession } from '../azure/session.js';
import { mlScope } from '../azure/cloud.js';
import { statusCodeOf } from '../azure/rest-errors.js';
import { anonymousGetter, authenticatedGetter } from './data-plane.js';
import { getJob, jobIdOf, outputsOf, statusOf, studioUrlOf } from './job-resource.js';
import { LogTail } from './log-tail.js';
import { PollPacer, defaultPollBounds, systemClock } from './poll.js';
import { retryAfterMs } from '../azure/rest-errors.js';
import type { Clock, PollBounds } from './poll.js';
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
  /** The clock polls are timed and waited on (tests and benchmarks simulate hours with it). */
  clock?: Clock;
}

/** How deep nested child runs are followed (pipeline components in pipeline components, their sweeps, …). */
const MAX_NESTING = 4;

/** ARM reads that may fail in a row (after the client's own retries) before following gives up. */
const MAX_READ_FAILURES = 5;

export async function followJob(session: AzureSession, name: string, options: FollowOptions = {}): Promise<JobResult> {
  const log = session.log;
  const clock = options.clock ?? systemClock;
  const startedAt = clock.now();
  const bounds = options.pollBounds ?? defaultPollBounds(session.pollIntervalMs);
  const pacer = new PollPacer(bounds, clock);
  const history =
    options.runHistory === undefined
      ? await RunHistory.connect(
          session,
          authenticatedGetter(session.credential, mlScope(session.cloud), { throttledToCaller: true }),
        )
      : options.runHistory;
  const steps = new StepTracker(log);
  const stepReader = history ? new StepReader(history, steps, name, session, clock) : undefined;
  const tail = history && options.logs !== false ? new LogTail(history, anonymousGetter(), log) : undefined;

  let job = await getJob(session, name);
  let lastStatus: string | undefined;
  let timedOut = false;
  let stopped = false;
  let readFailures = 0;
  let jobWaitMs = 0;
  for (;;) {
    const status = statusOf(job);
    const jobChanged = status !== lastStatus;
    if (jobChanged) log.info(`Pipeline job ${name}: ${status} (${formatDuration(clock.now() - startedAt)} in)`);
    lastStatus = status;
    const read = await stepReader?.refresh();
    tail?.poke(steps.list());
    if (!isActive(status)) break;
    if (options.abortSignal?.aborted) {
      stopped = true;
      break;
    }
    if (options.timeoutMs !== undefined && clock.now() - startedAt >= options.timeoutMs) {
      timedOut = true;
      break;
    }
    await options.onPoll?.();
    const changed = jobChanged || (read?.changed ?? 0) > 0;
    await clock.sleep(pacer.nextDelay(changed, Math.max(jobWaitMs, read?.waitMs ?? 0)), options.abortSignal);
    if (options.abortSignal?.aborted) {
      stopped = true;
      break;
    }
    try {
      job = await getJob(session, name);
      readFailures = 0;
      jobWaitMs = 0;
    } catch (error) {
      // A job of hours must survive a flaky minute; the client has retried already.
      if (++readFailures >= MAX_READ_FAILURES) throw error;
      jobWaitMs = throttledWaitMs(error, clock, bounds);
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
    durationMs: settled?.durationMs ?? clock.now() - startedAt,
  });
}

/**
 * How long a failed read asks the next poll to wait: its Retry-After when it was throttled (429) or the service
 * was unavailable (503); the ceiling interval when it said neither; nothing for other failures.
 */
function throttledWaitMs(error: unknown, clock: Clock, bounds: PollBounds): number {
  const asked = retryAfterMs(error, clock.now());
  if (asked !== undefined) return asked;
  return [429, 503].includes(statusCodeOf(error) ?? 0) ? bounds.maxMs : 0;
}

/** What one read of the steps saw: how many steps changed, and how long the service asked us to wait. */
interface StepRead {
  changed: number;
  waitMs: number;
}

/** Reads the steps from run history each poll; its failures are warned about once and never fatal. */
class StepReader {
  everRead = false;
  private warned = false;
  /** Container runs (pipeline components, sweeps) listed after they ended: their child runs cannot change. */
  private readonly settledContainers = new Set<string>();

  constructor(
    private readonly history: RunHistory,
    private readonly steps: StepTracker,
    private readonly jobName: string,
    private readonly session: AzureSession,
    private readonly clock: Clock,
  ) {}

  async refresh(): Promise<StepRead> {
    try {
      const changed = await this.readLevel(this.jobName, '', 0);
      this.everRead = true;
      return { changed, waitMs: 0 };
    } catch (error) {
      const message = `Listing the steps of '${this.jobName}' failed (${errorMessage(error)}); following the job status.`;
      if (this.warned) this.session.log.debug(message);
      else this.session.log.warning(message);
      this.warned = true;
      return { changed: 0, waitMs: retryAfterMs(error, this.clock.now()) ?? 0 };
    }
  }

  /**
   * Reads the child runs of `runId` (one paged list call, however many steps) and, below those that have their
   * own (pipeline components, sweeps, parallel steps) and are still going, theirs: a nested step is named by its
   * path, so a failure deep down says where it happened. Returns how many steps changed.
   */
  private async readLevel(runId: string, path: string, depth: number): Promise<number> {
    const runs = await this.history.children(runId);
    let changed = this.steps.update(runs, path);
    if (depth >= MAX_NESTING) return changed;
    for (const run of runs.filter(hasChildRuns)) {
      if (this.settledContainers.has(run.runId)) continue;
      const name = run.displayName || run.name || run.runId;
      changed += await this.readLevel(run.runId, path ? `${path}/${name}` : name, depth + 1);
      if (!isActive(run.status)) this.settledContainers.add(run.runId);
    }
    return changed;
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
