import { join } from 'node:path';
import { jobLineageFrom, modelLineage, writeLineage } from '../models/lineage.js';
import type { JobLineage, ModelLineage } from '../models/lineage.js';
import type { LocalDownloadResult } from './models.js';
import type { RecordedInput } from './run-pipeline.js';
import { readJson, type LocalWorkspace } from './workspace.js';

interface StoredJobRecord {
  tags?: Record<string, string>;
  status?: string;
  inputs?: Record<string, RecordedInput>;
}

/**
 * The lineage of a local job from its record: traceability tags (commit, repository, workflow run) and the
 * data inputs it read. Undefined when the workspace has no record of that job.
 */
export async function readLocalJobLineage(ws: LocalWorkspace, name: string): Promise<JobLineage | undefined> {
  const record = await readJson<StoredJobRecord>(join(ws.jobFolder(name), 'job.json'));
  if (!record) return undefined;
  const dataInputs = Object.entries(record.inputs ?? {}).map(([input, value]) => ({
    name: input,
    type: value.type,
    ...(value.asset ? { asset: value.asset } : {}),
    uri: value.path,
  }));
  return { ...jobLineageFrom(name, record.tags ?? {}, {}, record.status), dataInputs };
}

/**
 * The lineage file of a model downloaded from the local workspace: the same schema as for Azure, with
 * the registering job's lineage read from its job record.
 */
export async function writeLocalModelLineage(
  ws: LocalWorkspace,
  download: LocalDownloadResult,
): Promise<{ lineage: ModelLineage; file: string }> {
  const { model } = download;
  const job = model.jobName
    ? ((await readLocalJobLineage(ws, model.jobName)) ?? jobLineageFrom(model.jobName, {}))
    : undefined;
  const lineage = modelLineage(
    {
      name: model.name,
      version: model.version,
      id: `local:${model.name}:${model.version}`,
      modelUri: model.path,
      modelType: model.type,
      jobName: model.jobName,
      tags: model.tags,
    },
    job,
    { files: download.files.length, bytes: download.bytes, at: new Date() },
  );
  return { lineage, file: await writeLineage(download.destination, lineage, download.files) };
}
