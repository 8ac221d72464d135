/** Claims of a GitHub OIDC token that matter when a federated credential refuses it. Never the token itself. */
export interface IdTokenClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
  job_workflow_ref?: string;
  environment?: string;
}

/** Reads a JWT's payload without verifying it (we only explain; Entra ID verifies). */
export function decodeJwtClaims(token: string): IdTokenClaims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as IdTokenClaims;
  } catch {
    return undefined;
  }
}

/** AADSTS codes that mean "the federated credential does not match the GitHub token". */
const FEDERATION_ERRORS: Record<string, string> = {
  AADSTS70021: 'no federated credential matches the presented token',
  AADSTS700212: 'the token audience does not match the federated credential',
  AADSTS700213: 'the token subject does not match any federated credential',
  AADSTS7002138: 'the token subject/issuer does not match the federated credential',
  AADSTS700024: 'the client assertion (GitHub ID token) has expired',
};

export function federationErrorCode(message: string): string | undefined {
  return Object.keys(FEDERATION_ERRORS)
    .sort((a, b) => b.length - a.length)
    .find((code) => message.includes(code));
}

/**
 * Explains a federated sign-in failure from the token GitHub issued: what it says, what the federated
 * credential in Entra ID must say, and the usual reasons they differ.
 */
export function explainFederationFailure(
  code: string,
  claims: IdTokenClaims | undefined,
  expectedAudience: string,
): string {
  const lines = [`Sign-in with GitHub OIDC failed (${code}: ${FEDERATION_ERRORS[code]}).`];
  if (claims) {
    lines.push(
      'The GitHub ID token presented:',
      `  issuer:   ${claims.iss ?? '(none)'}`,
      `  subject:  ${claims.sub ?? '(none)'}`,
      `  audience: ${[claims.aud ?? '(none)'].flat().join(', ')}`,
    );
  }
  lines.push(
    'The federated credential of the app registration (or managed identity) must have exactly:',
    `  issuer https://token.actions.githubusercontent.com, subject ${claims?.sub ?? '<the subject above>'}, audience ${expectedAudience}`,
    'Common causes:',
    '  - a job `environment:` changes the subject to repo:<owner>/<repo>:environment:<name>',
    '  - pull requests use the subject repo:<owner>/<repo>:pull_request',
    '  - subjects are case-sensitive (owner and repository names included)',
    '  - sovereign clouds need their own audience (e.g. api://AzureADTokenExchangeUSGov)',
  );
  return lines.join('\n');
}
