/**
 * Run history paging and log tailing against a scripted getter (the emulator answers in one page and never
 * splits a line, so these two behaviours are proven here).
 */
import { memoryLogger } from '../../../shared/core/logger.js';
import type { HttpGetter } from '../../../shared/jobs/data-plane.js';
import { LogTail } from '../../../shared/jobs/log-tail.js';
import { RunHistory } from '../../../shared/jobs/run-history.js';
import type { StepResult } from '../../../shared/jobs/types.js';

const BASE =
  'https://westeurope.api.azureml.ms/history/v1.0/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws';

/** Answers GETs from a table of URL -> body (JSON value or text); records the URLs asked for. */
function scriptedGetter(answers: Record<string, unknown>): HttpGetter & { asked: string[] } {
  const asked: string[] = [];
  const answer = (url: string) => {
    asked.push(url);
    if (!(url in answers)) throw Object.assign(new Error(`no answer for ${url}`), { statusCode: 404 });
    return answers[url];
  };
  return {
    asked,
    getJson: async <T>(url: string) => answer(url) as T,
    getText: async (url: string) => String(answer(url)),
  };
}

test('children are read across pages, by continuation token and by nextLink', async () => {
  const first = `${BASE}/runs/pipe-1/children`;
  const http = scriptedGetter({
    [first]: { value: [{ runId: 'a' }], continuationToken: 'tok 2' },
    [`${first}?$continuationtoken=tok%202`]: { value: [{ runId: 'b' }], nextLink: `${first}?page=3` },
    [`${first}?page=3`]: { value: [{ runId: 'c' }], continuationToken: null, nextLink: null },
  });
  const runs = await new RunHistory(BASE, http).children('pipe-1');
  expect(runs.map((r) => r.runId)).toEqual(['a', 'b', 'c']);
});

test('log tailing prints complete lines once, holds a half-written line until the step ends', async () => {
  const logUrl = 'https://blob/train/std_log.txt?sig=x';
  const answers: Record<string, unknown> = {
    [`${BASE}/runs/r-train/details`]: { runId: 'r-train', logFiles: { 'user_logs/std_log.txt': logUrl } },
    [logUrl]: 'epoch 1\nepoch 2 (half',
  };
  const log = memoryLogger();
  const tail = new LogTail(new RunHistory(BASE, scriptedGetter(answers)), scriptedGetter(answers), log);
  const train: StepResult = { name: 'train', runId: 'r-train', status: 'Running' };

  await tail.finish([train]);
  answers[logUrl] = 'epoch 1\nepoch 2 (half-way)\nepoch 3';
  await tail.finish([train]);
  await tail.finish([{ ...train, status: 'Completed' }]);
  await tail.finish([{ ...train, status: 'Completed' }]);

  expect(log.lines.map((l) => l.message)).toEqual([
    '── train · user_logs/std_log.txt ──',
    'epoch 1',
    'epoch 2 (half-way)',
    'epoch 3',
  ]);
});
