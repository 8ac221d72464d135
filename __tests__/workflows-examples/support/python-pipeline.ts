/**
 * Runs an Azure ML pipeline YAML's command steps with the machine's python3, wired as the YAML wires them:
 * the suite's own loader validates the file (shared/pipeline), each step's component `command` gets its
 * `${{inputs.x}}`/`${{outputs.x}}` replaced by literal values and folders, and runs in the component's code
 * folder. Only what the example needs: local components, local data, no optional `$[[ ]]` blocks. (The suite's
 * local backend does this for real, with caching and parallelism; this is the plain reference for the tests.)
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseSetOverrides } from '../../../shared/pipeline/overrides.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import type { CommandComponent } from '../../../shared/pipeline/component.js';
import type { NodeInput, PipelineInput, PipelineJob, PipelineNode } from '../../../shared/pipeline/model.js';
import { projectDir } from './paths.js';

export interface PipelineRunOptions {
  /** `az ml --set` lines, e.g. to swap the registry's register_model for the local component. */
  set?: string[];
  inputs?: Record<string, unknown>;
}

export interface PipelineRun {
  /** Steps in the order they ran. */
  order: string[];
  /** `<step>.<output>` -> folder. */
  outputs: Record<string, string>;
  /** `<step>` -> what it printed. */
  logs: Record<string, string>;
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function pipelineInputValue(input: PipelineInput): string {
  if (input.kind === 'literal') return input.source;
  if (input.path?.kind !== 'local') throw new Error(`pipeline input ${input.name}: only local data paths run here`);
  return input.path.path;
}

function upstreamSteps(node: PipelineNode): string[] {
  return Object.values(node.inputs).flatMap((i) =>
    i.kind === 'binding' && i.binding.scope === 'parent.jobs' ? [i.binding.job] : [],
  );
}

function componentOf(node: PipelineNode): CommandComponent {
  const use = node.type === 'command' ? node.component : undefined;
  if (use?.kind === 'local' || use?.kind === 'inline') return use.component;
  throw new Error(`step ${node.name}: component ${use?.kind === 'remote' ? use.text : '?'} is not local`);
}

function inputValue(job: PipelineJob, input: NodeInput, outputs: Record<string, string>): string {
  if (input.kind === 'literal') return input.source;
  if (input.kind === 'data') return pipelineInputValue({ ...input, name: input.name ?? '?' });
  const { binding } = input;
  if (binding.scope === 'parent.inputs') return pipelineInputValue(job.inputs[binding.name]);
  if (binding.scope === 'parent.jobs') return outputs[`${binding.job}.${binding.name}`];
  throw new Error(`an input bound to ${binding.scope} cannot run here`);
}

function renderCommand(component: CommandComponent, values: Record<string, string>, folders: Record<string, string>) {
  if (component.command.includes('$[[')) throw new Error(`${component.file}: optional blocks are not run here`);
  return component.command.replace(
    /\$\{\{\s*(inputs|outputs)\.([\w.]+)\s*\}\}/g,
    (_all, scope: string, name: string) => {
      const value = scope === 'inputs' ? values[name] : folders[name];
      if (value === undefined) throw new Error(`${component.file}: nothing for ${scope}.${name}`);
      return quote(value);
    },
  );
}

async function runStep(job: PipelineJob, node: PipelineNode, workDir: string, run: PipelineRun): Promise<void> {
  const component = componentOf(node);
  const values: Record<string, string> = {};
  for (const [name, port] of Object.entries(component.inputs)) {
    const bound = node.inputs[name];
    const value = bound ? inputValue(job, bound, run.outputs) : (port.defaultSource ?? port.default?.toString());
    if (value !== undefined) values[name] = value;
  }
  const folders: Record<string, string> = {};
  for (const name of Object.keys(component.outputs)) {
    folders[name] = path.join(workDir, node.name, name);
    mkdirSync(folders[name], { recursive: true });
    run.outputs[`${node.name}.${name}`] = folders[name];
  }
  const cwd = component.code && 'local' in component.code ? component.code.local : path.dirname(component.file);
  const { stdout } = await promisify(execFile)('/bin/sh', ['-c', renderCommand(component, values, folders)], { cwd });
  run.logs[node.name] = stdout;
  run.order.push(node.name);
}

export async function runPipelineWithPython(
  file: string,
  workDir: string,
  options: PipelineRunOptions = {},
): Promise<PipelineRun> {
  const job = await loadPipelineJob(file, { set: parseSetOverrides(options.set ?? []), inputs: options.inputs });
  const run: PipelineRun = { order: [], outputs: {}, logs: {} };
  const pending = Object.values(job.jobs);
  while (pending.length) {
    const next = pending.findIndex((node) => upstreamSteps(node).every((s) => run.order.includes(s)));
    const [node] = pending.splice(next, 1);
    await runStep(job, node, workDir, run);
  }
  return run;
}

/** The example project's training pipeline. */
export const EXAMPLE_PIPELINE = path.join(projectDir, 'pipelines', 'animals-classification.yaml');

/** Outside Azure, the registry's register_model is replaced by the project's component with the same ports. */
export const LOCAL_REGISTER = ['jobs.register.component=../components/register_model/register_model.yaml'];

/** The example pipeline run as it runs outside Azure (with LOCAL_REGISTER), its step folders under `dir`. */
export function runExamplePipeline(dir: string, inputs?: Record<string, unknown>): Promise<PipelineRun> {
  return runPipelineWithPython(EXAMPLE_PIPELINE, dir, { set: LOCAL_REGISTER, inputs });
}
