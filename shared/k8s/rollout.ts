/**
 * Waits for every workload's rollout against ONE deadline (not a full timeout per workload, which is how
 * a deploy of five workloads once waited five timeouts). Each poll judges the status as kubectl does and
 * looks at the new pods, so a pod that can never start fails the deploy at once.
 */
import type { Logger } from '../core/logger.js';
import type { KubeClient } from './kube-client.js';
import { describeObject, type Workload } from './objects.js';
import { podProblems, type PodProblem } from './pod-health.js';
import { rolloutVerdict } from './rollout-status.js';
import { currentPods } from './workload-pods.js';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface WatchOptions {
  /** Epoch milliseconds by which every rollout must be done. */
  deadline: number;
  log: Logger;
  clock?: Clock;
  /** First and longest wait between polls; polls start quick and back off, as most rollouts are fast. */
  pollMs?: { first: number; max: number };
}

export interface RolloutFailure {
  workload: Workload;
  message: string;
  problems: PodProblem[];
  timedOut: boolean;
}

export interface RolloutReport {
  /** The workloads as last read, done or not. */
  workloads: Workload[];
  failure?: RolloutFailure;
}

interface Tracked {
  workload: Workload;
  done: boolean;
  lastMessage: string;
}

/** Polls one workload; returns a failure when it can no longer succeed. */
async function poll(client: KubeClient, entry: Tracked, log: Logger): Promise<RolloutFailure | undefined> {
  const { metadata, apiVersion, kind } = entry.workload;
  const live = await client.get<Workload>({
    apiVersion,
    kind,
    name: metadata.name ?? '',
    namespace: metadata.namespace,
  });
  if (!live)
    return {
      workload: entry.workload,
      message: `${describeObject(entry.workload)} was deleted during its rollout`,
      problems: [],
      timedOut: false,
    };
  entry.workload = live;
  const verdict = rolloutVerdict(live);
  if (verdict.message !== entry.lastMessage) log.info(`${describeObject(live)}: ${verdict.message}`);
  entry.lastMessage = verdict.message;
  if (verdict.state === 'failed') return { workload: live, message: verdict.message, problems: [], timedOut: false };
  if (verdict.state === 'done') {
    entry.done = true;
    return undefined;
  }
  const problems = podProblems(await currentPods(client, live));
  if (!problems.length) return undefined;
  const first = problems[0];
  const where = first.container ? `pod ${first.pod}, container ${first.container}` : `pod ${first.pod}`;
  return { workload: live, message: `${first.reason} (${where}): ${first.message}`, problems, timedOut: false };
}

export async function awaitRollouts(
  client: KubeClient,
  workloads: Workload[],
  options: WatchOptions,
): Promise<RolloutReport> {
  const clock = options.clock ?? systemClock;
  const { first, max } = options.pollMs ?? { first: 250, max: 5000 };
  const tracked: Tracked[] = workloads.map((workload) => ({ workload, done: false, lastMessage: '' }));
  const report = (failure?: RolloutFailure): RolloutReport => ({ workloads: tracked.map((t) => t.workload), failure });
  let interval = first;
  for (;;) {
    for (const entry of tracked.filter((t) => !t.done)) {
      const failure = await poll(client, entry, options.log);
      if (failure) return report(failure);
    }
    const pending = tracked.filter((t) => !t.done);
    if (!pending.length) return report();
    const left = options.deadline - clock.now();
    if (left <= 0) {
      const stuck = pending[0];
      const waitingFor = pending.map((t) => `${describeObject(t.workload)} (${t.lastMessage})`).join('; ');
      return report({
        workload: stuck.workload,
        message: `timed out waiting for ${waitingFor}`,
        problems: [],
        timedOut: true,
      });
    }
    await clock.sleep(Math.min(interval, left));
    interval = Math.min(interval * 2, max);
  }
}
