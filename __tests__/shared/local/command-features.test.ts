import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ValidationError } from '../../../shared/core/errors.js';
import { memoryLogger } from '../../../shared/core/logger.js';
import { loadComponentFile } from '../../../shared/pipeline/component.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { registerLocalComponent, runLocalPipeline } from '../../../shared/local/index.js';
import { useLocalFixture } from './helpers.js';

describe('command-step features on the local backend', () => {
  const fixture = useLocalFixture('features', async ({ dir, ws }) => {
    const writer = await loadComponentFile(join(dir, 'components/writer.yaml'));
    await registerLocalComponent(ws, writer, { log: memoryLogger() });
  });
  const run = async (file: string) => {
    const job = await loadPipelineJob(join(fixture.dir, file), {});
    const log = memoryLogger();
    return { result: await runLocalPipeline(fixture.ws, job, { log, maxParallel: 2 }), log };
  };

  test('optional inputs, environment variables and the default artifacts output bound by a later step', async () => {
    const { result } = await run('pipeline.yaml');
    expect(result.status).toBe('Completed');
    const out = Object.fromEntries(result.steps.map((s) => [s.name, s.outputs]));
    expect(await readFile(join(out.opt_given.out, 'args.txt'), 'utf8')).toBe('args --a 2 end\n');
    expect(await readFile(join(out.opt_absent.out, 'args.txt'), 'utf8')).toBe('args end\n');
    // `write` declares no output: what it wrote under ./outputs and ./logs is its `artifacts` (and `default`)
    expect(await readFile(join(result.outputs.seen, 'seen.txt'), 'utf8')).toBe(
      'hello from the environment\nwrote hello\n',
    );
    expect((await readdir(out.write.default)).sort()).toEqual(['logs', 'outputs']);
  });

  test("issue 14's YAML features read by the parser run locally: both optional syntaxes, path ports, default outputs, additional_includes, named outputs", async () => {
    const { result, log } = await run('issue14.yaml');
    expect(result.status).toBe('Completed');
    const out = Object.fromEntries(result.steps.map((s) => [s.name, s.outputs]));
    expect(await readFile(join(out.legacy_given.listing, 'args.txt'), 'utf8')).toBe('args --a 3 --b x end\n');
    expect(await readFile(join(out.legacy_absent.listing, 'args.txt'), 'utf8')).toBe('args end\n');
    // a `path` input is the folder itself
    expect(await readFile(join(out.legacy_absent.listing, 'files.txt'), 'utf8')).toBe('report.txt\n');
    // `report` declares no outputs; `collect` binds its `default`, and its code held the additional include
    expect(await readFile(join(result.outputs.final, 'report.txt'), 'utf8')).toBe(
      'report body\nfooter from shared_lib\n',
    );
    expect(await readFile(join(result.outputs.final, 'args.txt'), 'utf8')).toBe('args --a 3 --b x end\n');
    expect(log.text()).toContain('Step cache: 0 hit(s)');
    // outputs with name/version are data assets of the local workspace once their step completed
    expect(await fixture.ws.versions('data', 'listing')).toEqual(['3']);
    expect(await fixture.ws.versions('data', 'final_report')).toEqual(['1']);
  });

  test('an additional include changed on disk re-runs the step that includes it, and what reads its changed output', async () => {
    await run('issue14.yaml');
    await writeFile(join(fixture.dir, 'components/shared_lib/footer.txt'), 'a new footer\n');
    const { result } = await run('issue14.yaml');
    expect(result.status).toBe('Completed');
    expect(result.cache.misses.sort()).toEqual(['collect', 'report']);
    expect(result.cache.hits.sort()).toEqual(['legacy_absent', 'legacy_given']);
    expect(await readFile(join(result.outputs.final, 'report.txt'), 'utf8')).toBe('report body\na new footer\n');
    // the changed report is the next version of its data asset; the unchanged listing keeps its one
    expect(await fixture.ws.versions('data', 'final_report')).toEqual(['1', '2']);
    expect(await fixture.ws.versions('data', 'listing')).toEqual(['3']);
  });

  test('a step over its limits.timeout is stopped and fails naming the limit', async () => {
    const { result } = await run('timeout.yaml');
    expect(result.status).toBe('Failed');
    expect(result.steps[0].error).toContain('exceeded its limits.timeout of 1s and was stopped');
    expect(result.steps[0].error).toContain('| started');
  });

  test('distribution, several nodes and services are refused before anything runs, naming step and feature', async () => {
    const job = await loadPipelineJob(join(fixture.dir, 'azure-only.yaml'), {});
    const log = memoryLogger();
    const refused = await runLocalPipeline(fixture.ws, job, { log, name: 'azure-only-1' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    const { problems } = refused as ValidationError;
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^step 'multi_node': distribution \(type pytorch\).*instance_count 2.*backend: azure/),
      expect.stringMatching(/^step 'with_services': services \(board\).*backend: azure/),
    ]);
    expect(problems[0].location?.line).toBe(12);
    expect(log.text()).not.toContain('[fine]');
    await expect(readdir(fixture.ws.jobFolder('azure-only-1'))).rejects.toThrow();
  });

  test('an automl step is refused before anything runs, naming the step and backend: azure', async () => {
    const job = await loadPipelineJob(join(fixture.dir, 'automl.yaml'), {});
    const log = memoryLogger();
    const refused = await runLocalPipeline(fixture.ws, job, { log }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).problems.map((p) => p.message)).toEqual([
      "step 'classify': automl steps are trained by Azure ML’s AutoML service; it runs with backend: azure",
    ]);
    expect(log.text()).not.toContain('[prep]');
  });
});
