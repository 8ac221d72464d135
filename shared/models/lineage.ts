import type { JobBase, JobInput } from '../azure/ml-api/types.js';
import type { DataInputRef, LineageFacts } from '../lineage/keys.js';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { UserError, errorMessage } from '../core/errors.js';
import path from 'node:path';
import type { ResolvedModel } from './resolve.js';

/** Where a downloaded model came from; written as JSON beside the files for the steps that build and deploy it. */
export interface ModelLineage {
  schema: typeof LINEAGE_SCHEMA;
  name: string;
  version: string;
  id: string;
  modelUri: string;
  modelType?: string;
  tags: Record<string, string>;
  /** The training job, when the service recorded one. */
  job?: JobLineage;
  downloadedAt: string;
  files: number;
  bytes: number;
}

export interface JobLineage {
  /** The Azure ML job (run) id. */
  name: string;
  /** Commit the job was trained from, when its tags or properties carry it. */
  commit?: string;
  repository?: string;
  /** GitHub Actions run that submitted the job, when the job carries it. */
  githubRunId?: string;
  githubRunUrl?: string;
  status?: string;
  /** The job's data inputs (a pipeline job's top-level inputs): URIs, local paths or data assets. */
  dataInputs?: DataInputRef[];
  tags: Record<string, string>;
}

export const LINEAGE_SCHEMA = 'azureml-mlops-actions/model-lineage/v1';
export const LINEAGE_FILE = 'model.json';
/** Used instead when the model itself has a model.json at its root (ours must not overwrite it). */
export const LINEAGE_FALLBACK_FILE = 'azureml-model-lineage.json';

/**
 * Where each fact is looked for, first hit wins: the tags submit-pipeline writes (`github.*`, see
 * shared/jobs/naming.ts), then the git properties azure-ai-ml records for jobs submitted from a checkout.
 */
const COMMIT_KEYS = ['github.sha', 'mlflow.source.git.commit', 'azureml.git.commit'];
const REPOSITORY_KEYS = ['github.repository', 'mlflow.source.git.repoURL', 'azureml.git.repository_uri'];

export function jobLineage(job: JobBase): JobLineage {
  const p = job.properties;
  const lineage = jobLineageFrom(job.name ?? '', stringMap(p.tags), stringMap(p.properties), p.status);
  // Command, sweep and pipeline jobs all carry `inputs`; for a pipeline these are its top-level inputs.
  const inputs = (p as { inputs?: Record<string, JobInput | null> }).inputs;
  return { ...lineage, dataInputs: dataInputsOf(inputs) };
}

/** Literal inputs (numbers, strings) are parameters, not data; every other input names data by its `uri`. */
export function dataInputsOf(inputs: Record<string, JobInput | null> | undefined): DataInputRef[] {
  return Object.entries(inputs ?? {})
    .filter((e): e is [string, JobInput] => !!e[1] && e[1].jobInputType !== 'literal' && !!e[1].uri)
    .map(([name, input]) => dataInputRef(name, input.uri as string, input.jobInputType));
}

/**
 * A data input from its URI: `azureml:name:version` and asset ids (`.../data/<name>/versions/<v>`) name a data
 * asset; anything else (datastore URIs, https, local paths) is kept as the URI.
 */
export function dataInputRef(name: string, uri: string, type?: string): DataInputRef {
  const short = /^azureml:([^/:][^:]*):([^:]+)$/.exec(uri);
  const id = /\/data\/([^/]+)\/versions\/([^/]+)$/.exec(uri);
  const asset = short ? `${short[1]}:${short[2]}` : id ? `${id[1]}:${id[2]}` : undefined;
  return { name, ...(type ? { type } : {}), ...(asset ? { asset } : { uri }) };
}

/** The lineage facts of a job from its tags and properties (Azure jobs and local job records alike). */
export function jobLineageFrom(
  name: string,
  tags: Record<string, string>,
  properties: Record<string, string> = {},
  status?: string,
): JobLineage {
  const first = (keys: string[]) => keys.map((k) => tags[k] || properties[k]).find(Boolean);
  return {
    name,
    commit: first(COMMIT_KEYS),
    repository: first(REPOSITORY_KEYS),
    githubRunId: tags['github.run_id'],
    githubRunUrl: tags['github.run_url'],
    status,
    tags,
  };
}

export function modelLineage(
  model: ResolvedModel,
  job: JobLineage | undefined,
  download: { files: number; bytes: number; at: Date },
): ModelLineage {
  return {
    schema: LINEAGE_SCHEMA,
    name: model.name,
    version: model.version,
    id: model.id,
    modelUri: model.modelUri,
    modelType: model.modelType,
    tags: model.tags,
    job,
    downloadedAt: download.at.toISOString(),
    files: download.files,
    bytes: download.bytes,
  };
}

/**
 * Writes the lineage into `folder` and returns its path: model.json, unless the model has a model.json of
 * its own at the top (`modelFiles` are the downloaded paths relative to `folder`).
 */
export async function writeLineage(folder: string, lineage: ModelLineage, modelFiles: string[]): Promise<string> {
  const file = path.join(folder, modelFiles.includes(LINEAGE_FILE) ? LINEAGE_FALLBACK_FILE : LINEAGE_FILE);
  await writeFile(file, `${JSON.stringify(lineage, null, 2)}\n`);
  return file;
}

function stringMap(value: Record<string, string | null> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value ?? {})) if (v !== null && v !== undefined) out[k] = String(v);
  return out;
}

/**
 * Reads a lineage file download-model wrote (model.json or azureml-model-lineage.json), or the one in the model
 * folder it downloaded to (a later job has the folder, from an artifact, but not the step's output); `input`
 * names it in errors.
 */
export async function readLineageFile(fileOrFolder: string, input: string): Promise<ModelLineage> {
  const file = await lineageFileIn(fileOrFolder);
  let parsed: Partial<ModelLineage>;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<ModelLineage>;
  } catch (error) {
    throw new UserError(`Input '${input}': cannot read the model lineage ${file}: ${errorMessage(error)}`, { file });
  }
  if (parsed.schema !== LINEAGE_SCHEMA)
    throw new UserError(
      `Input '${input}': ${file} is not a lineage file download-model wrote (schema ${JSON.stringify(parsed.schema)}, expected ${LINEAGE_SCHEMA}).`,
      { file },
    );
  return parsed as ModelLineage;
}

/** In a model folder, ours is the fallback name when present (the model had a model.json of its own), else model.json. */
async function lineageFileIn(fileOrFolder: string): Promise<string> {
  const isFolder = await stat(fileOrFolder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder) return fileOrFolder;
  const fallback = path.join(fileOrFolder, LINEAGE_FALLBACK_FILE);
  const hasFallback = await stat(fallback).then(
    () => true,
    () => false,
  );
  return hasFallback ? fallback : path.join(fileOrFolder, LINEAGE_FILE);
}

/** The facts of a model's lineage, in the suite's key names (labels and annotations are written from these). */
export function lineageFacts(lineage: ModelLineage): LineageFacts {
  const job = lineage.job;
  return {
    modelName: lineage.name,
    modelVersion: lineage.version,
    trainingJob: job?.name || undefined,
    trainingCommit: job?.commit,
    trainingRun: job?.githubRunUrl,
    dataInputs: job?.dataInputs?.length ? job.dataInputs : undefined,
  };
}
