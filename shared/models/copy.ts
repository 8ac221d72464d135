/**
 * Copies a model version to where another environment reads it: an Azure ML registry (what `az ml model share`
 * and `az ml model create --registry-name` do) or another workspace (dev -> prod). Same name and version; the
 * files, the description, type, flavors, tags and properties are carried, plus lineage properties (the source
 * version, its job, the job's commit, the content hash).
 *
 * The files go through the runner: downloaded from the source (each blob checked against its size and
 * Content-MD5), hashed as azure-ai-ml hashes an upload (sha256, hash_version 202208), uploaded to the target's
 * storage under `LocalUpload/<hash>/<name>` (a registry hands out that storage with `startPendingUpload`; a
 * workspace's is its default datastore), and checked there blob by blob (size and Content-MD5) before the
 * version is created. A version already in the target with the same content hash is left alone (`unchanged`);
 * one with other content is an error, never overwritten (versions are immutable).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AnonymousCredential, ContainerClient } from '@azure/storage-blob';
import { sessionInWorkspace } from '../azure/create-session.js';
import type { ModelVersion } from '../azure/ml-api/types.js';
import { isNotFound } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import { UserError } from '../core/errors.js';
import { CODE_HASH_VERSION, contentHash202208 } from '../pipeline/hashing.js';
import { directAccess, type ContainerAccess } from '../storage/access.js';
import { maskAuth } from '../storage/blob-auth.js';
import { defaultDatastoreName, datastoreAccess, getBlobDatastore } from '../storage/datastore.js';
import { downloadPrefix } from '../storage/download.js';
import { uploadFolder } from '../storage/upload.js';
import { jobLineage } from './lineage.js';
import { getJob, locateModelFiles } from './locate.js';
import { resolveModel, type VersionSelector } from './resolve.js';
import { AZURE_TAG_PREFIX, lineageKey } from '../lineage/keys.js';
import type { CopyTarget } from './copy-target.js';

export { describeTarget, parseCopyTarget, type CopyTarget } from './copy-target.js';

export interface CopyRequest {
  name: string;
  selector: VersionSelector;
  target: CopyTarget;
  /** Tag keys not carried (the stage tag: the target has its own production version). */
  omitTags?: string[];
  concurrency?: number;
}

export interface CopyResult {
  name: string;
  version: string;
  /** ARM id of the source version. */
  sourceId: string;
  /** "registry 'shared'" / "workspace 'mlw-prod'". */
  target: string;
  /** ARM id of the version in the target. */
  targetId: string;
  modelUri: string;
  /** sha256 (hash_version 202208) of the files. */
  contentHash: string;
  /** `copied`: created now; `unchanged`: the target held this version with the same content already. */
  status: 'copied' | 'unchanged';
  files: number;
  bytes: number;
}

/**
 * The properties a copy carries its lineage in: the training job and its commit under the suite's lineage keys
 * (shared/lineage/keys.ts), and what only a copy records (where it came from, its content hash) in the same namespace.
 */
export const COPY_PROPERTIES = {
  source: `${AZURE_TAG_PREFIX}.source-model`,
  job: lineageKey('azure', 'trainingJob'),
  commit: lineageKey('azure', 'trainingCommit'),
  repository: `${AZURE_TAG_PREFIX}.repository`,
  contentHash: `${AZURE_TAG_PREFIX}.content-hash`,
  hashVersion: `${AZURE_TAG_PREFIX}.content-hash-version`,
} as const;

/** What copying needs of a target. */
export interface CopyDestination {
  readonly label: string;
  get(name: string, version: string): Promise<ModelVersion | undefined>;
  /** Where this version's files go: the container, and the model URI of a blob prefix in it. */
  storage(name: string, version: string): Promise<{ access: ContainerAccess; uriOf(prefix: string): string }>;
  create(name: string, version: string, body: ModelVersion): Promise<ModelVersion>;
}

export async function copyModel(session: AzureSession, request: CopyRequest): Promise<CopyResult> {
  const { log } = session;
  const resolved = await resolveModel(session, { name: request.name, selector: request.selector });
  const { name, version } = resolved;
  const source = await session.ml.versions('models').get(name, version);
  const destination = copyDestination(session, request.target);
  log.info(`Copying ${name}:${version} to ${destination.label}.`);
  const scratch = await mkdtemp(path.join(tmpdir(), 'model-copy-'));
  try {
    const files = await locateModelFiles(session, resolved.modelUri);
    const download = await log.group(`Download ${name}:${version}`, () =>
      downloadPrefix(files.access, files.path, scratch, { log, concurrency: request.concurrency }),
    );
    const snapshot = download.files.map((f) => ({ relativePath: f.relativePath, absolutePath: f.path, size: f.size }));
    const contentHash = await contentHash202208(snapshot);
    const base = { name, version, sourceId: resolved.id, target: destination.label, contentHash };
    const counts = { files: download.files.length, bytes: download.bytes };

    const existing = await destination.get(name, version);
    if (existing) {
      const held = existing.properties.properties?.[COPY_PROPERTIES.contentHash];
      if (held === contentHash) {
        log.info(`${destination.label} holds ${name}:${version} with content ${contentHash} already; nothing copied.`);
        return {
          ...base,
          ...counts,
          targetId: existing.id ?? '',
          modelUri: existing.properties.modelUri ?? '',
          status: 'unchanged',
        };
      }
      throw new UserError(
        `${destination.label} already has ${name}:${version} with ${held ? `other content (${held})` : 'content of unknown hash'}, ` +
          `not this version's (${contentHash}). Versions are immutable: copy another version or delete that one first.`,
      );
    }

    const storage = await destination.storage(name, version);
    const uploaded = await log.group(`Upload to ${destination.label}`, () =>
      uploadFolder(storage.access, {
        source: scratch,
        hash: contentHash,
        files: snapshot.map((f) => f.relativePath),
        dirName: name,
        assetName: name,
        assetVersion: version,
        concurrency: request.concurrency,
        log,
      }),
    );
    await verifyUpload(storage.access, uploaded.prefix, snapshot);
    const single = download.kind === 'file' ? `/${snapshot[0].relativePath}` : '/';
    const modelUri = storage.uriOf(`${uploaded.prefix}${single}`);
    const body = copyBody(source, { modelUri, contentHash, omitTags: request.omitTags ?? [] });
    Object.assign(body.properties.properties!, await jobProperties(session, source.properties.jobName));
    const created = await destination.create(name, version, body);
    log.info(`Created ${name}:${version} in ${destination.label} (${modelUri}).`);
    return { ...base, ...counts, targetId: created.id ?? '', modelUri, status: 'copied' };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The target's version: the source's description, type, flavors, tags and properties, with its lineage. */
function copyBody(
  source: ModelVersion,
  copy: { modelUri: string; contentHash: string; omitTags: string[] },
): ModelVersion & { properties: { properties: Record<string, string | null> } } {
  const p = source.properties;
  const tags = { ...(p.tags ?? {}) };
  for (const key of copy.omitTags) delete tags[key];
  return {
    properties: {
      ...(p.description ? { description: p.description } : {}),
      ...(p.modelType ? { modelType: p.modelType } : {}),
      ...(p.flavors ? { flavors: p.flavors } : {}),
      tags,
      properties: {
        ...(p.properties ?? {}),
        [COPY_PROPERTIES.source]: source.id ?? '',
        [COPY_PROPERTIES.contentHash]: copy.contentHash,
        [COPY_PROPERTIES.hashVersion]: CODE_HASH_VERSION,
      },
      modelUri: copy.modelUri,
    },
  };
}

/**
 * The training job's name, commit and repository, as properties: the job stays in the source workspace, so the
 * copy names it rather than pointing `jobName` at a job its own workspace does not have.
 */
async function jobProperties(session: AzureSession, job: string | undefined): Promise<Record<string, string>> {
  if (!job) return {};
  const out: Record<string, string> = { [COPY_PROPERTIES.job]: job };
  try {
    const lineage = jobLineage(await getJob(session, job));
    if (lineage.commit) out[COPY_PROPERTIES.commit] = lineage.commit;
    if (lineage.repository) out[COPY_PROPERTIES.repository] = lineage.repository;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    session.log.warning(`${error.message} The copy records the job name only.`);
  }
  return out;
}

/** Every file is in the target with its size and the Content-MD5 of the local bytes, or the copy stops here. */
async function verifyUpload(
  access: ContainerAccess,
  prefix: string,
  files: { relativePath: string; absolutePath: string; size: number }[],
): Promise<void> {
  const held = new Map<string, { size?: number; md5?: string }>();
  await access.use(async (container) => {
    for await (const blob of container.listBlobsFlat({ prefix: `${prefix}/` })) {
      const md5 = blob.properties.contentMD5 ? Buffer.from(blob.properties.contentMD5).toString('base64') : undefined;
      held.set(blob.name.slice(prefix.length + 1), { size: blob.properties.contentLength, md5 });
    }
  });
  const wrong: string[] = [];
  for (const file of files) {
    const blob = held.get(file.relativePath);
    const md5 = createHash('md5');
    await pipeline(createReadStream(file.absolutePath), md5);
    if (!blob || blob.size !== file.size || blob.md5 !== md5.digest('base64')) wrong.push(file.relativePath);
  }
  if (wrong.length)
    throw new Error(
      `the copy at ${access.url}/${prefix} does not match the source (${wrong.slice(0, 5).join(', ')}); nothing was registered`,
    );
}

export function copyDestination(session: AzureSession, target: CopyTarget): CopyDestination {
  return target.kind === 'registry' ? registryDestination(session, target) : workspaceDestination(session, target);
}

/** A registry: its storage comes from `startPendingUpload` (a container and a SAS for it), as azure-ai-ml's share. */
function registryDestination(
  session: AzureSession,
  { registry, resourceGroup }: Extract<CopyTarget, { kind: 'registry' }>,
): CopyDestination {
  const models = session.ml.registryModels(registry, resourceGroup);
  return {
    label: `registry '${registry}'`,
    get: (name, version) => orUndefined(models.get(name, version)),
    async storage(name, version) {
      const pending = await models.startPendingUpload(name, version);
      const ref = pending.blobReferenceForConsumption;
      const sasUri = ref?.credential?.sasUri;
      if (!ref?.blobUri || !sasUri)
        throw new Error(`registry '${registry}' answered startPendingUpload without a blob location and SAS`);
      const sas = new URL(sasUri).search;
      maskAuth({ kind: 'sas', token: sas }, session.log);
      const blobUri = ref.blobUri.replace(/\/+$/, '');
      // The swagger's `blobReferenceForConsumption` is a container ("Container level read, write, list SAS"):
      // a location deeper than a container is not what this copy knows how to fill, so it stops before writing.
      if (new URL(blobUri).pathname.split('/').filter(Boolean).length !== 1)
        throw new Error(`registry '${registry}' handed out ${blobUri}, not a blob container; nothing was copied`);
      const access = directAccess(new ContainerClient(`${blobUri}${sas}`, new AnonymousCredential()));
      return { access, uriOf: (prefix) => `${blobUri}/${prefix}` };
    },
    create: (name, version, body) => models.createOrUpdate(name, version, body),
  };
}

/** Another workspace, reached with the same sign-in: its default datastore holds the files. */
function workspaceDestination(
  session: AzureSession,
  target: Extract<CopyTarget, { kind: 'workspace' }>,
): CopyDestination {
  const other = sessionInWorkspace(session, target);
  const ref = other.workspace;
  const versions = other.ml.versions('models');
  return {
    label: `workspace '${ref.workspace}'`,
    get: (name, version) => orUndefined(versions.get(name, version)),
    async storage() {
      const name = await defaultDatastoreName(other);
      const datastore = await getBlobDatastore(other, name);
      return {
        access: datastoreAccess(other, datastore),
        uriOf: (prefix) => `azureml://datastores/${name}/paths/${prefix}`,
      };
    },
    create: (name, version, body) => versions.createOrUpdate(name, version, body),
  };
}

async function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
