/**
 * A token service for distribution's `auth: token:` mode, shaped like GHCR's, Docker Hub's and ACR's:
 * `GET /token?service=...&scope=repository:<name>:pull,push` with Basic credentials returns a JWT
 * the registry verifies against `rootcertbundle`. Tokens are signed with the test CA key and name it
 * by its libtrust key ID (`kid`), the form distribution looks up among the bundle's keys.
 *
 * Users: a map of name -> { password, actions }; a user is granted only the actions it holds.
 * Anonymous callers get what `anonymous` allows (nothing by default).
 */
import { createHash, createPrivateKey, createPublicKey, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const tlsDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'tls');
export const TOKEN_ROOT_CERT = path.join(tlsDir, 'ca.pem');
const signingKey = createPrivateKey(readFileSync(path.join(tlsDir, 'ca.key')));

export interface TokenUser {
  password: string;
  actions: ('pull' | 'push')[];
}

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  /** Every scope asked for, in order (to check what the client requested). */
  requests: { user: string; scopes: string[] }[];
  /** Mints a token directly (for fixtures that push test images). */
  mint(scopes: string[]): string;
  close(): Promise<void>;
}

/** libtrust's key ID: SHA-256 of the DER public key, first 240 bits, base32, in 12 groups of 4. */
function libtrustKeyId(): string {
  const der = createPublicKey(readFileSync(TOKEN_ROOT_CERT)).export({ type: 'spki', format: 'der' });
  const hash = createHash('sha256').update(der).digest().subarray(0, 30);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of hash) bits += byte.toString(2).padStart(8, '0');
  const b32 = bits
    .match(/.{5}/g)!
    .map((b) => alphabet[parseInt(b, 2)])
    .join('');
  return b32.match(/.{4}/g)!.join(':');
}

const b64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

function parseScope(scope: string): { type: string; name: string; actions: string[] } | undefined {
  const m = /^(repository):(.+):([a-z,*]+)$/.exec(scope);
  return m ? { type: m[1], name: m[2], actions: m[3].split(',') } : undefined;
}

function basicUser(req: IncomingMessage): { user: string; password: string } | undefined {
  const m = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
  if (!m) return undefined;
  const text = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

export async function startTokenServer(
  users: Record<string, TokenUser>,
  anonymous: ('pull' | 'push')[] = [],
): Promise<TokenServer> {
  const service = 'test-registry';
  const issuer = 'test-token-issuer';
  const kid = libtrustKeyId();
  const requests: TokenServer['requests'] = [];

  const mint = (scopes: string[], allowed: string[] = ['pull', 'push'], subject = 'fixture') => {
    const now = Math.floor(Date.now() / 1000);
    const access = scopes
      .map(parseScope)
      .filter((s) => s !== undefined)
      .map((s) => ({ ...s, actions: s.actions.filter((a) => allowed.includes(a)) }));
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
    const claims = b64url(
      JSON.stringify({
        iss: issuer,
        sub: subject,
        aud: service,
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access,
      }),
    );
    const signature = sign('sha256', Buffer.from(`${header}.${claims}`), signingKey);
    return `${header}.${claims}.${b64url(signature)}`;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' '));
    const credentials = basicUser(req);
    let allowed = anonymous;
    if (credentials) {
      const user = users[credentials.user];
      if (!user || user.password !== credentials.password) {
        res
          .writeHead(401, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }));
        return;
      }
      allowed = user.actions;
    }
    requests.push({ user: credentials?.user ?? '', scopes });
    const token = mint(scopes, allowed, credentials?.user ?? '');
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token, access_token: token, expires_in: 300 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    requests,
    mint: (scopes) => mint(scopes),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
