/**
 * The `copy-to` input of promote-model: where a model version is copied (a registry or another workspace), parsed
 * and described without loading anything that talks to a service (copy.ts does the copying).
 */
import { checkWorkspaceCoordinates } from '../core/azure-names.js';
import { UserError } from '../core/errors.js';

/**
 * Where the copy goes: a registry of the session's subscription, or another workspace (resource group, and a
 * workspace's subscription, default to the session's).
 */
export type CopyTarget =
  | { kind: 'registry'; registry: string; resourceGroup?: string }
  | { kind: 'workspace'; workspace: string; resourceGroup?: string; subscriptionId?: string };

/** The registry name rule (`registryName` pattern of the 2025-12-01 spec). */
const REGISTRY = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{2,32}$/;

const COPY_TO_FORMS =
  'registry:NAME, registry:RESOURCE_GROUP/NAME, workspace:NAME, workspace:RESOURCE_GROUP/NAME or ' +
  'workspace:SUBSCRIPTION_ID/RESOURCE_GROUP/NAME';

/** Parses the `copy-to` input; empty: no copy. */
export function parseCopyTarget(value: string, input = 'copy-to'): CopyTarget | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const colon = v.indexOf(':');
  const kind = v.slice(0, colon);
  const parts = v.slice(colon + 1).split('/');
  const bad = (why: string) => new UserError(`Input '${input}': '${value}' ${why}; write ${COPY_TO_FORMS}.`);
  if (kind === 'registry') {
    const [registry, resourceGroup] = [...parts].reverse();
    if (parts.length > 2 || !REGISTRY.test(registry))
      throw bad('is not a registry name (3 to 33 letters, digits, hyphens and underscores)');
    if (resourceGroup !== undefined && !validCoordinates({ resourceGroup }))
      throw bad('names no valid resource group (1 to 90 letters, digits, _-.())');
    return { kind, registry, resourceGroup };
  }
  if (kind !== 'workspace' || parts.length > 3) throw bad('is not a place to copy to');
  const [workspace, resourceGroup, subscriptionId] = [...parts].reverse();
  if (!validCoordinates({ workspace, resourceGroup, subscriptionId }))
    throw bad(
      'names no valid workspace (subscription: a GUID; resource group: 1 to 90 letters, digits, _-.(); ' +
        'workspace: 3 to 33 letters, digits, hyphens and underscores)',
    );
  return { kind, workspace, resourceGroup, subscriptionId };
}

/** The workspace inputs' rules (shared/core/azure-names.ts) for the coordinates given; their message names those inputs. */
function validCoordinates(given: { workspace?: string; resourceGroup?: string; subscriptionId?: string }): boolean {
  try {
    checkWorkspaceCoordinates({
      workspace: given.workspace ?? 'mlw',
      resourceGroup: given.resourceGroup ?? 'rg',
      subscriptionId: given.subscriptionId ?? '00000000-0000-0000-0000-000000000000',
    });
    return true;
  } catch {
    return false;
  }
}

/** How a target is named in messages. */
export function describeTarget(target: CopyTarget): string {
  return target.kind === 'registry' ? `registry '${target.registry}'` : `workspace '${target.workspace}'`;
}
