/**
 * A retried data-plane read must leave nothing behind that keeps the process alive: after a connection reset on
 * each run-history route (discovery, run, children, details) and a successful retry, the process holds no more
 * timers than after the same reads without a fault. Counting live handles (not measuring time) keeps this
 * deterministic on a busy machine; the request timeout is set far beyond any test so a leaked timer stays visible.
 */
import { RunHistory } from '../../../shared/jobs/run-history.js';
import { pipelineBody, run, startJobsFixture } from './jobs-fixture.js';
import type { JobsFixture } from './jobs-fixture.js';
import { submitOrAttach } from '../../../shared/jobs/submit.js';

let fx: JobsFixture;
beforeAll(async () => {
  fx = await startJobsFixture();
  await submitOrAttach(fx.session, { name: 'handles-1', body: pipelineBody(), run });
});
afterAll(() => fx.close());
beforeEach(() => fx.emu.faults.clear());

/** Ref'd timers alive now (unref'd ones cannot keep the process alive and are not listed). */
const liveTimers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

/** Lets closed sockets and settled timers leave the event loop before counting. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

async function readEveryRoute(): Promise<void> {
  const history = await RunHistory.connect(fx.session);
  if (!history) throw new Error('run history unreachable');
  await history.run('handles-1');
  await history.children('handles-1');
  await history.details('handles-1');
}

const routes: [string, string | RegExp][] = [
  ['discovery', '/discovery'],
  ['runs/{id}', '/history/v1.0/**/runs/handles-1'],
  ['runs/{id}/children', '/history/v1.0/**/runs/handles-1/children'],
  ['runs/{id}/details', '/history/v1.0/**/runs/handles-1/details'],
];

test.each(routes)('a reset on %s is retried and leaves no timer behind', async (_route, path) => {
  await readEveryRoute();
  await settle();
  const clean = liveTimers();

  fx.emu.requests.clear();
  fx.emu.faults.add({ method: 'GET', path, times: 1, fault: { kind: 'reset' } });
  await readEveryRoute();
  await settle();

  expect(fx.emu.requests.records.filter((r) => r.fault).length).toBe(1);
  expect(liveTimers()).toBe(clean);
});
