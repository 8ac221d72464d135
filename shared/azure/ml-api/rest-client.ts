/**
 * The HTTP side of the Azure ML control plane: one @azure/core-client ServiceClient (bearer token for the ARM
 * scope, retries, throttling with Retry-After, proxy from HTTPS_PROXY/NO_PROXY, user agent), paging by
 * `nextLink`, and long-running operations through @azure/core-lro. Every failure leaves through
 * `describeAzureFailure`, so it names the operation and the resource whatever the caller.
 */
import { ServiceClient } from '@azure/core-client';
import type { TokenCredential } from '@azure/identity';
import { createHttpPoller } from '@azure/core-lro';
import type { LroResourceLocationConfig, LroResponse, OperationState } from '@azure/core-lro';
import { RestError, createPipelineRequest } from '@azure/core-rest-pipeline';
import type { HttpMethods, Pipeline, PipelineResponse, PipelineRetryOptions } from '@azure/core-rest-pipeline';
import { describeAzureFailure } from '../rest-errors.js';
import { API_VERSIONS } from './api-version.js';
import type { MlResourceType } from './api-version.js';
import type { Page } from './types.js';

export interface MlRequest {
  method: HttpMethods;
  /** An ARM path (`/subscriptions/...`) under the endpoint, or an absolute URL the service gave (nextLink). */
  path: string;
  /** Selects the api-version; absolute URLs keep the one the service put in them. */
  resource: MlResourceType;
  /** What is being done, for error messages: "Reading compute 'cpu'". */
  doing: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  timeoutMs?: number;
  abortSignal?: AbortSignal;
}

export interface MlResponse<T> {
  status: number;
  body: T;
  headers: Record<string, string>;
}

export interface LroOptions {
  /** Poll interval (tests make it short). */
  intervalMs?: number;
  /** Ends the wait (the operation goes on in Azure). */
  abortSignal?: AbortSignal;
}

export interface MlRestClientOptions {
  endpoint: string;
  credential: TokenCredential;
  /** The ARM scope of the cloud, e.g. https://management.azure.com/.default */
  scope: string;
  userAgent: string;
  retryOptions?: PipelineRetryOptions;
  /** A pipeline built by the caller (e.g. the cancel guard's kept token); replaces the default one. */
  pipeline?: Pipeline;
}

export class MlRestClient {
  private readonly client: ServiceClient;
  readonly endpoint: string;

  constructor(options: MlRestClientOptions) {
    this.endpoint = options.endpoint.replace(/\/+$/, '');
    this.client = new ServiceClient({
      endpoint: this.endpoint,
      credential: options.credential,
      credentialScopes: [options.scope],
      userAgentOptions: { userAgentPrefix: options.userAgent },
      retryOptions: options.retryOptions,
      pipeline: options.pipeline,
    });
  }

  /** Sends one request; a status of 300 or more is a failure described for the user. */
  async send<T>(request: MlRequest): Promise<MlResponse<T>> {
    let response: PipelineResponse;
    try {
      response = await this.client.sendRequest(this.build(request));
    } catch (error) {
      throw describeAzureFailure(request.doing, error);
    }
    if (response.status >= 300) throw describeAzureFailure(request.doing, restErrorOf(response));
    return { status: response.status, body: parseBody(response) as T, headers: response.headers.toJSON() };
  }

  async json<T>(request: MlRequest): Promise<T> {
    return (await this.send<T>(request)).body;
  }

  /** The pages of a list, following `nextLink` (which carries its own query and api-version). */
  async *pages<T>(request: MlRequest): AsyncGenerator<T[]> {
    let next: MlRequest | undefined = request;
    while (next) {
      const page: Page<T> = await this.json<Page<T>>(next);
      yield page.value ?? [];
      next = page.nextLink ? { ...request, path: page.nextLink, query: undefined } : undefined;
    }
  }

  /**
   * A long-running operation: the initial request, then polls of Azure-AsyncOperation / Location (or the
   * resource) until it settles. `wait: false` returns once the service accepted the request.
   */
  async lro<T>(
    request: MlRequest,
    options: LroOptions & { wait?: boolean; resultFrom?: LroResourceLocationConfig } = {},
  ): Promise<T | undefined> {
    const poll = (url: string, abortSignal?: AbortSignal) =>
      this.send<unknown>({ ...request, method: 'GET', path: url, query: undefined, body: undefined, abortSignal });
    try {
      const poller = await createHttpPoller<T, OperationState<T>>(
        {
          requestMethod: request.method,
          requestPath: this.url(request),
          sendInitialRequest: async () => lroResponse(await this.send<unknown>(request)),
          sendPollRequest: async (url, o) =>
            lroResponse(await poll(url, (o?.abortSignal as AbortSignal | undefined) ?? options.abortSignal)),
        },
        { intervalInMs: options.intervalMs, resourceLocationConfig: options.resultFrom },
      );
      if (options.wait === false) return undefined;
      return await poller.pollUntilDone({ abortSignal: options.abortSignal });
    } catch (error) {
      throw describeAzureFailure(request.doing, error);
    }
  }

  /** The full URL of a request, with the api-version of its resource type. */
  url(request: Pick<MlRequest, 'path' | 'resource' | 'query'>): string {
    if (/^https?:\/\//i.test(request.path)) return request.path;
    const url = new URL(`${this.endpoint}${request.path}`);
    for (const [k, v] of Object.entries(request.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    url.searchParams.set('api-version', API_VERSIONS[request.resource]);
    return url.toString();
  }

  private build(request: MlRequest) {
    const pipelineRequest = createPipelineRequest({
      url: this.url(request),
      method: request.method,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      abortSignal: withDeadline(request.abortSignal, request.timeoutMs),
    });
    pipelineRequest.headers.set('Accept', 'application/json');
    if (request.body !== undefined) pipelineRequest.headers.set('Content-Type', 'application/json');
    return pipelineRequest;
  }
}

/**
 * A deadline as an abort signal, not the request's `timeout`: the Node HTTP client clears that timer only when an
 * answer arrives, so a connection reset left it armed and held the process open for the whole timeout.
 */
function withDeadline(signal: AbortSignal | undefined, timeoutMs: number | undefined): AbortSignal | undefined {
  if (!timeoutMs) return signal;
  const deadline = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, deadline]) : deadline;
}

function parseBody(response: PipelineResponse): unknown {
  const text = response.bodyAsText;
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A RestError with the service's `{error: {code, message}}` (and the response, for its request id). */
function restErrorOf(response: PipelineResponse): RestError {
  const body = parseBody(response) as { error?: { code?: string; message?: string } } | undefined;
  const message = body?.error?.message ?? `HTTP ${response.status}`;
  return new RestError(message, {
    statusCode: response.status,
    code: body?.error?.code,
    request: response.request,
    response,
  });
}

function lroResponse(response: MlResponse<unknown>): LroResponse<unknown> {
  return {
    flatResponse: response.body,
    rawResponse: { statusCode: response.status, headers: response.headers, body: response.body },
  };
}
