import { RestError, createHttpHeaders, createPipelineRequest } from '@azure/core-rest-pipeline';
import { UserError } from '../../../shared/core/errors.js';
import {
  AzureFailure,
  describeAzureFailure,
  hintFor,
  isNotFound,
  retryAfterMs,
} from '../../../shared/azure/rest-errors.js';

/** A RestError as the REST layer builds it from ARM's answer: status, error envelope and x-ms-request-id. */
function armAnswer(status: number, code: string, message: string, headers: Record<string, string> = {}): RestError {
  const request = createPipelineRequest({ url: 'https://management.azure.com/x' });
  const response = {
    status,
    request,
    headers: createHttpHeaders({ 'x-ms-request-id': 'req-123', ...headers }),
    bodyAsText: JSON.stringify({ error: { code, message } }),
  };
  return new RestError(message, { statusCode: status, code, request, response });
}

describe('describeAzureFailure', () => {
  test.each([
    [401, 'InvalidAuthenticationToken', /sign-in was refused/],
    [403, 'AuthorizationFailed', /Grant it "AzureML Data Scientist" on the workspace/],
    [404, 'ResourceNotFound', /Check the name, and that subscription, resource group and workspace/],
    [409, 'Conflict', /Another operation on it is under way/],
    [429, 'TooManyRequests', /kept throttling the requests after the retries/],
  ])('HTTP %i names the operation, the service code and message, the request id and the hint', (status, code, hint) => {
    const failure = describeAzureFailure("Reading compute 'cpu'", armAnswer(status, code, 'The service said no.'));
    expect(failure).toBeInstanceOf(UserError);
    expect(failure.message).toMatch(
      new RegExp(
        `^Reading compute 'cpu' failed: The service said no\\. \\(HTTP ${status}, code ${code}, request id req-123\\)\\n`,
      ),
    );
    expect(failure.message).toMatch(hint);
    expect(failure).toMatchObject({ statusCode: status, code, requestId: 'req-123' });
  });

  test('the same status gives the same hint whichever call failed', () => {
    const a = describeAzureFailure('Submitting job a', armAnswer(403, 'AuthorizationFailed', 'x'));
    const b = describeAzureFailure('Reading datastore b', armAnswer(403, 'AuthorizationFailed', 'y'));
    expect(a.message.split('\n')[1]).toBe(hintFor(403));
    expect(b.message.split('\n')[1]).toBe(hintFor(403));
  });

  test('a failure already described passes through unchanged, and keeps its status for isNotFound', () => {
    const first = describeAzureFailure("Reading job 'j'", armAnswer(404, 'NotFound', 'gone'));
    expect(describeAzureFailure('Something else', first)).toBe(first);
    expect(first).toBeInstanceOf(AzureFailure);
    expect(isNotFound(first)).toBe(true);
  });

  test('a network error without a status keeps its message and gets no hint', () => {
    const failure = describeAzureFailure('Listing the datastores', new Error('connect ECONNREFUSED'));
    expect(failure.message).toBe('Listing the datastores failed: connect ECONNREFUSED');
  });
});

describe('what a throttled answer asked for', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');

  test.each([
    [{ 'retry-after-ms': '1500' }, 1500],
    [{ 'x-ms-retry-after-ms': '250' }, 250],
    [{ 'retry-after': '30' }, 30_000],
    [{ 'retry-after': 'Fri, 27 Nov 2026 12:00:45 GMT' }, 45_000],
    [{ 'retry-after': 'Fri, 27 Nov 2026 11:59:00 GMT' }, 0],
    [{}, undefined],
  ])('headers %j ask for %s ms', (headers, expected) => {
    expect(retryAfterMs(armAnswer(429, 'TooManyRequests', 'slow down', headers), now)).toBe(expected);
  });

  test('only a 429 or a 503 asks to wait', () => {
    expect(retryAfterMs(armAnswer(409, 'Conflict', 'busy', { 'retry-after': '30' }), now)).toBeUndefined();
    expect(retryAfterMs(armAnswer(503, 'ServerBusy', 'busy', { 'retry-after': '30' }), now)).toBe(30_000);
  });

  test('a throttling failure tells the user how long Azure asked to wait, beside the hint', () => {
    const failure = describeAzureFailure(
      'Listing the models',
      armAnswer(429, 'TooManyRequests', 'Too many requests.', { 'retry-after': '42' }),
    );
    expect(failure.message).toBe(
      'Listing the models failed: Too many requests. ' +
        '(HTTP 429, code TooManyRequests, request id req-123, Azure asked to wait 42 s)\n' +
        hintFor(429),
    );
  });
});
