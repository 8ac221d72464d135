import type { ContainerClient } from '@azure/storage-blob';
import { UserError, errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { containerClient, describeAuth, maskAuth } from './blob-auth.js';
import type { BlobAuth } from './blob-auth.js';

/**
 * A blob container and the way in. `use` runs an operation with the first way the service accepts,
 * so callers never handle credentials or fallbacks themselves.
 */
export interface ContainerAccess {
  /** The container URL, without any credential (safe to log). */
  readonly url: string;
  use<T>(operation: (container: ContainerClient) => Promise<T>): Promise<T>;
}

/** A candidate way in; `auth` is produced lazily so a secret is fetched only when it is needed. */
export interface AuthCandidate {
  label: string;
  auth: () => Promise<BlobAuth>;
}

/** Access through one client that is known to work (tests, or a SAS URL given by the service). */
export function directAccess(container: ContainerClient): ContainerAccess {
  const url = container.url.split('?')[0];
  return { url, use: (operation) => operation(container) };
}

/** True when the failure means "this identity may not do that", so another identity might. */
export function isAccessDenied(error: unknown): boolean {
  const e = error as { statusCode?: number; name?: string; code?: string };
  if (e?.statusCode === 401 || e?.statusCode === 403) return true;
  // @azure/identity: no usable sign-in for this scope, or the token request was refused.
  return e?.name === 'CredentialUnavailableError' || e?.name === 'AuthenticationError';
}

/**
 * Tries each candidate in order until one is accepted; later calls reuse the one that worked.
 * Only access-denied failures move to the next candidate: a missing blob or a network error is the
 * same whoever asks, and is thrown as is.
 */
export function fallbackAccess(url: string, candidates: AuthCandidate[], log: Logger): ContainerAccess {
  let chosen: ContainerClient | undefined;
  return {
    url,
    async use(operation) {
      if (chosen) return operation(chosen);
      const refusals: string[] = [];
      for (const candidate of candidates) {
        let auth: BlobAuth;
        try {
          auth = await candidate.auth();
        } catch (error) {
          if (error instanceof UserError) throw error;
          refusals.push(`${candidate.label}: ${errorMessage(error)}`);
          continue;
        }
        maskAuth(auth, log);
        const client = containerClient(url, auth);
        try {
          const result = await operation(client);
          chosen = client;
          log.info(`Blob access to ${url} through ${describeAuth(auth)}.`);
          return result;
        } catch (error) {
          if (!isAccessDenied(error)) throw error;
          const reason = `${candidate.label}: ${refusalReason(error)}`;
          log.debug(`Blob access refused, trying the next way in. ${reason}`);
          refusals.push(reason);
        }
      }
      throw new UserError(
        `Cannot read or write blob container ${url}. Tried:\n${refusals.map((r) => `  - ${r}`).join('\n')}\n` +
          'Grant the signed-in identity "Storage Blob Data Reader" (downloads) or "Storage Blob Data Contributor" ' +
          '(uploads) on the storage account, or give it permission to read the datastore secrets of the workspace.',
      );
    },
  };
}

function refusalReason(error: unknown): string {
  const e = error as { statusCode?: number; code?: string; details?: { errorCode?: string } };
  const code = e.code ?? e.details?.errorCode;
  return e.statusCode ? `HTTP ${e.statusCode}${code ? ` ${code}` : ''}` : errorMessage(error);
}
