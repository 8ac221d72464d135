/**
 * The bad-input suite's one runner. Every case is a row of data (`cases/<entry>.ts`): inputs and files that
 * are wrong in one way, and where the error must point. Each case runs the built bundle the way the runner
 * does, in its own checkout, HOME and RUNNER_TEMP, against the one emulator its test file shares, and is held
 * to the same five promises:
 *
 * 1. the step fails (exit code 1), without a stack trace;
 * 2. an `::error` matches the case's message and names the input (`'name'` in the message, or an annotation
 *    on that input) or the file and line;
 * 3. no write request reached the emulator (Azure entries), the fake API server (k8s-deploy) or the registry
 *    (tag-image) - the write log is shared by the concurrent cases of a file and must stay empty throughout;
 * 4. no file was created or changed in the checkout, HOME or RUNNER_TEMP, except under the case's `writes`;
 * 5. no workflow command was injected: no command line but a product's own annotation (its message escaped onto
 *    one line) carries a case's `INJECTED` marker, and none of the commands the runner would act on that no
 *    entry prints (`set-output`, `set-env`, `add-path`, `save-state`) appears.
 */
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, runAction, type RunResult } from '../support/action-runner.js';

export type Entry =
  | 'ensure-compute'
  | 'register-components'
  | 'submit-pipeline'
  | 'download-model'
  | 'promote-model'
  | 'tag-image'
  | 'k8s-deploy'
  | 'trace'
  | 'deploy-endpoint'
  | 'mlops';

/**
 * Where the error must point: an input by name (quoted in the message, or the annotation's file), or the value
 * it was given when the message names that instead (`Model 'ghost' does not exist`); or a file (relative to the
 * checkout) and, when known, a line.
 */
export type Blame = { input: string; value?: string } | { file: string; line?: number };

export interface BadInputCase {
  /** What is wrong, as a user would say it. */
  name: string;
  /** Inputs over the entry's good ones; '' removes one. */
  inputs?: Record<string, string>;
  /** Files written over the entry's good project (relative to the checkout). */
  files?: Record<string, string>;
  env?: Record<string, string>;
  /** One `::error` message must match. */
  error: RegExp;
  at: Blame;
  /** Folders (relative to the checkout) where the step may write; none by default. */
  writes?: string[];
}

/** What a test file provides: its good project and inputs, and the write log of the service it talks to. */
export interface EntryContext {
  /** The good project, written into each case's checkout before the case's own files. */
  project: Record<string, string>;
  /** Inputs that make the entry succeed (or at least pass validation) before a case spoils one. */
  inputs(checkout: string): Record<string, string>;
  env(checkout: string): Record<string, string>;
  /** Write requests received so far by the emulated service (method and path), across all cases. */
  writes(): string[];
}

const FORBIDDEN_COMMANDS = /^::(set-output|set-env|add-path|save-state)\b/;

/**
 * A command line made of a case's payload: its command carries the `INJECTED` marker, other than as the
 * (escaped, single-line) message of an annotation or debug line the product wrote on purpose.
 */
function injected(line: string): boolean {
  const command = /^::([A-Za-z-]+)/.exec(line)?.[1];
  return line.includes('INJECTED') && !['error', 'warning', 'debug'].includes(command ?? '');
}

/** Workflow command lines the runner would act on: `::stop-commands::TOKEN` ... `::TOKEN::` switch them off. */
export function commandLines(rawLog: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const line of rawLog.split('\n')) {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.*)$/.exec(line.trim());
    if (stop) stopToken = stop[1];
    else if (line.trimStart().startsWith('::')) commands.push(line.trim());
  }
  return commands;
}

function files(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const s = statSync(full);
        out.set(full, `${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(root);
  return out;
}

function writeProject(root: string, project: Record<string, string>): void {
  for (const [file, text] of Object.entries(project)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

interface CaseRun {
  result: RunResult;
  sandbox: string;
  checkout: string;
  changed: string[];
}

async function runCase(entry: Entry, ctx: EntryContext, c: BadInputCase): Promise<CaseRun> {
  const sandbox = mkdtempSync(path.join(tmpdir(), `bad-${entry}-`));
  const checkout = path.join(sandbox, 'checkout');
  const home = path.join(sandbox, 'home');
  const temp = path.join(sandbox, 'runner-temp');
  for (const dir of [checkout, home, temp]) mkdirSync(dir);
  writeProject(checkout, { ...ctx.project, ...c.files });
  const before = files(sandbox);
  const inputs = Object.fromEntries(
    Object.entries({ ...ctx.inputs(checkout), ...c.inputs }).filter(([, v]) => v !== ''),
  );
  const result = await runAction(bundle(entry), {
    inputs,
    env: { ...ctx.env(checkout), HOME: home, RUNNER_TEMP: temp, ...c.env },
    cwd: checkout,
    timeoutMs: 60_000,
  });
  const after = files(sandbox);
  const allowed = (c.writes ?? []).map((w) => path.join(checkout, w) + path.sep);
  const changed = [...after]
    .filter(([file, stamp]) => before.get(file) !== stamp)
    .map(([file]) => file)
    .filter((file) => !allowed.some((a) => file.startsWith(a)))
    .map((file) => path.relative(sandbox, file));
  return { result, sandbox, checkout, changed };
}

function blamed(run: CaseRun, c: BadInputCase): { ok: boolean; errors: string[] } {
  const errors = run.result.annotations.filter((a) => a.level === 'error');
  const shown = errors.map((a) => `${a.file ?? ''}${a.line ? `:${a.line}` : ''} ${a.message}`);
  const matching = errors.filter((a) => c.error.test(a.message));
  const at = c.at;
  const ok = matching.some((a) => {
    if ('input' in at)
      return (
        a.file === at.input ||
        a.message.includes(`'${at.input}'`) ||
        a.message.endsWith(`: ${at.input}`) ||
        (at.value !== undefined && a.message.includes(at.value))
      );
    const file = a.file ? path.resolve(run.checkout, a.file) : undefined;
    return file === path.join(run.checkout, at.file) && (at.line === undefined || a.line === at.line);
  });
  return { ok, errors: shown };
}

/**
 * Runs every case of one entry concurrently (jest's `test.concurrent`), all held to the five promises. With
 * `control` (inputs of a run that writes nothing, such as a dry run), the untouched project is run first and
 * must pass: each case then fails because of what it spoiled, not because the project was bad.
 */
export function badInputSuite(
  entry: Entry,
  cases: BadInputCase[],
  context: () => EntryContext,
  control?: Record<string, string>,
): void {
  if (control)
    test(`the good project passes (${JSON.stringify(control)}), writing nothing`, async () => {
      const ctx = context();
      const run = await runCase(entry, ctx, { name: 'control', inputs: control, error: /./, at: { input: '' } });
      expect({
        exitCode: run.result.exitCode,
        errors: run.result.annotations.filter((a) => a.level === 'error'),
      }).toEqual({
        exitCode: 0,
        errors: [],
      });
      expect(ctx.writes()).toEqual([]);
    });
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`two cases are named '${c.name}'`);
    names.add(c.name);
  }
  test.concurrent.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const ctx = context();
    const run = await runCase(entry, ctx, c);
    const { result } = run;
    const detail = `\n--- log of '${c.name}' ---\n${result.log}`;
    expect({ exitCode: result.exitCode, signal: result.signal }).toEqual({ exitCode: 1, signal: null });
    expect(result.log).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    const blame = blamed(run, c);
    if (!blame.ok)
      throw new Error(
        `no ::error matching ${c.error} at ${JSON.stringify(c.at)}; errors were:\n${blame.errors.join('\n')}${detail}`,
      );
    expect(ctx.writes()).toEqual([]);
    expect(run.changed).toEqual([]);
    const commands = commandLines(result.rawLog);
    expect(commands.filter((l) => injected(l) || FORBIDDEN_COMMANDS.test(l))).toEqual([]);
    expect(result.leakedSecrets).toEqual([]);
  });
}

/** A multi-line YAML text from lines (cases stay readable as data). */
export const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;
