import { UserError } from '../core/errors.js';
import type { AzureSession } from '../azure/session.js';
import type { AssetCollection } from '../pipeline/refs.js';

/**
 * Resolves `name@latest` to the newest version: the newest by creation time is asked for, as azure-ai-ml does
 * (a container's `latestVersion` is not kept for every asset type).
 */
export async function resolveLatest(
  session: AzureSession,
  collection: AssetCollection,
  name: string,
  label: string,
): Promise<string> {
  if (label !== 'latest')
    throw new UserError(`Label '${label}' of ${collection} '${name}' is not supported; use @latest or a version.`);
  const ws = session.workspace.workspace;
  let newest: { name?: string } | undefined;
  for await (const version of session.ml.versions(collection).list(name, { orderBy: 'CreatedAtDesc', top: 1 })) {
    newest = version;
    break;
  }
  if (!newest?.name)
    throw new UserError(
      `${collection} '${name}' has no versions in workspace '${ws}', so '${name}@${label}' cannot be resolved.`,
    );
  return newest.name;
}
