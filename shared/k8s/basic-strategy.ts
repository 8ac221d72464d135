/**
 * The `basic` strategy: apply everything, wait for every rollout under one deadline, and on failure print
 * why and roll the Deployments back to their previous revision.
 */
import { UserError } from '../core/errors.js';
import { FIELD_MANAGER, applyAll } from './apply.js';
import { printDiagnostics } from './diagnostics.js';
import type { KubeClient } from './kube-client.js';
import type { Manifest } from './manifests.js';
import { describeObject, isWorkload, type KubeObject, type Workload } from './objects.js';
import { digestOf } from './pod-health.js';
import { rollbackDeployment } from './rollback.js';
import { awaitRollouts, systemClock, type RolloutFailure } from './rollout.js';
import type { DeployResult, DeployStrategy, DeployedImage, StrategyContext } from './strategy.js';
import { REVISION_ANNOTATION, currentPods } from './workload-pods.js';

function resourceOf(o: KubeObject) {
  return { apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name ?? '', namespace: o.metadata.namespace };
}

async function imagesOf(client: KubeClient, workload: Workload): Promise<DeployedImage[]> {
  const pods = await currentPods(client, workload);
  const statuses = pods.flatMap((p) => p.status?.containerStatuses ?? []);
  return workload.spec.template.spec.containers.map((c) => {
    const digest = statuses.map((s) => (s.name === c.name ? digestOf(s) : undefined)).find(Boolean);
    return { workload: describeObject(workload), container: c.name, image: c.image ?? '', ...(digest && { digest }) };
  });
}

function sameObject(a: KubeObject, b: KubeObject): boolean {
  return a.kind === b.kind && a.metadata.name === b.metadata.name && a.metadata.namespace === b.metadata.namespace;
}

interface RollbackReport {
  /** For a message: what was rolled back, what could not be, and whether the rollback finished. */
  sentence: string;
  /** The Deployments as they stand after their rollback finished (or failed to). */
  rolledBack: Workload[];
  failed: boolean;
}

/** Rolls back what can be and waits for it. */
async function rollBackAndWait(
  workloads: Workload[],
  manifests: Manifest[],
  context: StrategyContext,
): Promise<RollbackReport> {
  const clock = context.clock ?? systemClock;
  const sentences: string[] = [];
  const rolledBack: Workload[] = [];
  for (const w of workloads) {
    const applied = manifests.find((m) => sameObject(m.object, w))?.object ?? w;
    const outcome = await rollbackDeployment(context.client, w, applied, FIELD_MANAGER);
    if (outcome.rolledBack) {
      context.log.warning(
        `Rolling ${describeObject(w)} back from revision ${outcome.fromRevision} to revision ${outcome.toRevision}.`,
      );
      sentences.push(`${describeObject(w)} was rolled back to revision ${outcome.toRevision}`);
      rolledBack.push(outcome.workload);
    } else if (w.kind === 'Deployment') {
      sentences.push(`${outcome.reason}, so it was not rolled back`);
    }
  }
  if (!rolledBack.length) {
    return {
      sentence: sentences.length ? `${sentences.join('; ')}.` : 'Nothing could be rolled back.',
      rolledBack,
      failed: false,
    };
  }
  const deadline = clock.now() + context.timeoutSeconds * 1000;
  const after = await context.log.group('Waiting for the rollback', () =>
    awaitRollouts(context.client, rolledBack, { deadline, log: context.log, clock, pollMs: context.pollMs }),
  );
  const tail = after.failure ? ` but the rollback did not finish either: ${after.failure.message}` : '';
  return { sentence: `${sentences.join('; ')}${tail}.`, rolledBack: after.workloads, failed: Boolean(after.failure) };
}

/** Rolls back what can be after a failed rollout; returns a sentence for the failure message. */
async function rollBack(workloads: Workload[], manifests: Manifest[], context: StrategyContext): Promise<string> {
  if (!context.rollbackOnFailure) return 'Nothing was rolled back (rollback-on-failure is false).';
  return (await rollBackAndWait(workloads, manifests, context)).sentence;
}

/**
 * The `rollback` input: the Deployments of `manifests`, as they run now, back to their previous revision (what
 * `kubectl rollout undo` does), e.g. after a release failed a smoke test. Nothing else is applied. Fails when
 * no Deployment could be rolled back or the rollback did not finish.
 */
export async function rollBackDeployments(manifests: Manifest[], context: StrategyContext): Promise<DeployResult> {
  const live: Workload[] = [];
  for (const { object } of manifests.filter((m) => m.object.kind === 'Deployment')) {
    const ref = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name ?? '' };
    const found = await context.client.get<Workload>({ ...ref, namespace: object.metadata.namespace });
    if (found) live.push(found);
    else context.log.warning(`${describeObject(object)} does not exist, so there is nothing to roll back.`);
  }
  const report = await rollBackAndWait(live, manifests, context);
  if (!report.rolledBack.length || report.failed) throw new UserError(`Rollback failed: ${report.sentence}`);
  context.log.info(report.sentence);
  return {
    resources: report.rolledBack.map(resourceOf),
    workloads: report.rolledBack.map((w) => {
      const revision = w.metadata.annotations?.[REVISION_ANNOTATION];
      return { ...resourceOf(w), ...(revision && { revision }) };
    }),
    images: (await Promise.all(report.rolledBack.map((w) => imagesOf(context.client, w)))).flat(),
  };
}

function failureMessage(failure: RolloutFailure, rollback: string): string {
  const what = failure.timedOut ? 'did not finish in time' : 'failed';
  return `The rollout of ${describeObject(failure.workload)} ${what}: ${failure.message}. ${rollback}`;
}

export const basicStrategy: DeployStrategy = {
  name: 'basic',
  async deploy(manifests: Manifest[], context: StrategyContext): Promise<DeployResult> {
    const clock = context.clock ?? systemClock;
    const applied = await applyAll(context.client, manifests, { force: context.force, log: context.log });
    const workloads = applied.filter(isWorkload);
    const deadline = clock.now() + context.timeoutSeconds * 1000;
    const report = await context.log.group(
      `Waiting up to ${context.timeoutSeconds}s for ${workloads.length} rollout(s)`,
      () => awaitRollouts(context.client, workloads, { deadline, log: context.log, clock, pollMs: context.pollMs }),
    );
    if (report.failure) {
      await printDiagnostics(context.client, report.failure, context.log);
      throw new UserError(failureMessage(report.failure, await rollBack(report.workloads, manifests, context)));
    }
    const images = (await Promise.all(report.workloads.map((w) => imagesOf(context.client, w)))).flat();
    return {
      resources: applied.map(resourceOf),
      workloads: report.workloads.map((w) => {
        const revision = w.metadata.annotations?.[REVISION_ANNOTATION];
        return { ...resourceOf(w), ...(revision && { revision }) };
      }),
      images,
    };
  },
};
