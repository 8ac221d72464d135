import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { referenceRoot, repoRoot } from '../../../support/action-runner.js';

/**
 * azureml-examples' CLI folder: beside the project (`../shared/reference`, as CI checks it out), or two levels up
 * when the project is a worktree under `wt/`.
 */
const reference = existsSync(referenceRoot) ? referenceRoot : resolve(repoRoot, '../../shared/reference');
export const examplesCli = `${reference}/azureml-examples/cli`;
