/** The jobs library: submit or attach, follow, judge, cancel. See README.md in this folder. */
export { attachJob, submitOrAttach, withTraceability } from './submit.js';
export type { SubmitOptions } from './submit.js';
export { followJob } from './follow.js';
export type { FollowOptions } from './follow.js';
export { assertJobPassed, failingSteps, failureMessage } from './outcome.js';
export { CancelGuard, cancelJobIfRunning } from './cancel.js';
export type { BackstopResult, CancelOutcome, SignalTarget } from './cancel.js';
export {
  deterministicJobName,
  experimentNameFor,
  resolveJobName,
  sanitizeName,
  traceProperties,
  traceTags,
} from './naming.js';
export type { WorkflowRun } from './naming.js';
export { assertNameFitsContent, assertSameContent, CONTENT_TAG, jobIdentity, pipelineContentHash } from './identity.js';
export type { JobIdentity } from './identity.js';
export { formatDuration } from './steps.js';
export { isActive, isCompleted, isUnsuccessfulEnd } from './status.js';
export type { JobResult, StepResult, SubmittedJob } from './types.js';
