/**
 * The root action: the Azure ML part of the MLOps workflow in one step (ensure compute -> register components
 * -> submit and follow the pipeline -> download the model), driven by the example workflow's checkboxes. It
 * calls the same shared/ code as the individual actions, on either backend.
 */
import * as core from '@actions/core';
import path from 'node:path';
import { loadAssetFiles } from '../../shared/assets/load.js';
import type { AssetFiles } from '../../shared/assets/load.js';
import { registerAssets } from '../../shared/assets/register.js';
import { VERSION_STRATEGIES } from '../../shared/assets/types.js';
import type { VersionStrategy } from '../../shared/assets/types.js';
import { ensureCompute, stopComputeInstance } from '../../shared/azure/compute/ensure-compute.js';
import { loadComputeSpec } from '../../shared/azure/compute/compute-spec.js';
import type { ComputeSpec } from '../../shared/azure/compute/compute-spec.js';
import { createSession } from '../../shared/azure/create-session.js';
import type { AzureSession } from '../../shared/azure/session.js';
import { UserError } from '../../shared/core/errors.js';
import { parseBoolean, parseChoice, parseLines, parseMapInput, parseNonNegativeInt } from '../../shared/core/inputs.js';
import * as jobs from '../../shared/jobs/index.js';
import type { JobResult } from '../../shared/jobs/index.js';
import type { WorkflowRun } from '../../shared/jobs/naming.js';
import * as local from '../../shared/local/index.js';
import { downloadModel } from '../../shared/models/download-model.js';
import type { ModelLineage } from '../../shared/models/lineage.js';
import { parseVersionSelector } from '../../shared/models/resolve.js';
import type { VersionSelector } from '../../shared/models/resolve.js';
import { loadPipelineJob } from '../../shared/pipeline/pipeline-job.js';
import type { PipelineJob } from '../../shared/pipeline/model.js';
import { parseSetOverrides } from '../../shared/pipeline/overrides.js';
import { pipelineSummaryMarkdown } from '../../shared/reporting/pipeline-summary.js';
import { followWithCancel, runPipelineLocally, submitPipeline } from '../../shared/submission/run.js';
import { readSeconds, readSessionOptions } from '../_runtime/azure-inputs.js';
import { readBackend } from '../_runtime/backend.js';
import type { Backend } from '../_runtime/backend.js';
import { expandGlobs } from '../_runtime/globs.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { writeTableSummary } from '../_runtime/summary.js';
import { readWorkflowRun } from '../_runtime/workflow-run.js';

const STATE_JOB = 'job-name';
const STATE_JOB_DONE = 'job-followed-to-end';
const STATE_COMPUTE = 'compute-name';
const STATE_COMPUTE_STARTED = 'compute-started-by-this-run';

/** Everything the step will do, read and validated before any call to Azure. */
interface Plan {
  compute?: { name: string; spec?: ComputeSpec; create: boolean };
  assets?: AssetFiles;
  strategy: VersionStrategy;
  pipeline?: PipelineJob;
  forceRerun: boolean;
  experimentName?: string;
  timeoutMs?: number;
  model: { name: string; selector: VersionSelector; destination: string };
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
      selector: parseVersionSelector(core.getInput('model-version')),
      destination: path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput('model-path') || 'model'),
    },
  };
  const minutes = parseNonNegativeInt('timeout-minutes', core.getInput('timeout-minutes'), 0);
  if (minutes > 0) plan.timeoutMs = minutes * 60_000;
  if (skipAll) return plan;

  const computeFile = core.getInput('compute-file');
  const spec = computeFile ? await loadComputeSpec(computeFile, core.getInput('compute-name') || undefined) : undefined;
  const computeName = core.getInput('compute-name') || spec?.name;
  if (computeName)
    plan.compute = {
      name: computeName,
      spec,
      create: parseBoolean('create-compute', core.getInput('create-compute'), true),
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
  }
  return plan;
}

export async function main(): Promise<void> {
  await runStep(async () => {
    const plan = await readPlan();
    const backend = await readBackend();
    const run = readWorkflowRun();
    const azure = backend.kind === 'azure' ? await createSession(readSessionOptions()) : undefined;
    const rows: string[][] = [];

    if (plan.compute) rows.push(['Compute', await computeStep(plan, plan.compute, azure)]);
    if (plan.assets) rows.push(['Components', await registerStep(plan, backend, azure, run)]);
    if (plan.pipeline) {
      const job = await pipelineStep(plan, plan.pipeline, backend, azure, run);
      rows.push(['Pipeline', `${job.name}: ${job.status}`]);
      await core.summary.addRaw(pipelineSummaryMarkdown(plan.pipeline, job)).write();
      jobs.assertJobPassed(job); // no download of a stale model after a failed training
    }
    const lineage = await downloadStep(plan.model, backend, azure);
    rows.push([
      'Model',
      `${lineage.name}:${lineage.version} (job ${lineage.job?.name ?? '-'}, commit ${lineage.job?.commit ?? '-'})`,
    ]);
    await writeTableSummary('Azure ML MLOps pipeline', ['Step', 'Result'], rows);
  });
}

async function computeStep(plan: Plan, compute: NonNullable<Plan['compute']>, azure?: AzureSession): Promise<string> {
  if (!azure) {
    const components = plan.assets?.components.flatMap((c) => (c.value.type === 'command' ? [c.value] : [])) ?? [];
    const result = await local.ensureLocalCompute({ components, log: coreLogger() });
    core.setOutput('compute-state', result.state);
    return `${result.name} (the runner)`;
  }
  core.saveState(STATE_COMPUTE, compute.name);
  const result = await ensureCompute(azure, {
    ...compute,
    start: true,
    waitTimeoutMs: readSeconds('wait-timeout', 1800),
    onStartRequested: () => core.saveState(STATE_COMPUTE_STARTED, 'true'),
  });
  core.setOutput('compute-state', result.state);
  return `${result.name}: ${result.state}${result.created ? ' (created)' : ''}${result.started ? ' (started)' : ''}`;
}

async function registerStep(
  plan: Plan,
  backend: Backend,
  azure: AzureSession | undefined,
  run: WorkflowRun,
): Promise<string> {
  const options = { strategy: plan.strategy, dryRun: false, tags: jobs.traceTags(run) };
  const result =
    backend.kind === 'local'
      ? await local.registerLocalAssetFiles(backend.workspace, plan.assets!, { ...options, log: coreLogger() })
      : await registerAssets(azure!, plan.assets!, options);
  const created = result.assets.filter((a) => a.status === 'created').length;
  return `${created} registered, ${result.assets.length - created} unchanged`;
}

async function pipelineStep(
  plan: Plan,
  pipeline: PipelineJob,
  backend: Backend,
  azure: AzureSession | undefined,
  run: WorkflowRun,
): Promise<JobResult> {
  const options = { run, experimentName: plan.experimentName, forceRerun: plan.forceRerun };
  const result =
    backend.kind === 'local'
      ? await runPipelineLocally(backend.workspace, pipeline, { ...options, signals: process, log: coreLogger() })
      : await submitAndFollow(azure!, pipeline, { ...options, timeoutMs: plan.timeoutMs });
  core.setOutput('job-name', result.name);
  core.setOutput('job-status', result.status);
  core.setOutput('studio-url', result.studioUrl);
  return result;
}

async function submitAndFollow(
  session: AzureSession,
  pipeline: PipelineJob,
  options: { run: WorkflowRun; experimentName?: string; forceRerun: boolean; timeoutMs?: number },
): Promise<JobResult> {
  const { submitted } = await submitPipeline(session, pipeline, { ...options, dryRun: false });
  core.saveState(STATE_JOB, submitted!.name); // the post step cancels it if this step is cancelled
  const result = await followWithCancel(session, submitted!, { timeoutMs: options.timeoutMs, signals: process });
  core.saveState(STATE_JOB_DONE, 'true');
  return result;
}

async function downloadStep(model: Plan['model'], backend: Backend, azure?: AzureSession): Promise<ModelLineage> {
  let lineage: ModelLineage;
  if (backend.kind === 'local') {
    const download = await local.downloadLocalModel(backend.workspace, { ...model, log: coreLogger() });
    lineage = (await local.writeLocalModelLineage(backend.workspace, download)).lineage;
  } else {
    lineage = (
      await downloadModel(azure!, {
        request: { name: model.name, selector: model.selector },
        destination: model.destination,
      })
    ).lineage;
  }
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
    const job = core.getState(STATE_JOB_DONE) === 'true' ? '' : core.getState(STATE_JOB);
    const stopCompute =
      core.getState(STATE_COMPUTE_STARTED) === 'true' &&
      parseBoolean('stop-compute-on-exit', core.getInput('stop-compute-on-exit'), false);
    if (!job && !stopCompute) return;
    const session = await createSession(readSessionOptions());
    if (job) await jobs.cancelJobIfRunning(session, job);
    if (stopCompute)
      await stopComputeInstance(session, core.getState(STATE_COMPUTE), readSeconds('wait-timeout', 1800));
  });
}

if (isEntryPoint(import.meta.url)) await main();
