import type { ContainerStatus, Pod } from '../../../shared/k8s/objects.js';
import { digestOf, podProblems } from '../../../shared/k8s/pod-health.js';

const pod = (status: Pod['status']): Pod => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, status });
const container = (s: Partial<ContainerStatus>): Pod['status'] => ({ containerStatuses: [{ name: 'c', ...s }] });

describe('podProblems', () => {
  it.each([
    [
      'ImagePullBackOff',
      container({ state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' } } }),
      'ImagePullBackOff',
      false,
    ],
    ['InvalidImageName', container({ state: { waiting: { reason: 'InvalidImageName' } } }), 'InvalidImageName', false],
    [
      'CrashLoopBackOff',
      container({ state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 2 } } }),
      'CrashLoopBackOff',
      true,
    ],
    [
      'CreateContainerConfigError',
      container({ state: { waiting: { reason: 'CreateContainerConfigError', message: 'secret "s" not found' } } }),
      'CreateContainerConfigError',
      false,
    ],
    [
      'OOMKilled',
      container({
        restartCount: 2,
        state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: { terminated: { reason: 'OOMKilled' } },
      }),
      'OOMKilled',
      true,
    ],
    [
      'unschedulable',
      {
        conditions: [
          { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: 'Insufficient nvidia.com/gpu' },
        ],
      },
      'Unschedulable',
      false,
    ],
  ])('%s stops the rollout', (_case, status, reason, crashed) => {
    expect(podProblems([pod(status)])).toEqual([expect.objectContaining({ pod: 'p', reason, crashed })]);
  });

  it.each([
    ['creating', container({ state: { waiting: { reason: 'ContainerCreating' } } })],
    ['a first pull error the kubelet will retry', container({ state: { waiting: { reason: 'ErrImagePull' } } })],
    ['running', container({ state: { running: {} } })],
    ['waiting to be scheduled', { conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulerError' }] }],
    ['no status yet', undefined],
  ])('%s is not a problem yet', (_case, status) => {
    expect(podProblems([pod(status)])).toEqual([]);
  });

  it('names the container and the last exit code of a crash loop', () => {
    const [problem] = podProblems([
      pod(
        container({
          state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s' } },
          lastState: { terminated: { exitCode: 137 } },
        }),
      ),
    ]);
    expect(problem.message).toBe('back-off 40s (last exit code 137)');
    expect(problem.container).toBe('c');
  });
});

describe('digestOf', () => {
  it('reads the digest the node pulled from imageID', () => {
    const digest = `sha256:${'c'.repeat(64)}`;
    expect(digestOf({ name: 'c', imageID: `docker-pullable://reg.io/app@${digest}` })).toBe(digest);
    expect(digestOf({ name: 'c', imageID: '' })).toBeUndefined();
  });
});
