/** Where a message came from in a user's file, so the runner can annotate that line. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/**
 * The only way `shared/` talks to the outside world. Actions pass an adapter over `@actions/core`;
 * tests pass `memoryLogger()`. Nothing in `shared/` imports the Actions toolkit.
 */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  /** Registers a value that must never be printed (the runner masks it from then on). */
  secret(value: string): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export interface LoggedLine {
  level: 'info' | 'debug' | 'warning' | 'error';
  message: string;
  location?: SourceLocation;
}

/** A Logger that records what it is told, for tests and for tools that print later. */
export interface MemoryLogger extends Logger {
  lines: LoggedLine[];
  secrets: string[];
  text(): string;
}

export function memoryLogger(): MemoryLogger {
  const lines: LoggedLine[] = [];
  const secrets: string[] = [];
  return {
    lines,
    secrets,
    info: (message) => lines.push({ level: 'info', message }),
    debug: (message) => lines.push({ level: 'debug', message }),
    warning: (message, location) => lines.push({ level: 'warning', message, location }),
    error: (message, location) => lines.push({ level: 'error', message, location }),
    secret: (value) => {
      if (value) secrets.push(value);
    },
    group: async (title, fn) => {
      lines.push({ level: 'info', message: `▶ ${title}` });
      return fn();
    },
    text: () => lines.map((l) => l.message).join('\n'),
  };
}

/** A Logger that drops everything; for library calls whose caller does not care. */
export const silentLogger: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  secret: () => undefined,
  group: (_title, fn) => fn(),
};
