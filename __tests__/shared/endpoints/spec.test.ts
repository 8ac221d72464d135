import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ValidationError } from '../../../shared/core/errors.js';
import { loadBatchDeployment, loadBatchEndpoint } from '../../../shared/endpoints/batch-spec.js';
import { loadOnlineDeployment, loadOnlineEndpoint } from '../../../shared/endpoints/spec.js';
import { onlineDeploymentBody, onlineEndpointBody } from '../../../shared/endpoints/to-rest.js';
import { parseSetOverrides } from '../../../shared/pipeline/overrides.js';
import { bodyDefinitionFor, validateBody } from '../../support/arm-emulator/swagger.js';
import type { JsonValue } from '../../support/arm-emulator/json.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const EXAMPLE = path.resolve(HERE, '../../../workflows-examples/project/endpoint');
const FIXTURE = path.resolve(HERE, '../../actions/deploy-endpoint/fixtures/project');

function file(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'endpoint-spec-'));
  const p = path.join(dir, 'f.yml');
  writeFileSync(p, text);
  return p;
}

async function problemsOf(load: () => Promise<unknown>): Promise<string[]> {
  try {
    await load();
  } catch (error) {
    if (error instanceof ValidationError) return error.problems.map((p) => `${p.location?.line}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('endpoint and deployment YAML', () => {
  it.each([EXAMPLE, FIXTURE])('the files of %s read without a problem or a warning', async (dir) => {
    const endpoint = await loadOnlineEndpoint(path.join(dir, 'endpoint.yml'));
    const deployment = await loadOnlineDeployment(path.join(dir, 'deployment.yml'));
    expect([...endpoint.warnings, ...deployment.warnings]).toEqual([]);
    expect(deployment.spec.code).toEqual({ kind: 'local', path: expect.any(String) });
  });

  it('the batch fixture reads without a problem or a warning', async () => {
    const endpoint = await loadBatchEndpoint(path.join(FIXTURE, 'batch-endpoint.yml'));
    const deployment = await loadBatchDeployment(path.join(FIXTURE, 'batch-deployment.yml'));
    expect([...endpoint.warnings, ...deployment.warnings]).toEqual([]);
    expect(deployment.spec).toMatchObject({ type: 'model', compute: 'cpu-cluster', outputAction: 'AppendRow' });
  });

  it('maps to the bodies azure-ai-ml sends: auth mode, sku capacity, ISO durations, lineage tags', async () => {
    const endpoint = await loadOnlineEndpoint(path.join(FIXTURE, 'endpoint.yml'));
    const deployment = await loadOnlineDeployment(
      path.join(FIXTURE, 'deployment.yml'),
      parseSetOverrides(['instance_count=3']),
    );
    expect(onlineEndpointBody(endpoint.spec, 'westeurope', undefined)).toMatchObject({
      location: 'westeurope',
      tags: { team: 'vision' },
      properties: { authMode: 'Key', description: 'Animals classifier' },
    });
    const body = onlineDeploymentBody(
      deployment.spec,
      'westeurope',
      { model: 'm', environmentId: 'e', codeId: 'c' },
      { 'azureml-mlops.commit': 'abc' },
    );
    expect(body).toEqual({
      location: 'westeurope',
      tags: { 'azureml-mlops.commit': 'abc' },
      sku: { name: 'Default', capacity: 3 },
      properties: {
        endpointComputeType: 'Managed',
        model: 'm',
        environmentId: 'e',
        codeConfiguration: { codeId: 'c', scoringScript: 'score.py' },
        instanceType: 'Standard_DS3_v2',
        requestSettings: { requestTimeout: 'PT5S' },
        livenessProbe: { initialDelay: 'PT10S', period: 'PT10S' },
      },
    });
  });

  it('warns about keys az ml does not know, with their line, and refuses the ones not sent yet', async () => {
    const loaded = await loadOnlineDeployment(file('name: blue\nmodel: azureml:m:1\ninstance_count: 1\ncolour: red\n'));
    expect(loaded.warnings.map((w) => [w.location?.line, w.message])).toEqual([
      [4, expect.stringContaining("unknown key 'colour'")],
    ]);
    expect(await problemsOf(() => loadOnlineDeployment(file('name: blue\ndata_collector: {}\n')))).toEqual([
      expect.stringMatching(/^2: not supported yet: 'data_collector'/),
    ]);
  });

  it('reports every problem of a file at once, each at its line', async () => {
    const problems = await problemsOf(() =>
      loadOnlineDeployment(file('name: 1bad\ninstance_count: 0\ntype: kubernetes\nmodel:\n  path: ./model\n')),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^1: deployment name '1bad' is invalid/),
      expect.stringMatching(/^3: type 'kubernetes'/),
      expect.stringMatching(/^2: instance_count must be a whole number/),
      expect.stringMatching(/^5: not supported yet: an inline 'model'/),
    ]);
    expect(await problemsOf(() => loadOnlineEndpoint(file('name: ok-name\nauth_mode: password\n')))).toEqual([
      expect.stringMatching(/^2: auth_mode 'password' is not one of key, aml_token, aad_token/),
    ]);
  });

  it("sends bodies the api-version's swagger accepts, and the swagger fixture does refuse a wrong one", async () => {
    const endpoint = await loadOnlineEndpoint(path.join(FIXTURE, 'endpoint.yml'));
    const deployment = await loadOnlineDeployment(path.join(FIXTURE, 'deployment.yml'));
    const ws = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w';
    const endpointBody = onlineEndpointBody(endpoint.spec, 'westeurope', { blue: 100 }, {});
    const deploymentBody = onlineDeploymentBody(
      deployment.spec,
      'westeurope',
      { model: 'm', environmentId: 'e', codeId: 'c' },
      {},
    );
    const check = (method: string, at: string, body: unknown) =>
      validateBody(bodyDefinitionFor(method, `${ws}${at}`)!, JSON.parse(JSON.stringify(body)) as JsonValue);
    expect(check('PUT', '/onlineEndpoints/e', endpointBody)).toEqual([]);
    expect(check('PUT', '/onlineEndpoints/e/deployments/d', deploymentBody)).toEqual([]);
    expect(
      check('POST', '/onlineEndpoints/e/deployments/d/getLogs', { containerType: 'InferenceServer', tail: 100 }),
    ).toEqual([]);
    const wrong = {
      ...endpointBody,
      properties: { ...endpointBody.properties, authMode: 'Password', scoringUri: 'x' },
    };
    expect(check('PUT', '/onlineEndpoints/e', wrong)).toEqual([
      expect.stringContaining('authMode'),
      expect.stringContaining('scoringUri'),
    ]);
  });
});
