/**
 * A whole emulated Azure ML workspace for end-to-end runs: the ARM emulator plus Azurite as the
 * workspace's default blob datastore, reached under its production name
 * (https://devstoreaccount1.blob.core.windows.net) through the emulator's CONNECT proxy.
 */
import { bundle, runAction, type RunOptions, type RunResult } from '../action-runner.js';
import { startArmEmulator } from '../arm-emulator/index.js';
import type { ArmEmulator, ArmEmulatorOptions } from '../arm-emulator/index.js';
import { AZURITE_ACCOUNT, startAzurite } from '../azurite.js';
import type { Azurite } from '../azurite.js';
import { azureEnv, azureInputs } from './azure-action-env.js';
import type { SignIn } from './azure-action-env.js';
import { eventEnv } from '../github-events/events.js';

export interface EmulatedWorkspace {
  emu: ArmEmulator;
  azurite: Azurite;
  /** The default datastore's container name. */
  container: string;
  inputs(how?: SignIn): Record<string, string>;
  env(): Record<string, string>;
  /**
   * Runs an action's bundle (`entry: 'post'` for its post step) against this workspace as a push to main: its
   * sign-in inputs and variables under `inputs` and `options.env`; 60 s unless `options.timeoutMs` says otherwise.
   */
  run(
    action: string,
    inputs?: Record<string, string>,
    options?: RunOptions & { entry?: 'index' | 'post' },
  ): Promise<RunResult>;
  close(): Promise<void>;
}

export async function startEmulatedWorkspace(options: ArmEmulatorOptions = {}): Promise<EmulatedWorkspace> {
  const azurite = await startAzurite({ https: true, oauth: true });
  // Every body a bundle sends must be valid for the swagger of the api-version (checked at close).
  const emu = await startArmEmulator({ checkRequestBodies: true, ...options });
  emu.routeHost(`${AZURITE_ACCOUNT}.blob.core.windows.net:443`, `${azurite.host}:${azurite.port}`);
  const container = emu.settings.datastore.containerName;
  await azurite.container(container);
  return {
    emu,
    azurite,
    container,
    inputs: (how) => azureInputs(emu, how),
    env: () => azureEnv(emu),
    run: (action, inputs = {}, { entry, ...options } = {}) =>
      runAction(bundle(action, entry), {
        timeoutMs: 60_000,
        ...options,
        inputs: { ...azureInputs(emu), ...inputs },
        env: { ...azureEnv(emu), ...eventEnv('push-main'), ...options.env },
      }),
    close: async () => {
      await emu.close();
      await azurite.close();
    },
  };
}

/**
 * The workspace assets the seed pipeline (`__tests__/fixtures/pipeline/seed`) names by reference, as its
 * users' workspace holds them: its data versions and the environment its local components use. A submission
 * resolves every such reference before it writes anything, as the service would refuse the job without them.
 */
export async function seedPipelineAssets(emu: ArmEmulator): Promise<void> {
  for (const name of ['pandas', 'cats', 'dogs'])
    await emu.seed.assetVersion('data', name, '1', {
      dataType: 'uri_folder',
      dataUri: `azureml://datastores/workspaceblobstore/paths/${name}/`,
    });
  await emu.seed.assetVersion('environments', 'aml-Pillow', '0.1.0', {
    image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04',
  });
}

/**
 * The set-up of a test file that submits the seed pipeline: one emulated workspace for the file, holding what the
 * pipeline references, and before each test no faults, no logged requests or tokens, no jobs and a running
 * compute instance. `started` receives the workspace once it is up.
 */
export function useSeedPipelineWorkspace(started: (ws: EmulatedWorkspace) => void): void {
  let ws: EmulatedWorkspace;
  beforeAll(async () => {
    ws = await startEmulatedWorkspace();
    await seedPipelineAssets(ws.emu);
    started(ws);
  });
  afterAll(async () => ws.close());
  beforeEach(() => {
    ws.emu.tokenRequests.length = 0;
    ws.emu.faults.clear();
    ws.emu.requests.clear();
    ws.emu.seed.reset('jobs');
    ws.emu.seed.computeInstance('cli-created-machine', { state: 'Running' });
  });
}

/** register-components' inputs for the seed tree (`seedTree()`): its environments but the conda ones, every component. */
export const SEED_ASSET_INPUTS = {
  environments: 'environment/*.yaml\n!environment/conda-*.yaml',
  components: 'components/**/*.yaml',
};

/**
 * The set-up of a test file that registers assets: one emulated workspace for the file, and before each test no
 * code, component or environment in it and no faults. Returns the workspace: its members are those of the one
 * `beforeAll` started (reading one before then throws).
 */
export function useAssetsWorkspace(): EmulatedWorkspace {
  let ws: EmulatedWorkspace | undefined;
  beforeAll(async () => {
    ws = await startEmulatedWorkspace();
  }, 60_000);
  afterAll(async () => ws?.close());
  beforeEach(() => {
    ws!.emu.seed.reset('codes', 'components', 'environments');
    ws!.emu.faults.clear();
  });
  return new Proxy({} as EmulatedWorkspace, {
    get: (_target, key) => {
      if (!ws) throw new Error('the assets workspace is used before beforeAll started it');
      return Reflect.get(ws, key);
    },
  });
}
