/** The values the jobs library hands back to an action. */

/** One step (child run) of a pipeline job, as run history reports it. */
export interface StepResult {
  /** The node name in the pipeline YAML (run history's `displayName`). */
  name: string;
  /** The step's own run id (a job name of its own in the studio). */
  runId: string;
  status: string;
  /**
   * True when the service reused an earlier run's outputs instead of running the step (run property
   * `azureml.isreused` = "true", as azure-ai-ml reads it); false when it ran; undefined when unknown.
   */
  reused?: boolean;
  /** For a reused step, the run whose outputs were reused (`azureml.reusedrunid`). */
  reusedRunId?: string;
  /** The step's error message when it failed. */
  error?: string;
  startedAt?: Date;
  endedAt?: Date;
  durationMs?: number;
}

/** A job as it ended (or as it was when following stopped). */
export interface JobResult {
  name: string;
  /** The ARM resource id of the job. */
  id: string;
  studioUrl: string;
  /** The real final state, whatever it is (Completed, Failed, Canceled, NotResponding, Paused, ...). */
  status: string;
  /** True only for Completed. */
  passed: boolean;
  /** True when this run attached to a job that existed already instead of submitting one. */
  attached: boolean;
  /** True when following was stopped by its abort signal (the workflow was cancelled); `status` is as last seen. */
  stopped: boolean;
  /** True when following stopped at the timeout while the job was still going; `status` is its state then. */
  timedOut: boolean;
  /** Steps in the order they were first seen; empty when run history could not be read. */
  steps: StepResult[];
  /** False when run history was unavailable, so `steps` says nothing about the pipeline's steps. */
  stepsKnown: boolean;
  /** The job's own error message when it failed without a failing step to blame. */
  error?: string;
  durationMs: number;
  /** Pipeline output name -> URI (`azureml://...`). */
  outputs: Record<string, string>;
}

/** What a submit (or attach) returns before following: enough for `wait: false`. */
export interface SubmittedJob {
  name: string;
  id: string;
  studioUrl: string;
  /** The status right after submitting or attaching. */
  status: string;
  attached: boolean;
}
