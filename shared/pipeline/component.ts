import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ValidationError } from '../core/errors.js';
import { entryOf, loadYamlFile, locateText, toPlain, type YMap, type YamlFile } from '../yaml/located.js';
import { checkKeys, expectMap, optionalMap, Problems, readString } from '../yaml/fields.js';
import { commandPlaceholders, unbalancedOptionalBlock } from './command-template.js';
import {
  COMPONENT_HEADER_KEYS,
  readComponentHeader,
  type ComponentBase,
  type ComponentHeader,
} from './steps/header.js';
import { readEnvironment, loadEnvironmentFile, type EnvironmentSpec } from './environment.js';
import { readInputPorts, readOutputPorts, type InputPort } from './ports.js';
import { isRemoteRef, localFilePath, parseRemoteRef, type RemoteRef } from './refs.js';
import type { JsonValue } from './python-format.js';

/** How a component names its environment. */
export type EnvironmentUse =
  { kind: 'remote'; text: string; ref: RemoteRef } | { kind: 'local'; spec: EnvironmentSpec; file?: string };

/** A command component: what `az ml component create` reads, validated and typed. */
export interface CommandComponent extends ComponentBase, ComponentHeader {
  type: 'command';
  command: string;
  /**
   * A local folder (absolute) to snapshot, with the files and folders `additional_includes` adds at its root
   * (absolute), or a registered code asset reference.
   */
  code?: { local: string; additionalIncludes?: string[] } | { remote: string };
  environment: EnvironmentUse;
  /** As written in YAML (snake_case); sent inside the componentSpec unchanged. */
  resources?: Record<string, JsonValue>;
  distribution?: Record<string, JsonValue>;
}

const COMPONENT_KEYS = [
  ...COMPONENT_HEADER_KEYS,
  'command',
  'code',
  'environment',
  'resources',
  'distribution',
  'additional_includes',
] as const;

const NOT_SUPPORTED_KEYS = {
  services: 'interactive services belong on the step or job that runs the component',
  queue_settings: 'queue settings belong on the step or job that runs the component',
};

/** Component types other than command, with why they are refused for now. */
const OTHER_TYPES: Record<string, string> = {
  parallel: 'parallel components',
  spark: 'spark components',
  pipeline: 'pipeline components (nested pipelines)',
  import: 'import components',
  data_transfer: 'data transfer components',
  sweep: 'sweep components',
};

/** The distributions azure-ai-ml takes, as REST's `distribution_type` spells them; YAML's `type` is lower-case. */
export const DISTRIBUTION_TYPES = ['Mpi', 'PyTorch', 'TensorFlow', 'Ray'] as const;

/** The REST `distribution_type` of a YAML distribution `type` (`pytorch` -> `PyTorch`), if it is one. */
export function distributionType(type: string): string | undefined {
  return DISTRIBUTION_TYPES.find((known) => known.toLowerCase() === type.toLowerCase());
}

/** Loads a component YAML file and everything it points at (environment file, conda file, code folder). */
export async function loadComponentFile(path: string): Promise<CommandComponent> {
  const yaml = await loadYamlFile(path);
  const problems = new Problems();
  const map = expectMap(yaml.root, 'a component file', problems);
  const component = map ? await readComponent(map, yaml, problems) : undefined;
  problems.throwIfAny(`${path} is not a valid component`);
  return component as CommandComponent;
}

/**
 * Reads a component from a map: a whole file or an inline `component:` of a pipeline node. Problems are
 * collected, never thrown, so a pipeline reports all its components' problems at once.
 */
export async function readComponent(
  map: YMap,
  yaml: YamlFile,
  problems: Problems,
): Promise<CommandComponent | undefined> {
  const type = readString(map, 'type', problems) ?? 'command';
  if (type !== 'command') {
    const label = OTHER_TYPES[type];
    const where = entryOf(map, 'type')?.value.loc ?? map.loc;
    problems.add(
      label
        ? `not supported yet: ${label}; only command components are`
        : `unknown component type '${type}'; expected command`,
      where,
    );
    return undefined;
  }
  checkKeys(map, COMPONENT_KEYS, problems, 'a command component', NOT_SUPPORTED_KEYS);
  const inputs = readInputPorts(optionalMap(map, 'inputs', problems), problems);
  const outputs = readOutputPorts(optionalMap(map, 'outputs', problems), problems);
  const command = readString(map, 'command', problems, { required: true, owner: 'a command component' });
  const environment = await readEnvironmentUse(map, yaml.file, problems);
  const component: CommandComponent = {
    type: 'command',
    file: yaml.file,
    loc: map.loc,
    ...readComponentHeader(map, problems),
    inputs,
    outputs,
    command: command ?? '',
    environment: environment ?? { kind: 'remote', text: '', ref: { kind: 'id', id: '' } },
  };
  setOptional(component, map, problems);
  component.code = await readCode(map, yaml.file, problems);
  await readAdditionalIncludes(component, map, problems);
  if (command !== undefined) checkCommand(component, map, yaml, problems);
  return component;
}

function setOptional(component: CommandComponent, map: YMap, problems: Problems): void {
  const resources = optionalMap(map, 'resources', problems);
  if (resources) component.resources = toPlain(resources) as Record<string, JsonValue>;
  const distribution = optionalMap(map, 'distribution', problems);
  if (distribution) {
    component.distribution = toPlain(distribution) as Record<string, JsonValue>;
    checkDistribution(distribution, problems);
  }
}

export function checkDistribution(map: YMap, problems: Problems): void {
  const type = readString(map, 'type', problems, { required: true, owner: 'distribution' });
  if (type !== undefined && !distributionType(type)) {
    problems.add(
      `distribution type '${type}' is not one of ${DISTRIBUTION_TYPES.map((known) => known.toLowerCase()).join(', ')}`,
      entryOf(map, 'type')?.value.loc,
    );
  }
}

export async function readEnvironmentUse(
  map: YMap,
  file: string,
  problems: Problems,
): Promise<EnvironmentUse | undefined> {
  const node = entryOf(map, 'environment')?.value;
  if (!node || (node.kind === 'scalar' && node.value === null)) {
    problems.add('a command component needs an environment', map.loc);
    return undefined;
  }
  if (node.kind === 'map') return { kind: 'local', spec: await readEnvironment(node, file, problems) };
  if (node.kind !== 'scalar' || typeof node.value !== 'string') {
    problems.add(
      'environment must be azureml:<name>:<version>, azureml:<name>@latest, a registry id, a file or a mapping',
      node.loc,
    );
    return undefined;
  }
  const text = node.value;
  if (isRemoteRef(text)) {
    const parsed = parseRemoteRef(text);
    if (!parsed.ok) problems.add(`environment ${parsed.reason}`, node.loc);
    return parsed.ok ? { kind: 'remote', text, ref: parsed.ref } : undefined;
  }
  const path = localFilePath(text, dirname(file));
  try {
    return { kind: 'local', spec: await loadEnvironmentFile(path), file: path };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const missing = error.problems.some((p) => p.message.includes('file not found'));
    if (missing) problems.add(`environment file '${text}' does not exist (looked for ${path})`, node.loc);
    else problems.merge(error.problems);
    return undefined;
  }
}

/**
 * `additional_includes`: files and folders (relative to the component file) copied to the root of the code
 * snapshot, as azure-ai-ml does before uploading; they change the code's content hash like any other file.
 */
async function readAdditionalIncludes(component: CommandComponent, map: YMap, problems: Problems): Promise<void> {
  const node = entryOf(map, 'additional_includes')?.value;
  if (!node || (node.kind === 'scalar' && node.value === null)) return;
  if (node.kind !== 'seq') {
    problems.add('additional_includes must be a list of paths', node.loc);
    return;
  }
  const code = component.code;
  if (!code || !('local' in code)) {
    problems.add('not supported yet: additional_includes without a local code folder', node.loc);
    return;
  }
  const includes: string[] = [];
  for (const item of node.items) {
    if (item.kind !== 'scalar' || typeof item.value !== 'string') {
      problems.add('additional_includes must be a list of paths', item.loc);
      continue;
    }
    const path = localFilePath(item.value, dirname(component.file));
    if (/\.zip$/i.test(item.value))
      problems.add(`not supported yet: zip files in additional_includes ('${item.value}')`, item.loc);
    else if (!(await stat(path).catch(() => undefined)))
      problems.add(`additional include '${item.value}' does not exist (looked for ${path})`, item.loc);
    else includes.push(path);
  }
  code.additionalIncludes = includes;
}

/**
 * `code:` and, when written, `environment:` of a parallel task or a spark component; a command component's
 * environment is required and read with its other fields.
 */
export async function readCodeAndEnvironment(
  map: YMap,
  file: string,
  problems: Problems,
): Promise<{ code?: CommandComponent['code']; environment?: EnvironmentUse }> {
  const code = await readCode(map, file, problems);
  const environment = entryOf(map, 'environment') ? await readEnvironmentUse(map, file, problems) : undefined;
  return { ...(code ? { code } : {}), ...(environment ? { environment } : {}) };
}

export async function readCode(map: YMap, file: string, problems: Problems): Promise<CommandComponent['code']> {
  const node = entryOf(map, 'code')?.value;
  const text = readString(map, 'code', problems);
  if (text === undefined || !node) return undefined;
  if (isRemoteRef(text) || /^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return { remote: text };
  const local = localFilePath(text, dirname(file));
  const exists = await stat(local).then(
    () => true,
    () => false,
  );
  if (!exists) problems.add(`code '${text}' does not exist (looked for ${local})`, node.loc);
  return { local };
}

/** Every `${{inputs.x}}`/`${{outputs.x}}` must name a declared port; optional inputs belong in `$[[ ]]`. */
export function checkCommand(component: CommandComponent, map: YMap, yaml: YamlFile, problems: Problems): void {
  const node = entryOf(map, 'command')?.value;
  if (!node) return;
  if (unbalancedOptionalBlock(component.command))
    problems.add('command has a $[[ without its ]] (or the reverse)', node.loc);
  for (const p of commandPlaceholders(component.command)) {
    const where = locateText(yaml, node, p.text);
    const ports = p.namespace === 'inputs' ? component.inputs : component.outputs;
    const port = ports[p.name];
    if (!port) {
      const declared = Object.keys(ports);
      const hint = declared.length
        ? `declared ${p.namespace}: ${declared.join(', ')}`
        : `no ${p.namespace} are declared`;
      problems.add(`command uses ${p.text} but there is no such ${p.namespace.slice(0, -1)} (${hint})`, where);
    } else if (p.namespace === 'inputs' && (port as InputPort).optional && !p.inOptionalBlock) {
      problems.add(`input '${p.name}' is optional, so ${p.text} must sit inside a $[[ ... ]] block`, where);
    }
  }
}
