import { UserError } from '../../../shared/core/errors.js';
import { joinPath, parseModelUri } from '../../../shared/models/model-uri.js';
import type { ModelLocation } from '../../../shared/models/model-uri.js';

describe('parseModelUri', () => {
  test.each<[string, ModelLocation]>([
    [
      'azureml://datastores/workspaceblobstore/paths/models/animal/',
      { kind: 'datastore', datastore: 'workspaceblobstore', path: 'models/animal/' },
    ],
    [
      'azureml://datastores/workspaceblobstore/paths/model.pkl',
      { kind: 'datastore', datastore: 'workspaceblobstore', path: 'model.pkl' },
    ],
    [
      'azureml://subscriptions/0000/resourcegroups/rg-ml/workspaces/mlw/datastores/workspaceartifactstore/paths/ExperimentRun/dcid.job-1/model',
      {
        kind: 'datastore',
        datastore: 'workspaceartifactstore',
        path: 'ExperimentRun/dcid.job-1/model',
        workspace: 'mlw',
      },
    ],
    [
      'azureml://subscriptions/0000/resourceGroups/rg-ml/workspaces/mlw/datastores/ds2/paths/a b/c',
      { kind: 'datastore', datastore: 'ds2', path: 'a b/c', workspace: 'mlw' },
    ],
    [
      'azureml://datastores/workspaceartifactstore/ExperimentRun/dcid.run-7/outputs/model',
      { kind: 'datastore', datastore: 'workspaceartifactstore', path: 'ExperimentRun/dcid.run-7/outputs/model' },
    ],
    [
      'azureml://jobs/train-job-42/outputs/model_output/paths/model/',
      { kind: 'job-output', job: 'train-job-42', output: 'model_output', path: 'model/' },
    ],
    [
      'azureml://jobs/j1/outputs/artifacts/paths/outputs/model',
      { kind: 'job-output', job: 'j1', output: 'artifacts', path: 'outputs/model' },
    ],
    ['azureml://jobs/j1/outputs/trained', { kind: 'job-output', job: 'j1', output: 'trained', path: '' }],
    [
      'https://acct01.blob.core.windows.net/azureml-blobstore-1234/LocalUpload/abc/model%20v2/weights.bin',
      {
        kind: 'blob',
        accountName: 'acct01',
        endpointSuffix: 'core.windows.net',
        container: 'azureml-blobstore-1234',
        path: 'LocalUpload/abc/model v2/weights.bin',
      },
    ],
    [
      'https://acct01.blob.core.usgovcloudapi.net:443/models/m/',
      {
        kind: 'blob',
        accountName: 'acct01',
        endpointSuffix: 'core.usgovcloudapi.net',
        container: 'models',
        path: 'm/',
      },
    ],
    [
      'wasbs://models@acct01.blob.core.windows.net/m/model.onnx',
      {
        kind: 'blob',
        accountName: 'acct01',
        endpointSuffix: 'core.windows.net',
        container: 'models',
        path: 'm/model.onnx',
      },
    ],
  ])('%s', (uri, expected) => {
    expect(parseModelUri(uri)).toEqual(expected);
  });

  test.each([
    ['runs:/abc/model', /MLflow run/],
    ['s3://bucket/model', /not a form this action can read/],
    ['azureml://registries/reg/models/m/versions/1', /not a form this action can read/],
  ])('%s is refused with a message that says why', (uri, message) => {
    expect(() => parseModelUri(uri)).toThrow(UserError);
    expect(() => parseModelUri(uri)).toThrow(message);
  });
});

describe('joinPath', () => {
  test.each([
    ['azureml/j/out/', 'model', 'azureml/j/out/model'],
    ['azureml/j/out', '', 'azureml/j/out'],
    ['', 'model/', 'model/'],
  ])('%j + %j = %j', (base, sub, expected) => expect(joinPath(base, sub)).toBe(expected));
});
