import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { parseBoolean, parseKeyValueLines, parseLines } from '../../shared/core/inputs.js';
import type { Logger } from '../../shared/core/logger.js';
import { gitContextFrom, readEventPayload } from '../../shared/github/git-context.js';
import { lineageFacts, readLineageFile } from '../../shared/models/lineage.js';
import { summaryMarkdown } from '../../shared/tagging/summary.js';
import { tagImage, type TagImageOptions, type TagImageResult } from '../../shared/tagging/tag-image.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';

const optional = (name: string) => core.getInput(name) || undefined;
const workspace = () => process.env.GITHUB_WORKSPACE ?? process.cwd();

/** Every input, and the GitHub context from the runner's variables and event payload, in one typed object. */
/** The workflow run's page, from the runner's variables. */
function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  return GITHUB_REPOSITORY && GITHUB_RUN_ID
    ? `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
    : undefined;
}

export async function readOptions(log: Logger): Promise<TagImageOptions> {
  const lineageFile = optional('model-lineage');
  const legacyLabelNamespace = optional('label-namespace');
  if (legacyLabelNamespace)
    log.warning(
      "Input 'label-namespace' is deprecated: the model labels are io.github.azureml-mlops.model-name, .model-version and .training-job; the old ones are written too for this version.",
    );
  const password = optional('password');
  if (password) log.secret(password);
  return {
    images: parseLines(core.getInput('images', { required: true })),
    tagRules: core.getInput('tags').split(/\r?\n/),
    flavor: parseLines(core.getInput('flavor')),
    extraLabels: parseKeyValueLines('labels', core.getInput('labels')),
    model: {
      name: optional('model-name'),
      version: optional('model-version'),
      trainingJob: optional('model-training-job'),
    },
    lineage: lineageFile
      ? lineageFacts(await readLineageFile(path.resolve(workspace(), lineageFile), 'model-lineage'))
      : undefined,
    legacyLabelNamespace,
    buildRun: runUrl(),
    version: optional('version'),
    source: optional('source'),
    push: parseBoolean('push', core.getInput('push'), false),
    username: optional('username'),
    password,
    dockerConfigDir: process.env.DOCKER_CONFIG || path.join(os.homedir(), '.docker'),
    registryLookup: parseBoolean('registry-lookup', core.getInput('registry-lookup'), true),
    context: gitContextFrom(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH)),
    now: new Date(),
  };
}

function writeOutputs(result: TagImageResult, options: TagImageOptions): void {
  const labelLines = Object.entries(result.labels).map(([k, v]) => `${k}=${v}`);
  core.setOutput('tags', result.references.join('\n'));
  core.setOutput('labels', labelLines.join('\n'));
  core.setOutput('json', JSON.stringify({ tags: result.references, labels: result.labels }));
  core.setOutput('version', result.version);
  core.setOutput('revision', options.context.sha);
  core.setOutput('branch', options.context.branch ?? '');
  core.setOutput('digest', result.retag?.digest ?? '');
  core.setOutput('digests', result.digests.join('\n'));
}

export async function main(): Promise<void> {
  await runStep(async () => {
    const log = coreLogger();
    const options = await readOptions(log);
    const result = await tagImage(options, log);
    await log.group('Tags', async () => result.references.forEach((r) => log.info(r)));
    await log.group('Labels', async () => Object.entries(result.labels).forEach(([k, v]) => log.info(`${k}=${v}`)));
    writeOutputs(result, options);
    await core.summary.addRaw(summaryMarkdown(result)).write();
  });
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main();
