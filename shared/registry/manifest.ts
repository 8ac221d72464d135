import { createHash } from 'node:crypto';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

/**
 * Every manifest kind we copy. It must be sent: without `Accept` a registry may down-convert to
 * schema1 or, like distribution without schema1 support, answer 400 MANIFEST_INVALID.
 */
export const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function isIndex(mediaType: string): boolean {
  return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;
}

/** `linux/amd64`, `linux/arm64/v8` for each entry of an index; attestations show as `unknown/unknown`. */
export function platformsOf(bytes: Uint8Array): string[] {
  const index = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
    manifests?: { platform?: { os?: string; architecture?: string; variant?: string } }[];
  };
  return (index.manifests ?? []).map((m) =>
    [m.platform?.os ?? 'unknown', m.platform?.architecture ?? 'unknown', m.platform?.variant].filter(Boolean).join('/'),
  );
}
