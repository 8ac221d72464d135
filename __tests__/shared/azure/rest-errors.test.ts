import { RestError, createHttpHeaders, createPipelineRequest } from '@azure/core-rest-pipeline';
import { UserError } from '../../../shared/core/errors.js';
import { AzureFailure, describeAzureFailure, hintFor, isNotFound } from '../../../shared/azure/rest-errors.js';

/** A RestError as the REST layer builds it from ARM's answer: status, error envelope and x-ms-request-id. */
function armAnswer(status: number, code: string, message: string): RestError {
  const request = createPipelineRequest({ url: 'https://management.azure.com/x' });
  const response = {
    status,
    request,
    headers: createHttpHeaders({ 'x-ms-request-id': 'req-123' }),
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
