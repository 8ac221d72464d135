/** The project's Azure ML REST layer and a real secret credential pointed at an emulator (shared by these tests). */
import { ClientSecretCredential } from '@azure/identity';
import { USER_AGENT } from '../../../shared/azure/create-session.js';
import { MlApi } from '../../../shared/azure/ml-api/ml-api.js';
import { MlRestClient } from '../../../shared/azure/ml-api/rest-client.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';

export function mlClient(emu: ArmEmulator, pollIntervalMs = 10): MlApi {
  const { tenantId, clientId, clientSecret, subscriptionId, resourceGroup, workspace } = emu.settings;
  const credential = new ClientSecretCredential(tenantId, clientId, clientSecret, {
    authorityHost: emu.url,
    disableInstanceDiscovery: true,
  });
  const rest = new MlRestClient({
    endpoint: emu.url,
    credential,
    scope: 'https://management.azure.com/.default',
    userAgent: USER_AGENT,
  });
  return new MlApi(rest, { subscriptionId, resourceGroup, workspace }, pollIntervalMs);
}
