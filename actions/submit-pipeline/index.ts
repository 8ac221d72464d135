import * as core from '@actions/core';
import type { Backend, PipelineRequest } from '../../shared/backend/backend.js';
import { cancelUnfollowedJob, followJobStep } from '../../shared/backend/steps.js';
import { UserError } from '../../shared/core/errors.js';
import { parseBoolean, parseLines, parseNonNegativeInt } from '../../shared/core/inputs.js';
import { assertJobPassed } from '../../shared/jobs/outcome.js';
import type { JobResult, SubmittedJob, WorkflowRun } from '../../shared/jobs/index.js';
import type { PipelineJob } from '../../shared/pipeline/model.js';
import { scopePipelineJob } from '../../shared/submission/scope-pipeline.js';
import { jobLink, pipelineSummaryMarkdown } from '../../shared/reporting/pipeline-summary.js';
import { readBackend } from '../_runtime/backend.js';
import { logRenames, readBranchScope } from '../_runtime/branch-scope.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { coreState } from '../_runtime/state.js';
import { readWorkflowRun } from '../_runtime/workflow-run.js';

interface Inputs {
  file?: string;
  name?: string;
  experimentName?: string;
  set: string[];
  /** The `inputs` input's text: a YAML map, parsed with the pipeline file. */
  inputs: string;
  forceRerun: boolean;
  dryRun: boolean;
  wait: boolean;
  attach?: string;
  timeoutMs?: number;
}

function readInputs(): Inputs {
  const inputs: Inputs = {
    file: core.getInput('file') || undefined,
    name: core.getInput('name') || undefined,
    experimentName: core.getInput('experiment-name') || undefined,
    set: parseLines(core.getInput('set')),
    inputs: core.getInput('inputs'),
    forceRerun: parseBoolean('force-rerun', core.getInput('force-rerun'), false),
    dryRun: parseBoolean('dry-run', core.getInput('dry-run'), false),
    wait: parseBoolean('wait', core.getInput('wait'), true),
    attach: core.getInput('attach') || undefined,
  };
  const minutes = parseNonNegativeInt('timeout-minutes', core.getInput('timeout-minutes'), 0);
  if (minutes > 0) inputs.timeoutMs = minutes * 60_000;
  if (!inputs.file && !inputs.attach)
    throw new UserError("Give 'file' (a pipeline job YAML) to submit, or 'attach' (a job name) to follow.");
  if (inputs.file && inputs.attach) throw new UserError("Give either 'file' or 'attach', not both.");
  return inputs;
}

export async function main(): Promise<void> {
  await runStep(async () => {
    const inputs = readInputs();
    // Validate the YAML (and every component it uses) before signing in: a bad file costs no Azure call.
    const loaded = inputs.file ? await loadPipeline(inputs.file, inputs) : undefined;
    const workflowRun = readWorkflowRun();
    const pipeline = loaded && scoped(loaded, workflowRun);
    const backend = await readBackend();
    const request: PipelineRequest = { ...inputs, run: workflowRun };
    if (pipeline && inputs.dryRun) return dryRun(backend, pipeline, request);
    const run = pipeline ? await backend.submitPipeline(pipeline, request) : await backend.attachJob(inputs.attach!);
    writeOutputs(run.job);
    if (!inputs.wait && run.detached) {
      await core.summary.addRaw(notWaitingSummary(run.job)).write();
      return;
    }
    const result = await followJobStep(run, coreState(), { timeoutMs: inputs.timeoutMs, signals: process });
    writeOutputs(result);
    core.setOutput('outputs', JSON.stringify(result.outputs));
    const notes = result.notes.map((n) => `\n${n}\n`).join('');
    await core.summary.addRaw(pipelineSummaryMarkdown(pipeline, result)).addRaw(notes).write();
    assertJobPassed(result);
  });
}

/**
 * The pipeline job file with the `set` and `inputs` overrides applied. The YAML loaders (and the YAML parser) are
 * imported once the other inputs are checked (README "Start-up").
 */
async function loadPipeline(file: string, inputs: Inputs): Promise<PipelineJob> {
  const [{ loadPipelineJob }, { parseSetOverrides }, { parseMapInput }] = await Promise.all([
    import('../../shared/pipeline/pipeline-job.js'),
    import('../../shared/pipeline/overrides.js'),
    import('../../shared/core/map-input.js'),
  ]);
  return loadPipelineJob(file, { set: parseSetOverrides(inputs.set), inputs: parseMapInput('inputs', inputs.inputs) });
}

/** The pipeline with the names it registers scoped to the branch (when the run is scoped), each rename logged. */
function scoped(pipeline: PipelineJob, run: WorkflowRun): PipelineJob {
  const { job, renames, modelNames } = scopePipelineJob(pipeline, readBranchScope(run));
  logRenames(renames);
  core.setOutput('model-names', modelNames.join('\n'));
  return job;
}

/** Prepares and prints what would be submitted; nothing is registered, uploaded, submitted or run. */
async function dryRun(backend: Backend, pipeline: PipelineJob, request: PipelineRequest): Promise<void> {
  const plan = await backend.planPipeline(pipeline, request);
  if (plan.body !== undefined) {
    await core.group('REST body (dry run: nothing was registered, uploaded or submitted)', async () =>
      coreLogger().info(JSON.stringify(plan.body, null, 2)),
    );
  }
  coreLogger().info(plan.message);
  if (plan.name) core.setOutput('job-name', plan.name);
  core.setOutput('status', 'DryRun');
  await core.summary.addHeading('Pipeline dry run', 3).addRaw(plan.message).write();
}

function writeOutputs(job: SubmittedJob | JobResult): void {
  core.setOutput('job-name', job.name);
  core.setOutput('job-id', job.id);
  core.setOutput('studio-url', job.studioUrl);
  core.setOutput('status', job.status);
}

function notWaitingSummary(job: SubmittedJob): string {
  return [
    `### Pipeline job \`${job.name}\` ${job.attached ? 'found' : 'submitted'} (${job.status})`,
    '',
    jobLink(job.studioUrl),
    '',
    'Not waited for (`wait: false`). Follow it to its end from a later step or workflow with:',
    '',
    '```yaml',
    `- uses: azureml-mlops/actions/actions/submit-pipeline@v1`,
    '  with:',
    `    attach: ${job.name}`,
    '```',
    '',
  ].join('\n');
}

/** Backstop: cancels the job when the workflow was cancelled or the step failed while it still ran. */
export async function post(): Promise<void> {
  await runStep(async () => cancelUnfollowedJob(await readBackend(), coreState(), coreLogger()));
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main();
