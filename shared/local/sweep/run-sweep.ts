import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { mlflowImportable, readMetric } from './mlflow-store.js';
import { sampleTrials, type Distribution, type SamplingAlgorithm, type TrialParams } from './search-space.js';

/** A sweep step's settings, read from its YAML by the caller. */
export interface LocalSweep {
  stepName: string;
  searchSpace: Record<string, Distribution>;
  sampling: SamplingAlgorithm;
  objective: { goal: 'maximize' | 'minimize'; primaryMetric: string };
  limits: { maxTotalTrials?: number; maxConcurrentTrials?: number };
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
}

export interface SweepOutcome<T> {
  end: 'Completed' | 'Failed' | 'Canceled';
  trials: TrialReport[];
  best?: TrialReport & { outputs: T };
  error?: string;
}

/** Azure ML's default cap when a sweep sets no max_total_trials. */
const DEFAULT_MAX_TRIALS = 1000;

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
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next && !signal?.aborted; next = queue.shift()) {
      const name = `trial_${next.index}`;
      const trackingDir = join(folder, name, 'mlruns');
      await mkdir(trackingDir, { recursive: true });
      const env: Record<string, string> = { MLFLOW_TRACKING_URI: pathToFileURL(trackingDir).href };
      for (const [key, value] of Object.entries(next.params)) env[`AZUREML_SWEEP_${key}`] = String(value);
      log.info(`[${sweep.stepName}] ${name} ${JSON.stringify(next.params)}`);
      const ended = await runTrial({ index: next.index, name, params: next.params, env, trackingDir });
      const points = ended.end === 'Completed' ? await readMetric(trackingDir, metric) : [];
      const report: TrialReport & { outputs?: T } = { name, params: next.params, end: ended.end };
      if (points.length) report.metric = points[points.length - 1].value;
      if (ended.error) report.error = ended.error;
      if (ended.outputs) report.outputs = ended.outputs;
      log.info(
        `[${sweep.stepName}] ${name} ${ended.end}${report.metric !== undefined ? `, ${metric} = ${report.metric}` : ''}`,
      );
      reports[next.index] = report;
    }
  };
  const concurrency = Math.max(1, Math.min(sweep.limits.maxConcurrentTrials ?? trials.length, trials.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  const done = reports.filter(Boolean);
  const summary = done.map(({ outputs: _outputs, ...report }) => report);
  if (signal?.aborted) return { end: 'Canceled', trials: summary };
  const scored = done.filter((r) => r.end === 'Completed' && r.metric !== undefined && r.outputs);
  if (!scored.length) {
    const why = done.some((r) => r.end === 'Completed')
      ? `no completed trial logged the primary metric '${metric}' with MLflow`
      : 'every trial failed';
    return { end: 'Failed', trials: summary, error: why };
  }
  const sign = sweep.objective.goal === 'maximize' ? 1 : -1;
  const best = scored.reduce((a, b) => ((b.metric as number) * sign > (a.metric as number) * sign ? b : a));
  log.info(`[${sweep.stepName}] best: ${best.name} (${metric} = ${best.metric}, ${JSON.stringify(best.params)})`);
  return { end: 'Completed', trials: summary, best: best as TrialReport & { outputs: T } };
}
