import * as core from '@actions/core';
import path from 'node:path';
import type { ModelDownload } from '../../shared/backend/backend.js';
import { UserError } from '../../shared/core/errors.js';
import { parseNonNegativeInt } from '../../shared/core/inputs.js';
import {
  describeSelector,
  parseTagFilters,
  parseVersionSelector,
  withTagFilters,
} from '../../shared/models/selector.js';
import type { ModelRequest } from '../../shared/models/selector.js';
import { actionsArtifactUploader, type ArtifactUploader } from '../_runtime/artifacts.js';
import { readBackend } from '../_runtime/backend.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { writeTableSummary } from '../_runtime/summary.js';
import { coreLogger } from '../_runtime/logger.js';

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
  const filters = parseTagFilters(core.getInput('tag-filter'));
  if (!name && !job)
    throw new UserError("Give the model 'name' (and optionally 'version'), or the training 'job-name'.");
  if (job && version && version !== 'latest') {
    throw new UserError(`Give either 'version' (${version}) or 'job-name' (${job}), not both: each picks the version.`);
  }
  if (job && filters.length)
    throw new UserError(`Give either 'tag-filter' or 'job-name' (${job}), not both: the job picks the version.`);
  const request: ModelRequest = job
    ? { job, name: name || undefined }
    : { name, selector: withTagFilters(parseVersionSelector(version), filters) };
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
    const result = await backend.downloadModel(inputs.request, inputs.destination, { concurrency: inputs.concurrency });
    const chosenBy = chosenByText(inputs.request);
    coreLogger().info(`Chose ${result.lineage.name} version ${result.lineage.version}: ${chosenBy}.`);
    writeOutputs(result, inputs.destination);
    core.setOutput('chosen-by', chosenBy);
    if (inputs.artifactName) await uploadArtifact(artifacts, inputs.artifactName, inputs.destination, result);
    await writeSummary(result, inputs.destination, chosenBy, inputs.artifactName);
  });
}

/** The same outputs for both backends, all read from the lineage record written beside the model. */
function writeOutputs({ lineage, lineageFile }: ModelDownload, destination: string): void {
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

async function uploadArtifact(artifacts: ArtifactUploader, name: string, root: string, result: ModelDownload) {
  const files = [...result.files, result.lineageFile];
  await core.group(`Upload artifact ${name}`, async () => {
    const uploaded = await artifacts.upload(name, files, root);
    coreLogger().info(`Uploaded ${files.length} file(s) as artifact '${name}' (id ${uploaded.id ?? '?'}).`);
  });
}

/** Which rule chose the version, in words: what the log, the output and the summary say. */
function chosenByText(request: ModelRequest): string {
  return 'job' in request ? `the model registered by job ${request.job}` : describeSelector(request.selector);
}

async function writeSummary(
  result: ModelDownload,
  destination: string,
  chosenBy: string,
  artifactName?: string,
): Promise<void> {
  const { lineage } = result;
  const rows = [
    ['Model', `${lineage.name}:${lineage.version}`],
    ['Chosen as', chosenBy],
    ['URI', lineage.modelUri],
    ['Training job', lineage.job?.name ?? '-'],
    ['Source commit', lineage.job?.commit ?? '-'],
    ['Files', result.filesDetail],
    ['Path', destination],
    ['Lineage', result.lineageFile],
    ...(artifactName ? [['Artifact', artifactName]] : []),
  ];
  await writeTableSummary('Model downloaded', ['Field', 'Value'], rows);
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main();
