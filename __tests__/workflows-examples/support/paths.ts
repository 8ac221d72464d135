import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const examplesRoot = path.join(repoRoot, 'workflows-examples');
export const workflowsDir = path.join(examplesRoot, '.github', 'workflows');
export const projectDir = path.join(examplesRoot, 'project');
export const actionsDir = path.join(repoRoot, 'actions');

/** The YAML files of a folder, by name, sorted. */
export function yamlFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

/** The example workflow files, by name (`mlops-pipeline.yml`, ...). */
export function workflowNames(): string[] {
  return yamlFileNames(workflowsDir);
}

export function workflowPath(name: string): string {
  return path.join(workflowsDir, name);
}
