import { checkWorkspaceCoordinates } from '../core/azure-names.js';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { parseCreds, signIn } from './auth.js';
import type { AuthOptions } from './auth.js';
import { armScope, resolveCloud } from './cloud.js';
import type { CloudOptions } from './cloud.js';
import { ML_API_VERSION } from './ml-api/api-version.js';
import { MlApi } from './ml-api/ml-api.js';
import { MlRestClient } from './ml-api/rest-client.js';
import type { AzureSession, WorkspaceRef } from './session.js';

export const USER_AGENT = 'azureml-mlops-actions/0.1';

export interface SessionOptions {
  workspace: Partial<WorkspaceRef>;
  cloud?: CloudOptions;
  auth: AuthOptions;
  log: Logger;
  /** Poll interval for long-running operations (tests make it short). */
  pollIntervalMs?: number;
}

/** Signs in and builds the Azure ML REST layer for one workspace. Fails before any call when a coordinate is missing. */
export async function createSession(options: SessionOptions): Promise<AzureSession> {
  const { log } = options;
  const cloud = resolveCloud(options.cloud);
  // Check the workspace coordinates before any network call.
  const fromCreds = options.auth.creds?.trim() ? parseCreds(options.auth.creds, log).subscriptionId : undefined;
  const workspace = completeWorkspace({
    ...options.workspace,
    subscriptionId: options.workspace.subscriptionId || fromCreds,
  });
  const signedIn = await signIn(options.auth, cloud, log);
  const pollIntervalMs = options.pollIntervalMs ?? 5000;
  const rest = new MlRestClient({
    endpoint: cloud.armEndpoint,
    credential: signedIn.credential,
    scope: armScope(cloud),
    userAgent: USER_AGENT,
  });
  const ml = new MlApi(rest, workspace, pollIntervalMs);
  log.info(
    `Workspace ${workspace.workspace} (resource group ${workspace.resourceGroup}, subscription ${workspace.subscriptionId}) ` +
      `via ${cloud.armEndpoint}, api-version ${ML_API_VERSION}.`,
  );
  return {
    workspace,
    cloud,
    credential: signedIn.credential,
    ml,
    workspaceId: workspaceResourceId(workspace),
    log,
    pollIntervalMs,
  };
}

const WORKSPACE_INPUTS: Record<keyof WorkspaceRef, string> = {
  subscriptionId: "'subscription-id' (or AZURE_SUBSCRIPTION_ID, or subscriptionId in 'creds')",
  resourceGroup: "'resource-group' (or AZURE_RESOURCE_GROUP)",
  workspace: "'workspace' (or AZURE_ML_WORKSPACE)",
};

export function completeWorkspace(partial: Partial<WorkspaceRef>): WorkspaceRef {
  const missing = (Object.keys(WORKSPACE_INPUTS) as (keyof WorkspaceRef)[]).filter((k) => !partial[k]);
  if (missing.length) {
    throw new UserError(
      `The Azure ML workspace is not fully given. Missing: ${missing.map((k) => WORKSPACE_INPUTS[k]).join('; ')}.`,
    );
  }
  return checkWorkspaceCoordinates(partial as WorkspaceRef);
}

/**
 * The same sign-in and REST client in another workspace (a model copy's or promotion's target): the resource group
 * and subscription default to the session's. Lives here, not beside the copy, so a promotion that only tags does not
 * load the copy's storage SDK.
 */
export function sessionInWorkspace(
  session: AzureSession,
  target: Pick<WorkspaceRef, 'workspace'> & Partial<WorkspaceRef>,
): AzureSession {
  const ref: WorkspaceRef = {
    subscriptionId: target.subscriptionId ?? session.workspace.subscriptionId,
    resourceGroup: target.resourceGroup ?? session.workspace.resourceGroup,
    workspace: target.workspace,
  };
  const ml = new MlApi(session.ml.rest, ref, session.pollIntervalMs);
  return { ...session, workspace: ref, ml, workspaceId: ml.workspaceId };
}

export function workspaceResourceId(ws: WorkspaceRef): string {
  return (
    `/subscriptions/${ws.subscriptionId}/resourceGroups/${ws.resourceGroup}` +
    `/providers/Microsoft.MachineLearningServices/workspaces/${ws.workspace}`
  );
}
