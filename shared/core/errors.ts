import type { Logger, SourceLocation } from './logger.js';

/** A problem the user can fix (bad input, bad YAML, missing permission); its message says how. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly location?: SourceLocation,
  ) {
    super(message);
  }
}

/** One problem found while validating a file; many are collected before anything is sent to Azure. */
export interface Problem {
  message: string;
  location?: SourceLocation;
}

/** Several problems at once, so the user sees every bad line in one run instead of one per run. */
export class ValidationError extends UserError {
  override name = 'ValidationError';
  constructor(
    readonly problems: Problem[],
    summary = `${problems.length} problem(s) found; nothing was sent to Azure`,
  ) {
    super(`${summary}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
  }
}

export function formatLocation(location: SourceLocation): string {
  return [location.file, location.line, location.column].filter((x) => x !== undefined).join(':');
}

export function formatProblem(problem: Problem): string {
  return problem.location ? `${formatLocation(problem.location)}: ${problem.message}` : problem.message;
}

/** The message of anything thrown, without a stack. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs a clean-up after a failure: its own error is logged as a warning so that it never hides the failure. */
export async function bestEffort(log: Logger, what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    log.warning(`Could not ${what}: ${errorMessage(error)}`);
  }
}
