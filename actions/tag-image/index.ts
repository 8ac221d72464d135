import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { parseBoolean, parseKeyValueLines, parseLines } from '../../shared/core/inputs.js';
import type { Logger } from '../../shared/core/logger.js';
import { gitContextFrom, readEventPayload } from '../../shared/github/git-context.js';
import { DEFAULT_MODEL_LABEL_NAMESPACE } from '../../shared/tagging/labels.js';
import { summaryMarkdown } from '../../shared/tagging/summary.js';
import { tagImage, type TagImageOptions, type TagImageResult } from '../../shared/tagging/tag-image.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';

const optional = (name: string) => core.getInput(name) || undefined;

/** Every input, and the GitHub context from the runner's variables and event payload, in one typed object. */
export function readOptions(log: Logger): TagImageOptions {
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
    modelLabelNamespace: optional('label-namespace') ?? DEFAULT_MODEL_LABEL_NAMESPACE,
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
    const options = readOptions(log);
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
