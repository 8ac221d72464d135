/**
 * register-components on the local backend: the same files and the same report as on Azure
 * (a RegistrationResult), stored in the local workspace with its unchanged-skips.
 */
import type { AssetFiles } from '../assets/load.js';
import type { AssetOutcome, RegistrationResult, VersionStrategy } from '../assets/types.js';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { registerLocalComponent, registerLocalEnvironment } from './assets.js';
import type { LocalAsset } from './assets.js';
import type { LocalWorkspace } from './workspace.js';

export interface LocalRegisterOptions {
  strategy: VersionStrategy;
  /** Validate only (the files were loaded and checked by the caller); nothing is stored. */
  dryRun: boolean;
  tags: Record<string, string>;
  log: Logger;
}

export async function registerLocalAssetFiles(
  ws: LocalWorkspace,
  files: AssetFiles,
  options: LocalRegisterOptions,
): Promise<RegistrationResult> {
  const result: RegistrationResult = { assets: [], components: {}, environments: {}, dryRun: options.dryRun };
  if (options.dryRun) {
    for (const { file, value } of [...files.environments, ...files.components]) {
      options.log.info(`would register ${value.name}:${value.version ?? '(next)'} from ${file} (dry run)`);
    }
    return result;
  }
  const register = { strategy: options.strategy, tags: options.tags, log: options.log };
  for (const { file, value } of files.environments) {
    const env = await registerLocalEnvironment(ws, value, register);
    result.assets.push(outcome('environment', env, file));
    result.environments[env.name] = env.version;
  }
  for (const { file, value } of files.components) {
    if (value.type !== 'command')
      throw new UserError(`not supported by the local backend: registering ${value.type} components`, value.loc);
    const { component, code } = await registerLocalComponent(ws, value, register);
    if (code) result.assets.push(outcome('code', code, value.code && 'local' in value.code ? value.code.local : file));
    result.assets.push(outcome('component', component, file));
    result.components[component.name] = component.version;
  }
  return result;
}

function outcome(kind: AssetOutcome['kind'], asset: LocalAsset, source: string): AssetOutcome {
  return {
    kind,
    name: asset.name,
    version: asset.version,
    id: asset.id,
    status: asset.status,
    reason: asset.status === 'created' ? 'stored in the local workspace' : 'same content is stored already',
    source,
  };
}
