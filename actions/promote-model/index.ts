import * as core from '@actions/core';
import { UserError } from '../../shared/core/errors.js';
import { parseKeyValueLines, parseLines } from '../../shared/core/inputs.js';
import { PartialPromotionError, parseStageTag } from '../../shared/models/promote.js';
import type { PromoteRequest, PromoteResult } from '../../shared/models/promote.js';
import { describeSelector, parseVersionSelector } from '../../shared/models/resolve.js';
import { readBackend } from '../_runtime/backend.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { writeTableSummary } from '../_runtime/summary.js';

function readInputs(): PromoteRequest {
  const name = core.getInput('name').trim();
  if (!name) throw new UserError("Input 'name' is required: the registered model whose version is promoted.");
  const version = core.getInput('version').trim();
  if (!version) throw new UserError("Input 'version' is required: a version such as 3, 'latest', or tag:KEY=VALUE.");
  const removeTags = parseLines(core.getInput('remove-tags'));
  for (const key of removeTags)
    if (key.includes('=')) throw new UserError(`Input 'remove-tags': '${key}' is not a tag key; give KEY lines.`);
  return {
    name,
    selector: parseVersionSelector(version),
    stage: parseStageTag(core.getInput('stage')),
    addTags: parseKeyValueLines('add-tags', core.getInput('add-tags')),
    removeTags,
  };
}

export async function main(): Promise<void> {
  await runStep(async () => {
    const request = readInputs();
    const backend = await readBackend();
    let result: PromoteResult;
    try {
      result = await backend.promoteModel(request);
    } catch (error) {
      // What was changed before a failed write is still reported, so the next run (or a person) can finish it.
      if (error instanceof PartialPromotionError)
        await report(error.partial, request, 'Model promotion (failed part-way)');
      throw error;
    }
    await report(result, request, 'Model promoted');
  });
}

async function report(result: PromoteResult, request: PromoteRequest, title: string): Promise<void> {
  const log = coreLogger();
  const stage = request.stage && `${request.stage.key}=${request.stage.value}`;
  const touched = result.changes.map((c) => c.version);
  if (stage)
    log.info(
      `${result.name}:${result.version} now carries ${stage}; previous: ${result.previous.join(', ') || 'none'}.`,
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
