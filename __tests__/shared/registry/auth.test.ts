import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { parseChallenge } from '../../../shared/registry/challenge.js';
import { RegistryClient } from '../../../shared/registry/client.js';
import { credentialsFromDockerConfig } from '../../../shared/registry/credentials.js';
import { Repository } from '../../../shared/registry/repository.js';

describe('parseChallenge', () => {
  it.each([
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:user/image:pull"',
      {
        scheme: 'bearer',
        params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:user/image:pull' },
      },
    ],
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:a/b:pull,push",error="insufficient_scope"',
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:a/b:pull,push',
          error: 'insufficient_scope',
        },
      },
    ],
    ['Basic realm="test-registry"', { scheme: 'basic', params: { realm: 'test-registry' } }],
  ])('%s', (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected);
  });

  it('ignores schemes a registry client cannot answer', () => {
    expect(parseChallenge('Negotiate abc')).toBeUndefined();
    expect(parseChallenge(null)).toBeUndefined();
  });
});

describe('credentialsFromDockerConfig', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'docker-config-'));
  writeFileSync(
    path.join(dir, 'config.json'),
    JSON.stringify({
      auths: {
        'ghcr.io': { auth: Buffer.from('octocat:ghp_secret:with-colon').toString('base64') },
        'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:hubtoken').toString('base64') },
        'contoso.azurecr.io': {
          auth: Buffer.from('00000000-0000-0000-0000-000000000000:').toString('base64'),
          identitytoken: 'refresh-token-value',
        },
      },
      credHelpers: { 'gcr.io': 'gcloud' },
    }),
  );

  it('reads what docker/login-action wrote, masking every secret', () => {
    const log = memoryLogger();
    expect(credentialsFromDockerConfig(dir, 'ghcr.io', log)).toEqual({
      kind: 'basic',
      username: 'octocat',
      password: 'ghp_secret:with-colon',
    });
    expect(credentialsFromDockerConfig(dir, 'docker.io', log)).toEqual({
      kind: 'basic',
      username: 'hubuser',
      password: 'hubtoken',
    });
    expect(credentialsFromDockerConfig(dir, 'contoso.azurecr.io', log)).toEqual({
      kind: 'identity-token',
      username: '00000000-0000-0000-0000-000000000000',
      token: 'refresh-token-value',
    });
    expect(log.secrets).toEqual(expect.arrayContaining(['ghp_secret:with-colon', 'hubtoken', 'refresh-token-value']));
  });

  it('falls back to anonymous, with a warning when a credential helper holds the login', () => {
    const log = memoryLogger();
    expect(credentialsFromDockerConfig(dir, 'gcr.io', log)).toEqual({ kind: 'anonymous' });
    expect(log.lines).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/'gcloud' credential helper/) }),
    );
    expect(credentialsFromDockerConfig(path.join(dir, 'missing'), 'ghcr.io', log)).toEqual({ kind: 'anonymous' });
  });
});

/** A registry stand-in that refuses uploads with a chosen status, for the refusals docker-registry never sends. */
describe('refusals a registry sends on push', () => {
  let server: Server;
  let host: string;
  let status = 403;
  let body = '';
  beforeAll(async () => {
    server = createServer((_req, res) => res.writeHead(status, { 'content-type': 'application/json' }).end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const check = () =>
    new Repository(
      new RegistryClient({ registry: host, credentials: { kind: 'anonymous' }, log: memoryLogger() }),
      'org/api',
    ).checkPushAccess();

  it('403 (GHCR package owned by another repository) names the push permission and where to grant it', async () => {
    status = 403;
    body = JSON.stringify({ errors: [{ code: 'DENIED', message: 'permission_denied: write_package' }] });
    await expect(check()).rejects.toThrow(
      /403 DENIED: permission_denied: write_package\): the credentials are valid but lack the push permission on org\/api.*Manage Actions access.*AcrPush/,
    );
  });

  it('405 (ACR locked repository) says the target is locked and how to unlock it', async () => {
    status = 405;
    body = JSON.stringify({
      errors: [
        {
          code: 'REGISTRY_DISALLOWED_OPERATION',
          message: 'The operation is disallowed on this registry, repository or image.',
        },
      ],
    });
    await expect(check()).rejects.toThrow(
      /does not allow writes to org\/api \(405 REGISTRY_DISALLOWED_OPERATION.*--write-enabled true/,
    );
  });
});
