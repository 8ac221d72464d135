import { UserError } from '../core/errors.js';
import type { RegistryClient } from './client.js';
import { accessError, describeBody, type Access } from './errors.js';
import { MANIFEST_ACCEPT, sha256Digest } from './manifest.js';

export interface Manifest {
  /** The exact bytes the registry holds: re-serialising would change the digest. */
  bytes: Uint8Array;
  mediaType: string;
  digest: string;
}

/** The manifest and tag operations on one repository of a registry. */
export class Repository {
  constructor(
    private readonly client: RegistryClient,
    readonly name: string,
  ) {}

  private scope(access: Access): string {
    return `repository:${this.name}:${access === 'push' ? 'pull,push' : 'pull'}`;
  }

  private async fail(response: Response, access: Access, what: string): Promise<never> {
    throw accessError(response.status, await response.text(), access, this.name, this.client.registry, what);
  }

  /**
   * Proves push rights before anything is written: opening a blob upload (202) needs exactly the
   * permission a tag write needs, and the session is cancelled straight away.
   */
  async checkPushAccess(): Promise<void> {
    const response = await this.client.request(`/v2/${this.name}/blobs/uploads/`, {
      method: 'POST',
      scope: this.scope('push'),
    });
    if (response.status !== 202)
      return this.fail(response, 'push', `open an upload in ${this.name} (push-rights check)`);
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (location) {
      const cancel = await this.client.request(location, { method: 'DELETE', scope: this.scope('push') });
      await cancel.body?.cancel();
    }
  }

  /** Fetches a manifest by tag or digest, keeping its bytes and media type, and checks its digest. */
  async getManifest(reference: string): Promise<Manifest> {
    const response = await this.client.request(`/v2/${this.name}/manifests/${reference}`, {
      scope: this.scope('pull'),
      headers: { accept: MANIFEST_ACCEPT },
    });
    if (response.status === 404) {
      throw new UserError(
        `${this.client.registry}/${this.name}:${reference} does not exist (${describeBody(404, await response.text())}); check the source input.`,
      );
    }
    if (!response.ok) return this.fail(response, 'pull', `read the manifest ${this.name}:${reference}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const digest = sha256Digest(bytes);
    const claimed = response.headers.get('docker-content-digest');
    if ((claimed && claimed !== digest) || (reference.startsWith('sha256:') && reference !== digest)) {
      throw new UserError(
        `${this.client.registry}/${this.name}:${reference} came back with digest ${digest}, not ${claimed ?? reference}; refusing to copy it.`,
      );
    }
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    return { bytes, mediaType, digest };
  }

  /** The digest a tag points at, or undefined when the tag does not exist; a HEAD is not a pull on Docker Hub. */
  async digestOf(reference: string, access: Access = 'pull'): Promise<string | undefined> {
    const response = await this.client.request(`/v2/${this.name}/manifests/${reference}`, {
      method: 'HEAD',
      scope: this.scope(access),
      headers: { accept: MANIFEST_ACCEPT },
    });
    if (response.status === 404) return undefined;
    if (!response.ok) return this.fail(response, access, `read the tag ${this.name}:${reference}`);
    return response.headers.get('docker-content-digest') ?? (await this.getManifest(reference)).digest;
  }

  /** Writes the manifest's exact bytes under a tag and checks the digest the registry computed. */
  async putManifest(tag: string, manifest: Manifest): Promise<void> {
    const response = await this.client.request(`/v2/${this.name}/manifests/${tag}`, {
      method: 'PUT',
      scope: this.scope('push'),
      headers: { 'content-type': manifest.mediaType },
      body: manifest.bytes,
    });
    if (response.status !== 201) return this.fail(response, 'push', `write the tag ${this.name}:${tag}`);
    await response.body?.cancel();
    const digest = response.headers.get('docker-content-digest');
    if (digest && digest !== manifest.digest) {
      throw new UserError(
        `${this.client.registry} stored ${this.name}:${tag} as ${digest}, not the source digest ${manifest.digest}.`,
      );
    }
  }

  /** Every tag of the repository, following `Link` pagination; an empty repository has none. */
  async listTags(): Promise<string[]> {
    const tags: string[] = [];
    let next: string | undefined = `/v2/${this.name}/tags/list?n=1000`;
    while (next) {
      const response = await this.client.request(next, { scope: this.scope('pull') });
      if (response.status === 404) return tags;
      if (!response.ok) return this.fail(response, 'pull', `list the tags of ${this.name}`);
      const body = (await response.json()) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      next = /<([^>]+)>;\s*rel="?next"?/.exec(response.headers.get('link') ?? '')?.[1];
    }
    return tags;
  }
}
