/**
 * Bearer-token check of ARM and data-plane routes, answering as ARM does: 401 with the ARM error envelope and a
 * `WWW-Authenticate: Bearer authorization_uri=..., error=..., error_description=...` challenge.
 */
import type { EmulatorSettings } from './options.js';
import type { EmuRequest } from './http.js';
import { ArmError } from './http.js';
import { nowSeconds, verifyJwt } from './jwt.js';
import type { RouteAuth } from './router.js';

const ARM_AUDIENCES = ['https://management.azure.com', 'https://management.core.windows.net'];
/** Run history accepts the ARM token (azure-ai-ml's default) and the Azure ML data-plane audience. */
const DATA_PLANE_AUDIENCES = [...ARM_AUDIENCES, 'https://ml.azure.com'];

export function checkBearer(req: EmuRequest, auth: RouteAuth, s: EmulatorSettings, key: Buffer): void {
  if (auth === 'none') return;
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) {
    throw unauthorized(s, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.");
  }
  const claims = verifyJwt(header.slice('Bearer '.length), key);
  if (!claims) throw unauthorized(s, 'InvalidAuthenticationToken', 'The access token is invalid.');
  const exp = Number(claims.exp);
  if (!(exp > nowSeconds())) {
    const expiry = new Date(exp * 1000).toISOString();
    throw unauthorized(
      s,
      'ExpiredAuthenticationToken',
      `The access token expiry UTC time '${expiry}' is earlier than current UTC time '${new Date().toISOString()}'.`,
    );
  }
  const audience = String(claims.aud).replace(/\/$/, '');
  const accepted = auth === 'arm' ? ARM_AUDIENCES : DATA_PLANE_AUDIENCES;
  if (!accepted.includes(audience)) {
    throw unauthorized(
      s,
      'InvalidAuthenticationTokenAudience',
      `The access token has been obtained for wrong audience or resource '${audience}'. It should exactly match with one of the allowed audiences '${accepted.join("','")}'.`,
    );
  }
}

function unauthorized(s: EmulatorSettings, code: string, message: string): ArmError {
  const challenge = `Bearer authorization_uri="https://login.windows.net/${s.tenantId}", error="invalid_token", error_description="${message.replace(/"/g, "'")}"`;
  return new ArmError(401, code, message, [], { 'WWW-Authenticate': challenge });
}
