/**
 * Finds pods that will not become ready however long we wait, so a bad rollout fails in seconds instead
 * of at the deadline. Pure: pods in, problems out.
 */
import { conditionOf, type ContainerStatus, type Pod } from './objects.js';

/** Waiting reasons the kubelet only reports after retrying: the pod is stuck until its spec changes. */
const STUCK_WAITING = new Set([
  'ImagePullBackOff',
  'ErrImageNeverPull',
  'InvalidImageName',
  'CrashLoopBackOff',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

export interface PodProblem {
  pod: string;
  container?: string;
  reason: string;
  message: string;
  /** The container crashed: its previous logs say why. */
  crashed: boolean;
}

function containerProblem(pod: string, status: ContainerStatus): PodProblem | undefined {
  const waiting = status.state?.waiting;
  const lastTerminated = status.lastState?.terminated ?? status.state?.terminated;
  if (lastTerminated?.reason === 'OOMKilled') {
    return {
      pod,
      container: status.name,
      reason: 'OOMKilled',
      message: `container ran out of memory (restarts: ${status.restartCount ?? 0}); raise its memory limit`,
      crashed: true,
    };
  }
  if (waiting?.reason && STUCK_WAITING.has(waiting.reason)) {
    const exit = lastTerminated?.exitCode !== undefined ? ` (last exit code ${lastTerminated.exitCode})` : '';
    return {
      pod,
      container: status.name,
      reason: waiting.reason,
      message: `${waiting.message ?? waiting.reason}${exit}`,
      crashed: waiting.reason === 'CrashLoopBackOff',
    };
  }
  return undefined;
}

/** The first problem of each pod: stuck containers, then a pod the scheduler cannot place (e.g. no GPU node). */
export function podProblems(pods: Pod[]): PodProblem[] {
  const problems: PodProblem[] = [];
  for (const pod of pods) {
    const name = pod.metadata.name ?? '?';
    const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    const stuck = statuses.map((s) => containerProblem(name, s)).find((p) => p !== undefined);
    if (stuck) {
      problems.push(stuck);
      continue;
    }
    const scheduled = conditionOf(pod.status?.conditions, 'PodScheduled');
    if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
      problems.push({
        pod: name,
        reason: 'Unschedulable',
        message: scheduled.message ?? 'no node fits the pod',
        crashed: false,
      });
    }
  }
  return problems;
}

/** `repo@sha256:...` from a running container's imageID (what the node actually pulled), if it names one. */
export function digestOf(status: ContainerStatus): string | undefined {
  return /(sha256:[a-f0-9]{64})/.exec(status.imageID ?? '')?.[1];
}
