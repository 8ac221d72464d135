import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { runLocalPipeline } from '../../../shared/local/index.js';
import { useLocalFixture } from './helpers.js';

describe('nested pipeline components on the local backend (two levels)', () => {
  const fixture = useLocalFixture('nested');

  const run = async () => {
    const job = await loadPipelineJob(join(fixture.dir, 'top.yaml'), {});
    const log = memoryLogger();
    const result = await runLocalPipeline(fixture.ws, job, { log, maxParallel: 2 });
    return { result, log, reused: Object.fromEntries(result.steps.map((s) => [s.name, s.reused])) };
  };

  test('every inner step runs under its path, inputs bound through each level, outputs back out', async () => {
    const { result } = await run();
    expect(result.status).toBe('Completed');
    expect(result.steps.map((s) => s.name)).toEqual(['stats/prepare/scale', 'stats/count', 'stats/sum', 'report']);
    // the top level's factor 3 reaches the innermost step through two levels: (1+2+3+4) * 3
    expect((await readFile(join(result.outputs.total, 'sum.txt'), 'utf8')).trim()).toBe('30.0');
    const report = result.steps.find((s) => s.name === 'report');
    expect((await readFile(join(report?.outputs.report as string, 'report.txt'), 'utf8')).trim()).toBe('30.0');
    expect((await readFile(join(result.steps[1].outputs.lines, 'count.txt'), 'utf8')).trim()).toBe('4');
  });

  test('the step cache works through the levels: a changed inner component re-runs only what depends on it', async () => {
    expect(Object.values((await run()).reused).every(Boolean)).toBe(true);
    const script = join(fixture.dir, 'components/scale_src/scale.py');
    await appendFile(script, '# a comment changes the component, not its outputs\n');
    expect((await run()).reused).toEqual({
      'stats/prepare/scale': false,
      'stats/count': true,
      'stats/sum': true,
      report: true,
    });
    await appendFile(script, 'open(os.path.join(args.out, "values.txt"), "a").write("10\\n")\n');
    const { reused, result } = await run();
    expect(reused).toEqual({ 'stats/prepare/scale': false, 'stats/count': true, 'stats/sum': false, report: false });
    expect((await readFile(join(result.outputs.total, 'sum.txt'), 'utf8')).trim()).toBe('40.0');
  });
});
