import type { SourceLocation } from '../core/logger.js';
import { entryOf, type ScalarValue, type YMap, type YNode } from '../yaml/located.js';
import { checkKeys, describeKind, expectMap, Problems, readBoolean, readString } from '../yaml/fields.js';

/** The Azure ML asset types an input or output can carry (`jobInputType` minus literal). */
export const DATA_TYPES = [
  'uri_file',
  'uri_folder',
  'mltable',
  'custom_model',
  'mlflow_model',
  'triton_model',
] as const;
export type DataType = (typeof DATA_TYPES)[number];

/** Primitive input types of a component. */
export const LITERAL_TYPES = ['string', 'integer', 'number', 'boolean'] as const;
export type LiteralType = (typeof LITERAL_TYPES)[number];

/** `path`: an input that takes a file or a folder (azure-ai-ml's type contract); sent as written. */
export const PATH_TYPE = 'path';
export type PortType = DataType | LiteralType | typeof PATH_TYPE;

/** Data ports: the asset types and `path`. */
export function isDataPort(type: string): boolean {
  return isDataType(type) || type === PATH_TYPE;
}

/** YAML input modes and the REST enum each maps to. */
export const INPUT_MODES: Readonly<Record<string, string>> = {
  ro_mount: 'ReadOnlyMount',
  mount: 'ReadOnlyMount',
  download: 'Download',
  direct: 'Direct',
  eval_mount: 'EvalMount',
  eval_download: 'EvalDownload',
};

/** YAML output modes and the REST enum each maps to. */
export const OUTPUT_MODES: Readonly<Record<string, string>> = {
  rw_mount: 'ReadWriteMount',
  mount: 'ReadWriteMount',
  upload: 'Upload',
  direct: 'Direct',
};

export function isDataType(type: string): type is DataType {
  return (DATA_TYPES as readonly string[]).includes(type);
}

export function isLiteralType(type: string): type is LiteralType {
  return (LITERAL_TYPES as readonly string[]).includes(type);
}

/** A declared component input. */
export interface InputPort {
  name: string;
  type: PortType;
  optional: boolean;
  /** `optional: false` written in the YAML (azure-ai-ml sends it then). */
  optionalWrittenFalse?: boolean;
  default?: ScalarValue;
  /** The default as written, for faithful stringification (`0.01`, `1.0`). */
  defaultSource?: string;
  description?: string;
  min?: ScalarValue;
  max?: ScalarValue;
  enum?: ScalarValue[];
  mode?: string;
  loc: SourceLocation;
}

/** A declared component output. */
export interface OutputPort {
  name: string;
  type: DataType;
  description?: string;
  mode?: string;
  loc: SourceLocation;
}

const PORT_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const INPUT_KEYS = ['type', 'default', 'optional', 'description', 'min', 'max', 'enum', 'mode', 'path'] as const;
const OUTPUT_KEYS = ['type', 'description', 'mode', 'path', 'is_control', 'early_available'] as const;

export function checkPortName(name: string, loc: SourceLocation, problems: Problems): void {
  if (!PORT_NAME.test(name)) {
    problems.add(`'${name}' is not a valid port name: use letters, digits and '_', not starting with a digit`, loc);
  }
}

/** Parses the `inputs:` of a component. */
export function readInputPorts(map: YMap | undefined, problems: Problems): Record<string, InputPort> {
  const ports: Record<string, InputPort> = {};
  for (const entry of map?.entries ?? []) {
    checkPortName(entry.key, entry.keyLoc, problems);
    const port = readInputPort(entry.key, entry.value, problems);
    if (port) ports[entry.key] = port;
  }
  return ports;
}

function readInputPort(name: string, node: YNode, problems: Problems): InputPort | undefined {
  const map = expectMap(node, `input '${name}'`, problems);
  if (!map) return undefined;
  checkKeys(map, INPUT_KEYS, problems, `input '${name}'`);
  const type = readPortType(map, name, problems, [...LITERAL_TYPES, ...DATA_TYPES, PATH_TYPE]);
  if (!type) return undefined;
  const optional = readBoolean(map, 'optional', problems);
  const port: InputPort = { name, type, optional: optional ?? false, loc: map.loc };
  if (optional === false) port.optionalWrittenFalse = true;
  const description = readString(map, 'description', problems);
  if (description !== undefined) port.description = description;
  const defaultNode = entryOf(map, 'default')?.value;
  if (defaultNode?.kind === 'scalar' && defaultNode.value !== null) {
    port.default = defaultNode.value;
    port.defaultSource = defaultNode.source;
    const wrong = literalTypeProblem(defaultNode.value, type);
    if (wrong) problems.add(`default of input '${name}' ${wrong}`, defaultNode.loc);
  } else if (defaultNode && defaultNode.kind !== 'scalar') {
    problems.add(
      `default of input '${name}' must be a single value, got ${describeKind(defaultNode)}`,
      defaultNode.loc,
    );
  }
  for (const bound of ['min', 'max'] as const) {
    const n = entryOf(map, bound)?.value;
    if (n?.kind === 'scalar' && n.value !== null) port[bound] = n.value;
  }
  const enumNode = entryOf(map, 'enum')?.value;
  if (enumNode?.kind === 'seq') port.enum = enumNode.items.map((i) => (i.kind === 'scalar' ? i.value : null));
  checkPortConstraints(port, map, problems);
  const mode = readMode(map, INPUT_MODES, problems);
  if (mode) port.mode = mode;
  return port;
}

/**
 * `min`, `max` and `enum` as the service would take them: bounds are numbers of a number or integer port, and
 * not crossed; the enum lists values, and the default is one of them. The service refuses such a
 * component only when it is registered or run, after other assets were written.
 */
function checkPortConstraints(port: InputPort, map: YMap, problems: Problems): void {
  const where = (key: string) => entryOf(map, key)?.value.loc ?? map.loc;
  for (const bound of ['min', 'max'] as const) {
    const value = port[bound];
    if (value === undefined) continue;
    if (port.type !== 'integer' && port.type !== 'number') {
      problems.add(
        `input '${port.name}': '${bound}' applies to integer and number inputs, not ${port.type}`,
        where(bound),
      );
    } else if (literalTypeProblem(value, port.type)) {
      problems.add(`input '${port.name}': ${bound} ${literalTypeProblem(value, port.type)}`, where(bound));
      delete port[bound];
    }
  }
  if (port.min !== undefined && port.max !== undefined && Number(port.min) > Number(port.max)) {
    problems.add(`input '${port.name}': min ${port.min} is greater than max ${port.max}`, where('max'));
  }
  const enumNode = entryOf(map, 'enum')?.value;
  if (enumNode && enumNode.kind !== 'seq') {
    problems.add(`input '${port.name}': enum must be a list of values, got ${describeKind(enumNode)}`, where('enum'));
  } else if (port.enum?.length === 0) {
    problems.add(`input '${port.name}': enum lists no values`, where('enum'));
  }
  // A default outside min/max is left to the service (azure-ai-ml sends it); one outside the enum cannot be chosen.
  if (port.default !== undefined && port.enum?.length && !literalTypeProblem(port.default, port.type)) {
    if (!inEnum(port.default, port.enum))
      problems.add(
        `default of input '${port.name}' is '${String(port.default)}', not one of its enum values (${port.enum.map(String).join(', ')})`,
        where('default'),
      );
  }
}

/**
 * Why a literal of the right type breaks its port's `min` or `max`, or undefined when it keeps them.
 * Data ports and values of the wrong type are not judged here (`literalTypeProblem` names those).
 */
export function literalRangeProblem(value: ScalarValue, port: InputPort): string | undefined {
  if (value === null || isDataPort(port.type) || literalTypeProblem(value, port.type)) return undefined;
  if (port.type === 'integer' || port.type === 'number') {
    const n = Number(value);
    if (port.min !== undefined && n < Number(port.min)) return `is ${String(value)}, below its min ${port.min}`;
    if (port.max !== undefined && n > Number(port.max)) return `is ${String(value)}, above its max ${port.max}`;
  }
  // Not the enum: azureml-examples' own pipelines give enum ports other values (center_crop: 224 for
  // ['True', 'False']) and run, so the service does not hold step values to it.
  return undefined;
}

/** Parses the `outputs:` of a component. */
export function readOutputPorts(map: YMap | undefined, problems: Problems): Record<string, OutputPort> {
  const ports: Record<string, OutputPort> = {};
  for (const entry of map?.entries ?? []) {
    checkPortName(entry.key, entry.keyLoc, problems);
    const outMap = expectMap(entry.value, `output '${entry.key}'`, problems);
    if (!outMap) continue;
    checkKeys(outMap, OUTPUT_KEYS, problems, `output '${entry.key}'`);
    const type = readPortType(outMap, entry.key, problems, DATA_TYPES) as DataType | undefined;
    if (!type) continue;
    const port: OutputPort = { name: entry.key, type, loc: outMap.loc };
    const description = readString(outMap, 'description', problems);
    if (description !== undefined) port.description = description;
    const mode = readMode(outMap, OUTPUT_MODES, problems);
    if (mode) port.mode = mode;
    ports[entry.key] = port;
  }
  return ports;
}

function readPortType(map: YMap, name: string, problems: Problems, allowed: readonly string[]): PortType | undefined {
  const type = readString(map, 'type', problems, { required: true, owner: `port '${name}'` });
  if (type === undefined) return undefined;
  if (!allowed.includes(type)) {
    const where = entryOf(map, 'type')?.value.loc ?? map.loc;
    problems.add(
      `port '${name}' has type '${type}', which is not an Azure ML type; use one of ${allowed.join(', ')}`,
      where,
    );
    return undefined;
  }
  return type as PortType;
}

/** Reads `mode:` and checks it against the modes valid for inputs or outputs. */
export function readMode(map: YMap, modes: Readonly<Record<string, string>>, problems: Problems): string | undefined {
  const mode = readString(map, 'mode', problems);
  if (mode === undefined) return undefined;
  if (!(mode in modes)) {
    problems.add(
      `mode '${mode}' is not valid here; use one of ${Object.keys(modes).join(', ')}`,
      entryOf(map, 'mode')?.value.loc,
    );
    return undefined;
  }
  return mode;
}

/**
 * Why a literal value does not fit a literal port type, or undefined when it does. Strings that read as the
 * type (`"5"` for an integer, as `--set` produces) are accepted, as the service parses them.
 */
export function literalTypeProblem(value: ScalarValue, type: PortType): string | undefined {
  if (value === null || isDataPort(type)) return undefined;
  const text = String(value);
  switch (type) {
    case 'integer':
      return /^[-+]?\d+$/.test(text) && typeof value !== 'boolean' ? undefined : `must be an integer, got '${text}'`;
    case 'number':
      return typeof value === 'number' ||
        (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
        ? undefined
        : `must be a number, got '${text}'`;
    case 'boolean':
      return typeof value === 'boolean' || /^(true|false)$/i.test(text)
        ? undefined
        : `must be true or false, got '${text}'`;
    case 'string':
      return undefined;
  }
}

/** The literal type a YAML value naturally has, for inline command nodes whose ports are inferred. */
export function inferLiteralType(value: ScalarValue, source: string): LiteralType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return /^[-+]?\d+$/.test(source) ? 'integer' : 'number';
  return 'string';
}

/**
 * Enum membership as the service judges it: by text, ignoring case (azureml-examples' own components write
 * `enum: [True, False]` with `default: 'true'`, and run).
 */
function inEnum(value: ScalarValue, values: readonly ScalarValue[]): boolean {
  const text = String(value).toLowerCase();
  return values.some((e) => String(e).toLowerCase() === text);
}
