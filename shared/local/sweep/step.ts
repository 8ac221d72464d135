import { createHash } from 'node:crypto';
import type { CommandComponent } from '../../pipeline/component.js';
import type { LocalStepBindings } from '../step-bindings.js';
import { pythonJsonDumps, type JsonValue } from '../../pipeline/python-format.js';
import type { LocalSweep } from './run-sweep.js';
import type { TrialParams } from './search-space.js';

/**
 * A sweep step as the local backend runs it: the step's bindings, its trial (a command component whose inputs
 * the search space names), and the sweep settings (what an adapter from the YAML model fills in).
 */
export interface LocalSweepNode extends LocalStepBindings {
  type: 'sweep';
  trial: CommandComponent;
  sweep: Omit<LocalSweep, 'stepName'>;
}

/**
 * The sweep's part of the cache key: its settings and the trials drawn. A seeded or grid sweep draws the same
 * trials again and can be reused; an unseeded random one draws others and runs again (it is not deterministic).
 */
export function sweepSettingsHash(node: LocalSweepNode, trialHash: string, trials: TrialParams[]): string {
  const material: JsonValue = {
    kind: 'sweep',
    trial: trialHash,
    objective: node.sweep.objective,
    // A policy changes which trials end and so which one is best.
    earlyTermination: (node.sweep.earlyTermination as JsonValue | undefined) ?? null,
    timeouts: [node.sweep.limits.timeoutSeconds ?? null, node.sweep.limits.trialTimeoutSeconds ?? null],
    trials,
  };
  return createHash('sha256').update(pythonJsonDumps(material)).digest('hex');
}

export function sweepIsDeterministic(node: LocalSweepNode): boolean {
  const { sampling } = node.sweep;
  return node.trial.isDeterministic && (sampling.type !== 'random' || sampling.seed !== undefined);
}
