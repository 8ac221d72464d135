/**
 * A small stand-in for the controllers and kubelet: when a Deployment's template changes it makes (or reuses)
 * a ReplicaSet with the next revision, as the Deployment controller does; then every time a client reads a
 * workload (a "poll") the rollout moves one step along the script chosen for its image: ready after N polls,
 * or a failure the kubelet or scheduler would report (ImagePullBackOff, CrashLoopBackOff, unschedulable, a
 * progress deadline), or never ready (for timeouts). Status and conditions follow the API conventions.
 */
import { createHash } from 'node:crypto';
import type { Condition, ContainerStatus, KubeEvent, KubeObject, Pod, Workload } from '../../../shared/k8s/objects.js';
import { matchesSelector, type ObjectStore } from './store.js';

export type RolloutScript =
  | { kind: 'ready'; afterPolls: number }
  | { kind: 'ImagePullBackOff' | 'CrashLoopBackOff' | 'Unschedulable' | 'CreateContainerConfigError' | 'OOMKilled' }
  | { kind: 'ProgressDeadlineExceeded'; afterPolls: number }
  | { kind: 'never-ready' };

export interface ControllerOptions {
  /** The script for a template whose images have no script of their own. */
  defaultScript: RolloutScript;
  /** Log lines a crashing container printed (served as its previous logs). */
  crashLog: string;
}

const REVISION = 'deployment.kubernetes.io/revision';
const now = () => new Date().toISOString();
const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function condition(type: string, status: string, reason: string, message: string): Condition {
  return { type, status, reason, message, lastTransitionTime: now() };
}

interface Progress {
  polls: number;
}

export class FakeController {
  private readonly scripts = new Map<string, RolloutScript>();
  private readonly progress = new Map<string, Progress>();
  private podCounter = 0;

  constructor(
    private readonly store: ObjectStore,
    private readonly options: ControllerOptions,
    private readonly resource: (kind: string) => Parameters<ObjectStore['get']>[0],
  ) {}

  /** Every template running `image` (exact text, as written in the pod spec) follows `script`. */
  scriptImage(image: string, script: RolloutScript): void {
    this.scripts.set(image, script);
  }

  private scriptFor(images: string[]): RolloutScript {
    return images.map((i) => this.scripts.get(i)).find(Boolean) ?? this.options.defaultScript;
  }

  /** Called after a client stored a workload: the Deployment controller's reaction to a template change. */
  observe(o: KubeObject): void {
    if (o.kind !== 'Deployment') return this.resetIfChanged(o as Workload);
    const d = o as Workload;
    const templateHash = hashOf(d.spec.template).slice(0, 10);
    const sets = this.replicaSetsOf(d);
    const current = sets.find((rs) => rs.metadata.labels?.['pod-template-hash'] === templateHash);
    const maxRevision = Math.max(0, ...sets.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0)));
    if (current && Number(current.metadata.annotations?.[REVISION]) === maxRevision) return;
    const revision = String(maxRevision + 1);
    const rs = current ?? this.newReplicaSet(d, templateHash);
    rs.metadata.annotations = { ...rs.metadata.annotations, [REVISION]: revision };
    this.store.put(rs);
    d.metadata.annotations = { ...d.metadata.annotations, [REVISION]: revision };
    this.progress.set(d.metadata.uid ?? '', { polls: 0 });
    this.event(
      d,
      'Normal',
      'ScalingReplicaSet',
      `Scaled up replica set ${rs.metadata.name} to ${d.spec.replicas ?? 1}`,
    );
  }

  private resetIfChanged(w: Workload): void {
    if (w.status?.observedGeneration !== w.metadata.generation) this.progress.set(w.metadata.uid ?? '', { polls: 0 });
  }

  private newReplicaSet(d: Workload, hash: string): Workload {
    const template = structuredClone(d.spec.template);
    template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, 'pod-template-hash': hash } };
    return {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${d.metadata.name}-${hash}`,
        namespace: d.metadata.namespace,
        labels: template.metadata.labels,
        ownerReferences: [
          { kind: 'Deployment', name: d.metadata.name ?? '', uid: d.metadata.uid ?? '', controller: true },
        ],
      },
      spec: {
        replicas: 0,
        selector: { matchLabels: { ...d.spec.selector?.matchLabels, 'pod-template-hash': hash } },
        template,
      },
    } as unknown as Workload;
  }

  replicaSetsOf(d: Workload): Workload[] {
    return this.store
      .list(this.resource('ReplicaSet'), d.metadata.namespace, null, null)
      .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid)) as Workload[];
  }

  /** Called when a client reads a workload: one step of its rollout. */
  poll(o: KubeObject): void {
    const w = o as Workload;
    const progress = this.progress.get(w.metadata.uid ?? '') ?? { polls: 0 };
    progress.polls++;
    this.progress.set(w.metadata.uid ?? '', progress);
    if (w.kind === 'Deployment') this.stepDeployment(w, progress.polls);
    else this.stepOther(w, progress.polls);
    this.store.put(w);
  }

  private stepDeployment(d: Workload, polls: number): void {
    const replicas = d.spec.replicas ?? 1;
    const sets = this.replicaSetsOf(d);
    const revision = d.metadata.annotations?.[REVISION];
    const current = sets.find((rs) => rs.metadata.annotations?.[REVISION] === revision);
    if (!current) return;
    const old = sets.filter((rs) => rs !== current);
    const script = this.scriptFor(d.spec.template.spec.containers.map((c) => c.image ?? ''));
    const ready = script.kind === 'ready' && polls > script.afterPolls;
    this.syncPods(current, replicas, script, ready);
    const oldReplicas = ready
      ? 0
      : old.reduce((n, rs) => n + ((rs.spec.replicas ?? 0) > 0 ? (rs.spec.replicas ?? 0) : 0), 0);
    for (const rs of old) this.scaleDown(rs, ready);
    current.spec.replicas = replicas;
    current.status = {
      replicas,
      readyReplicas: ready ? replicas : 0,
      availableReplicas: ready ? replicas : 0,
      observedGeneration: 1,
    };
    this.store.put(current);
    const deadline = script.kind === 'ProgressDeadlineExceeded' && polls > script.afterPolls;
    const progressing = ready
      ? condition(
          'Progressing',
          'True',
          'NewReplicaSetAvailable',
          `ReplicaSet "${current.metadata.name}" has successfully progressed.`,
        )
      : deadline
        ? condition(
            'Progressing',
            'False',
            'ProgressDeadlineExceeded',
            `ReplicaSet "${current.metadata.name}" has timed out progressing.`,
          )
        : condition(
            'Progressing',
            'True',
            'ReplicaSetUpdated',
            `ReplicaSet "${current.metadata.name}" is progressing.`,
          );
    d.status = {
      observedGeneration: d.metadata.generation,
      replicas: replicas + oldReplicas,
      updatedReplicas: replicas,
      readyReplicas: ready ? replicas : oldReplicas,
      availableReplicas: ready ? replicas : oldReplicas,
      conditions: [
        condition(
          'Available',
          ready || oldReplicas > 0 ? 'True' : 'False',
          ready ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
          '',
        ),
        progressing,
      ],
    };
  }

  /** StatefulSets, DaemonSets and Jobs follow the ready script only: their status fields jump when ready. */
  private stepOther(w: Workload, polls: number): void {
    const script = this.scriptFor(w.spec.template.spec.containers.map((c) => c.image ?? ''));
    const ready = script.kind === 'ready' && polls > script.afterPolls;
    const replicas = w.spec.replicas ?? 1;
    const revision = `${w.metadata.name}-${hashOf(w.spec.template).slice(0, 10)}`;
    if (w.kind === 'StatefulSet') {
      w.status = {
        observedGeneration: w.metadata.generation,
        replicas,
        readyReplicas: ready ? replicas : 0,
        updatedReplicas: ready ? replicas : 0,
        currentRevision: ready ? revision : w.status?.currentRevision,
        updateRevision: revision,
      };
    } else if (w.kind === 'DaemonSet') {
      w.status = {
        observedGeneration: w.metadata.generation,
        desiredNumberScheduled: 2,
        updatedNumberScheduled: ready ? 2 : 0,
        numberAvailable: ready ? 2 : 0,
      };
    } else if (w.kind === 'Job') {
      w.status = ready
        ? { succeeded: w.spec.completions ?? 1, conditions: [condition('Complete', 'True', 'Completed', '')] }
        : { active: 1, succeeded: 0 };
    }
  }

  private scaleDown(rs: Workload, fully: boolean): void {
    if (!fully) return;
    rs.spec.replicas = 0;
    rs.status = { replicas: 0, readyReplicas: 0, availableReplicas: 0 };
    this.store.put(rs);
    for (const pod of this.podsOf(rs)) this.store.delete(pod);
  }

  private podsOf(rs: Workload): Pod[] {
    return this.store
      .list(this.resource('Pod'), rs.metadata.namespace, null, null)
      .filter((p) =>
        matchesSelector(p.metadata.labels, `pod-template-hash=${rs.metadata.labels?.['pod-template-hash']}`),
      ) as Pod[];
  }

  private syncPods(rs: Workload, replicas: number, script: RolloutScript, ready: boolean): void {
    const pods = this.podsOf(rs);
    for (let i = pods.length; i < replicas; i++) pods.push(this.newPod(rs));
    for (const pod of pods) {
      pod.status = this.podStatus(pod, script, ready);
      this.store.put(pod);
    }
  }

  private newPod(rs: Workload): Pod {
    const template = rs.spec.template;
    const name = `${rs.metadata.name}-${(++this.podCounter).toString(36).padStart(5, 'x')}`;
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: rs.metadata.namespace,
        labels: template.metadata?.labels,
        annotations: template.metadata?.annotations,
        ownerReferences: [
          { kind: 'ReplicaSet', name: rs.metadata.name ?? '', uid: rs.metadata.uid ?? '', controller: true },
        ],
      },
      spec: structuredClone(template.spec),
    };
    this.event(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`);
    return pod;
  }

  private podStatus(pod: Pod, script: RolloutScript, ready: boolean): Pod['status'] {
    const containers = pod.spec?.containers ?? [];
    if (script.kind === 'Unschedulable') {
      const message = '0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available.';
      this.eventOnce(pod, 'Warning', 'FailedScheduling', message);
      return { phase: 'Pending', conditions: [condition('PodScheduled', 'False', 'Unschedulable', message)] };
    }
    const statuses = containers.map((c): ContainerStatus => {
      const image = c.image ?? '';
      const base = { name: c.name, image, restartCount: 0, ready };
      if (ready)
        return {
          ...base,
          imageID: `${image.split(/[@]/)[0].replace(/:[^/:]+$/, '')}@sha256:${hashOf(image)}`,
          state: { running: { startedAt: now() } },
        };
      return { ...base, ...this.failingState(pod, image, script) };
    });
    return {
      phase: ready ? 'Running' : 'Pending',
      conditions: [
        condition('PodScheduled', 'True', '', ''),
        condition('Ready', ready ? 'True' : 'False', ready ? '' : 'ContainersNotReady', ''),
      ],
      containerStatuses: statuses,
    };
  }

  private failingState(pod: Pod, image: string, script: RolloutScript): Partial<ContainerStatus> {
    switch (script.kind) {
      case 'ImagePullBackOff':
        this.eventOnce(pod, 'Warning', 'Failed', `Failed to pull image "${image}": manifest unknown`);
        return { state: { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` } } };
      case 'CrashLoopBackOff':
        this.eventOnce(pod, 'Warning', 'BackOff', 'Back-off restarting failed container');
        return {
          restartCount: 3,
          state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container' } },
          lastState: { terminated: { reason: 'Error', exitCode: 1 } },
        };
      case 'OOMKilled':
        return {
          restartCount: 2,
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { reason: 'OOMKilled', exitCode: 137 } },
        };
      case 'CreateContainerConfigError':
        return {
          state: { waiting: { reason: 'CreateContainerConfigError', message: 'secret "model-creds" not found' } },
        };
      default:
        return { state: { waiting: { reason: 'ContainerCreating' } } };
    }
  }

  /** Logs of a pod's previous container (the only logs the action asks for). */
  previousLog(): string {
    return this.options.crashLog;
  }

  private eventOnce(o: KubeObject, type: string, reason: string, message: string): void {
    const events = this.store.list(
      this.resource('Event'),
      o.metadata.namespace,
      null,
      `involvedObject.name=${o.metadata.name}`,
    );
    if (!events.some((e) => (e as KubeEvent).reason === reason)) this.event(o, type, reason, message);
  }

  private event(o: KubeObject, type: string, reason: string, message: string): void {
    const event: KubeEvent = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${o.metadata.name}.${(++this.podCounter).toString(16)}`, namespace: o.metadata.namespace },
      involvedObject: { kind: o.kind, name: o.metadata.name, namespace: o.metadata.namespace },
      type,
      reason,
      message,
      count: 1,
      lastTimestamp: now(),
    };
    this.store.put(event);
  }
}
