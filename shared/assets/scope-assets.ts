/**
 * Applies branch scoping (shared/github/branch-scope.ts) to the files register-components registers: every
 * environment and component registered by name gets the branch suffix, and a component's reference to an
 * environment registered in the same run follows the rename. Pure: returns new values, the files are untouched.
 * Code snapshots need nothing: they are named by their content hash, which no branch can take from another.
 */
import { RenameLog, type BranchScope } from '../github/branch-scope.js';
import type { EnvironmentUse } from '../pipeline/component.js';
import type { Component } from '../pipeline/model.js';
import type { AssetFile, AssetFiles } from './load.js';

export function scopeAssetFiles(
  files: AssetFiles,
  scope: BranchScope | undefined,
): { files: AssetFiles; renames: RenameLog } {
  const renames = new RenameLog();
  if (!scope) return { files, renames };
  const environments = files.environments.map((env) => ({
    ...env,
    value: env.value.name ? { ...env.value, name: renames.rename(scope, 'environment', env.value.name) } : env.value,
  }));
  const components = files.components.map((c) => scopeComponent(c, scope, renames));
  return { files: { environments, components }, renames };
}

function scopeComponent(file: AssetFile<Component>, scope: BranchScope, renames: RenameLog): AssetFile<Component> {
  const value = file.value;
  const name = value.name ? renames.rename(scope, 'component', value.name) : undefined;
  if (value.type !== 'command') return { ...file, value: { ...value, name } };
  return { ...file, value: { ...value, name, environment: scopeEnvironmentUse(value.environment, scope, renames) } };
}

/** A named local environment file is registered under the scoped name; a reference to one follows it. */
function scopeEnvironmentUse(use: EnvironmentUse, scope: BranchScope, renames: RenameLog): EnvironmentUse {
  if (use.kind === 'local') {
    return use.spec.name
      ? { ...use, spec: { ...use.spec, name: renames.rename(scope, 'environment', use.spec.name) } }
      : use;
  }
  if (use.ref.kind === 'id') return use;
  const to = renames.renamed('environment', use.ref.name);
  if (!to) return use;
  const text = use.ref.kind === 'version' ? `azureml:${to}:${use.ref.version}` : `azureml:${to}@${use.ref.label}`;
  return { kind: 'remote', text, ref: { ...use.ref, name: to } };
}
