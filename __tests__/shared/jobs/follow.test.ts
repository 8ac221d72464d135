/**
 * Submit, attach and follow against the ARM emulator with a real session. Jobs move only when the test
 * says so (`autoAdvance = false`): each poll of `followJob` applies the next step of the job's script, so
 * what the follower sees is the same on every run.
 */
import { UserError } from '../../../shared/core/errors.js';
import { followJob } from '../../../shared/jobs/follow.js';
import type { FollowOptions } from '../../../shared/jobs/follow.js';
import { deterministicJobName } from '../../../shared/jobs/naming.js';
import { assertJobPassed, failureMessage } from '../../../shared/jobs/outcome.js';
import { attachJob, submitOrAttach } from '../../../shared/jobs/submit.js';
import type { JobScript } from '../../support/arm-emulator/index.js';
import { pipelineBody, run, useSteppedJobsFixture } from './jobs-fixture.js';
import type { JobsFixture } from './jobs-fixture.js';

let fx: JobsFixture;
useSteppedJobsFixture((started) => (fx = started));

let counter = 0;
/** A fresh job name per test, so tests share one emulator without seeing each other's jobs. */
const nextName = () => `pipe-${++counter}`;

/** Follows with every poll applying the next step of the job's script. */
function follow(name: string, options: FollowOptions = {}) {
  return followJob(fx.session, name, {
    ...options,
    onPoll: async () => {
      fx.emu.jobs.advance(name);
      await options.onPoll?.();
    },
  });
}

async function submitScripted(name: string, script: JobScript) {
  fx.emu.jobs.script(name, script);
  return submitOrAttach(fx.session, { name, body: pipelineBody(), run });
}

const steps = (prep: string, train: string, evaluate: string) => ({ prep, train, evaluate });

describe('a submitted pipeline followed to the end', () => {
  test('Completed passes, with every step, its status change, its logs and the pipeline outputs', async () => {
    const name = nextName();
    const submitted = await submitScripted(name, [
      {
        status: 'Running',
        children: steps('Running', 'NotStarted', 'NotStarted'),
        childLogs: { prep: { 'user_logs/std_log.txt': 'loading 120 images\n' } },
      },
      {
        status: 'Running',
        children: steps('Completed', 'Running', 'NotStarted'),
        childLogs: { train: { 'user_logs/std_log.txt': 'epoch 1 loss=0.9\n', 'system_logs/lifecycler.txt': 'x\n' } },
      },
      {
        status: 'Running',
        children: steps('Completed', 'Completed', 'Running'),
        childLogs: { train: { 'user_logs/std_log.txt': 'epoch 2 loss=0.4\n' } },
      },
      'Completed',
    ]);
    expect(submitted).toMatchObject({ name, status: 'NotStarted', attached: false });
    expect(submitted.studioUrl).toContain(`https://ml.azure.com/runs/${name}?wsid=`);

    const result = await follow(name);

    expect(result).toMatchObject({ name, status: 'Completed', passed: true, stepsKnown: true, timedOut: false });
    expect(result.id).toBe(`${fx.emu.workspaceId}/jobs/${name}`);
    expect(result.steps.map((s) => [s.name, s.status])).toEqual([
      ['prep', 'Completed'],
      ['train', 'Completed'],
      ['evaluate', 'Completed'],
    ]);
    for (const step of result.steps) expect(step.startedAt).toBeInstanceOf(Date);
    expect(result.outputs).toEqual({
      model: 'azureml://datastores/workspaceblobstore/paths/models/animals/',
      metrics: `azureml://jobs/${name}/outputs/metrics`,
    });
    expect(failureMessage(result)).toBeUndefined();
    const text = fx.log.text();
    expect(text).toMatch(/step train: Running/);
    expect(text).toMatch(/step train: Completed/);
    // Logs: each line once, from the chosen log file only.
    expect(text.match(/epoch 1 loss=0.9/g)).toHaveLength(1);
    expect(text).toMatch(/epoch 2 loss=0.4/);
    expect(text).toMatch(/loading 120 images/);
    expect(text).not.toMatch(/lifecycler/);
  });

  test('the submitted body carries the traceability tags, git properties, data input paths and force_rerun', async () => {
    const name = nextName();
    await submitOrAttach(fx.session, { name, body: pipelineBody(), run, forceRerun: true });
    const put = fx.emu.requests.filter({ method: 'PUT', path: `/jobs/${name}` })[0];
    const props = (put.body as { properties: Record<string, Record<string, unknown>> }).properties;
    expect(props.tags).toMatchObject({
      team: 'vision',
      'github.sha': run.sha,
      'github.repository': 'octo-org/animals',
      'github.run_id': run.runId,
      'github.run_attempt': '1',
      'github.run_url': 'https://github.com/octo-org/animals/actions/runs/9876543210/attempts/1',
      'github.workflow': 'train',
      'github.actor': 'octocat',
      'github.ref': 'refs/heads/main',
    });
    expect(props.properties).toMatchObject({
      'mlflow.source.git.commit': run.sha,
      'mlflow.source.git.repoURL': 'https://github.com/octo-org/animals',
      'mlflow.source.git.branch': 'main',
      'azureml.git.build_id': run.runId,
    });
    // Data inputs keep their path and mode (the SDK's serializer would drop both).
    expect(props.inputs.images).toEqual({
      jobInputType: 'uri_folder',
      uri: 'azureml://datastores/workspaceblobstore/paths/toy/',
      mode: 'ReadOnlyMount',
    });
    expect(props.settings).toEqual({
      default_compute: 'azureml:cpu-cluster',
      continue_on_step_failure: false,
      force_rerun: true,
    });
  });
});

describe('only Completed passes', () => {
  test('Failed names the failing step and its error', async () => {
    const name = nextName();
    await submitScripted(name, [
      { status: 'Running', children: steps('Running', 'NotStarted', 'NotStarted') },
      { status: 'Running', children: steps('Completed', 'Running', 'NotStarted') },
      {
        status: 'Failed',
        children: steps('Completed', 'Failed', 'NotStarted'),
        error: { code: 'UserError', message: 'train.py exited with code 1: CUDA out of memory' },
      },
    ]);
    const result = await follow(name);
    expect(result).toMatchObject({ status: 'Failed', passed: false });
    expect(result.steps.find((s) => s.name === 'train')).toMatchObject({
      status: 'Failed',
      error: 'train.py exited with code 1: CUDA out of memory',
    });
    expect(() => assertJobPassed(result)).toThrow(UserError);
    const message = failureMessage(result)!;
    expect(message).toMatch(new RegExp(`Pipeline job '${name}' ended Failed`));
    expect(message).toMatch(/step train: Failed - train.py exited with code 1: CUDA out of memory/);
    expect(message).not.toMatch(/step (prep|evaluate)/);
    expect(message).toContain(result.studioUrl);
  });

  test('nested levels are followed: a failing step of a pipeline component is named by its path, sweep trials listed', async () => {
    const name = nextName();
    const body = pipelineBody(['prep', 'train_pipeline', 'tune']);
    body.properties.jobs!.train_pipeline = { ...(body.properties.jobs!.train_pipeline as object), type: 'pipeline' };
    // A sweep step as azure-ai-ml sends it (the emulator checks a sweep's fields like the service).
    body.properties.jobs!.tune = {
      name: 'tune',
      type: 'sweep',
      trial: { componentId: 'azureml:train:1' },
      search_space: { lr: { type: 'uniform', min_value: 0.01, max_value: 0.1 } },
      objective: { goal: 'maximize', primary_metric: 'accuracy' },
      limits: { max_total_trials: 2 },
    };
    fx.emu.jobs.script(name, [
      {
        status: 'Running',
        children: { prep: 'Completed', train_pipeline: 'Running', tune: 'Running' },
        nested: { train_pipeline: { prep_data: 'Running' }, tune: { trial_0: 'Running', trial_1: 'Running' } },
      },
      {
        status: 'Failed',
        children: { prep: 'Completed', train_pipeline: 'Failed', tune: 'Completed' },
        nested: {
          train_pipeline: { prep_data: 'Completed', train_step: 'Failed' },
          tune: { trial_0: 'Completed', trial_1: 'Completed' },
        },
        error: { code: 'UserError', message: 'train.py exited with code 1' },
      },
    ]);
    await submitOrAttach(fx.session, { name, body, run });
    const result = await follow(name);
    expect(result.steps.map((s) => [s.name, s.status])).toEqual([
      ['prep', 'Completed'],
      ['train_pipeline', 'Failed'],
      ['tune', 'Completed'],
      ['train_pipeline/prep_data', 'Completed'],
      ['tune/trial_0', 'Completed'],
      ['tune/trial_1', 'Completed'],
      // In the order first seen: the failing step appeared at the second poll.
      ['train_pipeline/train_step', 'Failed'],
    ]);
    expect(fx.log.text()).toContain('step train_pipeline/train_step: Failed');
    expect(failureMessage(result)).toMatch(/step train_pipeline\/train_step: Failed - train.py exited with code 1/);
  });

  test.each(['Canceled', 'NotResponding', 'Paused', 'Unknown', 'Exploded'])(
    '%s fails, naming the state, and the result holds that state',
    async (state) => {
      const name = nextName();
      await submitScripted(name, [
        { status: 'Running', children: steps('Running', 'NotStarted', 'NotStarted') },
        state,
      ]);
      const result = await follow(name);
      expect(result).toMatchObject({ status: state, passed: false });
      expect(() => assertJobPassed(result)).toThrow(new RegExp(`ended ${state}\\b`));
    },
  );

  test('CancelRequested is waited out, not taken for an end', async () => {
    const name = nextName();
    await submitScripted(name, ['Running', 'CancelRequested', 'CancelRequested', 'Canceled']);
    const result = await follow(name);
    expect(result.status).toBe('Canceled');
    expect(fx.log.text()).toMatch(/CancelRequested/);
  });

  test('a job still running at the timeout is reported as such and left running', async () => {
    const name = nextName();
    await submitScripted(name, ['Running']);
    const result = await follow(name, { timeoutMs: 0 });
    expect(result).toMatchObject({ status: 'NotStarted', timedOut: true, passed: false });
    expect(failureMessage(result)).toMatch(
      new RegExp(`keeps running in Azure ML. Follow it later with 'attach: ${name}'`),
    );
    expect(fx.emu.requests.filter({ method: 'POST', path: `/jobs/${name}/cancel` })).toHaveLength(0);
  });
});

describe('re-runs, wait: false and attach', () => {
  test('a second submit under the same name attaches instead of submitting a duplicate', async () => {
    const name = deterministicJobName('animals', run);
    fx.emu.jobs.script(name, ['Running', 'Completed']);
    const first = await submitOrAttach(fx.session, { name, body: pipelineBody(), run });
    const again = await submitOrAttach(fx.session, { name, body: pipelineBody(), run });
    expect(first.attached).toBe(false);
    expect(again).toMatchObject({ name, attached: true, id: first.id, studioUrl: first.studioUrl });
    expect(fx.emu.requests.filter({ method: 'PUT', path: `/jobs/${name}` })).toHaveLength(1);
    expect(fx.log.text()).toMatch(/already exists .*attaching to it instead of submitting a duplicate/);
    expect((await follow(name, { attached: true })).status).toBe('Completed');
  });

  test('a name taken by a job from another commit is refused with what to do', async () => {
    const name = nextName();
    await submitOrAttach(fx.session, { name, body: pipelineBody(), run: { ...run, sha: 'a'.repeat(40) } });
    await expect(submitOrAttach(fx.session, { name, body: pipelineBody(), run })).rejects.toThrow(
      /already exists .* from commit a{40}, but this run is at 4f2a9c1.*use 'attach: pipe-\d+'/s,
    );
  });

  test('wait: false returns name, id and studio link at once: nothing is read after the submit', async () => {
    const name = nextName();
    fx.emu.requests.clear();
    const submitted = await submitOrAttach(fx.session, { name, body: pipelineBody(), run });
    expect(submitted).toEqual({
      name,
      id: `${fx.emu.workspaceId}/jobs/${name}`,
      studioUrl: expect.stringContaining(`/runs/${name}?`),
      status: 'NotStarted',
      attached: false,
    });
    const calls = fx.emu.requests.records.filter((r) => r.path.includes(`/jobs/${name}`)).map((r) => r.method);
    expect(calls).toEqual(['GET', 'PUT']);
  });

  test('attach follows a job submitted elsewhere to its end, without submitting anything', async () => {
    const name = nextName();
    await fx.emu.seed.job(name, pipelineBody().properties, [
      { status: 'Running', children: steps('Completed', 'Running', 'NotStarted') },
      'Completed',
    ]);
    fx.emu.requests.clear();
    const attached = await attachJob(fx.session, name);
    const result = await follow(name, { attached: attached.attached });
    expect(result).toMatchObject({ name, status: 'Completed', passed: true, attached: true });
    expect(result.steps).toHaveLength(3);
    expect(fx.emu.requests.writes()).toEqual([]);
  });

  test('attach to a name the workspace does not have says so', async () => {
    await expect(attachJob(fx.session, 'no-such-job')).rejects.toThrow(
      /No job named 'no-such-job' in workspace 'mlw-test'/,
    );
  });
});

describe('steps and logs are extras: their failures never change the result', () => {
  test('a log download error costs a warning, not the result', async () => {
    const name = nextName();
    fx.emu.faults.add({
      method: 'GET',
      path: '/_logs/**',
      fault: { kind: 'status', status: 403, code: 'AuthenticationFailed', message: 'Signature not valid.' },
    });
    await submitScripted(name, [
      {
        status: 'Running',
        children: steps('Running', 'NotStarted', 'NotStarted'),
        childLogs: { prep: { 'user_logs/std_log.txt': 'hello\n' } },
      },
      'Completed',
    ]);
    const result = await follow(name);
    expect(result).toMatchObject({ status: 'Completed', passed: true, stepsKnown: true });
    expect(fx.log.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      expect.stringMatching(
        /Logs of step prep could not be read \(.*Signature not valid.*\); its status is still followed/,
      ),
    ]);
  });

  test('without run history the job is still followed by its own status', async () => {
    const name = nextName();
    fx.emu.faults.add({ method: 'GET', path: '/discovery', fault: { kind: 'status', status: 404 } });
    await submitScripted(name, ['Running', 'Failed']);
    const result = await follow(name);
    expect(result).toMatchObject({ status: 'Failed', passed: false, stepsKnown: false, steps: [] });
    expect(fx.log.text()).toMatch(/Step statuses are unavailable/);
    expect(failureMessage(result)).toMatch(/ended Failed[\s\S]*step statuses were unavailable/);
  });
});
