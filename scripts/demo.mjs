#!/usr/bin/env node
// `npm run demo`: the example MLOps workflow (workflows-examples/.github/workflows/mlops-pipeline.yml) run end to
// end on this machine with the local backend - no cloud account - through the built action bundles, called
// exactly as the GitHub Actions runner calls them. Run it twice: the second run reuses every deterministic
// pipeline step from the step cache and says so.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundle, repoRoot, runActionProcess } from './lib/run-action.mjs';
import { forTerminal } from './lib/terminal-log.mjs';

// MLOPS_DEMO_PROJECT points the demo at a copy of the project (the tests do, to leave the checkout clean).
const project = process.env.MLOPS_DEMO_PROJECT ?? path.join(repoRoot, 'workflows-examples', 'project');
const out = path.join(project, '.mlops-demo');
const summaryFile = path.join(out, 'job-summaries.md');
const image = 'ghcr.io/azureml-mlops/animals-api';

/** What the runner would set for a manual run of the workflow on main. */
function runnerEnv() {
  const sha = gitHead();
  return {
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'azureml-mlops/actions-demo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'MLOps pipeline (demo)',
    GITHUB_RUN_ID: String(Date.now()), // a new run: a new job name, so the pipeline runs (and hits the cache)
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: process.env.USER || 'demo',
  };
}

function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return '0000000000000000000000000000000000000000';
  }
}

const local = { backend: 'local', 'local-workspace': '.mlops' };

/** The steps of mlops-pipeline.yml, each with its inputs computed from the outputs before it. */
const steps = [
  {
    id: 'compute',
    action: 'ensure-compute',
    inputs: () => ({ ...local, file: 'environment/compute.yaml', components: 'components/*/*.yaml' }),
  },
  {
    id: 'components',
    action: 'register-components',
    inputs: () => ({
      ...local,
      environments: 'environment/python.yaml',
      components: 'components/*/*.yaml',
      'version-strategy': 'auto',
    }),
  },
  {
    id: 'pipeline',
    action: 'submit-pipeline',
    inputs: () => ({ ...local, file: 'pipelines/animals-classification.yaml' }),
  },
  {
    id: 'model',
    action: 'download-model',
    inputs: () => ({ ...local, name: 'animal-classification', version: 'latest', path: '.mlops-demo/model' }),
  },
  {
    id: 'meta',
    action: 'tag-image',
    inputs: ({ model }) => ({
      images: image,
      version: '1.0.0',
      tags: 'type=semver,pattern={{version}}\ntype=ref,event=branch\ntype=sha\ntype=model',
      'model-name': model['model-name'],
      'model-version': model.version,
      'model-training-job': model['job-name'],
      'model-lineage': model['lineage-file'],
      'registry-lookup': 'false',
    }),
  },
  {
    id: 'deploy',
    action: 'k8s-deploy',
    inputs: ({ meta, model }) => ({
      manifests: 'k8s',
      images: meta.tags.split('\n')[0],
      'model-name': model['model-name'],
      'model-version': model.version,
      'model-lineage': model['lineage-file'],
      'api-version': meta.version,
      'image-labels': 'false', // the demo builds no image, so no registry holds it
      'dry-run': 'true',
      'rendered-folder': '.mlops-demo/rendered',
    }),
  },
  {
    // Back from what would be deployed to the commit and the data it was trained on.
    id: 'trace',
    action: 'trace',
    inputs: () => ({
      ...local,
      manifest: '.mlops-demo/rendered/001-deployment-animals-api.yaml',
      registry: 'false',
      'json-file': '.mlops-demo/trace.json',
    }),
  },
];

async function main() {
  rmSync(path.join(out, 'model'), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const env = runnerEnv();
  const outputs = {};
  const summaries = [];
  console.log(
    `Demo: ${project} on the local backend (workspace ${path.join(project, '.mlops')}), run ${env.GITHUB_RUN_ID}\n`,
  );
  for (const step of steps) {
    const inputs = step.inputs(outputs);
    console.log(`\n=== ${step.action} (${step.id}) ===`);
    const result = await runActionProcess(bundle(step.action), {
      inputs,
      env,
      cwd: project,
      onOutput: (chunk) => process.stdout.write(forTerminal(chunk)),
    });
    outputs[step.id] = result.outputs;
    summaries.push(`<!-- ${step.action} -->\n${result.summary}`);
    printOutputs(step, result);
    if (result.exitCode !== 0) {
      writeFileSync(summaryFile, summaries.join('\n'));
      console.error(`\n${step.action} failed (exit ${result.exitCode}); job summaries so far: ${summaryFile}`);
      process.exit(1);
    }
  }
  writeFileSync(summaryFile, summaries.join('\n'));
  const cache = outputs.pipeline;
  console.log(`\nDone. Job summaries (Markdown, as GitHub shows them): ${summaryFile}`);
  console.log(
    `Model ${outputs.model['model-name']}:${outputs.model.version} from job ${outputs.model['job-name']} (commit ${outputs.model['source-commit'] || '-'})`,
  );
  console.log(`Rendered manifests: ${outputs.deploy['rendered-folder']}`);
  console.log(
    `Trace: commit ${outputs.trace.commit || '-'}, data ${outputs.trace['data-inputs'] || '-'} (${path.join(out, 'trace.json')})`,
  );
  if (cache)
    console.log('Run `npm run demo` again: every deterministic pipeline step is then reused from the step cache.');
}

function printOutputs(step, result) {
  const oneLine = (v) => (v.includes('\n') ? v.split('\n').join(', ') : v);
  const cut = (v) => (v.length > 160 ? `${v.slice(0, 157)}...` : v);
  const shown = Object.entries(result.outputs).map(([k, v]) => `  ${k}: ${cut(oneLine(v))}`);
  console.log(
    `${step.action} -> exit ${result.exitCode} in ${(result.durationMs / 1000).toFixed(1)}s\n${shown.join('\n')}\n`,
  );
}

await main();
