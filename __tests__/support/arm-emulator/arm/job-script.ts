/**
 * Job status scripts. A job starts NotStarted; every read of it (ARM get, run-history run/details/children)
 * applies the next step of its script, and the last step's status stays. A step may set pipeline child statuses,
 * an error, and log text appended to the job's (or a child's) log files.
 *
 *   emu.jobs.script('train-123', ['Running', 'Running', 'Completed']);
 *   emu.jobs.script('pipe-1', [
 *     { status: 'Running', children: { prep: 'Completed', train: 'Running' }, logs: { 'user_logs/std_log.txt': 'epoch 1\n' } },
 *     { status: 'Failed', children: { train: 'Failed' }, error: { code: 'UserError', message: 'train.py exited with 1' } },
 *   ]);
 */
import type { JsonObject } from '../json.js';
import type { StoredResource } from '../state.js';

export const TERMINAL_STATUSES = ['Completed', 'Failed', 'Canceled', 'NotResponding', 'Paused'];

export interface JobStep {
  status: string;
  /** Status per pipeline step name; steps not named follow the job (see `childStatus`). */
  children?: Record<string, string>;
  error?: { code: string; message: string };
  /** Text appended to the job's log files, by relative path. */
  logs?: Record<string, string>;
  /** Text appended to a child step's log files: step name -> path -> text. */
  childLogs?: Record<string, Record<string, string>>;
  /** Steps the service reused from an earlier run (run properties `azureml.isreused`, `azureml.reusedrunid`). */
  reused?: string[];
  /**
   * Child runs of a step, by status: step name -> child name -> status. They are the steps of a pipeline
   * component, the trials of a sweep, the mini-batch runs of a parallel step; a failed one carries the error.
   */
  nested?: Record<string, Record<string, string>>;
}

export type JobScript = (string | JobStep)[];

export interface ChildRun {
  runId: string;
  step: string;
  status: string;
  error?: { code: string; message: string };
  logs: Map<string, string>;
  startTimeUtc?: string;
  endTimeUtc?: string;
  /** The earlier run whose outputs this step reused, when the service reused it. */
  reusedRunId?: string;
  /** Its own child runs (see `JobStep.nested`), created as a script names them. */
  children?: ChildRun[];
}

export interface JobRecord {
  resource: StoredResource;
  /** Steps still to apply. */
  pending: JobStep[];
  error?: { code: string; message: string };
  logs: Map<string, string>;
  children: ChildRun[];
  startTimeUtc?: string;
  endTimeUtc?: string;
}

export const toStep = (step: string | JobStep): JobStep => (typeof step === 'string' ? { status: step } : step);

export const jobStatus = (job: JobRecord): string => String(job.resource.properties.status);

/** Applies the next step of the script, if any. */
export function advance(job: JobRecord): void {
  const step = job.pending.shift();
  if (step) applyStep(job, step);
}

export function applyStep(job: JobRecord, step: JobStep): void {
  const now = new Date().toISOString();
  job.resource.properties.status = step.status;
  job.resource.systemData.lastModifiedAt = now;
  if (step.status !== 'NotStarted' && !job.startTimeUtc) job.startTimeUtc = now;
  if (TERMINAL_STATUSES.includes(step.status)) job.endTimeUtc ??= now;
  if (step.error) job.error = step.error;
  appendLogs(job.logs, step.logs);
  job.children.forEach((child, index) => {
    child.status = step.children?.[child.step] ?? childStatus(step.status, index, job.children.length);
    if (child.status === 'Failed' && step.status === 'Failed') child.error ??= job.error;
    if (child.status !== 'NotStarted') child.startTimeUtc ??= now;
    if (TERMINAL_STATUSES.includes(child.status)) child.endTimeUtc ??= now;
    appendLogs(child.logs, step.childLogs?.[child.step]);
    if (step.reused?.includes(child.step)) child.reusedRunId ??= `${child.runId}-earlier`;
    applyNested(child, step.nested?.[child.step], step.error, now);
  });
}

/** Creates or updates the child runs a step names for one of the job's steps (deeper ones by `a/b` paths). */
function applyNested(
  parent: ChildRun,
  statuses: Record<string, string> | undefined,
  error: JobStep['error'],
  now: string,
): void {
  for (const [path, status] of Object.entries(statuses ?? {})) {
    // `inner/train`: the run `train` under the run `inner` (a pipeline component inside a pipeline component).
    const names = path.split('/');
    let owner = parent;
    for (const name of names.slice(0, -1)) owner = childRun(owner, name, status);
    const name = names[names.length - 1];
    const run = childRun(owner, name, status);
    run.status = status;
    if (status !== 'NotStarted') run.startTimeUtc ??= now;
    if (TERMINAL_STATUSES.includes(status)) run.endTimeUtc ??= now;
    if (status === 'Failed') run.error ??= error ?? { code: 'UserError', message: `${name} failed` };
  }
}

/** The child run `name` of `parent`, created (with `status`) when a script first names it. */
function childRun(parent: ChildRun, name: string, status: string): ChildRun {
  parent.children ??= [];
  let run = parent.children.find((c) => c.step === name);
  if (!run) {
    run = { runId: `${parent.runId}_${name}`, step: name, status, logs: new Map() };
    parent.children.push(run);
  }
  return run;
}

/** A child's status when the step does not name it: it follows the job; a failed job fails its last step. */
export function childStatus(jobStatus: string, index: number, count: number): string {
  if (jobStatus === 'Failed') return index === count - 1 ? 'Failed' : 'Completed';
  if (jobStatus === 'CancelRequested') return 'Canceled';
  return jobStatus;
}

function appendLogs(target: Map<string, string>, logs: Record<string, string> | undefined): void {
  for (const [path, text] of Object.entries(logs ?? {})) target.set(path, (target.get(path) ?? '') + text);
}

export function errorBody(error: { code: string; message: string } | undefined): JsonObject | null {
  return error ? { code: error.code, message: error.message } : null;
}
