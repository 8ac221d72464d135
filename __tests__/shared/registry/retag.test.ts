import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UserError } from '../../../shared/core/errors.js';
import { memoryLogger } from '../../../shared/core/logger.js';
import { RegistryClient } from '../../../shared/registry/client.js';
import { ANONYMOUS, type Credentials } from '../../../shared/registry/credentials.js';
import { Repository } from '../../../shared/registry/repository.js';
import { retag } from '../../../shared/registry/retag.js';
import { READER, startRegistry, type AuthMode, type TestRegistry } from '../../support/registry/registry.js';

function repositoryOn(registry: TestRegistry, name: string, credentials: Credentials) {
  const log = memoryLogger();
  return { log, repository: new Repository(new RegistryClient({ registry: registry.host, credentials, log }), name) };
}

describe.each<AuthMode>(['none', 'htpasswd', 'token'])('re-tag against docker-registry (auth: %s)', (auth) => {
  let registry: TestRegistry;
  let credentials: Credentials;

  beforeAll(async () => {
    registry = await startRegistry(auth);
    credentials =
      auth === 'none' ? ANONYMOUS : { kind: 'basic', username: registry.username, password: registry.password };
  });
  afterAll(() => registry?.stop());

  it('copies a single manifest under new tags, each reading back the source digest', async () => {
    const pushed = await registry.pushImage('mlops/score', 'sha-abc1234');
    const { repository, log } = repositoryOn(registry, 'mlops/score', credentials);
    const result = await retag(repository, 'sha-abc1234', ['v1.2.3', 'latest'], log);
    expect(result).toMatchObject({
      digest: pushed.digest,
      platforms: [],
      tags: [
        { tag: 'v1.2.3', status: 'created' },
        { tag: 'latest', status: 'created' },
      ],
    });
    expect(await registry.digestOf('mlops/score', 'v1.2.3')).toBe(pushed.digest);
    expect(await registry.digestOf('mlops/score', 'latest')).toBe(pushed.digest);
  });

  it('copies a two-platform OCI index whole, by digest, keeping its digest', async () => {
    const pushed = await registry.pushIndex('mlops/multi', 'build-7');
    const { repository, log } = repositoryOn(registry, 'mlops/multi', credentials);
    const result = await retag(repository, pushed.digest, ['1.0.0'], log);
    expect(result).toMatchObject({
      digest: pushed.digest,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    expect(await registry.digestOf('mlops/multi', '1.0.0')).toBe(pushed.digest);
  });

  it('writes nothing for a tag that already holds the source digest, and moves one that does not', async () => {
    const first = await registry.pushImage('mlops/noop', 'a');
    const second = await registry.pushImage('mlops/noop', 'b');
    const { repository, log } = repositoryOn(registry, 'mlops/noop', credentials);
    await retag(repository, 'a', ['stable'], log);
    const again = await retag(repository, 'a', ['stable'], log);
    expect(again.tags).toEqual([{ tag: 'stable', status: 'unchanged' }]);
    const moved = await retag(repository, 'b', ['stable'], log);
    expect(moved.tags).toEqual([{ tag: 'stable', status: 'moved' }]);
    expect(await registry.digestOf('mlops/noop', 'stable')).toBe(second.digest);
    expect(first.digest).not.toBe(second.digest);
  });

  it('lists the tags so latest can be compared with what is there', async () => {
    await registry.pushImage('mlops/list', '1.0.0');
    const { repository } = repositoryOn(registry, 'mlops/list', credentials);
    expect(await repository.listTags()).toEqual(['1.0.0']);
    expect(await repositoryOn(registry, 'mlops/empty', credentials).repository.listTags()).toEqual([]);
  });

  it('names the missing source instead of failing later', async () => {
    const { repository, log } = repositoryOn(registry, 'mlops/score', credentials);
    await expect(retag(repository, 'no-such-tag', ['x'], log)).rejects.toThrow(
      /mlops\/score:no-such-tag does not exist.*MANIFEST_UNKNOWN/,
    );
  });

  if (auth !== 'none') {
    it('checks push rights first: anonymous access is refused before any tag is read or written', async () => {
      await registry.pushImage('mlops/closed', 'src');
      const { repository, log } = repositoryOn(registry, 'mlops/closed', ANONYMOUS);
      await expect(retag(repository, 'src', ['v9'], log)).rejects.toThrow(
        /refused to open an upload in mlops\/closed \(push-rights check\) \(401 UNAUTHORIZED/,
      );
      expect(await registry.digestOf('mlops/closed', 'v9')).toBeUndefined();
    });

    it('rejects a wrong password with a message that says so, and never logs the password', async () => {
      const { repository, log } = repositoryOn(registry, 'mlops/score', {
        kind: 'basic',
        username: registry.username,
        password: 'wrong',
      });
      await expect(retag(repository, 'sha-abc1234', ['x'], log)).rejects.toThrow(
        /401 UNAUTHORIZED.*missing, wrong or expired/,
      );
      expect(log.text()).not.toContain(registry.password);
    });
  }

  if (auth === 'token') {
    // htpasswd mode has no per-user rights (any valid user may push); the token service grants `reader` pull only.
    it('checks push rights first and names the permission when the credentials only read', async () => {
      await registry.pushImage('mlops/guarded', 'src');
      const { repository, log } = repositoryOn(registry, 'mlops/guarded', { kind: 'basic', ...READER });
      const run = retag(repository, 'src', ['v9'], log);
      await expect(run).rejects.toThrow(UserError);
      await expect(retag(repository, 'src', ['v9'], log)).rejects.toThrow(
        /refused to open an upload in mlops\/guarded \(push-rights check\).*do not grant push \(repository:mlops\/guarded:pull,push\).*packages: write.*AcrPush/,
      );
      expect(await registry.digestOf('mlops/guarded', 'v9')).toBeUndefined();
    });

    it('asks the realm for a pull,push token on the repository and masks it', async () => {
      await registry.pushImage('mlops/scoped', 'src');
      const { repository, log } = repositoryOn(registry, 'mlops/scoped', credentials);
      await retag(repository, 'src', ['v1'], log);
      expect(registry.tokens!.requests).toContainEqual({
        user: registry.username,
        scopes: ['repository:mlops/scoped:pull,push'],
      });
      expect(log.secrets.length).toBeGreaterThan(0);
      expect(log.secrets.every((s) => s.split('.').length === 3)).toBe(true);
    });
  }
});
