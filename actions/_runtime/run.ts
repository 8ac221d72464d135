import * as core from '@actions/core';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ValidationError, UserError, errorMessage, formatLocation } from '../../shared/core/errors.js';
import { coreLogger } from './logger.js';

/**
 * Runs an action's body and turns what it throws into what a user reads: one annotation per
 * problem (with file and line when known) and a failed step. Unexpected errors keep their stack in debug.
 */
export async function runStep(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    reportFailure(error);
  }
}

export function reportFailure(error: unknown): void {
  const log = coreLogger();
  if (error instanceof ValidationError) {
    for (const p of error.problems) log.error(p.message, p.location);
    core.setFailed(error.message);
  } else if (error instanceof UserError) {
    if (error.location) log.error(error.message, error.location);
    core.setFailed(error.location ? `${formatLocation(error.location)}: ${error.message}` : error.message);
  } else {
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(errorMessage(error));
  }
}

/** True when the module at `moduleUrl` is the file node was started with (not imported by post.js). */
export function isEntryPoint(moduleUrl: string): boolean {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
