import * as core from '@actions/core';
import path from 'node:path';
import { createSession } from '../../shared/azure/create-session.js';
import { UserError } from '../../shared/core/errors.js';
import { parseNonNegativeInt } from '../../shared/core/inputs.js';
import { downloadLocalModel, writeLocalModelLineage } from '../../shared/local/index.js';
import type { LocalWorkspace } from '../../shared/local/index.js';
import { downloadModel } from '../../shared/models/download-model.js';
import type { DownloadedModel } from '../../shared/models/download-model.js';
import type { ModelLineage } from '../../shared/models/lineage.js';
import { parseVersionSelector } from '../../shared/models/resolve.js';
import type { ModelRequest } from '../../shared/models/resolve.js';
import { formatBytes } from '../../shared/storage/download.js';
import { actionsArtifactUploader, type ArtifactUploader } from '../_runtime/artifacts.js';
import { readSessionOptions } from '../_runtime/azure-inputs.js';
import { readBackend } from '../_runtime/backend.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { writeTableSummary } from '../_runtime/summary.js';

interface Inputs {
  request: ModelRequest;
  destination: string;
  artifactName?: string;
  concurrency: number;
}

function readInputs(): Inputs {
  const name = core.getInput('name').trim();
  const job = core.getInput('job-name').trim();
  const version = core.getInput('version').trim();
  if (!name && !job)
    throw new UserError("Give the model 'name' (and optionally 'version'), or the training 'job-name'.");
  if (job && version && version !== 'latest') {
    throw new UserError(`Give either 'version' (${version}) or 'job-name' (${job}), not both: each picks the version.`);
  }
  const request: ModelRequest = job
    ? { job, name: name || undefined }
    : { name, selector: parseVersionSelector(version) };
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const concurrency = parseNonNegativeInt('concurrency', core.getInput('concurrency'), 8);
  if (concurrency < 1) throw new UserError("Input 'concurrency' must be at least 1.");
  return {
    request,
    destination: path.resolve(workspace, core.getInput('path') || 'model'),
    artifactName: core.getInput('artifact-name').trim() || undefined,
    concurrency,
  };
}

export async function main(artifacts: ArtifactUploader = actionsArtifactUploader()): Promise<void> {
  await runStep(async () => {
    const inputs = readInputs();
    const backend = await readBackend();
    if (backend.kind === 'local') return downloadFromLocalWorkspace(backend.workspace, inputs, artifacts);
    const session = await createSession(readSessionOptions());
    const result = await downloadModel(session, {
      request: inputs.request,
      destination: inputs.destination,
      concurrency: inputs.concurrency,
    });
    writeOutputs(result.lineage, result.lineageFile, inputs.destination);
    if (inputs.artifactName) await uploadArtifact(artifacts, inputs.artifactName, inputs.destination, result);
    await writeSummary(result, inputs.destination, inputs.artifactName);
  });
}

/** Local backend: the model a local pipeline registered, copied from the local workspace, with its lineage. */
async function downloadFromLocalWorkspace(workspace: LocalWorkspace, inputs: Inputs, artifacts: ArtifactUploader) {
  const request = inputs.request;
  if (!('selector' in request))
    throw new UserError("With backend 'local', give the model 'name' (and 'version'), not 'job-name'.");
  const log = coreLogger();
  const download = await downloadLocalModel(workspace, {
    name: request.name,
    selector: request.selector,
    destination: inputs.destination,
    log,
  });
  const { lineage, file } = await writeLocalModelLineage(workspace, download);
  writeOutputs(lineage, file, inputs.destination);
  if (inputs.artifactName) {
    const files = [...download.files.map((f) => path.join(inputs.destination, f)), file];
    await artifacts.upload(inputs.artifactName, files, inputs.destination);
  }
  log.info(`Model ${lineage.name}:${lineage.version} (job ${lineage.job?.name ?? '-'}) -> ${inputs.destination}`);
}

/** The same outputs for both backends, all read from the lineage record written beside the model. */
function writeOutputs(lineage: ModelLineage, lineageFile: string, destination: string): void {
  core.setOutput('model-name', lineage.name);
  core.setOutput('version', lineage.version);
  core.setOutput('model-id', lineage.id);
  core.setOutput('uri', lineage.modelUri);
  core.setOutput('path', destination);
  core.setOutput('job-name', lineage.job?.name ?? '');
  core.setOutput('source-commit', lineage.job?.commit ?? '');
  core.setOutput('lineage-file', lineageFile);
  core.setOutput('files', String(lineage.files));
}

async function uploadArtifact(artifacts: ArtifactUploader, name: string, root: string, result: DownloadedModel) {
  const files = [...result.download.files.map((f) => f.path), result.lineageFile];
  await core.group(`Upload artifact ${name}`, async () => {
    const uploaded = await artifacts.upload(name, files, root);
    core.info(`Uploaded ${files.length} file(s) as artifact '${name}' (id ${uploaded.id ?? '?'}).`);
  });
}

async function writeSummary(result: DownloadedModel, destination: string, artifactName?: string): Promise<void> {
  const { model, lineage, download } = result;
  const verified = download.files.filter((f) => f.md5Verified).length;
  const rows = [
    ['Model', `${model.name}:${model.version}`],
    ['URI', model.modelUri],
    ['Training job', lineage.job?.name ?? '-'],
    ['Source commit', lineage.job?.commit ?? '-'],
    ['Files', `${download.files.length} (${formatBytes(download.bytes)}), ${verified} checked against Content-MD5`],
    ['Path', destination],
    ['Lineage', result.lineageFile],
    ...(artifactName ? [['Artifact', artifactName]] : []),
  ];
  await writeTableSummary('Model downloaded', ['Field', 'Value'], rows);
}

if (isEntryPoint(import.meta.url)) await main();
