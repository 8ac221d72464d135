/**
 * The local backend on the example project's pipeline (toy dataset): a cold run (empty workspace) vs a cached run
 * (every step reused), and the three-way dataprep fan-out run in parallel vs one step at a time (maxParallel 1),
 * measured from the steps' recorded start and end times. Then a generated 200-step fan-out (one seed step, 199 steps
 * of one tiny python component reading its output): cold vs cached, and how busy the scheduler keeps the cores
 * (sum of step busy time / (cores x wall time) while ready steps remain). All rows are measured in the same run.
 * Run: npm run bench -- local-pipeline   (BENCH_RUNS, BENCH_FANOUT_RUNS, BENCH_FANOUT_STEPS to change the sizes)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../shared/core/logger.js';
import { LocalWorkspace, runLocalPipeline, type LocalJobResult } from '../shared/local/index.js';
import { loadPipelineJob } from '../shared/pipeline/pipeline-job.js';
import { printRatios, printTable } from './stats.js';
import { writeFanOut } from '../__tests__/shared/local/fan-out.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PIPELINE = fileURLToPath(
  new URL('../workflows-examples/project/pipelines/animals-classification.yaml', import.meta.url),
);
const TOY = { pandas_data: '../data/toy/panda', cats_data: '../data/toy/cat', dogs_data: '../data/toy/dog', epochs: 1 };
const FAN_OUT = ['data_prep_pandas', 'data_prep_cats', 'data_prep_dogs'];

/** From the first fan-out step's start to the last one's end. */
function fanOutSpan(result: LocalJobResult): number {
  const steps = result.steps.filter((s) => FAN_OUT.includes(s.name));
  const start = Math.min(...steps.map((s) => (s.startedAt as Date).getTime()));
  const end = Math.max(...steps.map((s) => (s.endedAt as Date).getTime()));
  return end - start;
}

test('local backend: cold vs cached run, parallel vs sequential fan-out', async () => {
  const job = await loadPipelineJob(PIPELINE, { inputs: TOY });
  const cold: number[] = [];
  const cached: number[] = [];
  const parallelFanOut: number[] = [];
  const sequentialFanOut: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const maxParallel of [1, 3]) {
      const root = await mkdtemp(join(tmpdir(), 'bench-local-'));
      const ws = await LocalWorkspace.open(join(root, '.mlops'));
      const coldStart = performance.now();
      const first = await runLocalPipeline(ws, job, { log: silentLogger, maxParallel });
      const coldMs = performance.now() - coldStart;
      if (first.status !== 'Completed') throw new Error(first.error);
      (maxParallel === 1 ? sequentialFanOut : parallelFanOut).push(fanOutSpan(first));
      if (maxParallel === 3) {
        cold.push(coldMs);
        const cachedStart = performance.now();
        const again = await runLocalPipeline(ws, job, { log: silentLogger, maxParallel });
        cached.push(performance.now() - cachedStart);
        if (again.cache.hits.length !== FAN_OUT.length + 3)
          throw new Error(`expected every step reused: ${again.cache.hits}`);
      }
      await rm(root, { recursive: true, force: true });
    }
  }
  printRatios('example pipeline (6 steps, toy dataset): whole run', [
    { name: 'cold run (empty workspace), maxParallel 3', samples: cold },
    { name: 'cached run (every step reused)', samples: cached },
  ]);
  printRatios('dataprep fan-out (3 independent steps): first start -> last end', [
    { name: 'sequential (maxParallel 1)', samples: sequentialFanOut },
    { name: 'parallel (maxParallel 3)', samples: parallelFanOut },
  ]);
  expect(cached.length).toBe(RUNS);
});

const FANOUT_RUNS = Number(process.env.BENCH_FANOUT_RUNS ?? 3);
const FANOUT_STEPS = Number(process.env.BENCH_FANOUT_STEPS ?? 200);

/**
 * Of the time while some step was ready but waiting (from the first start to the last start), the share the
 * cores spent running steps: sum of each step's busy time in that window / (cores x window).
 */
function utilisation(result: LocalJobResult, cores: number): number {
  const spans = result.steps.map((s) => [(s.startedAt as Date).getTime(), (s.endedAt as Date).getTime()]);
  const from = Math.min(...spans.map(([start]) => start));
  const to = Math.max(...spans.map(([start]) => start));
  const busy = spans.reduce((sum, [start, end]) => sum + Math.max(0, Math.min(end, to) - Math.max(start, from)), 0);
  return to > from ? busy / (cores * (to - from)) : 1;
}

test(`local backend: a ${FANOUT_STEPS}-step fan-out, cold vs cached, and core utilisation`, async () => {
  const cores = availableParallelism();
  const cold: number[] = [];
  const cached: number[] = [];
  const busy: number[] = [];
  for (let i = 0; i < FANOUT_RUNS; i++) {
    const root = await mkdtemp(join(tmpdir(), 'bench-fanout-'));
    try {
      const job = await loadPipelineJob(await writeFanOut(root, FANOUT_STEPS));
      const ws = await LocalWorkspace.open(join(root, '.mlops'));
      const coldStart = performance.now();
      const first = await runLocalPipeline(ws, job, { log: silentLogger });
      cold.push(performance.now() - coldStart);
      if (first.status !== 'Completed') throw new Error(first.error);
      busy.push(utilisation(first, cores));
      const cachedStart = performance.now();
      const again = await runLocalPipeline(ws, job, { log: silentLogger });
      cached.push(performance.now() - cachedStart);
      if (again.cache.hits.length !== FANOUT_STEPS)
        throw new Error(`expected every step reused: ${again.cache.misses}`);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
  printRatios(`${FANOUT_STEPS}-step fan-out (1 seed + ${FANOUT_STEPS - 1} python steps), whole run`, [
    { name: `cold run (empty workspace), ${cores} at a time`, samples: cold },
    { name: 'cached run (every step reused; goal <= x0.10)', samples: cached },
  ]);
  printTable(
    `${FANOUT_STEPS}-step fan-out: scheduler`,
    ['run', 'cores', 'utilisation while steps wait (goal 1.00)'],
    [...busy.map((u, i) => [`cold run ${i + 1}`, String(cores), u])],
  );
  expect(cached.length).toBe(FANOUT_RUNS);
});
