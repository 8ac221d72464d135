/**
 * Reads every environment and component file of a registration and checks them all before anything is
 * sent: each problem (syntax, schema, missing code folder, unnamed asset, a name used twice) is collected
 * with its file and line, and one ValidationError carries them all.
 */
import { ValidationError, errorMessage, UserError } from '../core/errors.js';
import type { SourceLocation } from '../core/logger.js';
import { loadEnvironmentFile, type EnvironmentSpec } from '../pipeline/environment.js';
import type { Component } from '../pipeline/model.js';
import { loadAnyComponentFile } from '../pipeline/steps/index.js';
import { entryOf, loadYamlFile } from '../yaml/located.js';
import { Problems } from '../yaml/fields.js';

export interface AssetFile<T> {
  file: string;
  value: T;
  /** The `version:` line (or the file, when it has none), for messages about the version. */
  versionLoc: SourceLocation;
}

export interface AssetFiles {
  environments: AssetFile<EnvironmentSpec>[];
  /** Command and pipeline components (a pipeline component with every component inside it loaded). */
  components: AssetFile<Component>[];
}

/** ARM's rule for asset names (the service refuses others). */
export const ASSET_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;

/**
 * What an asset version can never be: it is a segment of the version's ARM id (`.../versions/{version}`), so
 * empty, blank, `.`/`..`, or holding a space, a control character or one of `/ \ ? # %` would change the
 * path or be refused only after other assets were written.
 */
export const ASSET_VERSION_PATTERN = /^(?!\.{1,2}$)[^\s/\\?#%\p{Cc}]{1,255}$/u;

export async function loadAssetFiles(files: { environments: string[]; components: string[] }): Promise<AssetFiles> {
  const problems = new Problems();
  const environments = await loadAll(files.environments, loadEnvironmentFile, problems);
  const components = await loadAll(files.components, loadAnyComponentFile, problems);
  checkNames('environment', environments, problems);
  checkNames('component', components, problems);
  checkVersions([...environments, ...components], problems);
  problems.throwIfAny(`${problems.list.length} problem(s) in the asset files; nothing was registered`);
  return { environments, components };
}

async function loadAll<T>(
  paths: string[],
  load: (path: string) => Promise<T>,
  problems: Problems,
): Promise<AssetFile<T>[]> {
  const loaded: AssetFile<T>[] = [];
  for (const file of [...new Set(paths)]) {
    try {
      loaded.push({ file, value: await load(file), versionLoc: await versionLocation(file) });
    } catch (error) {
      if (error instanceof ValidationError) problems.merge(error.problems);
      else if (error instanceof UserError) problems.add(error.message, error.location ?? { file });
      else problems.add(`cannot read: ${errorMessage(error)}`, { file });
    }
  }
  return loaded;
}

function versionLocation(file: string): Promise<SourceLocation> {
  return keyLocation(file, 'version');
}

/** Where a top-level key's value is written in a YAML file (the file's first line when it is absent). */
export async function keyLocation(file: string, key: string): Promise<SourceLocation> {
  const yaml = await loadYamlFile(file);
  const entry = yaml.root.kind === 'map' ? entryOf(yaml.root, key) : undefined;
  return entry?.value.loc ?? { file, line: 1 };
}

/** A registered asset needs a valid name, and one file per name: two would fight over its versions. */
function checkNames<T extends { name?: string; loc: SourceLocation }>(
  kind: 'environment' | 'component',
  files: AssetFile<T>[],
  problems: Problems,
): void {
  const byName = new Map<string, string>();
  for (const { file, value } of files) {
    if (value.name === undefined) {
      problems.add(
        `${kind === 'environment' ? 'an' : 'a'} ${kind} registered from its own file needs a 'name'`,
        value.loc,
      );
      continue;
    }
    if (!ASSET_NAME_PATTERN.test(value.name)) {
      problems.add(
        `${kind} name '${value.name}' is not valid: start with a letter or digit; letters, digits, '-' and '_' only`,
        value.loc,
      );
    }
    const key = value.name.toLowerCase();
    const first = byName.get(key);
    if (first)
      problems.add(`${kind} '${value.name}' is also defined in ${first}; register each name from one file`, value.loc);
    else byName.set(key, file);
  }
}

/**
 * A `version:` written in a file is a segment of the asset's id: an empty or malformed one would only be
 * refused by the service, after the other assets of the run were written.
 */
function checkVersions(files: AssetFile<{ version?: string }>[], problems: Problems): void {
  for (const { value, versionLoc } of files) {
    if (value.version === undefined || ASSET_VERSION_PATTERN.test(value.version)) continue;
    problems.add(
      `version '${value.version}' is not valid: a version is a part of the asset's id, so it cannot be empty or ` +
        "hold spaces or '/', '\\', '?', '#', '%' (leave version out to have one chosen)",
      versionLoc,
    );
  }
}
