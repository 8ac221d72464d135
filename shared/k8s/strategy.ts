/**
 * Deployment strategies behind one interface, chosen in one place. `basic` applies everything and waits;
 * a `canary` strategy would apply a scaled-down copy first, judge it, then promote or delete it, through
 * the same context and result.
 */
import type { Logger } from '../core/logger.js';
import type { KubeClient } from './kube-client.js';
import type { Manifest } from './manifests.js';
import type { Clock } from './rollout.js';

export const STRATEGIES = ['basic'] as const;
export type StrategyName = (typeof STRATEGIES)[number];

export interface StrategyContext {
  client: KubeClient;
  log: Logger;
  force: boolean;
  timeoutSeconds: number;
  rollbackOnFailure: boolean;
  clock?: Clock;
  pollMs?: { first: number; max: number };
}

export interface AppliedResource {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface DeployedImage {
  workload: string;
  container: string;
  image: string;
  /** The digest the node pulled (from the pod's imageID), when a pod reported one. */
  digest?: string;
}

export interface DeployedWorkload extends AppliedResource {
  /** The Deployment's revision after the rollout (`deployment.kubernetes.io/revision`). */
  revision?: string;
}

export interface DeployResult {
  resources: AppliedResource[];
  workloads: DeployedWorkload[];
  images: DeployedImage[];
}

export interface DeployStrategy {
  readonly name: StrategyName;
  /** Applies the rendered manifests and waits for them; throws a UserError saying what failed and what was undone. */
  deploy(manifests: Manifest[], context: StrategyContext): Promise<DeployResult>;
}
