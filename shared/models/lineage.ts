import type { JobBase } from '../azure/ml-api/types.js';
import { writeFile } from 'node:fs/promises';
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
  return jobLineageFrom(job.name ?? '', stringMap(p.tags), stringMap(p.properties), p.status);
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
