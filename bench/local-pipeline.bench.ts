/**
 * The local backend on the example project's pipeline (toy dataset): a cold run (empty workspace) vs a cached run
 * (every step reused), and the three-way dataprep fan-out run in parallel vs one step at a time (maxParallel 1),
 * measured from the steps' recorded start and end times. All rows are measured in the same run.
 * Run: npm run bench -- local-pipeline
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../shared/core/logger.js';
import { LocalWorkspace, runLocalPipeline, type LocalJobResult } from '../shared/local/index.js';
import { loadPipelineJob } from '../shared/pipeline/pipeline-job.js';
import { printRatios } from './stats.js';

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
