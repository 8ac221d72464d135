import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { UserError } from '../../core/errors.js';
import type { SourceLocation } from '../../core/logger.js';
import type { LocalStepBindings } from '../step-bindings.js';
import type { InputPort, OutputPort } from '../../pipeline/ports.js';
import { pythonJsonDumps, type JsonValue } from '../../pipeline/python-format.js';
import { renderCommand, type PlaceholderLookup } from '../command.js';
import { copyPath } from '../content.js';
import type { ResolvedValue } from '../inputs.js';
import { miniBatchSource, splitMiniBatches } from './batches.js';
import { PARALLEL_DEFAULTS, runParallel, type ParallelOutcome } from './run-parallel.js';

/**
 * A parallel step as the local backend runs it: the step's bindings, the ports of its parallel component, and the
 * component's task and settings with the step's overrides applied (what an adapter from the YAML model fills in).
 */
export interface LocalParallelNode extends LocalStepBindings {
  type: 'parallel';
  component: {
    name?: string;
    inputs: Record<string, InputPort>;
    outputs: Record<string, OutputPort>;
    isDeterministic?: boolean;
  };
  task: {
    /** The local code folder (absolute). */
    code: string;
    entryScript: string;
    programArguments?: string;
    /** `${{outputs.<name>}}`. */
    appendRowTo?: string;
  };
  /** `${{inputs.<name>}}`: the input split into mini-batches. */
  inputData: string;
  miniBatchSize?: string;
  maxConcurrencyPerInstance?: number;
  errorThreshold?: number;
  miniBatchErrorThreshold?: number;
  retrySettings?: { maxRetries?: number; timeout?: number };
  resources?: Record<string, JsonValue>;
}

/** What identifies the step's behaviour for the cache: its settings and ports, and its code by content. */
export function parallelComponentHash(node: LocalParallelNode, codeHash: string): string {
  const { task, component } = node;
  const material: JsonValue = {
    kind: 'parallel',
    code: codeHash,
    entryScript: task.entryScript,
    programArguments: task.programArguments ?? null,
    appendRowTo: task.appendRowTo ?? null,
    inputData: node.inputData,
    inputs: Object.fromEntries(Object.values(component.inputs).map((p) => [p.name, `${p.type}/${p.optional}`])),
    outputs: Object.fromEntries(Object.values(component.outputs).map((p) => [p.name, p.type])),
    settings: {
      miniBatchSize: node.miniBatchSize ?? null,
      maxConcurrencyPerInstance: node.maxConcurrencyPerInstance ?? null,
      errorThreshold: node.errorThreshold ?? null,
      miniBatchErrorThreshold: node.miniBatchErrorThreshold ?? null,
      maxRetries: node.retrySettings?.maxRetries ?? null,
      timeout: node.retrySettings?.timeout ?? null,
    },
  };
  return createHash('sha256').update(pythonJsonDumps(material)).digest('hex');
}

/** Refuses before anything runs what a runner cannot honour (several nodes), naming the step. */
export function checkParallelNode(node: LocalParallelNode): void {
  const instances = Number(node.resources?.instance_count ?? 1);
  if (instances > 1)
    throw new UserError(
      `resources.instance_count ${instances} spreads mini-batches over ${instances} nodes; one runner is one node, ` +
        `so the step runs with backend: azure (max_concurrency_per_instance sets the workers locally)`,
      node.loc,
    );
  portName(node.inputData, 'inputs', 'input_data', node.loc);
  if (node.task.appendRowTo) portName(node.task.appendRowTo, 'outputs', 'task.append_row_to', node.loc);
}

function portName(text: string, namespace: 'inputs' | 'outputs', field: string, loc: SourceLocation): string {
  const match = new RegExp(`^\\$\\{\\{\\s*${namespace}\\.(\\w+)\\s*\\}\\}$`).exec(text.trim());
  if (!match) throw new UserError(`${field} must be \${{${namespace}.<name>}}, got '${text}'`, loc);
  return match[1];
}

export interface ParallelStepRun {
  node: LocalParallelNode;
  inputs: Record<string, ResolvedValue | undefined>;
  outputDirs: Record<string, string>;
  lookup: PlaceholderLookup;
  folder: string;
  logFile: string;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  onLine(line: string): void;
}

/** Runs the step: a fresh copy of the task's code, its input_data split, and the entry script over the batches. */
export async function runParallelStep(run: ParallelStepRun): Promise<ParallelOutcome> {
  const { node } = run;
  const cwd = join(run.folder, 'code');
  await copyPath(node.task.code, cwd);
  const dataName = portName(node.inputData, 'inputs', 'input_data', node.loc);
  const data = run.inputs[dataName];
  if (!data || data.kind !== 'data') throw new UserError(`input_data '${dataName}' is not bound to data`, node.loc);
  const batches = await splitMiniBatches(await miniBatchSource(data.path, data.type), node.miniBatchSize);
  const appendTo = node.task.appendRowTo && portName(node.task.appendRowTo, 'outputs', 'append_row_to', node.loc);
  const appendRowFile =
    appendTo &&
    (node.component.outputs[appendTo]?.type === 'uri_file'
      ? join(run.outputDirs[appendTo], appendTo)
      : join(run.outputDirs[appendTo], PARALLEL_DEFAULTS.appendRowFileName));
  run.onLine(`${batches.length} mini-batch(es) of ${data.path}`);
  return runParallel({
    cwd,
    entryScript: node.task.entryScript,
    programArguments: renderCommand(node.task.programArguments ?? '', run.lookup),
    batches,
    maxConcurrency: node.maxConcurrencyPerInstance ?? PARALLEL_DEFAULTS.maxConcurrency,
    errorThreshold: node.errorThreshold ?? PARALLEL_DEFAULTS.errorThreshold,
    miniBatchErrorThreshold: node.miniBatchErrorThreshold ?? PARALLEL_DEFAULTS.miniBatchErrorThreshold,
    maxRetries: node.retrySettings?.maxRetries ?? PARALLEL_DEFAULTS.maxRetries,
    timeoutSeconds: node.retrySettings?.timeout ?? PARALLEL_DEFAULTS.timeoutSeconds,
    ...(appendRowFile ? { appendRowFile } : {}),
    env: { ...run.env, ...node.environmentVariables },
    logFile: run.logFile,
    signal: run.signal,
    onLine: run.onLine,
  });
}
