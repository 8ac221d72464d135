import { UserError, errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { parseChallenge, type Challenge } from './challenge.js';
import type { Credentials } from './credentials.js';
import { accessError, describeBody, type Access } from './errors.js';

export interface RegistryClientOptions {
  /** Registry host as in an image reference (`ghcr.io`, `127.0.0.1:5000`, `docker.io`). */
  registry: string;
  credentials: Credentials;
  log: Logger;
  /** Milliseconds before a request is abandoned; a hung registry must not hang the job. */
  timeoutMs?: number;
}

export interface RequestOptions {
  method?: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  /** The token scope the request needs, e.g. `repository:org/app:pull,push`. */
  scope: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
}

/** Loopback registries speak plain HTTP, as Docker and crane assume; every other registry HTTPS. */
function baseUrl(registry: string): string {
  if (registry === 'docker.io') return 'https://registry-1.docker.io';
  const host = registry.replace(/:\d+$/, '');
  const plain = host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
  return `${plain ? 'http' : 'https'}://${registry}`;
}

/**
 * An OCI Distribution API client that follows the registry's auth challenge: anonymous first, then
 * Basic, or the Bearer token flow (GHCR, Docker Hub, ACR) with one token per scope, kept for the run.
 */
export class RegistryClient {
  readonly registry: string;
  private readonly base: string;
  private readonly tokens = new Map<string, string>();
  private basicAccepted = false;

  constructor(private readonly options: RegistryClientOptions) {
    this.registry = options.registry;
    this.base = baseUrl(options.registry);
  }

  /** Sends a request, answering one 401 challenge with credentials; the caller reads the status. */
  async request(path: string, options: RequestOptions): Promise<Response> {
    const first = await this.send(path, options, this.authorization(options.scope));
    if (first.status !== 401) return first;
    const challenge = parseChallenge(first.headers.get('www-authenticate'));
    const retry = challenge && (await this.answer(challenge, options.scope));
    if (!retry) return first;
    await first.body?.cancel();
    return this.send(path, options, retry);
  }

  private authorization(scope: string): string | undefined {
    const token = this.tokens.get(scope);
    if (token) return `Bearer ${token}`;
    return this.basicAccepted ? this.basicHeader() : undefined;
  }

  private basicHeader(): string | undefined {
    const c = this.options.credentials;
    if (c.kind !== 'basic') return undefined;
    return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
  }

  private async answer(challenge: Challenge, scope: string): Promise<string | undefined> {
    if (challenge.scheme === 'basic') {
      this.basicAccepted = true;
      return this.basicHeader();
    }
    const token = await this.fetchToken(challenge, scope);
    this.tokens.set(scope, token);
    return `Bearer ${token}`;
  }

  private async send(path: string, options: RequestOptions, authorization: string | undefined): Promise<Response> {
    // Upload locations and pagination links may come back absolute.
    const url = /^https?:\/\//.test(path) ? path : `${this.base}${path}`;
    const headers: Record<string, string> = { ...options.headers };
    if (authorization) headers.authorization = authorization;
    try {
      return await fetch(url, {
        method: options.method ?? 'GET',
        headers,
        body: options.body,
        redirect: 'follow',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new UserError(`Cannot reach the registry at ${this.base}: ${errorMessage(error)}`);
    }
  }

  /**
   * Asks the challenge's realm for a token with the scope this request needs (not the challenge's
   * own scope, which GHCR fills with a placeholder on `/v2/`). A refresh token goes in an OAuth2
   * form POST; a username and password in a Basic GET, which every registry accepts.
   */
  private async fetchToken(challenge: Challenge, scope: string): Promise<string> {
    const realm = challenge.params.realm;
    if (!realm)
      throw new UserError(`${this.registry} sent a Bearer challenge without a realm; cannot ask for a token.`);
    const scopes = [scope];
    if (challenge.params.error === 'insufficient_scope' && challenge.params.scope && challenge.params.scope !== scope)
      scopes.push(challenge.params.scope);
    const c = this.options.credentials;
    const response =
      c.kind === 'identity-token'
        ? await this.postRefreshToken(realm, challenge, scopes, c.token)
        : await this.getToken(realm, challenge, scopes);
    const text = await response.text();
    if (!response.ok) {
      const access: Access = scope.endsWith('push') ? 'push' : 'pull';
      throw accessError(
        response.status,
        text,
        access,
        scope.split(':')[1] ?? '',
        this.registry,
        `issue a token at ${realm}`,
      );
    }
    const body = JSON.parse(text) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token)
      throw new UserError(
        `The token service ${realm} answered without a token (${describeBody(response.status, text)}).`,
      );
    this.options.log.secret(token);
    return token;
  }

  private tokenUrl(realm: string, challenge: Challenge, scopes: string[]): URL {
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    for (const s of scopes) url.searchParams.append('scope', s);
    return url;
  }

  private async getToken(realm: string, challenge: Challenge, scopes: string[]): Promise<Response> {
    const basic = this.basicHeader();
    try {
      return await fetch(this.tokenUrl(realm, challenge, scopes), {
        headers: basic ? { authorization: basic } : {},
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new UserError(`Cannot reach the token service ${realm}: ${errorMessage(error)}`);
    }
  }

  private async postRefreshToken(
    realm: string,
    challenge: Challenge,
    scopes: string[],
    refreshToken: string,
  ): Promise<Response> {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: 'azureml-mlops-tag-image',
    });
    if (challenge.params.service) form.set('service', challenge.params.service);
    form.set('scope', scopes.join(' '));
    try {
      return await fetch(realm, {
        method: 'POST',
        body: form,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new UserError(`Cannot reach the token service ${realm}: ${errorMessage(error)}`);
    }
  }
}
