import * as core from '@actions/core';
import path from 'node:path';
import type { Backend } from '../../shared/backend/backend.js';
import { LOCAL_LIMITS, type BackendNeed } from '../../shared/backend/local-limits.js';
import { UserError } from '../../shared/core/errors.js';
import { parseChoice } from '../../shared/core/inputs.js';
import { readSessionOptions } from './azure-inputs.js';
import { coreLogger } from './logger.js';

/**
 * The `backend` input as the one `Backend` every entry calls: the Azure ML workspace (signed in on first use)
 * or this runner with the local workspace folder (`local-workspace`, created when absent).
 *
 * This is the start-up seam (docs/architecture.md, "Start-up"): each backend is imported here, when chosen, so
 * a bundle loads the Azure SDKs only for `azure` and the local runner only for `local`, and a step that fails
 * on its inputs loads neither. Entries call it after reading and validating their inputs, naming what they need
 * beyond what every backend does (`needs`): a backend that lacks it refuses before anything is opened.
 */
export async function readBackend(needs: readonly BackendNeed[] = []): Promise<Backend> {
  const choice = parseChoice('backend', core.getInput('backend'), ['azure', 'local'] as const, 'azure');
  if (choice === 'azure') {
    const sessionOptions = readSessionOptions();
    const { AzureBackend } = await import('../../shared/backend/azure.js');
    return new AzureBackend(sessionOptions);
  }
  for (const need of needs) throw new UserError(LOCAL_LIMITS[need]);
  const root = path.resolve(
    process.env.GITHUB_WORKSPACE ?? process.cwd(),
    core.getInput('local-workspace') || '.mlops',
  );
  const [{ LocalBackend }, { LocalWorkspace }] = await Promise.all([
    import('../../shared/backend/local.js'),
    import('../../shared/local/index.js'),
  ]);
  coreLogger().info(`Backend: local (workspace ${root}).`);
  return new LocalBackend(await LocalWorkspace.open(root), coreLogger());
}
