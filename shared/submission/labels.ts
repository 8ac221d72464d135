import { UserError } from '../core/errors.js';
import type { AzureSession } from '../azure/session.js';
import { callAzure } from '../azure/rest-errors.js';
import type { AssetCollection } from '../pipeline/refs.js';

/**
 * Resolves `name@latest` to the newest version (the service's own `latestVersion` is not in api 2022-10-01
 * for every asset, so the newest by creation time is asked for, as azure-ai-ml does).
 */
export async function resolveLatest(
  session: AzureSession,
  collection: AssetCollection,
  name: string,
  label: string,
): Promise<string> {
  if (label !== 'latest')
    throw new UserError(`Label '${label}' of ${collection} '${name}' is not supported; use @latest or a version.`);
  const { resourceGroup: rg, workspace: ws } = session.workspace;
  const options = { orderBy: 'CreatedAtDesc', top: 1 };
  const list = () => {
    switch (collection) {
      case 'components':
        return session.ml.componentVersions.list(rg, ws, name, options);
      case 'environments':
        return session.ml.environmentVersions.list(rg, ws, name, options);
      case 'models':
        return session.ml.modelVersions.list(rg, ws, name, options);
      case 'codes':
        return session.ml.codeVersions.list(rg, ws, name, options);
      default:
        throw new UserError(
          `${collection} '${name}@${label}' cannot be resolved through api 2022-10-01; give a version.`,
        );
    }
  };
  const newest = await callAzure(`Finding the latest version of ${collection} '${name}'`, async () => {
    for await (const version of list()) return version;
    return undefined;
  });
  if (!newest?.name)
    throw new UserError(
      `${collection} '${name}' has no versions in workspace '${ws}', so '${name}@${label}' cannot be resolved.`,
    );
  return newest.name;
}
