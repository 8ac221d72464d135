import { memoryLogger } from '../../../shared/core/logger.js';
import { pickLogFiles } from '../../../shared/jobs/log-tail.js';
import { defaultPollBounds, pollDelayMs } from '../../../shared/jobs/poll.js';
import type { RunRecord } from '../../../shared/jobs/run-history.js';
import { StepTracker, formatDuration, stepOf } from '../../../shared/jobs/steps.js';

/** A child run in the recorded run-history shape (facts §7), trimmed to what matters here. */
const child = (over: Partial<RunRecord> = {}): RunRecord => ({
  runId: '0b1f8a2e-aaaa-bbbb-cccc-000000000001',
  parentRunId: 'pipe-1',
  displayName: 'train',
  name: 'train',
  status: 'Completed',
  startTimeUtc: '2024-05-01T10:00:00.000Z',
  endTimeUtc: '2024-05-01T10:03:22.520Z',
  properties: { 'azureml.nodeid': 'a1b2c3', StepType: 'CommandStep' },
  ...over,
});

describe('steps from run history', () => {
  test('a step that ran: name, status, times, not reused', () => {
    expect(stepOf(child())).toEqual({
      name: 'train',
      runId: '0b1f8a2e-aaaa-bbbb-cccc-000000000001',
      status: 'Completed',
      reused: false,
      reusedRunId: undefined,
      error: undefined,
      startedAt: new Date('2024-05-01T10:00:00.000Z'),
      endedAt: new Date('2024-05-01T10:03:22.520Z'),
      durationMs: 202_520,
    });
  });

  test('a reused step is told apart by azureml.isreused, as azure-ai-ml reads it', () => {
    const step = stepOf(
      child({
        properties: { 'azureml.isreused': 'true', 'azureml.reusedrunid': 'old-run-7', 'azureml.nodeid': 'a1b2c3' },
      }),
    );
    expect(step).toMatchObject({ reused: true, reusedRunId: 'old-run-7' });
  });

  test('without run properties, reuse is unknown rather than false', () => {
    expect(stepOf(child({ properties: undefined })).reused).toBeUndefined();
  });

  test('a failed step carries its error message; a missing name falls back to the run id', () => {
    const step = stepOf(
      child({
        displayName: undefined,
        name: undefined,
        status: 'Failed',
        error: { error: { code: 'UserError', message: 'train.py exited with 1' } },
      }),
    );
    expect(step).toMatchObject({ name: step.runId, status: 'Failed', error: 'train.py exited with 1' });
  });

  test('the tracker logs each status change once, with reuse and duration at the end', () => {
    const log = memoryLogger();
    const tracker = new StepTracker(log);
    tracker.update([child({ status: 'Running', endTimeUtc: undefined })]);
    tracker.update([child({ status: 'Running', endTimeUtc: undefined })]);
    tracker.update([child({ properties: { 'azureml.isreused': 'true', 'azureml.reusedrunid': 'old-run-7' } })]);
    expect(log.text()).toBe(
      '  step train: Running\n  step train: Completed (reused an earlier run old-run-7) after 3m 23s',
    );
  });
});

describe('log files', () => {
  test.each([
    [['user_logs/std_log.txt', 'system_logs/lifecycler/execution-wrapper.txt'], ['user_logs/std_log.txt']],
    [['user_logs/std_log_process_0.txt', 'user_logs/std_log_process_1.txt'], ['user_logs/std_log_process_0.txt']],
    [
      ['azureml-logs/70_driver_log.txt', 'azureml-logs/55_azureml-execution.txt', 'logs/azureml/x.log'],
      ['azureml-logs/55_azureml-execution.txt', 'azureml-logs/70_driver_log.txt'],
    ],
    [['logs/azureml/executionlogs.txt', 'logs/azureml/stderrlogs.txt'], ['logs/azureml/executionlogs.txt']],
    [['system_logs/cs_capability/cs-capability.log'], []],
  ])('%j -> %j', (paths, expected) => {
    expect(pickLogFiles(paths)).toEqual(expected);
  });
});

describe('poll interval', () => {
  test('starts at the floor, grows like az ml (half-way at 1.5 min), and never passes the ceiling', () => {
    const bounds = defaultPollBounds(5000);
    expect(bounds).toEqual({ minMs: 5000, maxMs: 60_000 });
    const at = (seconds: number) => pollDelayMs(seconds * 1000, bounds);
    expect(at(0)).toBeLessThan(6000);
    expect(at(92)).toBeGreaterThan(30_000);
    expect(at(92)).toBeLessThan(34_000);
    expect(at(3600)).toBe(60_000);
    const series = [0, 10, 30, 60, 90, 120, 300].map(at);
    expect([...series].sort((a, b) => a - b)).toEqual(series);
  });

  test('a short test interval scales the ceiling down with it', () => {
    expect(defaultPollBounds(5)).toEqual({ minMs: 5, maxMs: 60 });
  });
});

test('durations read like a person would write them', () => {
  expect([900, 61_000, 3_725_000].map(formatDuration)).toEqual(['1s', '1m 1s', '1h 2m 5s']);
});
