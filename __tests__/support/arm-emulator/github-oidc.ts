/**
 * Stand-in for GitHub's OIDC token service, what `core.getIDToken(audience)` calls:
 * GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=<aud> with `Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN`,
 * answered with `{"value":"<JWT>"}`.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from './context.js';
import type { EmuRequest, EmuResponse } from './http.js';
import { json } from './http.js';
import type { JsonObject } from './json.js';
import { nowSeconds, signJwt } from './jwt.js';
import { GITHUB_ISSUER } from './options.js';
import type { Router } from './router.js';

export const GITHUB_OIDC_PATH = '/_github/oidc/token';

export interface IdTokenRequestRecord {
  time: string;
  audience: string;
  subject: string;
}

export class GithubOidcService {
  readonly requests: IdTokenRequestRecord[] = [];

  constructor(private readonly ctx: EmulatorContext) {}

  register(router: Router): void {
    router.add('GET', GITHUB_OIDC_PATH, 'none', (req) => this.token(req));
  }

  /** How many ID tokens were handed out. */
  get requestCount(): number {
    return this.requests.length;
  }

  /** Environment a child process needs for `core.getIDToken()` (what `permissions: id-token: write` provides). */
  env(origin: string): Record<string, string> {
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${origin}${GITHUB_OIDC_PATH}?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.ctx.settings.githubOidc.requestToken,
    };
  }

  /** An ID token as the service would issue it, with `overrides` applied (expired, other subject, ...). */
  mint(audience: string, overrides: Partial<Record<string, string | number>> = {}): string {
    const o = this.ctx.settings.githubOidc;
    const now = nowSeconds();
    const claims: JsonObject = {
      jti: randomUUID(),
      sub: o.subject,
      aud: audience,
      ref: 'refs/heads/main',
      sha: '0000000000000000000000000000000000000000',
      repository: 'octo-org/octo-repo',
      repository_owner: 'octo-org',
      run_id: '1',
      run_attempt: '1',
      actor: 'octocat',
      workflow: 'mlops',
      event_name: 'push',
      ref_type: 'branch',
      job_workflow_ref: 'octo-org/octo-repo/.github/workflows/mlops.yml@refs/heads/main',
      runner_environment: 'github-hosted',
      ...o.claims,
      iss: GITHUB_ISSUER,
      nbf: now - 5,
      iat: now,
      exp: now + o.lifetimeSeconds,
    };
    for (const [k, v] of Object.entries(overrides)) if (v !== undefined) claims[k] = v;
    return signJwt(claims, this.ctx.signingKey);
  }

  private token(req: EmuRequest): EmuResponse {
    if (req.headers.authorization !== `Bearer ${this.ctx.settings.githubOidc.requestToken}`) {
      return json(401, { message: 'Bad credentials' });
    }
    const audience =
      req.query.get('audience') ??
      `https://github.com/${this.ctx.settings.githubOidc.claims.repository_owner ?? 'octo-org'}`;
    this.requests.push({ time: new Date().toISOString(), audience, subject: this.ctx.settings.githubOidc.subject });
    return json(200, { value: this.mint(audience) });
  }
}
