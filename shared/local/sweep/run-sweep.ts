import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { terminationReason, type EarlyTermination, type History } from './early-termination.js';
import { mlflowImportable, readMetric } from './mlflow-store.js';
import { sampleTrials, type Distribution, type SamplingAlgorithm, type TrialParams } from './search-space.js';

/** A sweep step's settings, read from its YAML by the caller. */
export interface LocalSweep {
  stepName: string;
  searchSpace: Record<string, Distribution>;
  sampling: SamplingAlgorithm;
  objective: { goal: 'maximize' | 'minimize'; primaryMetric: string };
  /**
   * `timeoutSeconds`: the whole sweep's (when reached, running trials are stopped, no new one starts, and the best
   * of those that completed is chosen); `trialTimeoutSeconds`: each trial's, a trial over it fails.
   */
  limits: {
    maxTotalTrials?: number;
    maxConcurrentTrials?: number;
    timeoutSeconds?: number;
    trialTimeoutSeconds?: number;
  };
  /** Applied while each trial runs, over the primary metric it has logged so far. */
  earlyTermination?: EarlyTermination;
}

/** One trial as the caller runs it: its parameters, and the environment that points MLflow at its own store. */
export interface SweepTrial {
  index: number;
  /** `trial_<n>`, for folders and logs. */
  name: string;
  params: TrialParams;
  /** `MLFLOW_TRACKING_URI=file:<trackingDir>` and `AZUREML_SWEEP_<param>` for each parameter, as on Azure ML. */
  env: Record<string, string>;
  trackingDir: string;
  /** Aborted when the early termination policy stops the trial: the caller stops its process (ends Canceled). */
  signal: AbortSignal;
}

export interface TrialEnd<T> {
  end: 'Completed' | 'Failed' | 'Canceled';
  outputs?: T;
  error?: string;
}

export interface TrialReport {
  name: string;
  params: TrialParams;
  end: TrialEnd<unknown>['end'];
  /** The last value of the primary metric the trial logged (highest step, then latest). */
  metric?: number;
  error?: string;
  /** Why the early termination policy stopped it. */
  terminated?: string;
}

export interface SweepOutcome<T> {
  end: 'Completed' | 'Failed' | 'Canceled';
  trials: TrialReport[];
  best?: TrialReport & { outputs: T };
  error?: string;
}

/** Azure ML's default cap when a sweep sets no max_total_trials. */
const DEFAULT_MAX_TRIALS = 1000;
/** How often a running trial's MLflow store is read when an early termination policy watches it. */
export const POLICY_POLL_MS = 200;

/**
 * Refuses, before anything runs, what a local sweep cannot honour: no `mlflow` on the runner (the metric could not
 * be read the way Azure ML reads it), bayesian sampling, grid over non-choice dimensions. Returns the trials.
 */
export async function planSweep(sweep: LocalSweep, env: NodeJS.ProcessEnv): Promise<TrialParams[]> {
  if (!(await mlflowImportable(env))) {
    throw new UserError(
      `step '${sweep.stepName}': a sweep reads each trial's ${sweep.objective.primaryMetric} from MLflow, and python3 ` +
        `on this runner cannot import mlflow; run it with backend: azure, or install mlflow on the runner`,
    );
  }
  try {
    return sampleTrials(sweep.searchSpace, sweep.sampling, sweep.limits.maxTotalTrials ?? DEFAULT_MAX_TRIALS);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`step '${sweep.stepName}': ${error.message}`);
    throw error;
  }
}

/**
 * Runs the trials, `maxConcurrentTrials` at a time, each logging to its own MLflow file store under `folder`;
 * reads the primary metric from each and picks the best completed trial by the goal. Its outputs are the step's.
 * Failed trials are reported and skipped, as on Azure; the sweep fails only when no trial yields the metric.
 */
export async function runSweep<T>(
  sweep: LocalSweep,
  trials: TrialParams[],
  folder: string,
  runTrial: (trial: SweepTrial) => Promise<TrialEnd<T>>,
  log: Logger,
  signal?: AbortSignal,
): Promise<SweepOutcome<T>> {
  const reports: (TrialReport & { outputs?: T })[] = [];
  const queue = trials.map((params, index) => ({ params, index }));
  const metric = sweep.objective.primaryMetric;
  // Every trial's primary metric so far, running or ended: what a policy compares a trial with.
  const histories = new Map<number, History>();
  const { timeoutSeconds } = sweep.limits;
  const deadline = timeoutSeconds ? AbortSignal.timeout(timeoutSeconds * 1000) : undefined;
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next && !signal?.aborted && !deadline?.aborted; next = queue.shift()) {
      const name = `trial_${next.index}`;
      const trackingDir = join(folder, name, 'mlruns');
      await mkdir(trackingDir, { recursive: true });
      const env: Record<string, string> = { MLFLOW_TRACKING_URI: pathToFileURL(trackingDir).href };
      for (const [key, value] of Object.entries(next.params)) env[`AZUREML_SWEEP_${key}`] = String(value);
      log.info(`[${sweep.stepName}] ${name} ${JSON.stringify(next.params)}`);
      const stop = new AbortController();
      const onDeadline = (): void => stop.abort();
      deadline?.addEventListener('abort', onDeadline);
      const index = next.index;
      const running = runTrial({ index, name, params: next.params, env, trackingDir, signal: stop.signal });
      const terminated = sweep.earlyTermination
        ? await watch(sweep, sweep.earlyTermination, index, trackingDir, histories, running, stop)
        : undefined;
      const ended = await running;
      deadline?.removeEventListener('abort', onDeadline);
      const timedOut =
        deadline?.aborted && ended.end === 'Canceled' ? `the sweep's limits.timeout of ${timeoutSeconds}s` : undefined;
      const points = await readMetric(trackingDir, metric);
      if (points.length)
        histories.set(
          index,
          points.map((p) => p.value),
        );
      const stoppedBy = terminated ?? timedOut;
      const end = stoppedBy && ended.end !== 'Completed' ? 'Canceled' : ended.end;
      const report: TrialReport & { outputs?: T } = { name, params: next.params, end };
      if (points.length) report.metric = points[points.length - 1].value;
      if (stoppedBy && end === 'Canceled') report.terminated = stoppedBy;
      else if (ended.error) report.error = ended.error;
      if (ended.outputs) report.outputs = ended.outputs;
      const shown = report.metric !== undefined ? `, ${metric} = ${report.metric}` : '';
      const why = report.terminated ? ` (stopped: ${report.terminated})` : '';
      log.info(`[${sweep.stepName}] ${name} ${end}${shown}${why}`);
      reports[index] = report;
    }
  };
  const concurrency = Math.max(1, Math.min(sweep.limits.maxConcurrentTrials ?? trials.length, trials.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (deadline?.aborted)
    log.info(
      `[${sweep.stepName}] limits.timeout of ${timeoutSeconds}s reached: running trials stopped, no new trial started`,
    );
  const done = reports.filter(Boolean);
  const summary = done.map(({ outputs: _outputs, ...report }) => report);
  if (signal?.aborted) return { end: 'Canceled', trials: summary };
  const scored = done.filter((r) => r.end === 'Completed' && r.metric !== undefined && r.outputs);
  if (!scored.length) {
    const why = done.some((r) => r.end === 'Completed')
      ? `no completed trial logged the primary metric '${metric}' with MLflow`
      : done.every((r) => r.terminated)
        ? `every trial was stopped (${done[0]?.terminated ?? 'early termination'})`
        : 'every trial failed';
    return { end: 'Failed', trials: summary, error: why };
  }
  const sign = sweep.objective.goal === 'maximize' ? 1 : -1;
  const best = scored.reduce((a, b) => ((b.metric as number) * sign > (a.metric as number) * sign ? b : a));
  log.info(`[${sweep.stepName}] best: ${best.name} (${metric} = ${best.metric}, ${JSON.stringify(best.params)})`);
  return { end: 'Completed', trials: summary, best: best as TrialReport & { outputs: T } };
}

/**
 * Reads the running trial's metric store every POLICY_POLL_MS until the trial ends, applying the policy at each new
 * interval; aborts the trial and returns why when the policy stops it.
 */
async function watch(
  sweep: LocalSweep,
  policy: EarlyTermination,
  index: number,
  trackingDir: string,
  histories: Map<number, History>,
  running: Promise<unknown>,
  stop: AbortController,
): Promise<string | undefined> {
  let ended = false;
  void running.finally(() => (ended = true));
  let seen = 0;
  while (!ended) {
    await Promise.race([sleep(POLICY_POLL_MS), running]);
    const values = (await readMetric(trackingDir, sweep.objective.primaryMetric)).map((p) => p.value);
    if (!values.length) continue;
    histories.set(index, values);
    const others = [...histories].filter(([i]) => i !== index).map(([, h]) => h);
    for (let interval = seen + 1; interval <= values.length && !ended; interval++) {
      const reason = terminationReason(policy, sweep.objective.goal, values, others, interval);
      if (reason) {
        stop.abort();
        return reason;
      }
    }
    seen = values.length;
  }
  return undefined;
}
