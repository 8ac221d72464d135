/**
 * What a step loads at start: each bundle's index.js leaves the HTTP client of the toolkit (and undici, tunnel) and
 * @actions/exec to chunks, loaded on first use, through scripts/stubs/http-client.mjs and exec.mjs (tsconfig.json
 * "paths"). A stub stands in for its package for every importer in a bundle, so it must forward all of the real
 * module; and scripts/stubs/artifact.ts, in place of @actions/artifact, must export all of that package.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
// The real module by its path: in this repository `@actions/http-client` names the stub (tsconfig.json "paths").
import * as real from '../../node_modules/@actions/http-client/lib/index.js';
import * as stub from '../../scripts/stubs/http-client.mjs';
import * as realExec from '../../node_modules/@actions/exec/lib/exec.js';
import * as stubExec from '../../scripts/stubs/exec.mjs';
import { repoRoot } from '../support/action-runner.js';

/** Text found only in each package's code (a symbol key, a method name, an export). */
const MARKERS = {
  undici: 'undici.globalDispatcher.1',
  '@actions/http-client': '_getProxyAgentDispatcher',
  tunnel: 'exports.httpOverHttps',
  '@actions/exec': 'class ToolRunner extends',
  // The YAML parser: each entry imports its YAML loaders once its plain inputs are checked (docs/architecture.md).
  yaml: 'tag:yaml.org,2002:',
  // @actions/glob's matcher: actions/_runtime/globs.ts imports it when an input has patterns.
  minimatch: 'class Minimatch',
};

const dist = path.join(repoRoot, 'dist');
const bundles = existsSync(dist)
  ? readdirSync(dist).filter((name) => existsSync(path.join(dist, name, 'index.js')))
  : [];

describe("each bundle's index.js (what every step loads)", () => {
  it('dist/ holds the bundles (npm run build)', () => {
    expect(bundles.length).toBeGreaterThan(0);
  });

  it.each(bundles)(
    '%s leaves undici, @actions/http-client, tunnel, @actions/exec, yaml and minimatch to chunks',
    (name) => {
      const index = readFileSync(path.join(dist, name, 'index.js'), 'utf8');
      const loaded = Object.entries(MARKERS)
        .filter(([, marker]) => index.includes(marker))
        .map(([pkg]) => pkg);
      expect(loaded).toEqual([]);
    },
  );
});

describe('scripts/stubs/http-client.mjs, in place of @actions/http-client', () => {
  it('exports everything the real module does', () => {
    expect(Object.keys(stub)).toEqual(expect.arrayContaining(Object.keys(real)));
  });

  it("forwards every one of HttpClient's methods, as async when the real one returns a promise", () => {
    const methods = Object.getOwnPropertyNames(real.HttpClient.prototype).filter(
      (m) => m !== 'constructor' && !m.startsWith('_'),
    );
    expect([...stub.ASYNC_METHODS, ...stub.SYNC_METHODS].sort()).toEqual(methods.sort());
    // The real async methods are compiled to functions that return a promise (the stub may load first); the
    // synchronous ones are not (the stub cannot).
    const source = (m: string) => String((real.HttpClient.prototype as unknown as Record<string, () => unknown>)[m]);
    const returnsPromise = /__awaiter|Promise|yield|\bthis\.request\(/;
    for (const m of stub.ASYNC_METHODS) expect(source(m)).toMatch(returnsPromise);
    for (const m of stub.SYNC_METHODS) expect(source(m)).not.toMatch(returnsPromise);
  });

  it('a client made before the module is loaded loads it on its first request, and then the exports are the real ones', async () => {
    const server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ path: req.url, agent: req.headers['user-agent'], auth: req.headers.authorization }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { BearerCredentialHandler } = await import('@actions/http-client/lib/auth');
      const client = new stub.HttpClient('lazy-test', [new BearerCredentialHandler('t0ken')]);
      expect(client).not.toBeInstanceOf(real.HttpClient);
      // Synchronous use needs the module: refused, naming the member, rather than answered wrongly.
      expect(() => client.getAgent('http://127.0.0.1')).toThrow(/HttpClient#getAgent .*before the module was loaded/);
      expect(stub.HttpCodes).toBeUndefined();

      const port = (server.address() as AddressInfo).port;
      const response = await client.getJson<{ path: string; agent: string; auth: string }>(
        `http://127.0.0.1:${port}/token?audience=x`,
      );
      expect(response.statusCode).toBe(200);
      expect(response.result).toEqual({ path: '/token?audience=x', agent: 'lazy-test', auth: 'Bearer t0ken' });

      expect(stub.HttpClient).toBe(real.HttpClient);
      expect(stub.HttpCodes).toBe(real.HttpCodes);
      expect(client.getAgent(`http://127.0.0.1:${port}`)).toBeDefined();
      expect(stub.isHttps('https://example.org')).toBe(true);
    } finally {
      server.close();
    }
  });
});

describe('scripts/stubs/exec.mjs, in place of @actions/exec', () => {
  it('exports every function of the real module, and runs a command through it', async () => {
    expect(Object.keys(stubExec).sort()).toEqual(Object.keys(realExec).sort());
    const out = await stubExec.getExecOutput(process.execPath, ['-e', 'process.stdout.write("ran")'], { silent: true });
    expect(out).toMatchObject({ exitCode: 0, stdout: 'ran' });
  });
});

describe('scripts/stubs/artifact.ts, in place of @actions/artifact', () => {
  // That the client is loaded before the package (whose @actions/github asks it for agents as it loads) is proven
  // end to end, by the bundles' artifact uploads (k8s-deploy dry-run-artifact, download-model transfer).
  it('exports everything the real package does', async () => {
    const realArtifact = await import('../../node_modules/@actions/artifact/lib/artifact.js');
    const stubArtifact = await import('../../scripts/stubs/artifact.js');
    expect(Object.keys(stubArtifact).sort()).toEqual(Object.keys(realArtifact).sort());
    expect(stubArtifact.DefaultArtifactClient).toBe(realArtifact.DefaultArtifactClient);
  });
});
