import { COMPONENT, ENVIRONMENT } from '../azure-context.js';
import type { BadInputCase } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';
import { badInput, dryRun, edit, notABoolean, spoiler } from './edit.js';
import { COMPONENT_FILE, component } from './train-project.js';

const environment = spoiler('environment/env.yaml', ENVIRONMENT);

const GHOST_ENV = component(
  'an environment azureml:ghost-env:7 the workspace does not have',
  /does not exist in workspace/,
  'environment:',
  ['environment: azureml:train-env:1', 'environment: azureml:ghost-env:7'],
);
const CROSSED_BOUNDS = component(
  'min 10 and max 2',
  /min 10 is greater than max 2/,
  'max:',
  ['min: 1', 'min: 10'],
  ['max: 100', 'max: 2'],
);
const ENUM_DEFAULT = component(
  'an enum default that is not among its values',
  /not one of its enum values/,
  'default: rmsprop',
  ['default: adam', 'default: rmsprop'],
);
const EMPTY_VERSION = component('version "" in a component', /version '' is not valid/, 'version:', [
  'version: 0.1.0',
  'version: ""',
]);

export const cases: BadInputCase[] = [
  ...AZURE_COMMON,
  EMPTY_VERSION,
  environment('version "" in an environment', /version '' is not valid/, 'version:', ['version: "1"', 'version: ""']),
  component('a version with a slash', /version '0.1\/0' is not valid/, 'version:', [
    'version: 0.1.0',
    'version: 0.1/0',
  ]),
  component('a version with a space', /is not valid/, 'version:', ['version: 0.1.0', 'version: "0.1 beta"']),
  environment('an environment version ".."', /is not valid/, 'version:', ['version: "1"', 'version: ".."']),
  CROSSED_BOUNDS,
  ENUM_DEFAULT,
  component('min on a string input', /applies to integer and number/, 'min: 3', [
    '    enum: [adam, sgd]',
    '    enum: [adam, sgd]\n    min: 3',
  ]),
  component('min on a data input', /applies to integer and number/, 'min: 1\n', [
    '    type: uri_folder\n  epochs',
    '    type: uri_folder\n    min: 1\n  epochs',
  ]),
  component('a min that is not a number', /min must be an integer/, 'min: one', ['min: 1', 'min: one']),
  component('an empty enum', /enum lists no values/, 'enum:', ['enum: [adam, sgd]', 'enum: []']),
  component('an enum that is not a list', /enum must be a list/, 'enum:', ['enum: [adam, sgd]', 'enum: adam']),
  component('an integer default that is a word', /must be an integer/, 'default: five', [
    'default: 5',
    'default: five',
  ]),
  component('a number default that is a word', /must be a number/, 'default: fast', ['default: 0.01', 'default: fast']),
  GHOST_ENV,
  component('an environment reference without a version', /has no version/, 'environment:', [
    'environment: azureml:train-env:1',
    'environment: azureml:train-env',
  ]),
  component('an environment file that does not exist', /does not exist/, 'environment:', [
    'environment: azureml:train-env:1',
    'environment: ../../environment/nope.yaml',
  ]),
  component('a code folder that does not exist', /nowhere/, 'code:', ['code: ./src', 'code: ./nowhere']),
  component(
    'a component type that is not supported',
    /data_transfer|not supported|unknown component type/,
    'type: data_transfer',
    ['type: command', 'type: data_transfer'],
  ),
  component('an unknown top-level key', /colour/, 'colour:', ['code: ./src', 'colour: blue\ncode: ./src']),
  component('an input type that Azure ML does not know', /not an Azure ML type/, 'type: float', [
    'type: number',
    'type: float',
  ]),
  component('an output type that Azure ML does not know', /not an Azure ML type/, 'type: folder', [
    '  model:\n    type: uri_folder',
    '  model:\n    type: folder',
  ]),
  component('an input mode that does not exist', /mode 'upload_fast' is not valid/, 'mode:', [
    '  data:\n    type: uri_folder',
    '  data:\n    type: uri_folder\n    mode: upload_fast',
  ]),
  component('a port name starting with a digit', /not a valid port name/, '2lr:', ['  lr:', '  2lr:']),
  component('a command naming an input the component lacks', /learning_rate/, undefined, [
    '${{inputs.lr}}',
    '${{inputs.learning_rate}}',
  ]),
  component('a component name with a space', /component name 'train model' is not valid/, undefined, [
    'name: train',
    'name: train model',
  ]),
  component('a component name carrying a workflow command', /is not valid/, undefined, [
    'name: train',
    'name: "train\\n::notice::INJECTED"',
  ]),
  component('a component without a name', /needs a 'name'/, undefined, ['name: train\n', '']),
  component('a component without an environment', /needs an environment/, undefined, [
    'environment: azureml:train-env:1\n',
    '',
  ]),
  component('a component without a command', /command/, undefined, [
    COMPONENT.slice(COMPONENT.indexOf('command: >-')),
    '',
  ]),
  component('a YAML syntax error', /YAML|syntax|flow|Unexpected|expected/i, undefined, ['inputs:\n', 'inputs: [\n']),
  environment('an environment without an image or build', /image|build/, undefined, [
    'image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04\n',
    '',
  ]),
  environment('an environment conda file that does not exist', /conda/, undefined, [
    'image:',
    'conda_file: ./nope.yml\nimage:',
  ]),
  environment('an environment name with a slash', /environment name 'train\/env' is not valid/, undefined, [
    'name: train-env',
    'name: train/env',
  ]),
  {
    name: 'the same component name in two files',
    files: { 'components/copy/train.yaml': edit(COMPONENT, ['code: ./src', 'code: ../train/src']) },
    error: /also defined in .*components\/copy\/train\.yaml/,
    at: { file: COMPONENT_FILE },
  },
  badInput('a version-strategy that does not exist', { 'version-strategy': 'latest' }, /version-strategy/),
  notABoolean('dry-run', 'maybe'),
  badInput(
    'a components glob that matches nothing',
    { components: 'nothing/**/*.yaml' },
    /nothing\/\*\*\/\*\.yaml|matched no|no file/,
  ),
  badInput('neither environments nor components', { environments: '', components: '' }, /environments|components/, {
    input: 'components',
  }),
  badInput(
    'a component file that is not a mapping',
    { components: 'components/train/src/train.py' },
    /must be a mapping|component/,
    { file: 'components/train/src/train.py' },
  ),
  { ...dryRun(GHOST_ENV) },
  { ...dryRun(CROSSED_BOUNDS) },
  { ...dryRun(ENUM_DEFAULT) },
  { ...dryRun(EMPTY_VERSION) },
  { ...EMPTY_VERSION, name: 'version-strategy auto with version ""', inputs: { 'version-strategy': 'auto' } },
];
