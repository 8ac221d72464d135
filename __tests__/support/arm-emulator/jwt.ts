/**
 * Minimal JWTs: HS256-signed with a key private to one emulator instance. Real AAD and GitHub sign with RS256;
 * clients never verify access tokens, and the emulator's own checks only need to know the token is one it issued.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { JsonObject } from './json.js';
import { isObject } from './json.js';

export interface JwtClaims extends JsonObject {
  iss: string;
  aud: string;
  sub: string;
  iat: number;
  nbf: number;
  exp: number;
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

export function signJwt(claims: JsonObject, key: Buffer): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** The claims of a JWT without checking its signature; undefined when it is not a JWT. */
export function decodeJwt(token: string): JsonObject | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return isObject(claims) ? claims : undefined;
  } catch {
    return undefined;
  }
}

/** The claims when `token` was signed with `key`, else undefined. */
export function verifyJwt(token: string, key: Buffer): JsonObject | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return decodeJwt(token);
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
