/**
 * Runs that register at the same moment (two branches pushing at once, a matrix): six bundle processes, three
 * checkouts with one change and three with another, against one emulated workspace. The emulator holds every
 * run's first write of the contested assets until all six have planned, so each run decided on the same free
 * version before any write landed: the race happens on every run of this test, not by luck of timing.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { type RunResult } from '../../support/action-runner.js';
import { Gate } from '../../support/arm-emulator/index.js';
import { SEED_ASSET_INPUTS, useAssetsWorkspace } from '../../support/azure/workspace-fixture.js';
import { seedTree } from '../../shared/assets/assets-fixture.js';

const ws = useAssetsWorkspace();

const RUNS_PER_CONTENT = 3;

function register(checkout: string, strategy: 'auto' | 'yaml'): Promise<RunResult> {
  const inputs = { ...SEED_ASSET_INPUTS, 'version-strategy': strategy };
  return ws.run('register-components', inputs, { cwd: checkout, timeoutMs: 120_000 });
}

/** Two checkouts whose training component differs in its code and in its environment's content. */
function twoContents(): { a: string; b: string } {
  const a = seedTree();
  const b = seedTree();
  appendFileSync(path.join(b, 'components', 'training', 'src', 'train.py'), 'print("branch b")\n');
  appendFileSync(path.join(b, 'environment', 'conda-tensorflow.yaml'), '      - scikit-learn\n');
  return { a, b };
}

/** Holds the first PUT of each run on `versionsOf` until all runs are there. */
function holdFirstWrites(versionsOf: string, runs: number): Gate {
  const gate = new Gate();
  ws.emu.faults.add({
    method: 'PUT',
    path: `/subscriptions/**/${versionsOf}/versions/*`,
    times: runs,
    fault: { kind: 'hold', gate },
  });
  return gate;
}

/**
 * Starts the runs, releasing each gate once every run still going waits at it (gates in write order:
 * environments first). A run that ended before a gate (a failure) is not waited for.
 */
async function race(checkouts: string[], strategy: 'auto' | 'yaml', gates: Gate[]): Promise<RunResult[]> {
  let finished = 0;
  let onFinish: () => void = () => {};
  const runs = checkouts.map((checkout) =>
    register(checkout, strategy).finally(() => {
      finished++;
      onFinish();
    }),
  );
  for (const gate of gates) {
    while (gate.arrived < checkouts.length - finished) {
      await new Promise<void>((resolve) => {
        onFinish = resolve;
        void gate.arrivals(checkouts.length - finished).then(resolve);
      });
    }
    gate.open();
  }
  return Promise.all(runs);
}

const componentsOf = (result: RunResult) => JSON.parse(result.outputs.components ?? '{}') as Record<string, string>;
const environmentsOf = (result: RunResult) => JSON.parse(result.outputs.environments ?? '{}') as Record<string, string>;
const versionsOf = (kind: 'components' | 'environments', name: string) =>
  ws.emu.seed
    .storedVersions(kind)
    .filter((v) => v.id.split('/').at(-3)?.toLowerCase() === name.toLowerCase())
    .map((v) => v.name);

test('under auto, six racing registrations of two contents all succeed and each content gets exactly one version', async () => {
  const { a, b } = twoContents();
  const checkouts = [...Array(RUNS_PER_CONTENT).fill(a), ...Array(RUNS_PER_CONTENT).fill(b)] as string[];
  const gates = [
    holdFirstWrites('environments/aml-Tensorflow-Pillow', checkouts.length),
    holdFirstWrites('components/training', checkouts.length),
  ];

  const results = await race(checkouts, 'auto', gates);

  for (const result of results)
    expect({ exit: result.exitCode, log: result.exitCode ? result.log : '' }).toEqual({ exit: 0, log: '' });
  const [fromA, fromB] = [results.slice(0, RUNS_PER_CONTENT), results.slice(RUNS_PER_CONTENT)];
  // Every run of one content names the same versions; the two contents name different ones.
  for (const group of [fromA, fromB]) {
    expect(new Set(group.map((r) => componentsOf(r).training)).size).toBe(1);
    expect(new Set(group.map((r) => environmentsOf(r)['aml-Tensorflow-Pillow'])).size).toBe(1);
  }
  const training = [componentsOf(fromA[0]).training, componentsOf(fromB[0]).training];
  const environment = [fromA[0], fromB[0]].map((r) => environmentsOf(r)['aml-Tensorflow-Pillow']);
  expect(new Set(training).size).toBe(2);
  expect(new Set(environment).size).toBe(2);
  // Exactly those versions exist: no content got two, no version was left half-taken.
  expect(versionsOf('components', 'training').sort()).toEqual([...training].sort());
  expect(versionsOf('environments', 'aml-Tensorflow-Pillow').sort()).toEqual([...environment].sort());
  // Each content's training version uses the environment version of the same content.
  for (const [i, version] of training.entries()) {
    const spec = ws.emu.seed.storedVersion('components', 'training', version)?.properties.componentSpec as {
      environment?: string;
    };
    expect(spec.environment).toContain(`/environments/aml-Tensorflow-Pillow/versions/${environment[i]}`);
  }
  // The runs that lost the race said so and took the next free version.
  expect(results.some((r) => r.log.includes('was registered by another run meanwhile'))).toBe(true);
}, 300_000);

test('under yaml, the run whose file version was taken meanwhile by other content fails clearly', async () => {
  const { a, b } = twoContents();
  const gates = [holdFirstWrites('environments/aml-Tensorflow-Pillow', 2)];

  const [fromA, fromB] = await race([a, b], 'yaml', gates);

  expect([fromA.exitCode, fromB.exitCode].sort()).toEqual([0, 1]);
  const failed = fromA.exitCode ? fromA : fromB;
  expect(failed.log).toContain('aml-Tensorflow-Pillow:0.1.0 is already registered with different content');
  expect(failed.log).toContain("Bump 'version' in the YAML");
  expect(versionsOf('environments', 'aml-Tensorflow-Pillow')).toEqual(['0.1.0']);
}, 300_000);
