/**
 * Replays the x-ms-examples of api 2022-10-01 (and the 2022-05-01 ModelVersion get) that the emulator serves:
 * the request is built from the example's parameters (subscription, resource group and workspace replaced by
 * the emulator's, resource names kept; placeholder list filters dropped), and the status code, the example's
 * response headers and the response shape must match.
 *
 * Skipped examples: none of the files present is skipped. Example files the swagger references but the reference
 * folder does not hold (Compute/start, restart, ...; MANIFEST.md) cannot be replayed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import type { JsonObject, JsonValue } from '../../support/arm-emulator/json.js';
import { isObject } from '../../support/arm-emulator/json.js';
import { armRequest } from '../../support/arm-emulator/test-client.js';
import { shapeMismatches } from './shape.js';
import { referenceRoot } from '../../support/action-runner.js';

const REFERENCE = `${referenceRoot}/azure-ml-rest`;

interface Example {
  parameters: Record<string, JsonValue>;
  responses: Record<string, { body?: JsonValue; headers?: Record<string, string> }>;
}

const load = (file: string): Example => {
  const full = file.startsWith('2022-05-01')
    ? path.join(REFERENCE, file)
    : path.join(REFERENCE, '2022-10-01/examples', file);
  return JSON.parse(readFileSync(full, 'utf8')) as Example;
};
const param = (ex: Example, name: string) => String(ex.parameters[name]);
const requestBody = (ex: Example): JsonObject => (ex.parameters.body ?? ex.parameters.parameters) as JsonObject;

/** Read-only keys removed from an example response to seed a resource that has no create example. */
const READ_ONLY = new Set([
  'createdOn',
  'modifiedOn',
  'provisioningState',
  'createdBy',
  'connectivityEndpoints',
  'applications',
  'errors',
  'state',
  'adminUserName',
  'sshPort',
  'allocationState',
  'allocationStateTransitionTime',
  'currentNodeCount',
  'targetNodeCount',
  'nodeStateCounts',
]);
function writable(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(writable);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !READ_ONLY.has(k))
      .map(([k, v]) => [k, writable(v)]),
  );
}

type Step = { method: string; path: string; body?: JsonObject; query?: string };

interface Case {
  file: string;
  status: number;
  request: (ex: Example) => Step;
  /** Requests that create what the example reads (PUTs of other examples, or seeds). */
  setup?: () => Promise<void>;
  /** Shape paths the emulator leaves out, each with its reason. */
  ignore?: Record<string, string>;
}

/** Shape differences the emulator keeps on purpose, applied to every case they concern. */
const LIST_IGNORES = {
  nextLink:
    'sent only when another page exists (the single page here has none); paging is tested in compute-sdk.test.ts',
};
const JOB_SERVICE_REASON =
  'services.*.status and errorMessage are read-only and null until an interactive service runs';
const jobIgnores = (prefix: string) => ({
  [`${prefix}properties.services.string.status`]: JOB_SERVICE_REASON,
  [`${prefix}properties.services.string.errorMessage`]: JOB_SERVICE_REASON,
});

let emu: ArmEmulator;
const ws = (suffix: string) => `${emu.workspaceId}${suffix}`;

/** PUT of another example's request body (used to create what get/list examples read). */
async function putExample(file: string, suffix: (ex: Example) => string): Promise<void> {
  const ex = load(file);
  const r = await armRequest(emu, 'PUT', ws(suffix(ex)), { body: requestBody(ex) });
  if (r.status >= 300) throw new Error(`setup PUT ${file} answered ${r.status}: ${JSON.stringify(r.body)}`);
}

const asset = (kind: string) => (ex: Example) => `/${kind}/${param(ex, 'name')}`;
const assetVersion = (kind: string) => (ex: Example) =>
  `/${kind}/${param(ex, 'name')}/versions/${param(ex, 'version')}`;
const seedCompute = (file: string) => async () => {
  const body = load(file).responses['200'].body as JsonObject;
  emu.seed.compute(String(body.name), { location: body.location, properties: writable(body.properties) });
};

const cases: Case[] = [
  {
    file: 'Workspace/get.json',
    status: 200,
    request: () => ({ method: 'GET', path: ws('') }),
    ignore: {
      'properties.encryption': 'customer-managed-key encryption is not modelled',
      'identity.userAssignedIdentities': 'the workspace has a system-assigned identity only',
    },
  },
  {
    file: 'Compute/list.json',
    status: 200,
    setup: seedCompute('Compute/get/AmlCompute.json'),
    request: () => ({ method: 'GET', path: ws('/computes') }),
    ignore: {
      ...LIST_IGNORES,
      'value[].properties.resourceId':
        'set only on attached computes (the example lists AKS); the emulator models AmlCompute and ComputeInstance',
    },
  },
  {
    file: 'Compute/get/ComputeInstance.json',
    status: 200,
    setup: seedCompute('Compute/get/ComputeInstance.json'),
    request: (ex) => ({ method: 'GET', path: ws(`/computes/${param(ex, 'computeName')}`) }),
  },
  {
    file: 'Compute/get/AmlCompute.json',
    status: 200,
    setup: seedCompute('Compute/get/AmlCompute.json'),
    request: (ex) => ({ method: 'GET', path: ws(`/computes/${param(ex, 'computeName')}`) }),
  },
  ...['ComputeInstanceMinimal', 'ComputeInstanceWithSchedules', 'AmlCompute'].map((name) => ({
    file: `Compute/createOrUpdate/${name}.json`,
    status: 201,
    request: (ex: Example) => ({
      method: 'PUT',
      path: ws(`/computes/${param(ex, 'computeName')}`),
      body: requestBody(ex),
    }),
  })),
  {
    file: 'Compute/stop.json',
    status: 202,
    setup: async () => void emu.seed.computeInstance('compute123'),
    request: (ex) => ({ method: 'POST', path: ws(`/computes/${param(ex, 'computeName')}/stop`) }),
  },
  {
    file: 'Compute/delete.json',
    status: 202,
    setup: async () => void emu.seed.amlCompute('compute123'),
    request: (ex) => ({
      method: 'DELETE',
      path: ws(`/computes/${param(ex, 'computeName')}`),
      query: `underlyingResourceAction=${param(ex, 'underlyingResourceAction')}`,
    }),
  },
  ...['PipelineJob', 'CommandJob'].map((type) => ({
    file: `Job/${type}/createOrUpdate.json`,
    status: 201,
    ignore: jobIgnores(''),
    request: (ex: Example) => ({ method: 'PUT', path: ws(`/jobs/${param(ex, 'id')}`), body: requestBody(ex) }),
  })),
  {
    file: 'Job/PipelineJob/get.json',
    status: 200,
    ignore: jobIgnores(''),
    setup: () => putExample('Job/PipelineJob/createOrUpdate.json', (ex) => `/jobs/${param(ex, 'id')}`),
    request: (ex) => ({ method: 'GET', path: ws(`/jobs/${param(ex, 'id')}`) }),
  },
  ...['PipelineJob', 'CommandJob'].map((type) => ({
    file: `Job/${type}/list.json`,
    status: 200,
    ignore: { ...LIST_IGNORES, ...jobIgnores('value[].') },
    setup: () => putExample(`Job/${type}/createOrUpdate.json`, (ex) => `/jobs/${param(ex, 'id')}`),
    request: () => ({ method: 'GET', path: ws('/jobs'), query: `jobType=${type.replace('Job', '')}` }),
  })),
  {
    file: 'Job/cancel.json',
    status: 202,
    setup: () => putExample('Job/PipelineJob/createOrUpdate.json', (ex) => `/jobs/${param(ex, 'id')}`),
    request: (ex) => ({ method: 'POST', path: ws(`/jobs/${param(ex, 'id')}/cancel`) }),
  },
  ...[
    ['CodeContainer', 'codes'],
    ['ComponentContainer', 'components'],
    ['EnvironmentContainer', 'environments'],
    ['ModelContainer', 'models'],
  ].map(([folder, kind]) => ({
    file: `${folder}/createOrUpdate.json`,
    status: 201,
    request: (ex: Example) => ({ method: 'PUT', path: ws(asset(kind)(ex)), body: requestBody(ex) }),
  })),
  ...[
    ['CodeVersion', 'codes'],
    ['ComponentVersion', 'components'],
    ['EnvironmentVersion', 'environments'],
    ['ModelVersion', 'models'],
  ].map(([folder, kind]) => ({
    file: `${folder}/createOrUpdate.json`,
    status: 201,
    request: (ex: Example) => ({ method: 'PUT', path: ws(assetVersion(kind)(ex)), body: requestBody(ex) }),
  })),
  ...[
    ['ComponentContainer/get.json', 'ComponentContainer/createOrUpdate.json', 'components'],
    ['ModelContainer/get.json', 'ModelContainer/createOrUpdate.json', 'models'],
  ].map(([file, create, kind]) => ({
    file,
    status: 200,
    setup: () => putExample(create, asset(kind)),
    request: (ex: Example) => ({ method: 'GET', path: ws(asset(kind)(ex)) }),
  })),
  ...[
    ['CodeVersion/get.json', 'CodeVersion/createOrUpdate.json', 'codes'],
    ['ComponentVersion/get.json', 'ComponentVersion/createOrUpdate.json', 'components'],
    ['EnvironmentVersion/get.json', 'EnvironmentVersion/createOrUpdate.json', 'environments'],
    ['2022-05-01/examples/ModelVersion/get.json', 'ModelVersion/createOrUpdate.json', 'models'],
  ].map(([file, create, kind]) => ({
    file,
    status: 200,
    setup: () => putExample(create, assetVersion(kind)),
    request: (ex: Example) => ({
      method: 'GET',
      path: ws(assetVersion(kind)(ex)),
      query: `api-version=${param(ex, 'api-version')}`,
    }),
  })),
  ...[
    ['ComponentContainer/list.json', 'ComponentContainer/createOrUpdate.json', 'components'],
    ['EnvironmentContainer/list.json', 'EnvironmentContainer/createOrUpdate.json', 'environments'],
    ['ModelContainer/list.json', 'ModelContainer/createOrUpdate.json', 'models'],
  ].map(([file, create, kind]) => ({
    file,
    status: 200,
    ignore: LIST_IGNORES,
    setup: () => putExample(create, asset(kind)),
    request: () => ({ method: 'GET', path: ws(`/${kind}`) }),
  })),
  ...[
    ['CodeVersion/list.json', 'CodeVersion/createOrUpdate.json', 'codes'],
    ['ComponentVersion/list.json', 'ComponentVersion/createOrUpdate.json', 'components'],
    ['EnvironmentVersion/list.json', 'EnvironmentVersion/createOrUpdate.json', 'environments'],
    ['ModelVersion/list.json', 'ModelVersion/createOrUpdate.json', 'models'],
  ].map(([file, create, kind]) => ({
    file,
    status: 200,
    ignore: LIST_IGNORES,
    setup: () => putExample(create, assetVersion(kind)),
    request: (ex: Example) => ({ method: 'GET', path: ws(`/${kind}/${param(ex, 'name')}/versions`) }),
  })),
  {
    file: 'Datastore/AzureBlobWAccountKey/createOrUpdate.json',
    status: 201,
    request: (ex) => ({ method: 'PUT', path: ws(`/datastores/${param(ex, 'name')}`), body: requestBody(ex) }),
  },
  {
    file: 'Datastore/get.json',
    status: 200,
    setup: () =>
      putExample('Datastore/AzureBlobWAccountKey/createOrUpdate.json', (ex) => `/datastores/${param(ex, 'name')}`),
    request: (ex) => ({ method: 'GET', path: ws(`/datastores/${param(ex, 'name')}`) }),
  },
  {
    file: 'Datastore/list.json',
    status: 200,
    ignore: LIST_IGNORES,
    // Replays the example's own `names` filter after creating the datastore its create example names.
    setup: () =>
      putExample('Datastore/AzureBlobWAccountKey/createOrUpdate.json', (ex) => `/datastores/${param(ex, 'name')}`),
    request: (ex) => ({
      method: 'GET',
      path: ws('/datastores'),
      query: `names=${String(ex.parameters.names)}&count=30&orderByAsc=false`,
    }),
  },
  {
    file: 'Datastore/listSecrets.json',
    status: 200,
    request: () => ({ method: 'POST', path: ws('/datastores/workspaceblobstore/listSecrets') }),
  },
];

beforeEach(async () => {
  emu = await startArmEmulator({ lroInProgressPolls: 0 });
});
afterEach(() => emu.close());

test('every example file in the reference folder is replayed', () => {
  const listed =
    readFileSync(path.join(REFERENCE, 'MANIFEST.md'), 'utf8').match(/^\| ([A-Za-z]+\/[^ ]+\.json) \|/gm) ?? [];
  const files = listed.map((line) => line.slice(2, -2).trim());
  expect(files.length).toBeGreaterThan(30);
  expect(files.filter((f) => !cases.some((c) => c.file === f))).toEqual([]);
});

test.each(cases.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
  const ex = load(c.file);
  await c.setup?.();
  const step = c.request(ex);
  const url = step.query ? `${step.path}?${step.query}` : step.path;
  const response = await armRequest(emu, step.method, url, { body: step.body });
  expect(response.status).toBe(c.status);
  const expected = ex.responses[String(c.status)];
  for (const header of Object.keys(expected.headers ?? {})) expect(response.headers.get(header)).toBeTruthy();
  if (expected.body === undefined) expect(response.body).toBeUndefined();
  expect(shapeMismatches(expected.body, response.body, Object.keys(c.ignore ?? {}))).toEqual([]);
});
