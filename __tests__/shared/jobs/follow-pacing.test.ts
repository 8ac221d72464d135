/**
 * How often the follower asks, on a simulated clock (no wall-clock waits): polls back off while nothing changes and
 * come back after a change, a pipeline's steps cost one list call per poll however many there are, a budget keeps a
 * constantly changing 200-step job from polling at the floor, and a throttled answer's Retry-After is waited out.
 */
import { followJob } from '../../../shared/jobs/follow.js';
import { MAX_STEPS_PER_ROUND } from '../../../shared/jobs/log-tail.js';
import { POLL_BURST, POLLS_PER_CEILING, PollPacer, defaultPollBounds } from '../../../shared/jobs/poll.js';
import { SimulatedClock } from '../../support/simulated-clock.js';
import { startJobsFixture } from './jobs-fixture.js';
import type { JobsFixture } from './jobs-fixture.js';
import { submitLongJob } from './long-job.js';

const BOUNDS = defaultPollBounds(5000);
const HOUR = 3_600_000;

let fx: JobsFixture;
beforeAll(async () => {
  fx = await startJobsFixture();
  fx.emu.jobs.autoAdvance = false;
});
afterAll(() => fx.close());
beforeEach(() => fx.emu.faults.clear());

/** A fresh simulated clock that also stamps the emulator's request log, which starts empty. */
function simulated(): SimulatedClock {
  const clock = new SimulatedClock();
  fx.emu.requests.clock = () => clock.now();
  fx.emu.requests.clear();
  return clock;
}

describe('the poll interval', () => {
  test('grows to the ceiling while nothing changes and drops to the floor after a change', () => {
    let now = 0;
    const pacer = new PollPacer(BOUNDS, { now: () => now, sleep: async () => {} });
    const quiet: number[] = [];
    for (let i = 0; i < 30; i++) {
      quiet.push(pacer.nextDelay(false));
      now += quiet.at(-1)!;
    }
    expect(quiet[0]).toBeLessThan(6000);
    expect(quiet.at(-1)).toBe(BOUNDS.maxMs);
    expect([...quiet].sort((a, b) => a - b)).toEqual(quiet);
    expect(pacer.nextDelay(true)).toBeLessThan(6000);
  });

  test('a job that changes at every poll is polled within the budget, not at the floor', () => {
    let now = 0;
    const pacer = new PollPacer(BOUNDS, { now: () => now, sleep: async () => {} });
    let polls = 0;
    while (now < HOUR) {
      now += pacer.nextDelay(true);
      polls++;
    }
    expect(polls).toBeLessThanOrEqual(POLL_BURST + POLLS_PER_CEILING * (HOUR / BOUNDS.maxMs) + 1);
    expect(polls).toBeGreaterThan(HOUR / BOUNDS.maxMs); // still faster than a quiet job
  });

  test('a Retry-After longer than the interval is waited out in full', () => {
    const now = 0;
    const pacer = new PollPacer(BOUNDS, { now: () => now, sleep: async () => {} });
    expect(pacer.nextDelay(true, 300_000)).toBeGreaterThanOrEqual(300_000);
  });
});

describe('following a long pipeline on a simulated clock', () => {
  test('a 200-step job over a simulated hour: one step list per poll, polls and log reads within their budget', async () => {
    const clock = simulated();
    await submitLongJob(fx, clock, 'pace-200', 200, HOUR);
    const result = await followJob(fx.session, 'pace-200', { clock, pollBounds: BOUNDS });

    expect(result).toMatchObject({ status: 'Completed', stepsKnown: true });
    expect(result.steps).toHaveLength(200);
    expect(result.steps.every((s) => s.status === 'Completed')).toBe(true);
    const records = fx.emu.requests.records;
    const jobReads = records.filter(
      (r) => r.method === 'GET' && r.status === 200 && r.path.endsWith('/jobs/pace-200'),
    ).length;
    const lists = records.filter((r) => r.path.endsWith('/children')).length;
    // One paged list per poll (and one more after the end), never a read per step.
    expect(lists).toBe(jobReads + 1);
    expect(records.filter((r) => /\/runs\/[^/]+$/.test(r.path) && !r.path.endsWith('/pace-200'))).toEqual([]);
    const minutes = (clock.now() - Date.parse(records[0].time)) / 60_000;
    expect(jobReads).toBeLessThanOrEqual(POLL_BURST + POLLS_PER_CEILING * minutes + 1);
    // Logs: at most MAX_STEPS_PER_ROUND steps a round; every step's run details read once, its log read a few times.
    const details = records.filter((r) => r.path.endsWith('/details')).length;
    expect(details).toBeLessThanOrEqual(200 + 10);
    const logReads = records.filter((r) => r.path.startsWith('/_logs/')).length;
    expect(logReads).toBeLessThanOrEqual(MAX_STEPS_PER_ROUND * (jobReads + 1) + 200);
    // Every step's last line was printed.
    expect(fx.log.text()).toContain('step_199 Completed');
  });

  test('a throttled step list: the next poll comes no sooner than its Retry-After', async () => {
    const clock = simulated();
    await submitLongJob(fx, clock, 'pace-throttled', 5, HOUR);
    fx.emu.faults.add({
      method: 'GET',
      path: '/history/**/runs/pace-throttled/children',
      fault: { kind: 'status', status: 429, retryAfterSeconds: 600, code: 'TooManyRequests', message: 'Slow down.' },
      times: 1,
    });
    const result = await followJob(fx.session, 'pace-throttled', { clock, pollBounds: BOUNDS });

    expect(result.status).toBe('Completed');
    const records = fx.emu.requests.records;
    const throttled = records.findIndex((r) => r.status === 429);
    expect(throttled).toBeGreaterThanOrEqual(0);
    // Not retried in place: the next request of any kind to the job waits the 10 minutes asked for.
    const next = records.slice(throttled + 1).find((r) => r.path.includes('pace-throttled'));
    expect(Date.parse(next!.time) - Date.parse(records[throttled].time)).toBeGreaterThanOrEqual(600_000);
    expect(clock.sleeps.some((ms) => ms >= 600_000)).toBe(true);
  });

  test('a job read still throttled after the client retries (no Retry-After): the next poll waits the ceiling', async () => {
    const clock = simulated();
    await submitLongJob(fx, clock, 'pace-arm-429', 5, HOUR);
    const start = clock.now();
    let armed = false;
    clock.onAdvance((now) => {
      if (armed || now - start < 10 * 60_000) return;
      armed = true;
      fx.emu.faults.add({
        method: 'GET',
        path: '/subscriptions/**/jobs/pace-arm-429',
        fault: { kind: 'status', status: 429, code: 'TooManyRequests', message: 'Slow down.' },
        times: 1,
      });
    });
    const result = await followJob(fx.session, 'pace-arm-429', { clock, pollBounds: BOUNDS });

    expect(result.status).toBe('Completed');
    const jobReads = fx.emu.requests.records.filter((r) => r.method === 'GET' && r.path.endsWith('/jobs/pace-arm-429'));
    const throttled = jobReads.findIndex((r) => r.status === 429);
    expect(throttled).toBeGreaterThan(0);
    const gap = Date.parse(jobReads[throttled + 1].time) - Date.parse(jobReads[throttled].time);
    expect(gap).toBeGreaterThanOrEqual(BOUNDS.maxMs);
    expect(fx.log.text()).toMatch(
      /Reading job 'pace-arm-429' failed [\s\S]*Slow down[\s\S]*trying again at the next poll/,
    );
  });
});
