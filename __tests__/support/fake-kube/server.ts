/**
 * A Kubernetes API server stand-in for tests (no real kube-apiserver can run on these machines). Over HTTPS
 * with the test CA, it serves discovery, server-side apply (PATCH application/apply-patch+yaml with
 * fieldManager, force and dryRun=All), GET/LIST/watch with label and field selectors, pod logs, and `Status`
 * errors, and drives rollouts through FakeController. Bearer-token auth is checked, so exec plugins are
 * exercised for real. Start one per test file: `const kube = await startFakeKube()`; `await kube.close()`.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { KubeObject } from '../../../shared/k8s/objects.js';
import { FakeController, type ControllerOptions, type RolloutScript } from './controller.js';
import { RESOURCES, discovery, groupVersion, resourceByKind, type ResourceType } from './resources.js';
import { ApiStatusError, ObjectStore } from './store.js';

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'];
const tlsDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'tls');
export const caPem = () => readFileSync(path.join(tlsDir, 'ca.pem'), 'utf8');

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType?: string;
}

export interface FakeKubeOptions extends Partial<ControllerOptions> {
  /** The bearer token clients must send; default `test-token`. */
  token?: string;
}

export interface FakeKube {
  url: string;
  token: string;
  requests: RecordedRequest[];
  /** Requests that changed state (non-GET, not dry-run). */
  writes(): RecordedRequest[];
  get<T extends KubeObject = KubeObject>(
    apiVersion: string,
    kind: string,
    namespace: string,
    name: string,
  ): T | undefined;
  list<T extends KubeObject = KubeObject>(apiVersion: string, kind: string, namespace?: string): T[];
  /** Stores an object as if an earlier deploy (or another tool) had applied it with `manager`. */
  seed(object: KubeObject, manager?: string): KubeObject;
  scriptImage(image: string, script: RolloutScript): void;
  close(): Promise<void>;
}

interface Route {
  resource: ResourceType;
  namespace: string;
  name?: string;
  subresource?: string;
}

function parseRoute(pathname: string): Route | undefined {
  const m =
    /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(
      pathname,
    );
  if (!m) return undefined;
  const gv = m[1] ?? `${m[2]}/${m[3]}`;
  const resource = RESOURCES.find((r) => groupVersion(r) === gv && r.plural === m[5]);
  if (!resource) return undefined;
  return { resource, namespace: m[4] ?? '', name: m[6], subresource: m[7] };
}

function send(res: ServerResponse, code: number, body: unknown, contentType = 'application/json'): void {
  res.writeHead(code, { 'Content-Type': contentType });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function sendStatus(res: ServerResponse, error: ApiStatusError): void {
  send(res, error.code, {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: error.message,
    reason: error.reason,
    code: error.code,
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

export async function startFakeKube(options: FakeKubeOptions = {}): Promise<FakeKube> {
  const token = options.token ?? 'test-token';
  const resourceOf = (apiVersion: string, kind: string) => resourceByKind(apiVersion, kind);
  const byKind = (kind: string) => RESOURCES.find((r) => r.kind === kind) as ResourceType;
  const store = new ObjectStore(resourceOf);
  const controller = new FakeController(
    store,
    {
      defaultScript: options.defaultScript ?? { kind: 'ready', afterPolls: 1 },
      crashLog: options.crashLog ?? 'Traceback (most recent call last):\nKeyError: MODEL_PATH',
    },
    byKind,
  );
  store.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  const requests: RecordedRequest[] = [];
  const watches = new Set<() => void>();

  function handle(req: IncomingMessage, body: string, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'https://fake');
    const query = Object.fromEntries(url.searchParams);
    requests.push({ method: req.method ?? '', path: url.pathname, query, contentType: req.headers['content-type'] });
    if (req.headers.authorization !== `Bearer ${token}`) throw new ApiStatusError(401, 'Unauthorized', 'Unauthorized');
    const doc = discovery(url.pathname);
    if (doc) return send(res, 200, doc);
    const route = parseRoute(url.pathname);
    if (!route)
      throw new ApiStatusError(404, 'NotFound', `the server could not find the requested resource (${url.pathname})`);
    const { resource, namespace, name } = route;
    const gv = groupVersion(resource);
    if (req.method === 'GET' && !name && ['true', '1'].includes(url.searchParams.get('watch') ?? '')) {
      return watch(res, () =>
        store.list(
          resource,
          namespace || undefined,
          url.searchParams.get('labelSelector'),
          url.searchParams.get('fieldSelector'),
        ),
      );
    }
    if (req.method === 'GET' && !name) {
      const items = store.list(
        resource,
        resource.namespaced && namespace ? namespace : undefined,
        url.searchParams.get('labelSelector'),
        url.searchParams.get('fieldSelector'),
      );
      return send(res, 200, {
        kind: `${resource.kind}List`,
        apiVersion: gv,
        metadata: { resourceVersion: '1' },
        items,
      });
    }
    if (!name) throw new ApiStatusError(405, 'MethodNotAllowed', `${req.method} on a collection is not supported here`);
    const notFound = () =>
      new ApiStatusError(
        404,
        'NotFound',
        `${resource.plural}${resource.group ? `.${resource.group}` : ''} "${name}" not found`,
      );
    if (req.method === 'GET' && route.subresource === 'log') {
      if (!store.get(resource, namespace, name)) throw notFound();
      return send(res, 200, controller.previousLog(), 'text/plain');
    }
    if (req.method === 'GET') {
      const object = store.get(resource, namespace, name);
      if (!object) throw notFound();
      if (WORKLOAD_KINDS.includes(resource.kind)) controller.poll(object);
      return send(res, 200, object);
    }
    if (req.method === 'PATCH') {
      if (req.headers['content-type'] !== 'application/apply-patch+yaml') {
        throw new ApiStatusError(
          415,
          'UnsupportedMediaType',
          `this stand-in implements server-side apply only, not ${req.headers['content-type']}`,
        );
      }
      const dryRun = url.searchParams.get('dryRun') === 'All';
      const applied = store.apply(resource, namespace, name, parseYaml(body) as KubeObject, {
        manager: url.searchParams.get('fieldManager') ?? '',
        force: url.searchParams.get('force') === 'true',
        dryRun,
      });
      if (!dryRun) controller.observe(applied.object);
      if (!dryRun) store.put(applied.object);
      return send(res, applied.created ? 201 : 200, applied.object);
    }
    throw new ApiStatusError(405, 'MethodNotAllowed', `${req.method} is not supported by this stand-in`);
  }

  /**
   * A watch stream (newline-delimited `{"type","object"}` events, as kubectl's `rollout status` reads): each
   * tick polls the watched workloads and sends the ones whose resourceVersion changed. Ends after 30 s.
   */
  function watch(res: ServerResponse, items: () => KubeObject[]): void {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    const sent = new Map<string, string>();
    const tick = () => {
      for (const o of items()) {
        if (WORKLOAD_KINDS.includes(o.kind)) controller.poll(o);
        const uid = o.metadata.uid ?? '';
        if (sent.get(uid) === o.metadata.resourceVersion) continue;
        res.write(`${JSON.stringify({ type: sent.has(uid) ? 'MODIFIED' : 'ADDED', object: o })}\n`);
        sent.set(uid, o.metadata.resourceVersion ?? '');
      }
    };
    tick();
    const timer = setInterval(tick, 100);
    const stop = setTimeout(() => res.end(), 30000);
    const end = () => {
      clearInterval(timer);
      clearTimeout(stop);
      watches.delete(end);
    };
    watches.add(end);
    // The response's close (not the request's, which fires once its body is read) means the client went away.
    res.on('close', end);
  }

  const server = createServer(
    { key: readFileSync(path.join(tlsDir, 'server.key')), cert: readFileSync(path.join(tlsDir, 'server.pem')) },
    (req, res) => {
      readBody(req)
        .then((body) => handle(req, body, res))
        .catch((error: unknown) =>
          sendStatus(
            res,
            error instanceof ApiStatusError ? error : new ApiStatusError(500, 'InternalError', String(error)),
          ),
        );
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const kindOf = (apiVersion: string, kind: string) => {
    const r = resourceOf(apiVersion, kind);
    if (!r) throw new Error(`fake-kube serves no ${apiVersion} ${kind}`);
    return r;
  };
  return {
    url: `https://127.0.0.1:${port}`,
    token,
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET' && r.query.dryRun !== 'All'),
    get: <T extends KubeObject>(apiVersion: string, kind: string, namespace: string, name: string) =>
      store.get(kindOf(apiVersion, kind), namespace, name) as T | undefined,
    list: <T extends KubeObject>(apiVersion: string, kind: string, namespace?: string) =>
      store.list(kindOf(apiVersion, kind), namespace, null, null) as T[],
    seed: (object, manager = 'kubectl-client-side-apply') => {
      const r = kindOf(object.apiVersion, object.kind);
      const applied = store.apply(r, object.metadata.namespace ?? '', object.metadata.name ?? '', object, {
        manager,
        force: true,
        dryRun: false,
      });
      controller.observe(applied.object);
      return store.put(applied.object);
    },
    scriptImage: (image, script) => controller.scriptImage(image, script),
    close: () =>
      new Promise<void>((resolve) => {
        for (const end of watches) end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
