import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryLogger } from '../../../shared/core/logger.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { LocalWorkspace, resolveLocalModel, runLocalPipeline } from '../../../shared/local/index.js';

const PIPELINE = fileURLToPath(
  new URL('../../../workflows-examples/project/pipelines/animals-classification.yaml', import.meta.url),
);
const TOY = { pandas_data: '../data/toy/panda', cats_data: '../data/toy/cat', dogs_data: '../data/toy/dog', epochs: 1 };

describe('the example project pipeline on the local backend (toy dataset)', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'local-example-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('runs end to end, registers animal-classification, and a second run reuses every step', async () => {
    const ws = await LocalWorkspace.open(join(root, '.mlops'));
    const job = await loadPipelineJob(PIPELINE, { inputs: TOY });
    const first = await runLocalPipeline(ws, job, { log: memoryLogger() });
    expect(first.status).toBe('Completed');
    expect(first.steps.map((s) => s.status)).toEqual(Array(6).fill('Completed'));
    expect((await readdir(first.outputs.model)).length).toBeGreaterThan(0);
    const model = await resolveLocalModel(ws, 'animal-classification', { kind: 'latest' });
    expect({ version: model.version, jobName: model.jobName }).toEqual({ version: '1', jobName: first.name });

    const second = await runLocalPipeline(ws, job, { log: memoryLogger() });
    expect(second.cache.hits).toEqual(Object.keys(job.jobs));
    expect(second.outputs).toEqual(first.outputs);
  });
});
