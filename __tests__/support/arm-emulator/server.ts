/**
 * The HTTPS server: parses a request, applies fault rules, routes it, checks its bearer token, runs the handler
 * and writes the answer (ARM error envelope for thrown ArmErrors), logging every request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkBearer } from './auth.js';
import type { EmulatorContext } from './context.js';
import type { EmuRequest, EmuResponse } from './http.js';
import { ArmError } from './http.js';
import type { JsonValue } from './json.js';
import type { RequestLog } from './request-log.js';
import type { Router } from './router.js';
import { serverTlsMaterial } from './tls.js';

export function createHttpsServer(ctx: EmulatorContext, router: Router, log: RequestLog): https.Server {
  const { cert, key } = serverTlsMaterial();
  // Injected delays end when the server closes, so no timer outlives a test.
  const closing = new AbortController();
  const server = https.createServer({ cert, key }, (incoming, outgoing) => {
    handle(ctx, router, log, incoming, outgoing, closing.signal).catch((error: unknown) => {
      if (closing.signal.aborted) return;
      outgoing.statusCode = 500;
      outgoing.end(JSON.stringify({ error: { code: 'EmulatorError', message: String(error) } }));
    });
  });
  server.once('close', () => closing.abort());
  return server;
}

async function handle(
  ctx: EmulatorContext,
  router: Router,
  log: RequestLog,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  closing: AbortSignal,
): Promise<void> {
  const req = await parseRequest(incoming);
  const fault = ctx.faults.takeRequestFault(req);
  if (fault?.kind === 'reset') {
    log.add(req, 0, 'reset');
    incoming.socket.destroy();
    return;
  }
  if (fault?.kind === 'delay') await sleep(fault.ms, undefined, { signal: closing });
  if (fault?.kind === 'hold') await Promise.race([fault.gate.hold(), once(closing, 'abort')]);
  let response: EmuResponse;
  if (fault?.kind === 'status') {
    response = faultResponse(fault.status, fault.code, fault.message, fault.retryAfterSeconds);
  } else {
    response = await dispatch(ctx, router, req);
  }
  log.add(
    req,
    response.status,
    fault && fault.kind !== 'delay' && fault.kind !== 'hold' ? `status ${response.status}` : undefined,
  );
  write(outgoing, response);
}

async function dispatch(ctx: EmulatorContext, router: Router, req: EmuRequest): Promise<EmuResponse> {
  const match = router.match(req.method, req.path);
  if (!match) {
    const status = router.servesPath(req.path) ? 405 : 404;
    const code = status === 405 ? 'MethodNotAllowed' : 'NotFound';
    return new ArmError(status, code, `The ARM emulator serves no route for ${req.method} ${req.path}.`).toResponse();
  }
  req.params = match.params;
  try {
    checkBearer(req, match.route.auth, ctx.settings, ctx.signingKey);
    return await match.route.handler(req);
  } catch (error) {
    if (error instanceof ArmError) return error.toResponse();
    throw error;
  }
}

function faultResponse(status: number, code?: string, message?: string, retryAfter?: number): EmuResponse {
  const defaults: Record<number, [string, string]> = {
    429: ['TooManyRequests', 'The request was throttled. Retry after the time given in Retry-After.'],
    500: ['InternalServerError', 'Encountered internal server error. Please try again.'],
    503: ['ServiceUnavailable', 'The service is temporarily unavailable. Please try again later.'],
  };
  const [defaultCode, defaultMessage] = defaults[status] ?? ['InjectedFault', `Injected status ${status}.`];
  const headers: Record<string, string> = retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) };
  return new ArmError(status, code ?? defaultCode, message ?? defaultMessage, [], headers).toResponse();
}

async function parseRequest(incoming: IncomingMessage): Promise<EmuRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const origin = `https://${incoming.headers.host ?? 'localhost'}`;
  const url = new URL(incoming.url ?? '/', origin);
  const isForm = (incoming.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded');
  return {
    method: incoming.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: incoming.headers,
    body: !isForm && raw.trim() ? parseJson(raw) : undefined,
    form: isForm ? new URLSearchParams(raw) : undefined,
    origin,
    params: {},
  };
}

/** Unparseable JSON stays a string; handlers that need an object answer 400 for it. */
function parseJson(raw: string): JsonValue {
  try {
    return JSON.parse(raw) as JsonValue;
  } catch {
    return raw;
  }
}

function write(outgoing: ServerResponse, response: EmuResponse): void {
  const headers: Record<string, string> = { 'x-ms-request-id': crypto.randomUUID(), ...response.headers };
  let payload = '';
  if (response.body !== undefined) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    payload = JSON.stringify(response.body);
  } else if (response.text !== undefined) {
    headers['Content-Type'] ??= 'text/plain; charset=utf-8';
    payload = response.text;
  }
  headers['Content-Length'] = String(Buffer.byteLength(payload));
  outgoing.writeHead(response.status, headers);
  outgoing.end(payload);
}
