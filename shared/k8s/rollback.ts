/**
 * `kubectl rollout undo` for a Deployment: put back the pod template of the ReplicaSet with the highest
 * revision below the current one. The Deployment controller then scales that ReplicaSet up again (giving
 * it a new revision number), so the old pods come back without a new image build.
 *
 * The template is put back by server-side apply under our own field manager (forced, since we are restoring
 * a known state): a JSON patch, as kubectl sends, would record another manager owning the template, and the
 * next deploy's apply would then conflict with it.
 */
import type { KubeClient } from './kube-client.js';
import { describeObject, type KubeObject, type Workload } from './objects.js';
import { LEGACY_K8S_PREFIX } from '../lineage/keys.js';
import { ANNOTATION_PREFIX } from './render.js';
import { replicaSetsOf, revisionOf } from './workload-pods.js';

export type RollbackOutcome =
  | { rolledBack: true; workload: Workload; toRevision: number; fromRevision: number }
  | { rolledBack: false; reason: string };

/** The lineage annotations of the revision we go back to, so the workload says what it runs again. */
function restoredAnnotations(applied: KubeObject, previous: Workload, fromRevision: number): Record<string, string> {
  // A revision deployed by the previous release carries the old prefix: it is restored as it was.
  const ours = (key: string) => key.startsWith(`${ANNOTATION_PREFIX}/`) || key.startsWith(`${LEGACY_K8S_PREFIX}/`);
  const own = (annotations: Record<string, string> | undefined) =>
    Object.entries(annotations ?? {}).filter(([k]) => ours(k));
  return Object.fromEntries([
    ...Object.entries(applied.metadata.annotations ?? {}).filter(([k]) => !ours(k)),
    ...own(previous.spec.template.metadata?.annotations),
    [`${ANNOTATION_PREFIX}/rolled-back-from-revision`, String(fromRevision)],
  ]);
}

/**
 * Rolls `deployment` (as read from the server) back; `applied` is the configuration this deploy applied,
 * re-applied with the previous template so every other field we own stays as it is.
 */
export async function rollbackDeployment(
  client: KubeClient,
  deployment: Workload,
  applied: KubeObject,
  fieldManager: string,
): Promise<RollbackOutcome> {
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
  const restored: KubeObject = {
    ...applied,
    metadata: { ...applied.metadata, annotations: restoredAnnotations(applied, previous, current) },
    spec: { ...(applied.spec as object), template },
  };
  const workload = (await client.apply(restored, { fieldManager, force: true, dryRun: false })) as Workload;
  return { rolledBack: true, workload, toRevision: revisionOf(previous), fromRevision: current };
}
