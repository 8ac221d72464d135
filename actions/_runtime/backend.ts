import * as core from '@actions/core';
import path from 'node:path';
import type { Backend } from '../../shared/backend/backend.js';
import { AzureBackend } from '../../shared/backend/azure.js';
import { LocalBackend } from '../../shared/backend/local.js';
import { parseChoice } from '../../shared/core/inputs.js';
import { LocalWorkspace } from '../../shared/local/index.js';
import { readSessionOptions } from './azure-inputs.js';
import { coreLogger } from './logger.js';

/**
 * The `backend` input as the one `Backend` every entry calls: the Azure ML workspace (signed in on first use)
 * or this runner with the local workspace folder (`local-workspace`, created when absent).
 */
export async function readBackend(): Promise<Backend> {
  const choice = parseChoice('backend', core.getInput('backend'), ['azure', 'local'] as const, 'azure');
  if (choice === 'azure') return new AzureBackend(readSessionOptions());
  const root = path.resolve(
    process.env.GITHUB_WORKSPACE ?? process.cwd(),
    core.getInput('local-workspace') || '.mlops',
  );
  coreLogger().info(`Backend: local (workspace ${root}).`);
  return new LocalBackend(await LocalWorkspace.open(root), coreLogger());
}
