/**
 * The built bundle, run as the runner runs it, on inputs that must fail before anything reaches Azure.
 * (Runs against the ARM emulator + Azurite need its model, datastore and job routes; see the report.)
 */
import { bundle, runAction } from '../../support/action-runner.js';

const run = (inputs: Record<string, string>) =>
  runAction(bundle('download-model'), {
    inputs: { path: 'model', version: 'latest', concurrency: '8', ...inputs },
    // No workspace and no sign-in: a run that got past input checks would fail on those instead.
    env: { AZURE_SUBSCRIPTION_ID: undefined, AZURE_CLIENT_ID: undefined },
    timeoutMs: 20_000,
  });

describe('download-model bundle: input errors', () => {
  test.each([
    [{}, "Give the model 'name' (and optionally 'version'), or the training 'job-name'."],
    [{ name: 'm', version: '7', 'job-name': 'train-1' }, "Give either 'version' (7) or 'job-name' (train-1), not both"],
    [{ name: 'm', version: 'tag:' }, "Input 'version': 'tag:' names no tag; write tag:KEY or tag:KEY=VALUE"],
    [{ name: 'm', version: 'v 2' }, "Input 'version': 'v 2' is not a version"],
    [{ name: 'm', concurrency: '0' }, "Input 'concurrency' must be at least 1."],
  ])('%j fails the step with an actionable message', async (inputs, message) => {
    const result = await run(inputs);
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining(message) }),
    ]);
    expect(result.outputs).toEqual({});
  });
});
