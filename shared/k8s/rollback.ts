/**
 * `kubectl rollout undo` for a Deployment: put back the pod template of the ReplicaSet with the highest
 * revision below the current one. The Deployment controller then scales that ReplicaSet up again (and gives
 * it a new revision number), so the old pods come back without a new image build.
 */
import type { KubeClient } from './kube-client.js';
import { describeObject, type Workload } from './objects.js';
import { ANNOTATION_PREFIX } from './render.js';
import { replicaSetsOf, revisionOf } from './workload-pods.js';

export type RollbackOutcome =
  | { rolledBack: true; workload: Workload; toRevision: number; fromRevision: number }
  | { rolledBack: false; reason: string };

export async function rollbackDeployment(client: KubeClient, deployment: Workload): Promise<RollbackOutcome> {
  if (deployment.kind !== 'Deployment') {
    return {
      rolledBack: false,
      reason: `${describeObject(deployment)} is not a Deployment; only Deployments are rolled back`,
    };
  }
  const current = revisionOf(deployment);
  const previous = (await replicaSetsOf(client, deployment)).filter((rs) => revisionOf(rs) < current).at(-1);
  if (!previous) {
    return {
      rolledBack: false,
      reason: `${describeObject(deployment)} has no earlier revision (this was its first rollout)`,
    };
  }
  const template = structuredClone(previous.spec.template);
  // The controller adds this label to each ReplicaSet's copy; it is not part of the Deployment's template.
  if (template.metadata?.labels) delete template.metadata.labels['pod-template-hash'];
  const workload = await client.replaceDeploymentTemplate(
    deployment.metadata.namespace ?? 'default',
    deployment.metadata.name ?? '',
    template,
    { [`${ANNOTATION_PREFIX}/rolled-back-from-revision`]: String(current) },
  );
  return { rolledBack: true, workload, toRevision: revisionOf(previous), fromRevision: current };
}
