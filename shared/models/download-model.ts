import type { AzureSession } from '../azure/session.js';
import { downloadPrefix } from '../storage/download.js';
import type { DownloadResult } from '../storage/download.js';
import { jobLineage, modelLineage, writeLineage } from './lineage.js';
import type { JobLineage, ModelLineage } from './lineage.js';
import { UserError } from '../core/errors.js';
import { getJob, locateModelFiles } from './locate.js';
import { describeSelector, resolveModel } from './resolve.js';
import type { ModelRequest, ResolvedModel } from './resolve.js';

export interface DownloadModelOptions {
  request: ModelRequest;
  /** Destination folder: a folder model's contents, or a single-file model, land directly in it. */
  destination: string;
  concurrency?: number;
  maxAttempts?: number;
  retryDelayMs?: number;
}

export interface DownloadedModel {
  model: ResolvedModel;
  lineage: ModelLineage;
  lineageFile: string;
  download: DownloadResult;
}

/** Resolves the model version, downloads its files intact, and writes its lineage beside them. */
export async function downloadModel(session: AzureSession, options: DownloadModelOptions): Promise<DownloadedModel> {
  const { log } = session;
  const { request } = options;
  const model = await log.group('Resolve the model version', async () => {
    const what =
      'job' in request
        ? `the model registered by job ${request.job}`
        : `${request.name}: ${describeSelector(request.selector)}`;
    const found = await resolveModel(session, request);
    log.info(`Resolved ${what} -> ${found.name} version ${found.version} (${found.modelUri}).`);
    return found;
  });
  const job = model.jobName ? await trainingJob(session, model.jobName) : undefined;
  const download = await log.group(`Download ${model.name}:${model.version}`, async () => {
    const files = await locateModelFiles(session, model.modelUri);
    return downloadPrefix(files.access, files.path, options.destination, {
      log,
      concurrency: options.concurrency,
      maxAttempts: options.maxAttempts,
      retryDelayMs: options.retryDelayMs,
    });
  });
  const lineage = modelLineage(model, job, { files: download.files.length, bytes: download.bytes, at: new Date() });
  const lineageFile = await writeLineage(
    options.destination,
    lineage,
    download.files.map((f) => f.relativePath),
  );
  log.info(`Lineage written to ${lineageFile}.`);
  return { model, lineage, lineageFile, download };
}

/** The training job's lineage; a job deleted since (its model remains) costs the commit, not the download. */
async function trainingJob(session: AzureSession, name: string): Promise<JobLineage> {
  try {
    return jobLineage(await getJob(session, name));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    session.log.warning(`${error.message} The lineage records the job name only.`);
    return { name, tags: {} };
  }
}
