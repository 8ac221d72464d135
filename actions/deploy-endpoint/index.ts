import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../shared/core/errors.js';
import { parseBoolean, parseChoice, parseLines } from '../../shared/core/inputs.js';
import type { AzureSession } from '../../shared/azure/session.js';
import type { BatchDeployResult, BatchInvocation } from '../../shared/endpoints/batch.js';
import type { Loaded, OnlineDeploymentSpec } from '../../shared/endpoints/spec.js';
import type { OnlineDeployOptions, OnlineDeployResult } from '../../shared/endpoints/online.js';
import type { SmokeTest } from '../../shared/endpoints/smoke.js';
import { describeTraffic, parseTrafficStrategy } from '../../shared/endpoints/traffic.js';
import type { WorkflowRun } from '../../shared/jobs/naming.js';
import type { ModelRequest } from '../../shared/models/resolve.js';
import { parseVersionSelector } from '../../shared/models/resolve.js';
import { readSeconds, readSessionOptions } from '../_runtime/azure-inputs.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { writeTableSummary } from '../_runtime/summary.js';
import { readWorkflowRun } from '../_runtime/workflow-run.js';

interface Common {
  backend: 'azure' | 'local';
  endpointFile: string;
  deploymentFile: string;
  deploymentName?: string;
  set: string[];
  model?: ModelRequest;
  keepFailed: boolean;
}

type Inputs =
  | (Common & {
      kind: 'online';
      online: Pick<OnlineDeployOptions, 'traffic' | 'smokeTest' | 'previous' | 'deploymentTimeoutMs'>;
    })
  | (Common & { kind: 'batch'; makeDefault: boolean; invoke?: BatchInvocation; jobTimeoutMs?: number });

/** The service's rule for endpoint and deployment names. */
const DEPLOYMENT_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;

const workspaceDir = () => process.env.GITHUB_WORKSPACE ?? process.cwd();

async function readInputs(): Promise<Inputs> {
  const file = (name: string) => path.resolve(workspaceDir(), core.getInput(name, { required: true }));
  const modelName = core.getInput('model-name').trim();
  const modelVersion = core.getInput('model-version').trim();
  if (modelVersion && !modelName) throw new UserError("Input 'model-version' needs 'model-name'.");
  const common: Common = {
    backend: parseChoice('backend', core.getInput('backend'), ['azure', 'local'] as const, 'azure'),
    endpointFile: file('endpoint-file'),
    deploymentFile: file('deployment-file'),
    deploymentName: readDeploymentName(),
    set: parseLines(core.getInput('set')),
    model: modelName ? { name: modelName, selector: readVersionSelector(modelVersion) } : undefined,
    keepFailed: parseBoolean('keep-failed', core.getInput('keep-failed'), false),
  };
  const kind = parseChoice('endpoint-type', core.getInput('endpoint-type'), ['online', 'batch'] as const, 'online');
  if (common.backend === 'local' && kind === 'batch')
    throw new UserError(
      "Input 'backend': batch endpoints have no local stand-in; set 'backend: azure' (or run the pipeline with submit-pipeline's local backend).",
    );
  if (kind === 'batch') {
    const input = core.getInput('batch-input').trim();
    const timeout = readSeconds('batch-job-timeout', 0);
    return {
      ...common,
      kind,
      makeDefault: parseBoolean('make-default', core.getInput('make-default'), false),
      invoke: input
        ? {
            input,
            inputType: parseChoice(
              'batch-input-type',
              core.getInput('batch-input-type'),
              ['uri_folder', 'uri_file'] as const,
              'uri_folder',
            ),
          }
        : undefined,
      jobTimeoutMs: timeout || undefined,
    };
  }
  const online = {
    traffic: parseTrafficStrategy(core.getInput('traffic')),
    smokeTest: await readSmokeTest(),
    deploymentTimeoutMs: readSeconds('timeout', 0) || undefined,
    previous: parseChoice(
      'previous-deployment',
      core.getInput('previous-deployment'),
      ['keep', 'delete'] as const,
      'keep',
    ),
  };
  if (common.backend === 'local' && !online.smokeTest)
    throw new UserError(
      "Input 'backend': the local backend only runs the smoke test (the scoring script on this runner, no endpoint); " +
        "give 'smoke-test-request', or set 'backend: azure' to deploy.",
    );
  return { ...common, kind, online };
}

/** The model version as download-model reads its `version` input, with errors naming this action's input. */
function readVersionSelector(text: string) {
  try {
    return parseVersionSelector(text);
  } catch (error) {
    if (error instanceof UserError)
      throw new UserError(error.message.replace("Input 'version'", "Input 'model-version'"));
    throw error;
  }
}

function readDeploymentName(): string | undefined {
  const name = core.getInput('deployment-name').trim();
  if (name && !DEPLOYMENT_NAME.test(name))
    throw new UserError(
      `Input 'deployment-name': '${name}' is not a deployment name: 3-32 characters, a letter first, letters, ` +
        "digits and '-', no '-' last (e.g. green, or animals-${{ github.run_number }}).",
    );
  return name || undefined;
}

async function readSmokeTest(): Promise<SmokeTest | undefined> {
  const requestInput = core.getInput('smoke-test-request').trim();
  const expectedInput = core.getInput('smoke-test-response').trim();
  const contains = core.getInput('smoke-test-contains');
  if (!requestInput) {
    if (expectedInput || contains)
      throw new UserError("Inputs 'smoke-test-response' and 'smoke-test-contains' need 'smoke-test-request'.");
    return undefined;
  }
  const read = async (input: string, value: string) => {
    const file = path.resolve(workspaceDir(), value);
    try {
      return { file, text: await readFile(file, 'utf8') };
    } catch {
      throw new UserError(`Input '${input}': cannot read ${file}.`);
    }
  };
  const request = await read('smoke-test-request', requestInput);
  let expectJson: unknown;
  if (expectedInput) {
    const expected = await read('smoke-test-response', expectedInput);
    try {
      expectJson = JSON.parse(expected.text);
    } catch {
      throw new UserError(`Input 'smoke-test-response': ${expected.file} is not JSON.`);
    }
  }
  return {
    request: request.text,
    requestFile: path.relative(workspaceDir(), request.file) || request.file,
    expectJson,
    expectContains: contains || undefined,
    timeoutMs: readSeconds('smoke-test-timeout', 60),
  };
}

export async function main(): Promise<void> {
  await runStep(async () => {
    const inputs = await readInputs();
    const run = readWorkflowRun();
    if (inputs.kind === 'online' && inputs.backend === 'local') await smokeTestLocally(inputs);
    else if (inputs.kind === 'online') await deployOnlineEndpoint(inputs, run);
    else await deployBatchEndpoint(inputs, run);
  });
}

function logWarnings(...loaded: Loaded<unknown>[]): void {
  for (const w of loaded.flatMap((l) => l.warnings)) coreLogger().warning(w.message, w.location);
}

/** The signed-in session and what both kinds need from it; loaded only once the files are good. */
async function connect(run: WorkflowRun) {
  const [{ createSession }, { anonymousRegistrar }, naming] = await Promise.all([
    import('../../shared/azure/create-session.js'),
    import('../../shared/assets/anonymous.js'),
    import('../../shared/jobs/naming.js'),
  ]);
  const session: AzureSession = await createSession(readSessionOptions());
  const registrar = anonymousRegistrar(session, { tags: naming.traceTags(run) });
  return {
    session,
    lineage: { commit: run.sha, runUrl: naming.runUrl(run) },
    uploadCode: (folder: string) => registrar.dependencies.codeId(folder),
  };
}

async function deployOnlineEndpoint(inputs: Extract<Inputs, { kind: 'online' }>, run: WorkflowRun): Promise<void> {
  // Heavy modules (Azure SDK, YAML, asset upload) load only once the inputs are known to be good.
  const [{ loadOnlineEndpoint, loadOnlineDeployment }, { parseSetOverrides }, { deployOnline }] = await Promise.all([
    import('../../shared/endpoints/spec.js'),
    import('../../shared/pipeline/overrides.js'),
    import('../../shared/endpoints/online.js'),
  ]);
  const endpoint = await loadOnlineEndpoint(inputs.endpointFile);
  const deployment = await loadOnlineDeployment(inputs.deploymentFile, parseSetOverrides(inputs.set));
  logWarnings(endpoint, deployment);
  if (inputs.deploymentName) deployment.spec.name = inputs.deploymentName;
  const { session, ...context } = await connect(run);
  const result = await deployOnline(session, {
    endpoint: endpoint.spec,
    deployment: deployment.spec,
    model: inputs.model,
    keepFailed: inputs.keepFailed,
    ...inputs.online,
    ...context,
  });
  writeOnlineOutputs(result);
  await writeOnlineSummary(result);
}

/** The local backend: the smoke test on this runner against the model of the local workspace; nothing deployed. */
async function smokeTestLocally(inputs: Extract<Inputs, { kind: 'online' }>): Promise<void> {
  const [{ loadOnlineEndpoint, loadOnlineDeployment }, { parseSetOverrides }, { runLocalSmokeTest }, { readBackend }] =
    await Promise.all([
      import('../../shared/endpoints/spec.js'),
      import('../../shared/pipeline/overrides.js'),
      import('../../shared/endpoints/local-smoke.js'),
      import('../_runtime/backend.js'),
    ]);
  const endpoint = await loadOnlineEndpoint(inputs.endpointFile);
  const deployment = await loadOnlineDeployment(inputs.deploymentFile, parseSetOverrides(inputs.set));
  logWarnings(endpoint, deployment);
  const spec = deployment.spec;
  const name = inputs.deploymentName ?? spec.name;
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
  core.setOutput('endpoint-name', endpoint.spec.name);
  core.setOutput('deployment', name);
  core.setOutput('model-version', modelVersion);
  await writeTableSummary(
    'Online deployment smoke-tested locally',
    ['Field', 'Value'],
    [
      ['Endpoint', `${endpoint.spec.name} (not deployed: local backend)`],
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
  const [{ loadBatchEndpoint, loadBatchDeployment }, { parseSetOverrides }, { deployBatch }, jobs, submission] =
    await Promise.all([
      import('../../shared/endpoints/batch-spec.js'),
      import('../../shared/pipeline/overrides.js'),
      import('../../shared/endpoints/batch.js'),
      import('../../shared/jobs/index.js'),
      import('../../shared/submission/run.js'),
    ]);
  const endpoint = await loadBatchEndpoint(inputs.endpointFile);
  const deployment = await loadBatchDeployment(inputs.deploymentFile, parseSetOverrides(inputs.set));
  logWarnings(endpoint, deployment);
  if (inputs.deploymentName) deployment.spec.name = inputs.deploymentName;
  const { session, ...context } = await connect(run);
  const result = await deployBatch(session, {
    endpoint: endpoint.spec,
    deployment: deployment.spec,
    model: inputs.model,
    keepFailed: inputs.keepFailed,
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
  core.setOutput('endpoint-name', result.endpoint);
  core.setOutput('scoring-uri', result.scoringUri);
  core.setOutput('deployment', result.deployment);
  core.setOutput('live-deployment', result.defaultDeployment ?? '');
  core.setOutput('previous-deployment', result.previousDefault ?? '');
  core.setOutput('model-version', result.model ? `${result.model.name}:${result.model.version}` : '');
  await writeBatchSummary(result);
}

function writeOnlineOutputs(result: OnlineDeployResult): void {
  core.setOutput('endpoint-name', result.endpoint);
  core.setOutput('scoring-uri', result.scoringUri);
  core.setOutput('deployment', result.deployment);
  core.setOutput('live-deployment', result.live ?? '');
  core.setOutput('previous-deployment', result.previous ?? '');
  core.setOutput('traffic', JSON.stringify(result.traffic));
  core.setOutput('model-version', result.model ? `${result.model.name}:${result.model.version}` : '');
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
      ['Endpoint', `${result.endpoint}${result.endpointCreated ? ' (created)' : ''}`],
      ['Scoring URI', result.scoringUri],
      ['New deployment', result.deployment],
      ['Model', result.model ? `${result.model.name}:${result.model.version}` : '-'],
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
      ['Endpoint', `${result.endpoint}${result.endpointCreated ? ' (created)' : ''}`],
      ['Scoring URI', result.scoringUri],
      ['New deployment', result.deployment],
      ['Model', result.model ? `${result.model.name}:${result.model.version}` : '-'],
      ['Default deployment', `${result.defaultDeployment ?? '-'} (was ${result.previousDefault ?? 'none'})`],
      ['Invocation', result.job ? `job ${result.job.name}: ${result.job.status}` : 'not run'],
    ],
  );
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main();
