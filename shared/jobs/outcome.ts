/**
 * The verdict on a followed job: only Completed passes. Every other end is named, with the step(s) that
 * caused it and their errors, because "exit 0 on Canceled" is what users of `az ml job create --stream` hit.
 */
import { UserError } from '../core/errors.js';
import { formatDuration } from './steps.js';
import { isActive } from './status.js';
import type { JobResult, StepResult } from './types.js';

/** What a state means, for the states whose name alone does not say what to do. */
const MEANING: Record<string, string> = {
  NotResponding: 'the service lost contact with the job',
  Paused: 'the job will not finish on its own; resume or cancel it in the studio',
  Unknown: 'the service does not know what became of the job',
};

/** Steps to blame: the failed or cancelled ones, failed first. */
export function failingSteps(result: JobResult): StepResult[] {
  const bad = result.steps.filter((s) => s.status !== 'Completed' && !isActive(s.status));
  return bad.sort((a, b) => Number(b.status === 'Failed') - Number(a.status === 'Failed'));
}

/** The message that fails the step, or undefined when the job passed. */
export function failureMessage(result: JobResult): string | undefined {
  if (result.passed) return undefined;
  if (result.stopped) {
    return `Following pipeline job '${result.name}' was stopped while it was ${result.status} (the workflow was cancelled). Studio: ${result.studioUrl}`;
  }
  if (result.timedOut) {
    return (
      `Pipeline job '${result.name}' did not finish within ${formatDuration(result.durationMs)}; it is still ` +
      `${result.status} and keeps running in Azure ML. Follow it later with 'attach: ${result.name}', ` +
      `or cancel it in the studio: ${result.studioUrl}`
    );
  }
  const known = ['Failed', 'Canceled', ...Object.keys(MEANING)].includes(result.status);
  const meaning =
    MEANING[result.status] ?? (known ? undefined : 'a state this action does not know; only Completed passes');
  const lines = [`Pipeline job '${result.name}' ended ${result.status}${meaning ? ` (${meaning})` : ''}.`];
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
