/**
 * The smoke test: one request to a deployment, straight to it (`azureml-model-deployment` header) through the
 * endpoint's scoring URI, before it takes any live traffic, and the check of what it answered. The credential
 * (key or token) is handed to the logger as a secret before it is used, and never printed.
 */
import { isDeepStrictEqual } from 'node:util';
import { UserError } from '../core/errors.js';

export interface SmokeTest {
  /** The request body, sent as it is (the content of the request file). */
  request: string;
  /** The answer must equal this JSON value. */
  expectJson?: unknown;
  /** The answer's text must contain this. */
  expectContains?: string;
  /** Where the request came from, for messages. */
  requestFile: string;
  timeoutMs: number;
}

export interface SmokeResult {
  status: number;
  body: string;
}

/** What an endpoint answered when it should not have: status and body, shown to the user. */
export class SmokeTestFailure extends UserError {
  override name = 'SmokeTestFailure';
  constructor(
    message: string,
    readonly response: SmokeResult,
  ) {
    super(message);
  }
}

const SHOWN = 4000;

/** Sends the request to `deployment` and returns what it answered; throws SmokeTestFailure when the check fails. */
export async function runSmokeTest(
  scoringUri: string,
  deployment: string,
  authorization: string,
  test: SmokeTest,
): Promise<SmokeResult> {
  const { createDefaultHttpClient, createPipelineFromOptions, createPipelineRequest, createHttpHeaders } =
    await import('@azure/core-rest-pipeline');
  // The default pipeline honours HTTPS_PROXY/NO_PROXY as every other call does; no retries: one request tells.
  const pipeline = createPipelineFromOptions({ retryOptions: { maxRetries: 0 } });
  const request = createPipelineRequest({
    url: scoringUri,
    method: 'POST',
    body: test.request,
    timeout: test.timeoutMs,
    headers: createHttpHeaders({
      'Content-Type': 'application/json',
      Authorization: `Bearer ${authorization}`,
      'azureml-model-deployment': deployment,
    }),
  });
  const response = await pipeline.sendRequest(createDefaultHttpClient(), request);
  const result = { status: response.status, body: response.bodyAsText ?? '' };
  const problem = checkAnswer(result, test);
  if (problem)
    throw new SmokeTestFailure(
      `Smoke test of deployment '${deployment}' failed: ${problem}. Request: ${test.requestFile}. ` +
        `Response (HTTP ${result.status}): ${shown(result.body)}`,
      result,
    );
  return result;
}

/** Why an answer fails the test, or undefined when it passes. */
export function checkAnswer(
  result: SmokeResult,
  test: Pick<SmokeTest, 'expectJson' | 'expectContains'>,
): string | undefined {
  if (result.status < 200 || result.status >= 300) return `the deployment answered HTTP ${result.status}`;
  if (test.expectContains !== undefined && !result.body.includes(test.expectContains))
    return `the answer does not contain ${JSON.stringify(test.expectContains)}`;
  if (test.expectJson !== undefined) {
    let answer: unknown;
    try {
      answer = JSON.parse(result.body);
    } catch {
      return 'the answer is not JSON';
    }
    // The scoring script's answer is often JSON text inside a JSON string (json.dumps returned from run()).
    if (typeof answer === 'string' && typeof test.expectJson !== 'string') {
      try {
        answer = JSON.parse(answer);
      } catch {
        /* compared as the string it is */
      }
    }
    if (!isDeepStrictEqual(answer, test.expectJson))
      return `the answer is not the expected ${shown(JSON.stringify(test.expectJson))}`;
  }
  return undefined;
}

function shown(text: string): string {
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}… (${text.length} characters)` : text || '(empty)';
}
