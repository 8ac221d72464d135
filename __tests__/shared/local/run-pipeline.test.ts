import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { parseSetOverrides } from '../../../shared/pipeline/overrides.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import {
  LocalWorkspace,
  resolveLocalModel,
  runLocalPipeline,
  type LocalJobResult,
} from '../../../shared/local/index.js';
import { fixtureCopy, useLocalFixture } from './helpers.js';

const byName = (result: LocalJobResult) => Object.fromEntries(result.steps.map((s) => [s.name, s]));

describe('runLocalPipeline on the toy pipeline', () => {
  let fixture: Awaited<ReturnType<typeof fixtureCopy>>;
  let ws: LocalWorkspace;
  const run = async (options: { forceRerun?: boolean; set?: string[] } = {}) => {
    const job = await loadPipelineJob(join(fixture.dir, 'pipeline.yaml'), {
      set: parseSetOverrides(options.set ?? []),
    });
    const log = memoryLogger();
    const result = await runLocalPipeline(ws, job, { log, maxParallel: 4, forceRerun: options.forceRerun });
    return { result, log };
  };

  beforeAll(async () => {
    fixture = await fixtureCopy('toy');
    ws = await LocalWorkspace.open(fixture.workspace);
  });
  afterAll(() => fixture.cleanup());

  test('runs every step and produces the expected model, registered in the local workspace', async () => {
    const { result, log } = await run();
    expect({ status: result.status, passed: result.passed }).toEqual({ status: 'Completed', passed: true });
    expect(result.steps.map((s) => [s.name, s.status, s.reused])).toEqual([
      ['prep_a', 'Completed', false],
      ['prep_b', 'Completed', false],
      ['merge', 'Completed', false],
      ['train', 'Completed', false],
      ['register', 'Completed', false],
    ]);
    // a: 1..5, b: 10..50 scaled by 2 -> 1,2,3,4,5,20,40,60,80,100; 40% -> every 2nd value (index 0,2,..) tests.
    const model = JSON.parse(await readFile(join(result.outputs.model, 'model.json'), 'utf8'));
    expect(model).toEqual({
      epochs: 3,
      mean: (2 + 4 + 20 + 60 + 100) / 5,
      test_mae: expect.any(Number),
      trained_on: 5,
    });
    const details = JSON.parse(
      await readFile(join(result.outputs.registration_details, 'model_registration_details.json'), 'utf8'),
    );
    expect(details).toMatchObject({ name: 'toy-model', version: '1', id: 'azureml:toy-model:1' });
    const registered = await resolveLocalModel(ws, 'toy-model', { kind: 'latest' });
    expect({ version: registered.version, type: registered.type, jobName: registered.jobName }).toEqual({
      version: '1',
      type: 'custom_model',
      jobName: result.name,
    });
    expect(JSON.parse(await readFile(join(registered.path, 'model.json'), 'utf8'))).toEqual(model);
    expect(log.text()).toContain('[train] epoch 3/3');
    expect(result.cache).toEqual({ hits: [], misses: ['prep_a', 'prep_b', 'merge', 'train', 'register'] });
  });

  test('the two independent prep steps overlap in time (recorded start and end timestamps)', async () => {
    const { result } = await run({ forceRerun: true });
    const { prep_a, prep_b, merge } = byName(result);
    const [a0, a1, b0, b1] = [prep_a.startedAt, prep_a.endedAt, prep_b.startedAt, prep_b.endedAt].map((d) =>
      (d as Date).getTime(),
    );
    expect(a0 < b1 && b0 < a1).toBe(true);
    // and the step reading both starts only after both ended
    expect((merge.startedAt as Date).getTime()).toBeGreaterThanOrEqual(Math.max(a1, b1));
  });

  test('a second run reuses every deterministic step from the cache, with the same outputs', async () => {
    const first = (await run()).result;
    const registeredBefore = (await resolveLocalModel(ws, 'toy-model', { kind: 'latest' })).version;
    const { result, log } = await run();
    expect(result.status).toBe('Completed');
    expect(result.cache).toEqual({ hits: ['prep_a', 'prep_b', 'merge', 'train', 'register'], misses: [] });
    expect(result.steps.every((s) => s.reused && s.reusedRunId)).toBe(true);
    expect(result.outputs).toEqual(first.outputs);
    expect(log.text()).toMatch(/\[train\] cache hit, key [0-9a-f]{12}: reusing the outputs of /);
    // reused like on Azure: the register step did not register a new version
    expect((await resolveLocalModel(ws, 'toy-model', { kind: 'latest' })).version).toBe(registeredBefore);
  });

  test('force_rerun in the pipeline settings bypasses the cache', async () => {
    const { result, log } = await run({ set: ['settings.force_rerun=true'] });
    expect(result.cache.hits).toEqual([]);
    expect(result.steps.map((s) => s.cacheMiss)).toEqual(Array(5).fill('force_rerun'));
    expect(log.text()).toContain('force_rerun: cache bypassed');
  });

  test('changing one component’s code re-runs that step and the steps downstream of it only', async () => {
    await appendFile(join(fixture.dir, 'components/merge/src/merge.py'), 'print("merge: a changed line of code")\n');
    const { result } = await run();
    expect(result.steps.map((s) => [s.name, s.reused])).toEqual([
      ['prep_a', true],
      ['prep_b', true],
      ['merge', false],
      // merge's outputs are byte-identical (only a print changed), so train's key is unchanged: the cache cuts
      // the re-run off there, which is what content-hashed inputs buy
      ['train', true],
      ['register', true],
    ]);
    // now a change that changes what merge writes: one more training value, so the model changes too
    await appendFile(
      join(fixture.dir, 'components/merge/src/merge.py'),
      'open(args.training + "/values.csv", "a").write("7.0\\n")\n',
    );
    const second = (await run()).result;
    expect(second.steps.map((s) => [s.name, s.reused])).toEqual([
      ['prep_a', true],
      ['prep_b', true],
      ['merge', false],
      ['train', false],
      ['register', false],
    ]);
    const model = JSON.parse(await readFile(join(second.outputs.model, 'model.json'), 'utf8'));
    expect(model.trained_on).toBe(6);
    expect((await resolveLocalModel(ws, 'toy-model', { kind: 'latest' })).jobName).toBe(second.name);
  });
});

describe('runLocalPipeline when a step fails', () => {
  const fixture = useLocalFixture('failing');
  const run = async (set: string[] = []) => {
    const job = await loadPipelineJob(join(fixture.dir, 'pipeline.yaml'), { set: parseSetOverrides(set) });
    const log = memoryLogger();
    return { result: await runLocalPipeline(fixture.ws, job, { log, maxParallel: 3 }), log };
  };

  test('fails the pipeline with the log tail, leaves its dependant NotStarted and cancels the running sibling', async () => {
    const { result, log } = await run();
    expect(result.status).toBe('Failed');
    expect(result.passed).toBe(false);
    const steps = byName(result);
    expect([steps.breaks.status, steps.after_break.status, steps.independent.status]).toEqual([
      'Failed',
      'NotStarted',
      'Canceled',
    ]);
    expect(steps.breaks.error).toContain('command exited with code 3');
    expect(steps.breaks.error).toContain("| ValueError - column 'label' not found");
    expect(result.error).toContain("step 'breaks' failed");
    expect(log.text()).toContain('[after_break] NotStarted: it reads from breaks, which did not complete');
    expect(await readFile(steps.breaks.logFile as string, 'utf8')).toContain('loading data');
  });

  test('with continue_on_step_failure the independent step completes; the dependant still does not start', async () => {
    const { result } = await run(['settings.continue_on_step_failure=true']);
    const steps = byName(result);
    expect(result.status).toBe('Failed');
    expect([steps.breaks.status, steps.after_break.status, steps.independent.status]).toEqual([
      'Failed',
      'NotStarted',
      'Completed',
    ]);
  });

  test('a cancel (the workflow was cancelled) stops the running steps and ends the pipeline Canceled', async () => {
    const job = await loadPipelineJob(join(fixture.dir, 'pipeline.yaml'), {
      set: parseSetOverrides(['jobs.breaks.command=sleep 5']),
    });
    const controller = new AbortController();
    const log = memoryLogger();
    const running = runLocalPipeline(fixture.ws, job, {
      log,
      maxParallel: 3,
      signal: controller.signal,
      forceRerun: true,
    });
    while (!log.text().includes('[independent] $ sleep')) await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    const result = await running;
    expect({ status: result.status, stopped: result.stopped }).toEqual({ status: 'Canceled', stopped: true });
    expect(Object.fromEntries(result.steps.map((s) => [s.name, s.status]))).toEqual({
      breaks: 'Canceled',
      after_break: 'NotStarted',
      independent: 'Canceled',
    });
  });
});
