/**
 * A cached re-run of a fan-out pipeline does no work: every step is a cache hit and no step's process starts
 * (each process that runs leaves a line in a marker file outside the workspace).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { LocalWorkspace, runLocalPipeline } from '../../../shared/local/index.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { writeFanOut } from './fan-out.js';

const STEPS = 12;
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'local-fan-out-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const processesRun = async (marker: string): Promise<number> =>
  (await readFile(marker, 'utf8').catch(() => '')).split('\n').filter(Boolean).length;

test(`the cached re-run of a ${STEPS}-step fan-out reuses every step and starts no process`, async () => {
  const job = await loadPipelineJob(await writeFanOut(root, STEPS));
  const ws = await LocalWorkspace.open(join(root, '.mlops'));
  const marker = join(root, 'processes.txt');
  const env = { ...process.env, FANOUT_MARKER: marker };

  const cold = await runLocalPipeline(ws, job, { log: memoryLogger(), env, maxParallel: 2 });
  expect(cold.status).toBe('Completed');
  expect(cold.cache.misses).toHaveLength(STEPS);
  expect(await processesRun(marker)).toBe(STEPS);

  const log = memoryLogger();
  const cached = await runLocalPipeline(ws, job, { log, env, maxParallel: 2 });
  expect(cached.status).toBe('Completed');
  expect(cached.cache).toEqual({ hits: cold.steps.map((s) => s.name), misses: [] });
  expect(await processesRun(marker)).toBe(STEPS);
  expect(log.text()).not.toMatch(/\$ python/);
  expect(cached.steps.map((s) => s.outputs)).toEqual(cold.steps.map((s) => s.outputs));
});
