import { AzureCliCredential, ClientAssertionCredential, ClientSecretCredential } from '@azure/identity';
import type { AccessToken, TokenCredential } from '@azure/identity';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { UserError, errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { armScope, isKnownAuthority } from './cloud.js';
import { decodeJwtClaims, explainFederationFailure, federationErrorCode } from './github-token.js';
import type { IdTokenClaims } from './github-token.js';
import type { CloudEndpoints } from './session.js';

export type AuthMethod = 'service-principal-secret' | 'oidc' | 'azure-cli';

export interface AuthOptions {
  /** The JSON of an AZURE_CREDENTIALS secret: clientId, clientSecret, tenantId[, subscriptionId]. */
  creds?: string;
  /** For OpenID Connect federation (with tenantId). */
  clientId?: string;
  tenantId?: string;
  /**
   * Asks GitHub for a fresh ID token for `audience`. Undefined when the job may not mint one
   * (no `permissions: id-token: write`). Called again whenever a new access token is needed,
   * because GitHub's ID tokens live about five minutes and a pipeline can run for hours.
   */
  idTokenProvider?: (audience: string) => Promise<string>;
  /** Try an existing `az login` session last (default true). */
  allowAzureCli?: boolean;
}

export interface SignedIn {
  credential: TokenCredential;
  method: AuthMethod;
}

interface Candidate {
  method: AuthMethod;
  label: string;
  make: () => TokenCredential;
  /** Why a failure happened, in the user's terms; undefined to show the raw error. */
  explain?: (error: unknown) => string | undefined;
}

interface ServicePrincipalSecret {
  clientId: string;
  clientSecret: string;
  tenantId: string;
  subscriptionId?: string;
}

/** Parses AZURE_CREDENTIALS without ever echoing it; names the input and the missing keys. */
export function parseCreds(json: string, log: Logger): ServicePrincipalSecret {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(json) as Record<string, unknown>;
  } catch {
    throw new UserError("Input 'creds' is not valid JSON. Expected the AZURE_CREDENTIALS secret: " + credsShape);
  }
  const get = (k: string) => (typeof value[k] === 'string' ? (value[k] as string) : undefined);
  const secret = get('clientSecret');
  if (secret) log.secret(secret);
  const missing = ['clientId', 'clientSecret', 'tenantId'].filter((k) => !get(k));
  if (missing.length) throw new UserError(`Input 'creds' lacks ${missing.join(', ')}. Expected ${credsShape}`);
  return {
    clientId: get('clientId')!,
    clientSecret: secret!,
    tenantId: get('tenantId')!,
    subscriptionId: get('subscriptionId'),
  };
}

const credsShape = '{"clientId": "...", "clientSecret": "...", "tenantId": "...", "subscriptionId": "..."}';

/**
 * Chooses and proves a credential: AZURE_CREDENTIALS, then OIDC federation, then the Azure CLI.
 * Each configured method is tried in that order until one gets an ARM token; the choice is logged,
 * and when none works the error lists what was tried and why each failed.
 */
export async function signIn(options: AuthOptions, cloud: CloudEndpoints, log: Logger): Promise<SignedIn> {
  const sp = options.creds?.trim() ? parseCreds(options.creds, log) : undefined;
  const candidates = listCandidates(options, sp, cloud, log);
  const tried: string[] = [];
  for (const candidate of candidates) {
    const credential = candidate.make();
    try {
      await credential.getToken(armScope(cloud));
      log.info(`Signed in to Azure with ${candidate.label}.`);
      return { credential, method: candidate.method };
    } catch (error) {
      const explained = candidate.explain?.(error);
      tried.push(`  - ${candidate.label}: ${explained ? indent(explained) : firstLine(errorMessage(error))}`);
    }
  }
  throw new UserError(signInHelp(options, tried));
}

function listCandidates(
  options: AuthOptions,
  sp: ServicePrincipalSecret | undefined,
  cloud: CloudEndpoints,
  log: Logger,
): Candidate[] {
  // MSAL validates unknown authorities against the public cloud; Azure Stack/ADFS hosts must skip that.
  const authority = {
    authorityHost: cloud.authorityHost,
    disableInstanceDiscovery: !isKnownAuthority(cloud.authorityHost),
  };
  const out: Candidate[] = [];
  if (sp) {
    const answers = new TokenEndpointAnswers();
    out.push({
      method: 'service-principal-secret',
      label: `the service principal secret in 'creds' (client ${sp.clientId})`,
      make: () =>
        new ClientSecretCredential(sp.tenantId, sp.clientId, sp.clientSecret, {
          ...authority,
          additionalPolicies: [answers.config],
        }),
      explain: () => answers.describeNonOAuthFailure(),
    });
  }
  if (options.clientId && options.tenantId) {
    const provider = options.idTokenProvider;
    if (!provider) {
      out.push({
        method: 'oidc',
        label: `OpenID Connect (client ${options.clientId})`,
        make: () => unavailable('no GitHub OIDC token'),
        explain: () => missingIdTokenPermission,
      });
    } else {
      let lastClaims: IdTokenClaims | undefined;
      const answers = new TokenEndpointAnswers();
      const getAssertion = async () => {
        const token = await provider(cloud.oidcAudience);
        log.secret(token);
        lastClaims = decodeJwtClaims(token);
        return token;
      };
      out.push({
        method: 'oidc',
        label: `OpenID Connect federation (client ${options.clientId}, audience ${cloud.oidcAudience})`,
        make: () =>
          new ClientAssertionCredential(options.tenantId!, options.clientId!, getAssertion, {
            ...authority,
            additionalPolicies: [answers.config],
          }),
        explain: (error) => {
          const code = federationErrorCode(errorMessage(error));
          return code
            ? explainFederationFailure(code, lastClaims, cloud.oidcAudience)
            : answers.describeNonOAuthFailure();
        },
      });
    }
  }
  if (options.allowAzureCli !== false) {
    out.push({
      method: 'azure-cli',
      label: 'the Azure CLI login (az login / azure/login)',
      make: () => new AzureCliCredential(),
    });
  }
  return out;
}

/**
 * The last error answer of a credential's token endpoint. MSAL reads only OAuth error bodies
 * (`{"error": "invalid_client", "error_description": ...}`); any other answer (a gateway's `{"error": {code,
 * message}}` envelope, an HTML page) reaches us as "[object Object]: Error(s): Not Available", so the answer
 * itself is kept to say what the service said.
 */
class TokenEndpointAnswers {
  private last?: { status: number; body: string; requestId?: string };

  readonly config = {
    position: 'perRetry' as const,
    policy: {
      name: 'tokenEndpointAnswers',
      sendRequest: async (request, next) => {
        const response = await next(request);
        if (response.status >= 400) {
          const requestId = response.headers.get('x-ms-request-id') ?? response.headers.get('x-ms-correlation-id');
          this.last = { status: response.status, body: response.bodyAsText ?? '', requestId };
        } else this.last = undefined;
        return response;
      },
    } satisfies PipelinePolicy,
  };

  /** What the endpoint said, when it was not an OAuth error MSAL can word; undefined otherwise. */
  describeNonOAuthFailure(): string | undefined {
    if (!this.last) return undefined;
    const { status, body, requestId } = this.last;
    const parsed = parseJson(body) as { error?: unknown; code?: unknown; message?: unknown } | undefined;
    if (typeof parsed?.error === 'string') return undefined;
    const envelope = (typeof parsed?.error === 'object' && parsed.error ? parsed.error : parsed) as
      { code?: unknown; message?: unknown } | undefined;
    const code = typeof envelope?.code === 'string' ? envelope.code : undefined;
    const message = typeof envelope?.message === 'string' ? envelope.message : undefined;
    const said = [code, message].filter(Boolean).join(': ') || firstLine(body.replace(/\s+/g, ' ').trim());
    const facts = [`HTTP ${status}`, requestId ? `request id ${requestId}` : undefined].filter(Boolean).join(', ');
    return `the token endpoint kept failing: ${said || 'no error details in the answer'} (${facts})`;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const missingIdTokenPermission =
  'client-id and tenant-id are set for OpenID Connect, but this job cannot request a GitHub ID token ' +
  '(ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add to the workflow or job:\n  permissions:\n    id-token: write\n    contents: read';

function unavailable(reason: string): TokenCredential {
  return {
    getToken: async (): Promise<AccessToken> => {
      throw new Error(reason);
    },
  };
}

function signInHelp(options: AuthOptions, tried: string[]): string {
  const lines = ['Could not sign in to Azure.'];
  if (tried.length) lines.push('Tried, in order:', ...tried);
  else lines.push('No credentials were given.');
  if (!options.creds && !(options.clientId && options.tenantId)) {
    lines.push(
      'Give one of:',
      "  - 'client-id' and 'tenant-id' (or AZURE_CLIENT_ID / AZURE_TENANT_ID) with `permissions: id-token: write` (OpenID Connect, recommended)",
      "  - 'creds': the JSON of an AZURE_CREDENTIALS secret",
      '  - an earlier azure/login step (Azure CLI)',
    );
  }
  return lines.join('\n');
}

const firstLine = (s: string) => s.split('\n')[0].slice(0, 400);
const indent = (s: string) => s.split('\n').join('\n    ');
