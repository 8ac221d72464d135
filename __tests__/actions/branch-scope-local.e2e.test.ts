/**
 * Branch scoping on the local backend, through the bundles as the runner runs them: a main run and a pull
 * request's toy run of the example project in one local workspace (as the fork workflow's cached `.mlops/`).
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, repoRoot, runAction, type RunResult } from '../support/action-runner.js';
import { eventContext, eventEnv, type EventName } from '../support/github-events/events.js';

const MODEL = 'animal-classification';
const TOY_INPUTS = 'pandas_data: ../data/toy/panda\ncats_data: ../data/toy/cat\ndogs_data: ../data/toy/dog\nepochs: 2';
let project: string;
let runId = 7000;

beforeAll(() => {
  project = path.join(mkdtempSync(path.join(tmpdir(), 'scope-local-')), 'project');
  cpSync(path.join(repoRoot, 'workflows-examples', 'project'), project, {
    recursive: true,
    filter: (src) => !/[/\\]\.mlops(-demo)?$/.test(src),
  });
});

function runLocal(action: string, event: EventName, inputs: Record<string, string>): Promise<RunResult> {
  return runAction(bundle(action), {
    inputs: { backend: 'local', 'local-workspace': '.mlops', ...inputs },
    env: { ...eventEnv(event), GITHUB_RUN_ID: String(runId++) },
    cwd: project,
    timeoutMs: 120_000,
  });
}

const train = (event: EventName) =>
  runLocal('submit-pipeline', event, { file: 'pipelines/animals-classification.yaml', inputs: TOY_INPUTS });

const download = (inputs: Record<string, string>) =>
  runLocal('download-model', 'push-main', { path: mkdtempSync(path.join(tmpdir(), 'model-')), ...inputs });

test('a pull request and main in one local workspace register under different names; main downloads its own', async () => {
  const main = await train('push-main');
  expect(main.exitCode).toBe(0);
  const pr = await train('pull-request');
  expect(pr.exitCode).toBe(0);
  expect(main.outputs['model-names']).toBe(MODEL);
  expect(pr.outputs['model-names']).toBe(`${MODEL}-feature-add-model`);
  expect(pr.log).toContain(`Branch scope: model ${MODEL} -> ${MODEL}-feature-add-model`);

  const byJob = await download({ name: MODEL, 'job-name': main.outputs['job-name'] });
  expect(byJob.exitCode).toBe(0);
  expect(byJob.outputs).toMatchObject({ 'model-name': MODEL, version: '1', 'job-name': main.outputs['job-name'] });

  const fromMain = await download({ name: MODEL, version: 'latest', 'tag-filter': 'github.ref=refs/heads/main' });
  expect(fromMain.exitCode).toBe(0);
  expect(fromMain.outputs.version).toBe('1');
  expect(fromMain.log).toContain(`Chose ${MODEL} version 1: the newest version tagged github.ref=refs/heads/main.`);

  // The pull request's model is where its summary says, found by its tags.
  const toy = await download({ name: `${MODEL}-feature-add-model`, version: 'tag:github.pull_request=15' });
  expect(toy.exitCode).toBe(0);
  const lineage = JSON.parse(readFileSync(toy.outputs['lineage-file'], 'utf8'));
  expect(lineage.tags).toMatchObject({
    'github.branch': 'feature/Add-Model',
    // The PR head commit, not GitHub's temporary merge commit.
    'github.sha': eventContext('pull-request').sha,
  });
}, 300_000);
