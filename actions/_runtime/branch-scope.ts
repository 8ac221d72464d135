import * as core from '@actions/core';
import {
  branchScopeFor,
  parseBranchScopeInput,
  type BranchScope,
  type RenameLog,
} from '../../shared/github/branch-scope.js';
import type { WorkflowRun } from '../../shared/jobs/naming.js';
import { coreLogger } from './logger.js';

/** The `branch-scope` input applied to this run: the scope, or undefined when names stay as written. */
export function readBranchScope(run: WorkflowRun): BranchScope | undefined {
  const scope = branchScopeFor(parseBranchScopeInput(core.getInput('branch-scope')), run);
  if (scope) coreLogger().info(`Branch scope: names get the suffix '-${scope.suffix}' (${scope.reason}).`);
  return scope;
}

/** Prints every renamed name once. */
export function logRenames(renames: RenameLog): void {
  for (const line of renames.lines()) coreLogger().info(`Branch scope: ${line}`);
}
