import * as core from '@actions/core';
import path from 'node:path';
import { parseChoice } from '../../shared/core/inputs.js';
import { LocalWorkspace } from '../../shared/local/index.js';

export type Backend = { kind: 'azure' } | { kind: 'local'; workspace: LocalWorkspace };

/** The `backend` input; for `local`, the local workspace folder opened (created when absent). */
export async function readBackend(): Promise<Backend> {
  const kind = parseChoice('backend', core.getInput('backend'), ['azure', 'local'] as const, 'azure');
  if (kind === 'azure') return { kind };
  const root = path.resolve(
    process.env.GITHUB_WORKSPACE ?? process.cwd(),
    core.getInput('local-workspace') || '.mlops',
  );
  core.info(`Backend: local (workspace ${root}).`);
  return { kind, workspace: await LocalWorkspace.open(root) };
}
