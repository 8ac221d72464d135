/**
 * An HTTPS front for the HTTPS Azurite of the emulated workspace, reached through the emulator's CONNECT proxy
 * under the production host name, that breaks chosen response bodies the way networks do (`cut`: half the body,
 * then a reset; `corrupt`: one byte flipped). The TLS twin of `startFaultyFront` in ../../support/azurite.ts,
 * which fronts a plain-HTTP Azurite only; bundles reach blob storage over HTTPS through the proxy.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { TLS_CA, TLS_CERT, TLS_KEY, type Azurite, type BodyFault } from '../../support/azurite.js';

export interface TlsFaultyFront {
  /** `127.0.0.1:<port>`, for `emu.routeHost(...)`. */
  address: string;
  /** Requests seen, as `METHOD path` (query excluded), in order. */
  requests: string[];
  close(): Promise<void>;
}

function answer(res: http.ServerResponse, up: http.IncomingMessage, body: Buffer, fault: BodyFault | undefined) {
  res.writeHead(up.statusCode ?? 500, up.headers);
  if (fault === 'cut' && body.length > 1) {
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    setImmediate(() => res.socket?.destroy());
  } else if (fault === 'corrupt' && body.length > 0) {
    body[Math.floor(body.length / 2)] ^= 0xff;
    res.end(body);
  } else {
    res.end(body);
  }
}

export async function startTlsFaultyFront(
  azurite: Azurite,
  decide: (method: string, path: string) => BodyFault | undefined,
): Promise<TlsFaultyFront> {
  if (azurite.protocol !== 'https') throw new Error('the TLS faulty front forwards to an HTTPS Azurite');
  const ca = readFileSync(TLS_CA);
  const requests: string[] = [];
  const server = https.createServer({ cert: readFileSync(TLS_CERT), key: readFileSync(TLS_KEY) }, (req, res) => {
    const pathOnly = decodeURIComponent((req.url ?? '').split('?')[0]);
    requests.push(`${req.method} ${pathOnly}`);
    const fault = decide(req.method ?? 'GET', pathOnly);
    // The Host header is kept: Azurite takes the account from it (devstoreaccount1.blob.core.windows.net).
    const upstream = https.request(
      { host: azurite.host, port: azurite.port, method: req.method, path: req.url, headers: req.headers, ca },
      (up) => {
        const chunks: Buffer[] = [];
        up.on('data', (c: Buffer) => chunks.push(c));
        up.on('end', () => answer(res, up, Buffer.concat(chunks), fault));
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
