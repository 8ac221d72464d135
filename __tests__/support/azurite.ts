/**
 * Azurite's blob service, started in this process on a free port, in memory, for tests and benchmarks.
 *
 * Azurite's package entry imports `vscode`, so the server is built from its internal modules (pinned by
 * azurite@3.37.0 in package.json). Telemetry is never initialised in-process (it is only set up by Azurite's
 * CLI `main`), which is the in-process equivalent of `--disableTelemetry`: without it a closed Azurite
 * keeps the process alive.
 *
 * With `https: true` it serves the test certificate (`tls/server.pem`, valid for `*.blob.core.windows.net`),
 * so it can also be reached under production-style URLs such as `https://devstoreaccount1.blob.core.windows.net`
 * (Azurite takes the account from the host name when the host is not an IP address) through a CONNECT proxy.
 * With `oauth: true` (HTTPS only) it also accepts bearer tokens: Azurite checks their lifetime, issuer and
 * audience but not their signature, so `fakeStorageToken()` can stand in for Azure AD.
 */
import {
  BlobServiceClient,
  ContainerClient,
  ContainerSASPermissions,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import type { AccessToken, TokenCredential } from '@azure/identity';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import type { ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import tls from 'node:tls';
import { repoRoot } from './action-runner.js';

const require = createRequire(import.meta.url);

/** The well-known development account every Azurite has (public, documented by Microsoft). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export const TLS_CERT = path.join(repoRoot, '__tests__', 'support', 'tls', 'server.pem');
export const TLS_KEY = path.join(repoRoot, '__tests__', 'support', 'tls', 'server.key');
export const TLS_CA = path.join(repoRoot, '__tests__', 'support', 'tls', 'ca.pem');

export interface AzuriteOptions {
  /** Serve HTTPS with the test certificate (clients need NODE_EXTRA_CA_CERTS=tls/ca.pem or `ca`). */
  https?: boolean;
  /** Accept bearer tokens (needs https). */
  oauth?: boolean;
  /** Upper bound of blob bytes kept in memory (default 2 GiB). */
  memoryLimitBytes?: number;
}

export interface Azurite {
  /** e.g. http://127.0.0.1:40123/devstoreaccount1 (path-style account URL). */
  accountUrl: string;
  host: string;
  port: number;
  protocol: 'http' | 'https';
  accountName: string;
  accountKey: string;
  /** A client authorised with the account key, for arranging test data. */
  serviceClient(): BlobServiceClient;
  /** Creates (if needed) and returns a key-authorised client for `name`. */
  container(name: string): Promise<ContainerClient>;
  close(): Promise<void>;
}

interface AzuriteServer {
  start(): Promise<void>;
  close(): Promise<void>;
  getHttpServerAddress(): string;
}

type BlobConfigurationCtor = new (...args: unknown[]) => object;
type BlobServerCtor = new (config: object) => AzuriteServer;
type ChunkStoreCtor = new (sizeLimit: number) => { clear(category: string): void };

export async function startAzurite(options: AzuriteOptions = {}): Promise<Azurite> {
  if (options.oauth && !options.https) throw new Error('Azurite accepts bearer tokens over HTTPS only');
  const BlobServer: BlobServerCtor = require('azurite/dist/src/blob/BlobServer').default;
  const BlobConfiguration: BlobConfigurationCtor = require('azurite/dist/src/blob/BlobConfiguration').default;
  const { DEFAULT_BLOB_PERSISTENCE_ARRAY } = require('azurite/dist/src/blob/utils/constants');
  const { MemoryExtentChunkStore } = require('azurite/dist/src/common/persistence/MemoryExtentStore') as {
    MemoryExtentChunkStore: ChunkStoreCtor;
  };
  // A store of our own (not Azurite's process-wide shared one), so closing this instance frees its blobs.
  const chunks = new MemoryExtentChunkStore(options.memoryLimitBytes ?? 2 * 1024 ** 3);
  const config = new BlobConfiguration(
    '127.0.0.1',
    0,
    undefined, // keep-alive timeout: default
    `mem-db-${Math.random()}`,
    `mem-extent-${Math.random()}`,
    DEFAULT_BLOB_PERSISTENCE_ARRAY,
    false, // access log
    undefined,
    false, // debug log
    undefined,
    true, // loose: tolerate headers Azure accepts
    true, // skipApiVersionCheck: the SDK may be newer than Azurite
    options.https ? TLS_CERT : '',
    options.https ? TLS_KEY : '',
    '',
    options.oauth ? 'basic' : undefined,
    false, // keep production-style URLs (account in the host name) enabled
    true, // in memory
    chunks,
  );
  const server = new BlobServer(config);
  await server.start();
  const address = new URL(server.getHttpServerAddress());
  const accountUrl = `${address.protocol}//${address.host}/${AZURITE_ACCOUNT}`;
  const serviceClient = () =>
    new BlobServiceClient(accountUrl, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
  return {
    accountUrl,
    host: address.hostname,
    port: Number(address.port),
    protocol: options.https ? 'https' : 'http',
    accountName: AZURITE_ACCOUNT,
    accountKey: AZURITE_KEY,
    serviceClient,
    async container(name) {
      const container = serviceClient().getContainerClient(name);
      await container.createIfNotExists();
      return container;
    },
    async close() {
      await server.close();
      chunks.clear('blob');
    },
  };
}

/**
 * Makes this process trust the test CA (what NODE_EXTRA_CA_CERTS does for a child process), so in-process
 * clients can reach the HTTPS Azurite. Idempotent.
 */
export function trustTestCa(): void {
  const ca = readFileSync(TLS_CA, 'utf8');
  const current = tls.getCACertificates('default');
  if (!current.includes(ca)) tls.setDefaultCACertificates([...current, ca]);
}

/**
 * Azurite as Azure storage is reached (HTTPS, with the test CA trusted in this process, and bearer tokens
 * accepted), its `container` holding one blob `name` with `text`.
 */
export async function startSecureAzurite(
  container: string,
  name: string,
  text: string,
): Promise<{ azurite: Azurite; container: ContainerClient }> {
  trustTestCa();
  const azurite = await startAzurite({ https: true, oauth: true });
  const client = await azurite.container(container);
  await client.getBlockBlobClient(name).upload(text, Buffer.byteLength(text));
  return { azurite, container: client };
}

/**
 * An unsigned JWT that Azurite's OAuth check accepts (right audience, an Azure AD issuer, valid lifetime).
 * Real Azure AD tokens are signed; Azurite does not verify signatures, which is what makes this a stand-in.
 */
export function fakeStorageToken(lifetimeSeconds = 3600): AccessToken {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = {
    aud: 'https://storage.azure.com',
    iss: 'https://sts.windows.net/00000000-0000-0000-0000-000000000001/',
    nbf: now - 60,
    iat: now - 60,
    exp: now + lifetimeSeconds,
    oid: '00000000-0000-0000-0000-0000000000aa',
    tid: '00000000-0000-0000-0000-000000000001',
  };
  return {
    token: `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.sig`,
    expiresOnTimestamp: (now + lifetimeSeconds) * 1000,
  };
}

/** A TokenCredential that hands out `fakeStorageToken()`s and records the scopes it was asked for. */
export function fakeStorageCredential(): TokenCredential & { scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    async getToken(scope) {
      scopes.push(...(Array.isArray(scope) ? scope : [scope]));
      return fakeStorageToken();
    },
  };
}

/** What the faulty front does to one response body. */
export type BodyFault = 'cut' | 'corrupt';

/**
 * What the faulty front does to one request instead of answering it: `reset` destroys the connection before
 * anything reaches Azurite; `cut-request` forwards half of the request body, then drops both connections (a
 * transfer broken mid-body); a status answers that server error (Storage's XML error body) without forwarding.
 */
export type RequestFault = 'reset' | 'cut-request' | 500 | 503;

export type FrontFault = BodyFault | RequestFault;

const STORAGE_ERRORS: Record<500 | 503, { code: string; message: string }> = {
  500: { code: 'InternalError', message: 'The server encountered an internal error. Please retry the request.' },
  503: {
    code: 'ServerBusy',
    message: 'The server is currently unable to receive requests. Please retry your request.',
  },
};

/** Applies a request fault; true when the request was handled (not to be forwarded). */
function applyRequestFault(
  req: IncomingMessage,
  res: ServerResponse,
  fault: FrontFault | undefined,
  upstream: () => ClientRequest,
): boolean {
  if (fault === 'reset') {
    req.socket.destroy();
    return true;
  }
  if (fault === 500 || fault === 503) {
    const { code, message } = STORAGE_ERRORS[fault];
    req.resume();
    req.on('end', () => {
      res.writeHead(fault, {
        'Content-Type': 'application/xml',
        'x-ms-error-code': code,
        'x-ms-request-id': randomUUID(),
      });
      res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
    });
    return true;
  }
  if (fault === 'cut-request') {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const up = upstream();
      up.on('error', () => undefined);
      up.write(body.subarray(0, Math.floor(body.length / 2)), () => {
        up.destroy();
        req.socket.destroy();
      });
    });
    return true;
  }
  return false;
}

export interface FaultyFront {
  /** Account URL through the front, e.g. http://127.0.0.1:41234/devstoreaccount1. */
  accountUrl: string;
  /** `127.0.0.1:<port>`, for a CONNECT proxy route (`emu.routeHost(...)`) to the front. */
  address: string;
  /** Requests seen, as `METHOD path` (query excluded), in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Sends an upstream answer on, with `fault` applied to its body. */
function answerWithFault(res: ServerResponse, up: IncomingMessage, body: Buffer, fault: BodyFault | undefined): void {
  res.writeHead(up.statusCode ?? 500, up.headers);
  if (fault === 'cut' && body.length > 1) {
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    setImmediate(() => res.socket?.destroy());
  } else if (fault === 'corrupt' && body.length > 0) {
    body[Math.floor(body.length / 2)] ^= 0xff;
    res.end(body);
  } else {
    res.end(body);
  }
}

/**
 * A front for an Azurite, speaking its protocol (HTTPS with the test certificate for an HTTPS Azurite, so it can
 * stand behind a CONNECT proxy under the production host name), that forwards every request and can break response
 * bodies the way networks do: `cut` sends half the body then resets the connection; `corrupt` flips one byte; and
 * break requests (`RequestFault`: a reset, a request body cut mid-transfer, a 500 or 503).
 * `decide` is asked per request (method, path without query) and returns the fault for it, if any. The Host
 * header is kept: Azurite takes the account from it on production-style URLs.
 */
export async function startFaultyFront(
  azurite: Azurite,
  decide: (method: string, path: string) => FrontFault | undefined,
): Promise<FaultyFront> {
  const secure = azurite.protocol === 'https';
  const ca = secure ? readFileSync(TLS_CA) : undefined;
  const requests: string[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const pathOnly = decodeURIComponent((req.url ?? '').split('?')[0]);
    requests.push(`${req.method} ${pathOnly}`);
    const fault = decide(req.method ?? 'GET', pathOnly);
    const options = {
      host: azurite.host,
      port: azurite.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
      ca,
    };
    const forward = (onAnswer?: (up: IncomingMessage) => void) =>
      (secure ? httpsRequest : httpRequest)(options, onAnswer);
    if (applyRequestFault(req, res, fault, () => forward())) return;
    const bodyFault = fault === 'cut' || fault === 'corrupt' ? fault : undefined;
    const upstream = forward((up) => {
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => answerWithFault(res, up, Buffer.concat(chunks), bodyFault));
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  };
  const server = secure
    ? createHttpsServer({ cert: readFileSync(TLS_CERT), key: readFileSync(TLS_KEY) }, handler)
    : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    accountUrl: `${azurite.protocol}://127.0.0.1:${port}/${AZURITE_ACCOUNT}`,
    address: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Stores a one-byte blob under a name URL parsers would normalise (`a/../b`): the path is sent byte for byte
 * with every dot percent-encoded, authorised by a SAS (a shared-key signature would cover the normalised path).
 */
export async function putWithRawName(azurite: Azurite, containerName: string, name: string): Promise<void> {
  const sas = generateBlobSASQueryParameters(
    { containerName, permissions: ContainerSASPermissions.parse('cw'), expiresOn: new Date(Date.now() + 600_000) },
    new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey),
  ).toString();
  const rawPath = name
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/\./g, '%2E'))
    .join('/');
  const secure = azurite.protocol === 'https';
  const status = await new Promise<number | undefined>((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(
      {
        host: azurite.host,
        port: azurite.port,
        ca: secure ? readFileSync(TLS_CA) : undefined,
        method: 'PUT',
        path: `/${azurite.accountName}/${containerName}/${rawPath}?${sas}`,
        headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2021-08-06', 'content-length': 1 },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode);
      },
    );
    req.on('error', reject);
    req.end('x');
  });
  if (status !== 201) throw new Error(`raw PUT of ${name} answered ${status}`);
}
