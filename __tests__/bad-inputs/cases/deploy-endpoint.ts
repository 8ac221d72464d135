import type { BadInputCase } from '../harness.js';
import { yaml } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';
import { edit, lineOf } from './edit.js';

export const ENDPOINT = yaml(
  '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json',
  'name: clf-api',
  'auth_mode: key',
);

export const DEPLOYMENT = yaml(
  '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json',
  'name: blue',
  'endpoint_name: clf-api',
  'model: azureml:clf:1',
  'code_configuration:',
  '  code: ./score',
  '  scoring_script: score.py',
  'environment: azureml:train-env:1',
  'instance_type: Standard_DS3_v2',
  'instance_count: 1',
);

const D = 'endpoint/deployment.yml';
const E = 'endpoint/endpoint.yml';
const spoil = (...changes: [string, string][]) => ({ [D]: edit(DEPLOYMENT, ...changes) });

export const cases: BadInputCase[] = [
  ...AZURE_COMMON,
  {
    name: 'the local backend (no stand-in for a managed endpoint)',
    inputs: { backend: 'local' },
    error: /backend: azure/,
    at: { input: 'backend' },
  },
  {
    name: 'an unknown endpoint type',
    inputs: { 'endpoint-type': 'realtime' },
    error: /realtime/,
    at: { input: 'endpoint-type' },
  },
  {
    name: 'a traffic step that is a word',
    inputs: { traffic: 'half' },
    error: /is not a step/,
    at: { input: 'traffic' },
  },
  { name: 'traffic steps that fall', inputs: { traffic: '50, 20' }, error: /must rise/, at: { input: 'traffic' } },
  { name: 'mirroring over 50%', inputs: { traffic: 'mirror:80, 100' }, error: /1 to 50/, at: { input: 'traffic' } },
  {
    name: 'an unknown fate for the previous deployment',
    inputs: { 'previous-deployment': 'remove' },
    error: /remove/,
    at: { input: 'previous-deployment' },
  },
  {
    name: 'a deployment name with a workflow command',
    inputs: { 'deployment-name': 'green\n::notice::INJECTED' },
    error: /is not a deployment name/,
    at: { input: 'deployment-name' },
  },
  {
    name: 'a deployment name starting with a digit',
    inputs: { 'deployment-name': '1-green' },
    error: /is not a deployment name/,
    at: { input: 'deployment-name' },
  },
  {
    name: 'a model version without a model name',
    inputs: { 'model-version': '3' },
    error: /needs 'model-name'/,
    at: { input: 'model-version' },
  },
  {
    name: 'both a model version and a training job',
    inputs: { 'model-name': 'clf', 'model-version': '3', 'model-job': 'train-1' },
    error: /either 'model-version'/,
    at: { input: 'model-version' },
  },
  {
    name: 'a training job that registered no model',
    inputs: { 'model-job': 'ghost-job' },
    error: /registered by job 'ghost-job'/,
    at: { input: 'model-job', value: 'ghost-job' },
  },
  {
    name: 'a tag selector without a key',
    inputs: { 'model-name': 'clf', 'model-version': 'tag:' },
    error: /names no tag/,
    at: { input: 'model-version' },
  },
  {
    name: 'a model that does not exist',
    inputs: { 'model-name': 'ghost-model' },
    error: /'ghost-model' does not exist/,
    at: { input: 'model-name', value: 'ghost-model' },
  },
  {
    name: 'a smoke-test request file that is missing',
    inputs: { 'smoke-test-request': 'endpoint/nothing.json' },
    error: /cannot read/,
    at: { input: 'smoke-test-request' },
  },
  {
    name: 'an expected response that is not JSON',
    inputs: { 'smoke-test-request': 'endpoint/request.json', 'smoke-test-response': 'endpoint/score/score.py' },
    error: /is not JSON/,
    at: { input: 'smoke-test-response' },
  },
  {
    name: 'an expected answer without a request',
    inputs: { 'smoke-test-contains': 'cat' },
    error: /need 'smoke-test-request'/,
    at: { input: 'smoke-test-contains' },
  },
  {
    name: 'a set line without =',
    inputs: { set: 'instance_count' },
    error: /expected path=value/,
    at: { input: 'set' },
  },
  {
    name: 'an endpoint file that is not YAML',
    files: { [E]: 'name: [clf-api\n' },
    error: /YAML syntax error/,
    at: { file: E },
  },
  {
    name: 'an unknown auth mode',
    files: { [E]: edit(ENDPOINT, ['auth_mode: key', 'auth_mode: password']) },
    error: /auth_mode 'password'/,
    at: { file: E, line: lineOf(ENDPOINT, 'auth_mode') },
  },
  {
    name: 'an endpoint name with an underscore',
    files: { [E]: edit(ENDPOINT, ['name: clf-api', 'name: clf_api']) },
    error: /endpoint name 'clf_api' is invalid/,
    at: { file: E, line: lineOf(ENDPOINT, 'name: clf-api') },
  },
  {
    name: 'a deployment without a name',
    files: spoil(['name: blue\n', '']),
    error: /needs 'name'/,
    at: { file: D },
  },
  {
    name: 'a Kubernetes deployment',
    files: spoil(['instance_count: 1', 'instance_count: 1\ntype: kubernetes']),
    error: /use k8s-deploy/,
    at: { file: D, line: lineOf(DEPLOYMENT, 'instance_count') + 1 },
  },
  {
    name: 'no instance',
    files: spoil(['instance_count: 1', 'instance_count: 0']),
    error: /instance_count must be a whole number/,
    at: { file: D, line: lineOf(DEPLOYMENT, 'instance_count') },
  },
  {
    name: 'an inline model',
    files: spoil(['model: azureml:clf:1', 'model:\n  path: ./model']),
    error: /an inline 'model'/,
    at: { file: D, line: lineOf(DEPLOYMENT, 'model:') + 1 },
  },
  {
    name: 'a data collector',
    files: spoil(['instance_count: 1', 'instance_count: 1\ndata_collector: {}']),
    error: /not supported yet: 'data_collector'/,
    at: { file: D, line: lineOf(DEPLOYMENT, 'instance_count') + 1 },
  },
  {
    name: 'a code configuration without its scoring script',
    files: spoil(['  scoring_script: score.py\n', '']),
    error: /needs 'scoring_script'/,
    at: { file: D },
  },
  {
    name: 'an environment the workspace does not have',
    inputs: { 'model-name': '' },
    files: spoil(['model: azureml:clf:1\n', ''], ['azureml:train-env:1', 'azureml:ghost-env:1']),
    error: /no environments ghost-env version 1/,
    at: { file: D, line: lineOf(DEPLOYMENT, 'environment:') - 1 },
  },
  {
    name: 'a deployment of another endpoint',
    files: spoil(['endpoint_name: clf-api', 'endpoint_name: other-api']),
    error: /endpoint_name 'other-api' is not the endpoint file's name/,
    at: { file: D, line: lineOf(DEPLOYMENT, 'endpoint_name') },
  },
  {
    name: 'a batch deployment without a compute',
    inputs: {
      'endpoint-type': 'batch',
      'endpoint-file': 'endpoint/batch-endpoint.yml',
      'deployment-file': 'endpoint/batch.yml',
    },
    files: {
      'endpoint/batch-endpoint.yml': yaml('name: clf-batch'),
      'endpoint/batch.yml': yaml('name: nightly', 'type: model', 'model: azureml:clf:1'),
    },
    error: /needs 'compute'/,
    at: { file: 'endpoint/batch.yml' },
  },
];
