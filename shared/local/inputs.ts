import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import type { SourceLocation } from '../core/logger.js';
import type { DataInput, NodeInput } from '../pipeline/model.js';
import type { DataType, InputPort } from '../pipeline/ports.js';
import { pythonStr } from '../pipeline/python-format.js';
import { Problems } from '../yaml/fields.js';
import type { LocalPipelineJob } from './adapt.js';
import { resolveLocalAsset, type DataRecord } from './assets.js';
import { hashPath } from './content.js';
import type { LocalWorkspace } from './workspace.js';

/** An input as a step receives it: a literal's text, or a local path with the hash of its content. */
export type ResolvedValue =
  { kind: 'literal'; text: string } | { kind: 'data'; path: string; hash: string; type: DataType };

/** A step output kept in the workspace's artifact store. */
export interface Artifact {
  hash: string;
  path: string;
  type: DataType;
}

/** Everything a step's inputs can be bound to. */
export interface BindingSources {
  /** `parent:<input>` for pipeline inputs, `<step>:<input>` for data written on a step. */
  data: ReadonlyMap<string, ResolvedValue>;
  pipelineLiterals: ReadonlyMap<string, ResolvedValue>;
  stepOutputs: ReadonlyMap<string, Record<string, Artifact>>;
  stepInputs: ReadonlyMap<string, Record<string, ResolvedValue | undefined>>;
}

/**
 * Resolves and hashes every data path of the pipeline before anything runs (pipeline inputs and data written on
 * steps), so a missing folder or an Azure-only URI is reported with its line up front, not after an hour of
 * training. Each path is hashed once however many steps read it.
 */
export async function resolveDataSources(
  ws: LocalWorkspace,
  job: LocalPipelineJob,
): Promise<Pick<BindingSources, 'data' | 'pipelineLiterals'>> {
  const problems = new Problems();
  const data = new Map<string, ResolvedValue>();
  const pipelineLiterals = new Map<string, ResolvedValue>();
  const resolveInto = async (key: string, input: Omit<DataInput, 'name'>): Promise<void> => {
    if (!input.path) return;
    try {
      data.set(key, await resolveData(ws, input));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.add(error.message, input.loc);
    }
  };
  for (const input of Object.values(job.inputs)) {
    if (input.kind === 'literal')
      pipelineLiterals.set(input.name, { kind: 'literal', text: pythonStr(input.value, input.source) });
    else await resolveInto(`parent:${input.name}`, input);
  }
  for (const node of Object.values(job.jobs)) {
    for (const [name, input] of Object.entries(node.inputs)) {
      if (input.kind === 'data') await resolveInto(`${node.name}:${name}`, input);
    }
  }
  problems.throwIfAny(`${job.file}: ${problems.list.length} data input(s) are not available locally; nothing was run`);
  return { data, pipelineLiterals };
}

async function resolveData(ws: LocalWorkspace, input: Omit<DataInput, 'name'>): Promise<ResolvedValue> {
  const path = input.path;
  const text = input.pathText ?? '';
  if (!path || path.kind === 'invalid') throw new UserError(`data input has no usable path`);
  if (path.kind === 'uri') {
    throw new UserError(
      `${text} is in Azure storage; the local backend reads local paths and data registered in the local workspace. ` +
        `Point the input at a local folder for local runs (e.g. the action's 'inputs' override).`,
    );
  }
  if (path.kind === 'asset') {
    const { record } = await resolveLocalAsset<DataRecord>(ws, 'data', path.ref, text);
    const folder = ws.assetFolder('data', record.name, record.version);
    return { kind: 'data', path: join(folder, record.path), hash: record.contentHash, type: input.type };
  }
  const hashed = await hashPath(path.path).catch(() => {
    throw new UserError(`data path '${text}' does not exist (looked for ${path.path})`);
  });
  return { kind: 'data', path: path.path, hash: hashed.hash, type: input.type };
}

/** Each declared input of a step: bound value, else the component's default, else absent (optional inputs). */
export function resolveStepInputs(
  stepName: string,
  nodeInputs: Record<string, NodeInput>,
  ports: Record<string, InputPort>,
  sources: BindingSources,
): Record<string, ResolvedValue | undefined> {
  const resolved: Record<string, ResolvedValue | undefined> = {};
  for (const [name, port] of Object.entries(ports)) {
    const input = nodeInputs[name];
    const value = input ? fromNodeInput(stepName, name, input, sources) : undefined;
    resolved[name] = value ?? defaultOf(port);
    if (resolved[name] === undefined && !port.optional) {
      throw new UserError(`required input '${name}' of step '${stepName}' has no value`, input?.loc ?? port.loc);
    }
  }
  return resolved;
}

function fromNodeInput(
  stepName: string,
  name: string,
  input: NodeInput,
  sources: BindingSources,
): ResolvedValue | undefined {
  if (input.kind === 'literal') return { kind: 'literal', text: pythonStr(input.value, input.source) };
  if (input.kind === 'data') return sources.data.get(`${stepName}:${name}`);
  const { binding } = input;
  if (binding.scope === 'parent.inputs') {
    return sources.pipelineLiterals.get(binding.name) ?? sources.data.get(`parent:${binding.name}`);
  }
  if (binding.scope === 'parent.jobs' && binding.port === 'outputs') {
    const artifact = sources.stepOutputs.get(binding.job)?.[binding.name];
    if (!artifact) throw missing(`output '${binding.name}' of step '${binding.job}'`, input.loc);
    return { kind: 'data', ...artifact };
  }
  if (binding.scope === 'parent.jobs') return sources.stepInputs.get(binding.job)?.[binding.name];
  throw new UserError(`input '${name}' binds a pipeline output, which only outputs can`, input.loc);
}

function defaultOf(port: InputPort): ResolvedValue | undefined {
  if (port.default === undefined || port.default === null) return undefined;
  return { kind: 'literal', text: pythonStr(port.default, port.defaultSource) };
}

function missing(what: string, loc: SourceLocation): UserError {
  return new UserError(`${what} was not produced`, loc);
}
