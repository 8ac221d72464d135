/**
 * Starts Debian's `docker-registry` (github.com/docker/distribution 2.8) on a free loopback port with
 * a temporary storage folder, in one of three auth modes:
 *   - `none`: open, as a local registry;
 *   - `htpasswd`: Basic auth against a bcrypt htpasswd file (the registry accepts bcrypt only);
 *   - `token`: Bearer tokens from the token service in `token-server.ts`, the GHCR/ACR/Docker Hub flow.
 * It can push small synthetic images (one manifest, or an OCI index of two platforms) for tests to
 * re-tag. Stop it in afterAll.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startTokenServer, TOKEN_ROOT_CERT, type TokenServer, type TokenUser } from './token-server.js';

export type AuthMode = 'none' | 'htpasswd' | 'token';

export interface PushedImage {
  digest: string;
  mediaType: string;
  bytes: Buffer;
}

export interface TestRegistry {
  /** `127.0.0.1:<port>`, as it appears in an image reference. */
  host: string;
  url: string;
  auth: AuthMode;
  /** The user with pull and push (htpasswd and token modes). */
  username: string;
  password: string;
  /** Token mode only: the token service, whose users include `reader` (pull only). */
  tokens?: TokenServer;
  /** `labels` become the image config's `config.Labels`, as `docker build --label` writes them. */
  pushImage(repository: string, tag: string, labels?: Record<string, string>): Promise<PushedImage>;
  pushIndex(repository: string, tag: string, labels?: Record<string, string>): Promise<PushedImage>;
  /** HEAD a tag with full rights and return its digest (undefined when absent). */
  digestOf(repository: string, reference: string): Promise<string | undefined>;
  tags(repository: string): Promise<string[]>;
  stop(): Promise<void>;
}

export const READER = { username: 'reader', password: 'read-only-pw' };

export function isRegistryInstalled(): boolean {
  return spawnSync('docker-registry', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A bcrypt hash for htpasswd without apache2-utils: glibc's crypt (libxcrypt) does `$2b$`, and Perl
 * is on every Debian and Ubuntu runner. Falls back to `htpasswd -B` when Perl lacks it.
 */
function bcrypt(password: string): string {
  const alphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const salt = [...randomBytes(22)].map((b) => alphabet[b % 64]).join('');
  const perl = spawnSync('perl', ['-e', 'print crypt($ARGV[0], $ARGV[1])', password, `$2b$05$${salt}`], {
    encoding: 'utf8',
  });
  if (perl.status === 0 && perl.stdout.startsWith('$2b$')) return perl.stdout;
  const htpasswd = spawnSync('htpasswd', ['-nbB', 'x', password], { encoding: 'utf8' });
  if (htpasswd.status === 0) return htpasswd.stdout.trim().slice(2);
  throw new Error('Cannot make a bcrypt hash: neither perl crypt($2b$) nor htpasswd -B is available');
}

function configYaml(dir: string, port: number, auth: string): string {
  return [
    'version: 0.1',
    'log: {level: error, accesslog: {disabled: true}}',
    `storage: {filesystem: {rootdirectory: ${dir}/data}, delete: {enabled: true}, cache: {blobdescriptor: inmemory}}`,
    `http: {addr: 127.0.0.1:${port}, secret: ${randomBytes(16).toString('hex')}}`,
    auth,
  ].join('\n');
}

async function waitReady(url: string, child: ChildProcess, logs: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}):\n${logs()}`);
    try {
      const response = await fetch(`${url}/v2/`);
      // Our registry, not another test's server that took the port: it is alive and speaks registry/2.0.
      const ours = response.headers.get('docker-distribution-api-version') === 'registry/2.0';
      if ((response.status === 200 || response.status === 401) && ours && child.exitCode === null) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`docker-registry did not answer on ${url} within 10 s:\n${logs()}`);
}

/**
 * Starts the registry on a port that was free a moment ago. Another process may take that port before
 * the registry binds it, so a registry that exits before answering is started again on a new port.
 */
async function launch(dir: string, authYaml: string): Promise<{ child: ChildProcess; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const configFile = path.join(dir, 'config.yml');
    writeFileSync(configFile, configYaml(dir, port, authYaml));
    const child = spawn('docker-registry', ['serve', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    try {
      await waitReady(`http://127.0.0.1:${port}`, child, () => output);
      return { child, port };
    } catch (error) {
      child.kill('SIGKILL');
      if (attempt === 3) throw error;
    }
  }
}

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export async function startRegistry(auth: AuthMode = 'none'): Promise<TestRegistry> {
  const dir = mkdtempSync(path.join(tmpdir(), 'registry-'));
  const username = 'ci';
  const password = `s3cret-${randomBytes(6).toString('hex')}`;
  let authYaml = '';
  let tokens: TokenServer | undefined;
  if (auth === 'htpasswd') {
    writeFileSync(
      path.join(dir, 'htpasswd'),
      `${username}:${bcrypt(password)}\n${READER.username}:${bcrypt(READER.password)}\n`,
    );
    authYaml = `auth: {htpasswd: {realm: test-registry, path: ${dir}/htpasswd}}`;
  } else if (auth === 'token') {
    const users: Record<string, TokenUser> = {
      [username]: { password, actions: ['pull', 'push'] },
      [READER.username]: { password: READER.password, actions: ['pull'] },
    };
    tokens = await startTokenServer(users);
    authYaml = `auth: {token: {realm: "${tokens.realm}", service: ${tokens.service}, issuer: ${tokens.issuer}, rootcertbundle: ${TOKEN_ROOT_CERT}}}`;
  }
  const { child, port } = await launch(dir, authYaml);
  const url = `http://127.0.0.1:${port}`;

  const authorization = (repository: string): Record<string, string> => {
    if (auth === 'htpasswd')
      return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
    if (auth === 'token') return { authorization: `Bearer ${tokens!.mint([`repository:${repository}:pull,push`])}` };
    return {};
  };
  const call = async (repository: string, pathOrUrl: string, init: RequestInit = {}) => {
    const target = pathOrUrl.startsWith('http') ? pathOrUrl : `${url}${pathOrUrl}`;
    return fetch(target, {
      ...init,
      headers: { ...authorization(repository), ...(init.headers as Record<string, string>) },
    });
  };

  const pushBlob = async (repository: string, bytes: Buffer): Promise<string> => {
    const digest = sha256(bytes);
    const start = await call(repository, `/v2/${repository}/blobs/uploads/`, { method: 'POST' });
    if (start.status !== 202) throw new Error(`blob upload start: ${start.status} ${await start.text()}`);
    const location = new URL(start.headers.get('location')!, url);
    location.searchParams.set('digest', digest);
    const put = await call(repository, location.toString(), {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    if (put.status !== 201) throw new Error(`blob upload: ${put.status} ${await put.text()}`);
    return digest;
  };

  const pushManifest = async (
    repository: string,
    tag: string,
    mediaType: string,
    body: object,
  ): Promise<PushedImage> => {
    const bytes = Buffer.from(JSON.stringify(body));
    const response = await call(repository, `/v2/${repository}/manifests/${tag}`, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': mediaType },
    });
    if (response.status !== 201) throw new Error(`manifest put: ${response.status} ${await response.text()}`);
    return { digest: sha256(bytes), mediaType, bytes };
  };

  /** One platform's image: a gzip layer of synthetic content and a config whose diff_id is its uncompressed digest. */
  const platformImage = async (
    repository: string,
    tag: string,
    architecture: string,
    labels?: Record<string, string>,
  ): Promise<PushedImage> => {
    const content = Buffer.from(`synthetic layer for ${architecture} ${randomBytes(8).toString('hex')}\n`);
    const layer = gzipSync(content);
    const config = Buffer.from(
      JSON.stringify({
        architecture,
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: [sha256(content)] },
        config: labels ? { Labels: labels } : {},
      }),
    );
    const layerDigest = await pushBlob(repository, layer);
    const configDigest = await pushBlob(repository, config);
    return pushManifest(repository, tag, 'application/vnd.oci.image.manifest.v1+json', {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layerDigest, size: layer.length }],
    });
  };

  return {
    host: `127.0.0.1:${port}`,
    url,
    auth,
    username,
    password,
    tokens,
    pushImage: (repository, tag, labels) => platformImage(repository, tag, 'amd64', labels),
    async pushIndex(repository, tag, labels) {
      const amd64 = await platformImage(repository, `${tag}-amd64`, 'amd64', labels);
      const arm64 = await platformImage(repository, `${tag}-arm64`, 'arm64', labels);
      const entry = (image: PushedImage, architecture: string) => ({
        mediaType: image.mediaType,
        digest: image.digest,
        size: image.bytes.length,
        platform: { os: 'linux', architecture },
      });
      return pushManifest(repository, tag, 'application/vnd.oci.image.index.v1+json', {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [entry(amd64, 'amd64'), entry(arm64, 'arm64')],
      });
    },
    async digestOf(repository, reference) {
      const accept =
        'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json';
      const response = await call(repository, `/v2/${repository}/manifests/${reference}`, {
        method: 'HEAD',
        headers: { accept },
      });
      return response.status === 200 ? (response.headers.get('docker-content-digest') ?? undefined) : undefined;
    },
    async tags(repository) {
      const response = await call(repository, `/v2/${repository}/tags/list`);
      return response.ok ? (((await response.json()) as { tags: string[] }).tags ?? []) : [];
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
      await tokens?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
