/**
 * The trace bundle from a shell, outside GitHub Actions: flags instead of INPUT_* variables, the chain printed,
 * the JSON written where --json-file says; here on the local backend's model and job records.
 */
import { describe, expect, it, beforeAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { LocalWorkspace } from '../../../shared/local/index.js';
import { registerLocalModel } from '../../../shared/local/models.js';
import { bundle } from '../../support/action-runner.js';

const run = promisify(execFile);
const COMMIT = '5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed';

let root: string;
let data: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'trace-cli-'));
  const ws = await LocalWorkspace.open(path.join(root, '.mlops'));
  const files = path.join(root, 'model');
  mkdirSync(files);
  writeFileSync(path.join(files, 'model.pkl'), 'weights');
  await registerLocalModel(ws, { name: 'animals', version: '1', path: files, jobName: 'local-job-1' });
  data = path.join(root, 'data', 'cats');
  // The record a local pipeline run writes (shared/local/run-pipeline.ts): tags and top-level data inputs.
  mkdirSync(ws.jobFolder('local-job-1'), { recursive: true });
  writeFileSync(
    path.join(ws.jobFolder('local-job-1'), 'job.json'),
    JSON.stringify({
      name: 'local-job-1',
      status: 'Completed',
      tags: { 'github.sha': COMMIT, 'github.run_id': '12' },
      inputs: { cats: { type: 'uri_folder', path: data } },
    }),
  );
});

/** As a person runs it: no runner variables at all. */
function shell(args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && k !== 'RUNNER_TEMP',
    ),
  );
  return run(process.execPath, [bundle('trace'), ...args], { cwd: root, env }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );
}

describe('trace from a shell', () => {
  it('takes its inputs as flags, prints the chain and writes the JSON file', async () => {
    const out = await shell([
      '--model',
      'animals:1',
      '--backend',
      'local',
      '--local-workspace=.mlops',
      '--json-file',
      'trace.json',
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/found\s+Training commit\s+5eed5eed/);
    expect(out.stdout).toMatch(/found\s+Workflow run\s+run 12/);
    expect(out.stdout).toContain(`cats=${data}`);
    expect(out.stdout).not.toContain('::set-output');
    const traced = JSON.parse(readFileSync(path.join(root, 'trace.json'), 'utf8')) as { complete: boolean };
    expect(traced.complete).toBe(true);
  });

  it('prints its usage for --help, and fails naming the inputs when none starts the trace', async () => {
    const help = await shell(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: node dist/trace/index.js');
    const none = await shell(['--backend', 'local']);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain(
      "Give exactly one of the inputs 'deployment', 'endpoint', 'manifest', 'image', 'model'",
    );
  });

  it('takes --endpoint as a flag, and refuses it on the local backend naming backend: azure', async () => {
    const help = await shell(['--help']);
    expect(help.stdout).toContain('--endpoint NAME[/DEPLOYMENT]');
    const local = await shell(['--endpoint', 'animals-api/blue', '--backend', 'local']);
    expect(local.code).toBe(1);
    expect(local.stdout).toContain("Input 'endpoint': online endpoints are read from an Azure ML workspace");
    expect(local.stdout).toContain("set 'backend: azure'");
  });
});
