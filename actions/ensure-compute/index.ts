import * as core from '@actions/core';
import { ensureComputeStep, stopStartedCompute } from '../../shared/backend/steps.js';
import type { ComputeOutcome } from '../../shared/backend/backend.js';
import type { ComputeSpec } from '../../shared/compute/compute-spec.js';
import { parseBoolean, parseLines } from '../../shared/core/inputs.js';
import type { CommandComponent } from '../../shared/pipeline/component.js';
import { readSeconds } from '../_runtime/azure-inputs.js';
import { readBackend } from '../_runtime/backend.js';
import { expandGlobs } from '../_runtime/globs.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { coreState } from '../_runtime/state.js';
import { writeTableSummary } from '../_runtime/summary.js';

interface Inputs {
  name?: string;
  file?: string;
  components: string[];
  create: boolean;
  start: boolean;
  waitTimeoutMs: number;
  stopOnExit: boolean;
  recreateFailed: boolean;
}

function readInputs(): Inputs {
  return {
    name: core.getInput('name') || undefined,
    file: core.getInput('file') || undefined,
    components: parseLines(core.getInput('components')),
    create: parseBoolean('create', core.getInput('create'), true),
    start: parseBoolean('start', core.getInput('start'), true),
    waitTimeoutMs: readSeconds('wait-timeout', 1800),
    stopOnExit: parseBoolean('stop-on-exit', core.getInput('stop-on-exit'), false),
    recreateFailed: parseBoolean('recreate-failed', core.getInput('recreate-failed'), false),
  };
}

export async function main(): Promise<void> {
  await runStep(async () => {
    const inputs = readInputs();
    const spec = inputs.file ? await loadSpec(inputs.file, inputs.name) : undefined;
    const components = await loadComponents(await expandGlobs('components', inputs.components));
    const result = await ensureComputeStep(
      await readBackend(),
      { ...inputs, name: inputs.name ?? spec?.name, spec, components },
      coreState(),
    );
    writeOutputs(result);
    const rows = [...result.summary.rows];
    if (result.started && inputs.stopOnExit) rows.push(['Post step', 'stops this instance when the job ends']);
    await writeTableSummary(result.summary.title, ['Field', 'Value'], rows);
  });
}

// The YAML loaders (and with them the YAML parser) are imported once the inputs are checked: a bad input fails
// without loading them (README "Start-up").
async function loadSpec(file: string, nameOverride: string | undefined): Promise<ComputeSpec> {
  const { loadComputeSpec } = await import('../../shared/compute/compute-spec.js');
  return loadComputeSpec(file, { nameOverride, log: coreLogger() });
}

async function loadComponents(files: string[]): Promise<CommandComponent[]> {
  if (!files.length) return [];
  const { loadComponentFile } = await import('../../shared/pipeline/component.js');
  return Promise.all(files.map((f) => loadComponentFile(f)));
}

function writeOutputs(result: ComputeOutcome): void {
  core.setOutput('name', result.name);
  core.setOutput('id', result.id);
  core.setOutput('state', result.state);
  core.setOutput('created', String(result.created));
  core.setOutput('started', String(result.started));
}

/** Stops the instance this run started, when `stop-on-exit` is true; never one it did not start. */
export async function post(): Promise<void> {
  await runStep(async () => {
    const stopOnExit = parseBoolean('stop-on-exit', core.getInput('stop-on-exit'), false);
    if (!stopOnExit) return;
    await stopStartedCompute(await readBackend(), coreState(), {
      stopOnExit,
      waitTimeoutMs: readSeconds('wait-timeout', 1800),
      log: coreLogger(),
    });
  });
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main();
