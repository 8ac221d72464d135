/**
 * The swagger check of request bodies (support/arm-emulator/swagger.ts, definitions copied from the api-version's
 * mfe.json): the official examples' request bodies pass it, and bodies the service would refuse are named with
 * the path and the reason. The end-to-end tests run it over every body the bundles send (workspace fixture).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ML_API_VERSION } from '../../../shared/azure/ml-api/api-version.js';
import { repoRoot } from '../../support/action-runner.js';
import { startArmEmulator } from '../../support/arm-emulator/index.js';
import type { JsonValue } from '../../support/arm-emulator/json.js';
import { bodyDefinitionFor, validateBody } from '../../support/arm-emulator/swagger.js';
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
