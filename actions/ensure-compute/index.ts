import * as core from '@actions/core';
import { createSession } from '../../shared/azure/create-session.js';
import { ensureCompute, stopComputeInstance } from '../../shared/azure/compute/ensure-compute.js';
import type { EnsureComputeResult } from '../../shared/azure/compute/ensure-compute.js';
import { loadComputeSpec } from '../../shared/azure/compute/compute-spec.js';
import type { ComputeSpec } from '../../shared/azure/compute/compute-spec.js';
import { UserError } from '../../shared/core/errors.js';
import { parseBoolean, parseLines } from '../../shared/core/inputs.js';
import { ensureLocalCompute } from '../../shared/local/index.js';
import { loadComponentFile } from '../../shared/pipeline/component.js';
import { readSeconds, readSessionOptions } from '../_runtime/azure-inputs.js';
import { readBackend } from '../_runtime/backend.js';
import { expandGlobs } from '../_runtime/globs.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { writeTableSummary } from '../_runtime/summary.js';

/** State the post step reads: which compute, and whether this run asked for it to start. */
const STATE_NAME = 'compute-name';
const STATE_STARTED = 'started-by-this-run';

interface Inputs {
  name?: string;
  file?: string;
  create: boolean;
  start: boolean;
  waitTimeoutMs: number;
  stopOnExit: boolean;
}

function readInputs(): Inputs {
  return {
    name: core.getInput('name') || undefined,
    file: core.getInput('file') || undefined,
    create: parseBoolean('create', core.getInput('create'), true),
    start: parseBoolean('start', core.getInput('start'), true),
    waitTimeoutMs: readSeconds('wait-timeout', 1800),
    stopOnExit: parseBoolean('stop-on-exit', core.getInput('stop-on-exit'), false),
  };
}

export async function main(): Promise<void> {
  await runStep(async () => {
    const inputs = readInputs();
    if ((await readBackend()).kind === 'local') return ensureRunnerCanRun();
    const spec: ComputeSpec | undefined = inputs.file ? await loadComputeSpec(inputs.file, inputs.name) : undefined;
    const name = inputs.name ?? spec?.name;
    if (!name) throw new UserError("Give the compute 'name', or a 'file' whose YAML has a name.");
    const session = await createSession(readSessionOptions());
    core.saveState(STATE_NAME, name);

    const result = await ensureCompute(session, {
      name,
      spec,
      create: inputs.create,
      start: inputs.start,
      waitTimeoutMs: inputs.waitTimeoutMs,
      // Saved before the start is awaited: a cancelled or timed-out run must still stop what it started.
      onStartRequested: () => core.saveState(STATE_STARTED, 'true'),
    });
    writeOutputs(result);
    await writeSummary(result, inputs.stopOnExit);
  });
}

/** Local backend: the runner is the compute; check it can run the components' commands. */
async function ensureRunnerCanRun(): Promise<void> {
  const files = await expandGlobs('components', parseLines(core.getInput('components')));
  const components = await Promise.all(files.map((f) => loadComponentFile(f)));
  const result = await ensureLocalCompute({ components, log: coreLogger() });
  writeOutputs(result);
  const programs = Object.entries(result.programs).map(([p, at]) => `${p} (${at})`);
  await writeTableSummary(
    'Local compute',
    ['Field', 'Value'],
    [
      ['Runner', result.name],
      ['CPUs used in parallel', String(result.maxParallel)],
      ['Shell', result.shell],
      ['Programs the components need', programs.join(', ') || '-'],
    ],
  );
}

function writeOutputs(result: Omit<EnsureComputeResult, 'computeType'>): void {
  core.setOutput('name', result.name);
  core.setOutput('id', result.id);
  core.setOutput('state', result.state);
  core.setOutput('created', String(result.created));
  core.setOutput('started', String(result.started));
}

async function writeSummary(result: EnsureComputeResult, stopOnExit: boolean): Promise<void> {
  const did = [
    result.created && 'created',
    result.updated.length && `updated (${result.updated.join(', ')})`,
    result.started && 'started',
  ]
    .filter(Boolean)
    .join(', ');
  const rows = [
    ['Compute', result.name],
    ['Type', result.computeType],
    ['State', result.state],
    ['This run', did || 'nothing to change'],
  ];
  if (result.nodes)
    rows.push([
      'Nodes (current / min / max)',
      `${result.nodes.current ?? 0} / ${result.nodes.min ?? 0} / ${result.nodes.max ?? '?'}`,
    ]);
  if (result.started && stopOnExit) rows.push(['Post step', 'stops this instance when the job ends']);
  await writeTableSummary('Azure ML compute', ['Field', 'Value'], rows);
}

/** Stops the instance this run started, when `stop-on-exit` is true; never one it did not start. */
export async function post(): Promise<void> {
  await runStep(async () => {
    const name = core.getState(STATE_NAME);
    const startedHere = core.getState(STATE_STARTED) === 'true';
    if (!parseBoolean('stop-on-exit', core.getInput('stop-on-exit'), false)) return;
    if (!name || !startedHere) {
      core.info(`Nothing to stop: this run did not start ${name ? `'${name}'` : 'a compute'}.`);
      return;
    }
    const session = await createSession(readSessionOptions());
    const result = await stopComputeInstance(session, name, readSeconds('wait-timeout', 1800));
    core.info(
      result.stopped ? `Stopped compute instance '${name}'.` : `Compute instance '${name}' left as ${result.state}.`,
    );
  });
}

if (isEntryPoint(import.meta.url)) await main();
