/**
 * Microsoft Entra ID (AAD) stand-in for MSAL / @azure/identity with `authorityHost` = the emulator (or
 * login.microsoftonline.com through the proxy): OpenID discovery, MSAL instance discovery, and the v2.0 token
 * endpoint for client_credentials with a client secret or a federated client assertion (a GitHub ID token).
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from './context.js';
import type { EmuRequest, EmuResponse } from './http.js';
import { json } from './http.js';
import type { JsonObject } from './json.js';
import { nowSeconds, signJwt, verifyJwt } from './jwt.js';
import type { Router } from './router.js';

export interface TokenRequestRecord {
  time: string;
  tenant: string;
  grantType: string;
  clientId: string;
  /** The first scope that is not an OpenID scope, e.g. `https://management.azure.com/.default`. */
  scope: string;
  credential: 'secret' | 'assertion' | 'none';
  /** `sub` of the client assertion (never the assertion itself). */
  assertionSubject?: string;
  /** `jti` of the client assertion: tells whether a client re-used an ID token. */
  assertionId?: string;
  /** `issued`, or the AADSTS code of the refusal. */
  outcome: string;
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access']);
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export class AadError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly aadsts: number,
    readonly description: string,
  ) {
    super(`AADSTS${aadsts}: ${description}`);
  }

  /** The body AAD returns: error, error_description (with trace/correlation ids and timestamp), error_codes, ... */
  toResponse(): EmuResponse {
    const traceId = randomUUID();
    const correlationId = randomUUID();
    const timestamp = new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z');
    return json(this.status, {
      error: this.error,
      error_description: `AADSTS${this.aadsts}: ${this.description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [this.aadsts],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${this.aadsts}`,
    });
  }
}

/** AAD's refusal of an assertion whose issuer, audience or subject matches no federated identity credential. */
function noMatchingRecord(code: number, claim: 'issuer' | 'audience' | 'subject', presented: string): AadError {
  return new AadError(
    400,
    'invalid_request',
    code,
    `No matching federated identity record found for presented assertion ${claim} '${presented}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`,
  );
}

export class IdentityService {
  readonly tokenRequests: TokenRequestRecord[] = [];

  constructor(private readonly ctx: EmulatorContext) {}

  register(router: Router): void {
    router.add('GET', '/{tenant}/v2.0/.well-known/openid-configuration', 'none', (req) =>
      this.openIdConfiguration(req),
    );
    router.add('GET', '/common/discovery/instance', 'none', (req) => this.instanceDiscovery(req));
    router.add('GET', '/{tenant}/discovery/v2.0/keys', 'none', () => json(200, { keys: [] }));
    router.add('POST', '/{tenant}/oauth2/v2.0/token', 'none', (req) => this.token(req));
  }

  private openIdConfiguration(req: EmuRequest): EmuResponse {
    const base = `${req.origin}/${req.params.tenant}`;
    return json(200, {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      // MSAL accepts the document only when the issuer's host is the authority's host.
      issuer: `${req.origin}/${this.ctx.settings.tenantId}/v2.0`,
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
    });
  }

  /** MSAL's instance discovery: declares the authority's host (and the emulator's) a valid cloud instance. */
  private instanceDiscovery(req: EmuRequest): EmuResponse {
    const authorization = req.query.get('authorization_endpoint');
    const hosts = new Set([new URL(req.origin).host]);
    if (authorization) hosts.add(new URL(authorization).host);
    const tenant = authorization ? new URL(authorization).pathname.split('/')[1] : 'common';
    return json(200, {
      tenant_discovery_endpoint: `https://${[...hosts].at(-1)}/${tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [...hosts].map((host) => ({ preferred_network: host, preferred_cache: host, aliases: [host] })),
    });
  }

  private token(req: EmuRequest): EmuResponse {
    const form = req.form ?? new URLSearchParams();
    const record: TokenRequestRecord = {
      time: new Date().toISOString(),
      tenant: req.params.tenant,
      grantType: form.get('grant_type') ?? '',
      clientId: form.get('client_id') ?? '',
      scope: requestedScope(form.get('scope') ?? ''),
      credential: form.has('client_secret') ? 'secret' : form.has('client_assertion') ? 'assertion' : 'none',
      outcome: 'issued',
    };
    this.tokenRequests.push(record);
    try {
      this.authenticate(form, record);
      return json(200, this.issue(record));
    } catch (error) {
      if (!(error instanceof AadError)) throw error;
      record.outcome = `AADSTS${error.aadsts}`;
      return error.toResponse();
    }
  }

  private authenticate(form: URLSearchParams, record: TokenRequestRecord): void {
    const s = this.ctx.settings;
    if (record.tenant !== s.tenantId) {
      throw new AadError(
        400,
        'invalid_request',
        90002,
        `Tenant '${record.tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      );
    }
    if (record.grantType !== 'client_credentials') {
      throw new AadError(
        400,
        'unsupported_grant_type',
        70003,
        `The app requested an unsupported grant type '${record.grantType}'.`,
      );
    }
    if (record.clientId !== s.clientId) {
      throw new AadError(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${record.clientId}' was not found in the directory '${s.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      );
    }
    if (!record.scope)
      throw new AadError(
        400,
        'invalid_request',
        900144,
        "The request body must contain the following parameter: 'scope'.",
      );
    if (record.credential === 'secret') return this.checkSecret(form.get('client_secret') ?? '', record);
    if (record.credential === 'assertion') return this.checkAssertion(form, record);
    throw new AadError(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  }

  private checkSecret(secret: string, record: TokenRequestRecord): void {
    if (secret === this.ctx.settings.clientSecret) return;
    throw new AadError(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${record.clientId}'.`,
    );
  }

  /** Federated credential checks, in AAD's order: well-formed, issuer, audience, subject, then time range. */
  private checkAssertion(form: URLSearchParams, record: TokenRequestRecord): void {
    const fc = this.ctx.settings.federatedCredential;
    const assertion = form.get('client_assertion') ?? '';
    const claims =
      form.get('client_assertion_type') === ASSERTION_TYPE ? verifyJwt(assertion, this.ctx.signingKey) : undefined;
    if (!claims) {
      throw new AadError(400, 'invalid_client', 50027, 'JWT token is invalid or malformed.');
    }
    record.assertionSubject = String(claims.sub);
    record.assertionId = String(claims.jti);
    if (claims.iss !== fc.issuer) {
      throw noMatchingRecord(700211, 'issuer', String(claims.iss));
    }
    const audiences = Array.isArray(claims.aud) ? claims.aud.map(String) : [String(claims.aud)];
    if (!audiences.includes(fc.audience)) {
      throw noMatchingRecord(700212, 'audience', audiences.join(','));
    }
    if (claims.sub !== fc.subject) {
      throw noMatchingRecord(700213, 'subject', String(claims.sub));
    }
    const now = nowSeconds();
    const exp = Number(claims.exp);
    if (!(exp > now)) {
      const at = (t: number) =>
        new Date(t * 1000)
          .toISOString()
          .replace('T', ' ')
          .replace(/\.\d+Z$/, 'Z');
      throw new AadError(
        400,
        'invalid_client',
        700024,
        `Client assertion is not within its valid time range. Current time: ${at(now)}, assertion valid from ${at(Number(claims.nbf ?? claims.iat))}, expiry time of assertion ${at(exp)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`,
      );
    }
  }

  private issue(record: TokenRequestRecord): JsonObject {
    const s = this.ctx.settings;
    const now = nowSeconds();
    const lifetime = s.accessTokenLifetimeSeconds;
    const accessToken = signJwt(
      {
        aud: record.scope.replace(/\/\.default$/, ''),
        iss: `https://sts.windows.net/${s.tenantId}/`,
        iat: now,
        nbf: now,
        exp: now + lifetime,
        appid: s.clientId,
        idtyp: 'app',
        oid: '00000000-0000-0000-0000-0000000000cc',
        sub: '00000000-0000-0000-0000-0000000000cc',
        tid: s.tenantId,
        ver: '1.0',
        uti: randomUUID(),
      },
      this.ctx.signingKey,
    );
    return { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: accessToken };
  }
}

function requestedScope(scopes: string): string {
  return scopes.split(' ').find((scope) => scope && !OIDC_SCOPES.has(scope)) ?? '';
}
