import * as core from '@actions/core';
import type { Logger, SourceLocation } from '../../shared/core/logger.js';

function annotation(location?: SourceLocation): core.AnnotationProperties | undefined {
  if (!location) return undefined;
  return { file: location.file, startLine: location.line, startColumn: location.column };
}

/** The `shared/` Logger, written to the runner: annotations for warnings/errors, `::add-mask::` for secrets. */
export function coreLogger(): Logger {
  return {
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    warning: (message, location) => core.warning(message, annotation(location)),
    error: (message, location) => core.error(message, annotation(location)),
    secret: (value) => {
      if (value) core.setSecret(value);
    },
    group: (title, fn) => core.group(title, fn),
  };
}
