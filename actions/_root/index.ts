/**
 * The root action: the Azure ML part of the MLOps workflow in one step (ensure compute -> register components
 * -> submit and follow the pipeline -> download the model), driven by the example workflow's checkboxes. It
 * calls the same shared/ code as the individual actions, on either backend.
 */
import * as core from '@actions/core';
import path from 'node:path';
import type { Backend, PipelineResult } from '../../shared/backend/backend.js';
import {
  cancelUnfollowedJob,
  ensureComputeStep,
  followJobStep,
  stopStartedCompute,
} from '../../shared/backend/steps.js';
import type { AssetFiles } from '../../shared/assets/load.js';
import { VERSION_STRATEGIES } from '../../shared/assets/types.js';
import type { VersionStrategy } from '../../shared/assets/types.js';
import type { ComputeSpec } from '../../shared/compute/compute-spec.js';
import { UserError } from '../../shared/core/errors.js';
import { parseBoolean, parseChoice, parseLines, parseNonNegativeInt } from '../../shared/core/inputs.js';
import { traceTags } from '../../shared/jobs/naming.js';
import { assertJobPassed } from '../../shared/jobs/outcome.js';
import type { WorkflowRun } from '../../shared/jobs/naming.js';
import type { ModelLineage } from '../../shared/models/lineage.js';
import { parseTagFilters, parseVersionSelector, withTagFilters } from '../../shared/models/selector.js';
import type { ModelRequest, VersionSelector } from '../../shared/models/selector.js';
import type { PipelineJob } from '../../shared/pipeline/model.js';
import { pipelineSummaryMarkdown } from '../../shared/reporting/pipeline-summary.js';
import { readSeconds } from '../_runtime/azure-inputs.js';
import { readBackend } from '../_runtime/backend.js';
import { expandGlobs } from '../_runtime/globs.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { coreState } from '../_runtime/state.js';
import { writeTableSummary } from '../_runtime/summary.js';
import { readWorkflowRun } from '../_runtime/workflow-run.js';
import { logRenames, readBranchScope } from '../_runtime/branch-scope.js';
import { scopeAssetFiles } from '../../shared/assets/scope-assets.js';
import { branchScopeTags, scopedName, type BranchScope } from '../../shared/github/branch-scope.js';
import { scopePipelineJob } from '../../shared/submission/scope-pipeline.js';

/** Everything the step will do, read and validated before any call to Azure. */
interface Plan {
  compute?: { name: string; spec?: ComputeSpec; create: boolean; recreateFailed: boolean };
  assets?: AssetFiles;
  strategy: VersionStrategy;
  pipeline?: PipelineJob;
  forceRerun: boolean;
  experimentName?: string;
  timeoutMs?: number;
  model: { name: string; selector: VersionSelector; destination: string };
}

/** The YAML loaders (and the YAML parser): imported once the plain inputs are checked (README "Start-up"). */
async function yamlLoaders() {
  const [compute, assets, pipeline, overrides, mapInput, references] = await Promise.all([
    import('../../shared/compute/compute-spec.js'),
    import('../../shared/assets/load.js'),
    import('../../shared/pipeline/pipeline-job.js'),
    import('../../shared/pipeline/overrides.js'),
    import('../../shared/core/map-input.js'),
    import('../../shared/submission/references.js'),
  ]);
  return {
    loadComputeSpec: compute.loadComputeSpec,
    loadAssetFiles: assets.loadAssetFiles,
    loadPipelineJob: pipeline.loadPipelineJob,
    parseSetOverrides: overrides.parseSetOverrides,
    parseMapInput: mapInput.parseMapInput,
    assertLocalDataExists: references.assertLocalDataExists,
  };
}

async function readPlan(): Promise<Plan> {
  const skipAll = parseBoolean('skip-training-pipeline', core.getInput('skip-training-pipeline'), false);
  const train = !skipAll && parseBoolean('train-model', core.getInput('train-model'), true);
  const plan: Plan = {
    strategy: parseChoice('version-strategy', core.getInput('version-strategy'), VERSION_STRATEGIES, 'auto'),
    forceRerun: parseBoolean('force-rerun', core.getInput('force-rerun'), false),
    experimentName: core.getInput('experiment-name') || undefined,
    model: {
      name: core.getInput('model-name', { required: true }),
      selector: withTagFilters(
        parseVersionSelector(core.getInput('model-version')),
        parseTagFilters(core.getInput('model-tag-filter'), 'model-tag-filter'),
        'model-tag-filter',
      ),
      destination: path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput('model-path') || 'model'),
    },
  };
  const minutes = parseNonNegativeInt('timeout-minutes', core.getInput('timeout-minutes'), 0);
  if (minutes > 0) plan.timeoutMs = minutes * 60_000;
  if (skipAll) return plan;

  const { loadComputeSpec, loadAssetFiles, loadPipelineJob, parseSetOverrides, parseMapInput, assertLocalDataExists } =
    await yamlLoaders();
  const computeFile = core.getInput('compute-file');
  const spec = computeFile
    ? await loadComputeSpec(computeFile, {
        nameOverride: core.getInput('compute-name') || undefined,
        log: coreLogger(),
      })
    : undefined;
  const computeName = core.getInput('compute-name') || spec?.name;
  if (computeName)
    plan.compute = {
      name: computeName,
      spec,
      create: parseBoolean('create-compute', core.getInput('create-compute'), true),
      recreateFailed: parseBoolean('recreate-failed', core.getInput('recreate-failed'), false),
    };

  const environments = await expandGlobs('environments', parseLines(core.getInput('environments')));
  const components = await expandGlobs('components', parseLines(core.getInput('components')));
  if (environments.length || components.length) plan.assets = await loadAssetFiles({ environments, components });

  if (train) {
    const file = core.getInput('pipeline-file');
    if (!file)
      throw new UserError("Give 'pipeline-file' to train, or set 'train-model: false' to download the latest model.");
    plan.pipeline = await loadPipelineJob(file, {
      set: parseSetOverrides(parseLines(core.getInput('set'))),
      inputs: parseMapInput('inputs', core.getInput('inputs')),
    });
    // Before the compute and the components are written: the submission would find it only after them.
    assertLocalDataExists(plan.pipeline);
  }
  return plan;
}

export async function main(): Promise<void> {
  await runStep(async () => {
    const plan = await readPlan();
    const backend = await readBackend();
    const run = readWorkflowRun();
    const scope = readBranchScope(run);
    const rows: string[][] = [];
    let trainedBy: string | undefined;

    if (plan.compute) rows.push(['Compute', await computeStep(plan, plan.compute, backend)]);
    if (plan.assets) rows.push(['Components', await registerStep(plan, plan.assets, backend, run, scope)]);
    if (plan.pipeline) {
      // A scoped run registers its model under the scoped name, so after training that is the name it downloads.
      plan.model.name = scopedName(scope, 'model', plan.model.name);
      const { job: scopedPipeline, renames } = scopePipelineJob(plan.pipeline, scope);
      logRenames(renames);
      plan.pipeline = scopedPipeline;
      const job = await pipelineStep(plan, plan.pipeline, backend, run);
      rows.push(['Pipeline', `${job.name}: ${job.status}`]);
      await core.summary.addRaw(pipelineSummaryMarkdown(plan.pipeline, job)).write();
      assertJobPassed(job); // no download of a stale model after a failed training
      trainedBy = job.name;
    }
    const lineage = await downloadStep(plan.model, trainedBy, backend);
    rows.push([
      'Model',
      `${lineage.name}:${lineage.version} (job ${lineage.job?.name ?? '-'}, commit ${lineage.job?.commit ?? '-'})`,
    ]);
    await writeTableSummary('Azure ML MLOps pipeline', ['Step', 'Result'], rows);
  });
}

async function computeStep(plan: Plan, compute: NonNullable<Plan['compute']>, backend: Backend): Promise<string> {
  const components = plan.assets?.components.map((c) => c.value) ?? [];
  const waitTimeoutMs = readSeconds('wait-timeout', 1800);
  const result = await ensureComputeStep(backend, { ...compute, start: true, waitTimeoutMs, components }, coreState());
  core.setOutput('compute-state', result.state);
  return result.line;
}

async function registerStep(
  plan: Plan,
  assets: AssetFiles,
  backend: Backend,
  run: WorkflowRun,
  scope: BranchScope | undefined,
): Promise<string> {
  const { files, renames } = scopeAssetFiles(assets, scope);
  logRenames(renames);
  const result = await backend.registerAssets(files, {
    strategy: plan.strategy,
    dryRun: false,
    tags: { ...traceTags(run), ...branchScopeTags(run, scope) },
  });
  const created = result.assets.filter((a) => a.status === 'created').length;
  return `${created} registered, ${result.assets.length - created} unchanged`;
}

async function pipelineStep(
  plan: Plan,
  pipeline: PipelineJob,
  backend: Backend,
  run: WorkflowRun,
): Promise<PipelineResult> {
  const submitted = await backend.submitPipeline(pipeline, {
    run,
    experimentName: plan.experimentName,
    forceRerun: plan.forceRerun,
  });
  const result = await followJobStep(submitted, coreState(), { timeoutMs: plan.timeoutMs, signals: process });
  core.setOutput('job-name', result.name);
  core.setOutput('job-status', result.status);
  core.setOutput('studio-url', result.studioUrl);
  return result;
}

/**
 * After training, the version this run's pipeline registered: `latest` could be another run's, registered
 * between our training and our download. Without training, the version the inputs select.
 */
async function downloadStep(
  model: Plan['model'],
  trainedBy: string | undefined,
  backend: Backend,
): Promise<ModelLineage> {
  const request: ModelRequest = trainedBy
    ? { job: trainedBy, name: model.name }
    : { name: model.name, selector: model.selector };
  const { lineage } = await backend.downloadModel(request, model.destination);
  core.setOutput('model-name', lineage.name);
  core.setOutput('model-version', lineage.version);
  core.setOutput('model-path', model.destination);
  core.setOutput('model-job-name', lineage.job?.name ?? '');
  core.setOutput('source-commit', lineage.job?.commit ?? '');
  return lineage;
}

/** Backstops: cancel a pipeline still followed when the step ended early; stop a compute this run started. */
export async function post(): Promise<void> {
  await runStep(async () => {
    const backend = await readBackend();
    const log = coreLogger();
    await cancelUnfollowedJob(backend, coreState(), log);
    await stopStartedCompute(backend, coreState(), {
      stopOnExit: parseBoolean('stop-compute-on-exit', core.getInput('stop-compute-on-exit'), false),
      waitTimeoutMs: readSeconds('wait-timeout', 1800),
      log,
    });
  });
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main();
