/**
 * A real AzureSession against the emulated workspace (ARM emulator + Azurite as the default datastore,
 * both reached under their public names through the emulator's CONNECT proxy), plus helpers to make
 * asset trees in a temp folder.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSession } from '../../../shared/azure/create-session.js';
import type { AzureSession } from '../../../shared/azure/session.js';
import { memoryLogger, type MemoryLogger } from '../../../shared/core/logger.js';
import { AZURITE_ACCOUNT } from '../../support/azurite.js';
import { startEmulatedWorkspace, type EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';
import { repoRoot } from '../../support/action-runner.js';

export interface AssetsFixture {
  ws: EmulatedWorkspace;
  session: AzureSession;
  log: MemoryLogger;
  /** ARM requests that write (PUT/POST/PATCH/DELETE) since the last `reset()`. */
  armWrites(): { method: string; path: string }[];
  /** CONNECT tunnels opened to the blob account since the last `reset()`: zero means no byte went to storage. */
  blobConnects(): number;
  /** Forgets requests seen so far and gives the session a fresh log. */
  reset(): void;
  close(): Promise<void>;
}

const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'] as const;

export async function startAssetsFixture(): Promise<AssetsFixture> {
  const ws = await startEmulatedWorkspace();
  const saved = Object.fromEntries(PROXY_VARS.map((k) => [k, process.env[k]]));
  Object.assign(process.env, ws.emu.proxyEnv());
  const s = ws.emu.settings;
  const log = memoryLogger();
  const session = await createSession({
    workspace: { subscriptionId: s.subscriptionId, resourceGroup: s.resourceGroup, workspace: s.workspace },
    auth: { creds: JSON.stringify({ clientId: s.clientId, clientSecret: s.clientSecret, tenantId: s.tenantId }) },
    log,
    pollIntervalMs: 5,
  });
  const blobHost = `${AZURITE_ACCOUNT}.blob.core.windows.net`;
  return {
    ws,
    session,
    log,
    armWrites: () => ws.emu.requests.writes().map((r) => ({ method: r.method, path: r.path })),
    blobConnects: () => ws.emu.proxy.connects.filter((c) => c.target.startsWith(blobHost)).length,
    reset() {
      ws.emu.requests.clear();
      ws.emu.proxy.connects.length = 0;
      log.lines.length = 0;
    },
    close: async () => {
      for (const k of PROXY_VARS) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
      await ws.close();
    },
  };
}

/**
 * The seed workflow's repository layout in a temp folder: its environment and component files (from the
 * fixtures) plus the Pillow environment the seed names but the fixtures do not carry.
 */
export function seedTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'seed-assets-'));
  cpSync(path.join(repoRoot, '__tests__', 'fixtures', 'pipeline', 'seed'), root, { recursive: true });
  writeFileSync(
    path.join(root, 'environment', 'pillow.yaml'),
    [
      '$schema: https://azuremlschemas.azureedge.net/latest/environment.schema.json',
      'name: aml-Pillow',
      'version: 0.1.0',
      'image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04',
      'conda_file: ./conda-pillow.yaml',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(root, 'environment', 'conda-pillow.yaml'),
    'name: pillow\ndependencies:\n  - python=3.10\n  - pip\n  - pip:\n      - pillow\n',
  );
  return root;
}

export function seedFiles(root: string): { environments: string[]; components: string[] } {
  return {
    environments: ['pillow.yaml', 'tensorflow.yaml'].map((f) => path.join(root, 'environment', f)),
    components: ['dataprep/dataprep.yaml', 'dataprep/data_split.yaml', 'training/training.yaml'].map((f) =>
      path.join(root, 'components', f),
    ),
  };
}

/**
 * The fixture for a whole test file: started once, with an empty asset store and a fresh log before each test.
 * `use` receives it once started.
 */
export function useAssetsFixture(use: (fx: AssetsFixture) => void): void {
  let fx: AssetsFixture | undefined;
  beforeAll(async () => use((fx = await startAssetsFixture())), 60_000);
  afterAll(async () => fx?.close());
  beforeEach(() => {
    fx!.ws.emu.seed.reset('codes', 'components', 'environments');
    fx!.reset();
  });
}
