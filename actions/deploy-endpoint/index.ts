import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../shared/core/errors.js';
import { parseBoolean, parseChoice, parseLines } from '../../shared/core/inputs.js';
import type { ModelRequest } from '../../shared/models/resolve.js';
import { parseVersionSelector } from '../../shared/models/resolve.js';
import type { OnlineDeployOptions, OnlineDeployResult } from '../../shared/endpoints/online.js';
import type { SmokeTest } from '../../shared/endpoints/smoke.js';
import { describeTraffic, parseTrafficStrategy } from '../../shared/endpoints/traffic.js';
import { readSeconds, readSessionOptions } from '../_runtime/azure-inputs.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { writeTableSummary } from '../_runtime/summary.js';
import { readWorkflowRun } from '../_runtime/workflow-run.js';

interface Inputs {
  endpointFile: string;
  deploymentFile: string;
  deploymentName?: string;
  set: string[];
  model?: ModelRequest;
  options: Pick<OnlineDeployOptions, 'traffic' | 'smokeTest' | 'keepFailed' | 'previous'>;
}

const workspaceDir = () => process.env.GITHUB_WORKSPACE ?? process.cwd();

async function readInputs(): Promise<Inputs> {
  const backend = parseChoice('backend', core.getInput('backend'), ['azure', 'local'] as const, 'azure');
  if (backend === 'local')
    throw new UserError(
      "Input 'backend': deploy-endpoint deploys to Azure ML managed endpoints, which the local backend has no " +
        "stand-in for; set 'backend: azure' (and deploy to Kubernetes with k8s-deploy for a local run).",
    );
  const file = (name: string) => path.resolve(workspaceDir(), core.getInput(name, { required: true }));
  const modelName = core.getInput('model-name').trim();
  const modelVersion = core.getInput('model-version').trim();
  if (modelVersion && !modelName) throw new UserError("Input 'model-version' needs 'model-name'.");
  return {
    endpointFile: file('endpoint-file'),
    deploymentFile: file('deployment-file'),
    deploymentName: core.getInput('deployment-name').trim() || undefined,
    set: parseLines(core.getInput('set')),
    model: modelName ? { name: modelName, selector: parseVersionSelector(modelVersion) } : undefined,
    options: {
      traffic: parseTrafficStrategy(core.getInput('traffic')),
      smokeTest: await readSmokeTest(),
      keepFailed: parseBoolean('keep-failed', core.getInput('keep-failed'), false),
      previous: parseChoice(
        'previous-deployment',
        core.getInput('previous-deployment'),
        ['keep', 'delete'] as const,
        'keep',
      ),
    },
  };
}

async function readSmokeTest(): Promise<SmokeTest | undefined> {
  const requestInput = core.getInput('smoke-test-request').trim();
  const expectedInput = core.getInput('smoke-test-response').trim();
  const contains = core.getInput('smoke-test-contains');
  if (!requestInput) {
    if (expectedInput || contains)
      throw new UserError("Inputs 'smoke-test-response'/'smoke-test-contains' need 'smoke-test-request'.");
    return undefined;
  }
  const requestFile = path.resolve(workspaceDir(), requestInput);
  const read = async (input: string, file: string) => {
    try {
      return await readFile(file, 'utf8');
    } catch {
      throw new UserError(`Input '${input}': cannot read ${file}.`);
    }
  };
  let expectJson: unknown;
  if (expectedInput) {
    const file = path.resolve(workspaceDir(), expectedInput);
    try {
      expectJson = JSON.parse(await read('smoke-test-response', file));
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`Input 'smoke-test-response': ${file} is not JSON.`);
    }
  }
  return {
    request: await read('smoke-test-request', requestFile),
    requestFile: path.relative(workspaceDir(), requestFile) || requestFile,
    expectJson,
    expectContains: contains || undefined,
    timeoutMs: readSeconds('smoke-test-timeout', 60),
  };
}

export async function main(): Promise<void> {
  await runStep(async () => {
    const inputs = await readInputs();
    const log = coreLogger();
    // Heavy modules (Azure SDK, YAML, asset upload) load only once the inputs are known to be good.
    const [{ loadOnlineEndpoint, loadOnlineDeployment }, { parseSetOverrides }] = await Promise.all([
      import('../../shared/endpoints/spec.js'),
      import('../../shared/pipeline/overrides.js'),
    ]);
    const endpoint = await loadOnlineEndpoint(inputs.endpointFile);
    const deployment = await loadOnlineDeployment(inputs.deploymentFile, parseSetOverrides(inputs.set));
    for (const w of [...endpoint.warnings, ...deployment.warnings]) log.warning(w.message, w.location);
    if (inputs.deploymentName) deployment.spec.name = inputs.deploymentName;

    const [{ createSession }, { deployOnline }, { anonymousRegistrar }, naming] = await Promise.all([
      import('../../shared/azure/create-session.js'),
      import('../../shared/endpoints/online.js'),
      import('../../shared/assets/anonymous.js'),
      import('../../shared/jobs/naming.js'),
    ]);
    const run = readWorkflowRun();
    const session = await createSession(readSessionOptions());
    const registrar = anonymousRegistrar(session, { tags: naming.traceTags(run) });
    const result = await deployOnline(session, {
      endpoint: endpoint.spec,
      deployment: deployment.spec,
      model: inputs.model,
      ...inputs.options,
      lineage: { commit: run.sha, runUrl: naming.runUrl(run) },
      uploadCode: (folder) => registrar.dependencies.codeId(folder),
    });
    writeOutputs(result);
    await writeSummary(result);
  });
}

function writeOutputs(result: OnlineDeployResult): void {
  core.setOutput('endpoint-name', result.endpoint);
  core.setOutput('scoring-uri', result.scoringUri);
  core.setOutput('deployment', result.deployment);
  core.setOutput('live-deployment', result.live ?? '');
  core.setOutput('previous-deployment', result.previous ?? '');
  core.setOutput('traffic', JSON.stringify(result.traffic));
  core.setOutput('model-version', result.model ? `${result.model.name}:${result.model.version}` : '');
}

async function writeSummary(result: OnlineDeployResult): Promise<void> {
  coreLogger().info(
    `Endpoint ${result.endpoint}: ${describeTraffic(result.traffic)} (was ${describeTraffic(result.trafficBefore)}).`,
  );
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
      [
        'Previous deployment',
        result.previous ? `${result.previous}${result.previousDeleted.length ? ' (deleted)' : ' (kept)'}` : '-',
      ],
    ],
  );
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main();
