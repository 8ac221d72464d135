import * as core from '@actions/core';
import type { BatchDeployResult } from '../../shared/endpoints/batch.js';
import type { OnlineEndpointOutcome } from '../../shared/endpoints/deploy-request.js';
import type { Loaded } from '../../shared/endpoints/spec.js';
import type { SetOverride } from '../../shared/pipeline/overrides.js';
import type { OnlineDeployResult } from '../../shared/endpoints/online.js';
import { describeTraffic } from '../../shared/endpoints/traffic.js';
import type { WorkflowRun } from '../../shared/jobs/naming.js';
import { readBackend } from '../_runtime/backend.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { writeTableSummary } from '../_runtime/summary.js';
import { readWorkflowRun } from '../_runtime/workflow-run.js';
import { readInputs, type Inputs } from './inputs.js';

export async function main(): Promise<void> {
  await runStep(async () => {
    const inputs = await readInputs();
    const run = readWorkflowRun();
    if (inputs.kind === 'online') await deployOnlineEndpoint(inputs, run);
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

async function deployOnlineEndpoint(inputs: Extract<Inputs, { kind: 'online' }>, run: WorkflowRun): Promise<void> {
  // The spec readers (YAML) load only once the inputs are known to be good; the backend's SDKs once the files are.
  // Without a smoke-test request there is nothing to do but deploy: a backend that cannot refuses here.
  const backend = await readBackend(inputs.online.smokeTest ? [] : ['endpoint-deployment']);
  const { loadOnlineEndpoint, loadOnlineDeployment } = await import('../../shared/endpoints/spec.js');
  const files = await readFiles(inputs, loadOnlineEndpoint, loadOnlineDeployment);
  const { model, keepFailed, online } = inputs;
  const outcome = await backend.deployOnlineEndpoint({ ...files, ...online, model, keepFailed, run });
  if (outcome.kind === 'smoke-tested') return writeSmokeTested(outcome);
  writeOutputs(outcome.result);
  core.setOutput('traffic', JSON.stringify(outcome.result.traffic));
  await writeOnlineSummary(outcome.result);
}

/** The local backend's stand-in: the smoke test passed on this runner, nothing deployed. */
async function writeSmokeTested(outcome: Extract<OnlineEndpointOutcome, { kind: 'smoke-tested' }>): Promise<void> {
  core.setOutput('endpoint-name', outcome.endpoint);
  core.setOutput('deployment', outcome.deployment);
  core.setOutput('model-version', outcome.model);
  await writeTableSummary(
    'Online deployment smoke-tested locally',
    ['Field', 'Value'],
    [
      ['Endpoint', `${outcome.endpoint} (not deployed: local backend)`],
      ['Deployment', outcome.deployment],
      ['Model', outcome.model],
      ['Smoke test', `passed (${outcome.requestFile}, status ${outcome.status})`],
    ],
  );
}

async function deployBatchEndpoint(inputs: Extract<Inputs, { kind: 'batch' }>, run: WorkflowRun): Promise<void> {
  const backend = await readBackend(['batch-endpoint']);
  const { loadBatchEndpoint, loadBatchDeployment } = await import('../../shared/endpoints/batch-spec.js');
  const files = await readFiles(inputs, loadBatchEndpoint, loadBatchDeployment);
  const result = await backend.deployBatchEndpoint({
    ...files,
    model: inputs.model,
    keepFailed: inputs.keepFailed,
    makeDefault: inputs.makeDefault,
    invoke: inputs.invoke,
    run,
    jobTimeoutMs: inputs.jobTimeoutMs,
    signals: process,
    onJob: (name) => core.setOutput('job-name', name),
    onJobStatus: (status) => core.setOutput('job-status', status),
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
