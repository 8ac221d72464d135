/**
 * Issue 16's step types on the local backend, through the submit-pipeline bundle as the runner runs it: one
 * pipeline with a pipeline component nested two levels deep, a parallel step and a sweep step. The nested steps
 * and the parallel step run for real; the sweep runs its trials when mlflow can be imported (here a stand-in
 * writing MLflow's file store: mlflow is not installable on the test machine) and is refused before anything
 * runs when it cannot.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, repoRoot, runAction } from '../../support/action-runner.js';
import type { RunResult } from '../../support/action-runner.js';
import { eventEnv } from '../../support/github-events/events.js';

const fixtures = path.join(repoRoot, '__tests__', 'fixtures', 'local');
// No __pycache__ written into the fixtures.
const withMlflow = { PYTHONPATH: path.join(fixtures, 'sweep', 'mlflow-standin'), PYTHONDONTWRITEBYTECODE: '1' };
const withoutMlflow = { PYTHONPATH: path.join(fixtures, 'sweep', 'mlflow-broken'), PYTHONDONTWRITEBYTECODE: '1' };

/** A checkout holding the step-types pipeline; its local workspace is `.mlops` inside it. */
function checkout(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'local-step-types-')), 'repo');
  cpSync(path.join(fixtures, 'step-types'), dir, { recursive: true });
  return dir;
}

function submit(cwd: string, env: Record<string, string>): Promise<RunResult> {
  return runAction(bundle('submit-pipeline'), {
    inputs: { backend: 'local', file: 'pipeline.yaml' },
    env: { ...eventEnv('push-main'), ...env },
    cwd,
    timeoutMs: 90_000,
  });
}

/** The flattened steps: the two-level pipeline component's steps are named by their path. */
const steps = ['prep/twice/scale', 'prep/twice/again', 'prep/check', 'sums', 'tune', 'report'];

describe('submit-pipeline on the local backend: nested pipeline components, parallel and sweep steps', () => {
  const repo = checkout();

  test('with mlflow importable, every level runs, the sweep picks its best trial, the report reads both', async () => {
    const run = await submit(repo, withMlflow);
    if (process.env.SHOW_LOG) console.log(run.log);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('Completed');
    for (const step of steps) expect(run.log).toContain(`[${step}] Completed`);
    // the parallel step: init() and run() over mini-batches of the scaled files, every row appended
    expect(run.log).toMatch(/\[sums\] 2 mini-batch\(es\) of /);
    // the sweep: four grid trials, the best by the last logged accuracy
    expect(run.log).toContain('[tune] best: trial_2 (accuracy = 0.98, {"lr":0.1,"depth":2})');
    const report = readFileSync(path.join(JSON.parse(run.outputs.outputs).report, 'report.txt'), 'utf8');
    const lines = report.trim().split('\n');
    // numbers scaled by 10 inside the nested component, summed per file by the parallel step
    expect(lines.filter((l) => l.startsWith('sum ')).sort()).toEqual([
      'sum a.txt 60',
      'sum b.txt 90',
      'sum c.txt 60',
      'sum d.txt 340',
    ]);
    expect(lines.at(-1)).toBe('lr=0.1 depth=2 files=4');
    expect(run.log).toContain('Step cache: 0 hit(s), 6 miss(es)');
  });

  test('a later workflow run reuses every step from the step cache and the log says so', async () => {
    // A new run id: the same run (id and attempt) would attach to the job it already ran.
    const run = await submit(repo, { ...withMlflow, GITHUB_RUN_ID: '4243' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('Completed');
    for (const step of steps) expect(run.log).toMatch(new RegExp(`\\[${step}\\] cache hit, key [0-9a-f]{12}`));
    expect(run.outputs['job-name']).toMatch(/-4243-1-[0-9a-f]{12}$/); // run id, attempt, content hash
    expect(run.log).toContain(`Step cache: 6 hit(s) (${steps.join(', ')}), 0 miss(es)`);
  });

  test('without mlflow the sweep is refused before anything runs, naming the step and backend: azure', async () => {
    const fresh = checkout();
    const run = await submit(fresh, withoutMlflow);
    expect(run.exitCode).not.toBe(0);
    expect(run.log).toMatch(
      /step 'tune': a sweep reads each trial's accuracy from MLflow, and python3 on this runner cannot import mlflow; run it with backend: azure/,
    );
    expect(run.annotations.some((a) => a.level === 'error' && a.file?.endsWith('pipeline.yaml'))).toBe(true);
    for (const step of steps) expect(run.log).not.toContain(`[${step}] Running`);
    expect(existsSync(path.join(fresh, '.mlops', 'jobs'))).toBe(false);
  });
});
