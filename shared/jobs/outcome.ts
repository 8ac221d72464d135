/**
 * The verdict on a followed job: only Completed passes. Every other end is named, with the step(s) that
 * caused it and their errors, because "exit 0 on Canceled" is what users of `az ml job create --stream` hit.
 */
import { UserError } from '../core/errors.js';
import { formatDuration } from './steps.js';
import { isActive } from './status.js';
import type { JobResult, StepResult } from './types.js';

/** Why a state is not a success, in the user's terms. */
const MEANING: Record<string, string> = {
  Failed: 'failed',
  Canceled: 'was canceled',
  NotResponding: 'stopped responding (NotResponding: the service lost contact with it)',
  Paused: 'is paused (Paused: it will not finish on its own)',
  Unknown: 'ended in state Unknown',
};

/** Steps to blame: the failed or cancelled ones, failed first. */
export function failingSteps(result: JobResult): StepResult[] {
  const bad = result.steps.filter((s) => s.status !== 'Completed' && !isActive(s.status));
  return bad.sort((a, b) => Number(b.status === 'Failed') - Number(a.status === 'Failed'));
}

/** The message that fails the step, or undefined when the job passed. */
export function failureMessage(result: JobResult): string | undefined {
  if (result.passed) return undefined;
  if (result.timedOut) {
    return (
      `Pipeline job '${result.name}' did not finish within ${formatDuration(result.durationMs)}; it is still ` +
      `${result.status} and keeps running in Azure ML. Follow it later with 'attach: ${result.name}', ` +
      `or cancel it in the studio: ${result.studioUrl}`
    );
  }
  const meaning = MEANING[result.status] ?? `ended in state ${result.status}, which is not Completed`;
  const lines = [`Pipeline job '${result.name}' ${meaning}.`];
  const blamed = failingSteps(result);
  for (const step of blamed) lines.push(`  step ${step.name}: ${step.status}${step.error ? ` - ${step.error}` : ''}`);
  if (!blamed.some((s) => s.error) && result.error) lines.push(`  ${result.error}`);
  if (!result.stepsKnown) lines.push('  (step statuses were unavailable from run history)');
  lines.push(`Studio: ${result.studioUrl}`);
  return lines.join('\n');
}

/** Throws a UserError naming the state and the failing steps unless the job Completed. */
export function assertJobPassed(result: JobResult): void {
  const message = failureMessage(result);
  if (message) throw new UserError(message);
}
