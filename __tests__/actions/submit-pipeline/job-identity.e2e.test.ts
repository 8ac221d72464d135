/**
 * A job is never mistaken for another (issue 17, part 1): matrix legs and two submit steps in one workflow
 * job share the run id and attempt, so the job name also carries the job key and a hash of what is
 * submitted, and a job of that name is attached to only when its content tag matches. Through the
 * submit-pipeline bundle, on the ARM emulator and on the local backend, with the same rules.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, repoRoot, runAction } from '../../support/action-runner.js';
import type { RunResult } from '../../support/action-runner.js';
import { eventEnv } from '../../support/github-events/events.js';
import { useSeedPipelineWorkspace } from '../../support/azure/workspace-fixture.js';
import type { EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';

const CONTENT_TAG = 'mlops.content_hash';
/** The workflow job the steps run in: matrix legs of one job share this key. */
const jobEnv = (extra: Record<string, string> = {}) => ({ ...eventEnv('push-main'), GITHUB_JOB: 'train', ...extra });

describe('on the Azure backend (ARM emulator)', () => {
  const seedPipeline = path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'seed', 'pipeline.yaml');
  let ws: EmulatedWorkspace;
  useSeedPipelineWorkspace((started) => (ws = started));

  function submit(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
    return runAction(bundle('submit-pipeline'), {
      inputs: { ...ws.inputs(), file: seedPipeline, ...inputs },
      env: { ...ws.env(), ...jobEnv(env) },
      timeoutMs: 120_000,
    });
  }
  const jobPuts = () =>
    ws.emu.requests.filter({ method: 'PUT', path: '/jobs/' }).map((r) => ({
      name: r.path.split('/jobs/')[1],
      body: r.body as { properties: { tags: Record<string, string> } },
    }));

  test('two matrix legs (same job key, other set:) are two jobs, each reporting its own', async () => {
    const one = await submit({ set: 'inputs.epochs=1' });
    const two = await submit({ set: 'inputs.epochs=2' });
    expect([one.exitCode, two.exitCode]).toEqual([0, 0]);
    expect(one.outputs['job-name']).toMatch(/^animals-classification-cli-860c190-4242-1-train-[0-9a-f]{12}$/);
    expect(two.outputs['job-name']).not.toBe(one.outputs['job-name']);
    const puts = jobPuts();
    expect(puts.map((p) => p.name)).toEqual([one.outputs['job-name'], two.outputs['job-name']]);
    // The hash in the name is the content tag on the job.
    for (const put of puts) expect(put.name.endsWith(`-${put.body.properties.tags[CONTENT_TAG]}`)).toBe(true);
    expect(two.log).not.toContain('attaching to it');
  });

  test('two steps in one job: other inputs submit a second job, the same inputs attach to the first', async () => {
    const first = await submit({ inputs: 'epochs: 3' });
    const other = await submit({ inputs: 'epochs: 4' });
    const repeat = await submit({ inputs: 'epochs: 3' });
    expect([first.exitCode, other.exitCode, repeat.exitCode]).toEqual([0, 0, 0]);
    expect(other.outputs['job-name']).not.toBe(first.outputs['job-name']);
    expect(repeat.outputs['job-name']).toBe(first.outputs['job-name']);
    expect(repeat.log).toContain('attaching to it instead of submitting a duplicate');
    expect(jobPuts()).toHaveLength(2);
  });

  test('a re-run attempt submits its own job; a repeat of that attempt attaches to it', async () => {
    const attempt1 = await submit({});
    const attempt2 = await submit({}, { GITHUB_RUN_ATTEMPT: '2' });
    const again = await submit({}, { GITHUB_RUN_ATTEMPT: '2' });
    expect(attempt2.exitCode).toBe(0);
    expect(attempt2.outputs['job-name']).toBe(attempt1.outputs['job-name'].replace('-4242-1-', '-4242-2-'));
    expect(again.outputs['job-name']).toBe(attempt2.outputs['job-name']);
    expect(jobPuts()).toHaveLength(2);
  });

  test('a given name reused with other content fails with both hashes and the studio link, submitting nothing', async () => {
    const first = await submit({ name: 'nightly-train', set: 'inputs.epochs=1' });
    expect(first.exitCode).toBe(0);
    const firstHash = jobPuts()[0].body.properties.tags[CONTENT_TAG];
    ws.emu.requests.clear();
    const second = await submit({ name: 'nightly-train', set: 'inputs.epochs=2' });
    expect(second.exitCode).toBe(1);
    const error = second.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toContain("'nightly-train'");
    expect(error).toContain(`content hash ${firstHash}`);
    expect(error).toMatch(/this submission has content hash [0-9a-f]{12}/);
    expect(error).toContain(first.outputs['studio-url']);
    // Refused before anything was registered or uploaded: not a single write.
    expect(ws.emu.requests.writes()).toEqual([]);
    // The same name with the same content is the same job: attached to.
    const same = await submit({ name: 'nightly-train', set: 'inputs.epochs=1' });
    expect(same.exitCode).toBe(0);
    expect(same.outputs['job-name']).toBe('nightly-train');
    expect(jobPuts()).toEqual([]);
  });
});

describe('on the local backend', () => {
  /** A fresh copy of the toy project per test, with its local workspace inside (the job records live there). */
  function project(): string {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'identity-local-')), 'toy');
    cpSync(path.join(repoRoot, '__tests__', 'fixtures', 'local', 'toy'), dir, { recursive: true });
    return dir;
  }
  function submit(cwd: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
    return runAction(bundle('submit-pipeline'), {
      // No delay in the prep steps: the tests are about which job runs, not how long.
      inputs: { backend: 'local', file: 'pipeline.yaml', ...inputs, set: `inputs.prep_delay=0\n${inputs.set ?? ''}` },
      env: jobEnv(env),
      cwd,
      timeoutMs: 120_000,
    });
  }
  const ran = (run: RunResult) => !run.log.includes('exists already');

  test('two matrix legs run two jobs, each reporting its own', async () => {
    const cwd = project();
    const one = await submit(cwd, { set: 'inputs.epochs=1' });
    const two = await submit(cwd, { set: 'inputs.epochs=2' });
    expect([one.exitCode, two.exitCode]).toEqual([0, 0]);
    expect(one.outputs['job-name']).toMatch(/^toy-numbers-860c190-4242-1-train-[0-9a-f]{12}$/);
    expect(two.outputs['job-name']).not.toBe(one.outputs['job-name']);
    expect([ran(one), ran(two)]).toEqual([true, true]);
  });

  test('two steps in one job: other inputs run a second job, the same inputs attach to the first', async () => {
    const cwd = project();
    const first = await submit(cwd, { inputs: 'epochs: 3' });
    const other = await submit(cwd, { inputs: 'epochs: 4' });
    const repeat = await submit(cwd, { inputs: 'epochs: 3' });
    expect([first.exitCode, other.exitCode, repeat.exitCode]).toEqual([0, 0, 0]);
    expect(other.outputs['job-name']).not.toBe(first.outputs['job-name']);
    expect(ran(other)).toBe(true);
    expect(repeat.outputs['job-name']).toBe(first.outputs['job-name']);
    expect(ran(repeat)).toBe(false);
  });

  test('a re-run attempt runs its own job', async () => {
    const cwd = project();
    const attempt1 = await submit(cwd, {});
    const attempt2 = await submit(cwd, {}, { GITHUB_RUN_ATTEMPT: '2' });
    expect(attempt2.exitCode).toBe(0);
    expect(attempt2.outputs['job-name']).toBe(attempt1.outputs['job-name'].replace('-4242-1-', '-4242-2-'));
    expect(ran(attempt2)).toBe(true);
  });

  test('a given name reused with other content fails with both hashes and the job record, running nothing', async () => {
    const cwd = project();
    const first = await submit(cwd, { name: 'nightly-train', set: 'inputs.epochs=1' });
    expect(first.exitCode).toBe(0);
    const second = await submit(cwd, { name: 'nightly-train', set: 'inputs.epochs=2' });
    expect(second.exitCode).toBe(1);
    const error = second.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toMatch(
      /'nightly-train' already exists with other content: it has content hash ([0-9a-f]{12}), this submission has content hash (?!\1)[0-9a-f]{12}/,
    );
    expect(error).toContain(first.outputs['studio-url']);
    expect(second.log).not.toMatch(/\[prep_a\]/);
  });
});
