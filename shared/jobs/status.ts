/**
 * Job statuses as Azure ML reports them (JobBase.status, and run history's Run.status for steps).
 *
 * The sets follow azure-ai-ml's streaming loop, which keeps waiting only while a job is in a known
 * "still going" state; every other state ends the wait. Unlike `az ml job create --stream`, we keep
 * waiting through `CancelRequested` (the job is not over yet) and treat every end other than
 * `Completed` as a failure (az exits 0 on Canceled, NotResponding and Paused).
 */

/** States in which a job (or step) is still on its way to an end. */
const ACTIVE = new Set([
  'NotStarted',
  'Starting',
  'Provisioning',
  'Preparing',
  'Queued',
  'Running',
  'Finalizing',
  'CancelRequested',
]);

/** The only end that passes. */
export const COMPLETED = 'Completed';

/** True while the job has not reached an end; an unrecognised state counts as an end (and a failure). */
export function isActive(status: string | undefined): boolean {
  return status === undefined || ACTIVE.has(status);
}

export function isCompleted(status: string | undefined): boolean {
  return status === COMPLETED;
}

/** True for an end other than Completed: Failed, Canceled, NotResponding, Paused, Unknown, or a new state. */
export function isUnsuccessfulEnd(status: string | undefined): boolean {
  return !isActive(status) && !isCompleted(status);
}

/** States where a cancel request is pointless: the job has ended, or a cancel is already on its way. */
export function isCancelPointless(status: string | undefined): boolean {
  return status === 'CancelRequested' || (status !== undefined && !isActive(status));
}
