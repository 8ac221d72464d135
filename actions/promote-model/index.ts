import * as core from '@actions/core';
import { UserError } from '../../shared/core/errors.js';
import { parseKeyValueLines, parseLines, parseNonNegativeInt } from '../../shared/core/inputs.js';
import { describeTarget, parseCopyTarget, type CopyTarget } from '../../shared/models/copy-target.js';
import type { CopyResult } from '../../shared/models/copy.js';
import { PartialPromotionError, checkPromoteRequest, parseStageTag } from '../../shared/models/promote.js';
import type { PromoteRequest, PromoteResult } from '../../shared/models/promote.js';
import { describeSelector, parseVersionSelector } from '../../shared/models/selector.js';
import { readBackend } from '../_runtime/backend.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { writeTableSummary } from '../_runtime/summary.js';

interface Inputs {
  promote: PromoteRequest;
  copyTo?: CopyTarget;
  concurrency: number;
}

function readInputs(): Inputs {
  const name = core.getInput('name').trim();
  if (!name) throw new UserError("Input 'name' is required: the registered model whose version is promoted.");
  const version = core.getInput('version').trim();
  if (!version) throw new UserError("Input 'version' is required: a version such as 3, 'latest', or tag:KEY=VALUE.");
  const removeTags = parseLines(core.getInput('remove-tags'));
  for (const key of removeTags)
    if (key.includes('=')) throw new UserError(`Input 'remove-tags': '${key}' is not a tag key; give KEY lines.`);
  const concurrency = parseNonNegativeInt('concurrency', core.getInput('concurrency'), 8);
  if (concurrency < 1) throw new UserError("Input 'concurrency' must be at least 1.");
  const promote: PromoteRequest = {
    name,
    selector: parseVersionSelector(version),
    stage: parseStageTag(core.getInput('stage')),
    addTags: parseKeyValueLines('add-tags', core.getInput('add-tags')),
    removeTags,
  };
  const copyTo = parseCopyTarget(core.getInput('copy-to'));
  // Checked before signing in; a copy alone (`stage: none`, no tags) is a request too.
  if (!copyTo || changesTags(promote)) checkPromoteRequest(promote);
  return { promote, copyTo, concurrency };
}

/** True when the request moves or changes a tag (with `copy-to`, copying alone is a request too). */
const changesTags = (r: PromoteRequest) => !!r.stage || Object.keys(r.addTags).length > 0 || r.removeTags.length > 0;

export async function main(): Promise<void> {
  await runStep(async () => {
    const inputs = readInputs();
    const backend = await readBackend();
    let request = inputs.promote;
    if (inputs.copyTo) {
      const copy = await backend.copyModel({
        name: request.name,
        selector: request.selector,
        target: inputs.copyTo,
        omitTags: request.stage ? [request.stage.key] : [],
        concurrency: inputs.concurrency,
      });
      await reportCopy(copy);
      if (!changesTags(request)) return;
      // The promotion happens where the copy is: the version just copied (or found there already).
      request = { ...request, selector: { kind: 'version', version: copy.version } };
    }
    let result: PromoteResult;
    try {
      result = await backend.promoteModel(request, inputs.copyTo);
    } catch (error) {
      // What was changed before a failed write is still reported, so the next run (or a person) can finish it.
      if (error instanceof PartialPromotionError)
        await report(error.partial, request, inputs.copyTo, 'Model promotion (failed part-way)');
      throw error;
    }
    await report(result, request, inputs.copyTo, 'Model promoted');
  });
}

async function reportCopy(copy: CopyResult): Promise<void> {
  const done = copy.status === 'copied' ? 'copied to' : 'already in';
  coreLogger().info(`${copy.name}:${copy.version} ${done} ${copy.target} (content ${copy.contentHash}).`);
  core.setOutput('model-name', copy.name);
  core.setOutput('version', copy.version);
  core.setOutput('copy-status', copy.status);
  core.setOutput('copy-id', copy.targetId);
  core.setOutput('copy-uri', copy.modelUri);
  core.setOutput('content-hash', copy.contentHash);
  const rows = [
    ['Model', `${copy.name}:${copy.version}`],
    ['From', copy.sourceId],
    ['To', copy.target],
    ['This run', copy.status === 'copied' ? 'copied and checked blob by blob' : 'nothing (same content there already)'],
    ['Content hash (sha256)', copy.contentHash],
    ['Files', String(copy.files)],
    ['Model URI', copy.modelUri],
  ];
  await writeTableSummary(copy.status === 'copied' ? 'Model copied' : 'Model already copied', ['Field', 'Value'], rows);
}

async function report(
  result: PromoteResult,
  request: PromoteRequest,
  where: CopyTarget | undefined,
  title: string,
): Promise<void> {
  const log = coreLogger();
  const stage = request.stage && `${request.stage.key}=${request.stage.value}`;
  const touched = result.changes.map((c) => c.version);
  if (stage)
    log.info(
      `${result.name}:${result.version} now carries ${stage}; previous: ${result.previous.join(', ') || 'none'}.`,
    );
  // The tag branch scoping puts on what a pull request or a feature branch registers (shared/github/branch-scope.ts).
  const scoped = result.tags['github.branch_scope'];
  if (stage && scoped)
    log.warning(
      `${result.name}:${result.version} was registered by a branch-scoped run (scope '${scoped}'` +
        `${result.tags['github.pull_request'] ? `, pull request #${result.tags['github.pull_request']}` : ''}), ` +
        `and now carries ${stage}.`,
    );
  log.info(`Versions written: ${touched.join(', ') || 'none (already as asked)'}.`);
  core.setOutput('model-name', result.name);
  core.setOutput('version', result.version);
  core.setOutput('model-id', result.id);
  core.setOutput('previous', result.previous.join(','));
  core.setOutput('changed', touched.join(','));
  core.setOutput('tags', JSON.stringify(result.tags));
  const rows = [
    ['Model', `${result.name}:${result.version}`],
    ['Where', where ? describeTarget(where) : 'the workspace'],
    ['Chosen as', describeSelector(request.selector)],
    ['Stage', stage ?? '-'],
    ['Previous', result.previous.join(', ') || '-'],
    ...result.changes.map((c) => [`Version ${c.version}`, changeText(c.set, c.removed)]),
    ['Roll back with', result.previous.length ? `version: ${result.previous[0]}` : '-'],
  ];
  await writeTableSummary(title, ['Field', 'Value'], rows);
}

function changeText(set: Record<string, string>, removed: string[]): string {
  return [...Object.entries(set).map(([k, v]) => `+ ${k}=${v}`), ...removed.map((k) => `- ${k}`)].join(', ');
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main();
