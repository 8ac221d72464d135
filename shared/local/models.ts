import { cp, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { describeSelector, matchesTags, type VersionSelector } from '../models/resolve.js';
import { hashPath } from './content.js';
import type { LocalWorkspace } from './workspace.js';

/** A model version in the local workspace: its files live in `files/` beside this record. */
export interface LocalModel {
  name: string;
  version: string;
  type: string;
  description?: string;
  tags: Record<string, string>;
  contentHash: string;
  /** The job and step that registered it (the register step of a local pipeline run). */
  jobName?: string;
  stepName?: string;
  createdAt: string;
  /** Absolute path of the model's files. */
  path: string;
}

type StoredModel = Omit<LocalModel, 'path'>;

export interface RegisterModelInput {
  name: string;
  /** Asked-for version; taken when free, else the next free one (as the registry's register_model does). */
  version?: string;
  type?: string;
  description?: string;
  tags?: Record<string, string>;
  /** The folder (or file) to register; copied, so later changes to it do not change the model. */
  path: string;
  jobName?: string;
  stepName?: string;
}

const MODEL_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$/;

/** Copies a model into `models/<name>/<version>/files` and records it. */
export async function registerLocalModel(ws: LocalWorkspace, input: RegisterModelInput): Promise<LocalModel> {
  if (!MODEL_NAME.test(input.name)) {
    throw new UserError(
      `'${input.name}' is not a valid model name: letters, digits, '-', '_' and '.', starting with a letter or digit.`,
    );
  }
  const hashed = await hashPath(input.path);
  const requested = input.version;
  const taken = requested !== undefined && (await ws.readAsset('models', input.name, requested)) !== undefined;
  const version = requested !== undefined && !taken ? requested : await ws.nextVersion('models', input.name);
  const folder = ws.assetFolder('models', input.name, version);
  await mkdir(join(folder, 'files'), { recursive: true });
  await cp(
    input.path,
    hashed.kind === 'file' ? join(folder, 'files', input.path.split(/[/\\]/).pop() as string) : join(folder, 'files'),
    {
      recursive: true,
      dereference: true,
    },
  );
  const stored: StoredModel = {
    name: input.name,
    version,
    type: input.type ?? 'custom_model',
    tags: { ...input.tags },
    contentHash: hashed.hash,
    createdAt: new Date().toISOString(),
    ...(input.description ? { description: input.description } : {}),
    ...(input.jobName ? { jobName: input.jobName } : {}),
    ...(input.stepName ? { stepName: input.stepName } : {}),
  };
  await ws.writeAsset('models', input.name, version, stored);
  return { ...stored, path: join(folder, 'files') };
}

/** Adds or replaces tags on a model version (how a release is marked, e.g. stage=production). */
export async function tagLocalModel(
  ws: LocalWorkspace,
  name: string,
  version: string,
  tags: Record<string, string>,
): Promise<LocalModel> {
  const stored = await ws.readAsset<StoredModel>('models', name, version);
  if (!stored) throw new UserError(`Model ${name}:${version} is not in the local workspace ${ws.root}.`);
  const updated = { ...stored, tags: { ...stored.tags, ...tags } };
  await ws.writeAsset('models', name, version, updated);
  return { ...updated, path: join(ws.assetFolder('models', name, version), 'files') };
}

/**
 * Reads a version's record, applies `edit` to its tags as read now, and writes the record back atomically
 * (promote-model's read-modify-write; the record carries no version stamp, so a writer between the read and the
 * rename is not refused: the window is the few lines below).
 */
export async function editLocalModelTags(
  ws: LocalWorkspace,
  name: string,
  version: string,
  edit: (tags: Record<string, string>) => Record<string, string> | undefined,
): Promise<Record<string, string>> {
  const stored = await ws.readAsset<StoredModel>('models', name, version);
  if (!stored) throw new UserError(`Model ${name}:${version} is not in the local workspace ${ws.root}.`);
  const tags = edit({ ...stored.tags });
  if (!tags) return stored.tags;
  await ws.writeAsset('models', name, version, { ...stored, tags });
  return tags;
}

export async function listLocalModels(ws: LocalWorkspace, name: string): Promise<LocalModel[]> {
  const models: LocalModel[] = [];
  for (const version of await ws.versions('models', name)) {
    const stored = await ws.readAsset<StoredModel>('models', name, version);
    if (stored) models.push({ ...stored, path: join(ws.assetFolder('models', name, version), 'files') });
  }
  return models;
}

/** The version a selector names (a version, the newest, the newest with a tag), or an error listing what exists. */
export async function resolveLocalModel(
  ws: LocalWorkspace,
  name: string,
  selector: VersionSelector,
): Promise<LocalModel> {
  const models = await listLocalModels(ws, name);
  if (models.length === 0) {
    const names = await ws.names('models');
    const hint = names.length
      ? `models there: ${names.slice(0, 20).join(', ')}`
      : 'it has no models yet (a pipeline with a register step creates them)';
    throw new UserError(`Model '${name}' is not in the local workspace ${ws.root}; ${hint}.`);
  }
  const match =
    selector.kind === 'version'
      ? models.find((m) => m.version === selector.version)
      : models.filter((m) => matchesTags(m.tags, selector)).sort(newestFirst)[0];
  if (match) return match;
  const versions = models.map((m) => `${m.version}${tagText(m.tags)}`).join(', ');
  throw new UserError(
    `Model '${name}' has no version matching ${describeSelector(selector)} in ${ws.root}; versions: ${versions}.`,
  );
}

/** The newest model version a local pipeline job registered (of `name`, or of any model). */
export async function resolveLocalModelByJob(ws: LocalWorkspace, job: string, name?: string): Promise<LocalModel> {
  const names = name ? [name] : await ws.names('models');
  const models: LocalModel[] = [];
  for (const n of names) models.push(...(await listLocalModels(ws, n)).filter((m) => m.jobName === job));
  const newest = models.sort(newestFirst)[0];
  if (newest) return newest;
  throw new UserError(
    `No model ${name ? `'${name}' ` : ''}in ${ws.root} was registered by job '${job}'. ` +
      'Check the job name and that its register step ran (a step reused from the cache registers nothing new).',
  );
}

/** The newest is the one registered last; numeric versions break ties (records written in the same millisecond). */
function newestFirst(a: LocalModel, b: LocalModel): number {
  return b.createdAt.localeCompare(a.createdAt) || Number(b.version) - Number(a.version);
}

function tagText(tags: Record<string, string>): string {
  const entries = Object.entries(tags);
  return entries.length ? ` (${entries.map(([k, v]) => `${k}=${v}`).join(' ')})` : '';
}

export interface LocalDownloadResult {
  model: LocalModel;
  destination: string;
  files: string[];
  bytes: number;
}

/** download-model locally: resolves the version and copies its files into `destination`. */
export async function downloadLocalModel(
  ws: LocalWorkspace,
  options: ({ name: string; selector: VersionSelector } | { job: string; name?: string }) & {
    destination: string;
    log: Logger;
  },
): Promise<LocalDownloadResult> {
  const model =
    'job' in options
      ? await resolveLocalModelByJob(ws, options.job, options.name)
      : await resolveLocalModel(ws, options.name, options.selector);
  const what = 'job' in options ? `the model registered by job ${options.job}` : describeSelector(options.selector);
  options.log.info(`Resolved ${model.name}: ${what} -> version ${model.version} (${model.path}).`);
  await mkdir(options.destination, { recursive: true });
  await cp(model.path, options.destination, { recursive: true, dereference: true });
  const hashed = await hashPath(model.path);
  const files = await listRelative(model.path);
  options.log.info(`Copied ${files.length} file(s), ${hashed.bytes} bytes, to ${options.destination}.`);
  return { model, destination: options.destination, files, bytes: hashed.bytes };
}

async function listRelative(root: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listRelative(root, rel)));
    else out.push(rel);
  }
  return out.sort();
}
