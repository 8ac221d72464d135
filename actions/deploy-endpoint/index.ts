import * as core from '@actions/core';
import path from 'node:path';
import { UserError } from '../../shared/core/errors.js';
import type { AzureSession } from '../../shared/azure/session.js';
import type { BatchDeployResult } from '../../shared/endpoints/batch.js';
import type { Loaded, OnlineDeploymentSpec } from '../../shared/endpoints/spec.js';
import type { SetOverride } from '../../shared/pipeline/overrides.js';
import type { OnlineDeployResult } from '../../shared/endpoints/online.js';
import { describeTraffic } from '../../shared/endpoints/traffic.js';
import type { WorkflowRun } from '../../shared/jobs/naming.js';
import type { ModelRequest } from '../../shared/models/resolve.js';
import { readSessionOptions } from '../_runtime/azure-inputs.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { writeTableSummary } from '../_runtime/summary.js';
import { readWorkflowRun } from '../_runtime/workflow-run.js';
import { readInputs, type Inputs } from './inputs.js';

export async function main(): Promise<void> {
  await runStep(async () => {
    const inputs = await readInputs();
    const run = readWorkflowRun();
    if (inputs.kind === 'online' && inputs.backend === 'local') await smokeTestLocally(inputs);
    else if (inputs.kind === 'online') await deployOnlineEndpoint(inputs, run);
    else await deployBatchEndpoint(inputs, run);
  });
}

/**
 * Reads the endpoint and deployment files with the `set` overrides and logs their warnings, before anything signs
 * in; the 'deployment-name' input renames the deployment.
 */
async function readFiles<E, D extends { name: string }>(
  inputs: Inputs,
  loadEndpoint: (file: string) => Promise<Loaded<E>>,
  loadDeployment: (file: string, overrides: readonly SetOverride[]) => Promise<Loaded<D>>,
): Promise<{ endpoint: E; deployment: D }> {
  const { parseSetOverrides } = await import('../../shared/pipeline/overrides.js');
  const endpoint = await loadEndpoint(inputs.endpointFile);
  const deployment = await loadDeployment(inputs.deploymentFile, parseSetOverrides(inputs.set));
  for (const w of [...endpoint.warnings, ...deployment.warnings]) coreLogger().warning(w.message, w.location);
  if (inputs.deploymentName) deployment.spec.name = inputs.deploymentName;
  return { endpoint: endpoint.spec, deployment: deployment.spec };
}

/**
 * The signed-in session, with what both kinds need from it and the inputs both take; loaded only once the files
 * are good.
 */
async function connect(run: WorkflowRun, inputs: Inputs) {
  const [{ createSession }, { anonymousRegistrar }, naming] = await Promise.all([
    import('../../shared/azure/create-session.js'),
    import('../../shared/assets/anonymous.js'),
    import('../../shared/jobs/naming.js'),
  ]);
  const session: AzureSession = await createSession(readSessionOptions());
  const registrar = anonymousRegistrar(session, { tags: naming.traceTags(run) });
  return {
    session,
    model: inputs.model,
    keepFailed: inputs.keepFailed,
    lineage: { commit: run.sha, runUrl: naming.runUrl(run) },
    uploadCode: (folder: string) => registrar.dependencies.codeId(folder),
  };
}

async function deployOnlineEndpoint(inputs: Extract<Inputs, { kind: 'online' }>, run: WorkflowRun): Promise<void> {
  // Heavy modules (Azure SDK, YAML, asset upload) load only once the inputs are known to be good.
  const [{ loadOnlineEndpoint, loadOnlineDeployment }, { deployOnline }] = await Promise.all([
    import('../../shared/endpoints/spec.js'),
    import('../../shared/endpoints/online.js'),
  ]);
  const files = await readFiles(inputs, loadOnlineEndpoint, loadOnlineDeployment);
  const { session, ...context } = await connect(run, inputs);
  const result = await deployOnline(session, {
    ...files,
    ...inputs.online,
    ...context,
  });
  writeOutputs(result);
  core.setOutput('traffic', JSON.stringify(result.traffic));
  await writeOnlineSummary(result);
}

/** The local backend: the smoke test on this runner against the model of the local workspace; nothing deployed. */
async function smokeTestLocally(inputs: Extract<Inputs, { kind: 'online' }>): Promise<void> {
  const [{ loadOnlineEndpoint, loadOnlineDeployment }, { runLocalSmokeTest }, { readBackend }] = await Promise.all([
    import('../../shared/endpoints/spec.js'),
    import('../../shared/endpoints/local-smoke.js'),
    import('../_runtime/backend.js'),
  ]);
  const { endpoint, deployment: spec } = await readFiles(inputs, loadOnlineEndpoint, loadOnlineDeployment);
  const name = spec.name;
  if (spec.code?.kind !== 'local' || !spec.scoringScript)
    throw new UserError(
      `${inputs.deploymentFile}: the local smoke test runs code_configuration's local code folder and scoring_script; ` +
        "this deployment names none (set 'backend: azure').",
    );
  const request = inputs.model ?? modelRequestOf(spec.model);
  const modelDir = path.join(
    process.env.RUNNER_TEMP ?? (await import('node:os')).tmpdir(),
    `deploy-endpoint-${name}-model`,
  );
  const model = await (await readBackend()).downloadModel(request, modelDir);
  const result = await runLocalSmokeTest({
    codeDir: spec.code.path,
    scoringScript: spec.scoringScript,
    modelDir,
    deployment: name,
    test: inputs.online.smokeTest!,
    log: coreLogger(),
  });
  const modelVersion = `${model.lineage.name}:${model.lineage.version}`;
  coreLogger().info(
    `Local smoke test of ${name} passed with model ${modelVersion}; nothing was deployed (local backend).`,
  );
  core.setOutput('endpoint-name', endpoint.name);
  core.setOutput('deployment', name);
  core.setOutput('model-version', modelVersion);
  await writeTableSummary(
    'Online deployment smoke-tested locally',
    ['Field', 'Value'],
    [
      ['Endpoint', `${endpoint.name} (not deployed: local backend)`],
      ['Deployment', name],
      ['Model', modelVersion],
      ['Smoke test', `passed (${inputs.online.smokeTest!.requestFile}, status ${result.status})`],
    ],
  );
}

/** The deployment file's `model: azureml:NAME:VERSION` (or `@latest`) as a request for the workspace's model. */
function modelRequestOf(ref: Loaded<OnlineDeploymentSpec>['spec']['model']): ModelRequest {
  const m = ref?.kind === 'azureml' ? ref.text.match(/^azureml:([^:@/]+)(?::([^:@]+)|@latest)?$/) : null;
  if (!m)
    throw new UserError(
      "Give the model to smoke-test: input 'model-name' (and 'model-version'), or the deployment file's " +
        "'model: azureml:NAME:VERSION'.",
      ref?.kind === 'azureml' ? ref.loc : undefined,
    );
  return { name: m[1], selector: m[2] ? { kind: 'version', version: m[2] } : { kind: 'latest' } };
}

async function deployBatchEndpoint(inputs: Extract<Inputs, { kind: 'batch' }>, run: WorkflowRun): Promise<void> {
  const [{ loadBatchEndpoint, loadBatchDeployment }, { deployBatch }, jobs, submission] = await Promise.all([
    import('../../shared/endpoints/batch-spec.js'),
    import('../../shared/endpoints/batch.js'),
    import('../../shared/jobs/index.js'),
    import('../../shared/submission/run.js'),
  ]);
  const files = await readFiles(inputs, loadBatchEndpoint, loadBatchDeployment);
  const { session, ...context } = await connect(run, inputs);
  const result = await deployBatch(session, {
    ...files,
    makeDefault: inputs.makeDefault,
    invoke: inputs.invoke,
    ...context,
    // The invocation's job is followed as submit-pipeline follows one (logs, cancel on SIGINT/SIGTERM).
    followJob: async (name) => {
      core.setOutput('job-name', name);
      const submitted = await jobs.attachJob(session, name);
      const outcome = await submission.followWithCancel(session, submitted, {
        timeoutMs: inputs.jobTimeoutMs,
        signals: process,
      });
      core.setOutput('job-status', outcome.status);
      jobs.assertJobPassed(outcome);
      return outcome;
    },
  });
  writeOutputs({ ...result, live: result.defaultDeployment, previous: result.previousDefault });
  await writeBatchSummary(result);
}

/** `NAME:VERSION` of a model, or undefined without one. */
function versionOf(model: { name: string; version: string } | undefined): string | undefined {
  return model && `${model.name}:${model.version}`;
}

/** What both endpoint kinds report. */
interface Deployed {
  endpoint: string;
  endpointCreated: boolean;
  scoringUri: string;
  deployment: string;
  model?: { name: string; version: string };
}

/** The outputs both endpoint kinds set (action.yml): the live deployment is the batch endpoint's default one. */
function writeOutputs(result: Deployed & { live?: string; previous?: string }): void {
  core.setOutput('endpoint-name', result.endpoint);
  core.setOutput('scoring-uri', result.scoringUri);
  core.setOutput('deployment', result.deployment);
  core.setOutput('live-deployment', result.live ?? '');
  core.setOutput('previous-deployment', result.previous ?? '');
  core.setOutput('model-version', versionOf(result.model) ?? '');
}

/** The summary's first rows, the same for both kinds. */
function deployedRows(result: Deployed): string[][] {
  return [
    ['Endpoint', `${result.endpoint}${result.endpointCreated ? ' (created)' : ''}`],
    ['Scoring URI', result.scoringUri],
    ['New deployment', result.deployment],
    ['Model', versionOf(result.model) ?? '-'],
  ];
}

async function writeOnlineSummary(result: OnlineDeployResult): Promise<void> {
  coreLogger().info(
    `Endpoint ${result.endpoint}: ${describeTraffic(result.traffic)} (was ${describeTraffic(result.trafficBefore)}).`,
  );
  const previous = result.previous
    ? `${result.previous}${result.previousDeleted.length ? ' (deleted)' : ' (kept)'}`
    : '-';
  await writeTableSummary(
    'Online endpoint deployed',
    ['Field', 'Value'],
    [
      ...deployedRows(result),
      ['Smoke test', result.smoke ? `passed (HTTP ${result.smoke.status})` : 'not run'],
      ['Traffic before', describeTraffic(result.trafficBefore)],
      ['Traffic now', describeTraffic(result.traffic)],
      ['Previous deployment', previous],
    ],
  );
}

async function writeBatchSummary(result: BatchDeployResult): Promise<void> {
  await writeTableSummary(
    'Batch endpoint deployed',
    ['Field', 'Value'],
    [
      ...deployedRows(result),
      ['Default deployment', `${result.defaultDeployment ?? '-'} (was ${result.previousDefault ?? 'none'})`],
      ['Invocation', result.job ? `job ${result.job.name}: ${result.job.status}` : 'not run'],
    ],
  );
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main();
