import { access, appendFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { StepResult } from '../jobs/types.js';
import { cacheKey, lookupCache, saveCache, shortKey, toArtifact, type StoredArtifact } from './cache.js';
import { renderCommand, type PlaceholderLookup, type PlaceholderValue } from './command.js';
import { copyPath, hashPath } from './content.js';
import { resolveStepInputs, type Artifact, type BindingSources, type ResolvedValue } from './inputs.js';
import type { CommandComponent } from '../pipeline/component.js';
import type { OutputPort } from '../pipeline/ports.js';
import { RUN_ARTIFACT_FOLDERS, type PlannedStep } from './plan.js';
import { runParallelStep } from './parallel/step.js';
import { runShell } from './process.js';
import { runSweep, type TrialReport } from './sweep/run-sweep.js';
import type { StepEnd } from './scheduler.js';
import { moveIntoStore, type LocalWorkspace } from './workspace.js';

/** A step as the local backend reports it: the jobs library's StepResult plus what explains a cache decision. */
export interface LocalStepResult extends StepResult {
  /** The component, as `name:version` (or the built-in's label). */
  component: string;
  /** The full cache key (printed shortened). */
  cacheKey?: string;
  /** Why the step ran instead of being reused, when it ran. */
  cacheMiss?: 'no earlier run' | 'not deterministic' | 'force_rerun';
  logFile?: string;
  /** Output port -> local path. */
  outputs: Record<string, string>;
  /** A sweep step's trials (parameters, end, primary metric) and the best one's name. */
  sweep?: { trials: TrialReport[]; best?: string };
}

export interface StepContext {
  ws: LocalWorkspace;
  jobName: string;
  step: PlannedStep;
  sources: BindingSources;
  forceRerun: boolean;
  log: Logger;
  /** The environment every command starts from (the runner's). */
  baseEnv: NodeJS.ProcessEnv;
  signal: AbortSignal;
}

export interface StepOutcome {
  end: Exclude<StepEnd, 'NotStarted'>;
  result: LocalStepResult;
  inputs: Record<string, ResolvedValue | undefined>;
  outputs: Record<string, Artifact>;
}

/** Resolves a step's inputs, reuses its cached outputs when the key matches, otherwise runs it. */
export async function runStep(ctx: StepContext): Promise<StepOutcome> {
  const { step, log } = ctx;
  const result: LocalStepResult = {
    name: step.name,
    runId: `${ctx.jobName}/${step.name}`,
    status: 'Running',
    component: step.label,
    startedAt: new Date(),
    outputs: {},
  };
  const say = (message: string): void => log.info(`[${step.name}] ${message}`);
  say(`Running (${step.label})`);
  let inputs: Record<string, ResolvedValue | undefined> = {};
  try {
    inputs = resolveStepInputs(step.name, step.node.inputs, step.inputs, ctx.sources);
    const key = cacheKey({
      componentHash: step.componentHash,
      inputs,
      outputs: outputModes(step),
      environmentVariables: step.node.environmentVariables ?? {},
    });
    result.cacheKey = key;
    const hit = step.isDeterministic && !ctx.forceRerun ? await lookupCache(ctx.ws, key) : undefined;
    if (hit) {
      const outputs = Object.fromEntries(Object.entries(hit.outputs).map(([n, a]) => [n, toArtifact(ctx.ws, a)]));
      say(`cache hit, key ${shortKey(key)}: reusing the outputs of ${hit.runId}`);
      return finish(ctx, result, { end: 'Completed', inputs, outputs }, { reused: true, reusedRunId: hit.runId });
    }
    result.cacheMiss = !step.isDeterministic ? 'not deterministic' : ctx.forceRerun ? 'force_rerun' : 'no earlier run';
    say(`cache miss, key ${shortKey(key)} (${result.cacheMiss})`);
    const ran = await execute(ctx, inputs, result);
    return finish(ctx, result, { ...ran, inputs });
  } catch (error) {
    result.error = errorMessage(error);
    return finish(ctx, result, { end: 'Failed', inputs, outputs: {} });
  }
}

function finish(
  ctx: StepContext,
  result: LocalStepResult,
  outcome: Omit<StepOutcome, 'result'>,
  reuse: { reused: boolean; reusedRunId?: string } = { reused: false },
): StepOutcome {
  result.status = outcome.end;
  result.reused = reuse.reused;
  if (reuse.reusedRunId) result.reusedRunId = reuse.reusedRunId;
  result.endedAt = new Date();
  result.durationMs = result.endedAt.getTime() - (result.startedAt as Date).getTime();
  result.outputs = Object.fromEntries(Object.entries(outcome.outputs).map(([n, a]) => [n, a.path]));
  const seconds = (result.durationMs / 1000).toFixed(1);
  const line = `[${result.name}] ${reuse.reused ? 'Completed (reused)' : outcome.end} in ${seconds}s`;
  if (outcome.end === 'Failed') ctx.log.error(`${line}: ${result.error ?? 'failed'}`);
  else ctx.log.info(line);
  return { ...outcome, result };
}

/** What every kind of step works with: its resolved inputs, its folders, and the result it fills in. */
interface StepWork {
  inputs: Record<string, ResolvedValue | undefined>;
  outputDirs: Record<string, string>;
  folder: string;
  logFile: string;
  result: LocalStepResult;
}

type StepRunner = (ctx: StepContext, work: StepWork) => Promise<Exclude<StepEnd, 'NotStarted'>>;

/** Runs the step for real, then files its outputs by content hash and records the cache entry. */
async function execute(
  ctx: StepContext,
  inputs: Record<string, ResolvedValue | undefined>,
  result: LocalStepResult,
): Promise<Pick<StepOutcome, 'end' | 'outputs'>> {
  const { ws, step } = ctx;
  const folder = join(ws.jobFolder(ctx.jobName), step.name);
  await rm(folder, { recursive: true, force: true });
  const outputDirs: Record<string, string> = {};
  for (const name of Object.keys(step.outputs)) {
    outputDirs[name] = join(folder, 'outputs', name);
    await mkdir(outputDirs[name], { recursive: true });
  }
  const logFile = join(folder, 'std_log.txt');
  result.logFile = logFile;
  const end = await RUNNERS[step.implementation.kind](ctx, { inputs, outputDirs, folder, logFile, result });
  if (end !== 'Completed') return { end, outputs: {} };
  await collectRunArtifacts(step, join(folder, 'code'), outputDirs);
  const stored = await storeOutputs(ws, step, outputDirs);
  if (step.isDeterministic && result.cacheKey) {
    await saveCache(ws, {
      key: result.cacheKey,
      runId: result.runId,
      outputs: stored,
      createdAt: new Date().toISOString(),
    });
  }
  // The working copy of the code is reproducible from codes/<hash>; keeping it would only grow the cache.
  await rm(join(folder, 'code'), { recursive: true, force: true });
  await rm(join(folder, 'outputs'), { recursive: true, force: true });
  return { end, outputs: Object.fromEntries(Object.entries(stored).map(([n, a]) => [n, toArtifact(ws, a)])) };
}

async function runCommand(ctx: StepContext, work: StepWork): Promise<Exclude<StepEnd, 'NotStarted'>> {
  const { inputs, outputDirs, folder, logFile, result } = work;
  const { step } = ctx;
  if (step.implementation.kind !== 'command') throw new Error('runCommand needs a command step');
  const ran = await runCommandIn(ctx, step.implementation.component, { inputs, outputDirs, folder, logFile });
  if (ran.error) result.error = ran.error;
  return ran.end;
}

/** A command component's command in `<folder>/code` (a fresh copy of its code), as a command step runs it. */
async function runCommandIn(
  ctx: StepContext,
  component: CommandComponent,
  run: {
    inputs: Record<string, ResolvedValue | undefined>;
    outputDirs: Record<string, string>;
    folder: string;
    logFile: string;
    env?: Record<string, string>;
    prefix?: string;
    /** Stops this command alone (a sweep trial its early termination policy ends), besides the step's signal. */
    signal?: AbortSignal;
    /** A time limit other than the step's `limits.timeout` (a sweep's `limits.trial_timeout`). */
    timeout?: { seconds: number; field: string };
  },
): Promise<{ end: Exclude<StepEnd, 'NotStarted'>; error?: string }> {
  const { step } = ctx;
  const say = (line: string): void => ctx.log.info(`[${step.name}] ${run.prefix ?? ''}${line}`);
  const cwd = join(run.folder, 'code');
  if (component.code && 'local' in component.code) await copyPath(component.code.local, cwd);
  else await mkdir(cwd, { recursive: true });
  const command = renderCommand(component.command, placeholders(component.outputs, run.inputs, run.outputDirs));
  say(`$ ${command}`);
  await appendFile(run.logFile, `$ ${command}\n`);
  const env: NodeJS.ProcessEnv = {
    PYTHONUNBUFFERED: '1',
    ...ctx.baseEnv,
    ...step.node.environmentVariables,
    ...run.env,
  };
  const limit =
    run.timeout ??
    ('timeoutSeconds' in step.node && step.node.timeoutSeconds
      ? { seconds: step.node.timeoutSeconds, field: 'limits.timeout' }
      : undefined);
  const timeoutSeconds = limit?.seconds;
  const timeoutMs = timeoutSeconds ? timeoutSeconds * 1000 : undefined;
  const outcome = await runShell({
    command,
    cwd,
    env,
    logFile: run.logFile,
    signal: run.signal ? AbortSignal.any([ctx.signal, run.signal]) : ctx.signal,
    onLine: say,
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  if (outcome.canceled) return { end: 'Canceled' };
  if (outcome.exitCode === 0 && !outcome.timedOut) return { end: 'Completed' };
  const why = outcome.timedOut
    ? `exceeded its ${limit?.field} of ${timeoutSeconds}s and was stopped`
    : `command exited with code ${outcome.exitCode ?? 'none (killed)'}`;
  const tail = outcome.tail.map((l) => `  | ${l}`).join('\n');
  return { end: 'Failed', error: `${why}; last lines of ${run.logFile}:\n${tail}` };
}

/** `${{inputs.x}}` as its text or local path; `${{outputs.x}}` as its folder (a uri_file output: a file in it). */
function placeholders(
  outputs: Record<string, OutputPort>,
  inputs: Record<string, ResolvedValue | undefined>,
  outputDirs: Record<string, string>,
): PlaceholderLookup {
  return (namespace, name): PlaceholderValue | undefined => {
    if (namespace === 'outputs') {
      const dir = outputDirs[name];
      if (dir === undefined) return undefined;
      return { kind: 'path', path: outputs[name]?.type === 'uri_file' ? join(dir, name) : dir };
    }
    const value = inputs[name];
    return value && (value.kind === 'literal' ? value : { kind: 'path', path: value.path });
  };
}

async function runParallelKind(ctx: StepContext, work: StepWork): Promise<Exclude<StepEnd, 'NotStarted'>> {
  const { inputs, outputDirs, folder, logFile, result } = work;
  const { step } = ctx;
  if (step.implementation.kind !== 'parallel') throw new Error('runParallelKind needs a parallel step');
  const outcome = await runParallelStep({
    node: step.implementation.node,
    inputs,
    outputDirs,
    lookup: placeholders(step.outputs, inputs, outputDirs),
    folder,
    logFile,
    env: ctx.baseEnv,
    signal: ctx.signal,
    onLine: (line) => ctx.log.info(`[${step.name}] ${line}`),
  });
  if (outcome.error) result.error = outcome.error;
  return outcome.end;
}

/** Each trial runs the trial component as a command step would, in its own folder; the best one's outputs are the step's. */
async function runSweepKind(ctx: StepContext, work: StepWork): Promise<Exclude<StepEnd, 'NotStarted'>> {
  const { inputs, outputDirs, folder, result } = work;
  const { step } = ctx;
  if (step.implementation.kind !== 'sweep') throw new Error('runSweepKind needs a sweep step');
  const { node, trial, trials } = step.implementation;
  const outcome = await runSweep(
    { ...node.sweep, stepName: step.name },
    trials,
    join(folder, 'trials'),
    async (t) => {
      const trialFolder = join(folder, 'trials', t.name);
      const dirs: Record<string, string> = {};
      for (const name of Object.keys(trial.outputs)) {
        dirs[name] = join(trialFolder, 'outputs', name);
        await mkdir(dirs[name], { recursive: true });
      }
      const params = Object.entries(t.params).map(([k, v]) => [k, { kind: 'literal', text: String(v) }] as const);
      const ran = await runCommandIn(ctx, trial, {
        inputs: { ...inputs, ...Object.fromEntries(params) },
        outputDirs: dirs,
        folder: trialFolder,
        logFile: join(trialFolder, 'std_log.txt'),
        env: t.env,
        prefix: `${t.name} `,
        signal: t.signal,
        ...(node.sweep.limits.trialTimeoutSeconds
          ? { timeout: { seconds: node.sweep.limits.trialTimeoutSeconds, field: 'limits.trial_timeout' } }
          : {}),
      });
      return { end: ran.end, outputs: dirs, ...(ran.error ? { error: ran.error } : {}) };
    },
    ctx.log,
    ctx.signal,
  );
  result.sweep = { trials: outcome.trials, ...(outcome.best ? { best: outcome.best.name } : {}) };
  if (outcome.error) result.error = outcome.error;
  if (outcome.best)
    for (const [name, dir] of Object.entries(outcome.best.outputs)) await copyPath(dir, outputDirs[name]);
  // Each trial keeps its log and MLflow store; its code copy and outputs go, as a step's do.
  for (const t of outcome.trials) {
    await rm(join(folder, 'trials', t.name, 'code'), { recursive: true, force: true });
    await rm(join(folder, 'trials', t.name, 'outputs'), { recursive: true, force: true });
  }
  return outcome.end;
}

async function runBuiltin(ctx: StepContext, work: StepWork): Promise<Exclude<StepEnd, 'NotStarted'>> {
  const { inputs, outputDirs, logFile, result } = work;
  const { step } = ctx;
  if (step.implementation.kind !== 'builtin') throw new Error('runBuiltin needs a built-in step');
  const lines: string[] = [];
  try {
    await step.implementation.builtin.run({
      ws: ctx.ws,
      jobName: ctx.jobName,
      stepName: step.name,
      inputs: Object.fromEntries(
        Object.entries(inputs).map(([n, v]) => [n, v && (v.kind === 'literal' ? v.text : v.path)]),
      ),
      outputs: outputDirs,
      log: (line) => {
        lines.push(line);
        ctx.log.info(`[${step.name}] ${line}`);
      },
    });
    return 'Completed';
  } catch (error) {
    result.error = errorMessage(error);
    return 'Failed';
  } finally {
    await appendFile(logFile, lines.map((l) => `${l}\n`).join(''));
  }
}

/** `artifacts`/`default`: the `./outputs` and `./logs` the command wrote, as Azure ML uploads them for the run. */
async function collectRunArtifacts(step: PlannedStep, cwd: string, outputDirs: Record<string, string>): Promise<void> {
  for (const name of step.runArtifactOutputs) {
    for (const sub of RUN_ARTIFACT_FOLDERS) {
      const written = join(cwd, sub);
      if (await exists(written)) await copyPath(written, join(outputDirs[name], sub));
    }
  }
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/** Each output folder moves to `artifacts/<hash>`; equal content from another run or step is stored once. */
async function storeOutputs(
  ws: LocalWorkspace,
  step: PlannedStep,
  outputDirs: Record<string, string>,
): Promise<Record<string, StoredArtifact>> {
  const stored: Record<string, StoredArtifact> = {};
  for (const [name, dir] of Object.entries(outputDirs)) {
    const type = step.outputs[name].type;
    const hashed = await hashPath(dir);
    const entries = type === 'uri_file' ? await readdir(dir) : [];
    await moveIntoStore(dir, ws.artifactPath(hashed.hash));
    stored[name] = { hash: hashed.hash, type, ...(entries.length === 1 ? { file: entries[0] } : {}) };
  }
  return stored;
}

function outputModes(step: PlannedStep): Record<string, string> {
  const modes: Record<string, string> = {};
  for (const [name, port] of Object.entries(step.outputs)) {
    modes[name] = `${port.type}/${step.node.outputs[name]?.mode ?? port.mode ?? 'rw_mount'}`;
  }
  return modes;
}

/** How each kind of step runs (declared after the runners it names). */
const RUNNERS: Record<PlannedStep['implementation']['kind'], StepRunner> = {
  command: runCommand,
  parallel: runParallelKind,
  sweep: runSweepKind,
  builtin: runBuiltin,
};
