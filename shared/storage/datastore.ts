import { UserError } from '../core/errors.js';
import type { Datastore, DatastoreSecrets } from '../azure/ml-api/types.js';
import { isNotFound } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import { fallbackAccess } from './access.js';
import type { AuthCandidate, ContainerAccess } from './access.js';
import type { BlobAuth } from './blob-auth.js';

/** A workspace datastore that is a blob container (AzureBlob, or ADLS Gen2 through its blob endpoint). */
export interface BlobDatastore {
  name: string;
  accountName: string;
  containerName: string;
  /** The storage suffix, e.g. core.windows.net (core.usgovcloudapi.net in US Government). */
  endpointSuffix: string;
  /** AccountKey | Sas | None (identity-based) | ServicePrincipal | Certificate. */
  credentialsType: string;
  /** https://{account}.blob.{suffix}/{container} */
  containerUrl: string;
}

/** The blob container URL of an account, as Azure ML builds it. */
export function blobContainerUrl(
  accountName: string,
  containerName: string,
  endpointSuffix = 'core.windows.net',
): string {
  return `https://${accountName}.blob.${endpointSuffix}/${containerName}`;
}

/** Reads a datastore's coordinates (never its secrets). */
export async function getBlobDatastore(session: AzureSession, name: string): Promise<BlobDatastore> {
  let datastore: Datastore;
  try {
    datastore = await session.ml.datastores.get(name);
  } catch (error) {
    if (isNotFound(error)) {
      throw new UserError(`Datastore '${name}' does not exist in workspace '${session.workspace.workspace}'.`);
    }
    throw error;
  }
  return toBlobDatastore(name, datastore);
}

function toBlobDatastore(name: string, datastore: Datastore): BlobDatastore {
  const p = datastore.properties;
  const containerName = p.datastoreType === 'AzureDataLakeGen2' ? p.filesystem : p.containerName;
  if (!['AzureBlob', 'AzureDataLakeGen2'].includes(p.datastoreType) || !p.accountName || !containerName) {
    throw new UserError(
      `Datastore '${name}' is of type ${p.datastoreType}; only AzureBlob and AzureDataLakeGen2 datastores can be read here.`,
    );
  }
  const endpointSuffix = p.endpoint || 'core.windows.net';
  return {
    name,
    accountName: p.accountName,
    containerName,
    endpointSuffix,
    credentialsType: p.credentials?.credentialsType ?? 'None',
    containerUrl: blobContainerUrl(p.accountName, containerName, endpointSuffix),
  };
}

/** The name of the workspace's default datastore (workspaceblobstore unless changed). */
export async function defaultDatastoreName(session: AzureSession): Promise<string> {
  for await (const d of session.ml.datastores.list({ isDefault: true })) {
    if (d.name) return d.name;
  }
  return 'workspaceblobstore';
}

/**
 * Access to a datastore's container: the session's Azure credential first (least privilege, nothing
 * secret leaves Azure), then the datastore's stored account key or SAS (`listSecrets`), as `az ml` does.
 */
export function datastoreAccess(session: AzureSession, datastore: BlobDatastore): ContainerAccess {
  const candidates: AuthCandidate[] = [credentialCandidate(session)];
  if (['AccountKey', 'Sas'].includes(datastore.credentialsType)) {
    candidates.push({
      label: `secrets of datastore '${datastore.name}'`,
      auth: () => datastoreSecrets(session, datastore),
    });
  }
  return fallbackAccess(datastore.containerUrl, candidates, session.log);
}

/**
 * Access to a container named by URL (a plain https model URI). When a workspace datastore points at the
 * same container its secrets are the fallback, so such models download with the same rights as `az ml`.
 */
export async function blobUrlAccess(
  session: AzureSession,
  target: { accountName: string; containerName: string; endpointSuffix: string },
): Promise<ContainerAccess> {
  const url = blobContainerUrl(target.accountName, target.containerName, target.endpointSuffix);
  const candidates: AuthCandidate[] = [credentialCandidate(session)];
  const match = await findDatastoreFor(session, target.accountName, target.containerName);
  if (match && ['AccountKey', 'Sas'].includes(match.credentialsType)) {
    candidates.push({ label: `secrets of datastore '${match.name}'`, auth: () => datastoreSecrets(session, match) });
  }
  return fallbackAccess(url, candidates, session.log);
}

function credentialCandidate(session: AzureSession): AuthCandidate {
  return { label: 'the Azure credential', auth: async () => ({ kind: 'credential', credential: session.credential }) };
}

async function findDatastoreFor(
  session: AzureSession,
  accountName: string,
  containerName: string,
): Promise<BlobDatastore | undefined> {
  for await (const d of session.ml.datastores.list()) {
    if (!d.name) continue;
    const p = d.properties;
    const container = p.containerName ?? p.filesystem;
    if (p.accountName?.toLowerCase() === accountName.toLowerCase() && container === containerName) {
      return toBlobDatastore(d.name, d);
    }
  }
  return undefined;
}

/** The datastore's stored secret, masked before it is returned. */
export async function datastoreSecrets(session: AzureSession, datastore: BlobDatastore): Promise<BlobAuth> {
  const secrets = await session.ml.datastores.listSecrets(datastore.name);
  const auth = secretsToAuth(datastore, secrets);
  if (auth.kind === 'account-key') session.log.secret(auth.key);
  if (auth.kind === 'sas') session.log.secret(auth.token);
  return auth;
}

function secretsToAuth(datastore: BlobDatastore, secrets: DatastoreSecrets): BlobAuth {
  if (secrets.secretsType === 'AccountKey' && 'key' in secrets && secrets.key) {
    return { kind: 'account-key', accountName: datastore.accountName, key: secrets.key };
  }
  if (secrets.secretsType === 'Sas' && 'sasToken' in secrets && secrets.sasToken) {
    return { kind: 'sas', token: secrets.sasToken };
  }
  throw new Error(`the datastore returned ${secrets.secretsType} secrets, which cannot open a blob container`);
}
