/**
 * Runner inputs and environment that point an Azure action bundle at the ARM emulator the way a
 * real runner would reach Azure: the public endpoints (left at their defaults) reached through
 * HTTPS_PROXY, whose CONNECT tunnels the emulator serves. Nothing in the product is test-aware.
 */
import type { ArmEmulator } from '../arm-emulator/index.js';

export type SignIn = 'creds' | 'oidc';

/** The workspace inputs plus sign-in inputs for `how`. */
export function azureInputs(emu: ArmEmulator, how: SignIn = 'creds'): Record<string, string> {
  const s = emu.settings;
  const workspace = {
    'subscription-id': s.subscriptionId,
    'resource-group': s.resourceGroup,
    workspace: s.workspace,
    'poll-interval': '0.05',
  };
  if (how === 'oidc') return { ...workspace, 'client-id': s.clientId, 'tenant-id': s.tenantId };
  return {
    ...workspace,
    creds: JSON.stringify({
      clientId: s.clientId,
      clientSecret: s.clientSecret,
      tenantId: s.tenantId,
      subscriptionId: s.subscriptionId,
    }),
  };
}

/** The environment a bundle needs: the test CA, GitHub's OIDC variables and the proxy. */
export function azureEnv(emu: ArmEmulator): Record<string, string> {
  return { ...emu.childEnv(), ...emu.proxyEnv() };
}
