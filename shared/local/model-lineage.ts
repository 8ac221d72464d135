import { join } from 'node:path';
import { jobLineageFrom, modelLineage, writeLineage } from '../models/lineage.js';
import type { ModelLineage } from '../models/lineage.js';
import type { LocalDownloadResult } from './models.js';
import { readJson, type LocalWorkspace } from './workspace.js';

/**
 * The lineage file of a model downloaded from the local workspace: the same schema as for Azure, with
 * the registering job's traceability tags (commit, repository, workflow run) read from its job record.
 */
export async function writeLocalModelLineage(
  ws: LocalWorkspace,
  download: LocalDownloadResult,
): Promise<{ lineage: ModelLineage; file: string }> {
  const { model } = download;
  const record = model.jobName
    ? await readJson<{ tags?: Record<string, string>; status?: string }>(join(ws.jobFolder(model.jobName), 'job.json'))
    : undefined;
  const job = model.jobName ? jobLineageFrom(model.jobName, record?.tags ?? {}, {}, record?.status) : undefined;
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
