/**
 * Long-running operations. Each operation answers InProgress for a number of observations (polls of its status
 * URL, or reads of the resource it changes), then settles: it runs its effect on the store and answers Succeeded,
 * or Failed with an error. Counting observations instead of milliseconds keeps tests deterministic and fast.
 */
import { randomUUID } from 'node:crypto';
import type { JsonObject } from './json.js';

export type OperationStatus = 'InProgress' | 'Succeeded' | 'Failed';

export interface OperationError {
  code: string;
  message: string;
}

export interface OperationPlan {
  /** Key of the resource it changes (`compute:<name>`); reads of that resource also advance the operation. */
  target: string;
  /** Observations answered InProgress before it settles. */
  inProgressPolls: number;
  /** When set, the operation ends Failed with this error instead of Succeeded. */
  failWith?: OperationError;
  onSucceeded: () => void;
  onFailed: (error: OperationError) => void;
}

export interface Operation {
  id: string;
  status: OperationStatus;
  startTime: string;
  endTime?: string;
  error?: OperationError;
  /** How many times its status URL was polled. */
  polls: number;
}

interface PendingOperation extends Operation {
  plan: OperationPlan;
  remaining: number;
}

export class Operations {
  private readonly byId = new Map<string, PendingOperation>();

  start(plan: OperationPlan): Operation {
    const op: PendingOperation = {
      id: randomUUID(),
      status: 'InProgress',
      startTime: new Date().toISOString(),
      polls: 0,
      plan,
      remaining: plan.inProgressPolls,
    };
    this.byId.set(op.id, op);
    return op;
  }

  /** A poll of the status URL: advances the operation and returns its status body, or undefined if unknown. */
  poll(id: string): JsonObject | undefined {
    const op = this.byId.get(id);
    if (!op) return undefined;
    op.polls++;
    this.advance(op);
    return statusBody(op);
  }

  /** A read of `target`: advances every operation still in progress on it (e.g. a client polling with GET). */
  observe(target: string): void {
    for (const op of this.byId.values()) if (op.plan.target === target) this.advance(op);
  }

  /** True when an operation on `target` is still in progress (a second start/stop is refused meanwhile). */
  busy(target: string): boolean {
    return [...this.byId.values()].some((op) => op.plan.target === target && op.status === 'InProgress');
  }

  list(): Operation[] {
    return [...this.byId.values()].map(({ id, status, startTime, endTime, error, polls }) => ({
      id,
      status,
      startTime,
      endTime,
      error,
      polls,
    }));
  }

  private advance(op: PendingOperation): void {
    if (op.status !== 'InProgress') return;
    if (op.remaining > 0) op.remaining--;
    else this.settle(op);
  }

  private settle(op: PendingOperation): void {
    op.endTime = new Date().toISOString();
    if (op.plan.failWith) {
      op.status = 'Failed';
      op.error = op.plan.failWith;
      op.plan.onFailed(op.plan.failWith);
    } else {
      op.status = 'Succeeded';
      op.plan.onSucceeded();
    }
  }
}

/** Poll body as recorded from the service: `{"status":"InProgress"}`, then Succeeded with percentComplete. */
function statusBody(op: Operation): JsonObject {
  const body: JsonObject = { id: op.id, name: op.id, status: op.status, startTime: op.startTime };
  if (op.endTime) body.endTime = op.endTime;
  if (op.status === 'Succeeded') body.percentComplete = 100.0;
  if (op.error) body.error = { code: op.error.code, message: op.error.message };
  return body;
}
