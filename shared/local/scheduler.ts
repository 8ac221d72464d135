/** How a step ended, in Azure ML's words. */
export type StepEnd = 'Completed' | 'Failed' | 'Canceled' | 'NotStarted';

export interface GraphOptions {
  /** At most this many steps run at once (at least 1). */
  maxParallel: number;
  /** `continue_on_step_failure`: keep running the steps that do not depend on a failed one. */
  continueOnStepFailure: boolean;
  /** The workflow was cancelled: running steps are stopped and nothing new starts. */
  signal?: AbortSignal;
}

/** Runs one step; its own signal fires when the pipeline gives up on it (a sibling failed, or a cancel). */
export type StepRunner = (name: string, signal: AbortSignal) => Promise<Exclude<StepEnd, 'NotStarted'>>;

/**
 * Runs a DAG of steps as Azure ML schedules a pipeline: a step starts once every step it reads from completed,
 * up to `maxParallel` at a time. A failure stops the pipeline (running steps Canceled, the rest NotStarted)
 * unless `continueOnStepFailure`, in which case only the failed step's dependants stay NotStarted.
 */
export async function runGraph(
  upstream: ReadonlyMap<string, ReadonlySet<string>>,
  options: GraphOptions,
  runStep: StepRunner,
): Promise<Map<string, StepEnd>> {
  const ends = new Map<string, StepEnd>();
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  let stopping = options.signal?.aborted ?? false;
  const stopAll = (): void => {
    stopping = true;
    for (const { controller } of running.values()) controller.abort();
  };
  options.signal?.addEventListener('abort', stopAll, { once: true });
  const limit = Math.max(1, options.maxParallel);

  const blocked = (name: string): boolean =>
    [...(upstream.get(name) ?? [])].some((dep) => ends.has(dep) && ends.get(dep) !== 'Completed');
  /** Dependants of a step that did not complete never start; chains of them settle in a few passes. */
  const markNotStarted = (): void => {
    for (let changed = true; changed;) {
      changed = false;
      for (const name of upstream.keys()) {
        if (ends.has(name) || running.has(name) || !(stopping || blocked(name))) continue;
        ends.set(name, 'NotStarted');
        changed = true;
      }
    }
  };
  const ready = (name: string): boolean =>
    [...(upstream.get(name) ?? [])].every((dep) => ends.get(dep) === 'Completed');

  try {
    for (;;) {
      markNotStarted();
      for (const name of upstream.keys()) {
        if (stopping || running.size >= limit) break;
        if (ends.has(name) || running.has(name) || !ready(name)) continue;
        const controller = new AbortController();
        const done = runStep(name, controller.signal)
          .catch((): StepEnd => 'Failed')
          .then((end) => {
            ends.set(name, end);
            running.delete(name);
            if (end === 'Failed' && !options.continueOnStepFailure) stopAll();
          });
        running.set(name, { controller, done });
      }
      if (running.size === 0) break;
      await Promise.race([...running.values()].map((r) => r.done));
    }
  } finally {
    options.signal?.removeEventListener('abort', stopAll);
  }
  for (const name of upstream.keys()) if (!ends.has(name)) ends.set(name, 'NotStarted');
  return ends;
}
