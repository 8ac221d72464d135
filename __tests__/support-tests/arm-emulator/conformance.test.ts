/**
 * Replays the x-ms-examples of the api-version the code calls (shared/azure/ml-api/api-version.ts) for every
 * operation the code calls, from the copies in __tests__/fixtures/azure-ml-rest/<version>/examples (SOURCES.md):
 * the request is built from the example's parameters (subscription, resource group and workspace replaced by
 * the emulator's, resource names kept; placeholder list filters dropped), and the status code, the example's
 * response headers and the response shape must match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ML_API_VERSION } from '../../../shared/azure/ml-api/api-version.js';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { ArmEmulator } from '../../support/arm-emulator/index.js';
import type { JsonObject, JsonValue } from '../../support/arm-emulator/json.js';
import { isObject } from '../../support/arm-emulator/json.js';
import { armRequest } from '../../support/arm-emulator/test-client.js';
import { shapeMismatches } from './shape.js';
import { repoRoot } from '../../support/action-runner.js';

const EXAMPLES = path.join(repoRoot, '__tests__/fixtures/azure-ml-rest', ML_API_VERSION, 'examples');

interface Example {
  parameters: Record<string, JsonValue>;
  responses: Record<string, { body?: JsonValue; headers?: Record<string, string> }>;
}

const load = (file: string): Example => JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as Example;
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
    'sent only when another page exists (the single page here has none); paging is tested in compute-ml-api.test.ts',
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
      'properties.managedNetwork': 'managed network isolation is not modelled (the workspace is on a public network)',
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
  ...['ComputeInstanceMinimal', 'AmlCompute'].map((name) => ({
    file: `Compute/createOrUpdate/${name}.json`,
    status: 201,
    request: (ex: Example) => ({
      method: 'PUT',
      path: ws(`/computes/${param(ex, 'computeName')}`),
      body: requestBody(ex),
    }),
  })),
  {
    file: 'Compute/patch.json',
    status: 200,
    setup: seedCompute('Compute/get/AmlCompute.json'),
    request: (ex) => ({ method: 'PATCH', path: ws(`/computes/${param(ex, 'computeName')}`), body: requestBody(ex) }),
  },
  {
    file: 'Compute/stop.json',
    status: 202,
    setup: async () => void emu.seed.computeInstance('compute123'),
    request: (ex) => ({ method: 'POST', path: ws(`/computes/${param(ex, 'computeName')}/stop`) }),
  },
  {
    file: 'Job/PipelineJob/createOrUpdate.json',
    status: 201,
    ignore: jobIgnores(''),
    request: (ex: Example) => ({ method: 'PUT', path: ws(`/jobs/${param(ex, 'id')}`), body: requestBody(ex) }),
  },
  {
    file: 'Job/PipelineJob/get.json',
    status: 200,
    ignore: jobIgnores(''),
    setup: () => putExample('Job/PipelineJob/createOrUpdate.json', (ex) => `/jobs/${param(ex, 'id')}`),
    request: (ex) => ({ method: 'GET', path: ws(`/jobs/${param(ex, 'id')}`) }),
  },
  {
    file: 'Job/cancel.json',
    status: 202,
    setup: () => putExample('Job/PipelineJob/createOrUpdate.json', (ex) => `/jobs/${param(ex, 'id')}`),
    request: (ex) => ({ method: 'POST', path: ws(`/jobs/${param(ex, 'id')}/cancel`) }),
  },
  ...[
    ['CodeVersion', 'codes'],
    ['ComponentVersion', 'components'],
    ['EnvironmentVersion', 'environments'],
    ['ModelVersion', 'models'],
  ].flatMap(([folder, kind]) => [
    {
      file: `Workspace/${folder}/createOrUpdate.json`,
      status: 201,
      request: (ex: Example) => ({ method: 'PUT', path: ws(assetVersion(kind)(ex)), body: requestBody(ex) }),
    },
    {
      file: `Workspace/${folder}/get.json`,
      status: 200,
      setup: () => putExample(`Workspace/${folder}/createOrUpdate.json`, assetVersion(kind)),
      request: (ex: Example) => ({ method: 'GET', path: ws(assetVersion(kind)(ex)) }),
    },
    {
      file: `Workspace/${folder}/list.json`,
      status: 200,
      ignore: LIST_IGNORES,
      setup: () => putExample(`Workspace/${folder}/createOrUpdate.json`, assetVersion(kind)),
      request: (ex: Example) => ({ method: 'GET', path: ws(`/${kind}/${param(ex, 'name')}/versions`) }),
    },
  ]),
  ...['get', 'list'].map((op) => ({
    file: `Workspace/ModelContainer/${op}.json`,
    status: 200,
    ignore: op === 'list' ? LIST_IGNORES : {},
    // The container the example reads, with one version in it.
    setup: async () => {
      const ex = load(`Workspace/ModelContainer/${op}.json`);
      const body = (ex.responses['200'].body as JsonObject).value ?? ex.responses['200'].body;
      const container = (Array.isArray(body) ? body[0] : body) as JsonObject;
      await armRequest(emu, 'PUT', ws('/models/testContainer'), { body: { properties: container.properties } });
      await emu.seed.assetVersion('models', 'testContainer', '1', {
        modelUri: 'azureml://datastores/workspaceblobstore/paths/m/',
      });
    },
    request: (ex: Example) => ({ method: 'GET', path: ws(op === 'get' ? asset('models')(ex) : '/models') }),
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
      query: `names=${(ex.parameters.names as string[]).join(',')}&count=30&orderByAsc=false`,
    }),
  },
  {
    file: 'Datastore/listSecrets.json',
    status: 200,
    request: () => ({ method: 'POST', path: ws('/datastores/workspaceblobstore/listSecrets') }),
  },
  ...registryModelCases(),
];

/**
 * Registry model versions (promote-model's copy-to, `arm/registries.ts`). A registry keeps its files in its own
 * storage, so the PUT's `modelUri` is one in the registry's container (the example's placeholder is refused).
 */
function registryModelCases(): Case[] {
  const registry = (ex: Example) => {
    const name = param(ex, 'registryName');
    emu.registries.registry(name);
    const s = emu.settings;
    return `/subscriptions/${s.subscriptionId}/resourceGroups/${s.resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${name}`;
  };
  const version = (ex: Example) => `${registry(ex)}/models/${param(ex, 'modelName')}/versions/${param(ex, 'version')}`;
  const body = (ex: Example): JsonObject => {
    const d = emu.settings.datastore;
    const container = `https://${d.accountName}.blob.${d.endpoint}/registry-${param(ex, 'registryName').replace(/-/g, '')}`;
    const request = requestBody(ex);
    return { properties: { ...(request.properties as JsonObject), modelUri: `${container}/LocalUpload/h/m/` } };
  };
  const putFirst = async () => {
    const ex = load('Registry/ModelVersion/createOrUpdate.json');
    const r = await armRequest(emu, 'PUT', version(ex), { body: body(ex) });
    if (r.status >= 300) throw new Error(`setup PUT answered ${r.status}: ${JSON.stringify(r.body)}`);
  };
  return [
    {
      file: 'Registry/ModelVersion/createOrUpdate.json',
      status: 201,
      request: (ex) => ({ method: 'PUT', path: version(ex), body: body(ex) }),
    },
    {
      file: 'Registry/ModelVersion/get.json',
      status: 200,
      setup: putFirst,
      request: (ex) => ({ method: 'GET', path: version(ex) }),
    },
    {
      file: 'Registry/ModelVersion/list.json',
      status: 200,
      setup: putFirst,
      request: (ex) => ({ method: 'GET', path: `${registry(ex)}/models/${param(ex, 'modelName')}/versions` }),
      ignore: LIST_IGNORES,
    },
    {
      file: 'Registry/ModelVersion/createOrGetStartPendingUpload.json',
      status: 200,
      request: (ex) => ({ method: 'POST', path: `${version(ex)}/startPendingUpload`, body: requestBody(ex) }),
    },
  ];
}

beforeEach(async () => {
  emu = await startArmEmulator({ lroInProgressPolls: 0 });
});
afterEach(() => emu.close());

test('every example file of the fixture folder is replayed', () => {
  const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.split(path.sep).join('/'));
  expect(files.length).toBeGreaterThan(25);
  expect(files.filter((f) => !cases.some((c) => c.file === f)).sort()).toEqual([]);
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
