/**
 * Judges one workload's rollout from its status, the way `kubectl rollout status` does
 * (kubectl/pkg/polymorphichelpers/rollout_status.go), plus Jobs, which kubectl does not watch.
 * Pure: a status object in, a verdict out.
 */
import { conditionOf, type Workload } from './objects.js';

export type Verdict =
  { state: 'done'; message: string } | { state: 'waiting'; message: string } | { state: 'failed'; message: string };

const done = (message: string): Verdict => ({ state: 'done', message });
const waiting = (message: string): Verdict => ({ state: 'waiting', message });
const failed = (message: string): Verdict => ({ state: 'failed', message });

function deploymentVerdict(w: Workload): Verdict {
  const name = w.metadata.name;
  const status = w.status ?? {};
  if ((w.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) {
    return waiting('Waiting for deployment spec update to be observed...');
  }
  const progressing = conditionOf(status.conditions, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return failed(`deployment "${name}" exceeded its progress deadline`);
  }
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (w.spec.replicas !== undefined && updated < w.spec.replicas) {
    return waiting(
      `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${w.spec.replicas} new replicas have been updated...`,
    );
  }
  if (replicas > updated) {
    return waiting(
      `Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...`,
    );
  }
  if (available < updated) {
    return waiting(
      `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`,
    );
  }
  return done(`deployment "${name}" successfully rolled out`);
}

/** The API server defaults updateStrategy to RollingUpdate; only an explicit OnDelete cannot be watched. */
function onDelete(w: Workload): boolean {
  return (w.spec.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate';
}

function daemonSetVerdict(w: Workload): Verdict {
  const name = w.metadata.name;
  const status = w.status ?? {};
  if (onDelete(w)) return failed('rollout status is only available for RollingUpdate strategy type');
  if ((w.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) {
    return waiting('Waiting for daemon set spec update to be observed...');
  }
  const desired = status.desiredNumberScheduled ?? 0;
  const updated = status.updatedNumberScheduled ?? 0;
  const available = status.numberAvailable ?? 0;
  if (updated < desired) {
    return waiting(
      `Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...`,
    );
  }
  if (available < desired) {
    return waiting(
      `Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...`,
    );
  }
  return done(`daemon set "${name}" successfully rolled out`);
}

function statefulSetVerdict(w: Workload): Verdict {
  const status = w.status ?? {};
  if (onDelete(w)) return failed('rollout status is only available for RollingUpdate strategy type');
  const observed = status.observedGeneration ?? 0;
  if (observed === 0 || (w.metadata.generation ?? 0) > observed) {
    return waiting('Waiting for statefulset spec update to be observed...');
  }
  const ready = status.readyReplicas ?? 0;
  if (w.spec.replicas !== undefined && ready < w.spec.replicas) {
    return waiting(`Waiting for ${w.spec.replicas - ready} pods to be ready...`);
  }
  const partition = w.spec.updateStrategy?.rollingUpdate?.partition;
  if (partition !== undefined && w.spec.replicas !== undefined) {
    const updated = status.updatedReplicas ?? 0;
    if (updated < w.spec.replicas - partition) {
      return waiting(
        `Waiting for partitioned roll out to finish: ${updated} out of ${w.spec.replicas - partition} new pods have been updated...`,
      );
    }
    return done(`partitioned roll out complete: ${updated} new pods have been updated...`);
  }
  if (status.updateRevision !== status.currentRevision) {
    return waiting(
      `waiting for statefulset rolling update to complete ${status.updatedReplicas ?? 0} pods at revision ${status.updateRevision}...`,
    );
  }
  return done(`statefulset rolling update complete ${ready} pods at revision ${status.currentRevision ?? '?'}...`);
}

/** A Job is done when Complete, failed when Failed (its backoffLimit or deadline was reached). */
function jobVerdict(w: Workload): Verdict {
  const name = w.metadata.name;
  const status = w.status ?? {};
  const failedCondition = conditionOf(status.conditions, 'Failed');
  if (failedCondition?.status === 'True') {
    return failed(`job "${name}" failed: ${failedCondition.reason ?? ''} ${failedCondition.message ?? ''}`.trim());
  }
  if (conditionOf(status.conditions, 'Complete')?.status === 'True') return done(`job "${name}" completed`);
  const completions = w.spec.completions ?? 1;
  return waiting(`Waiting for job "${name}" to complete: ${status.succeeded ?? 0} of ${completions} completions...`);
}

export function rolloutVerdict(workload: Workload): Verdict {
  switch (workload.kind) {
    case 'Deployment':
      return deploymentVerdict(workload);
    case 'DaemonSet':
      return daemonSetVerdict(workload);
    case 'StatefulSet':
      return statefulSetVerdict(workload);
    case 'Job':
      return jobVerdict(workload);
  }
}
