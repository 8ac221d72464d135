/**
 * Everything the deploy needs from the API server, behind one interface that tests can replace.
 * The implementation uses @kubernetes/client-node in process: no kubectl binary to find or version-match,
 * typed errors instead of parsed stderr, and the kubeconfig's auth (tokens, client certs, exec plugins)
 * handled the way kubectl handles it.
 * client-node is most of the k8s-deploy bundle: only deploy.ts's `openCluster` imports this module (and
 * kubeconfig.ts), at run time, so a dry run or a step that fails on its inputs never loads it. Other modules
 * import only its types, and `KubeApiError` from kube-api-error.ts.
 */
import {
  ApiException,
  AppsV1Api,
  CoreV1Api,
  KubernetesObjectApi,
  PatchStrategy,
  type KubeConfig,
  type KubernetesObject,
} from '@kubernetes/client-node';
import { KubeApiError } from './kube-api-error.js';
import type { KubeEvent, KubeObject, Pod, Workload } from './objects.js';

export { KubeApiError };

export interface ApplyOptions {
  /** Owner of the applied fields; a fixed name so re-runs update their own fields instead of conflicting. */
  fieldManager: string;
  /** Take over fields another manager owns (kubectl apply --server-side --force-conflicts). */
  force: boolean;
  /** Server-side dry run: admission and validation run, nothing is stored. */
  dryRun: boolean;
}

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface KubeClient {
  /** Server-side apply (PATCH application/apply-patch+yaml); creates the object when it does not exist. */
  apply(object: KubeObject, options: ApplyOptions): Promise<KubeObject>;
  get<T extends KubeObject>(ref: ObjectRef): Promise<T | undefined>;
  listPods(namespace: string, labelSelector: string): Promise<Pod[]>;
  listReplicaSets(namespace: string, labelSelector: string): Promise<Workload[]>;
  listEvents(namespace: string, involvedObjectName: string): Promise<KubeEvent[]>;
  podLog(namespace: string, pod: string, container: string, tailLines: number): Promise<string>;
}

interface StatusBody {
  reason?: string;
  message?: string;
}

function parseStatusBody(body: unknown): StatusBody {
  if (typeof body === 'object' && body !== null) return body as StatusBody;
  try {
    return JSON.parse(String(body)) as StatusBody;
  } catch {
    return { message: String(body) };
  }
}

/** Turns client-node's ApiException (whose message is a dump of headers) into the API's own reason and message. */
export function toKubeApiError(error: unknown): unknown {
  if (!(error instanceof ApiException)) return error;
  const status = parseStatusBody(error.body);
  return new KubeApiError(error.code, status.reason ?? 'Unknown', status.message ?? `HTTP ${error.code}`);
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toKubeApiError(error);
  }
}

export class ClientNodeKubeClient implements KubeClient {
  private readonly objects: KubernetesObjectApi;
  private readonly apps: AppsV1Api;
  private readonly core: CoreV1Api;

  constructor(config: KubeConfig) {
    this.objects = KubernetesObjectApi.makeApiClient(config);
    this.apps = config.makeApiClient(AppsV1Api);
    this.core = config.makeApiClient(CoreV1Api);
  }

  async apply(object: KubeObject, options: ApplyOptions): Promise<KubeObject> {
    const body = object as KubernetesObject;
    const dryRun = options.dryRun ? 'All' : undefined;
    const applied = await call(() =>
      this.objects.patch(body, undefined, dryRun, options.fieldManager, options.force, PatchStrategy.ServerSideApply),
    );
    return applied as KubeObject;
  }

  async get<T extends KubeObject>(ref: ObjectRef): Promise<T | undefined> {
    const header = {
      apiVersion: ref.apiVersion,
      kind: ref.kind,
      metadata: { name: ref.name, namespace: ref.namespace },
    };
    try {
      return (await call(() => this.objects.read(header))) as unknown as T;
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  async listPods(namespace: string, labelSelector: string): Promise<Pod[]> {
    const list = await call(() => this.core.listNamespacedPod({ namespace, labelSelector }));
    return list.items as unknown as Pod[];
  }

  async listReplicaSets(namespace: string, labelSelector: string): Promise<Workload[]> {
    const list = await call(() => this.apps.listNamespacedReplicaSet({ namespace, labelSelector }));
    return list.items as unknown as Workload[];
  }

  async listEvents(namespace: string, involvedObjectName: string): Promise<KubeEvent[]> {
    const fieldSelector = `involvedObject.name=${involvedObjectName}`;
    const list = await call(() => this.core.listNamespacedEvent({ namespace, fieldSelector }));
    return list.items as unknown as KubeEvent[];
  }

  async podLog(namespace: string, pod: string, container: string, tailLines: number): Promise<string> {
    return call(() => this.core.readNamespacedPodLog({ namespace, name: pod, container, previous: true, tailLines }));
  }
}
