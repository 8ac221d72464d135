import { describe, expect, it } from '@jest/globals';
import { memoryLogger } from '../../../shared/core/logger.js';
import { tagImage, type TagImageOptions } from '../../../shared/tagging/tag-image.js';
import { eventContext } from '../../support/github-events/events.js';

const base: TagImageOptions = {
  images: ['127.0.0.1:1/contoso/api'],
  tagRules: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}'],
  flavor: ['latest=auto'],
  extraLabels: {},
  push: false,
  dockerConfigDir: '/nonexistent',
  registryLookup: true,
  context: eventContext('push-tag'),
  now: new Date('2024-05-17T00:00:00Z'),
};

describe('tagImage', () => {
  it('warns and decides latest alone when the registry cannot be read', async () => {
    const log = memoryLogger();
    const result = await tagImage(base, log);
    expect(result.tags).toEqual(['1.2.3', '1', 'latest']);
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/Could not read the tags of contoso\/api .*Cannot reach the registry/),
      }),
    );
  });

  it('does not ask the registry on a branch push, where nothing can move latest', async () => {
    const log = memoryLogger();
    await tagImage({ ...base, tagRules: ['type=ref,event=branch'], context: eventContext('push-main') }, log);
    expect(log.lines.filter((l) => l.level === 'warning')).toEqual([]);
  });

  it.each<[Partial<TagImageOptions>, RegExp]>([
    [{ push: true }, /push: true needs 'source'/],
    [
      { push: true, source: 'x', images: ['ghcr.io/a/b', 'ghcr.io/a/c'] },
      /copies a manifest inside one repository, but 'images' lists 2/,
    ],
    [{ images: ['ghcr.io/a/b:v1'] }, /carries a tag or digest/],
    [{ images: [] }, /Input 'images' is empty/],
    [{ username: 'only-user' }, /Set both 'username' and 'password'/],
  ])('rejects %j before any request', async (options, message) => {
    await expect(tagImage({ ...base, registryLookup: false, ...options }, memoryLogger())).rejects.toThrow(message);
  });
});
