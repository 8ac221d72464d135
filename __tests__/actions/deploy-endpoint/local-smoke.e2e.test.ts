/**
 * deploy-endpoint with `backend: local`: no managed endpoint exists on a runner, so the deployment's scoring script
 * is run with python3 against the model of the local workspace and its answer checked; nothing is deployed.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { registerLocalModel } from '../../../shared/local/models.js';
import { LocalWorkspace } from '../../../shared/local/index.js';
import { bundle, runAction, expectSucceeded, expectFailed } from '../../support/action-runner.js';
import { eventEnv } from '../../support/github-events/events.js';
import { ENDPOINT_FIXTURE } from './fixture-project.js';

/** A scoring script whose answer depends on the model's file, so a pass proves the model was where init() looked. */
const SCORE = [
  'import json, os',
  '',
  'scale = None',
  '',
  'def init():',
  '    global scale',
  '    with open(os.path.join(os.environ["AZUREML_MODEL_DIR"], "weights.json")) as f:',
  '        scale = json.load(f)["scale"]',
  '',
  'def run(raw):',
  '    return [scale * sum(row) for row in json.loads(raw)["data"]]',
  '',
].join('\n');

/** The fixture project with `score` as its scoring script, and a model registered in its local workspace. */
async function checkout(score = SCORE): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'endpoint-local-'));
  cpSync(ENDPOINT_FIXTURE, dir, { recursive: true });
  writeFileSync(path.join(dir, 'score', 'score.py'), score);
  const model = path.join(dir, 'trained');
  mkdirSync(model);
  writeFileSync(path.join(model, 'weights.json'), '{"scale": 2}');
  const ws = await LocalWorkspace.open(path.join(dir, '.mlops'));
  await registerLocalModel(ws, { name: 'animals', version: '1', path: model });
  return dir;
}

const run = (dir: string, inputs: Record<string, string> = {}) =>
  runAction(bundle('deploy-endpoint'), {
    cwd: dir,
    inputs: {
      backend: 'local',
      'endpoint-file': 'endpoint.yml',
      'deployment-file': 'deployment.yml',
      'smoke-test-request': 'request.json',
      'smoke-test-response': 'response.json',
      ...inputs,
    },
    env: { ...eventEnv('push-main'), RUNNER_TEMP: mkdtempSync(path.join(tmpdir(), 'runner-temp-')) },
    timeoutMs: 60_000,
  });

describe('deploy-endpoint on the local backend', () => {
  test("runs the scoring script against the local workspace's model and passes on the expected answer", async () => {
    const dir = await checkout();
    writeFileSync(path.join(dir, 'response.json'), '[12, 18]');
    const result = await run(dir);
    expectSucceeded(result, {
      'endpoint-name': 'animals-api',
      deployment: 'blue',
      'model-version': 'animals:1',
    });
    expect(result.summary).toContain('smoke-tested locally');
    expect(result.log).toContain('nothing was deployed');
  }, 90_000);

  test('fails the step with the answer when it is not the expected one', async () => {
    const error = expectFailed(await run(await checkout()));
    expect(error).toContain("Local smoke test of deployment 'blue' failed");
    expect(error).toContain('[12, 18]');
  }, 90_000);

  test("fails with the scoring script's traceback when init() raises", async () => {
    const dir = await checkout('def init():\n    raise RuntimeError("no GPU here")\n\ndef run(raw):\n    return raw\n');
    const error = expectFailed(await run(dir));
    expect(error).toContain('init() or run() raised');
    expect(error).toContain('RuntimeError: no GPU here');
  }, 90_000);

  test('refuses batch endpoints, naming backend: azure', async () => {
    const dir = await checkout();
    const result = await run(dir, { 'endpoint-type': 'batch' });
    expect(expectFailed(result)).toContain("'backend: azure'");
  }, 90_000);
});
