import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/** The full path of a program found on PATH, as a shell would find it. */
export async function findOnPath(program: string, pathVariable = process.env.PATH ?? ''): Promise<string | undefined> {
  for (const dir of pathVariable.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, program);
    const ok = await access(candidate, constants.X_OK).then(
      () => true,
      () => false,
    );
    if (ok) return candidate;
  }
  return undefined;
}

let shellPromise: Promise<string> | undefined;

/** Azure ML runs a command job's command with bash; sh serves where there is no bash. */
export function commandShell(): Promise<string> {
  shellPromise ??= findOnPath('bash').then((bash) => bash ?? '/bin/sh');
  return shellPromise;
}

export interface ShellRun {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Each complete line of stdout and stderr, as it comes. */
  onLine(line: string): void;
}

export interface ShellOutcome {
  exitCode: number | null;
  timedOut: boolean;
  canceled: boolean;
  /** The last lines of the log, for the error message of a failed step. */
  tail: string[];
}

const TAIL_LINES = 20;
/** Between SIGTERM and SIGKILL: a step gets a moment to flush, as the runner gives a cancelled job. */
const KILL_GRACE_MS = 3000;

/**
 * Runs `<shell> -c <command>` in its own process group, so a timeout or a cancel stops the whole tree
 * (bash and the python it started), not just the shell. Output goes to the log file and to `onLine`.
 */
export async function runShell(run: ShellRun): Promise<ShellOutcome> {
  const shell = await commandShell();
  const log = createWriteStream(run.logFile, { flags: 'a' });
  const tail: string[] = [];
  const child = spawn(shell, ['-c', run.command], {
    cwd: run.cwd,
    env: run.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const emit = (line: string): void => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    run.onLine(line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      log.write(chunk);
      const lines = (partial + chunk).split(/\r?\n/);
      partial = lines.pop() ?? '';
      lines.forEach(emit);
    });
    stream.on('end', () => partial && emit(partial));
  }
  let timedOut = false;
  let canceled = false;
  const stop = (): void => {
    killGroup(child.pid, 'SIGTERM');
    setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS).unref();
  };
  const timer = run.timeoutMs ? setTimeout(() => ((timedOut = true), stop()), run.timeoutMs) : undefined;
  const onAbort = (): void => {
    canceled = true;
    stop();
  };
  run.signal?.addEventListener('abort', onAbort, { once: true });
  if (run.signal?.aborted) onAbort();
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  }).finally(() => {
    clearTimeout(timer);
    run.signal?.removeEventListener('abort', onAbort);
  });
  await new Promise<void>((resolve) => log.end(resolve));
  return { exitCode, timedOut, canceled, tail };
}

export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone: nothing left to stop.
  }
}
