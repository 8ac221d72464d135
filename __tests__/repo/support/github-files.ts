/** The repository's own GitHub files (.github/), read as plain YAML for the tests of __tests__/repo. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../../workflows-examples/support/paths.js';

export const githubDir = path.join(repoRoot, '.github');
export const repoWorkflowsDir = path.join(githubDir, 'workflows');

export interface RepoStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

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
  return readdirSync(repoWorkflowsDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

export function repoWorkflowPath(name: string): string {
  return path.join(repoWorkflowsDir, name);
}

export function readRepoWorkflow(name: string): RepoWorkflow {
  return parse(readFileSync(repoWorkflowPath(name), 'utf8')) as RepoWorkflow;
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
