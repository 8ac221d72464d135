import type { CloudEndpoints } from './session.js';

/** The clouds whose hosts we know; anything else (Azure Stack, a test emulator) is taken as given. */
const KNOWN_CLOUDS: { authorityHost: string; armEndpoint: string; oidcAudience: string; mlAudience: string }[] = [
  {
    authorityHost: 'https://login.microsoftonline.com',
    armEndpoint: 'https://management.azure.com',
    oidcAudience: 'api://AzureADTokenExchange',
    mlAudience: 'https://ml.azure.com',
  },
  {
    authorityHost: 'https://login.microsoftonline.us',
    armEndpoint: 'https://management.usgovcloudapi.net',
    oidcAudience: 'api://AzureADTokenExchangeUSGov',
    mlAudience: 'https://ml.azure.us',
  },
  {
    authorityHost: 'https://login.chinacloudapi.cn',
    armEndpoint: 'https://management.chinacloudapi.cn',
    oidcAudience: 'api://AzureADTokenExchangeChina',
    mlAudience: 'https://ml.azure.cn',
  },
];

const { authorityHost, armEndpoint, oidcAudience } = KNOWN_CLOUDS[0];
export const PUBLIC_CLOUD: CloudEndpoints = { authorityHost, armEndpoint, oidcAudience };

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export interface CloudOptions {
  armEndpoint?: string;
  authorityHost?: string;
  oidcAudience?: string;
}

/**
 * Resolves the endpoints of one cloud. Setting only the authority host of a sovereign cloud also
 * moves the ARM endpoint and the OIDC audience, so one setting is enough (Azure/login#452).
 */
export function resolveCloud(options: CloudOptions = {}): CloudEndpoints {
  const authorityHost = trimSlash(options.authorityHost || PUBLIC_CLOUD.authorityHost);
  const known = KNOWN_CLOUDS.find((c) => c.authorityHost === authorityHost);
  return {
    authorityHost,
    armEndpoint: trimSlash(options.armEndpoint || known?.armEndpoint || PUBLIC_CLOUD.armEndpoint),
    oidcAudience: options.oidcAudience || known?.oidcAudience || PUBLIC_CLOUD.oidcAudience,
  };
}

/** True for the Microsoft Entra hosts MSAL can validate through instance discovery. */
export function isKnownAuthority(authorityHost: string): boolean {
  return KNOWN_CLOUDS.some((c) => c.authorityHost === trimSlash(authorityHost));
}

/**
 * The token scope for ARM calls. It belongs to the cloud, not to the URL called: pointing `arm-endpoint`
 * at a proxy or a regional host of a known cloud keeps that cloud's audience (management.azure.com for the
 * public cloud); only an unknown cloud (Azure Stack) uses its own endpoint as the audience.
 */
export function armScope(cloud: CloudEndpoints): string {
  const known =
    KNOWN_CLOUDS.find((c) => c.armEndpoint === cloud.armEndpoint) ??
    KNOWN_CLOUDS.find((c) => c.authorityHost === cloud.authorityHost);
  return `${known?.armEndpoint ?? cloud.armEndpoint}/.default`;
}

/**
 * The token scope of Azure ML's data plane (run history, logs): a token of its own, refreshed on its own by
 * the credential's cache, next to the ARM one. Unknown clouds fall back to the ARM scope.
 */
export function mlScope(cloud: CloudEndpoints): string {
  const known = KNOWN_CLOUDS.find((c) => c.authorityHost === cloud.authorityHost);
  return known ? `${known.mlAudience}/.default` : armScope(cloud);
}
