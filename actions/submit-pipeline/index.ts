import * as core from '@actions/core';
import { createSession } from '../../shared/azure/create-session.js';
import type { AzureSession } from '../../shared/azure/session.js';
import { UserError } from '../../shared/core/errors.js';
import { parseBoolean, parseLines, parseMapInput, parseNonNegativeInt } from '../../shared/core/inputs.js';
import * as jobs from '../../shared/jobs/index.js';
import type { JobResult, SubmittedJob } from '../../shared/jobs/index.js';
import type { LocalWorkspace } from '../../shared/local/index.js';
import { loadPipelineJob } from '../../shared/pipeline/pipeline-job.js';
import type { PipelineJob } from '../../shared/pipeline/model.js';
import { parseSetOverrides } from '../../shared/pipeline/overrides.js';
import { pipelineSummaryMarkdown } from '../../shared/reporting/pipeline-summary.js';
import { followWithCancel, runPipelineLocally, submitPipeline } from '../../shared/submission/run.js';
import { readSessionOptions } from '../_runtime/azure-inputs.js';
import { readBackend } from '../_runtime/backend.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { readWorkflowRun } from '../_runtime/workflow-run.js';

/** Post-step state: the job this step followed, and whether following ended normally. */
const STATE_JOB = 'job-name';
const STATE_DONE = 'followed-to-end';

interface Inputs {
  file?: string;
  name?: string;
  experimentName?: string;
  set: string[];
  inputs: Record<string, unknown>;
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
    inputs: parseMapInput('inputs', core.getInput('inputs')),
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
    const pipeline = inputs.file
      ? await loadPipelineJob(inputs.file, { set: parseSetOverrides(inputs.set), inputs: inputs.inputs })
      : undefined;
    const backend = await readBackend();
    if (backend.kind === 'local') return runOnRunner(backend.workspace, pipeline, inputs);
    const session = await createSession(readSessionOptions());
    const submitted = pipeline
      ? await submit(session, pipeline, inputs)
      : await jobs.attachJob(session, inputs.attach!);
    if (!submitted) return; // dry run
    writeOutputs(submitted);
    if (!inputs.wait) {
      await core.summary.addRaw(notWaitingSummary(submitted)).write();
      return;
    }
    core.saveState(STATE_JOB, submitted.name); // before following: the post step cancels what is left running
    const result = await followWithCancel(session, submitted, { timeoutMs: inputs.timeoutMs, signals: process });
    core.saveState(STATE_DONE, 'true');
    writeOutputs(result);
    core.setOutput('outputs', JSON.stringify(result.outputs));
    await core.summary.addRaw(pipelineSummaryMarkdown(pipeline, result)).write();
    jobs.assertJobPassed(result);
  });
}

/** Submits (or, for a dry run, only prepares and prints) the pipeline job. */
async function submit(session: AzureSession, pipeline: PipelineJob, inputs: Inputs): Promise<SubmittedJob | undefined> {
  const { prepared, submitted } = await submitPipeline(session, pipeline, { ...inputs, run: readWorkflowRun() });
  if (submitted) return submitted;
  await core.group('REST body (dry run: nothing was registered, uploaded or submitted)', async () =>
    core.info(JSON.stringify(prepared.body, null, 2)),
  );
  core.setOutput('job-name', prepared.name);
  core.setOutput('status', 'DryRun');
  await core.summary
    .addHeading('Pipeline dry run', 3)
    .addRaw(
      `Job \`${prepared.name}\` would be submitted to experiment \`${prepared.body.properties.experimentName}\`; nothing was sent.`,
    )
    .write();
  return undefined;
}

/** Local backend: the pipeline runs on this runner, with the step cache; reported as an Azure job is. */
async function runOnRunner(
  workspace: LocalWorkspace,
  pipeline: PipelineJob | undefined,
  inputs: Inputs,
): Promise<void> {
  if (!pipeline) throw new UserError("Input 'attach' follows Azure jobs; with backend 'local' give 'file'.");
  if (inputs.dryRun) {
    core.info(`Pipeline ${pipeline.file} is valid (dry run: nothing was run).`);
    core.setOutput('status', 'DryRun');
    return;
  }
  const result = await runPipelineLocally(workspace, pipeline, {
    ...inputs,
    run: readWorkflowRun(),
    signals: process,
    log: coreLogger(),
  });
  writeOutputs(result);
  core.setOutput('outputs', JSON.stringify(result.outputs));
  const cache = `Step cache: ${result.cache.hits.length} hit(s), ${result.cache.misses.length} miss(es).`;
  await core.summary.addRaw(pipelineSummaryMarkdown(pipeline, result)).addRaw(`\n${cache}\n`).write();
  jobs.assertJobPassed(result);
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
    job.studioUrl ? `[Open in Azure ML studio](${job.studioUrl})` : '',
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
  await runStep(async () => {
    const name = core.getState(STATE_JOB);
    if (!name || core.getState(STATE_DONE) === 'true') return;
    const session = await createSession(readSessionOptions());
    const outcome = await jobs.cancelJobIfRunning(session, name);
    coreLogger().info(
      outcome.cancelRequested
        ? `Cancelled Azure ML job '${name}' (it was ${outcome.status}): the workflow stopped following it.`
        : `Azure ML job '${name}' needs no cancel (${outcome.status ?? 'not found'}).`,
    );
  });
}

if (isEntryPoint(import.meta.url)) await main();
