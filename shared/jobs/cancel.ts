/**
 * Cancelling a job when the workflow is cancelled. The runner sends SIGINT, then SIGTERM 7.5 s later,
 * then kills the step 2.5 s after that; a sign-in at that moment (seconds with OIDC and a slow network)
 * may not fit. So the guard holds an ARM access token obtained in advance and kept fresh while following,
 * and a pipeline built in advance, and the cancel is one POST.
 */
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { AccessToken } from '@azure/identity';
import { errorMessage } from '../core/errors.js';
import { armScope } from '../azure/cloud.js';
import { USER_AGENT } from '../azure/create-session.js';
import { MlApi } from '../azure/ml-api/ml-api.js';
import { MlRestClient } from '../azure/ml-api/rest-client.js';
import { AzureFailure, statusCodeOf } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import { basePipeline } from './data-plane.js';
import { findJob, statusOf } from './job-resource.js';
import { isCancelPointless } from './status.js';

/** What happened to a cancel request. */
export interface CancelOutcome {
  name: string;
  /** True when the service accepted the request (200 or 202). */
  accepted: boolean;
  /** HTTP status of the answer, when there was one. */
  httpStatus?: number;
  /** Why it was not accepted. */
  error?: string;
  /** True when the kept token had expired and a new sign-in was needed after all. */
  signedInAgain: boolean;
}

/** The part of `process` the guard needs; tests pass an EventEmitter with an `exit` that records. */
export interface SignalTarget {
  on(signal: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  exit(code: number): void;
}

/** The cancel request must fit in the runner's grace period: few, short retries. */
const CANCEL_RETRY = { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 };
const CANCEL_TIMEOUT_MS = 5000;
/** Renew the kept token when less than this share of its lifetime remains... */
const REFRESH_AT_REMAINING_SHARE = 0.5;
/** ...or less than this much time (an AAD token lives 60-90 minutes). */
const REFRESH_AT_REMAINING_MS = 10 * 60_000;

export class CancelGuard {
  private token: AccessToken | undefined;
  private lifetimeMs = 0;
  private cancelling: Promise<CancelOutcome> | undefined;
  private readonly aborter = new AbortController();
  /** The REST layer on a pipeline of its own: the kept token instead of a sign-in, few and short retries. */
  private readonly api: MlApi;

  private constructor(
    private readonly session: AzureSession,
    readonly jobName: string,
  ) {
    const pipeline = basePipeline(CANCEL_RETRY);
    pipeline.addPolicy(this.keptTokenPolicy(), { phase: 'Sign' });
    const rest = new MlRestClient({
      endpoint: session.cloud.armEndpoint,
      credential: session.credential,
      scope: armScope(session.cloud),
      userAgent: USER_AGENT,
      pipeline,
    });
    this.api = new MlApi(rest, session.workspace, session.pollIntervalMs);
  }

  /** Obtains the token now, while there is time, and builds the request path. */
  static async prepare(session: AzureSession, jobName: string): Promise<CancelGuard> {
    const guard = new CancelGuard(session, jobName);
    await guard.renew();
    return guard;
  }

  /** Aborts when a cancel starts: pass it to `followJob` so following stops at once. */
  get signal(): AbortSignal {
    return this.aborter.signal;
  }

  /**
   * Renews the kept token when it nears its end; cheap otherwise. Call it on every poll. A failed renewal
   * is a warning, not a failure: following goes on, the old token may still be valid, the next poll retries.
   */
  async keepFresh(): Promise<void> {
    const remaining = (this.token?.expiresOnTimestamp ?? 0) - Date.now();
    if (remaining >= Math.min(REFRESH_AT_REMAINING_MS, this.lifetimeMs * REFRESH_AT_REMAINING_SHARE)) return;
    try {
      await this.renew();
    } catch (error) {
      this.session.log.warning(
        `Could not renew the token kept for cancelling job '${this.jobName}' (${errorMessage(error)}); retrying at the next poll.`,
      );
    }
  }

  /** Sends the cancel request at once with the kept token. Idempotent: a second call returns the first outcome. */
  cancelNow(): Promise<CancelOutcome> {
    if (!this.cancelling) {
      this.aborter.abort();
      this.cancelling = this.sendCancel();
    }
    return this.cancelling;
  }

  /**
   * On SIGINT or SIGTERM: cancel the job, say so, and exit 1. A second signal while the request is on its
   * way changes nothing. Returns the function that removes the handlers (call it when following ends).
   */
  installSignalHandlers(target: SignalTarget): () => void {
    const handler = (signal: NodeJS.Signals) => void this.onSignal(signal, target);
    target.on('SIGINT', handler);
    target.on('SIGTERM', handler);
    return () => {
      target.off('SIGINT', handler);
      target.off('SIGTERM', handler);
    };
  }

  private async onSignal(signal: NodeJS.Signals, target: SignalTarget): Promise<void> {
    const log = this.session.log;
    if (this.cancelling) {
      log.info(`${signal} received; the cancel request for job '${this.jobName}' is already on its way.`);
      return;
    }
    log.info(`${signal} received: the workflow is being cancelled. Cancelling Azure ML job '${this.jobName}'.`);
    const outcome = await this.cancelNow();
    if (outcome.accepted) {
      log.error(`The workflow was cancelled, so Azure ML job '${this.jobName}' was cancelled too.`);
    } else {
      log.error(
        `The workflow was cancelled, but cancelling Azure ML job '${this.jobName}' failed: ${outcome.error}. ` +
          'The post step will try again; check the job in the studio.',
      );
    }
    target.exit(1);
  }

  private async sendCancel(): Promise<CancelOutcome> {
    const { jobName } = this;
    const signedInAgain = !this.token || this.token.expiresOnTimestamp <= Date.now();
    try {
      if (signedInAgain) await this.renew();
      const { status } = await this.api.jobs.cancel(jobName, { timeoutMs: CANCEL_TIMEOUT_MS });
      return { name: jobName, accepted: true, httpStatus: status, signedInAgain };
    } catch (error) {
      // The service's own words: the caller's log line already says what was being done.
      const said = error instanceof AzureFailure ? error.serviceMessage : errorMessage(error);
      return { name: jobName, accepted: false, httpStatus: statusCodeOf(error), error: said, signedInAgain };
    }
  }

  private async renew(): Promise<void> {
    const token = await this.session.credential.getToken(armScope(this.session.cloud));
    if (!token) throw new Error('the credential returned no ARM access token');
    this.session.log.secret(token.token);
    this.token = token;
    this.lifetimeMs = Math.max(0, token.expiresOnTimestamp - Date.now());
  }

  private keptTokenPolicy(): PipelinePolicy {
    return {
      name: 'keptArmToken',
      sendRequest: (request, next) => {
        request.headers.set('Authorization', `Bearer ${this.token?.token ?? ''}`);
        return next(request);
      },
    };
  }
}

/** What the post step's backstop did. */
export interface BackstopResult {
  name: string;
  /** The job's status before anything was done; undefined when there is no such job. */
  status?: string;
  cancelRequested: boolean;
}

/**
 * The post step's backstop: requests a cancel when the job is still going, and does nothing when it has
 * ended, a cancel is already on its way (CancelRequested), or the job does not exist.
 */
export async function cancelJobIfRunning(session: AzureSession, name: string): Promise<BackstopResult> {
  const job = await findJob(session, name);
  if (!job) {
    session.log.info(`No job named '${name}' in the workspace: nothing to cancel.`);
    return { name, cancelRequested: false };
  }
  const status = statusOf(job);
  if (isCancelPointless(status)) {
    session.log.info(`Job '${name}' is ${status}: nothing to cancel.`);
    return { name, status, cancelRequested: false };
  }
  // Sends the request and returns; the job moves to CancelRequested, then Canceled, on its own.
  await session.ml.jobs.cancel(name);
  session.log.info(`Cancel requested for job '${name}' (it was ${status}).`);
  return { name, status, cancelRequested: true };
}
