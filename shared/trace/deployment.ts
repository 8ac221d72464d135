/**
 * The workload a trace starts from: read from the cluster (the kubeconfig's credentials, as k8s-deploy uses
 * them), or from a manifest file (k8s-deploy's rendered output, e.g. after a dry run). The Kubernetes client is
 * loaded only when a cluster is read, so tracing an image or a model never loads it.
 */
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { KubeconfigSource } from '../k8s/kubeconfig.js';
import { loadManifests } from '../k8s/manifests.js';
import { isWorkload, type KubeObject } from '../k8s/objects.js';

export interface ClusterWorkload {
  kubeconfig: KubeconfigSource;
  /** Empty: the kubeconfig context's namespace, else `default`. */
  namespace: string;
  name: string;
  /** Deployment (default), StatefulSet or DaemonSet. */
  kind: string;
  searchPath: string;
}

export async function readClusterWorkload(
  request: ClusterWorkload,
  log: Logger,
): Promise<{ object: KubeObject; source: string }> {
  const { loadKubeconfig } = await import('../k8s/kubeconfig.js');
  const { ClientNodeKubeClient } = await import('../k8s/kube-client.js');
  const cluster = await loadKubeconfig(request.kubeconfig, log, request.searchPath);
  const namespace = request.namespace || cluster.namespace || 'default';
  const client = new ClientNodeKubeClient(cluster.config);
  const object = await client.get({ apiVersion: 'apps/v1', kind: request.kind, name: request.name, namespace });
  if (!object) throw new UserError(`${request.kind} ${namespace}/${request.name} does not exist on ${cluster.server}.`);
  return { object, source: `cluster ${cluster.server}` };
}

/** The first workload in a manifest file (a rendered one holds one object). */
export async function readManifestWorkload(file: string, cwd: string): Promise<{ object: KubeObject; source: string }> {
  const manifests = await loadManifests([file], { cwd });
  const workload = manifests.find((m) => isWorkload(m.object));
  if (!workload) throw new UserError(`Input 'manifest': ${file} holds no Deployment, StatefulSet, DaemonSet or Job.`);
  return { object: workload.object, source: `manifest ${file}` };
}
