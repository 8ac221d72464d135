/**
 * The steps of a pipeline job as run history lists them: turned into `StepResult`s, with each status
 * change logged once, and reuse (the service skipping a step whose inputs and code did not change) told apart.
 */
import type { Logger } from '../core/logger.js';
import type { RunRecord } from './run-history.js';
import { isActive } from './status.js';
import type { StepResult } from './types.js';

/** Run properties azure-ai-ml reads to tell a reused node (`PipelineConstants.REUSED_FLAG_FIELD`). */
const REUSED_FLAG = 'azureml.isreused';
const REUSED_RUN = 'azureml.reusedrunid';

/**
 * Run types whose runs have child runs worth following: the steps of a pipeline component, the trials of a
 * sweep, the mini-batch runs of a parallel step.
 */
const CONTAINER_RUN_TYPES = ['azureml.pipelinerun', 'hyperdrive', 'azureml.parallelrunstep'];

/** Whether run history lists child runs under this run. */
export function hasChildRuns(run: RunRecord): boolean {
  const runType = (run as RunRecord & { runType?: string }).runType;
  return typeof runType === 'string' && CONTAINER_RUN_TYPES.includes(runType.toLowerCase());
}

/** A step named by its path from the pipeline job: `train_pipeline/train_step` for a step of a step. */
export function stepOf(run: RunRecord, parentPath = ''): StepResult {
  const startedAt = parseDate(run.startTimeUtc);
  const endedAt = parseDate(run.endTimeUtc);
  const reusedFlag = run.properties?.[REUSED_FLAG];
  const name = run.displayName || run.name || run.runId;
  return {
    name: parentPath ? `${parentPath}/${name}` : name,
    runId: run.runId,
    status: run.status ?? 'Unknown',
    reused: reusedFlag === undefined ? (run.properties ? false : undefined) : reusedFlag.toLowerCase() === 'true',
    reusedRunId: run.properties?.[REUSED_RUN] || undefined,
    error: run.error?.error?.message || undefined,
    startedAt,
    endedAt,
    durationMs: startedAt && endedAt ? endedAt.getTime() - startedAt.getTime() : undefined,
  };
}

/** Remembers the last status of each step and logs the changes. */
export class StepTracker {
  private readonly steps = new Map<string, StepResult>();

  constructor(private readonly log: Logger) {}

  /**
   * Takes the latest child runs (of the job, or of the step at `parentPath`); logs every step that appeared or
   * changed status since the last call; returns how many did.
   */
  update(runs: RunRecord[], parentPath = ''): number {
    let changed = 0;
    for (const run of runs) {
      const step = stepOf(run, parentPath);
      const before = this.steps.get(step.runId);
      this.steps.set(step.runId, step);
      if (before?.status === step.status) continue;
      this.log.info(describeChange(step));
      changed++;
    }
    return changed;
  }

  /** Adds what a later, fuller read found (e.g. the error of a failed step from its details). */
  amend(runId: string, change: Partial<StepResult>): void {
    const step = this.steps.get(runId);
    if (step) this.steps.set(runId, { ...step, ...change });
  }

  /** Steps still running (whose logs are worth tailing). */
  active(): StepResult[] {
    return this.list().filter((s) => isActive(s.status));
  }

  list(): StepResult[] {
    return [...this.steps.values()];
  }
}

function describeChange(step: StepResult): string {
  let text = `  step ${step.name}: ${step.status}`;
  if (step.reused) text += ' (reused an earlier run' + (step.reusedRunId ? ` ${step.reusedRunId})` : ')');
  if (!isActive(step.status) && step.durationMs !== undefined) text += ` after ${formatDuration(step.durationMs)}`;
  if (step.error) text += ` - ${step.error}`;
  return text;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h) return `${h}h ${m}m ${s}s`;
  if (m) return `${m}m ${s}s`;
  return `${s}s`;
}

function parseDate(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
