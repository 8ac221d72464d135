/** The repository's own GitHub files (.github/), read as plain YAML for the tests of __tests__/repo. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, yamlFileNames } from '../../workflows-examples/support/paths.js';
import { readYamlAs, type WorkflowStep } from '../../workflows-examples/support/workflow-yaml.js';

export const githubDir = path.join(repoRoot, '.github');
export const repoWorkflowsDir = path.join(githubDir, 'workflows');

/** A step reads the same in the repository's workflows as in the examples. */
export type RepoStep = WorkflowStep;

export interface RepoJob {
  uses?: string;
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  env?: Record<string, string>;
  steps?: RepoStep[];
}

export interface RepoWorkflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, RepoJob>;
}

/** The repository's workflow files, by name (`ci.yml`, ...). */
export function repoWorkflowNames(): string[] {
  return yamlFileNames(repoWorkflowsDir);
}

export function repoWorkflowPath(name: string): string {
  return path.join(repoWorkflowsDir, name);
}

export function readRepoWorkflow(name: string): RepoWorkflow {
  return readYamlAs<RepoWorkflow>(repoWorkflowPath(name));
}

/** A `uses:` line as written, with the comment after it (where a pinned SHA keeps its version). */
export interface UsesLine {
  file: string;
  line: number;
  ref: string;
  comment?: string;
}

/** Every `uses:` of the file, steps and reusable-workflow jobs alike, read from the text to keep the comments. */
export function usesLines(file: string): UsesLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const match = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(?:#\s*(.*?))?\s*$/.exec(text);
      return match ? [{ file: path.basename(file), line: i + 1, ref: match[1], comment: match[2] }] : [];
    });
}
