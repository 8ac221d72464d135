/** When to look at a job again: often at first, then less and less, as `az ml job stream` does. */

export interface PollBounds {
  /** The first interval, and the floor (the session's `pollIntervalMs`). */
  minMs: number;
  /** The ceiling the interval grows to. */
  maxMs: number;
}

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
