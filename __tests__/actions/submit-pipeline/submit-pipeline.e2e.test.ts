/**
 * submit-pipeline through its bundle, as the runner runs it, against an emulated workspace (ARM emulator +
 * Azurite as the default datastore): the seed's pipeline, with its local components registered and code
 * uploaded on the way.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../support/action-runner.js';
import type { RunOptions, RunResult } from '../../support/action-runner.js';
import { useSeedPipelineWorkspace } from '../../support/azure/workspace-fixture.js';
import type { EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';

const seed = path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'seed');
let ws: EmulatedWorkspace;
useSeedPipelineWorkspace((started) => (ws = started));

function submit(inputs: Record<string, string>, options: Partial<RunOptions> = {}): Promise<RunResult> {
  return ws.run('submit-pipeline', inputs, options);
}

const jobPuts = () => ws.emu.requests.filter({ method: 'PUT', path: '/jobs/' });
const seedPipeline = path.join(seed, 'pipeline.yaml');
const steps = ['data_prep_pandas', 'data_prep_cats', 'data_prep_dogs', 'data_split', 'training', 'register'];

describe('submit-pipeline, run like the runner runs it', () => {
  test('the seed pipeline is submitted, followed step by step to Completed, with outputs and a summary', async () => {
    const run = await submit({ file: seedPipeline });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('Completed');
    expect(run.outputs['job-name']).toMatch(/^animals-classification-cli-[0-9a-f]{7}-\d+-1-[0-9a-f]{12}$/);
    expect(run.outputs['studio-url']).toContain('ml.azure.com/runs/');
    expect(JSON.parse(run.outputs.outputs)).toHaveProperty('model');
    // Components were registered (code uploaded) before the job, and the job carries the traceability tags.
    const puts = ws.emu.requests.filter({ method: 'PUT' }).map((r) => r.path.split('/workspaces/mlw-test/')[1]);
    expect(puts.filter((p) => p.startsWith('components/')).length).toBeGreaterThanOrEqual(3);
    expect(puts[puts.length - 1]).toMatch(/^jobs\//);
    const body = jobPuts()[0].body as { properties: { tags: Record<string, string>; jobs: Record<string, unknown> } };
    expect(body.properties.tags).toMatchObject({ 'github.sha': expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(Object.keys(body.properties.jobs).sort()).toEqual([...steps].sort());
    for (const step of steps) expect(run.log).toContain(step);
    if (process.env.SHOW_LOG) console.log(run.log, run.summary);
    expect(run.summary).toContain('```mermaid');
    expect(run.leakedSecrets).toEqual([]);
    // One token per audience: ARM for the control plane, Azure ML's own for run history, storage for blobs.
    const scopes = new Set(ws.emu.tokenRequests.map((t) => t.scope));
    expect(scopes).toEqual(
      new Set([
        'https://management.azure.com/.default',
        'https://ml.azure.com/.default',
        'https://storage.azure.com/.default',
      ]),
    );
  });

  test('a second run of the same attempt attaches to its job instead of submitting a twin', async () => {
    const first = await submit({ file: seedPipeline });
    const second = await submit({ file: seedPipeline });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['job-name']).toBe(first.outputs['job-name']);
    expect(jobPuts()).toHaveLength(1);
  });

  test('a failing step fails the action with that step and its error', async () => {
    const name = 'seed-fails';
    ws.emu.jobs.script(name, [
      { status: 'Running', children: { training: 'Running' } },
      {
        status: 'Failed',
        children: { training: 'Failed' },
        error: { code: 'UserError', message: 'train.py exited with code 1: loss is NaN' },
      },
    ]);
    const run = await submit({ file: seedPipeline, name });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('Failed');
    expect(run.log).toMatch(/training.*loss is NaN/s);
  });

  test.each(['Canceled', 'NotResponding', 'Paused'])(
    'a job that ends %s fails the step and names the state',
    async (state) => {
      const name = `seed-${state.toLowerCase()}`;
      ws.emu.jobs.script(name, ['Running', state]);
      const run = await submit({ file: seedPipeline, name });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.status).toBe(state);
      expect(run.annotations.map((a) => a.message).join('\n')).toContain(state);
    },
  );

  test('a binding error is annotated at its line and nothing reaches Azure', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-'));
    cpSync(seed, dir, { recursive: true });
    const file = path.join(dir, 'pipeline.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'parent.jobs.data_split.outputs.training_data',
        'parent.jobs.data_splitt.outputs.training_data',
      ),
    );
    const run = await submit({ file });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file, message: expect.stringContaining('data_splitt') }),
    );
    expect(ws.emu.requests.records).toEqual([]);
  });

  test('dry-run resolves and prints the body but writes nothing', async () => {
    const run = await submit({ file: seedPipeline, 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('DryRun');
    expect(run.log).toContain('"jobType": "Pipeline"');
    expect(ws.emu.requests.writes()).toEqual([]);
  });

  test('wait: false returns at once; a second process attaches and follows the job to its end', async () => {
    const started = await submit({ file: seedPipeline, wait: 'false' });
    expect(started.exitCode).toBe(0);
    expect(started.outputs.status).toBe('NotStarted');
    expect(started.summary).toContain(`attach: ${started.outputs['job-name']}`);
    const attached = await submit({ attach: started.outputs['job-name'] });
    expect(attached.exitCode).toBe(0);
    expect(attached.outputs.status).toBe('Completed');
    expect(jobPuts()).toHaveLength(1);
  });

  test('SIGINT while following sends the cancel request within seconds, with no new sign-in', async () => {
    const name = 'seed-cancelled';
    ws.emu.jobs.script(
      name,
      Array.from({ length: 400 }, () => 'Running'),
    );
    let signalledAt = 0;
    const run = await submit(
      { file: seedPipeline, name },
      {
        onStart: (child) => {
          const poll = setInterval(() => {
            // Signal once the follow loop is under way on both planes (job status and run history), so every
            // token the loop needs was fetched before: any sign-in after the signal would be the cancel's.
            const following =
              ws.emu.requests.filter({ method: 'GET', path: `/jobs/${name}` }).length >= 2 &&
              ws.emu.requests.filter({ method: 'GET', path: `/runs/${name}/children` }).length >= 1;
            if (following) {
              clearInterval(poll);
              signalledAt = Date.now();
              child.kill('SIGINT');
            }
          }, 20);
        },
      },
    );
    expect(run.exitCode).toBe(1);
    const cancel = ws.emu.requests.filter({ method: 'POST', path: `/jobs/${name}/cancel` });
    expect(cancel).toHaveLength(1);
    expect(Date.parse(cancel[0].time) - signalledAt).toBeLessThan(5000);
    // The cancel went out with the token fetched in advance: no sign-in happened after the signal.
    expect(ws.emu.tokenRequests.filter((t) => Date.parse(t.time) >= signalledAt)).toEqual([]);
    expect(run.log).toMatch(/cancel/i);
  });

  test('the post step cancels a job the main step was still following when the workflow was cancelled', async () => {
    const name = 'seed-orphan';
    await ws.emu.seed.job(
      name,
      { jobType: 'Pipeline', jobs: {} },
      Array.from({ length: 400 }, () => 'Running'),
    );
    const post = await ws.run(
      'submit-pipeline',
      { file: seedPipeline },
      { entry: 'post', state: { 'job-name': name }, timeoutMs: 30000 },
    );
    expect(post.exitCode).toBe(0);
    expect(ws.emu.requests.filter({ method: 'POST', path: `/jobs/${name}/cancel` })).toHaveLength(1);
    expect(post.log).toContain(`Cancelled Azure ML job '${name}'`);
  });
});
