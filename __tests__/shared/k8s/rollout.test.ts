import { memoryLogger } from '../../../shared/core/logger.js';
import type { KubeClient, ObjectRef } from '../../../shared/k8s/kube-client.js';
import type { KubeObject, Pod, Workload, WorkloadStatus } from '../../../shared/k8s/objects.js';
import { awaitRollouts, type Clock, type WatchOptions } from '../../../shared/k8s/rollout.js';

/** A KubeClient over scripted status sequences: the n-th read of a workload returns its n-th status (then the last). */
function scriptedClient(
  statuses: Record<string, WorkloadStatus[]>,
  pods: Pod[] = [],
): KubeClient & { reads: string[] } {
  const reads: string[] = [];
  const workload = (name: string, status: WorkloadStatus): Workload => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: 'default',
      generation: 1,
      uid: name,
      annotations: { 'deployment.kubernetes.io/revision': '1' },
    },
    spec: { replicas: 1, selector: { matchLabels: { app: name } }, template: { spec: { containers: [] } } },
    status,
  });
  const rs = (name: string): Workload => ({
    ...workload(`${name}-rs`, {}),
    metadata: {
      name: `${name}-rs`,
      labels: { 'pod-template-hash': 'h' },
      annotations: { 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: [{ kind: 'Deployment', name, uid: name, controller: true }],
    },
  });
  return {
    reads,
    async get<T extends KubeObject>(ref: ObjectRef): Promise<T | undefined> {
      reads.push(ref.name);
      const sequence = statuses[ref.name];
      const n = reads.filter((r) => r === ref.name).length;
      return workload(ref.name, sequence[Math.min(n, sequence.length) - 1]) as unknown as T;
    },
    listReplicaSets: async (_ns, selector) => [rs(selector.split('=')[1])],
    listPods: async () => pods,
    listEvents: async () => [],
    podLog: async () => '',
    apply: async (o) => o,
  };
}

function fakeClock(): Clock & { slept: number[] } {
  let t = 0;
  const slept: number[] = [];
  return { slept, now: () => t, sleep: async (ms) => void (slept.push(ms), (t += ms)) };
}

const waiting: WorkloadStatus = { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 0 };
const ready: WorkloadStatus = { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 1 };
const start = (name: string) =>
  ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: { template: { spec: { containers: [] } } },
  }) as Workload;

/** The rollouts of the workloads `names` awaited on a fake clock, which moves only when the wait sleeps. */
async function rollOut(client: KubeClient, names: string[], options: Pick<WatchOptions, 'deadline' | 'pollMs'>) {
  const clock = fakeClock();
  const report = await awaitRollouts(client, names.map(start), { ...options, log: memoryLogger(), clock });
  return { report, clock };
}

describe('awaitRollouts', () => {
  it('waits for all workloads together, backing off between polls, and stops polling the ones that are done', async () => {
    const client = scriptedClient({ a: [waiting, ready], b: [waiting, waiting, waiting, ready] });
    const { report, clock } = await rollOut(client, ['a', 'b'], { deadline: 60_000, pollMs: { first: 100, max: 300 } });
    expect(report.failure).toBeUndefined();
    expect(client.reads).toEqual(['a', 'b', 'a', 'b', 'b', 'b']);
    expect(clock.slept).toEqual([100, 200, 300]);
  });

  it('fails every pending workload at the one shared deadline, naming what each waited for', async () => {
    const client = scriptedClient({ a: [waiting], b: [waiting] });
    const { report, clock } = await rollOut(client, ['a', 'b'], { deadline: 1_000, pollMs: { first: 400, max: 400 } });
    expect(report.failure?.timedOut).toBe(true);
    expect(report.failure?.message).toMatch(
      /^timed out waiting for deployment\/a \(.*0 of 1 updated replicas are available.*\); deployment\/b/,
    );
    expect(clock.now()).toBe(1_000);
  });

  it('fails fast, before the deadline, when a new pod cannot be scheduled', async () => {
    const unschedulable: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'a-rs-1' },
      status: {
        conditions: [
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message: '0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
          },
        ],
      },
    };
    const { report, clock } = await rollOut(scriptedClient({ a: [waiting] }, [unschedulable]), ['a'], {
      deadline: 600_000,
    });
    expect(report.failure).toMatchObject({
      timedOut: false,
      message: 'Unschedulable (pod a-rs-1): 0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
    });
    expect(clock.now()).toBe(0);
  });
});
