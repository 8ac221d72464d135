/**
 * Every action's job summary, as the runner collects it from the bundles on the local backend, rendered the
 * way GitHub renders it: no Markdown left raw, every Mermaid flowchart well formed.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, repoRoot, runAction, type RunResult } from '../support/action-runner.js';
import { flowchartProblems, mermaidBlocks, rawMarkdownLeft, renderSummary } from './support/summary-render.js';

const TOY_INPUTS = 'pandas_data: ../data/toy/panda\ncats_data: ../data/toy/cat\ndogs_data: ../data/toy/dog\nepochs: 2';
const local = { backend: 'local', 'local-workspace': '.mlops' };
const env = {
  GITHUB_REPOSITORY: 'azureml-mlops/actions-demo',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_RUN_ID: '4242',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
};
let project: string;
const summaries = new Map<string, string>();

async function run(action: string, inputs: Record<string, string>): Promise<RunResult> {
  const result = await runAction(bundle(action), { inputs, env, cwd: project, timeoutMs: 180_000 });
  if (result.exitCode !== 0) throw new Error(`${action} failed:\n${result.log}`);
  summaries.set(action, result.summary);
  return result;
}

beforeAll(async () => {
  project = path.join(mkdtempSync(path.join(tmpdir(), 'summaries-')), 'project');
  cpSync(path.join(repoRoot, 'workflows-examples', 'project'), project, {
    recursive: true,
    filter: (src) => !/[/\\]\.mlops(-demo)?$/.test(src),
  });
  await run('ensure-compute', { ...local, file: 'environment/compute.yaml', components: 'components/*/*.yaml' });
  await run('register-components', {
    ...local,
    environments: 'environment/python.yaml',
    components: 'components/*/*.yaml',
  });
  await run('submit-pipeline', { ...local, file: 'pipelines/animals-classification.yaml', inputs: TOY_INPUTS });
  const model = await run('download-model', {
    ...local,
    name: 'animal-classification',
    version: 'latest',
    path: 'model',
  });
  const meta = await run('tag-image', {
    images: 'ghcr.io/azureml-mlops/animals-api',
    version: '1.0.0',
    tags: 'type=semver,pattern={{version}}\ntype=sha\ntype=model',
    'model-name': model.outputs['model-name'],
    'model-version': model.outputs.version,
    'registry-lookup': 'false',
  });
  await run('k8s-deploy', {
    manifests: 'k8s',
    images: meta.outputs.tags.split('\n')[0],
    'model-name': model.outputs['model-name'],
    'model-version': model.outputs.version,
    'dry-run': 'true',
    'rendered-folder': 'rendered',
  });
  // The local backend's deploy-endpoint: the example endpoint's smoke test on the runner, nothing deployed.
  await run('deploy-endpoint', {
    ...local,
    'endpoint-file': 'endpoint/endpoint.yml',
    'deployment-file': 'endpoint/deployment.yml',
    'model-name': model.outputs['model-name'],
    'model-version': model.outputs.version,
    'smoke-test-request': 'endpoint/sample-request.json',
    'smoke-test-contains': '"predictions"',
  });
}, 900_000);

const ACTIONS = [
  'ensure-compute',
  'register-components',
  'submit-pipeline',
  'download-model',
  'tag-image',
  'k8s-deploy',
  'deploy-endpoint',
];

describe.each(ACTIONS)('the %s summary on the local backend', (action) => {
  it('renders to HTML with no Markdown syntax left raw', () => {
    const summary = summaries.get(action) ?? '';
    expect(renderSummary(summary).trim()).not.toBe('');
    expect(rawMarkdownLeft(summary)).toEqual([]);
  });

  it('names no file: link a browser could not open', () => {
    expect(summaries.get(action)).not.toContain('file://');
  });
});

test('the pipeline summary draws a well-formed Mermaid flowchart of its steps', () => {
  const blocks = mermaidBlocks(summaries.get('submit-pipeline') ?? '');
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) expect(flowchartProblems(block)).toEqual([]);
});

test('the pipeline summary on the local backend names its job record by path', () => {
  expect(summaries.get('submit-pipeline')).toMatch(/Local job record: `\/[^`]+job\.json`/);
});

describe('the checks themselves', () => {
  it('find Markdown left raw after an HTML heading without a blank line', () => {
    expect(rawMarkdownLeft('<h3>Title</h3>\n2 manifest(s) in `out`.')).not.toEqual([]);
    expect(rawMarkdownLeft('<h3>Title</h3>\n\n2 manifest(s) in `out`.')).toEqual([]);
  });

  it('find an unclosed subgraph and an edge to a node never declared', () => {
    expect(flowchartProblems('flowchart LR\n  subgraph g["a"]\n  s_a["a"]:::completed\n  s_a --> s_b')).toEqual([
      '1 subgraph(s) not closed',
      'edge to undeclared s_b',
    ]);
  });
});
