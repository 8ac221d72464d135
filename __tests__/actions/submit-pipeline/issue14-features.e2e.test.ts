/**
 * submit-pipeline through its bundle, at the api-version of shared/azure/ml-api, with the YAML features real
 * pipelines use today: serverless compute, registry components, a workspace environment by `@latest`, a step
 * identity. The emulated workspace checks every request body against that version's swagger
 * (workspace-fixture.ts); each test also asserts the fields azure-ai-ml sends for the same YAML
 * (__tests__/shared/pipeline/fidelity*.test.ts compares them with Microsoft's recordings).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ML_API_VERSION } from '../../../shared/azure/ml-api/api-version.js';
import type { RunResult } from '../../support/action-runner.js';
import type { RequestRecord } from '../../support/arm-emulator/index.js';
import { bodyDefinitionFor } from '../../support/arm-emulator/swagger.js';
import { startEmulatedWorkspace } from '../../support/azure/workspace-fixture.js';
import type { EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';

let ws: EmulatedWorkspace;
const dir = mkdtempSync(path.join(tmpdir(), 'issue14-e2e-'));

beforeAll(async () => {
  ws = await startEmulatedWorkspace();
});
afterAll(async () => ws.close());
beforeEach(() => {
  ws.emu.requests.clear();
  ws.emu.seed.reset('jobs', 'computes');
});

/** Writes `files` (relative path -> text) under a new folder and returns the pipeline file's path. */
function project(name: string, files: Record<string, string>): string {
  const root = path.join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return path.join(root, 'pipeline.yaml');
}

function submit(file: string, name: string): Promise<RunResult> {
  return ws.run('submit-pipeline', { file, name });
}

interface JobBody {
  properties: {
    settings: Record<string, unknown>;
    identity?: Record<string, unknown>;
    jobs: Record<string, Record<string, unknown>>;
  };
}

/** The one job PUT of the run, after checking that it (and every other body) held to the swagger. */
function submittedJob(name: string): JobBody {
  const puts = ws.emu.requests.filter({ method: 'PUT', path: `/jobs/${name}` });
  expect(puts).toHaveLength(1);
  expectSwaggerHeld();
  return puts[0].body as unknown as JobBody;
}

function expectSwaggerHeld(): void {
  const arm = ws.emu.requests.records.filter((r) => r.path.startsWith('/subscriptions/'));
  expect(arm.every((r) => r.query['api-version'] === ML_API_VERSION)).toBe(true);
  expect(arm.filter((r) => r.swaggerProblems).map(problemLine)).toEqual([]);
  // No body escaped the check: every request that carried one has a definition to be held to.
  const unchecked = arm.filter((r) => r.body !== undefined && !bodyDefinitionFor(r.method, r.path));
  expect(unchecked.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  expect(ws.emu.requests.swaggerViolations).toEqual([]);
}
const problemLine = (r: RequestRecord) => `${r.method} ${r.path}: ${r.swaggerProblems?.join('; ')}`;

/** Component versions the run registered, by their spec's command (anonymous components have no other name). */
function registeredSpecs(): Record<string, unknown>[] {
  return ws.emu.requests
    .filter({ method: 'PUT', path: '/components/' })
    .map((r) => (r.body as { properties: { componentSpec: Record<string, unknown> } }).properties.componentSpec);
}

const REGISTRY = 'azureml://registries/azureml/components';

test('a serverless pipeline is submitted with no compute lookup, with instance type and job tier, and completes', async () => {
  const file = project('serverless', {
    'pipeline.yaml': `
type: pipeline
display_name: Serverless training
experiment_name: issue14
settings:
  default_compute: azureml:serverless
jobs:
  train:
    type: command
    command: echo training
    environment: azureml://registries/azureml/environments/sklearn-1.5/versions/3
    resources:
      instance_type: Standard_E4s_v3
    queue_settings:
      job_tier: spot
  report:
    type: command
    compute: serverless
    command: echo report
    environment: azureml://registries/azureml/environments/sklearn-1.5/versions/3
`,
  });
  const run = await submit(file, 'issue14-serverless');
  expect(run.exitCode).toBe(0);
  expect(run.outputs.status).toBe('Completed');
  // Serverless is no compute of the workspace: nothing asked for one.
  expect(ws.emu.requests.filter({ path: '/computes' })).toEqual([]);
  const { properties } = submittedJob('issue14-serverless');
  expect(properties.settings.default_compute).toBe(`${ws.emu.workspaceId}/computes/serverless`);
  expect(properties.jobs.train).toMatchObject({
    type: 'command',
    resources: { instance_type: 'Standard_E4s_v3' },
    queue_settings: { job_tier: 'Spot' },
  });
  expect(properties.jobs.train).not.toHaveProperty('computeId');
  expect(properties.jobs.report).toMatchObject({ computeId: 'serverless' });
});

test('registry components by version and by label, and a workspace environment @latest, are resolved as the SDK does', async () => {
  await ws.emu.seed.assetVersion('environments', 'issue14-env', '1', { image: 'python:3.11-slim' });
  await ws.emu.seed.assetVersion('environments', 'issue14-env', '2', { image: 'python:3.12-slim' });
  const file = project('registry', {
    'pipeline.yaml': `
type: pipeline
experiment_name: issue14
settings:
  default_compute: azureml:serverless
jobs:
  prep:
    type: command
    command: echo prep > \${{outputs.data}}/out.txt
    environment: azureml:issue14-env@latest
    outputs:
      data:
        type: uri_folder
  convert:
    type: command
    component: ${REGISTRY}/convert_model_to_mlflow/versions/0.0.33
    inputs:
      model_path: \${{parent.jobs.prep.outputs.data}}
  register:
    type: command
    component: ${REGISTRY}/register_model/labels/latest
    inputs:
      model_path: \${{parent.jobs.convert.outputs.mlflow_model_folder}}
`,
  });
  const run = await submit(file, 'issue14-registry');
  expect(run.exitCode).toBe(0);
  expect(run.outputs.status).toBe('Completed');
  const { properties } = submittedJob('issue14-registry');
  // Registry components are passed through unchanged (the service resolves them), marked as remote.
  expect(properties.jobs.convert).toMatchObject({
    componentId: `${REGISTRY}/convert_model_to_mlflow/versions/0.0.33`,
    _source: 'REMOTE.REGISTRY',
  });
  expect(properties.jobs.register).toMatchObject({
    componentId: `${REGISTRY}/register_model/labels/latest`,
    _source: 'REMOTE.REGISTRY',
  });
  // @latest of a workspace environment is the newest version, asked for as azure-ai-ml asks.
  const lookups = ws.emu.requests.filter({ method: 'GET', path: '/environments/issue14-env/versions' });
  expect(lookups.map((r) => r.query)).toContainEqual(expect.objectContaining({ $orderBy: 'CreatedAtDesc' }));
  expect(registeredSpecs().map((s) => s.environment)).toEqual([
    `azureml:${ws.emu.workspaceId}/environments/issue14-env/versions/2`,
  ]);
});

test('a step with identity user_identity (and its other fields) is sent with it, beside a job identity in the REST shape', async () => {
  ws.emu.seed.amlCompute('cpu-cluster');
  const file = project('identity', {
    'pipeline.yaml': `
type: pipeline
experiment_name: issue14
identity:
  type: user_identity
settings:
  default_compute: azureml:cpu-cluster
jobs:
  as_me:
    type: command
    command: echo as the submitter
    environment: azureml://registries/azureml/environments/sklearn-1.5/versions/3
    identity:
      type: user_identity
    display_name: As me
    description: runs with the submitter's identity
    tags: {owner: data-team}
    properties: {reviewed: "yes"}
    environment_variables: {MODE: fast}
    limits: {timeout: 900}
    services:
      board: {type: tensor_board, log_dir: outputs/tblogs}
`,
  });
  const run = await submit(file, 'issue14-identity');
  expect(run.exitCode).toBe(0);
  expect(run.outputs.status).toBe('Completed');
  const { properties } = submittedJob('issue14-identity');
  expect(properties.jobs.as_me).toMatchObject({
    identity: { type: 'user_identity' },
    display_name: 'As me',
    description: "runs with the submitter's identity",
    tags: { owner: 'data-team' },
    properties: { reviewed: 'yes' },
    environment_variables: { MODE: 'fast' },
    limits: { job_limits_type: 'Command', timeout: 'PT900S' },
    services: { board: { job_service_type: 'TensorBoard', properties: { logDir: 'outputs/tblogs' } } },
  });
  expect(properties.identity).toEqual({ identityType: 'UserIdentity' });
  // A real compute is still checked before anything is written.
  expect(ws.emu.requests.filter({ method: 'GET', path: '/computes/cpu-cluster' })).toHaveLength(1);
});
