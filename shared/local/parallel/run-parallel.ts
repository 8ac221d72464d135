import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { commandShell, killGroup } from '../process.js';
import { shellQuote } from '../command.js';
import type { MiniBatch } from './batches.js';
import { PARALLEL_DRIVER_PY } from './driver.js';

/** A parallel step's task with everything resolved: where to run, what to split, and the limits. */
export interface ParallelRun {
  /** Working folder: a fresh copy of `task.code`. */
  cwd: string;
  /** `task.entry_script`, relative to `cwd`. */
  entryScript: string;
  /** `task.program_arguments` with its placeholders already replaced (shell words, as on Azure). */
  programArguments: string;
  batches: MiniBatch[];
  /** `max_concurrency_per_instance`: worker processes, each with its own `init()`. */
  maxConcurrency: number;
  /** Failed items (files or rows) tolerated over the whole input; -1 ignores every failure. */
  errorThreshold: number;
  /** Failed mini-batches tolerated; -1 ignores every failure. */
  miniBatchErrorThreshold: number;
  /** `retry_settings.max_retries`: further tries of a mini-batch whose `run()` raised or timed out. */
  maxRetries: number;
  /** `retry_settings.timeout`: seconds one `run()` may take. */
  timeoutSeconds: number;
  /** The file `append_row_to` resolves to; every `run()` result row is appended to it. */
  appendRowFile?: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  signal?: AbortSignal;
  onLine(line: string): void;
}

export interface ParallelOutcome {
  end: 'Completed' | 'Failed' | 'Canceled';
  error?: string;
  batches: number;
  failedBatches: number;
  items: number;
  failedItems: number;
}

/** Azure ML's defaults for a parallel step. */
export const PARALLEL_DEFAULTS = {
  maxConcurrency: 1,
  errorThreshold: -1,
  miniBatchErrorThreshold: -1,
  maxRetries: 3,
  timeoutSeconds: 60,
  appendRowFileName: 'parallel_run_step.txt',
} as const;

type Reply =
  | { init: true }
  | { init: false; error: string }
  | { id: number; ok: true; items: number; returned: number; lines: string[] }
  | { id: number; ok: false; items: number; error: string };

interface Worker {
  index: number;
  child: ChildProcess;
  requests: Writable;
  next(): Promise<Reply | undefined>;
}

/**
 * Runs the entry script over the mini-batches with `maxConcurrency` worker processes, as Azure ML's parallel
 * runtime does on one node: a mini-batch whose `run()` raises (or passes the timeout) is retried up to
 * `maxRetries` times on a fresh worker; items `run()` returns no row for count as failed; the step fails as soon
 * as failed items or mini-batches pass their thresholds, or when an `init()` fails.
 */
export async function runParallel(run: ParallelRun): Promise<ParallelOutcome> {
  const driver = join(dirname(run.logFile), 'parallel_driver.py');
  await writeFile(driver, PARALLEL_DRIVER_PY);
  if (run.appendRowFile) {
    await mkdir(dirname(run.appendRowFile), { recursive: true });
    await appendFile(run.appendRowFile, '');
  }
  const log = createWriteStream(run.logFile, { flags: 'a' });
  const queue = run.batches.map((batch) => ({ batch, tries: 0 }));
  const tally = { batches: run.batches.length, failedBatches: 0, items: 0, failedItems: 0 };
  let stop: { end: 'Failed' | 'Canceled'; error?: string } | undefined;
  const workers = new Set<Worker>();
  const onAbort = (): void => {
    stop ??= { end: 'Canceled' };
    for (const w of workers) killGroup(w.child.pid, 'SIGKILL');
  };
  run.signal?.addEventListener('abort', onAbort, { once: true });
  if (run.signal?.aborted) onAbort();

  const overThreshold = (): string | undefined => {
    if (run.errorThreshold >= 0 && tally.failedItems > run.errorThreshold)
      return `${tally.failedItems} failed item(s) passed error_threshold ${run.errorThreshold}`;
    if (run.miniBatchErrorThreshold >= 0 && tally.failedBatches > run.miniBatchErrorThreshold)
      return `${tally.failedBatches} failed mini-batch(es) passed mini_batch_error_threshold ${run.miniBatchErrorThreshold}`;
    return undefined;
  };

  const loop = async (index: number): Promise<void> => {
    let worker: Worker | undefined;
    while (!stop && queue.length) {
      worker ??= await startWorker(index, driver, run, log, workers);
      const ready = await worker.next();
      if (!ready || !('init' in ready) || !ready.init) {
        stop ??= {
          end: 'Failed',
          error: `init() failed in worker ${index}:\n${ready && 'error' in ready ? ready.error : 'the worker exited'}`,
        };
        break;
      }
      for (let job = queue.shift(); job && !stop; job = queue.shift()) {
        job.tries += 1;
        worker.requests.write(`${JSON.stringify(job.batch)}\n`);
        const answer = await withTimeout(worker.next(), run.timeoutSeconds * 1000);
        const reply = answer === TIMED_OUT ? undefined : answer;
        if (reply && 'id' in reply && reply.ok) {
          tally.items += reply.items;
          tally.failedItems += Math.max(0, reply.items - reply.returned);
          if (run.appendRowFile && reply.lines.length)
            await appendFile(run.appendRowFile, reply.lines.map((l) => `${l}\n`).join(''));
        } else {
          const why =
            answer === TIMED_OUT
              ? `run() passed retry_settings.timeout of ${run.timeoutSeconds}s`
              : reply && 'error' in reply
                ? reply.error.trimEnd()
                : 'the worker process ended without answering (killed, or os._exit)';
          run.onLine(
            `mini-batch ${job.batch.id} failed (try ${job.tries} of ${run.maxRetries + 1}): ${why.split('\n').at(-1)}`,
          );
          log.write(`mini-batch ${job.batch.id} failed (try ${job.tries}):\n${why}\n`);
          if (job.tries <= run.maxRetries) queue.push(job);
          else {
            tally.failedBatches += 1;
            tally.items += itemCount(job.batch);
            tally.failedItems += itemCount(job.batch);
          }
          if (!reply || !('id' in reply)) {
            // a hung or dead worker is replaced; the next one runs init() again, as a restarted process would
            killGroup(worker.child.pid, 'SIGKILL');
            worker = undefined;
            const over = overThreshold();
            if (over) stop ??= { end: 'Failed', error: over };
            break;
          }
        }
        const over = overThreshold();
        if (over) stop ??= { end: 'Failed', error: over };
      }
    }
    if (worker) {
      worker.requests.end();
      await worker.next().catch(() => undefined);
    }
  };
  try {
    const count = Math.max(1, Math.min(run.maxConcurrency, run.batches.length || 1));
    await Promise.all(Array.from({ length: count }, (_, i) => loop(i)));
  } finally {
    run.signal?.removeEventListener('abort', onAbort);
    for (const w of workers) killGroup(w.child.pid, 'SIGKILL');
    await new Promise<void>((resolve) => log.end(resolve));
  }
  const summary = `${tally.batches} mini-batch(es), ${tally.failedBatches} failed; ${tally.items} item(s), ${tally.failedItems} failed`;
  run.onLine(summary);
  if (stop) return { ...tally, end: stop.end, ...(stop.error ? { error: `${stop.error} (${summary})` } : {}) };
  return { ...tally, end: 'Completed' };
}

function itemCount(batch: MiniBatch): number {
  return batch.kind === 'files' ? batch.files.length : batch.rows;
}

async function startWorker(
  index: number,
  driver: string,
  run: ParallelRun,
  log: WriteStream,
  workers: Set<Worker>,
): Promise<Worker> {
  const shell = await commandShell();
  // The shell splits program_arguments as Azure ML's runtime does; exec leaves python holding fds 3 and 4.
  const command = `exec python3 ${shellQuote(driver)} ${shellQuote(run.entryScript)} ${run.programArguments}`;
  const child = spawn(shell, ['-c', command], {
    cwd: run.cwd,
    env: { PYTHONUNBUFFERED: '1', ...run.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      log.write(`[worker ${index}] ${line}\n`);
      run.onLine(`[worker ${index}] ${line}`);
    });
  }
  const replies = createInterface({ input: child.stdio[4] as NodeJS.ReadableStream })[Symbol.asyncIterator]();
  const worker: Worker = {
    index,
    child,
    requests: child.stdio[3] as Writable,
    next: async () => {
      const { value, done } = await replies.next();
      return done ? undefined : (JSON.parse(value as string) as Reply);
    },
  };
  // A worker killed mid-write must not crash the runner with EPIPE.
  worker.requests.on('error', () => undefined);
  child.on('exit', () => workers.delete(worker));
  workers.add(worker);
  return worker;
}

const TIMED_OUT = Symbol('timed out');

/** The promise's value, or TIMED_OUT once `ms` passed (the caller then replaces the worker). */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
