/**
 * Prints the new lines of each step's log while the job runs, the way `az ml job stream` does (same log
 * file choice), but apart from status polling: a log that cannot be listed or downloaded costs a warning,
 * never the result, and a slow download never delays the next status poll.
 */
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { HttpGetter } from './data-plane.js';
import type { RunHistory } from './run-history.js';
import { isActive } from './status.js';
import type { StepResult } from './types.js';

/** Log files worth showing, best first; the first group that matches anything wins (azure-ai-ml's order). */
const LOG_GROUPS: RegExp[] = [
  /^user_logs\/std_log[\D]*[0]*(?:_ps)?\.txt$/, // common runtime: the rank-0 process
  /^azureml-logs\/\d{2}.+\.txt$/, // legacy command jobs
  /^logs\/azureml\/executionlogs\.txt$/, // pipeline runs
];

export function pickLogFiles(paths: string[]): string[] {
  for (const pattern of LOG_GROUPS) {
    const matched = paths.filter((p) => pattern.test(p)).sort();
    if (matched.length) return matched;
  }
  return [];
}

/** Steps whose logs one round reads (each costs a details read and a read per log file). */
export const MAX_STEPS_PER_ROUND = 3;

export class LogTail {
  /** `runId/path` -> lines already printed. */
  private readonly printed = new Map<string, number>();
  /** Steps whose last lines were printed after they ended. */
  private readonly flushed = new Set<string>();
  private readonly warned = new Set<string>();
  private lastHeader = '';
  private running: Promise<void> | undefined;
  /** runId -> the log files chosen for it (path -> SAS URL). */
  private readonly logFiles = new Map<string, Map<string, string>>();
  /** Where the next round starts among the running steps. */
  private turn = 0;

  constructor(
    private readonly history: RunHistory,
    /** Reads SAS URLs; no token. */
    private readonly blobs: HttpGetter,
    private readonly log: Logger,
  ) {}

  /** Starts a round of tailing unless one is still going; returns at once. */
  poke(steps: StepResult[]): void {
    if (this.running) return;
    this.running = this.round(steps)
      .catch((error: unknown) => this.log.debug(`Log tailing failed: ${errorMessage(error)}`))
      .finally(() => (this.running = undefined));
  }

  /** Waits for the round in progress, then prints what is left of every step's logs. */
  async finish(steps: StepResult[]): Promise<void> {
    await this.running;
    const left = this.unflushed(steps);
    for (let i = 0; i < left.length; i += MAX_STEPS_PER_ROUND)
      await this.readSteps(left.slice(i, i + MAX_STEPS_PER_ROUND));
  }

  /**
   * The steps read this round: those that ended and still have lines to flush first, then the running ones
   * in turn, at most `MAX_STEPS_PER_ROUND`: a fan-out of 200 running steps costs what a chain of 5 does.
   */
  private dueSteps(steps: StepResult[]): StepResult[] {
    const open = this.unflushed(steps);
    const ended = open.filter((s) => !isActive(s.status));
    const running = open.filter((s) => isActive(s.status));
    const start = running.length ? this.turn % running.length : 0;
    const inTurn = [...running.slice(start), ...running.slice(0, start)];
    const due = [...ended, ...inTurn].slice(0, MAX_STEPS_PER_ROUND);
    this.turn += Math.max(0, due.length - ended.length);
    return due;
  }

  private unflushed(steps: StepResult[]): StepResult[] {
    return steps.filter((s) => !s.reused && !this.flushed.has(s.runId) && s.status !== 'NotStarted');
  }

  private round(steps: StepResult[]): Promise<void> {
    return this.readSteps(this.dueSteps(steps));
  }

  /** Reads the logs of `due` at once and prints their new lines. */
  private async readSteps(due: StepResult[]): Promise<void> {
    const texts = await Promise.all(due.map((step) => this.read(step)));
    due.forEach((step, i) => {
      // An ended step is read once more at most: one whose logs cannot be read must not hold up the others.
      if (!isActive(step.status)) this.flushed.add(step.runId);
      for (const [path, text] of texts[i] ?? []) this.printNew(step, path, text);
    });
  }

  /**
   * The chosen log files of a step (path -> SAS URL) from its run details, kept once some are there: later rounds
   * read the files alone, one request less per step and round.
   */
  private async findLogFiles(step: StepResult): Promise<Map<string, string>> {
    const details = await this.history.details(step.runId);
    const all = details.logFiles ?? {};
    const files = new Map(pickLogFiles(Object.keys(all)).map((path) => [path, all[path]]));
    if (files.size) this.logFiles.set(step.runId, files);
    return files;
  }

  /** The chosen log files of a step and their text; undefined when they cannot be read (warned once). */
  private async read(step: StepResult): Promise<Map<string, string> | undefined> {
    const out = new Map<string, string>();
    try {
      const files = this.logFiles.get(step.runId) ?? (await this.findLogFiles(step));
      for (const [path, url] of files) out.set(path, await this.blobs.getText(url));
    } catch (error) {
      this.logFiles.delete(step.runId); // an expired SAS URL: ask run history again next time
      const message = `Logs of step ${step.name} could not be read (${errorMessage(error)}); its status is still followed.`;
      if (this.warned.has(step.runId)) this.log.debug(message);
      else this.log.warning(message);
      this.warned.add(step.runId);
      return undefined;
    }
    return out;
  }

  private printNew(step: StepResult, path: string, text: string): void {
    const key = `${step.runId}/${path}`;
    const lines = text.split('\n');
    // The last piece has no newline yet while the step writes; hold it back until the step has ended.
    const complete = isActive(step.status) ? lines.slice(0, -1) : lines.filter((l, i) => l || i < lines.length - 1);
    const from = this.printed.get(key) ?? 0;
    if (complete.length <= from) return;
    const header = `── ${step.name} · ${path} ──`;
    if (this.lastHeader !== header) this.log.info(header);
    this.lastHeader = header;
    for (const line of complete.slice(from)) this.log.info(line);
    this.printed.set(key, complete.length);
  }
}
