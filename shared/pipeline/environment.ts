import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import type { SourceLocation } from '../core/logger.js';
import { entryOf, loadYamlFile, parseYaml, toPlain, type YMap } from '../yaml/located.js';
import { checkKeys, expectMap, optionalMap, Problems, readNumber, readString, readStringMap } from '../yaml/fields.js';
import { localFilePath } from './refs.js';

/** An Azure ML environment as its CLI v2 YAML describes it, with the conda file already read. */
export interface EnvironmentSpec {
  file: string;
  loc: SourceLocation;
  name?: string;
  version?: string;
  description?: string;
  tags?: Record<string, string>;
  image?: string;
  /** The conda file as YAML text (keys sorted, as azure-ai-ml sends it), and where it came from. */
  conda?: { text: string; from: string };
  /** Docker build context: a local folder (uploaded like code) or a URL; Dockerfile path inside it. */
  build?: { local?: string; uri?: string; dockerfilePath: string };
  inferenceConfig?: InferenceConfig;
  osType?: 'Linux' | 'Windows';
}

export interface Route {
  path: string;
  port: number;
}

export interface InferenceConfig {
  livenessRoute?: Route;
  readinessRoute?: Route;
  scoringRoute?: Route;
}

const ENVIRONMENT_KEYS = [
  '$schema',
  'name',
  'version',
  'description',
  'tags',
  'image',
  'conda_file',
  'build',
  'inference_config',
  'os_type',
] as const;

/** Loads an environment YAML file; every problem in it is thrown together as one ValidationError. */
export async function loadEnvironmentFile(path: string): Promise<EnvironmentSpec> {
  const yaml = await loadYamlFile(path);
  const problems = new Problems();
  const map = expectMap(yaml.root, 'an environment file', problems);
  const env = map ? await readEnvironment(map, yaml.file, problems) : undefined;
  problems.throwIfAny(`${path} is not a valid environment`);
  return env as EnvironmentSpec;
}

/**
 * Reads an environment from a map: a whole file, or an inline `environment:` of a component (then paths are
 * relative to that component's file).
 */
export async function readEnvironment(map: YMap, file: string, problems: Problems): Promise<EnvironmentSpec> {
  checkKeys(map, ENVIRONMENT_KEYS, problems, 'an environment');
  const env: EnvironmentSpec = { file, loc: map.loc };
  assign(env, 'name', readString(map, 'name', problems));
  assign(env, 'version', readString(map, 'version', problems));
  assign(env, 'description', readString(map, 'description', problems));
  assign(env, 'tags', readStringMap(map, 'tags', problems));
  assign(env, 'image', readString(map, 'image', problems));
  assign(env, 'conda', await readConda(map, dirname(file), problems));
  assign(env, 'build', await readBuild(map, dirname(file), problems));
  assign(env, 'inferenceConfig', readInferenceConfig(map, problems));
  const os = readString(map, 'os_type', problems);
  if (os !== undefined) {
    const normalized = os.toLowerCase() === 'windows' ? 'Windows' : os.toLowerCase() === 'linux' ? 'Linux' : undefined;
    if (normalized) env.osType = normalized;
    else problems.add(`os_type must be linux or windows, got '${os}'`, entryOf(map, 'os_type')?.value.loc);
  }
  checkImageOrBuild(env, map, problems);
  return env;
}

function assign<K extends keyof EnvironmentSpec>(
  env: EnvironmentSpec,
  key: K,
  value: EnvironmentSpec[K] | undefined,
): void {
  if (value !== undefined) env[key] = value;
}

/** The service builds an image from exactly one base: a Docker image (plus conda) or a build context. */
function checkImageOrBuild(env: EnvironmentSpec, map: YMap, problems: Problems): void {
  if (env.image && env.build) problems.add('an environment takes either image or build, not both', map.loc);
  if (!env.image && !env.build && !entryOf(map, 'build')) {
    problems.add('an environment needs an image (with an optional conda_file) or a build context', map.loc);
  }
  if (env.build && entryOf(map, 'conda_file')) {
    problems.add(
      'conda_file cannot be combined with build: put the conda file in the build context',
      entryOf(map, 'conda_file')?.keyLoc,
    );
  }
}

async function readConda(map: YMap, baseDir: string, problems: Problems): Promise<EnvironmentSpec['conda']> {
  const node = entryOf(map, 'conda_file')?.value;
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined;
  if (node.kind === 'map') return { text: condaText(toPlain(node)), from: 'inline' };
  if (node.kind !== 'scalar' || typeof node.value !== 'string') {
    problems.add('conda_file must be a path to a conda YAML file or an inline mapping', node.loc);
    return undefined;
  }
  const path = localFilePath(node.value, baseDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    problems.add(`conda_file '${node.value}' does not exist (looked for ${path})`, node.loc);
    return undefined;
  }
  try {
    return { text: condaText(toPlain(parseYaml(text, path).root)), from: path };
  } catch (error) {
    problems.add(`conda_file '${node.value}' is not valid YAML: ${(error as Error).message}`, node.loc);
    return undefined;
  }
}

/** azure-ai-ml loads the conda file and sends it re-dumped with sorted keys, lists not indented (PyYAML style). */
export function condaText(conda: unknown): string {
  return stringify(conda, { sortMapEntries: true, indentSeq: false, lineWidth: 0 });
}

async function readBuild(map: YMap, baseDir: string, problems: Problems): Promise<EnvironmentSpec['build']> {
  const build = optionalMap(map, 'build', problems);
  if (!build) return undefined;
  checkKeys(build, ['path', 'dockerfile_path'], problems, 'build');
  const path = readString(build, 'path', problems, { required: true, owner: 'build' });
  const dockerfilePath = readString(build, 'dockerfile_path', problems) ?? 'Dockerfile';
  if (path === undefined) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.startsWith('git+')) return { uri: path, dockerfilePath };
  const local = localFilePath(path, baseDir);
  const isDir = await stat(local).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    problems.add(`build path '${path}' is not a folder (looked for ${local})`, entryOf(build, 'path')?.value.loc);
    return undefined;
  }
  return { local, dockerfilePath };
}

function readInferenceConfig(map: YMap, problems: Problems): InferenceConfig | undefined {
  const config = optionalMap(map, 'inference_config', problems);
  if (!config) return undefined;
  const routes = {
    liveness_route: 'livenessRoute',
    readiness_route: 'readinessRoute',
    scoring_route: 'scoringRoute',
  } as const;
  checkKeys(config, Object.keys(routes), problems, 'inference_config');
  const out: InferenceConfig = {};
  for (const [yamlKey, restKey] of Object.entries(routes) as [
    keyof typeof routes,
    (typeof routes)[keyof typeof routes],
  ][]) {
    const route = optionalMap(config, yamlKey, problems);
    if (!route) continue;
    const path = readString(route, 'path', problems, { required: true, owner: yamlKey });
    const port = readNumber(route, 'port', problems);
    if (path !== undefined && port !== undefined) out[restKey] = { path, port };
    else if (port === undefined) problems.add(`${yamlKey} needs a port`, route.loc);
  }
  return out;
}

/** Options for the EnvironmentVersion body that the caller decides (upload result, traceability tags). */
export interface EnvironmentBodyOptions {
  /** Blob URL of the uploaded build context, required when the environment has a local build folder. */
  buildContextUri?: string;
  isAnonymous?: boolean;
  tags?: Record<string, string>;
  properties?: Record<string, string>;
}

/** The EnvironmentVersion PUT body. */
export function environmentVersionBody(
  env: EnvironmentSpec,
  options: EnvironmentBodyOptions = {},
): EnvironmentVersionBody {
  const properties: EnvironmentVersionBody['properties'] = {
    isAnonymous: options.isAnonymous ?? false,
    tags: { ...env.tags, ...options.tags },
    properties: { ...options.properties },
  };
  if (env.description !== undefined) properties.description = env.description;
  if (env.image) properties.image = env.image;
  if (env.conda) properties.condaFile = env.conda.text;
  if (env.build) {
    const contextUri = env.build.uri ?? options.buildContextUri;
    if (!contextUri) throw new Error(`internal: the build context of ${env.file} must be uploaded before registration`);
    properties.build = { contextUri, dockerfilePath: env.build.dockerfilePath };
  }
  if (env.inferenceConfig) properties.inferenceConfig = env.inferenceConfig;
  if (env.osType) properties.osType = env.osType;
  return { properties };
}

export interface EnvironmentVersionBody {
  properties: {
    description?: string;
    tags: Record<string, string>;
    properties: Record<string, string>;
    isAnonymous: boolean;
    image?: string;
    condaFile?: string;
    build?: { contextUri: string; dockerfilePath: string };
    inferenceConfig?: InferenceConfig;
    osType?: 'Linux' | 'Windows';
  };
}
