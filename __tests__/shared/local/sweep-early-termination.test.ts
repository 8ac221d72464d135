import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { memoryLogger, type Logger } from '../../../shared/core/logger.js';
import {
  earlyTerminationFrom,
  isEvaluationPoint,
  terminationReason,
  type EarlyTermination,
} from '../../../shared/local/sweep/early-termination.js';
import { runShell } from '../../../shared/local/process.js';
import { runSweep, type LocalSweep, type SweepTrial } from '../../../shared/local/sweep/run-sweep.js';
import { FIXTURES, fixtureCopy } from './helpers.js';

const bandit = (over: Partial<Extract<EarlyTermination, { type: 'bandit' }>> = {}): EarlyTermination => ({
  type: 'bandit',
  delayEvaluation: 0,
  evaluationInterval: 1,
  slackFactor: 0.1,
  slackAmount: 0,
  ...over,
});

describe('early termination policies, decided over the logged primary metric', () => {
  test('policies apply at multiples of evaluation_interval from delay_evaluation on (0 counts as 1)', () => {
    const policy = bandit({ delayEvaluation: 5, evaluationInterval: 2 });
    expect([1, 2, 3, 4, 5, 6, 7, 8].filter((i) => isEvaluationPoint(policy, i))).toEqual([6, 8]);
    expect([1, 2, 3].filter((i) => isEvaluationPoint(bandit({ evaluationInterval: 0 }), i))).toEqual([1, 2, 3]);
  });

  test("bandit stops a trial outside the slack of the best trial's metric at that interval (Azure ML's example)", () => {
    // The best trial has 0.8 at interval 10; with slack_factor 0.2 anything below 0.8 / 1.2 = 0.667 stops.
    const best = Array(10).fill(0.8);
    const policy = bandit({ slackFactor: 0.2, evaluationInterval: 10 });
    expect(terminationReason(policy, 'maximize', Array(10).fill(0.6), [best], 10)).toMatch(
      /^bandit at interval 10: best 0.6 is below 0.666667/,
    );
    expect(terminationReason(policy, 'maximize', Array(10).fill(0.7), [best], 10)).toBeUndefined();
    // minimize: above best * (1 + slack) stops; slack_amount is a fixed distance
    expect(terminationReason(bandit({ slackFactor: 0.2 }), 'minimize', [1.3], [[1]], 1)).toMatch(/above 1.2/);
    const amount = bandit({ slackFactor: 0, slackAmount: 0.1 });
    expect(terminationReason(amount, 'maximize', [0.75], [[0.9]], 1)).toMatch(/below 0.8/);
    expect(terminationReason(amount, 'maximize', [0.85], [[0.9]], 1)).toBeUndefined();
  });

  test('median stopping compares the best so far with the median of the other trials’ running averages', () => {
    const policy: EarlyTermination = { type: 'median_stopping', delayEvaluation: 0, evaluationInterval: 1 };
    const others = [
      [0.5, 0.7],
      [0.6, 0.8],
      [0.1, 0.3],
    ]; // running averages at interval 2: 0.6, 0.7, 0.2 -> median 0.6
    expect(terminationReason(policy, 'maximize', [0.4, 0.55], others, 2)).toMatch(/median 0.6/);
    expect(terminationReason(policy, 'maximize', [0.4, 0.65], others, 2)).toBeUndefined();
    // alone at its interval there is nothing to compare with
    expect(terminationReason(policy, 'maximize', [0.1, 0.1, 0.1], others, 3)).toBeUndefined();
  });

  test('truncation selection stops the lowest percentage of trials at the interval', () => {
    const policy: EarlyTermination = {
      type: 'truncation_selection',
      delayEvaluation: 0,
      evaluationInterval: 1,
      truncationPercentage: 40,
    };
    const others = [[0.9], [0.8], [0.7], [0.6]]; // five trials with this one: the lowest two stop
    expect(terminationReason(policy, 'maximize', [0.5], others, 1)).toMatch(/lowest 40% of the 5 trials/);
    expect(terminationReason(policy, 'maximize', [0.65], others, 1)).toMatch(/lowest 40%/);
    expect(terminationReason(policy, 'maximize', [0.75], others, 1)).toBeUndefined();
    expect(terminationReason(policy, 'minimize', [0.95], others, 1)).toMatch(/lowest 40%/);
  });

  test('the converter’s REST form of each policy is read with its parameters', () => {
    expect(
      earlyTerminationFrom({ policy_type: 'Bandit', delay_evaluation: 2, evaluation_interval: 1, slack_factor: 0.1 }),
    ).toEqual({ type: 'bandit', delayEvaluation: 2, evaluationInterval: 1, slackFactor: 0.1, slackAmount: 0 });
    expect(earlyTerminationFrom({ policy_type: 'MedianStopping', evaluation_interval: 1 })).toMatchObject({
      type: 'median_stopping',
    });
    expect(earlyTerminationFrom({ policy_type: 'TruncationSelection', truncation_percentage: 20 })).toMatchObject({
      type: 'truncation_selection',
      truncationPercentage: 20,
    });
  });
});

describe('a local sweep with an early termination policy', () => {
  let fixture: Awaited<ReturnType<typeof fixtureCopy>>;
  beforeEach(async () => {
    // step-types holds the learning-curve trial (src/curve.py) its early-stop pipeline runs too
    fixture = await fixtureCopy('step-types');
  });
  afterEach(() => fixture.cleanup());

  const withMlflow = {
    ...process.env,
    PYTHONPATH: join(FIXTURES, 'sweep/mlflow-standin'),
    PYTHONDONTWRITEBYTECODE: '1',
  };
  const runTrial = async (trial: SweepTrial) => {
    const folder = join(fixture.dir, 'trials', trial.name);
    await mkdir(folder, { recursive: true });
    const outcome = await runShell({
      command: `python3 curve.py --curve ${trial.params.curve}`,
      cwd: join(fixture.dir, 'src'),
      env: { ...withMlflow, ...trial.env },
      logFile: join(folder, 'std_log.txt'),
      signal: trial.signal,
      onLine: () => undefined,
    });
    if (outcome.canceled) return { end: 'Canceled' as const };
    return outcome.exitCode === 0 ? { end: 'Completed' as const, outputs: { folder } } : { end: 'Failed' as const };
  };
  const sweep = (policy?: EarlyTermination): LocalSweep => ({
    stepName: 'tune',
    searchSpace: { curve: { type: 'choice', values: ['good', 'bad', 'late'] } },
    sampling: { type: 'grid' },
    objective: { goal: 'maximize', primaryMetric: 'accuracy' },
    // one at a time: each trial is compared with the whole curves of those before it
    limits: { maxConcurrentTrials: 1 },
    ...(policy ? { earlyTermination: policy } : {}),
  });

  /** The three curves as trials, in this order: a good one, a poor one that waits to be stopped, a late one. */
  const runCurves = (s: LocalSweep, log: Logger) =>
    runSweep(s, [{ curve: 'good' }, { curve: 'bad' }, { curve: 'late' }], fixture.dir, runTrial, log);

  test('bandit stops the running trial that falls behind; the others finish and the best is chosen', async () => {
    const log = memoryLogger();
    const s = sweep(bandit());
    const outcome = await runCurves(s, log);
    expect(outcome.end).toBe('Completed');
    expect(outcome.trials.map((t) => t.end)).toEqual(['Completed', 'Canceled', 'Completed']);
    // stopped after its first value: the rest of its curve was never logged
    expect(outcome.trials[1]).toMatchObject({
      metric: 0.3,
      terminated: expect.stringMatching(/^bandit at interval 1/),
    });
    expect(outcome.best?.name).toBe('trial_2');
    expect(log.text()).toContain('[tune] trial_1 Canceled, accuracy = 0.3 (stopped: bandit at interval 1');
  });

  test("the sweep's limits.timeout stops the running trial, starts no other, and keeps the best completed one", async () => {
    const log = memoryLogger();
    // generous: the first trial takes well under a second, the second waits 20s to be stopped
    const s = { ...sweep(), limits: { maxConcurrentTrials: 1, timeoutSeconds: 8 } };
    const outcome = await runCurves(s, log);
    expect(outcome.end).toBe('Completed');
    expect(outcome.trials.map((t) => t.end)).toEqual(['Completed', 'Canceled']);
    expect(outcome.trials[1].terminated).toBe("the sweep's limits.timeout of 8s");
    expect(outcome.best?.name).toBe('trial_0');
    expect(log.text()).toContain('[tune] limits.timeout of 8s reached: running trials stopped, no new trial started');
  });
});
