import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { projectDir } from './support/paths.js';

const SCRIPT = path.join(projectDir, 'scripts', 'promote_model.sh');
const FAKE_AZ = fileURLToPath(new URL('./support/fake-az.mjs', import.meta.url));

type Versions = Record<string, { properties: { tags?: Record<string, string>; modelUri: string } }>;

function version(tags: Record<string, string>): Versions[string] {
  return { properties: { tags, modelUri: 'azureml://datastores/workspaceblobstore/paths/m' } };
}

/** Runs promote_model.sh with `az` on PATH being the fake; returns the store after the run and the calls made. */
async function promote(initial: Versions, chosen: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'promote-'));
  const store = path.join(dir, 'versions.json');
  const log = path.join(dir, 'calls.log');
  const summary = path.join(dir, 'summary.md');
  writeFileSync(store, JSON.stringify(initial));
  writeFileSync(log, '');
  writeFileSync(path.join(dir, 'az'), `#!/bin/sh\nexec "${process.execPath}" "${FAKE_AZ}" "$@"\n`);
  chmodSync(path.join(dir, 'az'), 0o755);
  const env = {
    PATH: `${dir}:${process.env.PATH}`,
    FAKE_AZ_STORE: store,
    FAKE_AZ_LOG: log,
    GITHUB_STEP_SUMMARY: summary,
    MODEL_NAME: 'animal-classification',
    MODEL_VERSION: chosen,
    AZURE_SUBSCRIPTION_ID: 'sub',
    AZURE_RESOURCE_GROUP: 'rg',
    AZURE_ML_WORKSPACE: 'ws',
  };
  const result = await promisify(execFile)('bash', [SCRIPT], { env }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  const after = JSON.parse(readFileSync(store, 'utf8')) as Versions;
  const stage = Object.fromEntries(Object.entries(after).map(([v, { properties }]) => [v, properties.tags?.stage]));
  const calls = readFileSync(log, 'utf8').trim().split('\n');
  const summaryText = readFileSync(summary, { encoding: 'utf8', flag: 'a+' });
  rmSync(dir, { recursive: true, force: true });
  return { ...result, after, stage, calls, summary: summaryText };
}

describe('scripts/promote_model.sh (promote-model.yml) against a fake az', () => {
  it('moves stage=production to the chosen version and off the previous one, keeping every other field', async () => {
    const run = await promote(
      { '1': version({ stage: 'production', owner: 'ml' }), '2': version({ owner: 'ml' }), '3': version({}) },
      '2',
    );
    expect(run.code).toBe(0);
    expect(run.stage).toEqual({ '1': undefined, '2': 'production', '3': undefined });
    expect(run.after['1'].properties).toEqual({
      tags: { owner: 'ml' },
      modelUri: 'azureml://datastores/workspaceblobstore/paths/m',
    });
    expect(run.stdout).toContain('animal-classification:2 is now stage=production (before: 1)');
    expect(run.summary).toContain('(before: 1)');
  });

  it('rolls back by promoting the previous version', async () => {
    const run = await promote({ '1': version({}), '2': version({ stage: 'production' }) }, '1');
    expect(run.stage).toEqual({ '1': 'production', '2': undefined });
  });

  it('changes nothing when the chosen version does not exist', async () => {
    const run = await promote({ '1': version({ stage: 'production' }) }, '9');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('model version 9 not found');
    expect(run.stage).toEqual({ '1': 'production' });
    expect(run.calls.filter((c) => c.startsWith('put'))).toEqual([]);
  });

  it('refuses to run without the workspace variables, naming the missing one', async () => {
    const { code, stderr } = await promisify(execFile)('bash', [SCRIPT], {
      env: { PATH: process.env.PATH, MODEL_NAME: 'm', MODEL_VERSION: '1' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('AZURE_SUBSCRIPTION_ID is not set');
  });
});
