/**
 * An image's labels read from the registry without pulling it: the manifest (for an index, the linux/amd64
 * entry, else the first), then its config blob, whose `config.Labels` are what `docker inspect` shows.
 */
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { RegistryClient } from './client.js';
import { credentialsFromDockerConfig } from './credentials.js';
import { accessError } from './errors.js';
import { formatImageRef, type ImageRef } from './image-ref.js';
import { isIndex, MANIFEST_ACCEPT, sha256Digest } from './manifest.js';
import { Repository } from './repository.js';

export interface ImageConfig {
  /** The digest of the manifest the reference names (an index's own digest when it is one). */
  digest: string;
  /** The platform manifest read, when the reference named an index. */
  platformDigest?: string;
  platform?: string;
  labels: Record<string, string>;
}

interface IndexEntry {
  digest: string;
  platform?: { os?: string; architecture?: string; variant?: string };
}

/** linux/amd64 when the index has it (what most clusters run), else the first entry. */
function pickPlatform(entries: IndexEntry[]): IndexEntry | undefined {
  return entries.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64') ?? entries[0];
}

const parse = <T>(bytes: Uint8Array): T => JSON.parse(Buffer.from(bytes).toString('utf8')) as T;

/** Reads one image's config (throws when it cannot). */
export type ImageConfigReader = (ref: ImageRef) => Promise<ImageConfig>;

/**
 * Reads images from their registries, signed in with what `docker login` or docker/login-action stored in
 * `<dockerConfigDir>/config.json` for each registry, else anonymously; one client (and its tokens) per registry.
 */
export function imageConfigReader(dockerConfigDir: string, log: Logger): ImageConfigReader {
  const clients = new Map<string, RegistryClient>();
  return async (ref) => {
    let client = clients.get(ref.registry);
    if (!client) {
      const credentials = credentialsFromDockerConfig(dockerConfigDir, ref.registry, log);
      client = new RegistryClient({ registry: ref.registry, credentials, log, timeoutMs: 15_000 });
      clients.set(ref.registry, client);
    }
    return readImageConfig(client, ref);
  };
}

export async function readImageConfig(client: RegistryClient, ref: ImageRef): Promise<ImageConfig> {
  const repository = new Repository(client, ref.repository);
  const reference = ref.digest ?? ref.tag ?? 'latest';
  const top = await repository.getManifest(reference);
  let manifest = top;
  let platform: string | undefined;
  if (isIndex(top.mediaType)) {
    const entry = pickPlatform(parse<{ manifests?: IndexEntry[] }>(top.bytes).manifests ?? []);
    if (!entry) throw new UserError(`${formatImageRef(ref)} is an image index with no manifests.`);
    platform = [entry.platform?.os, entry.platform?.architecture, entry.platform?.variant].filter(Boolean).join('/');
    manifest = await repository.getManifest(entry.digest);
  }
  const configDigest = parse<{ config?: { digest?: string } }>(manifest.bytes).config?.digest;
  if (!configDigest) throw new UserError(`${formatImageRef(ref)} has a manifest without a config blob.`);
  const blob = await getBlob(client, repository.name, configDigest);
  const config = parse<{ config?: { Labels?: Record<string, string> | null } }>(blob);
  return {
    digest: top.digest,
    ...(manifest !== top ? { platformDigest: manifest.digest, platform } : {}),
    labels: { ...(config.config?.Labels ?? {}) },
  };
}

/** A blob by digest, checked against it (the registry may redirect to storage; fetch follows). */
async function getBlob(client: RegistryClient, repository: string, digest: string): Promise<Uint8Array> {
  const response = await client.request(`/v2/${repository}/blobs/${digest}`, {
    scope: `repository:${repository}:pull`,
    headers: { accept: MANIFEST_ACCEPT },
  });
  if (!response.ok)
    throw accessError(
      response.status,
      await response.text(),
      'pull',
      repository,
      client.registry,
      `read blob ${digest}`,
    );
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (sha256Digest(bytes) !== digest)
    throw new UserError(`${client.registry}/${repository} blob ${digest} came back with other content.`);
  return bytes;
}
