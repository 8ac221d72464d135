import { UserError } from '../core/errors.js';

/** What a request needed, so a refusal can name the permission that is missing. */
export type Access = 'pull' | 'push';

export interface RegistryErrorBody {
  errors?: { code?: string; message?: string }[];
}

/** `DENIED: requested access to the resource is denied`, or the bare status when the body says nothing. */
export function describeBody(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as RegistryErrorBody;
    const first = parsed.errors?.[0];
    if (first?.code) return `${status} ${first.code}${first.message ? `: ${first.message}` : ''}`;
  } catch {
    // not a distribution error body; fall through to the status alone
  }
  return `${status}`;
}

const PUSH_HELP =
  'GHCR: give the job `permissions: packages: write` and log in with GITHUB_TOKEN (a package first pushed with a personal token must also grant this repository write access under Package settings > Manage Actions access). ' +
  'Azure Container Registry: the identity needs the AcrPush role on the registry. Docker Hub: use an access token with Read & Write scope.';
const PULL_HELP =
  'GHCR: give the job `permissions: packages: read`. Azure Container Registry: the identity needs the AcrPull role. Private Docker Hub repositories need a token with Read scope.';

/**
 * Turns a refusal into a message that names the missing permission and where to grant it, instead
 * of the registry's bare `denied`.
 */
export function accessError(
  status: number,
  body: string,
  access: Access,
  repository: string,
  registry: string,
  what: string,
): UserError {
  const detail = describeBody(status, body);
  const scope = `repository:${repository}:${access === 'push' ? 'pull,push' : 'pull'}`;
  const help = access === 'push' ? PUSH_HELP : PULL_HELP;
  switch (status) {
    case 401:
      return new UserError(
        `${registry} refused to ${what} (${detail}): the credentials are missing, wrong or expired, or do not grant ${access} (${scope}). ${help}`,
      );
    case 403:
      return new UserError(
        `${registry} refused to ${what} (${detail}): the credentials are valid but lack the ${access} permission on ${repository}. ${help}`,
      );
    case 405:
      return new UserError(
        `${registry} does not allow writes to ${repository} (${detail}): the repository or tag is locked (Azure Container Registry: \`az acr repository update --name <registry> --image ${repository}:<tag> --write-enabled true\`) or this registry is a read-only mirror.`,
      );
    default:
      return new UserError(`${registry} failed to ${what} (${detail}).`);
  }
}
