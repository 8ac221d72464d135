/**
 * Which pods belong to the version being rolled out, so an old pod's trouble is not blamed on the new one.
 */
import type { KubeClient } from './kube-client.js';
import { formatLabelSelector, type Pod, type Workload } from './objects.js';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

export function revisionOf(o: Workload): number {
  return Number(o.metadata.annotations?.[REVISION_ANNOTATION] ?? 0);
}

/** The ReplicaSets a Deployment controls, oldest revision first. */
export async function replicaSetsOf(client: KubeClient, deployment: Workload): Promise<Workload[]> {
  const namespace = deployment.metadata.namespace ?? 'default';
  const sets = await client.listReplicaSets(namespace, formatLabelSelector(deployment.spec.selector));
  return sets
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === deployment.metadata.uid))
    .sort((a, b) => revisionOf(a) - revisionOf(b));
}

/** The pods running the workload's current template (for a Deployment: its newest ReplicaSet's pods). */
export async function currentPods(client: KubeClient, workload: Workload): Promise<Pod[]> {
  const namespace = workload.metadata.namespace ?? 'default';
  const selector = formatLabelSelector(workload.spec.selector);
  if (!selector) return [];
  if (workload.kind === 'Deployment') {
    const sets = await replicaSetsOf(client, workload);
    const current = sets.find((rs) => revisionOf(rs) === revisionOf(workload)) ?? sets.at(-1);
    const hash = current?.metadata.labels?.['pod-template-hash'];
    if (!hash) return [];
    return client.listPods(namespace, `${selector},pod-template-hash=${hash}`);
  }
  const pods = await client.listPods(namespace, selector);
  const revision = workload.kind === 'StatefulSet' ? workload.status?.updateRevision : undefined;
  return revision ? pods.filter((p) => p.metadata.labels?.['controller-revision-hash'] === revision) : pods;
}
