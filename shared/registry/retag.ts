import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Repository } from './repository.js';
import { isIndex, platformsOf } from './manifest.js';

export interface RetagResult {
  /** The source digest every tag now resolves to. */
  digest: string;
  mediaType: string;
  /** The platforms of a multi-architecture source; empty for a single manifest. */
  platforms: string[];
  tags: { tag: string; status: 'created' | 'moved' | 'unchanged' }[];
}

/**
 * Points every tag at the source's manifest without pulling a layer: check push rights first, read
 * the source manifest once (an index is copied whole, so every platform and attestation comes along
 * and the digest stays the same), write it under each tag that does not already hold it, then read
 * each tag back and require the source digest.
 */
export async function retag(
  repository: Repository,
  source: string,
  tags: readonly string[],
  log: Logger,
): Promise<RetagResult> {
  await repository.checkPushAccess();
  const manifest = await repository.getManifest(source);
  const platforms = isIndex(manifest.mediaType) ? platformsOf(manifest.bytes) : [];
  log.info(
    `Source ${repository.name}@${manifest.digest} (${manifest.mediaType}${platforms.length ? `: ${platforms.join(', ')}` : ''})`,
  );

  const result: RetagResult = { digest: manifest.digest, mediaType: manifest.mediaType, platforms, tags: [] };
  for (const tag of tags) {
    const current = await repository.digestOf(tag, 'push');
    if (current === manifest.digest) {
      log.info(`${tag}: already ${manifest.digest}, nothing to write`);
      result.tags.push({ tag, status: 'unchanged' });
      continue;
    }
    await repository.putManifest(tag, manifest);
    log.info(`${tag}: ${current ? `moved from ${current}` : 'created'}`);
    result.tags.push({ tag, status: current ? 'moved' : 'created' });
  }

  for (const tag of tags) {
    const readBack = await repository.digestOf(tag);
    if (readBack !== manifest.digest) {
      throw new UserError(
        `After re-tagging, ${repository.name}:${tag} resolves to ${readBack ?? 'nothing'}, not ${manifest.digest}.`,
      );
    }
  }
  return result;
}
