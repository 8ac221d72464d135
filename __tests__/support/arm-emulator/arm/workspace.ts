/** Workspace get, and the discovery document its `discoveryUrl` points at (data-plane hosts, no auth). */
import type { EmulatorContext } from '../context.js';
import type { EmulatorSettings } from '../options.js';
import { WORKSPACE_GUID } from '../options.js';
import { json } from '../http.js';
import type { JsonObject } from '../json.js';
import type { Router } from '../router.js';
import { checkScope, PROVIDER, systemData, WORKSPACE_PATTERN, workspaceId } from './common.js';

/**
 * The data-plane origin a client should use: the public `{region}.api.azureml.ms` when it reached the emulator
 * under a public name (through the proxy), else the emulator's own origin.
 */
export function dataPlaneOrigin(origin: string, s: EmulatorSettings): string {
  const host = new URL(origin).hostname;
  return host.endsWith('.azure.com') || host.endsWith('.azureml.ms') ? `https://${s.region}.api.azureml.ms` : origin;
}

export function workspaceResource(s: EmulatorSettings, origin: string): JsonObject {
  const rg = `/subscriptions/${s.subscriptionId}/resourceGroups/${s.resourceGroup}/providers`;
  return {
    id: workspaceId(s),
    name: s.workspace,
    type: `${PROVIDER}/workspaces`,
    location: s.region,
    tags: {},
    identity: { type: 'SystemAssigned', principalId: '00000000-0000-0000-0000-0000000000bb', tenantId: s.tenantId },
    sku: { name: 'Basic', tier: 'Basic' },
    systemData: systemData('2024-01-01T00:00:00.000Z'),
    properties: {
      workspaceId: WORKSPACE_GUID,
      friendlyName: s.workspace,
      description: 'Azure ML workspace served by the ARM emulator',
      keyVault: `${rg}/Microsoft.KeyVault/vaults/kv-${s.workspace}`,
      applicationInsights: `${rg}/microsoft.insights/components/appi-${s.workspace}`,
      containerRegistry: `${rg}/Microsoft.ContainerRegistry/registries/cr${s.workspace.replace(/[^a-z0-9]/gi, '')}`,
      storageAccount: `${rg}/Microsoft.Storage/storageAccounts/${s.datastore.accountName}`,
      discoveryUrl: `${dataPlaneOrigin(origin, s)}/discovery`,
      provisioningState: 'Succeeded',
      mlFlowTrackingUri: `azureml://${s.region}.api.azureml.ms/mlflow/v1.0${workspaceId(s)}`,
      tenantId: s.tenantId,
      hbiWorkspace: false,
      serviceProvisionedResourceGroup: `${s.workspace}_${WORKSPACE_GUID.replace(/-/g, '').slice(0, 16)}`,
      privateLinkCount: 0,
      allowPublicAccessWhenBehindVnet: false,
      publicNetworkAccess: 'Enabled',
      imageBuildCompute: '',
      privateEndpointConnections: [],
      sharedPrivateLinkResources: [],
      storageHnsEnabled: false,
      v1LegacyMode: false,
    },
  };
}

export function registerWorkspaceRoutes(router: Router, ctx: EmulatorContext): void {
  const s = ctx.settings;
  router.add('GET', WORKSPACE_PATTERN, 'arm', (req) => {
    checkScope(req, s, false);
    return json(200, workspaceResource(s, req.origin));
  });

  router.add('GET', '/discovery', 'none', (req) => {
    const api = dataPlaneOrigin(req.origin, s);
    return json(200, {
      api,
      catalog: api,
      experimentation: api,
      history: api,
      hyperdrive: api,
      labeling: api,
      modelmanagement: api,
      pipelines: api,
      studio: 'https://ml.azure.com',
    });
  });
}
