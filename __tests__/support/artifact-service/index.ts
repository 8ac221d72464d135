/**
 * A stand-in for the GitHub Actions artifact service (the "results" service @actions/artifact v2+ talks to), so
 * the real `DefaultArtifactClient` inside a bundle uploads for real: Twirp JSON calls to this in-process server,
 * and the zip itself to Azurite through a SAS URL, with the same @azure/storage-blob block upload as on a runner.
 * See README.md for what it checks and what it leaves out.
 */
import {
  BlobSASPermissions,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
  type ContainerClient,
} from '@azure/storage-blob';
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { Azurite } from '../azurite.js';
import { readZip, type ZipEntry } from './zip.js';

const SERVICE = 'github.actions.results.api.v1.ArtifactService';

export interface ArtifactServiceOptions {
  /** Where uploaded zips are stored. */
  azurite: Azurite;
  /**
   * Account URL written into `signed_upload_url` (default `azurite.accountUrl`). Give the production-style
   * `https://devstoreaccount1.blob.core.windows.net` when the client reaches Azurite through a CONNECT proxy.
   */
  publicAccountUrl?: string;
}

/** One finalized artifact, as the service recorded it, with the zip's entries read back from storage. */
export interface UploadedArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  mimeType?: string;
  /** Bytes of the stored zip (checked against FinalizeArtifact's `size`). */
  size: number;
  /** `sha256:<hex>` of the stored zip (checked against FinalizeArtifact's `hash`). */
  hash?: string;
  entries: ZipEntry[];
}

export interface ServiceCall {
  method: string;
  status: number;
  /** Twirp error code, when the call failed. */
  code?: string;
}

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** ACTIONS_RUNTIME_TOKEN: a signed JWT scoped to this run and job. */
  token: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** The variables a runner gives a step that may upload artifacts. */
  env(): Record<string, string>;
  /** Finalized artifacts, in order. */
  artifacts: UploadedArtifact[];
  /** Every Twirp call, in order. */
  calls: ServiceCall[];
  /** The finalized artifact called `name`; throws if there is none. */
  artifact(name: string): UploadedArtifact;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface PendingArtifact {
  id: number;
  name: string;
  runId: string;
  jobId: string;
  mimeType?: string;
  blobName: string;
  finalized: boolean;
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function signToken(claims: Json, key: Buffer): string {
  const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
}

/** The `Actions.Results:<run>:<job>` scope of a valid token, or a Twirp `unauthenticated` error. */
function verifiedScope(header: string | undefined, key: Buffer): { runId: string; jobId: string } {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  const [head, body, signature] = token?.split('.') ?? [];
  if (!head || !body || !signature) throw new TwirpError(401, 'unauthenticated', 'missing or malformed bearer token');
  const expected = createHmac('sha256', key).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new TwirpError(401, 'unauthenticated', 'token signature does not verify');
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { scp?: string; exp?: number };
  if (!claims.exp || claims.exp * 1000 < Date.now()) throw new TwirpError(401, 'unauthenticated', 'token expired');
  const scope = (claims.scp ?? '').split(' ').find((s) => s.startsWith('Actions.Results:'));
  const [, runId, jobId] = scope?.split(':') ?? [];
  if (!runId || !jobId) throw new TwirpError(403, 'permission_denied', 'token has no Actions.Results scope');
  return { runId, jobId };
}

function requireString(body: Json, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || !value)
    throw new TwirpError(400, 'invalid_argument', `${field} is required (a non-empty string)`);
  return value;
}

/** The request must name the run and job the token is scoped to, as the service enforces. */
function checkIds(body: Json, scope: { runId: string; jobId: string }): void {
  const runId = requireString(body, 'workflow_run_backend_id');
  const jobId = requireString(body, 'workflow_job_run_backend_id');
  if (runId !== scope.runId || jobId !== scope.jobId)
    throw new TwirpError(403, 'permission_denied', 'backend ids do not match the token scope');
}

/** The artifact-name rules of the service (the client checks the same before calling). */
function checkArtifactName(name: string): void {
  const bad = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'].find((c) => name.includes(c));
  if (bad) throw new TwirpError(400, 'invalid_argument', `artifact name contains ${JSON.stringify(bad)}`);
}

export async function startArtifactService(options: ArtifactServiceOptions): Promise<ArtifactService> {
  const { azurite } = options;
  const container: ContainerClient = await azurite.container('actions-results');
  const signingKey = randomBytes(32);
  const workflowRunBackendId = randomUUID();
  const workflowJobRunBackendId = randomUUID();
  const token = signToken(
    {
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${workflowRunBackendId}:${workflowJobRunBackendId}`,
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 6 * 3600,
    },
    signingKey,
  );
  const pending = new Map<string, PendingArtifact>();
  const artifacts: UploadedArtifact[] = [];
  const calls: ServiceCall[] = [];
  let nextId = 1000;

  function signedUploadUrl(blobName: string): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: container.containerName,
        blobName,
        permissions: BlobSASPermissions.parse('cw'),
        expiresOn: new Date(Date.now() + 3600_000),
      },
      new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey),
    ).toString();
    const account = options.publicAccountUrl ?? azurite.accountUrl;
    return `${account}/${container.containerName}/${blobName}?${sas}`;
  }

  function createArtifact(body: Json, scope: { runId: string; jobId: string }): Json {
    checkIds(body, scope);
    const name = requireString(body, 'name');
    checkArtifactName(name);
    if (body.version !== 4 && body.version !== 7)
      throw new TwirpError(400, 'invalid_argument', `unsupported artifact version ${String(body.version)}`);
    if (pending.has(name)) throw new TwirpError(409, 'already_exists', `an artifact named ${name} already exists`);
    const id = nextId++;
    const blobName = `${scope.runId}/${scope.jobId}/artifacts/${id}.zip`;
    const mimeType = typeof body.mime_type === 'string' ? body.mime_type : undefined;
    pending.set(name, { id, name, runId: scope.runId, jobId: scope.jobId, mimeType, blobName, finalized: false });
    return { ok: true, signed_upload_url: signedUploadUrl(blobName) };
  }

  async function finalizeArtifact(body: Json, scope: { runId: string; jobId: string }): Promise<Json> {
    checkIds(body, scope);
    const name = requireString(body, 'name');
    const artifact = pending.get(name);
    if (!artifact || artifact.finalized) throw new TwirpError(404, 'not_found', `no artifact ${name} to finalize`);
    const size = Number(requireString(body, 'size'));
    const blob = container.getBlockBlobClient(artifact.blobName);
    if (!(await blob.exists())) throw new TwirpError(400, 'failed_precondition', `nothing was uploaded for ${name}`);
    const zip = await blob.downloadToBuffer();
    if (zip.length !== size)
      throw new TwirpError(400, 'invalid_argument', `size ${size} does not match the ${zip.length} bytes uploaded`);
    const hash = typeof body.hash === 'string' ? body.hash : undefined;
    if (hash && hash !== `sha256:${createHash('sha256').update(zip).digest('hex')}`)
      throw new TwirpError(400, 'invalid_argument', `hash ${hash} does not match the uploaded bytes`);
    artifact.finalized = true;
    artifacts.push({
      id: artifact.id,
      name,
      workflowRunBackendId: artifact.runId,
      workflowJobRunBackendId: artifact.jobId,
      mimeType: artifact.mimeType,
      size,
      hash,
      entries: artifact.mimeType === 'application/zip' ? readZip(zip) : [{ name, size, content: zip }],
    });
    return { ok: true, artifact_id: String(artifact.id) };
  }

  async function dispatch(method: string, body: Json, scope: { runId: string; jobId: string }): Promise<Json> {
    if (method === 'CreateArtifact') return createArtifact(body, scope);
    if (method === 'FinalizeArtifact') return finalizeArtifact(body, scope);
    throw new TwirpError(404, 'bad_route', `${SERVICE}/${method} is not implemented by the stand-in`);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const route = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(req.url ?? '');
    const method = route?.[1] ?? req.url ?? '';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let status = 200;
    let reply: Json;
    try {
      if (req.method !== 'POST' || !route) throw new TwirpError(404, 'bad_route', `no route ${req.method} ${req.url}`);
      if (!/^application\/json/.test(req.headers['content-type'] ?? ''))
        throw new TwirpError(415, 'bad_route', 'the stand-in speaks Twirp JSON only');
      const scope = verifiedScope(req.headers.authorization, signingKey);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json;
      reply = await dispatch(method, body, scope);
    } catch (error) {
      const twirp = error instanceof TwirpError ? error : new TwirpError(500, 'internal', String(error));
      status = twirp.status;
      reply = { code: twirp.code, msg: twirp.message };
    }
    calls.push({ method, status, code: status === 200 ? undefined : String(reply.code) });
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
  }

  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    token,
    workflowRunBackendId,
    workflowJobRunBackendId,
    env: () => ({ ACTIONS_RESULTS_URL: url, ACTIONS_RUNTIME_TOKEN: token }),
    artifacts,
    calls,
    artifact(name) {
      const found = artifacts.find((a) => a.name === name);
      if (!found) throw new Error(`no finalized artifact ${name}; have: ${artifacts.map((a) => a.name).join(', ')}`);
      return found;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
