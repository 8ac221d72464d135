/**
 * The steps the individual actions and the root action share, with their post-step protocols written once:
 * a job this run submitted is cancelled by the post step unless it was followed to its end, and a compute
 * instance this run started is stopped when asked. What a step must remember for its post step goes through
 * `StepState` (as actions/cache's state provider): `core.saveState` in an action, a map in tests.
 */
import type { Logger } from '../core/logger.js';
import type { SignalTarget } from '../jobs/index.js';
import type { Backend, ComputeOutcome, ComputeRequest, PipelineResult, PipelineRun } from './backend.js';

/** What a step leaves for its post step, and reads back there. */
export interface StepState {
  save(key: string, value: string): void;
  /** '' when nothing was saved under `key`. */
  get(key: string): string;
}

/** State kept in memory: for code that runs main and post in one process (and for tests). */
export class MemoryState implements StepState {
  private readonly values = new Map<string, string>();

  save(key: string, value: string): void {
    this.values.set(key, value);
  }

  get(key: string): string {
    return this.values.get(key) ?? '';
  }
}

const COMPUTE = 'compute-name';
const COMPUTE_STARTED = 'compute-started-by-this-run';
const JOB = 'job-name';
const JOB_FOLLOWED = 'job-followed-to-end';

/** Ensures the compute, remembering it and, before the start is requested, that this run started it. */
export async function ensureComputeStep(
  backend: Backend,
  request: Omit<ComputeRequest, 'onStartRequested'>,
  state: StepState,
): Promise<ComputeOutcome> {
  const name = request.name ?? request.spec?.name;
  if (name) state.save(COMPUTE, name);
  // Saved before the start is awaited: a cancelled or timed-out run must still stop what it started.
  return backend.ensureCompute({ ...request, onStartRequested: () => state.save(COMPUTE_STARTED, 'true') });
}

/** The post step's half of ensureComputeStep: stops the instance this run started, never one it did not. */
export async function stopStartedCompute(
  backend: Backend,
  state: StepState,
  options: { stopOnExit: boolean; waitTimeoutMs: number; log: Logger },
): Promise<void> {
  if (!options.stopOnExit) return;
  const name = state.get(COMPUTE);
  if (!name || state.get(COMPUTE_STARTED) !== 'true') {
    options.log.info(`Nothing to stop: this run did not start ${name ? `'${name}'` : 'a compute'}.`);
    return;
  }
  const result = await backend.stopCompute(name, options.waitTimeoutMs);
  options.log.info(
    result.stopped ? `Stopped compute instance '${name}'.` : `Compute instance '${name}' left as ${result.state}.`,
  );
}

/** Follows (or runs) a job to its end, remembering it first so the post step can cancel what is left running. */
export async function followJobStep(
  run: PipelineRun,
  state: StepState,
  options: { timeoutMs?: number; signals: SignalTarget },
): Promise<PipelineResult> {
  state.save(JOB, run.job.name);
  const result = await run.follow(options);
  state.save(JOB_FOLLOWED, 'true');
  return result;
}

/** The post step's half of followJobStep: cancels the job when the step ended before following it to its end. */
export async function cancelUnfollowedJob(backend: Backend, state: StepState, log: Logger): Promise<void> {
  const name = state.get(JOB);
  if (!name || state.get(JOB_FOLLOWED) === 'true') return;
  const outcome = await backend.cancelJob(name);
  log.info(
    outcome.cancelRequested
      ? `Cancelled ${backend.label} job '${name}' (it was ${outcome.status}): the workflow stopped following it.`
      : `${backend.label} job '${name}' needs no cancel (${outcome.status ?? 'not found'}).`,
  );
}
