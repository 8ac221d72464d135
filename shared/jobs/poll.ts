/**
 * When to look at a job again: often at first and right after something changed, then less and less, as
 * `az ml job stream` does; never faster than a fixed budget, and never sooner than the service asked (Retry-After).
 */

export interface PollBounds {
  /** The first interval, and the floor (the session's `pollIntervalMs`). */
  minMs: number;
  /** The ceiling the interval grows to. */
  maxMs: number;
}

/** Time as the follower sees it: the real clock, or a simulated one in tests and benchmarks. */
export interface Clock {
  now(): number;
  /** Waits `ms`, or less when `signal` aborts (resolving, not throwing: the caller checks the signal). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now(), sleep };

/**
 * azure-ai-ml's logistic curve, `60 / (1 + 100·e^(−t/20))` seconds at `t` seconds since the start, moved to
 * run from `minMs` to `maxMs`: about `minMs` for the first half minute, half-way at 1.5 minutes, `maxMs`
 * after about 3. A job that ends fast is seen fast; a job of hours costs about one request a minute.
 */
export function pollDelayMs(elapsedMs: number, bounds: PollBounds): number {
  const t = Math.max(0, elapsedMs) / 1000;
  const share = 1 / (1 + 100 * Math.exp(-t / 20));
  const span = Math.max(0, bounds.maxMs - bounds.minMs);
  return Math.round(bounds.minMs + span * share);
}

/** Default ceiling: az's 60 s, and never less than the floor. Tests set a short floor, which scales the ceiling. */
export function defaultPollBounds(pollIntervalMs: number): PollBounds {
  return { minMs: pollIntervalMs, maxMs: Math.max(pollIntervalMs, Math.min(60_000, pollIntervalMs * 12)) };
}

/**
 * Polls allowed per ceiling interval in the long run (a token bucket): a pipeline whose steps keep changing
 * (200 steps end one after the other) would otherwise keep the interval at its floor for hours. At the ceiling a
 * quiet job spends one poll per interval, so the bucket refills and a change is still seen fast.
 */
export const POLLS_PER_CEILING = 1.25;
/** Polls that may follow each other at the floor interval before the budget slows them down. */
export const POLL_BURST = 6;

/**
 * Paces the polls of one job: the interval follows `pollDelayMs` over the time since the last change (so it
 * resets when a step or the job changes state), within a budget of `POLLS_PER_CEILING` polls per ceiling
 * interval (bursts of `POLL_BURST`), and is never shorter than a Retry-After the service sent.
 */
export class PollPacer {
  private quietSince: number;
  private tokens = POLL_BURST;
  private tokensAt: number;

  constructor(
    private readonly bounds: PollBounds,
    private readonly clock: Clock,
  ) {
    this.quietSince = this.tokensAt = clock.now();
  }

  /** The wait before the next poll; `changed` when this poll saw something new. */
  nextDelay(changed: boolean, retryAfterMs = 0): number {
    const now = this.clock.now();
    if (changed) this.quietSince = now;
    const rate = POLLS_PER_CEILING / Math.max(1, this.bounds.maxMs);
    let at = now + Math.max(pollDelayMs(now - this.quietSince, this.bounds), retryAfterMs);
    const available = Math.min(POLL_BURST, this.tokens + (at - this.tokensAt) * rate);
    if (available < 1) at += (1 - available) / rate;
    this.tokens = Math.min(POLL_BURST, this.tokens + (at - this.tokensAt) * rate) - 1;
    this.tokensAt = at;
    return Math.ceil(at - now);
  }
}

/** Waits `ms`, or less when `signal` aborts (resolving, not throwing: the caller checks the signal). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
