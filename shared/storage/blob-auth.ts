import { AnonymousCredential, ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import type { StoragePipelineOptions } from '@azure/storage-blob';
import type { TokenCredential } from '@azure/identity';
import type { Logger } from '../core/logger.js';

/** One way into a blob container. Secrets live only in these values; nothing here is ever logged. */
export type BlobAuth =
  | { kind: 'credential'; credential: TokenCredential }
  | { kind: 'account-key'; accountName: string; key: string }
  | { kind: 'sas'; token: string }
  | { kind: 'anonymous' };

/** What a user reads in the log about how the container was reached (never the secret itself). */
export function describeAuth(auth: BlobAuth): string {
  switch (auth.kind) {
    case 'credential':
      return 'the Azure credential (Azure AD token for https://storage.azure.com)';
    case 'account-key':
      return 'the datastore account key';
    case 'sas':
      return 'the datastore SAS token';
    case 'anonymous':
      return 'anonymous access';
  }
}

/**
 * Registers every form in which a secret could reach a log: the key or token as given, and a SAS
 * signature alone (URL-encoded and decoded), because SDK messages sometimes print a URL's query.
 */
export function maskAuth(auth: BlobAuth, log: Logger): void {
  if (auth.kind === 'account-key') log.secret(auth.key);
  if (auth.kind !== 'sas') return;
  const token = auth.token.replace(/^\?/, '');
  log.secret(token);
  const sig = new URLSearchParams(token).get('sig');
  if (sig) {
    log.secret(sig);
    log.secret(encodeURIComponent(sig));
  }
}

/** Retries for each HTTP request; whole-file retries (integrity, broken streams) are the caller's. */
const PIPELINE_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 4, retryDelayInMs: 500, maxRetryDelayInMs: 10_000 },
  userAgentOptions: { userAgentPrefix: 'azureml-mlops-actions' },
};

/** A container client for `containerUrl` (no query string) authorised by `auth`. */
export function containerClient(containerUrl: string, auth: BlobAuth, options = PIPELINE_OPTIONS): ContainerClient {
  switch (auth.kind) {
    case 'credential':
      return new ContainerClient(containerUrl, auth.credential, options);
    case 'account-key':
      return new ContainerClient(containerUrl, new StorageSharedKeyCredential(auth.accountName, auth.key), options);
    case 'sas':
      return new ContainerClient(
        `${containerUrl}?${auth.token.replace(/^\?/, '')}`,
        new AnonymousCredential(),
        options,
      );
    case 'anonymous':
      return new ContainerClient(containerUrl, new AnonymousCredential(), options);
  }
}
