/**
 * Requests per simulated minute while `followJob` follows a 6-hour pipeline of 5, 50 and 200 steps, counted from the
 * ARM emulator's request log on a simulated clock: no wall-clock waits, the same figures on a busy machine. Two
 * shapes: a chain (each step running an equal share, one after another, so the 200-step job changes every 1.8
 * minutes), counted over the whole job; and a fan-out (every step running for the whole 6 hours), counted in its
 * steady state (from the first hour to the last, when nothing changes).
 * Compared with ARM's documented read limits per principal:
 * https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling
 * (12,000 subscription reads per hour per principal in the hourly table; 250-token bucket refilled at 25/s in the
 * regional token-bucket table: the stricter, 200 reads a minute, is the bar here).
 *
 *   npm run bench -- follow
 *   BENCH_FOLLOW_HOURS=1 npm run bench -- follow
 */
import { followJob } from '../shared/jobs/follow.js';
import { defaultPollBounds } from '../shared/jobs/poll.js';
import type { RequestRecord } from '../__tests__/support/arm-emulator/request-log.js';
import { SimulatedClock } from '../__tests__/support/simulated-clock.js';
import { startJobsFixture } from '../__tests__/shared/jobs/jobs-fixture.js';
import type { JobsFixture } from '../__tests__/shared/jobs/jobs-fixture.js';
import { submitLongJob } from '../__tests__/shared/jobs/long-job.js';
import { printTable } from './stats.js';

const HOURS = Number(process.env.BENCH_FOLLOW_HOURS ?? 6);
const STEP_COUNTS = [5, 50, 200];
/** ARM's hourly read limit per principal and subscription, as a rate per minute. */
const ARM_READS_PER_MINUTE = 12_000 / 60;
const HOUR = 3_600_000;

interface Counted {
  steps: number;
  minutes: number;
  arm: number;
  stepLists: number;
  stepDetails: number;
  logFiles: number;
  busiestTenMinutes: number;
}

function count(records: RequestRecord[], from: number, to: number, steps: number): Counted {
  const inRun = records.filter((r) => {
    const t = Date.parse(r.time);
    return t >= from && t <= to;
  });
  const times = inRun.map((r) => Date.parse(r.time)).sort((a, b) => a - b);
  let busiest = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] > 10 * 60_000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  return {
    steps,
    minutes: (to - from) / 60_000,
    arm: inRun.filter(
      (r) =>
        r.path.includes('/providers/Microsoft.MachineLearningServices/workspaces/') && !r.path.startsWith('/history/'),
    ).length,
    stepLists: inRun.filter((r) => r.path.endsWith('/children')).length,
    stepDetails: inRun.filter((r) => r.path.endsWith('/details')).length,
    logFiles: inRun.filter((r) => r.path.startsWith('/_logs/')).length,
    busiestTenMinutes: busiest / 10,
  };
}

async function followOne(fx: JobsFixture, steps: number, shape: 'chain' | 'fan-out'): Promise<Counted> {
  const clock = new SimulatedClock();
  fx.emu.requests.clock = () => clock.now();
  fx.emu.requests.clear(); // every job starts at the same simulated time
  const name = `bench-follow-${shape}-${steps}`;
  await submitLongJob(fx, clock, name, steps, HOURS * HOUR, shape);
  const start = clock.now();
  const result = await followJob(fx.session, name, { clock, pollBounds: defaultPollBounds(5000) });
  if (result.status !== 'Completed' || result.steps.length !== steps)
    throw new Error(`followed ${result.steps.length} of ${steps} steps to ${result.status}`);
  // Steady state: without the first and last hour (all of it for jobs of 2 hours or less).
  const margin = HOURS > 2 ? HOUR : 0;
  const [from, to] = shape === 'chain' ? [start, clock.now()] : [start + margin, clock.now() - margin];
  return count(fx.emu.requests.records, from, to, steps);
}

function print(title: string, rows: Counted[]): void {
  const total = (r: Counted) => r.arm + r.stepLists + r.stepDetails + r.logFiles;
  const base = total(rows[0]) / rows[0].minutes;
  printTable(
    title,
    [
      'steps',
      'all req/min',
      'x 5 steps',
      'ARM job reads/min',
      'step lists/min',
      'log reads/min',
      'busiest 10 min',
      'ARM share of 200/min',
    ],
    rows.map((r) => [
      String(r.steps),
      total(r) / r.minutes,
      total(r) / r.minutes / base,
      r.arm / r.minutes,
      r.stepLists / r.minutes,
      (r.stepDetails + r.logFiles) / r.minutes,
      r.busiestTenMinutes,
      `${((100 * r.arm) / r.minutes / ARM_READS_PER_MINUTE).toFixed(2)}%`,
    ]),
  );
}

test('following a long pipeline: requests per simulated minute by step count', async () => {
  const fx = await startJobsFixture();
  fx.emu.jobs.autoAdvance = false;
  const chain: Counted[] = [];
  const fanOut: Counted[] = [];
  try {
    for (const steps of STEP_COUNTS) chain.push(await followOne(fx, steps, 'chain'));
    for (const steps of STEP_COUNTS) fanOut.push(await followOne(fx, steps, 'fan-out'));
  } finally {
    await fx.close();
  }
  print(`following a ${HOURS} h pipeline, steps one after another: per simulated minute, whole job`, chain);
  print(
    `following a ${HOURS} h pipeline, every step running: per simulated minute, steady state (hour 1 to ${HOURS - 1})`,
    fanOut,
  );
  expect(chain).toHaveLength(STEP_COUNTS.length);
});
