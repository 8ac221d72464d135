/**
 * The one path every failed Azure call takes: `describeAzureFailure` turns what the service (or the network)
 * answered into a UserError that names the operation and the resource, gives the service's error code,
 * message and request id, and the same hint for the same status everywhere.
 */
import { UserError, errorMessage } from '../core/errors.js';

/** What is read off a failed call: a RestError of @azure/core-rest-pipeline, or one of ours. */
interface RestErrorLike {
  statusCode?: number;
  code?: string;
  message: string;
  requestId?: string;
  response?: { headers?: { get(name: string): string | undefined }; bodyAsText?: string | null };
}

/** A failed Azure call, as described for the user; keeps the status so callers can still branch on it. */
export class AzureFailure extends UserError {
  override name = 'AzureFailure';
  constructor(
    message: string,
    /** What the service (or the network) said, without our wording around it. */
    readonly serviceMessage: string,
    readonly statusCode: number | undefined,
    readonly code: string | undefined,
    readonly requestId: string | undefined,
  ) {
    super(message);
  }
}

function asRestError(error: unknown): RestErrorLike | undefined {
  return error instanceof Error && ('statusCode' in error || 'code' in error) ? (error as RestErrorLike) : undefined;
}

export function statusCodeOf(error: unknown): number | undefined {
  return asRestError(error)?.statusCode;
}

export function isNotFound(error: unknown): boolean {
  return statusCodeOf(error) === 404;
}

/** What `read` returns, or undefined when the service answers 404; any other failure is thrown. */
export async function unlessNotFound<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * How long a throttled (429) or unavailable (503) answer asked us to wait: `retry-after-ms`,
 * `x-ms-retry-after-ms` or `Retry-After` (seconds or an HTTP date), as core-rest-pipeline reads them.
 */
export function retryAfterMs(error: unknown, now: number): number | undefined {
  const rest = asRestError(error);
  const headers = rest?.response?.headers;
  if (!headers || ![429, 503].includes(rest.statusCode ?? 0)) return undefined;
  for (const [name, scale] of [
    ['retry-after-ms', 1],
    ['x-ms-retry-after-ms', 1],
    ['retry-after', 1000],
  ] as const) {
    const text = headers.get(name);
    if (!text) continue;
    const value = Number(text);
    if (Number.isFinite(value)) return Math.max(0, value * scale);
    const date = Date.parse(text);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  return undefined;
}

/** The hint for a status: the same words wherever the status is met. */
export function hintFor(status: number | undefined): string {
  switch (status) {
    case 401:
      return 'The sign-in was refused: check the credential and that it belongs to the workspace tenant.';
    case 403:
      return (
        'The identity lacks permission. Grant it "AzureML Data Scientist" on the workspace ' +
        '(and "AzureML Compute Operator" to manage compute).'
      );
    case 404:
      return 'Check the name, and that subscription, resource group and workspace are the ones meant.';
    case 409:
      return 'Another operation on it is under way or its state forbids this; wait for that to end and run again.';
    case 429:
      return 'Azure kept throttling the requests after the retries; run again later or spread the runs out.';
    default:
      return '';
  }
}

/** The service's error `{code, message}` from the body when the RestError has not read it. */
function serviceError(rest: RestErrorLike): { code?: string; message?: string } {
  try {
    const body = JSON.parse(rest.response?.bodyAsText ?? '') as { error?: { code?: string; message?: string } };
    return body.error ?? {};
  } catch {
    return {};
  }
}

/**
 * Turns what ARM answered into a message that says what we were doing (operation and resource), what the
 * service said (code, message, request id) and, for the usual problems, what to do.
 */
export function describeAzureFailure(doing: string, error: unknown): UserError {
  if (error instanceof AzureFailure) return error;
  const rest = asRestError(error);
  const fromBody = rest ? serviceError(rest) : {};
  const said = fromBody.message ?? rest?.message ?? errorMessage(error);
  const code = fromBody.code ?? rest?.code;
  const requestId = rest?.requestId ?? rest?.response?.headers?.get('x-ms-request-id');
  const status = rest?.statusCode;
  const facts = [
    status ? `HTTP ${status}` : undefined,
    code && !said.includes(code) ? `code ${code}` : undefined,
    requestId ? `request id ${requestId}` : undefined,
    waitFacts(error),
  ].filter(Boolean);
  const hint = hintFor(status);
  return new AzureFailure(
    `${doing} failed: ${said}${facts.length ? ` (${facts.join(', ')})` : ''}${hint ? `\n${hint}` : ''}`,
    said,
    status,
    code,
    requestId,
  );
}

/** What a throttled answer asked for, so a user knows how long "later" is. */
function waitFacts(error: unknown): string | undefined {
  const waitMs = retryAfterMs(error, Date.now());
  return waitMs === undefined ? undefined : `Azure asked to wait ${Math.ceil(waitMs / 1000)} s`;
}

/** Runs an Azure call, turning its failure into a UserError that says what was being done. */
export async function callAzure<T>(doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw describeAzureFailure(doing, error);
  }
}
