import type { Workload, WorkloadSpec, WorkloadStatus } from '../../../shared/k8s/objects.js';
import { rolloutVerdict, type Verdict } from '../../../shared/k8s/rollout-status.js';

function workload(
  kind: Workload['kind'],
  generation: number,
  spec: Partial<WorkloadSpec>,
  status: WorkloadStatus,
): Workload {
  return {
    apiVersion: kind === 'Job' ? 'batch/v1' : 'apps/v1',
    kind,
    metadata: { name: 'w', generation },
    spec: { template: { spec: { containers: [] } }, ...spec },
    status,
  };
}

/** A StatefulSet of 3 rolling out above partition 1 (2 pods to update), `updated` of them updated. */
const partitioned = (updated: number) =>
  workload(
    'StatefulSet',
    1,
    { replicas: 3, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } },
    { observedGeneration: 1, readyReplicas: 3, updatedReplicas: updated },
  );

const progressing = (reason: string) => [
  { type: 'Progressing', status: reason === 'ProgressDeadlineExceeded' ? 'False' : 'True', reason },
];

describe('rolloutVerdict (as kubectl rollout status judges)', () => {
  it.each<[string, Workload, Verdict['state'], string]>([
    [
      'deployment: generation not observed',
      workload('Deployment', 2, { replicas: 2 }, { observedGeneration: 1 }),
      'waiting',
      'spec update to be observed',
    ],
    [
      'deployment: progress deadline exceeded',
      workload(
        'Deployment',
        1,
        { replicas: 2 },
        { observedGeneration: 1, conditions: progressing('ProgressDeadlineExceeded') },
      ),
      'failed',
      'exceeded its progress deadline',
    ],
    [
      'deployment: deadline on an unobserved generation is not judged yet',
      workload(
        'Deployment',
        2,
        { replicas: 2 },
        { observedGeneration: 1, conditions: progressing('ProgressDeadlineExceeded') },
      ),
      'waiting',
      'observed',
    ],
    [
      'deployment: updating',
      workload('Deployment', 1, { replicas: 3 }, { observedGeneration: 1, updatedReplicas: 1, replicas: 3 }),
      'waiting',
      '1 out of 3 new replicas have been updated',
    ],
    [
      'deployment: old replicas terminating',
      workload(
        'Deployment',
        1,
        { replicas: 2 },
        { observedGeneration: 1, updatedReplicas: 2, replicas: 3, availableReplicas: 2 },
      ),
      'waiting',
      '1 old replicas are pending termination',
    ],
    [
      'deployment: updated but not available',
      workload(
        'Deployment',
        1,
        { replicas: 2 },
        { observedGeneration: 1, updatedReplicas: 2, replicas: 2, availableReplicas: 1 },
      ),
      'waiting',
      '1 of 2 updated replicas are available',
    ],
    [
      'deployment: done',
      workload(
        'Deployment',
        3,
        { replicas: 2 },
        {
          observedGeneration: 3,
          updatedReplicas: 2,
          replicas: 2,
          availableReplicas: 2,
          conditions: progressing('NewReplicaSetAvailable'),
        },
      ),
      'done',
      'successfully rolled out',
    ],
    [
      'deployment: scaled to zero is done',
      workload('Deployment', 1, { replicas: 0 }, { observedGeneration: 1 }),
      'done',
      'successfully rolled out',
    ],
    [
      'daemonset: OnDelete cannot be watched',
      workload('DaemonSet', 1, { updateStrategy: { type: 'OnDelete' } }, { observedGeneration: 1 }),
      'failed',
      'only available for RollingUpdate',
    ],
    [
      'daemonset: updating',
      workload('DaemonSet', 1, {}, { observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 1 }),
      'waiting',
      '1 out of 3 new pods have been updated',
    ],
    [
      'daemonset: not available',
      workload(
        'DaemonSet',
        1,
        {},
        { observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 2 },
      ),
      'waiting',
      '2 of 3 updated pods are available',
    ],
    [
      'daemonset: done',
      workload(
        'DaemonSet',
        1,
        {},
        { observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3 },
      ),
      'done',
      'successfully rolled out',
    ],
    [
      'statefulset: OnDelete cannot be watched',
      workload('StatefulSet', 1, { updateStrategy: { type: 'OnDelete' } }, {}),
      'failed',
      'only available for RollingUpdate',
    ],
    [
      'statefulset: never observed',
      workload('StatefulSet', 1, { replicas: 1 }, { observedGeneration: 0 }),
      'waiting',
      'spec update to be observed',
    ],
    [
      'statefulset: pods not ready',
      workload('StatefulSet', 1, { replicas: 3 }, { observedGeneration: 1, readyReplicas: 1 }),
      'waiting',
      'Waiting for 2 pods to be ready',
    ],
    ['statefulset: partition pending', partitioned(1), 'waiting', '1 out of 2 new pods have been updated'],
    ['statefulset: partition done', partitioned(2), 'done', 'partitioned roll out complete'],
    [
      'statefulset: revisions differ',
      workload(
        'StatefulSet',
        1,
        { replicas: 2 },
        { observedGeneration: 1, readyReplicas: 2, currentRevision: 'a', updateRevision: 'b', updatedReplicas: 1 },
      ),
      'waiting',
      'rolling update to complete 1 pods at revision b',
    ],
    [
      'statefulset: done',
      workload(
        'StatefulSet',
        1,
        { replicas: 2 },
        { observedGeneration: 1, readyReplicas: 2, currentRevision: 'b', updateRevision: 'b' },
      ),
      'done',
      'rolling update complete 2 pods at revision b',
    ],
    ['job: running', workload('Job', 1, { completions: 3 }, { succeeded: 1 }), 'waiting', '1 of 3 completions'],
    [
      'job: complete',
      workload('Job', 1, {}, { conditions: [{ type: 'Complete', status: 'True' }] }),
      'done',
      'completed',
    ],
    [
      'job: failed',
      workload(
        'Job',
        1,
        {},
        {
          conditions: [
            {
              type: 'Failed',
              status: 'True',
              reason: 'BackoffLimitExceeded',
              message: 'Job has reached the specified backoff limit',
            },
          ],
        },
      ),
      'failed',
      'BackoffLimitExceeded',
    ],
  ])('%s', (_case, w, state, message) => {
    const verdict = rolloutVerdict(w);
    expect(verdict.state).toBe(state);
    expect(verdict.message).toContain(message);
  });
});
