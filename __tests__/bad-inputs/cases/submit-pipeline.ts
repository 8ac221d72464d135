import type { BadInputCase } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';
import { badInput, dryRun, notABoolean, realAndDry } from './edit.js';
import { component, pipeline } from './train-project.js';

export const cases: BadInputCase[] = [
  ...AZURE_COMMON,
  // The four the issue names, each in a real run and in a dry run.
  ...realAndDry(
    pipeline('epochs -3 against the component min 1', /below its min 1/, 'epochs: -3', ['epochs: 3', 'epochs: -3']),
  ),
  ...realAndDry(
    pipeline('a local data folder that does not exist', /does not exist/, '    type: uri_folder', [
      'path: ../data',
      'path: ../no-data',
    ]),
  ),
  ...realAndDry(
    pipeline('a component azureml:ghost_component:3', /ghost_component:3' does not exist in workspace/, undefined, [
      'component: ../components/train/train.yaml',
      'component: azureml:ghost_component:3',
    ]),
  ),
  ...realAndDry(badInput('an unknown pipeline input in inputs', { inputs: 'epochz: 3' }, /no input 'epochz'/)),
  ...realAndDry(badInput('set inputs.epochs=-3', { set: 'inputs.epochs=-3' }, /below its min 1/)),
  dryRun(badInput('inputs epochs -3', { inputs: 'epochs: -3' }, /below its min 1/)),
  dryRun(badInput('inputs epochs 1000', { inputs: '{"epochs": 1000}' }, /above its max 100/)),
  dryRun(badInput('inputs epochs as a word', { inputs: 'epochs: many' }, /must be an integer/)),
  dryRun(badInput('set an unknown pipeline input', { set: 'inputs.epochz=1' }, /no input 'epochz'/)),
  dryRun(
    badInput(
      'set on the second line names a step that does not exist',
      { set: 'inputs.epochs=2\njobs.trian.compute=azureml:cpu-cluster' },
      /no step 'trian'/,
    ),
  ),
  dryRun(badInput('set a step input below its min', { set: 'jobs.train.inputs.epochs=0' }, /below its min 1/)),
  dryRun(badInput('set a step input of the wrong type', { set: 'jobs.train.inputs.lr=fast' }, /must be a number/)),
  dryRun(badInput('a set line without =', { set: 'inputs.epochs' }, /expected path=value/)),
  dryRun(badInput('set through a component reference', { set: 'jobs.train.component.name=x' }, /Cannot use 'set'/)),
  dryRun(badInput('inputs that are a list', { inputs: '[1, 2]' }, /must be a map/)),
  dryRun(badInput('inputs that are not YAML', { inputs: '{epochs: [' }, /not valid YAML/)),
  dryRun(
    pipeline('a step literal above the max', /above its max 100/, 'epochs: 101', [
      'epochs: ${{parent.inputs.epochs}}',
      'epochs: 101',
    ]),
  ),
  dryRun(
    pipeline('a data asset azureml:ghost-data:1', /ghost-data:1' does not exist in workspace/, '    type: uri_folder', [
      'path: ../data',
      'path: azureml:ghost-data:1',
    ]),
  ),
  dryRun(
    pipeline('a compute that does not exist', /not found in workspace/, undefined, [
      'azureml:cpu-cluster',
      'azureml:gpu-cluster',
    ]),
  ),
  dryRun(
    pipeline('a job type that is not pipeline', /expected a pipeline job/, 'type: command', [
      'type: pipeline',
      'type: command',
    ]),
  ),
  dryRun(
    pipeline('a binding to a pipeline input that does not exist', /has no input 'epocs'/, 'parent.inputs.epocs', [
      '${{parent.inputs.epochs}}',
      '${{parent.inputs.epocs}}',
    ]),
  ),
  dryRun(
    pipeline('a step input its component does not have', /no such input/, 'batch:', [
      '      epochs: ${{parent.inputs.epochs}}',
      '      epochs: ${{parent.inputs.epochs}}\n      batch: 4',
    ]),
  ),
  dryRun(
    pipeline('no compute anywhere', /has no compute/, undefined, [
      'settings:\n  default_compute: azureml:cpu-cluster\n',
      '',
    ]),
  ),
  dryRun(
    pipeline('an unknown top-level key', /services|colour/, undefined, [
      'type: pipeline',
      'type: pipeline\ncolour: blue',
    ]),
  ),
  dryRun(pipeline('a YAML syntax error', /YAML|expected|flow|Unexpected/i, undefined, ['jobs:\n', 'jobs: {\n'])),
  dryRun(
    pipeline('a local component file that does not exist', /does not exist|not found/, undefined, [
      'component: ../components/train/train.yaml',
      'component: ../components/nope.yaml',
    ]),
  ),
  dryRun(
    component(
      'a local component whose environment the workspace does not have',
      /ghost-env:7' does not exist in workspace/,
      undefined,
      ['azureml:train-env:1', 'azureml:ghost-env:7'],
    ),
  ),
  dryRun(
    component('a local component with min above max', /min 200 is greater than max 100/, 'max:', [
      'min: 1',
      'min: 200',
    ]),
  ),
  badInput('a pipeline file that does not exist', { file: 'pipelines/nope.yaml' }, /nope\.yaml/, {
    file: 'pipelines/nope.yaml',
  }),
  badInput('both file and attach', { attach: 'some-job' }, /either 'file' or 'attach'/),
  badInput('neither file nor attach', { file: '' }, /Give 'file'/),
  badInput('negative timeout-minutes', { 'timeout-minutes': '-1' }, /timeout-minutes/),
  badInput('timeout-minutes as a word', { 'timeout-minutes': 'soon' }, /timeout-minutes/),
  notABoolean('wait', 'maybe'),
  notABoolean('force-rerun', 'perhaps'),
  notABoolean('dry-run', 'sure'),
  dryRun(
    badInput(
      'a set value carrying a workflow command',
      { set: 'inputs.epochs=-3\n::notice::INJECTED=1' },
      /expected path=value|no input|Cannot use|below its min/,
    ),
  ),
];
