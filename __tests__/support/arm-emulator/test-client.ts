/** A small HTTPS client for tests that talk to the emulator without an SDK (raw status codes and bodies). */
import type { ArmEmulator } from './index.js';
import type { JsonValue } from './json.js';
import { ML_API_VERSION } from '../../../shared/azure/ml-api/api-version.js';

export interface RawResponse {
  status: number;
  headers: Headers;
  body: JsonValue | undefined;
}

export interface RawRequestOptions {
  body?: JsonValue;
  /** Bearer token; default a fresh ARM token from `emu.accessToken()`. `null` sends no Authorization header. */
  token?: string | null;
  apiVersion?: string | null;
}

/** `path` is relative to the emulator (`/subscriptions/...`) or an absolute URL it handed out (nextLink, LRO). */
export async function armRequest(
  emu: ArmEmulator,
  method: string,
  path: string,
  options: RawRequestOptions = {},
): Promise<RawResponse> {
  const url = new URL(path, emu.url);
  const apiVersion = options.apiVersion === undefined ? ML_API_VERSION : options.apiVersion;
  if (apiVersion !== null && !url.searchParams.has('api-version')) url.searchParams.set('api-version', apiVersion);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = options.token === undefined ? emu.accessToken() : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as JsonValue) : undefined,
  };
}

/** `/subscriptions/.../workspaces/{ws}` + `suffix`. */
export function wsPath(emu: ArmEmulator, suffix = ''): string {
  return `${emu.workspaceId}${suffix}`;
}
