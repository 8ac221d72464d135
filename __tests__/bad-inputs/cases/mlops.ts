import { COMPONENT, PIPELINE } from '../azure-context.js';
import type { BadInputCase } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';
import { edit, lineOf } from './edit.js';

const P = 'pipelines/train.yaml';
const C = 'components/train/train.yaml';

export const cases: BadInputCase[] = [
  ...AZURE_COMMON,
  { name: 'no model-name', inputs: { 'model-name': '' }, error: /model-name/, at: { input: 'model-name' } },
  {
    name: 'train-model that is not a boolean',
    inputs: { 'train-model': 'maybe' },
    error: /train-model/,
    at: { input: 'train-model' },
  },
  {
    name: 'skip-training-pipeline that is not a boolean',
    inputs: { 'skip-training-pipeline': 'nah' },
    error: /skip-training-pipeline/,
    at: { input: 'skip-training-pipeline' },
  },
  {
    name: 'create-compute that is not a boolean',
    inputs: { 'create-compute': 'y', 'compute-file': 'compute/cluster.yaml' },
    error: /create-compute/,
    at: { input: 'create-compute' },
  },
  {
    name: 'force-rerun that is not a boolean',
    inputs: { 'force-rerun': 'again' },
    error: /force-rerun/,
    at: { input: 'force-rerun' },
  },
  {
    name: 'wait-timeout NaN with a compute file',
    inputs: { 'wait-timeout': 'NaN', 'compute-file': 'compute/cluster.yaml' },
    error: /wait-timeout/,
    at: { input: 'wait-timeout' },
  },
  {
    name: 'negative timeout-minutes',
    inputs: { 'timeout-minutes': '-1' },
    error: /timeout-minutes/,
    at: { input: 'timeout-minutes' },
  },
  {
    name: 'a version-strategy that does not exist',
    inputs: { 'version-strategy': 'newest' },
    error: /version-strategy/,
    at: { input: 'version-strategy' },
  },
  {
    name: 'a model-version tag without a key',
    inputs: { 'model-version': 'tag:' },
    error: /names no tag/,
    at: { input: 'version' },
  },
  {
    name: 'a model-version that walks the path',
    inputs: { 'model-version': '../1' },
    error: /is not a version/,
    at: { input: 'version' },
  },
  {
    name: 'training without a pipeline-file',
    inputs: { 'pipeline-file': '' },
    error: /pipeline-file/,
    at: { input: 'pipeline-file' },
  },
  {
    name: 'a pipeline-file that does not exist',
    inputs: { 'pipeline-file': 'pipelines/nope.yaml' },
    error: /nope\.yaml/,
    at: { file: 'pipelines/nope.yaml' },
  },
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
  {
    name: 'a component with version ""',
    files: { [C]: edit(COMPONENT, ['version: 0.1.0', 'version: ""']) },
    error: /version '' is not valid/,
    at: { file: C, line: 3 },
  },
  {
    name: 'a component with min 10 and max 2',
    files: { [C]: edit(COMPONENT, ['min: 1', 'min: 10'], ['max: 100', 'max: 2']) },
    error: /min 10 is greater than max 2/,
    at: { file: C, line: lineOf(COMPONENT, 'max:') },
  },
  {
    name: 'a component whose environment the workspace does not have',
    files: { [C]: edit(COMPONENT, ['azureml:train-env:1', 'azureml:ghost-env:7']) },
    error: /ghost-env:7' does not exist in workspace/,
    at: { file: C, line: lineOf(COMPONENT, 'environment:') },
  },
  {
    name: 'a pipeline with epochs -3',
    files: { [P]: edit(PIPELINE, ['epochs: 3', 'epochs: -3']) },
    error: /below its min 1/,
    at: { file: P, line: lineOf(PIPELINE, 'epochs: 3') },
  },
  {
    name: 'a pipeline whose data folder does not exist',
    files: { [P]: edit(PIPELINE, ['path: ../data', 'path: ../no-data']) },
    error: /does not exist/,
    at: { file: P, line: lineOf(PIPELINE, '    type: uri_folder') },
  },
  { name: 'set inputs.epochs=-3', inputs: { set: 'inputs.epochs=-3' }, error: /below its min 1/, at: { input: 'set' } },
  {
    name: 'set an unknown input',
    inputs: { set: 'inputs.epochz=3' },
    error: /no input 'epochz'/,
    at: { input: 'set' },
  },
  {
    name: 'an unknown input in inputs',
    inputs: { inputs: 'epochz: 3' },
    error: /no input 'epochz'/,
    at: { input: 'inputs' },
  },
  { name: 'inputs that are a list', inputs: { inputs: '- 1' }, error: /must be a map/, at: { input: 'inputs' } },
  { name: 'a set line without =', inputs: { set: 'epochs' }, error: /expected path=value/, at: { input: 'set' } },
  {
    name: 'a model-name carrying a workflow command',
    inputs: { 'model-name': 'clf\n::notice::INJECTED', 'skip-training-pipeline': 'true' },
    error: /does not exist/,
    at: { input: 'model-name', value: 'clf\n::notice::INJECTED' },
  },
];
