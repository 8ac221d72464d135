/**
 * Every action's job summary, as the runner collects it from the bundles on the local backend, rendered the
 * way GitHub renders it: no Markdown left raw, one heading style, every Mermaid flowchart parsed by mermaid.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, repoRoot, runAction } from '../support/action-runner.js';
import {
  flowchartProblems,
  headingProblems,
  mermaidBlocks,
  mermaidParseErrors,
  rawMarkdownLeft,
  summaryProblems,
} from './support/summary-render.js';

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
type Outputs = Map<string, Record<string, string>>;

/**
 * Every action in workflow order, with its inputs (from the outputs of the actions before it when it needs them).
 * The tests below cover each row: a new action is one more line here.
 */
const RUNS: [action: string, inputs: (outputs: Outputs) => Record<string, string>][] = [
  ['ensure-compute', () => ({ ...local, file: 'environment/compute.yaml', components: 'components/*/*.yaml' })],
  [
    'register-components',
    () => ({ ...local, environments: 'environment/python.yaml', components: 'components/*/*.yaml' }),
  ],
  ['submit-pipeline', () => ({ ...local, file: 'pipelines/animals-classification.yaml', inputs: TOY_INPUTS })],
  ['download-model', () => ({ ...local, name: 'animal-classification', version: 'latest', path: 'model' })],
  [
    'promote-model',
    (out) => ({ ...local, name: 'animal-classification', version: out.get('download-model')!.version }),
  ],
  [
    'tag-image',
    (out) => ({
      ...modelOf(out),
      images: 'ghcr.io/azureml-mlops/animals-api',
      version: '1.0.0',
      tags: TAGS,
      'registry-lookup': 'false',
    }),
  ],
  [
    'k8s-deploy',
    (out) => ({
      ...modelOf(out),
      manifests: 'k8s',
      images: out.get('tag-image')!.tags.split('\n')[0],
      'dry-run': 'true',
      'rendered-folder': 'rendered',
    }),
  ],
  // The local backend's deploy-endpoint: the example endpoint's smoke test on the runner, nothing deployed.
  [
    'deploy-endpoint',
    (out) => ({
      ...local,
      ...modelOf(out),
      'endpoint-file': 'endpoint/endpoint.yml',
      'deployment-file': 'endpoint/deployment.yml',
      'smoke-test-request': 'endpoint/sample-request.json',
      'smoke-test-contains': '"predictions"',
    }),
  ],
  // Back from the rendered Deployment (k8s-deploy's dry run) to the commit and the data.
  ['trace', () => ({ ...local, manifest: 'rendered/001-deployment-animals-api.yaml', registry: 'false' })],
  // The root action: the Azure part of the workflow in one step.
  [
    'mlops',
    () => ({
      ...local,
      'compute-file': 'environment/compute.yaml',
      environments: 'environment/python.yaml',
      components: 'components/*/*.yaml',
      'pipeline-file': 'pipelines/animals-classification.yaml',
      inputs: TOY_INPUTS,
      'model-name': 'animal-classification',
      'model-path': 'model-root',
    }),
  ],
];
const TAGS = 'type=semver,pattern={{version}}\ntype=sha\ntype=model';
const modelOf = (out: Outputs) => ({
  'model-name': out.get('download-model')!['model-name'],
  'model-version': out.get('download-model')!.version,
});

beforeAll(async () => {
  project = path.join(mkdtempSync(path.join(tmpdir(), 'summaries-')), 'project');
  cpSync(path.join(repoRoot, 'workflows-examples', 'project'), project, {
    recursive: true,
    filter: (src) => !/[/\\]\.mlops(-demo)?$/.test(src),
  });
  const outputs: Outputs = new Map();
  for (const [action, inputs] of RUNS) {
    const result = await runAction(bundle(action), { inputs: inputs(outputs), env, cwd: project, timeoutMs: 180_000 });
    if (result.exitCode !== 0) throw new Error(`${action} failed:\n${result.log}`);
    summaries.set(action, result.summary);
    outputs.set(action, result.outputs);
  }
}, 900_000);

describe.each(RUNS.map(([action]) => action))('the %s summary on the local backend', (action) => {
  it('renders to HTML with no Markdown syntax left raw, level-3 headings only and sound flowcharts', async () => {
    expect(await summaryProblems(summaries.get(action) ?? '')).toEqual([]);
  });

  it('names no file: link a browser could not open', () => {
    expect(summaries.get(action)).not.toContain('file://');
  });
});

test('the pipeline summary draws its steps as a Mermaid flowchart', () => {
  expect(mermaidBlocks(summaries.get('submit-pipeline') ?? '').length).toBeGreaterThan(0);
});

test('the pipeline summary on the local backend names its job record by path', () => {
  expect(summaries.get('submit-pipeline')).toMatch(/Local job record: `\/[^`]+job\.json`/);
});

test('the register-components summary names code snapshots by component, with short versions', () => {
  const summary = summaries.get('register-components') ?? '';
  expect(summary).toMatch(/<td>code<\/td><td>code of \w+<\/td><td>[0-9a-f]{12}<\/td>/);
  expect(summary).not.toMatch(/[0-9a-f]{64}/);
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

  it('have mermaid itself reject a flowchart it cannot parse and accept one it can', async () => {
    const [bad, good] = await mermaidParseErrors(['flowchart LR\n  a["x"] -->', 'flowchart LR\n  a["x"] --> b["y"]']);
    expect(bad).toMatch(/Parse error/);
    expect(good).toBeNull();
  });

  it('find a heading of another level than 3', () => {
    expect(headingProblems('## tag-image\n\ntext')).toEqual(['a level-2 heading: tag-image']);
    expect(headingProblems('<h3>Title</h3>\n\n### Pipeline job `x`')).toEqual([]);
  });
});
