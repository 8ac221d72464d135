import type { BadInputCase } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';
import { badInput, notABoolean } from './edit.js';
import { component, pipeline } from './train-project.js';

export const cases: BadInputCase[] = [
  ...AZURE_COMMON,
  badInput('no model-name', { 'model-name': '' }, /model-name/),
  notABoolean('train-model', 'maybe'),
  notABoolean('skip-training-pipeline', 'nah'),
  notABoolean('create-compute', 'y', { 'compute-file': 'compute/cluster.yaml' }),
  notABoolean('force-rerun', 'again'),
  badInput(
    'wait-timeout NaN with a compute file',
    { 'wait-timeout': 'NaN', 'compute-file': 'compute/cluster.yaml' },
    /wait-timeout/,
  ),
  badInput('negative timeout-minutes', { 'timeout-minutes': '-1' }, /timeout-minutes/),
  badInput('a version-strategy that does not exist', { 'version-strategy': 'newest' }, /version-strategy/),
  badInput('a model-version tag without a key', { 'model-version': 'tag:' }, /names no tag/, { input: 'version' }),
  badInput('a model-version that walks the path', { 'model-version': '../1' }, /is not a version/, {
    input: 'version',
  }),
  badInput('training without a pipeline-file', { 'pipeline-file': '' }, /pipeline-file/),
  badInput('a pipeline-file that does not exist', { 'pipeline-file': 'pipelines/nope.yaml' }, /nope\.yaml/, {
    file: 'pipelines/nope.yaml',
  }),
  {
    name: 'a compute file with max below min',
    inputs: { 'compute-file': 'compute/bad.yaml' },
    files: {
      'compute/bad.yaml':
        'name: cpu-cluster\ntype: amlcompute\nsize: STANDARD_DS3_V2\nmin_instances: 3\nmax_instances: 2\n',
    },
    error: /must be at least min_instances/,
    at: { file: 'compute/bad.yaml', line: 5 },
  },
  component('a component with version ""', /version '' is not valid/, 'version:', ['version: 0.1.0', 'version: ""']),
  component(
    'a component with min 10 and max 2',
    /min 10 is greater than max 2/,
    'max:',
    ['min: 1', 'min: 10'],
    ['max: 100', 'max: 2'],
  ),
  component(
    'a component whose environment the workspace does not have',
    /ghost-env:7' does not exist in workspace/,
    'environment:',
    ['azureml:train-env:1', 'azureml:ghost-env:7'],
  ),
  pipeline('a pipeline with epochs -3', /below its min 1/, 'epochs: -3', ['epochs: 3', 'epochs: -3']),
  pipeline('a pipeline whose data folder does not exist', /does not exist/, '    type: uri_folder', [
    'path: ../data',
    'path: ../no-data',
  ]),
  badInput('set inputs.epochs=-3', { set: 'inputs.epochs=-3' }, /below its min 1/),
  badInput('set an unknown input', { set: 'inputs.epochz=3' }, /no input 'epochz'/),
  badInput('an unknown input in inputs', { inputs: 'epochz: 3' }, /no input 'epochz'/),
  badInput('inputs that are a list', { inputs: '- 1' }, /must be a map/),
  badInput('a set line without =', { set: 'epochs' }, /expected path=value/),
  badInput(
    'a model-name carrying a workflow command',
    { 'model-name': 'clf\n::notice::INJECTED', 'skip-training-pipeline': 'true' },
    /does not exist/,
    { input: 'model-name', value: 'clf\n::notice::INJECTED' },
  ),
];
