import { entryOf, loadYamlFile, toPlain, type YMap, type YNode, type YamlFile } from '../yaml/located.js';
import { checkKeys, expectMap, optionalMap, Problems, readBoolean, readString } from '../yaml/fields.js';
import type { DataInput, PipelineInput, PipelineJob, PipelineOutput, PipelineSettings } from './model.js';
import { applyInputOverrides, applySetOverrides, type SetOverride } from './overrides.js';
import { readAssetNaming, readComponentUse, readJobFields } from './pipeline-node.js';
import { GraphReader } from './steps/index.js';
import { readStringFields } from './steps/header.js';
import { INPUT_MODES, isDataType, isLiteralType, OUTPUT_MODES, readMode, type DataType } from './ports.js';
import type { JsonValue } from './python-format.js';
import { parseDataPath } from './refs.js';
import { validatePipeline } from './validate.js';
import { dirname } from 'node:path';

const PIPELINE_KEYS = [
  '$schema',
  'type',
  'name',
  'display_name',
  'experiment_name',
  'description',
  'tags',
  'inputs',
  'outputs',
  'settings',
  'jobs',
  'compute',
  'component',
  'identity',
  'properties',
] as const;

/** A pipeline job's string keys: YAML key -> field. */
const JOB_STRINGS = {
  name: 'name',
  display_name: 'displayName',
  experiment_name: 'experimentName',
  description: 'description',
  compute: 'compute',
} as const;

const NOT_SUPPORTED_PIPELINE_KEYS = {
  services: 'a pipeline job has no services of its own; set them on its command steps',
};

/** What to change in the file before reading it, as `az ml job create --set` does. */
export interface PipelineOverrides {
  set?: readonly SetOverride[];
  inputs?: Readonly<Record<string, unknown>>;
}

/**
 * Loads a pipeline job YAML and every local component it uses, applies overrides, and validates steps and
 * bindings. Throws one ValidationError listing every problem (file and line each); nothing is half-loaded.
 */
export async function loadPipelineJob(path: string, overrides: PipelineOverrides = {}): Promise<PipelineJob> {
  const yaml = await loadYamlFile(path);
  if (overrides.set?.length) applySetOverrides(yaml.root, overrides.set);
  if (overrides.inputs && Object.keys(overrides.inputs).length) applyInputOverrides(yaml.root, overrides.inputs);
  const problems = new Problems();
  const unreadable = new Set<string>();
  const job = await readPipelineJob(yaml, problems, unreadable);
  if (job) validatePipeline(job, problems, unreadable);
  problems.throwIfAny(`${path}: ${problems.list.length} problem(s) found; nothing was sent to Azure`);
  return job as PipelineJob;
}

async function readPipelineJob(
  yaml: YamlFile,
  problems: Problems,
  unreadable: Set<string>,
): Promise<PipelineJob | undefined> {
  const map = expectMap(yaml.root, 'a pipeline job file', problems);
  if (!map) return undefined;
  const type = readString(map, 'type', problems);
  if (type !== 'pipeline') {
    problems.add(
      `expected a pipeline job (type: pipeline), got type '${type ?? '(none)'}'`,
      entryOf(map, 'type')?.value.loc ?? map.loc,
    );
    return undefined;
  }
  checkKeys(map, PIPELINE_KEYS, problems, 'a pipeline job', NOT_SUPPORTED_PIPELINE_KEYS);
  const baseDir = dirname(yaml.file);
  const job: PipelineJob = {
    file: yaml.file,
    loc: map.loc,
    inputs: readPipelineInputs(optionalMap(map, 'inputs', problems), baseDir, problems),
    outputs: readPipelineOutputs(optionalMap(map, 'outputs', problems), problems),
    settings: readSettings(optionalMap(map, 'settings', problems), problems),
    jobs: {},
  };
  readJobFields(job, map, JOB_STRINGS, problems);
  const reader = new GraphReader(problems);
  const ctx = reader.nodeContext(yaml, job.inputs, job.outputs);
  const jobs = optionalMap(map, 'jobs', problems);
  if (entryOf(map, 'component')) {
    // A job wrapping a pipeline component: its steps are the component's.
    if (jobs?.entries.length) problems.add('a pipeline job has either component or jobs, not both', map.loc);
    const component = await readComponentUse('component', map, ctx, 'pipeline');
    if (component) job.component = component;
    return job;
  }
  if (!jobs || jobs.entries.length === 0) problems.add('a pipeline job needs at least one step under jobs', map.loc);
  for (const entry of jobs?.entries ?? []) {
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(entry.key)) {
      problems.add(`step name '${entry.key}' must use letters, digits and '_' only`, entry.keyLoc);
    }
    const node = await ctx.readNode(entry.key, entry.value, ctx);
    if (node) job.jobs[entry.key] = node;
    else unreadable.add(entry.key);
  }
  return job;
}

function readPipelineInputs(map: YMap | undefined, baseDir: string, problems: Problems): Record<string, PipelineInput> {
  const inputs: Record<string, PipelineInput> = {};
  for (const entry of map?.entries ?? []) {
    const input = readPipelineInput(entry.key, entry.value, baseDir, problems);
    if (input) inputs[entry.key] = input;
  }
  return inputs;
}

function readPipelineInput(name: string, node: YNode, baseDir: string, problems: Problems): PipelineInput | undefined {
  if (node.kind === 'scalar') return { kind: 'literal', name, value: node.value, source: node.source, loc: node.loc };
  const map = expectMap(node, `pipeline input '${name}'`, problems);
  if (!map) return undefined;
  checkKeys(
    map,
    ['type', 'path', 'mode', 'value', 'default', 'optional', 'description'],
    problems,
    `pipeline input '${name}'`,
  );
  const type = readString(map, 'type', problems);
  const valueNode = entryOf(map, 'value')?.value ?? entryOf(map, 'default')?.value;
  if ((type !== undefined && isLiteralType(type)) || (type === undefined && valueNode)) {
    const value = valueNode?.kind === 'scalar' ? valueNode : undefined;
    return {
      kind: 'literal',
      name,
      value: value?.value ?? null,
      source: value?.source ?? '',
      loc: map.loc,
      ...(type && isLiteralType(type) ? { type } : {}),
    };
  }
  if (type !== undefined && !isDataType(type)) {
    problems.add(
      `pipeline input '${name}' has type '${type}', which is not an Azure ML type`,
      entryOf(map, 'type')?.value.loc,
    );
    return undefined;
  }
  const input: DataInput = { kind: 'data', name, type: (type as DataType | undefined) ?? 'uri_folder', loc: map.loc };
  const optional = readBoolean(map, 'optional', problems);
  if (optional !== undefined) input.optional = optional;
  const description = readString(map, 'description', problems);
  if (description !== undefined) input.description = description;
  const mode = readMode(map, INPUT_MODES, problems);
  if (mode) input.mode = mode;
  const pathText = readString(map, 'path', problems);
  if (pathText === undefined) {
    if (!input.optional) problems.add(`pipeline input '${name}' needs a path (a job input cannot be empty)`, map.loc);
    return input;
  }
  input.pathText = pathText;
  input.path = parseDataPath(pathText, baseDir);
  if (input.path.kind === 'invalid')
    problems.add(`pipeline input '${name}': path ${input.path.reason}`, entryOf(map, 'path')?.value.loc);
  return input;
}

function readPipelineOutputs(map: YMap | undefined, problems: Problems): Record<string, PipelineOutput> {
  const outputs: Record<string, PipelineOutput> = {};
  for (const entry of map?.entries ?? []) {
    const name = entry.key;
    if (entry.value.kind === 'scalar' && entry.value.value === null) {
      outputs[name] = { name, type: 'uri_folder', loc: entry.keyLoc };
      continue;
    }
    const out = expectMap(entry.value, `pipeline output '${name}'`, problems);
    if (!out) continue;
    checkKeys(out, ['type', 'mode', 'path', 'description', 'name', 'version'], problems, `pipeline output '${name}'`);
    const type = readString(out, 'type', problems) ?? 'uri_folder';
    if (!isDataType(type)) {
      problems.add(
        `pipeline output '${name}' has type '${type}'; outputs carry data types only`,
        entryOf(out, 'type')?.value.loc,
      );
      continue;
    }
    const output: PipelineOutput = { name, type, loc: out.loc };
    const mode = readMode(out, OUTPUT_MODES, problems);
    if (mode) output.mode = mode;
    const path = readString(out, 'path', problems);
    if (path !== undefined) output.path = path;
    const description = readString(out, 'description', problems);
    if (description !== undefined) output.description = description;
    Object.assign(output, readAssetNaming(out, name, problems));
    outputs[name] = output;
  }
  return outputs;
}

function readSettings(map: YMap | undefined, problems: Problems): PipelineSettings {
  const settings: PipelineSettings = { extra: {} };
  if (!map) return settings;
  settings.loc = map.loc;
  readStringFields(
    settings,
    map,
    { default_compute: 'defaultCompute', default_datastore: 'defaultDatastore' },
    problems,
  );
  const continueOnStepFailure = readBoolean(map, 'continue_on_step_failure', problems);
  if (continueOnStepFailure !== undefined) settings.continueOnStepFailure = continueOnStepFailure;
  const forceRerun = readBoolean(map, 'force_rerun', problems);
  if (forceRerun !== undefined) settings.forceRerun = forceRerun;
  const known = ['default_compute', 'default_datastore', 'continue_on_step_failure', 'force_rerun'];
  for (const entry of map.entries) {
    if (!known.includes(entry.key) && !(entry.value.kind === 'scalar' && entry.value.value === null)) {
      settings.extra[entry.key] = toPlain(entry.value) as JsonValue;
    }
  }
  return settings;
}
