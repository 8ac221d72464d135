import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError, errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';

/** How to sign in to a registry. */
export type Credentials =
  | { kind: 'anonymous' }
  | { kind: 'basic'; username: string; password: string }
  /** An OAuth2 refresh token (`identitytoken` in the Docker config; ACR's `az acr login --expose-token`). */
  | { kind: 'identity-token'; username: string; token: string };

export const ANONYMOUS: Credentials = { kind: 'anonymous' };

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

/** The keys `docker login` may have used for a registry: bare host, with scheme, and Docker Hub's legacy URL. */
function configKeys(registry: string): string[] {
  if (registry === 'docker.io')
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
  return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/`];
}

/**
 * Reads the credentials `docker login` / docker/login-action stored in `<dir>/config.json` for a
 * registry. Credential helpers are not run (they need the Docker CLI); a registry that uses one gets
 * a warning and anonymous access.
 */
export function credentialsFromDockerConfig(dir: string, registry: string, log: Logger): Credentials {
  const file = path.join(dir, 'config.json');
  if (!existsSync(file)) return ANONYMOUS;
  let config: DockerConfig;
  try {
    config = JSON.parse(readFileSync(file, 'utf8')) as DockerConfig;
  } catch (error) {
    throw new UserError(`The Docker config ${file} is not JSON: ${errorMessage(error)}`, { file });
  }
  const entry = configKeys(registry)
    .map((k) => config.auths?.[k])
    .find((e) => e !== undefined);
  if (!entry) {
    const helper = config.credHelpers?.[registry] ?? config.credsStore;
    if (helper)
      log.warning(
        `${file} keeps ${registry} credentials in the '${helper}' credential helper, which tag-image cannot run; pass username and password instead.`,
      );
    return ANONYMOUS;
  }
  const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : undefined;
  const colon = decoded?.indexOf(':') ?? -1;
  const username = entry.username ?? (decoded && colon > 0 ? decoded.slice(0, colon) : '');
  const password = entry.password ?? (decoded && colon > 0 ? decoded.slice(colon + 1) : '');
  if (entry.identitytoken) {
    log.secret(entry.identitytoken);
    return { kind: 'identity-token', username, token: entry.identitytoken };
  }
  if (!username || !password) return ANONYMOUS;
  log.secret(password);
  if (entry.auth) log.secret(entry.auth);
  return { kind: 'basic', username, password };
}
