import { runGraph, type StepEnd } from '../../../shared/local/scheduler.js';

/** Steps that record when they start and end and finish when the test says so. */
function recorder(outcomes: Record<string, Exclude<StepEnd, 'NotStarted'>> = {}) {
  const events: string[] = [];
  const run = async (name: string, signal: AbortSignal) => {
    events.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (signal.aborted) {
      events.push(`cancel ${name}`);
      return 'Canceled' as const;
    }
    events.push(`end ${name}`);
    return outcomes[name] ?? 'Completed';
  };
  return { events, run };
}

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe('runGraph', () => {
  test('keeps every slot busy while ready steps remain: each end starts the next ready step at once', async () => {
    const finish = new Map<string, () => void>();
    const running = new Set<string>();
    const seenWhileReady: number[] = [];
    const edges: Record<string, string[]> = { seed: [] };
    for (let i = 0; i < 10; i++) edges[`w${i}`] = ['seed'];
    const done = runGraph(graph(edges), { maxParallel: 3, continueOnStepFailure: false }, (name) => {
      running.add(name);
      return new Promise((resolve) =>
        finish.set(name, () => {
          running.delete(name);
          resolve('Completed');
        }),
      );
    });
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    await settle();
    expect([...running]).toEqual(['seed']);
    for (let ended = 0; ended < 11; ended++) {
      finish.get([...running][0])!();
      await settle();
      const left = 10 - ended; // work steps not yet ended before this one
      if (ended >= 1 && left > 3) seenWhileReady.push(running.size);
    }
    await done;
    // While more steps were ready than slots, all three slots were taken after every end.
    expect(seenWhileReady.length).toBeGreaterThan(0);
    expect(seenWhileReady.every((n) => n === 3)).toBe(true);
  });

  test('maxParallel 1 runs steps one at a time, each after what it reads from', async () => {
    const { events, run } = recorder();
    const ends = await runGraph(
      graph({ a: [], b: [], c: ['a', 'b'] }),
      { maxParallel: 1, continueOnStepFailure: false },
      run,
    );
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect([...ends.values()]).toEqual(['Completed', 'Completed', 'Completed']);
  });

  test('independent steps start together when parallelism allows', async () => {
    const { events, run } = recorder();
    await runGraph(graph({ a: [], b: [], c: ['a', 'b'] }), { maxParallel: 4, continueOnStepFailure: false }, run);
    expect(events.slice(0, 2)).toEqual(['start a', 'start b']);
    expect(events.at(-2)).toBe('start c');
  });

  test('a failure marks dependants (and their dependants) NotStarted', async () => {
    const { run } = recorder({ a: 'Failed' });
    const ends = await runGraph(
      graph({ a: [], b: ['a'], c: ['b'], d: [] }),
      { maxParallel: 1, continueOnStepFailure: true },
      run,
    );
    expect(Object.fromEntries(ends)).toEqual({ a: 'Failed', b: 'NotStarted', c: 'NotStarted', d: 'Completed' });
  });

  test('an aborted run cancels what runs and starts nothing more', async () => {
    const controller = new AbortController();
    const { run } = recorder();
    const pending = runGraph(
      graph({ a: [], b: ['a'] }),
      { maxParallel: 2, continueOnStepFailure: false, signal: controller.signal },
      run,
    );
    controller.abort();
    expect(Object.fromEntries(await pending)).toEqual({ a: 'Canceled', b: 'NotStarted' });
  });
});
