import type { BadInputCase } from '../harness.js';
import { yaml } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';
import { badInput, spoiler } from './edit.js';

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

const endpoint = spoiler('endpoint/endpoint.yml', ENDPOINT);
const deployment = spoiler('endpoint/deployment.yml', DEPLOYMENT);

export const cases: BadInputCase[] = [
  ...AZURE_COMMON,
  badInput('the local backend (no stand-in for a managed endpoint)', { backend: 'local' }, /backend: azure/),
  badInput('an unknown endpoint type', { 'endpoint-type': 'realtime' }, /realtime/),
  badInput('a traffic step that is a word', { traffic: 'half' }, /is not a step/),
  badInput('traffic steps that fall', { traffic: '50, 20' }, /must rise/),
  badInput('mirroring over 50%', { traffic: 'mirror:80, 100' }, /1 to 50/),
  badInput('an unknown fate for the previous deployment', { 'previous-deployment': 'remove' }, /remove/),
  badInput(
    'a deployment name with a workflow command',
    { 'deployment-name': 'green\n::notice::INJECTED' },
    /is not a deployment name/,
  ),
  badInput('a deployment name starting with a digit', { 'deployment-name': '1-green' }, /is not a deployment name/),
  badInput('a model version without a model name', { 'model-version': '3' }, /needs 'model-name'/),
  badInput(
    'both a model version and a training job',
    { 'model-name': 'clf', 'model-version': '3', 'model-job': 'train-1' },
    /either 'model-version'/,
    { input: 'model-version' },
  ),
  badInput('a training job that registered no model', { 'model-job': 'ghost-job' }, /registered by job 'ghost-job'/, {
    input: 'model-job',
    value: 'ghost-job',
  }),
  badInput('a tag selector without a key', { 'model-name': 'clf', 'model-version': 'tag:' }, /names no tag/, {
    input: 'model-version',
  }),
  badInput('a model that does not exist', { 'model-name': 'ghost-model' }, /'ghost-model' does not exist/, {
    input: 'model-name',
    value: 'ghost-model',
  }),
  badInput(
    'a smoke-test request file that is missing',
    { 'smoke-test-request': 'endpoint/nothing.json' },
    /cannot read/,
  ),
  badInput(
    'an expected response that is not JSON',
    { 'smoke-test-request': 'endpoint/request.json', 'smoke-test-response': 'endpoint/score/score.py' },
    /is not JSON/,
    { input: 'smoke-test-response' },
  ),
  badInput('an expected answer without a request', { 'smoke-test-contains': 'cat' }, /need 'smoke-test-request'/),
  badInput('a set line without =', { set: 'instance_count' }, /expected path=value/),
  endpoint('an endpoint file that is not YAML', /YAML syntax error/, undefined, ['name: clf-api', 'name: [clf-api']),
  endpoint('an unknown auth mode', /auth_mode 'password'/, 'auth_mode', ['auth_mode: key', 'auth_mode: password']),
  endpoint('an endpoint name with an underscore', /endpoint name 'clf_api' is invalid/, 'name: clf_api', [
    'name: clf-api',
    'name: clf_api',
  ]),
  deployment('a deployment without a name', /needs 'name'/, undefined, ['name: blue\n', '']),
  deployment('a Kubernetes deployment', /use k8s-deploy/, 'type: kubernetes', [
    'instance_count: 1',
    'instance_count: 1\ntype: kubernetes',
  ]),
  deployment('no instance', /instance_count must be a whole number/, 'instance_count', [
    'instance_count: 1',
    'instance_count: 0',
  ]),
  deployment('an inline model', /an inline 'model'/, 'path: ./model', [
    'model: azureml:clf:1',
    'model:\n  path: ./model',
  ]),
  deployment('a data collector', /not supported yet: 'data_collector'/, 'data_collector', [
    'instance_count: 1',
    'instance_count: 1\ndata_collector: {}',
  ]),
  deployment('a code configuration without its scoring script', /needs 'scoring_script'/, undefined, [
    '  scoring_script: score.py\n',
    '',
  ]),
  {
    ...deployment(
      'an environment the workspace does not have',
      /no environments ghost-env version 1/,
      'environment:',
      ['model: azureml:clf:1\n', ''],
      ['azureml:train-env:1', 'azureml:ghost-env:1'],
    ),
    inputs: { 'model-name': '' },
  },
  deployment(
    'a deployment of another endpoint',
    /endpoint_name 'other-api' is not the endpoint file's name/,
    'endpoint_name',
    ['endpoint_name: clf-api', 'endpoint_name: other-api'],
  ),
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
