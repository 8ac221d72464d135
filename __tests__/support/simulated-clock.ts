/**
 * A clock for the follower (`FollowOptions.clock`) and the emulator's request log (`emu.requests.clock`) on which
 * hours pass at once: `sleep` moves time on, tells the listeners (which move jobs along), and yields one turn of
 * the event loop. Nothing depends on how fast the machine is.
 */
import type { Clock } from '../../shared/jobs/poll.js';

export class SimulatedClock implements Clock {
  /** Every wait asked for, in order. */
  readonly sleeps: number[] = [];
  private readonly listeners: ((now: number) => void)[] = [];

  constructor(private time = Date.parse('2026-01-05T09:00:00Z')) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return;
    this.sleeps.push(ms);
    this.time += ms;
    for (const listener of this.listeners) listener(this.time);
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Calls `listener` with the new time after every sleep. */
  onAdvance(listener: (now: number) => void): void {
    this.listeners.push(listener);
  }
}
