/**
 * TLS material of the emulators (`__tests__/support/tls`). The server certificate names 127.0.0.1, localhost and
 * the public Azure / GitHub host names the emulators stand in for, so the same server answers direct requests and
 * requests tunnelled through the CONNECT proxy under their public names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';

const tlsDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'tls');

/** Path of the test CA, for NODE_EXTRA_CA_CERTS of child processes. */
export const caPath = path.join(tlsDir, 'ca.pem');

export function serverTlsMaterial(): { cert: string; key: string; ca: string } {
  return {
    cert: readFileSync(path.join(tlsDir, 'server.pem'), 'utf8'),
    key: readFileSync(path.join(tlsDir, 'server.key'), 'utf8'),
    ca: readFileSync(caPath, 'utf8'),
  };
}

/**
 * Makes the test CA trusted by every TLS client of THIS process (jest), the way NODE_EXTRA_CA_CERTS does for a
 * child process. NODE_EXTRA_CA_CERTS is read only at process start, so in-process clients (@azure/identity, the
 * ARM SDK, @actions/http-client) need the CA added to Node's default list at run time. Idempotent.
 */
export function trustTestCa(): void {
  const ca = serverTlsMaterial().ca.trim();
  const current = tls.getCACertificates('default');
  if (current.some((pem) => pem.trim() === ca)) return;
  tls.setDefaultCACertificates([...current, ca]);
}
