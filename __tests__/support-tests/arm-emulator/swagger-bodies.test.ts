/**
 * The swagger check of request bodies (support/arm-emulator/swagger.ts, definitions copied from the api-version's
 * mfe.json and machineLearningServices.json): the official examples' request bodies pass it, and bodies the service would refuse are named with
 * the path and the reason. The end-to-end tests run it over every body the bundles send (workspace fixture).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ML_API_VERSION } from '../../../shared/azure/ml-api/api-version.js';
import { repoRoot } from '../../support/action-runner.js';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { JsonValue } from '../../support/arm-emulator/json.js';
import { bodyDefinitionFor, mergeDefinitions, validateBody } from '../../support/arm-emulator/swagger.js';
import { armRequest } from '../../support/arm-emulator/test-client.js';

const EXAMPLES = path.join(repoRoot, '__tests__/fixtures/azure-ml-rest', ML_API_VERSION, 'examples');
const exampleBody = (file: string) =>
  (JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as { parameters: { body: JsonValue } }).parameters.body;

const WS = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws';

test.each([
  ['Job/PipelineJob/createOrUpdate.json', `${WS}/jobs/j1`, 'JobBaseResource'],
  ['Workspace/CodeVersion/createOrUpdate.json', `${WS}/codes/c/versions/1`, 'CodeVersionResource'],
  ['Workspace/ComponentVersion/createOrUpdate.json', `${WS}/components/c/versions/1`, 'ComponentVersionResource'],
  ['Workspace/EnvironmentVersion/createOrUpdate.json', `${WS}/environments/e/versions/1`, 'EnvironmentVersionResource'],
  ['Workspace/ModelVersion/createOrUpdate.json', `${WS}/models/m/versions/1`, 'ModelVersionResource'],
])('the request body of %s is valid for its operation', (file, requestPath, definition) => {
  expect(bodyDefinitionFor('PUT', requestPath)).toBe(definition);
  expect(validateBody(definition, exampleBody(file))).toEqual([]);
});

const pipeline = (extra: Record<string, JsonValue>): JsonValue => ({
  properties: { jobType: 'Pipeline', experimentName: 'e', jobs: { a: { type: 'command' } }, ...extra },
});

test.each([
  [
    'an asset input without uri',
    pipeline({ inputs: { data: { jobInputType: 'uri_folder', mode: 'ReadOnlyMount' } } }),
    ['properties.inputs.data.uri: is required'],
  ],
  [
    'an input type the version does not know',
    pipeline({ inputs: { data: { jobInputType: 'uri_files', uri: 'azureml://x' } } }),
    [expect.stringMatching(/^properties\.inputs\.data\.jobInputType: 'uri_files' is not one of .*uri_folder/)],
  ],
  [
    'an output mode of inputs',
    pipeline({ outputs: { model: { jobOutputType: 'uri_folder', mode: 'ReadOnlyMount' } } }),
    [expect.stringMatching(/^properties\.outputs\.model\.mode: 'ReadOnlyMount' is not one of ReadWriteMount/)],
  ],
  [
    'a read-only status and a property of another job type',
    pipeline({ status: 'Running', command: 'python x.py' }),
    ['properties.status: is read-only and must not be sent', 'properties.command: is not a property of PipelineJob'],
  ],
  [
    'a literal without value',
    pipeline({ inputs: { n: { jobInputType: 'literal' } } }),
    ['properties.inputs.n.value: is required'],
  ],
])('a job body with %s is refused with its path and reason', (_case, body, problems) => {
  expect(validateBody('JobBaseResource', body)).toEqual(problems);
});

test.each<JsonValue>([
  { identityType: 'UserIdentity' },
  { identityType: 'AMLToken' },
  { identityType: 'Managed', clientId: '00000000-1111-2222-3333-444444444444' },
])('a job identity %j is valid', (identity) => {
  expect(validateBody('JobBaseResource', pipeline({ identity }))).toEqual([]);
});

test('a job identity in the YAML spelling, or with a field of another identity type, is refused', () => {
  expect(validateBody('JobBaseResource', pipeline({ identity: { type: 'user_identity' } }))).toEqual([
    "properties.identity.identityType: 'undefined' is not one of AMLToken, Managed, UserIdentity (IdentityConfiguration)",
  ]);
  expect(
    validateBody('JobBaseResource', pipeline({ identity: { identityType: 'UserIdentity', clientId: 'x' } })),
  ).toEqual(['properties.identity.clientId: is not a property of UserIdentity']);
});

test('a code version with a misspelled property is refused', () => {
  expect(validateBody('CodeVersionResource', { properties: { codeURI: 'https://a/b' } })).toEqual([
    'properties.codeURI: is not a property of CodeVersion',
  ]);
});

test('the emulator logs the problems of a body and, when asked to, fails at close', async () => {
  const emu = await startArmEmulator({ checkRequestBodies: true });
  const body = pipeline({ inputs: { data: { jobInputType: 'uri_folder' } } });
  await armRequest(emu, 'PUT', `${emu.workspaceId}/jobs/bad-input`, { body });
  expect(emu.requests.filter({ method: 'PUT' })[0].swaggerProblems).toEqual([
    'properties.inputs.data.uri: is required',
  ]);
  emu.requests.clear();
  await expect(emu.close()).rejects.toThrow(
    /PUT .*\/jobs\/bad-input \(JobBaseResource\):\n\s+properties\.inputs\.data\.uri: is required/,
  );
});

describe('compute bodies (machineLearningServices.json)', () => {
  const COMPUTE = `${WS}/computes/c`;
  const exampleParameters = (file: string) =>
    (JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as { parameters: { parameters: JsonValue } })
      .parameters.parameters;

  test.each([
    ['Compute/createOrUpdate/AmlCompute.json', 'PUT', 'ComputeResource'],
    ['Compute/createOrUpdate/ComputeInstanceMinimal.json', 'PUT', 'ComputeResource'],
    ['Compute/patch.json', 'PATCH', 'ClusterUpdateParameters'],
  ])('the request body of %s is valid for its operation', (file, method, definition) => {
    expect(bodyDefinitionFor(method, COMPUTE)).toBe(definition);
    expect(validateBody(definition, exampleParameters(file))).toEqual([]);
  });

  test('start and stop carry no body to check', () => {
    expect(bodyDefinitionFor('POST', `${COMPUTE}/start`)).toBeUndefined();
    expect(bodyDefinitionFor('POST', `${COMPUTE}/stop`)).toBeUndefined();
  });

  const instance = (inner: Record<string, JsonValue>, extra: Record<string, JsonValue> = {}): JsonValue => ({
    location: 'westeurope',
    properties: { computeType: 'ComputeInstance', properties: { vmSize: 'STANDARD_DS3_V2', ...inner }, ...extra },
  });

  test('an instance with cron schedules and ssh settings is valid', () => {
    const cron = { triggerType: 'Cron', expression: '0 18 * * *', timeZone: 'UTC' };
    const schedules = { computeStartStop: [{ action: 'Stop', triggerType: 'Cron', status: 'Enabled', cron }] };
    expect(
      validateBody('ComputeResource', instance({ schedules, sshSettings: { sshPublicAccess: 'Disabled' } })),
    ).toEqual([]);
  });

  test.each([
    [
      'a compute type the version does not know',
      { location: 'x', properties: { computeType: 'Serverless' } },
      [
        expect.stringMatching(
          /^properties\.computeType: 'Serverless' is not one of AKS, .*AmlCompute, .*ComputeInstance/,
        ),
      ],
    ],
    [
      'a read-only state and a schedule action of the wrong case',
      instance(
        { state: 'Running', schedules: { computeStartStop: [{ action: 'stop' }] } },
        { provisioningState: 'Succeeded' },
      ),
      [
        'properties.properties.state: is read-only and must not be sent',
        "properties.properties.schedules.computeStartStop[0].action: 'stop' is not one of Start, Stop",
        'properties.provisioningState: is read-only and must not be sent',
      ],
    ],
    [
      'scale settings without their required maximum, and a count as a string',
      {
        location: 'x',
        properties: { computeType: 'AmlCompute', properties: { scaleSettings: { minNodeCount: '0' } } },
      },
      [
        'properties.properties.scaleSettings.maxNodeCount: is required',
        'properties.properties.scaleSettings.minNodeCount: expected an integer, got "0"',
      ],
    ],
    [
      'an identity type of another resource provider',
      { location: 'x', identity: { type: 'system_assigned' }, properties: { computeType: 'AmlCompute' } },
      [expect.stringMatching(/^identity\.type: 'system_assigned' is not one of None, SystemAssigned/)],
    ],
  ])('a compute body with %s is refused with its path and reason', (_case, body, problems) => {
    expect(validateBody('ComputeResource', body as JsonValue)).toEqual(problems);
  });

  test('a compute type whose properties this project never sends is accepted as a Compute', () => {
    const aks = { location: 'x', properties: { computeType: 'AKS', properties: { agentCount: 3 } } };
    expect(validateBody('ComputeResource', aks)).toEqual([]);
  });

  test('the swagger files of one version may not define a name twice', () => {
    const part = { operations: {}, definitions: { Compute: { type: 'object' } } };
    expect(() => mergeDefinitions([part, part])).toThrow("definition 'Compute' is in two files");
  });
});
