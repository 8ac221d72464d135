import * as core from '@actions/core';
import { homedir } from 'node:os';
import path from 'node:path';
import {
  parseBoolean,
  parseChoice,
  parseKeyValueLines,
  parseLines,
  parseNonNegativeInt,
} from '../../shared/core/inputs.js';
import type { DeployOptions, DeployOutcome } from '../../shared/k8s/deploy.js';
import type { KubeconfigSource } from '../../shared/k8s/kubeconfig.js';
import { STRATEGIES } from '../../shared/k8s/strategy.js';
import type { LineageFacts } from '../../shared/lineage/keys.js';
import { lineageFacts, readLineageFile } from '../../shared/models/lineage.js';
import { actionsArtifactUploader, type ArtifactUploader } from '../_runtime/artifacts.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';

/** The kubeconfig input (a path, or content when it spans lines), else KUBECONFIG's first file, else ~/.kube/config. */
function kubeconfigSource(input: string): KubeconfigSource {
  if (input.includes('\n')) return { content: input };
  if (input) return { file: input };
  const fromEnv = (process.env.KUBECONFIG ?? '').split(path.delimiter).find(Boolean);
  return { file: fromEnv ?? path.join(homedir(), '.kube', 'config') };
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  return GITHUB_REPOSITORY && GITHUB_RUN_ID
    ? `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
    : undefined;
}

/** The model inputs over the lineage file's facts: an input given explicitly is what the user meant. */
async function givenLineage(workspace: string): Promise<LineageFacts> {
  const file = core.getInput('model-lineage');
  const fromFile = file ? lineageFacts(await readLineageFile(path.resolve(workspace, file), 'model-lineage')) : {};
  const input = (name: string) => core.getInput(name) || undefined;
  return {
    ...fromFile,
    modelName: input('model-name') ?? fromFile.modelName,
    modelVersion: input('model-version') ?? fromFile.modelVersion,
    trainingJob: input('model-training-job') ?? fromFile.trainingJob,
    apiVersion: input('api-version'),
  };
}

export async function readOptions(): Promise<DeployOptions> {
  const dryRun = parseBoolean('dry-run', core.getInput('dry-run'), false);
  const kubeconfigInput = core.getInput('kubeconfig');
  if (kubeconfigInput.includes('\n')) core.setSecret(kubeconfigInput);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const temp = process.env.RUNNER_TEMP ?? workspace;
  const source = kubeconfigSource(kubeconfigInput);
  return {
    manifests: parseLines(core.getInput('manifests', { required: true })),
    cwd: workspace,
    images: parseLines(core.getInput('images')),
    env: parseKeyValueLines('env', core.getInput('env')),
    namespace: core.getInput('namespace'),
    lineage: await givenLineage(workspace),
    run: { url: runUrl(), commit: process.env.GITHUB_SHA },
    imageLabels: parseBoolean('image-labels', core.getInput('image-labels'), true)
      ? { dockerConfigDir: process.env.DOCKER_CONFIG || path.join(homedir(), '.docker') }
      : undefined,
    strategy: parseChoice('strategy', core.getInput('strategy'), STRATEGIES, 'basic'),
    timeoutSeconds: parseNonNegativeInt('timeout', core.getInput('timeout'), 600),
    rollbackOnFailure: parseBoolean('rollback-on-failure', core.getInput('rollback-on-failure'), true),
    rollback: parseBoolean('rollback', core.getInput('rollback'), false),
    force: parseBoolean('force-conflicts', core.getInput('force-conflicts'), false),
    dryRun,
    // A dry run needs no cluster, but uses the context's namespace when a kubeconfig is there.
    kubeconfig: dryRun && !kubeconfigInput && !process.env.KUBECONFIG ? undefined : source,
    renderedFolder: path.resolve(workspace, core.getInput('rendered-folder') || path.join(temp, 'k8s-deploy-rendered')),
    searchPath: process.env.PATH ?? '',
  };
}

function revisionOutput(outcome: DeployOutcome): string {
  const revisions = (outcome.workloads ?? []).filter((w) => w.revision !== undefined);
  if (revisions.length === 1) return revisions[0].revision ?? '';
  return revisions.map((w) => `${w.name}=${w.revision}`).join(',');
}

async function writeSummary(options: DeployOptions, outcome: DeployOutcome): Promise<void> {
  const { lineage } = outcome;
  const header = ['Workload', 'Namespace', 'Revision', 'Images', 'Model', 'Training job', 'API version', 'Commit'].map(
    (data) => ({
      data,
      header: true,
    }),
  );
  const rows = (outcome.workloads ?? []).map((w) => {
    const images = (outcome.images ?? [])
      .filter((i) => i.workload === `${w.kind.toLowerCase()}/${w.name}`)
      .map((i) => `${i.container}: ${i.image}${i.digest && !i.image.includes('@') ? ` (${i.digest})` : ''}`)
      .join('<br>');
    const model = [lineage.modelName, lineage.modelVersion].filter(Boolean).join(' v');
    return [
      `${w.kind}/${w.name}`,
      w.namespace ?? '',
      w.revision ?? '',
      images,
      model,
      lineage.trainingJob ?? '',
      lineage.apiVersion ?? '',
      (lineage.commit ?? '').slice(0, 12),
    ];
  });
  const title = !outcome.applied
    ? 'Kubernetes dry run (nothing applied)'
    : options.rollback
      ? 'Rolled back on Kubernetes'
      : 'Deployed to Kubernetes';
  // The blank line after the HTML heading lets GitHub render the Markdown that follows it.
  const summary = core.summary.addHeading(title, 3).addEOL();
  if (rows.length) summary.addTable([header, ...rows]);
  else summary.addRaw(`${outcome.renderedFiles.length} rendered manifest(s) in \`${options.renderedFolder}\`.`, true);
  await summary.write();
}

/** Uploads the rendered manifests (paths inside the zip relative to the rendered folder); returns the artifact id. */
async function uploadRendered(
  artifacts: ArtifactUploader,
  name: string,
  options: DeployOptions,
  outcome: DeployOutcome,
): Promise<string> {
  return core.group(`Upload artifact ${name}`, async () => {
    const uploaded = await artifacts.upload(name, outcome.renderedFiles, options.renderedFolder);
    coreLogger().info(`Uploaded ${outcome.renderedFiles.length} rendered manifest(s) as artifact '${name}'.`);
    return uploaded.id === undefined ? '' : String(uploaded.id);
  });
}

export async function main(artifacts: ArtifactUploader = actionsArtifactUploader()): Promise<void> {
  await runStep(async () => {
    const options = await readOptions();
    const artifactName = core.getInput('artifact-name').trim();
    // The manifest renderer (and the YAML parser) is imported once the inputs are checked (README "Start-up").
    const { deployToKubernetes } = await import('../../shared/k8s/deploy.js');
    const outcome = await deployToKubernetes(options, { log: coreLogger() });
    if (artifactName) core.setOutput('artifact-id', await uploadRendered(artifacts, artifactName, options, outcome));
    core.setOutput('resources', JSON.stringify(outcome.resources ?? []));
    core.setOutput('images', JSON.stringify(outcome.images ?? []));
    core.setOutput('revision', revisionOutput(outcome));
    core.setOutput('rendered-folder', options.renderedFolder);
    await writeSummary(options, outcome);
  });
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main();
