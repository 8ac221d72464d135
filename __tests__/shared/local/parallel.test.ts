import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { miniBatchSource, parseSize, splitMiniBatches } from '../../../shared/local/parallel/batches.js';
import { PARALLEL_DEFAULTS, runParallel, type ParallelRun } from '../../../shared/local/parallel/run-parallel.js';
import { memoryLogger } from '../../../shared/core/logger.js';
import { parseSetOverrides } from '../../../shared/pipeline/overrides.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { runLocalPipeline } from '../../../shared/local/index.js';
import { fixtureCopy, useLocalFixture } from './helpers.js';

describe('mini-batches as Azure ML splits input_data', () => {
  test('a folder of files: mini_batch_size files per mini-batch, in name order', async () => {
    const fixture = await fixtureCopy('parallel');
    try {
      const batches = await splitMiniBatches(await miniBatchSource(join(fixture.dir, 'files'), 'uri_folder'), '3');
      expect(batches.map((b) => (b.kind === 'files' ? b.files.map((f) => f.split('/').pop()) : []))).toEqual([
        ['f1.txt', 'f2.txt', 'f3.txt'],
        ['f4.txt', 'f5.txt', 'f6.txt'],
        ['f7.txt'],
      ]);
    } finally {
      await fixture.cleanup();
    }
  });

  test('an mltable with read_delimited: whole rows until the mini-batch reaches mini_batch_size bytes', async () => {
    const fixture = await fixtureCopy('parallel');
    try {
      const source = await miniBatchSource(join(fixture.dir, 'table'), 'mltable');
      expect(source.kind).toBe('rows');
      // each row "i,i\n" is 4 bytes: 10 bytes take 3 rows; the header is not a row
      const batches = await splitMiniBatches(source, '10');
      expect(batches.map((b) => (b.kind === 'rows' ? b.rows : 0))).toEqual([3, 3, 3, 1]);
      expect((await splitMiniBatches(source, '1kb')).map((b) => (b.kind === 'rows' ? b.rows : 0))).toEqual([10]);
    } finally {
      await fixture.cleanup();
    }
  });

  test.each([
    ['10kb', 10240],
    ['1MB', 1048576],
    ['512', 512],
    ['2k', 2048],
  ])('size %s is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
});

describe('runParallel with a real entry script', () => {
  let fixture: Awaited<ReturnType<typeof fixtureCopy>>;
  let out: string;
  let lines: string[];
  beforeEach(async () => {
    fixture = await fixtureCopy('parallel');
    out = join(fixture.dir, 'out');
    await mkdir(join(out, 'init'), { recursive: true });
    lines = [];
  });
  afterEach(() => fixture.cleanup());

  const run = async (options: Partial<ParallelRun> & { data?: string; type?: string; size?: string } = {}) => {
    const source = await miniBatchSource(join(fixture.dir, options.data ?? 'files'), options.type ?? 'uri_folder');
    return runParallel({
      ...PARALLEL_DEFAULTS,
      cwd: join(fixture.dir, 'src'),
      entryScript: 'score.py',
      programArguments: `--multiplier 3 --init_log ${join(out, 'init')}`,
      batches: await splitMiniBatches(source, options.size ?? '2'),
      appendRowFile: join(out, PARALLEL_DEFAULTS.appendRowFileName),
      env: process.env,
      logFile: join(fixture.dir, 'std_log.txt'),
      onLine: (line) => lines.push(line),
      ...options,
    });
  };
  const rows = async () =>
    (await readFile(join(out, PARALLEL_DEFAULTS.appendRowFileName), 'utf8')).split('\n').filter(Boolean);

  test('init() once per worker, run() per mini-batch, every returned row appended to parallel_run_step.txt', async () => {
    const outcome = await run({ maxConcurrency: 2 });
    expect(outcome).toEqual({ end: 'Completed', batches: 4, failedBatches: 0, items: 7, failedItems: 0 });
    const appended = await rows();
    expect(appended.map((r) => r.split(' ').slice(0, 2).join(' ')).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((i) => `f${i}.txt ${i * 3}`),
    );
    const inits = await readdir(join(out, 'init'));
    expect(inits).toHaveLength(2);
    // every row came from a worker that ran init()
    for (const row of appended) expect(inits).toContain(`init-${row.split(' ')[2]}`);
    expect(await readFile(join(fixture.dir, 'std_log.txt'), 'utf8')).toContain('init done in');
  });

  test('rows of an mltable reach run() and come back one result row per input row', async () => {
    const outcome = await run({ data: 'table', type: 'mltable', size: '10' });
    expect(outcome).toMatchObject({ end: 'Completed', batches: 4, items: 10, failedItems: 0 });
    expect((await rows()).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `${i} ${i * 3}`).sort());
  });

  test('a raising mini-batch is retried max_retries times, then fails the step past mini_batch_error_threshold', async () => {
    await writeFile(join(fixture.dir, 'files/f4.txt'), 'fail\n');
    const outcome = await run({ maxRetries: 1, miniBatchErrorThreshold: 0 });
    expect(outcome.end).toBe('Failed');
    expect(outcome.error).toContain('1 failed mini-batch(es) passed mini_batch_error_threshold 0');
    expect(lines.filter((l) => l.includes('cannot score f4.txt'))).toHaveLength(2);
    expect(await readFile(join(fixture.dir, 'std_log.txt'), 'utf8')).toContain('RuntimeError: cannot score f4.txt');
  });

  test('with thresholds of -1 failures are counted and ignored; the other mini-batches still append', async () => {
    await writeFile(join(fixture.dir, 'files/f4.txt'), 'fail\n');
    const outcome = await run({ maxRetries: 0 });
    expect(outcome).toEqual({ end: 'Completed', batches: 4, failedBatches: 1, items: 7, failedItems: 2 });
    expect((await rows()).map((r) => r.split(' ')[0]).sort()).toEqual([
      'f1.txt',
      'f2.txt',
      'f5.txt',
      'f6.txt',
      'f7.txt',
    ]);
  });

  test('items run() returns no row for count against error_threshold', async () => {
    await writeFile(join(fixture.dir, 'files/f2.txt'), 'skip\n');
    await writeFile(join(fixture.dir, 'files/f6.txt'), 'skip\n');
    expect(await run({ errorThreshold: 2 })).toMatchObject({ end: 'Completed', failedItems: 2 });
    const failed = await run({ errorThreshold: 1, maxConcurrency: 1 });
    expect(failed.end).toBe('Failed');
    expect(failed.error).toContain('2 failed item(s) passed error_threshold 1');
  });

  test('a run() past retry_settings.timeout is stopped; a fresh worker (init again) takes the rest', async () => {
    await writeFile(join(fixture.dir, 'files/f1.txt'), 'hang\n');
    const outcome = await run({ maxRetries: 0, timeoutSeconds: 1, maxConcurrency: 1 });
    expect(outcome).toEqual({ end: 'Completed', batches: 4, failedBatches: 1, items: 7, failedItems: 2 });
    expect(lines.join('\n')).toContain('run() passed retry_settings.timeout of 1s');
    expect(await readdir(join(out, 'init'))).toHaveLength(2);
  });

  test('a failing init() fails the step with its traceback', async () => {
    const outcome = await run({ programArguments: `--multiplier -1 --init_log ${join(out, 'init')}` });
    expect(outcome.end).toBe('Failed');
    expect(outcome.error).toContain('init() failed in worker 0');
    expect(outcome.error).toContain('ValueError: multiplier must not be negative');
  });
});

describe('a parallel step of a pipeline YAML (runLocalPipeline)', () => {
  const fixture = useLocalFixture('parallel');

  /** The pipeline YAML read as submit-pipeline reads it, with `set` overrides (as `az ml job create --set`). */
  const job = async (...set: string[]) => {
    const overrides = [`jobs.score.task.program_arguments=--multiplier 10 --init_log ${fixture.dir}`, ...set];
    return loadPipelineJob(join(fixture.dir, 'pipeline.yaml'), { set: parseSetOverrides(overrides) });
  };

  test('runs between command steps, its appended rows read downstream, and is reused from the cache', async () => {
    const first = await runLocalPipeline(fixture.ws, await job(), { log: memoryLogger(), maxParallel: 2 });
    expect(first.status).toBe('Completed');
    expect((await readFile(join(first.outputs.total, 'total.txt'), 'utf8')).trim()).toBe('150');
    const again = await runLocalPipeline(fixture.ws, await job(), { log: memoryLogger(), maxParallel: 2 });
    expect(again.cache.hits).toEqual(['make_files', 'score', 'total']);
    // another mini_batch_size is another step: it runs again (its rows name other worker pids, so total too)
    const resized = await runLocalPipeline(fixture.ws, await job('jobs.score.mini_batch_size=3'), {
      log: memoryLogger(),
    });
    expect(resized.cache.hits).toEqual(['make_files']);
    expect(resized.cache.misses).toEqual(['score', 'total']);
    expect((await readFile(join(resized.outputs.total, 'total.txt'), 'utf8')).trim()).toBe('150');
  });

  test('instance_count above 1 is refused before anything runs, naming the step and backend: azure', async () => {
    const refused = await runLocalPipeline(fixture.ws, await job('jobs.score.resources.instance_count=2'), {
      log: memoryLogger(),
    }).catch((e: unknown) => e);
    expect((refused as Error).message).toMatch(/step 'score': resources.instance_count 2 .*backend: azure/);
  });
});
