/** The real SDK client and secret credential pointed at an emulator (shared by these tests). */
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { ClientSecretCredential } from '@azure/identity';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';

export function sdkClient(emu: ArmEmulator): AzureMachineLearningWorkspaces {
  const { tenantId, clientId, clientSecret, subscriptionId } = emu.settings;
  const credential = new ClientSecretCredential(tenantId, clientId, clientSecret, {
    authorityHost: emu.url,
    disableInstanceDiscovery: true,
  });
  return new AzureMachineLearningWorkspaces(credential, subscriptionId, {
    endpoint: emu.url,
    credentialScopes: 'https://management.azure.com/.default',
  });
}
