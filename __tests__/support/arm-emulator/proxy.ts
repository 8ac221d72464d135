/**
 * An HTTP proxy for HTTPS_PROXY tests. It accepts `CONNECT host:port` and tunnels to the emulator (any host the
 * test certificate names, e.g. management.azure.com:443, login.microsoftonline.com:443), to a routed local port
 * (`routeHost`), or to 127.0.0.1/localhost as asked; every other target is refused with 502, so nothing reaches the
 * internet. Every CONNECT target is logged, so a test can prove no request bypassed the proxy.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ConnectRecord {
  time: string;
  /** `host:port` as the client asked. */
  target: string;
  /** `host:port` the tunnel went to, or undefined when refused. */
  routedTo?: string;
}

/** Host names the test server certificate covers (see __tests__/support/tls/server.cnf). */
const EMULATED_HOSTS = [
  /^management\.azure\.com$/,
  /^login\.microsoftonline\.com$/,
  /^[a-z0-9-]+\.api\.azureml\.ms$/,
  /^ml\.azure\.com$/,
  /^token\.actions\.githubusercontent\.com$/,
];

export class ConnectProxy {
  readonly connects: ConnectRecord[] = [];
  private readonly routes = new Map<string, string>();
  private readonly server = http.createServer((req, res) => this.forwardPlainHttp(req, res));
  private readonly sockets = new Set<net.Socket>();

  constructor(private readonly emulatorPort: number) {
    this.server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) =>
      this.tunnel(req.url ?? '', client, head),
    );
    this.server.on('connection', (socket: net.Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Tunnel CONNECTs for `hostPort` (e.g. `devstoreaccount1.blob.core.windows.net:443`) to `to` (`127.0.0.1:10000`). */
  routeHost(hostPort: string, to: string): void {
    this.routes.set(hostPort.toLowerCase(), to);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private resolve(target: string): string | undefined {
    const routed = this.routes.get(target.toLowerCase());
    if (routed) return routed;
    const [host, port] = target.split(':');
    if (host === '127.0.0.1' || host === 'localhost') return `127.0.0.1:${port}`;
    if (port === '443' && EMULATED_HOSTS.some((re) => re.test(host.toLowerCase())))
      return `127.0.0.1:${this.emulatorPort}`;
    return undefined;
  }

  private tunnel(target: string, client: net.Socket, head: Buffer): void {
    const routedTo = this.resolve(target);
    this.connects.push({ time: new Date().toISOString(), target, routedTo });
    if (!routedTo) {
      client.end(`HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const [host, port] = routedTo.split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    this.sockets.add(upstream);
    upstream.on('close', () => this.sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  }

  /** Absolute-URI requests (plain-HTTP proxying, e.g. to an http Azurite) for routed or local targets only. */
  private forwardPlainHttp(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '', 'http://invalid');
    const target = `${url.hostname}:${url.port || '80'}`;
    const routedTo = url.hostname === 'invalid' ? undefined : this.resolve(target);
    this.connects.push({ time: new Date().toISOString(), target: `http://${target}`, routedTo });
    if (!routedTo) {
      res.writeHead(502).end();
      return;
    }
    const [host, port] = routedTo.split(':');
    const upstream = http.request(
      { host, port: Number(port), method: req.method, path: url.pathname + url.search, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }
}
