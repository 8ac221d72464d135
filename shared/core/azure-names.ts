/**
 * The workspace coordinates checked where they enter, before they become part of a request path: a value
 * outside these rules (`not-a-guid/../x`) would otherwise change the path and end in a misleading answer
 * ("compute does not exist"). Pure: no Azure call, no input reading; messages name the input and what is
 * accepted.
 */
import { UserError } from './errors.js';

export interface WorkspaceCoordinates {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
}

/** Where each value comes from, as the user sets it. */
const INPUTS: Record<keyof WorkspaceCoordinates, string> = {
  subscriptionId: "'subscription-id' (or AZURE_SUBSCRIPTION_ID, or subscriptionId in 'creds')",
  resourceGroup: "'resource-group' (or AZURE_RESOURCE_GROUP)",
  workspace: "'workspace' (or AZURE_ML_WORKSPACE)",
};

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** ARM's resource group rule (common-types ResourceGroupNameParameter, 1-90), and no period at the end. */
const RESOURCE_GROUP = /^[-\w.()\p{L}\p{N}]{1,90}$/u;
/** Azure ML's workspace name rule (`workspaceName` pattern of the Microsoft.MachineLearningServices spec). */
const WORKSPACE = /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/;

const RULES: Record<keyof WorkspaceCoordinates, { ok: (v: string) => boolean; accepted: string }> = {
  subscriptionId: {
    ok: (v) => GUID.test(v),
    accepted: 'a GUID, e.g. 00000000-0000-0000-0000-000000000000',
  },
  resourceGroup: {
    ok: (v) => RESOURCE_GROUP.test(v) && !v.endsWith('.'),
    accepted: '1 to 90 letters, digits, underscores, hyphens, periods and parentheses, not ending with a period',
  },
  workspace: {
    ok: (v) => WORKSPACE.test(v),
    accepted: '3 to 33 letters, digits, hyphens and underscores, starting with a letter or digit',
  },
};

/** Throws a UserError naming every coordinate that breaks its rule (all at once), with what is accepted. */
export function checkWorkspaceCoordinates<T extends WorkspaceCoordinates>(coordinates: T): T {
  const bad = (Object.keys(RULES) as (keyof WorkspaceCoordinates)[]).filter((k) => !RULES[k].ok(coordinates[k]));
  if (bad.length)
    throw new UserError(
      bad
        .map((k) => `Input ${INPUTS[k]} must be ${RULES[k].accepted}; got ${JSON.stringify(coordinates[k])}.`)
        .join('\n'),
    );
  return coordinates;
}
