/**
 * `npm run demo`, the README's first command: the example workflow on the local backend through the bundles.
 * Run twice on a copy of the example project; the second run must reuse every pipeline step from the cache.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../support/action-runner.js';

const run = promisify(execFile);

async function demo(project: string): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(repoRoot, 'scripts', 'demo.mjs')], {
    env: { ...process.env, MLOPS_DEMO_PROJECT: project },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

test('the demo runs the whole workflow locally, and a second run reuses every pipeline step', async () => {
  const project = path.join(mkdtempSync(path.join(tmpdir(), 'demo-')), 'project');
  cpSync(path.join(repoRoot, 'workflows-examples', 'project'), project, {
    recursive: true,
    filter: (src) => !/[/\\]\.mlops(-demo)?$/.test(src),
  });

  const first = await demo(project);
  for (const action of [
    'ensure-compute',
    'register-components',
    'submit-pipeline',
    'download-model',
    'tag-image',
    'k8s-deploy',
    'trace',
  ]) {
    expect(first).toContain(`${action} -> exit 0`);
  }
  expect(first).toMatch(/Step cache: 0 hit\(s\)/);
  expect(first).toMatch(/Model animal-classification:1 from job animals-classification-/);
  const model = JSON.parse(readFileSync(path.join(project, '.mlops-demo', 'model', 'model.json'), 'utf8'));
  expect(model).toMatchObject({
    name: 'animal-classification',
    version: '1',
    job: { commit: expect.stringMatching(/^[0-9a-f]{40}$/) },
  });
  const rendered = readFileSync(
    path.join(project, '.mlops-demo', 'rendered', '001-deployment-animals-api.yaml'),
    'utf8',
  );
  expect(rendered).toContain('MODEL_VERSION');

  // The trace of the rendered deployment reaches the commit and the data files the pipeline read.
  const traced = JSON.parse(readFileSync(path.join(project, '.mlops-demo', 'trace.json'), 'utf8')) as {
    links: { link: string; status: string; value?: string }[];
  };
  const link = (name: string) => traced.links.find((l) => l.link === name);
  expect(link('deployment')).toMatchObject({ status: 'found', value: 'Deployment default/animals-api' });
  expect(link('model')).toMatchObject({ status: 'found', value: 'animal-classification:1' });
  expect(link('training-job')).toMatchObject({ status: 'found', value: model.job.name });
  expect(link('commit')).toMatchObject({ status: 'found', value: model.job.commit });
  for (const species of ['panda', 'cat', 'dog'])
    expect(link('data-inputs')?.value).toContain(path.join(project, 'data', 'animals', species));
  // The demo builds no image: the trace says so instead of guessing.
  expect(link('image')).toMatchObject({ status: 'missing', why: expect.stringContaining('registry') });
  expect(first).toMatch(/Trace: commit [0-9a-f]{40}, data pandas_data=/);

  const second = await demo(project);
  expect(second).toMatch(/Step cache: 6 hit\(s\)/);
  expect(second).toMatch(/Model animal-classification:1 from job/); // reused register step: no new version
  expect(existsSync(path.join(project, '.mlops-demo', 'job-summaries.md'))).toBe(true);
}, 120000);
