import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../core/logger.js';
import { assertSameContent, CONTENT_TAG } from '../jobs/identity.js';
import type { JobResult } from '../jobs/types.js';
import type { PipelineJob } from '../pipeline/model.js';
import { shortKey } from './cache.js';
import { localSteps, type LocalPipelineJob } from './adapt.js';
import { flattenPipeline } from './nested.js';
import { resolveDataSources, type Artifact, type BindingSources, type ResolvedValue } from './inputs.js';
import { registerNamedOutputs } from './output-assets.js';
import { planPipeline, type PlannedStep } from './plan.js';
import { runGraph } from './scheduler.js';
import { runStep, type LocalStepResult } from './step.js';
import { readJson, writeJsonAtomic, type LocalWorkspace } from './workspace.js';

export interface LocalRunOptions {
  /** Job name; default `<pipeline name>-<time>-<random>`. A finished job with this name is attached to, not rerun. */
  name?: string;
  /** Tags recorded on the job (the traceability tags submit-pipeline puts on Azure jobs). */
  tags?: Record<string, string>;
  /** Bypasses the step cache for every step, as `settings.force_rerun` (either one is enough). */
  forceRerun?: boolean;
  /** Steps running at once; default the runner's CPU count. 1 runs the steps one by one. */
  maxParallel?: number;
  /** Cancels the run: running steps are stopped (their process groups killed), nothing new starts. */
  signal?: AbortSignal;
  /** Environment the commands start from; default this process's. */
  env?: NodeJS.ProcessEnv;
  log: Logger;
}

/** What submit-pipeline reports for an Azure job, so the same summary code serves both backends. */
export interface LocalJobResult extends JobResult {
  steps: LocalStepResult[];
  backend: 'local';
  /** The job's folder in the local workspace (record, step logs). */
  folder: string;
  cache: { hits: string[]; misses: string[] };
}

type StoredJob = Omit<LocalJobResult, 'steps'> & {
  steps: (Omit<LocalStepResult, 'startedAt' | 'endedAt'> & { startedAt?: string; endedAt?: string })[];
};

const TERMINAL = new Set(['Completed', 'Failed', 'Canceled']);

/**
 * Runs a pipeline job on this machine (steps may run pipeline components, to any depth): plans every step
 * (components stored by content hash), resolves and hashes data inputs, then runs the steps in dependency order with bounded parallelism, reusing cached outputs of
 * deterministic steps. Never throws for a failing step: the result says Failed, with the step's log tail.
 */
export async function runLocalPipeline(
  ws: LocalWorkspace,
  pipeline: PipelineJob,
  options: LocalRunOptions,
): Promise<LocalJobResult> {
  // Pipeline-component steps become their steps (`sub/step`), each planned, cached and reported on its own.
  return runLocalJob(ws, localSteps(flattenPipeline(pipeline)), options);
}

/** The runner itself, on steps already in its own terms (see `adapt.ts`): what runLocalPipeline calls. */
export async function runLocalJob(
  ws: LocalWorkspace,
  job: LocalPipelineJob,
  options: LocalRunOptions,
): Promise<LocalJobResult> {
  const { log } = options;
  const name = options.name ?? defaultJobName(job);
  const folder = ws.jobFolder(name);
  const existing = await readJson<StoredJob>(join(folder, 'job.json'));
  if (existing && TERMINAL.has(existing.status)) {
    const contentHash = options.tags?.[CONTENT_TAG];
    if (contentHash)
      assertSameContent(
        name,
        contentHash,
        (existing as { tags?: Record<string, string> }).tags,
        pathToFileURL(join(folder, 'job.json')).href,
      );
    log.info(`Local job ${name} exists already (${existing.status}); attaching to it instead of running it again.`);
    return { ...revive(existing), attached: true };
  }
  const started = Date.now();
  const steps = await log.group('Prepare the pipeline for the local backend', async () => {
    const planned = await planPipeline(ws, job, log, options.env ?? process.env);
    const sources = await resolveDataSources(ws, job);
    return { planned, sources };
  });
  const forceRerun = options.forceRerun === true || job.settings.forceRerun === true;
  const maxParallel = options.maxParallel ?? availableParallelism();
  log.info(
    `Local job ${name}: ${steps.planned.length} step(s), up to ${maxParallel} at a time${forceRerun ? ', force_rerun: cache bypassed' : ''}.`,
  );
  const base = { name, folder, tags: { ...job.tags, ...options.tags } };
  const inputs = recordedInputs(job, steps.sources.data);
  await record(folder, { ...base, inputs, status: 'Running', startedAt: new Date(started).toISOString() });

  const results = await executeSteps(
    ws,
    name,
    steps.planned,
    { ...steps.sources, stepOutputs: new Map(), stepInputs: new Map() },
    {
      ...options,
      forceRerun,
      maxParallel,
      continueOnStepFailure: job.settings.continueOnStepFailure === true,
    },
  );
  await registerNamedOutputs(ws, job, results.outputs, log);
  const result = summarize(job, base, results, started, options.signal?.aborted === true);
  // The tags and inputs stay on the record: the model's link back to the commit, the workflow run and the data.
  await record(folder, { ...result, tags: base.tags, inputs });
  logSummary(result, log);
  return result;
}

interface ExecutedSteps {
  results: Map<string, LocalStepResult>;
  outputs: Map<string, Record<string, Artifact>>;
}

async function executeSteps(
  ws: LocalWorkspace,
  jobName: string,
  planned: PlannedStep[],
  sources: BindingSources & {
    stepOutputs: Map<string, Record<string, Artifact>>;
    stepInputs: Map<string, Record<string, ResolvedValue | undefined>>;
  },
  options: LocalRunOptions & { forceRerun: boolean; maxParallel: number; continueOnStepFailure: boolean },
): Promise<ExecutedSteps> {
  const byName = new Map(planned.map((s) => [s.name, s]));
  const results = new Map<string, LocalStepResult>();
  const ends = await runGraph(
    new Map(planned.map((s) => [s.name, s.upstream])),
    { maxParallel: options.maxParallel, continueOnStepFailure: options.continueOnStepFailure, signal: options.signal },
    async (name, signal) => {
      const outcome = await runStep({
        ws,
        jobName,
        step: byName.get(name) as PlannedStep,
        sources,
        forceRerun: options.forceRerun,
        log: options.log,
        baseEnv: options.env ?? process.env,
        signal,
      });
      sources.stepOutputs.set(name, outcome.outputs);
      sources.stepInputs.set(name, outcome.inputs);
      results.set(name, outcome.result);
      return outcome.end;
    },
  );
  for (const step of planned) {
    if (results.has(step.name)) continue;
    results.set(step.name, {
      name: step.name,
      runId: `${jobName}/${step.name}`,
      status: ends.get(step.name) ?? 'NotStarted',
      component: step.label,
      outputs: {},
    });
    options.log.info(`[${step.name}] ${ends.get(step.name)}: ${notStartedReason(step, results)}`);
  }
  return { results, outputs: sources.stepOutputs };
}

function notStartedReason(step: PlannedStep, results: Map<string, LocalStepResult>): string {
  const failed = [...step.upstream].filter((u) => results.get(u)?.status !== 'Completed');
  return failed.length
    ? `it reads from ${failed.join(', ')}, which did not complete`
    : 'the pipeline stopped before it could start';
}

function summarize(
  job: LocalPipelineJob,
  base: { name: string; folder: string; tags: Record<string, string> },
  executed: ExecutedSteps,
  started: number,
  canceled: boolean,
): LocalJobResult {
  const steps = Object.keys(job.jobs).map((n) => executed.results.get(n) as LocalStepResult);
  const failed = steps.filter((s) => s.status === 'Failed');
  const status = canceled
    ? 'Canceled'
    : failed.length
      ? 'Failed'
      : steps.every((s) => s.status === 'Completed')
        ? 'Completed'
        : 'Canceled';
  const result: LocalJobResult = {
    backend: 'local',
    name: base.name,
    id: base.folder,
    studioUrl: pathToFileURL(join(base.folder, 'job.json')).href,
    status,
    passed: status === 'Completed',
    attached: false,
    stopped: canceled,
    timedOut: false,
    steps,
    stepsKnown: true,
    durationMs: Date.now() - started,
    outputs: pipelineOutputs(job, executed.outputs),
    folder: base.folder,
    cache: {
      hits: steps.filter((s) => s.reused).map((s) => s.name),
      misses: steps.filter((s) => s.status !== 'NotStarted' && !s.reused && s.cacheKey).map((s) => s.name),
    },
  };
  if (failed.length) result.error = failed.map((s) => `step '${s.name}' failed: ${s.error ?? 'no message'}`).join('\n');
  return result;
}

/** Pipeline output name -> the local path of the step output bound to it. */
function pipelineOutputs(
  job: LocalPipelineJob,
  outputs: Map<string, Record<string, Artifact>>,
): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const node of Object.values(job.jobs)) {
    for (const [port, output] of Object.entries(node.outputs)) {
      const artifact = outputs.get(node.name)?.[port];
      if (output.kind === 'binding' && output.binding.scope === 'parent.outputs' && artifact)
        mapped[output.binding.name] = artifact.path;
    }
  }
  return mapped;
}

function logSummary(result: LocalJobResult, log: Logger): void {
  const { hits, misses } = result.cache;
  log.info(
    `Step cache: ${hits.length} hit(s)${hits.length ? ` (${hits.join(', ')})` : ''}, ${misses.length} miss(es)${misses.length ? ` (${misses.join(', ')})` : ''}.`,
  );
  for (const step of result.steps)
    if (step.cacheKey) log.debug(`[${step.name}] cache key ${step.cacheKey} (${shortKey(step.cacheKey)})`);
  const line = `Local job ${result.name} ${result.status} in ${(result.durationMs / 1000).toFixed(1)}s; record: ${join(result.folder, 'job.json')}`;
  if (result.passed) log.info(line);
  else log.error(line);
}

/** A job record's data inputs: the pipeline's top-level ones, as the YAML named them and the files they resolved to. */
export interface RecordedInput {
  type: string;
  /** The local path read (a data asset's files in the workspace, or the folder or file named). */
  path: string;
  /** `name:version` when the input named a data asset. */
  asset?: string;
}

function recordedInputs(
  job: LocalPipelineJob,
  data: ReadonlyMap<string, ResolvedValue>,
): Record<string, RecordedInput> {
  const out: Record<string, RecordedInput> = {};
  for (const input of Object.values(job.inputs)) {
    const resolved = data.get(`parent:${input.name}`);
    if (input.kind !== 'data' || resolved?.kind !== 'data') continue;
    const ref = input.path?.kind === 'asset' ? input.path.ref : undefined;
    const asset = ref?.kind === 'version' ? `${ref.name}:${ref.version}` : undefined;
    out[input.name] = { type: input.type, path: resolved.path, ...(asset ? { asset } : {}) };
  }
  return out;
}

async function record(folder: string, value: object): Promise<void> {
  await writeJsonAtomic(join(folder, 'job.json'), value);
}

function revive(stored: StoredJob): LocalJobResult {
  const date = (iso?: string) => (iso ? new Date(iso) : undefined);
  return {
    ...stored,
    steps: stored.steps.map((s) => {
      const { startedAt, endedAt, ...rest } = s;
      return {
        ...rest,
        ...(startedAt ? { startedAt: date(startedAt) } : {}),
        ...(endedAt ? { endedAt: date(endedAt) } : {}),
      };
    }),
  };
}

function defaultJobName(job: LocalPipelineJob): string {
  const base = (job.name ?? 'pipeline').toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
  const time = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  return `${base}-${time}-${randomBytes(3).toString('hex')}`;
}
