/**
 * A real AzureSession (createSession: real sign-in, real ARM client) against the ARM emulator. The session
 * keeps the public endpoints and reaches them through HTTPS_PROXY, whose CONNECT tunnels the emulator
 * serves, as the action bundles do in their end-to-end tests: the emulator accepts only the real ARM
 * audience, and the data-plane and log URLs it hands out then use public names too.
 */
import type { PipelineJob } from '../../../shared/azure/ml-api/types.js';
import { createSession } from '../../../shared/azure/create-session.js';
import type { AzureSession } from '../../../shared/azure/session.js';
import { memoryLogger } from '../../../shared/core/logger.js';
import type { MemoryLogger } from '../../../shared/core/logger.js';
import type { WorkflowRun } from '../../../shared/jobs/naming.js';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator, ArmEmulatorOptions } from '../../support/arm-emulator/index.js';

export interface JobsFixture {
  emu: ArmEmulator;
  session: AzureSession;
  log: MemoryLogger;
  close(): Promise<void>;
}

const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'] as const;

export async function startJobsFixture(options: ArmEmulatorOptions = {}): Promise<JobsFixture> {
  const emu = await startArmEmulator(options);
  const saved = Object.fromEntries(PROXY_VARS.map((k) => [k, process.env[k]]));
  Object.assign(process.env, emu.proxyEnv());
  const s = emu.settings;
  const log = memoryLogger();
  const session = await createSession({
    workspace: { subscriptionId: s.subscriptionId, resourceGroup: s.resourceGroup, workspace: s.workspace },
    auth: {
      creds: JSON.stringify({ clientId: s.clientId, clientSecret: s.clientSecret, tenantId: s.tenantId }),
      allowAzureCli: false,
    },
    log,
    pollIntervalMs: 5,
  });
  return {
    emu,
    session,
    log,
    close: async () => {
      for (const k of PROXY_VARS) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
      await emu.close();
    },
  };
}

/**
 * The fixture of a test file whose jobs move only when a test says so (`emu.jobs.autoAdvance = false`): started
 * once for the file, handed to `started`; each test begins with an empty log and no faults.
 */
export function useSteppedJobsFixture(started: (fx: JobsFixture) => void): void {
  let fx: JobsFixture;
  beforeAll(async () => {
    fx = await startJobsFixture();
    fx.emu.jobs.autoAdvance = false;
    started(fx);
  });
  afterAll(() => fx.close());
  beforeEach(() => {
    fx.log.lines.length = 0;
    fx.emu.faults.clear();
  });
}

/** A three-step pipeline body as the converter produces it (snake_case node dicts, facts §5). */
export function pipelineBody(steps: string[] = ['prep', 'train', 'evaluate']): { properties: PipelineJob } {
  const jobs: Record<string, Record<string, unknown>> = {};
  for (const step of steps) {
    jobs[step] = {
      type: 'command',
      name: step,
      componentId: `azureml:${step}:1`,
      computeId: 'azureml:cpu-cluster',
      inputs: {},
      outputs: {},
      _source: 'YAML.JOB',
    };
  }
  return {
    properties: {
      jobType: 'Pipeline',
      displayName: 'animals-classification',
      experimentName: 'animals',
      tags: { team: 'vision' },
      inputs: {
        images: {
          jobInputType: 'uri_folder',
          uri: 'azureml://datastores/workspaceblobstore/paths/toy/',
          mode: 'ReadOnlyMount',
        },
        epochs: { jobInputType: 'literal', value: '1' },
      },
      jobs,
      settings: { default_compute: 'azureml:cpu-cluster', continue_on_step_failure: false },
      outputs: {
        model: { jobOutputType: 'uri_folder', uri: 'azureml://datastores/workspaceblobstore/paths/models/animals/' },
        metrics: { jobOutputType: 'uri_file' },
      },
    },
  };
}

export const run: WorkflowRun = {
  serverUrl: 'https://github.com',
  repository: 'octo-org/animals',
  sha: '4f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  ref: 'refs/heads/main',
  branch: 'main',
  defaultBranch: 'main',
  workflow: 'train',
  runId: '9876543210',
  runAttempt: '1',
  actor: 'octocat',
  eventName: 'push',
};
