/**
 * HTTP to the Azure ML data plane (run history) and to log blobs, through @azure/core-rest-pipeline so
 * retries, throttling (Retry-After), proxies (HTTPS_PROXY / NO_PROXY) and TLS behave as in the ARM client.
 */
import {
  RestError,
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
  exponentialRetryPolicy,
  systemErrorRetryPolicy,
} from '@azure/core-rest-pipeline';
import type {
  HttpClient,
  Pipeline,
  PipelinePolicy,
  PipelineResponse,
  PipelineRetryOptions,
} from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/identity';
import { USER_AGENT } from '../azure/create-session.js';

/** Retries of data-plane reads; a step list or log that stays unavailable is skipped, never fatal. */
const RETRY = { maxRetries: 3, retryDelayInMs: 500, maxRetryDelayInMs: 8000 };
/** A read attempt that hangs longer than this is abandoned and retried at the next poll. */
const ATTEMPT_TIMEOUT_MS = 60_000;

export interface HttpGetter {
  /** GETs JSON; throws a RestError (with `statusCode`) for an error answer. */
  getJson<T>(url: string, abortSignal?: AbortSignal): Promise<T>;
  /** GETs text (log files). */
  getText(url: string, abortSignal?: AbortSignal): Promise<string>;
}

export interface GetterOptions {
  /**
   * Hand a throttled answer (429, or 503 with Retry-After) to the caller instead of waiting and retrying in
   * place: a poll loop retries at its next poll anyway, and waits on its own clock (see `PollPacer`).
   * Connection errors and other 5xx are still retried.
   */
  throttledToCaller?: boolean;
}

/** A client that signs every request with a token of `scope` from `credential`, refreshed by the policy. */
export function authenticatedGetter(
  credential: TokenCredential,
  scope: string,
  options: GetterOptions = {},
): HttpGetter {
  const pipeline = basePipeline(RETRY, options);
  pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential, scopes: scope }));
  return new PipelineGetter(pipeline);
}

/** A client without credentials: discovery documents and SAS-signed log URLs carry their own access. */
export function anonymousGetter(): HttpGetter {
  return new PipelineGetter(basePipeline());
}

/** The standard pipeline: user agent, retries (exponential, on connection errors and throttling), proxy. */
export function basePipeline(retryOptions: PipelineRetryOptions = RETRY, options: GetterOptions = {}): Pipeline {
  const pipeline = createPipelineFromOptions({ retryOptions, userAgentOptions: { userAgentPrefix: USER_AGENT } });
  if (options.throttledToCaller) {
    // The default policy = throttling + system errors + exponential; keep the last two only.
    pipeline.removePolicy({ name: 'defaultRetryPolicy' });
    pipeline.addPolicy(systemErrorRetryPolicy(retryOptions), { phase: 'Retry' });
    pipeline.addPolicy(exponentialRetryPolicy(retryOptions), { phase: 'Retry' });
  }
  pipeline.addPolicy(attemptTimeoutPolicy(ATTEMPT_TIMEOUT_MS), { afterPhase: 'Retry' });
  return pipeline;
}

/**
 * Gives each attempt (it runs after the retry policy) its own deadline as an abort signal. Not the request's
 * `timeout`: the Node HTTP client clears that timer only when an answer arrives, so after a connection reset it
 * stays armed, and a process whose work is done waits the full timeout to exit. `AbortSignal.timeout`'s timer
 * never holds the process open.
 */
export function attemptTimeoutPolicy(timeoutMs: number): PipelinePolicy {
  return {
    name: 'attemptTimeoutPolicy',
    async sendRequest(request, next) {
      const caller = request.abortSignal;
      const deadline = AbortSignal.timeout(timeoutMs);
      request.abortSignal = caller ? AbortSignal.any([caller as AbortSignal, deadline]) : deadline;
      try {
        return await next(request);
      } finally {
        request.abortSignal = caller;
      }
    },
  };
}

class PipelineGetter implements HttpGetter {
  private readonly http: HttpClient = createDefaultHttpClient();

  constructor(private readonly pipeline: Pipeline) {}

  async getJson<T>(url: string, abortSignal?: AbortSignal): Promise<T> {
    const response = await this.get(url, 'application/json', abortSignal);
    return JSON.parse(response.bodyAsText || 'null') as T;
  }

  async getText(url: string, abortSignal?: AbortSignal): Promise<string> {
    return (await this.get(url, '*/*', abortSignal)).bodyAsText ?? '';
  }

  private async get(url: string, accept: string, abortSignal?: AbortSignal): Promise<PipelineResponse> {
    const request = createPipelineRequest({ url, method: 'GET', abortSignal });
    request.headers.set('Accept', accept);
    const response = await this.pipeline.sendRequest(this.http, request);
    if (response.status >= 400) throw errorOf(response);
    return response;
  }
}

/** A RestError carrying the service's message (`{"error":{"message"}}`) when there is one. */
export function errorOf(response: PipelineResponse): RestError {
  let message = `HTTP ${response.status}`;
  let code: string | undefined;
  try {
    const body = JSON.parse(response.bodyAsText ?? '') as { error?: { code?: string; message?: string } };
    if (body.error?.message) message = `${body.error.message} (HTTP ${response.status})`;
    code = body.error?.code;
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): the status says enough.
  }
  return new RestError(message, { statusCode: response.status, code, request: response.request, response });
}
