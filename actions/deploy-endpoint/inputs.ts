/** deploy-endpoint's inputs, read and checked in one place into one typed value (the entry never reads an input). */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../shared/core/errors.js';
import { parseBoolean, parseChoice, parseLines } from '../../shared/core/inputs.js';
import type { BatchInvocation } from '../../shared/endpoints/batch.js';
import type { OnlineDeployOptions } from '../../shared/endpoints/online.js';
import type { SmokeTest } from '../../shared/endpoints/smoke.js';
import { parseTrafficStrategy } from '../../shared/endpoints/traffic.js';
import type { ModelRequest } from '../../shared/models/resolve.js';
import { parseVersionSelector } from '../../shared/models/selector.js';
import { readSeconds } from '../_runtime/azure-inputs.js';

export interface Common {
  endpointFile: string;
  deploymentFile: string;
  deploymentName?: string;
  set: string[];
  model?: ModelRequest;
  keepFailed: boolean;
}

export type Inputs =
  | (Common & {
      kind: 'online';
      online: Pick<OnlineDeployOptions, 'traffic' | 'smokeTest' | 'previous' | 'deploymentTimeoutMs'>;
    })
  | (Common & { kind: 'batch'; makeDefault: boolean; invoke?: BatchInvocation; jobTimeoutMs?: number });

/** The service's rule for endpoint and deployment names. */
const DEPLOYMENT_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;

const workspaceDir = () => process.env.GITHUB_WORKSPACE ?? process.cwd();

export async function readInputs(): Promise<Inputs> {
  const file = (name: string) => path.resolve(workspaceDir(), core.getInput(name, { required: true }));
  const modelName = core.getInput('model-name').trim();
  const modelVersion = core.getInput('model-version').trim();
  const modelJob = core.getInput('model-job').trim();
  if (modelVersion && !modelName) throw new UserError("Input 'model-version' needs 'model-name'.");
  if (modelJob && modelVersion)
    throw new UserError(
      `Give either 'model-version' (${modelVersion}) or 'model-job' (${modelJob}), not both: each picks the version.`,
    );
  const common: Common = {
    endpointFile: file('endpoint-file'),
    deploymentFile: file('deployment-file'),
    deploymentName: readDeploymentName(),
    set: parseLines(core.getInput('set')),
    model: modelJob
      ? { job: modelJob, name: modelName || undefined }
      : modelName
        ? { name: modelName, selector: readVersionSelector(modelVersion) }
        : undefined,
    keepFailed: parseBoolean('keep-failed', core.getInput('keep-failed'), false),
  };
  const kind = parseChoice('endpoint-type', core.getInput('endpoint-type'), ['online', 'batch'] as const, 'online');
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
