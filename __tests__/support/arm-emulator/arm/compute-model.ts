/**
 * Compute resources as the service returns them, and the ComputeInstance state machine
 * (Stopped -> Starting -> Running, Running -> Stopping -> Stopped, Running -> Restarting -> Running).
 */
import type { EmulatorSettings } from '../options.js';
import type { JsonObject } from '../json.js';
import { clone, objectAt, stringAt } from '../json.js';
import type { StoredResource } from '../state.js';
import { PROVIDER, systemData, workspaceId } from './common.js';

export type ComputeAction = 'Start' | 'Stop' | 'Restart';

/** For each action: states it may start from, the state while it runs, and the state it ends in. */
export const ACTIONS: Record<ComputeAction, { from: string[]; during: string; to: string }> = {
  Start: { from: ['Stopped'], during: 'Starting', to: 'Running' },
  Stop: { from: ['Running', 'JobRunning'], during: 'Stopping', to: 'Stopped' },
  Restart: { from: ['Running', 'JobRunning'], during: 'Restarting', to: 'Running' },
};

/** Where a transitional state ends on its own (seeded transitional instances settle there). */
export const SETTLES_TO: Record<string, string> = {
  Creating: 'Running',
  Starting: 'Running',
  Stopping: 'Stopped',
  Restarting: 'Running',
};

export const computeType = (r: StoredResource): string | undefined => stringAt(r.properties, 'computeType');
export const inner = (r: StoredResource): JsonObject => objectAt(r.properties, 'properties') ?? {};

/** A new compute from a validated PUT body, in its Creating state. */
export function newCompute(s: EmulatorSettings, name: string, body: JsonObject, origin: string): StoredResource {
  const now = new Date().toISOString();
  const props = objectAt(body, 'properties') ?? {};
  const type = stringAt(props, 'computeType') ?? 'AmlCompute';
  const given = objectAt(props, 'properties') ?? {};
  const resource: StoredResource = {
    id: `${workspaceId(s)}/computes/${name}`,
    name,
    type: `${PROVIDER}/workspaces/computes`,
    location: stringAt(body, 'location') ?? s.region,
    tags: objectAt(body, 'tags') ?? {},
    systemData: systemData(now),
    properties: {
      computeType: type,
      computeLocation: stringAt(body, 'location') ?? s.region,
      provisioningState: 'Creating',
      description: stringAt(props, 'description') ?? null,
      createdOn: now,
      modifiedOn: now,
      isAttachedCompute: false,
      disableLocalAuth: props.disableLocalAuth === true,
      provisioningErrors: null,
      properties: type === 'ComputeInstance' ? instanceProperties(s, name, given, origin) : clusterProperties(given),
    },
  };
  if (body.identity !== undefined) resource.identity = clone(body.identity);
  return resource;
}

function instanceProperties(s: EmulatorSettings, name: string, given: JsonObject, origin: string): JsonObject {
  const host = new URL(origin).host;
  return {
    applicationSharingPolicy: 'Shared',
    computeInstanceAuthorizationType: 'personal',
    enableNodePublicIp: true,
    ...clone(given),
    sshSettings: {
      sshPublicAccess: 'Disabled',
      ...(objectAt(given, 'sshSettings') ?? {}),
      adminUserName: 'azureuser',
      sshPort: 50000,
    },
    createdBy: {
      userName: 'emulator@contoso.com',
      userOrgId: s.tenantId,
      userId: '00000000-0000-0000-0000-0000000000aa',
    },
    connectivityEndpoints: { publicIpAddress: '10.0.0.4', privateIpAddress: '10.0.0.4' },
    applications: [
      { displayName: 'Jupyter', endpointUri: `https://${name}.${s.region}.instances.azureml.ms/tree/` },
      { displayName: 'Jupyter Lab', endpointUri: `https://${name}.${s.region}.instances.azureml.ms/lab` },
      { displayName: 'Emulator', endpointUri: `https://${host}/` },
    ],
    errors: null,
    state: 'Creating',
    lastOperation: lastOperation('Create', 'InProgress'),
  };
}

function clusterProperties(given: JsonObject): JsonObject {
  const scale = objectAt(given, 'scaleSettings') ?? {};
  return {
    vmSize: 'STANDARD_DS3_V2',
    vmPriority: 'Dedicated',
    osType: 'Linux',
    virtualMachineImage: null,
    isolatedNetwork: false,
    remoteLoginPortPublicAccess: 'NotSpecified',
    enableNodePublicIp: true,
    ...clone(given),
    scaleSettings: { minNodeCount: 0, nodeIdleTimeBeforeScaleDown: 'PT120S', ...scale },
    allocationState: 'Resizing',
    allocationStateTransitionTime: new Date().toISOString(),
    errors: null,
    currentNodeCount: 0,
    targetNodeCount: 0,
    nodeStateCounts: {
      idleNodeCount: 0,
      runningNodeCount: 0,
      preparingNodeCount: 0,
      unusableNodeCount: 0,
      leavingNodeCount: 0,
      preemptedNodeCount: 0,
    },
  };
}

export function lastOperation(operationName: string, operationStatus: string, trigger = 'User'): JsonObject {
  return { operationName, operationTime: new Date().toISOString(), operationStatus, operationTrigger: trigger };
}

/** The compute after its create (or update) operation succeeded. */
export function settleProvisioned(r: StoredResource): void {
  r.properties.provisioningState = 'Succeeded';
  r.properties.modifiedOn = new Date().toISOString();
  const props = inner(r);
  if (computeType(r) === 'ComputeInstance') {
    if (props.state === 'Creating') props.state = 'Running';
    props.lastOperation = lastOperation('Create', 'Succeeded');
  } else {
    const min = objectAt(props, 'scaleSettings')?.minNodeCount ?? 0;
    Object.assign(props, {
      allocationState: 'Steady',
      allocationStateTransitionTime: new Date().toISOString(),
      currentNodeCount: min,
      targetNodeCount: min,
    });
    Object.assign(objectAt(props, 'nodeStateCounts') ?? {}, { idleNodeCount: min });
  }
}

/** The compute after its create operation failed: the error is kept in provisioningErrors. */
export function settleProvisioningFailed(r: StoredResource, error: { code: string; message: string }): void {
  r.properties.provisioningState = 'Failed';
  r.properties.provisioningErrors = [{ error: { code: error.code, message: error.message } }];
  const props = inner(r);
  if (computeType(r) === 'ComputeInstance') {
    props.state = 'CreateFailed';
    props.lastOperation = lastOperation('Create', 'CreateFailed');
    props.errors = [{ error: { code: error.code, message: error.message } }];
  }
}

/** Puts an instance in the transitional state of `action`. */
export function beginAction(r: StoredResource, action: ComputeAction): void {
  Object.assign(inner(r), { state: ACTIONS[action].during, lastOperation: lastOperation(action, 'InProgress') });
}

export function endAction(
  r: StoredResource,
  action: ComputeAction,
  from: string,
  error?: { code: string; message: string },
): void {
  const props = inner(r);
  props.state = error ? from : ACTIONS[action].to;
  props.lastOperation = lastOperation(action, error ? `${action}Failed` : 'Succeeded');
  props.errors = error ? [{ error: { code: error.code, message: error.message } }] : null;
  r.properties.modifiedOn = new Date().toISOString();
}
