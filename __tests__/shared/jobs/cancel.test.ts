/**
 * Cancelling with the workflow: a signal while following sends the cancel at once with the token kept in
 * advance (the emulator's token log proves no sign-in happened then), and the post step's backstop cancels
 * only what is still going.
 */
import { EventEmitter } from 'node:events';
import { jest } from '@jest/globals';
import type { AccessToken, TokenCredential } from '@azure/identity';
import type { AzureSession } from '../../../shared/azure/session.js';
import { CancelGuard, cancelJobIfRunning } from '../../../shared/jobs/cancel.js';
import type { SignalTarget } from '../../../shared/jobs/cancel.js';
import { followJob } from '../../../shared/jobs/follow.js';
import { failureMessage } from '../../../shared/jobs/outcome.js';
import { submitOrAttach } from '../../../shared/jobs/submit.js';
import type { JobScript } from '../../support/arm-emulator/index.js';
import { pipelineBody, run, useSteppedJobsFixture } from './jobs-fixture.js';
import type { JobsFixture } from './jobs-fixture.js';

let fx: JobsFixture;
useSteppedJobsFixture((started) => (fx = started));

let counter = 0;
async function submitted(script: JobScript): Promise<string> {
  const name = `cancel-${++counter}`;
  fx.emu.jobs.script(name, script);
  await submitOrAttach(fx.session, { name, body: pipelineBody(), run });
  return name;
}

/** Stands in for `process`: signals are emitted by the test, and `exit` records its code. */
class FakeProcess extends EventEmitter implements SignalTarget {
  exitCodes: number[] = [];
  private onExit: (() => void) | undefined;
  readonly exited = new Promise<void>((resolve) => (this.onExit = resolve));

  exit(code: number): void {
    this.exitCodes.push(code);
    this.onExit?.();
  }
}

/** The session with its credential wrapped: counts sign-ins, and may answer with the given tokens first. */
function spiedSession(first: (AccessToken | Error)[] = []): { session: AzureSession; calls: () => number } {
  let calls = 0;
  const credential: TokenCredential = {
    getToken: async (scopes, options) => {
      calls++;
      const next = first.shift();
      if (next instanceof Error) throw next;
      return next ?? fx.session.credential.getToken(scopes, options);
    },
  };
  return { session: { ...fx.session, credential }, calls: () => calls };
}

const cancelPosts = (name: string) => fx.emu.requests.filter({ method: 'POST', path: `/jobs/${name}/cancel` });
const jobStatus = (name: string) => fx.emu.jobs.get(name)?.resource.properties.status;

describe('SIGINT or SIGTERM while following', () => {
  test('sends the cancel at once with the token kept in advance, stops following and exits 1', async () => {
    const name = await submitted(['Running']);
    const proc = new FakeProcess();
    const spied = spiedSession();
    const guard = await CancelGuard.prepare(spied.session, name);
    guard.installSignalHandlers(proc);
    let polls = 0;
    let tokensAtSignal = -1;
    let signInsAtSignal = -1;

    const result = await followJob(fx.session, name, {
      abortSignal: guard.signal,
      onPoll: async () => {
        fx.emu.jobs.advance(name);
        await guard.keepFresh();
        if (++polls === 2) {
          tokensAtSignal = fx.emu.tokenRequests.length;
          signInsAtSignal = spied.calls();
          proc.emit('SIGINT', 'SIGINT');
        }
      },
    });
    await proc.exited;

    expect(cancelPosts(name).map((r) => r.status)).toEqual([202]);
    // No sign-in at that moment: the credential was not even asked, and the token endpoint saw nothing.
    expect(spied.calls()).toBe(signInsAtSignal);
    expect(fx.emu.tokenRequests).toHaveLength(tokensAtSignal);
    expect(proc.exitCodes).toEqual([1]);
    expect(jobStatus(name)).toBe('CancelRequested');
    expect(result).toMatchObject({ status: 'Running', stopped: true, passed: false });
    expect(failureMessage(result)).toMatch(/was stopped while it was Running \(the workflow was cancelled\)/);
    expect(fx.log.text()).toMatch(/SIGINT received: the workflow is being cancelled/);
    expect(fx.log.lines.find((l) => l.level === 'error')?.message).toBe(
      `The workflow was cancelled, so Azure ML job '${name}' was cancelled too.`,
    );
  });

  test("the runner's SIGTERM after SIGINT sends no second cancel", async () => {
    const name = await submitted(['Running']);
    const proc = new FakeProcess();
    const guard = await CancelGuard.prepare(fx.session, name);
    guard.installSignalHandlers(proc);
    proc.emit('SIGINT', 'SIGINT');
    proc.emit('SIGTERM', 'SIGTERM');
    await proc.exited;
    expect(cancelPosts(name)).toHaveLength(1);
    expect(fx.log.text()).toMatch(/SIGTERM received; the cancel request for job '.*' is already on its way/);
  });

  test('cancelNow is idempotent and reports what the service answered', async () => {
    const name = await submitted(['Running']);
    const guard = await CancelGuard.prepare(fx.session, name);
    const [first, second] = await Promise.all([guard.cancelNow(), guard.cancelNow()]);
    expect(first).toEqual({ name, accepted: true, httpStatus: 202, signedInAgain: false });
    expect(second).toBe(first);
    expect(guard.signal.aborted).toBe(true);
    expect(cancelPosts(name)).toHaveLength(1);
  });

  test('a kept token that has expired is replaced by a new sign-in, and the cancel still goes out', async () => {
    const name = await submitted(['Running']);
    const expired = { token: fx.emu.accessToken(), expiresOnTimestamp: Date.now() - 1000 };
    const spied = spiedSession([expired]);
    const guard = await CancelGuard.prepare(spied.session, name);
    const outcome = await guard.cancelNow();
    expect(outcome).toMatchObject({ accepted: true, httpStatus: 202, signedInAgain: true });
    expect(spied.calls()).toBe(2);
  });

  test('keepFresh renews the kept token only when it nears its end', async () => {
    const name = await submitted(['Running']);
    const now = Date.now();
    const hour = 60 * 60_000;
    const spied = spiedSession([
      { token: fx.emu.accessToken(), expiresOnTimestamp: now + hour },
      { token: fx.emu.accessToken(), expiresOnTimestamp: now + 2 * hour },
    ]);
    const guard = await CancelGuard.prepare(spied.session, name);
    await guard.keepFresh();
    expect(spied.calls()).toBe(1);
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + hour - 5 * 60_000);
    try {
      await guard.keepFresh();
      expect(spied.calls()).toBe(2);
      await guard.keepFresh();
      expect(spied.calls()).toBe(2);
    } finally {
      clock.mockRestore();
    }
  });

  test('a failed renewal is a warning, and the token is asked for again at the next poll', async () => {
    const name = await submitted(['Running']);
    const now = Date.now();
    const spied = spiedSession([
      { token: fx.emu.accessToken(), expiresOnTimestamp: now + 60 * 60_000 },
      new Error('AADSTS50058: network unreachable'),
    ]);
    const guard = await CancelGuard.prepare(spied.session, name);
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 55 * 60_000);
    try {
      await guard.keepFresh();
      await guard.keepFresh();
    } finally {
      clock.mockRestore();
    }
    expect(spied.calls()).toBe(3);
    expect(fx.log.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      expect.stringMatching(
        /Could not renew the token kept for cancelling job .*AADSTS50058.*retrying at the next poll/,
      ),
    ]);
  });

  test('a refused cancel is reported with the service message, and the exit is still non-zero', async () => {
    const name = await submitted(['Running']);
    fx.emu.faults.add({
      method: 'POST',
      path: `/subscriptions/**/jobs/${name}/cancel`,
      fault: {
        kind: 'status',
        status: 403,
        code: 'AuthorizationFailed',
        message: 'The client does not have authorization.',
      },
    });
    const proc = new FakeProcess();
    const guard = await CancelGuard.prepare(fx.session, name);
    guard.installSignalHandlers(proc);
    proc.emit('SIGTERM', 'SIGTERM');
    await proc.exited;
    fx.emu.faults.clear();
    expect(proc.exitCodes).toEqual([1]);
    expect(fx.log.text()).toMatch(
      /cancelling Azure ML job '.*' failed: The client does not have authorization.*The post step will try again/,
    );
  });

  test('after the handlers are removed, a signal cancels nothing', async () => {
    const name = await submitted(['Running']);
    const proc = new FakeProcess();
    const guard = await CancelGuard.prepare(fx.session, name);
    const remove = guard.installSignalHandlers(proc);
    remove();
    expect(proc.listenerCount('SIGINT') + proc.listenerCount('SIGTERM')).toBe(0);
    proc.emit('SIGINT', 'SIGINT');
    expect(guard.signal.aborted).toBe(false);
    expect(cancelPosts(name)).toHaveLength(0);
  });
});

describe('the post-step backstop', () => {
  test('cancels a job that is still running', async () => {
    const name = await submitted(['Running']);
    fx.emu.jobs.advance(name);
    const result = await cancelJobIfRunning(fx.session, name);
    expect(result).toEqual({ name, status: 'Running', cancelRequested: true });
    expect(cancelPosts(name)).toHaveLength(1);
    expect(jobStatus(name)).toBe('CancelRequested');
  });

  test.each(['Completed', 'Failed', 'Canceled', 'CancelRequested'])(
    'does nothing to a job that is %s',
    async (state) => {
      const name = await submitted([state]);
      fx.emu.jobs.advance(name);
      const result = await cancelJobIfRunning(fx.session, name);
      expect(result).toEqual({ name, status: state, cancelRequested: false });
      expect(cancelPosts(name)).toHaveLength(0);
      expect(fx.log.text()).toMatch(new RegExp(`is ${state}: nothing to cancel`));
    },
  );

  test('does nothing when the job was never submitted', async () => {
    const result = await cancelJobIfRunning(fx.session, 'never-submitted');
    expect(result).toEqual({ name: 'never-submitted', cancelRequested: false });
    expect(fx.emu.requests.filter({ method: 'POST', path: '/jobs/never-submitted/cancel' })).toHaveLength(0);
  });
});
