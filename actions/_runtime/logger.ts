import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import type { Logger, SourceLocation } from '../../shared/core/logger.js';

function annotation(location?: SourceLocation): core.AnnotationProperties | undefined {
  if (!location) return undefined;
  return { file: location.file, startLine: location.line, startColumn: location.column };
}

/**
 * A line the runner would take for a workflow command (actions/runner ActionCommand.cs): `::` after leading
 * white space (the current syntax), or `##[` anywhere in the line (the old one).
 */
const COMMAND_LINE = /^\s*::|##\[/;

/**
 * A message printed so that no line of it can start a workflow command: values from users, files and the
 * service reach the log through here. A message with such a line is printed verbatim between
 * `::stop-commands::<random token>` and `::<token>::`, so the runner shows it and runs none of it; the token
 * is unguessable, so the message cannot end the pause itself. Messages without such a line are unchanged.
 */
export function inertMessage(message: string): string {
  const lines = message.split(/\r\n|\r|\n/);
  if (!lines.some((line) => COMMAND_LINE.test(line))) return message;
  const token = randomBytes(16).toString('hex');
  return [`::stop-commands::${token}`, ...lines, `::${token}::`].join('\n');
}

/**
 * The `shared/` Logger, written to the runner: annotations for warnings/errors, `::add-mask::` for secrets.
 * Info lines are made inert (`inertMessage`); debug, warnings, errors and group titles are command data,
 * which `@actions/core` escapes (a newline becomes %0A), so they cannot start a command either.
 */
export function coreLogger(): Logger {
  return {
    info: (message) => core.info(inertMessage(message)),
    debug: (message) => core.debug(message),
    warning: (message, location) => core.warning(message, annotation(location)),
    error: (message, location) => core.error(message, annotation(location)),
    secret: (value) => {
      if (value) core.setSecret(value);
    },
    group: (title, fn) => core.group(title, fn),
  };
}
