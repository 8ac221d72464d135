/**
 * The built deploy-endpoint bundle, run as the runner runs it, against the emulated workspace (ARM emulator with
 * online endpoints, Azurite for the scoring code upload): first deployment, blue/green update, a failing smoke
 * test, a failing provisioning, and no scoring key in any log.
 */
import { bundle, runAction, type RunResult, expectSucceeded, expectFailed } from '../../support/action-runner.js';
import { eventEnv } from '../../support/github-events/events.js';
import { Gate } from '../../support/arm-emulator/index.js';
import { startEmulatedWorkspace, type EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';
import { endpointProject } from './fixture-project.js';

describe('deploy-endpoint bundle against the emulated workspace', () => {
  let ws: EmulatedWorkspace;

  beforeAll(async () => {
    ws = await startEmulatedWorkspace();
    for (const version of ['1', '2'])
      await ws.emu.seed.assetVersion('models', 'animals', version, {
        modelUri: `azureml://datastores/workspaceblobstore/paths/models/animals/v${version}/`,
        ...(version === '2' ? { jobName: 'train-42' } : {}),
      });
    ws.emu.seed.amlCompute('cpu-cluster', { maxNodeCount: 2 });
    await ws.emu.seed.assetVersion('environments', 'animals-inference', '1', {
      image: 'mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest',
    });
  }, 60_000);
  afterAll(async () => ws?.close());
  beforeEach(() => ws.emu.faults.clear());

  const deploy = (dir: string, inputs: Record<string, string> = {}) =>
    runAction(bundle('deploy-endpoint'), {
      cwd: dir,
      inputs: {
        ...ws.inputs(),
        'endpoint-file': 'endpoint.yml',
        'deployment-file': 'deployment.yml',
        'smoke-test-request': 'request.json',
        'smoke-test-response': 'response.json',
        ...inputs,
      },
      env: { ...ws.env(), ...eventEnv('push-main') },
      timeoutMs: 60_000,
    });

  const traffic = (endpoint: string) => ws.emu.endpoints.endpoint(endpoint)?.properties.traffic;

  /** Neither key of the endpoint appears in any line a reader sees, and none was printed before its mask. */
  function expectNoKeyIn(result: RunResult, endpoint: string) {
    const keys = ws.emu.endpoints.keys(endpoint);
    expect(keys).toBeDefined();
    const printed = result.rawLog
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const key of [keys!.primaryKey, keys!.secondaryKey]) {
      expect(printed).not.toContain(key);
      expect(result.log).not.toContain(key);
    }
    expect(result.leakedSecrets).toEqual([]);
  }

  test('a first deployment creates the endpoint and the deployment, smoke-tests it directly, then gives it all the traffic', async () => {
    const dir = endpointProject('first-api');
    const result = await deploy(dir);
    expectSucceeded(result, {
      'endpoint-name': 'first-api',
      deployment: 'blue',
      'live-deployment': 'blue',
      'previous-deployment': '',
      traffic: '{"blue":100}',
      'model-version': 'animals:1',
    });
    expect(result.outputs['scoring-uri']).toMatch(/\/_endpoints\/first-api\/score$/);
    expect(traffic('first-api')).toEqual({ blue: 100 });
    // The smoke test reached the new deployment before the traffic moved to it.
    const order = ws.emu.requests.records
      .filter((r) => /first-api(\/score)?$/.test(r.path) && r.method !== 'GET')
      .map(
        (r) =>
          `${r.method} ${r.path.endsWith('/score') ? 'score' : 'endpoint'} ${JSON.stringify((r.body as { properties?: { traffic?: unknown } })?.properties?.traffic ?? '')}`,
      );
    expect(order).toEqual(['PUT endpoint {}', 'POST score ""', 'PUT endpoint {"blue":100}']);
    const deployment = ws.emu.endpoints.deployment('first-api', 'blue')!;
    expect(deployment.tags).toMatchObject({
      'azureml-mlops.model-name': 'animals',
      'azureml-mlops.model-version': '1',
      'azureml-mlops.deployed-by-commit': '860c1904a1ce19322e91ac35af1ab07466440c37',
      'azureml-mlops.deployed-by-run': 'https://github.com/contoso/animals-api/actions/runs/4242/attempts/1',
    });
    expect(deployment.properties).toMatchObject({
      endpointComputeType: 'Managed',
      model: expect.stringMatching(/\/models\/animals\/versions\/1$/),
      environmentId: expect.stringMatching(/\/environments\/animals-inference\/versions\/1$/),
      codeConfiguration: { codeId: expect.stringMatching(/\/codes\/[^/]+\/versions\/1$/), scoringScript: 'score.py' },
      requestSettings: { requestTimeout: 'PT5S' },
      livenessProbe: { initialDelay: 'PT10S', period: 'PT10S' },
    });
    expect(deployment.sku).toEqual({ name: 'Default', capacity: 1 });
    expect(result.summary).toContain('Online endpoint deployed');
    expectNoKeyIn(result, 'first-api');
  }, 120_000);

  test('a blue/green update (the model a training job registered) mirrors, stages and moves the traffic to the new deployment after its smoke test, keeping or deleting the previous one as asked', async () => {
    const dir = endpointProject('bg-api');
    expect((await deploy(dir)).exitCode).toBe(0);

    ws.emu.requests.clear();
    const green = await deploy(dir, {
      'deployment-name': 'green',
      'model-name': 'animals',
      'model-job': 'train-42',
      traffic: 'mirror:10, 50, 100',
    });
    expectSucceeded(green, {
      deployment: 'green',
      'live-deployment': 'green',
      'previous-deployment': 'blue',
      'model-version': 'animals:2',
    });
    const puts = ws.emu.requests
      .filter({ method: 'PUT', path: /onlineEndpoints\/bg-api$/ })
      .map((r) => (r.body as { properties: { traffic?: unknown; mirrorTraffic?: unknown } }).properties);
    expect(puts.map((p) => [p.traffic, p.mirrorTraffic])).toEqual([
      [{ blue: 100 }, {}],
      [{ blue: 100 }, { green: 10 }],
      [{ blue: 50, green: 50 }, {}],
      [{ blue: 0, green: 100 }, {}],
    ]);
    expect(ws.emu.endpoints.deployment('bg-api', 'blue')).toBeDefined();
    expect(ws.emu.endpoints.deployment('bg-api', 'green')!.tags).toMatchObject({
      'azureml-mlops.model-version': '2',
      'azureml-mlops.training-job': 'train-42',
    });

    const blue = await deploy(dir, { 'deployment-name': 'blue', 'previous-deployment': 'delete' });
    expect(blue.exitCode).toBe(0);
    expect(blue.outputs).toMatchObject({ 'live-deployment': 'blue', 'previous-deployment': 'green' });
    expect(ws.emu.endpoints.deployment('bg-api', 'green')).toBeUndefined();
    expect(traffic('bg-api')).toEqual({ blue: 100 });
    for (const result of [green, blue]) expectNoKeyIn(result, 'bg-api');
  }, 180_000);

  test('a failing smoke test leaves the traffic unchanged, deletes the new deployment and fails the step with the answer', async () => {
    const dir = endpointProject('smoke-api');
    expect((await deploy(dir)).exitCode).toBe(0);
    ws.emu.endpoints.plantAnswer('smoke-api', 'green', '{"error": "model file classifier.json not found"}', 200);
    ws.emu.requests.clear();

    const result = await deploy(dir, { 'deployment-name': 'green' });
    const error = expectFailed(result);
    expect(error).toContain("Smoke test of deployment 'green' failed");
    expect(error).toContain('model file classifier.json not found');
    expect(error).toContain('Live traffic is unchanged: blue 100%');
    expect(traffic('smoke-api')).toEqual({ blue: 100 });
    expect(ws.emu.endpoints.deployment('smoke-api', 'green')).toBeUndefined();
    // The one endpoint write kept the live traffic; none moved it.
    const puts = ws.emu.requests.filter({ method: 'PUT', path: /onlineEndpoints\/smoke-api$/ });
    expect(puts.map((r) => (r.body as { properties: { traffic?: unknown } }).properties.traffic)).toEqual([
      { blue: 100 },
    ]);
    expectNoKeyIn(result, 'smoke-api');
  }, 120_000);

  test("a failing provisioning fails the step with the service's message and the deployment's logs, and changes no traffic", async () => {
    const dir = endpointProject('broken-api');
    expect((await deploy(dir)).exitCode).toBe(0);
    ws.emu.faults.add({
      method: 'PUT',
      path: '/subscriptions/**/onlineEndpoints/broken-api/deployments/green',
      fault: {
        kind: 'lroFailure',
        code: 'ResourceNotReady',
        message: 'User container has crashed or terminated: ModuleNotFoundError: No module named sklearn',
      },
    });

    const result = await deploy(dir, { 'deployment-name': 'green' });
    const error = expectFailed(result);
    expect(error).toContain("Deployment 'green' of endpoint 'broken-api' failed");
    expect(error).toContain('No module named sklearn');
    expect(error).toContain('InferenceServer log');
    expect(error).toContain('Exception in init()');
    expect(error).toContain('Live traffic is unchanged: blue 100%');
    expect(traffic('broken-api')).toEqual({ blue: 100 });
    expect(ws.emu.endpoints.deployment('broken-api', 'green')).toBeUndefined();
    expect(
      ws.emu.requests.filter({ method: 'POST', path: /\/score$/ }).filter((r) => r.path.includes('broken-api')),
    ).toHaveLength(1);
    expectNoKeyIn(result, 'broken-api');
  }, 120_000);

  test('a traffic step the service refuses puts the traffic back and removes the new deployment', async () => {
    const dir = endpointProject('refused-api');
    expect((await deploy(dir)).exitCode).toBe(0);
    // Held at the new deployment's PUT (after the endpoint update), the next endpoint write - the traffic step - is
    // made to fail; the restoring write after it goes through.
    const gate = new Gate();
    ws.emu.faults.add({
      method: 'PUT',
      path: '/subscriptions/**/onlineEndpoints/refused-api/deployments/green',
      times: 1,
      fault: { kind: 'hold', gate },
    });
    const running = deploy(dir, { 'deployment-name': 'green', traffic: '50, 100' });
    await gate.arrivals(1);
    ws.emu.faults.add({
      method: 'PUT',
      path: '/subscriptions/**/onlineEndpoints/refused-api',
      times: 1,
      fault: {
        kind: 'status',
        status: 409,
        code: 'Conflict',
        message: 'Another operation is in progress on the endpoint.',
      },
    });
    gate.open();
    const result = await running;
    expect(expectFailed(result)).toContain('Another operation is in progress');
    expect(result.log).toContain('Putting it back: blue 100%');
    expect(traffic('refused-api')).toEqual({ blue: 100 });
    expect(ws.emu.endpoints.deployment('refused-api', 'green')).toBeUndefined();
    expectNoKeyIn(result, 'refused-api');
  }, 120_000);

  test('a batch deployment becomes the default and is invoked on a small input, its job followed to the end', async () => {
    const dir = endpointProject('unused-api');
    const result = await deploy(dir, {
      'endpoint-type': 'batch',
      'endpoint-file': 'batch-endpoint.yml',
      'deployment-file': 'batch-deployment.yml',
      'smoke-test-request': '',
      'smoke-test-response': '',
      'batch-input': 'azureml://datastores/workspaceblobstore/paths/animals/batch/',
    });
    expectSucceeded(result);
    const endpoint = ws.emu.endpoints.batchEndpoint('animals-batch')!;
    expect(endpoint.resource.properties.defaults).toEqual({ deploymentName: 'nightly' });
    expect(endpoint.jobs).toHaveLength(1);
    expect(result.outputs).toMatchObject({
      'endpoint-name': 'animals-batch',
      deployment: 'nightly',
      'live-deployment': 'nightly',
      'job-name': endpoint.jobs[0],
      'job-status': 'Completed',
      'model-version': 'animals:1',
    });
    const job = ws.emu.jobs.get(endpoint.jobs[0])!;
    expect(job.resource.properties).toMatchObject({
      inputs: {
        input_data: { jobInputType: 'uri_folder', uri: 'azureml://datastores/workspaceblobstore/paths/animals/batch/' },
      },
    });
    expect(endpoint.deployments.get('nightly')!.properties).toMatchObject({
      model: { referenceType: 'Id', assetId: expect.stringMatching(/\/models\/animals\/versions\/1$/) },
      compute: expect.stringMatching(/\/computes\/cpu-cluster$/),
      resources: { instanceCount: 2 },
      maxConcurrencyPerInstance: 2,
      miniBatchSize: 10,
      outputAction: 'AppendRow',
      outputFileName: 'predictions.csv',
      retrySettings: { maxRetries: 3, timeout: 'PT30S' },
      errorThreshold: -1,
      loggingLevel: 'Info',
    });
    expect(result.leakedSecrets).toEqual([]);
  }, 120_000);
});
