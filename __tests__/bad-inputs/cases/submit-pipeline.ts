import { COMPONENT, PIPELINE } from '../azure-context.js';
import type { BadInputCase } from '../harness.js';
import { AZURE_COMMON } from './azure-common.js';
import { edit, lineOf } from './edit.js';

const P = 'pipelines/train.yaml';
const C = 'components/train/train.yaml';

/** The pipeline spoiled by `changes`, blamed at the line of `at` in the spoiled file (or the file). */
function pipeline(name: string, error: RegExp, at: string | undefined, ...changes: [string, string][]): BadInputCase {
  const text = edit(PIPELINE, ...changes);
  return {
    name,
    files: { [P]: text },
    error,
    at: at === undefined ? { file: P } : { file: P, line: lineOf(text, at) },
  };
}

/** The same case in a dry run, which must find what the real run would refuse. */
const dry = (c: BadInputCase): BadInputCase => ({
  ...c,
  name: `dry run: ${c.name}`,
  inputs: { ...c.inputs, 'dry-run': 'true' },
});

const realAndDry = (c: BadInputCase): BadInputCase[] => [c, dry(c)];

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
  ...realAndDry({
    name: 'an unknown pipeline input in inputs',
    inputs: { inputs: 'epochz: 3' },
    error: /no input 'epochz'/,
    at: { input: 'inputs' },
  }),
  ...realAndDry({
    name: 'set inputs.epochs=-3',
    inputs: { set: 'inputs.epochs=-3' },
    error: /below its min 1/,
    at: { input: 'set' },
  }),
  dry({
    name: 'inputs epochs -3',
    inputs: { inputs: 'epochs: -3' },
    error: /below its min 1/,
    at: { input: 'inputs' },
  }),
  dry({
    name: 'inputs epochs 1000',
    inputs: { inputs: '{"epochs": 1000}' },
    error: /above its max 100/,
    at: { input: 'inputs' },
  }),
  dry({
    name: 'inputs epochs as a word',
    inputs: { inputs: 'epochs: many' },
    error: /must be an integer/,
    at: { input: 'inputs' },
  }),
  dry({
    name: 'set an unknown pipeline input',
    inputs: { set: 'inputs.epochz=1' },
    error: /no input 'epochz'/,
    at: { input: 'set' },
  }),
  dry({
    name: 'set on the second line names a step that does not exist',
    inputs: { set: 'inputs.epochs=2\njobs.trian.compute=azureml:cpu-cluster' },
    error: /no step 'trian'/,
    at: { input: 'set' },
  }),
  dry({
    name: 'set a step input below its min',
    inputs: { set: 'jobs.train.inputs.epochs=0' },
    error: /below its min 1/,
    at: { input: 'set' },
  }),
  dry({
    name: 'set a step input of the wrong type',
    inputs: { set: 'jobs.train.inputs.lr=fast' },
    error: /must be a number/,
    at: { input: 'set' },
  }),
  dry({
    name: 'a set line without =',
    inputs: { set: 'inputs.epochs' },
    error: /expected path=value/,
    at: { input: 'set' },
  }),
  dry({
    name: 'set through a component reference',
    inputs: { set: 'jobs.train.component.name=x' },
    error: /Cannot use 'set'/,
    at: { input: 'set' },
  }),
  dry({
    name: 'inputs that are a list',
    inputs: { inputs: '[1, 2]' },
    error: /must be a map/,
    at: { input: 'inputs' },
  }),
  dry({
    name: 'inputs that are not YAML',
    inputs: { inputs: '{epochs: [' },
    error: /not valid YAML/,
    at: { input: 'inputs' },
  }),
  dry(
    pipeline('a step literal above the max', /above its max 100/, 'epochs: 101', [
      'epochs: ${{parent.inputs.epochs}}',
      'epochs: 101',
    ]),
  ),
  dry(
    pipeline('a data asset azureml:ghost-data:1', /ghost-data:1' does not exist in workspace/, '    type: uri_folder', [
      'path: ../data',
      'path: azureml:ghost-data:1',
    ]),
  ),
  dry(
    pipeline('a compute that does not exist', /not found in workspace/, undefined, [
      'azureml:cpu-cluster',
      'azureml:gpu-cluster',
    ]),
  ),
  dry(
    pipeline('a job type that is not pipeline', /expected a pipeline job/, 'type: command', [
      'type: pipeline',
      'type: command',
    ]),
  ),
  dry(
    pipeline('a binding to a pipeline input that does not exist', /has no input 'epocs'/, 'parent.inputs.epocs', [
      '${{parent.inputs.epochs}}',
      '${{parent.inputs.epocs}}',
    ]),
  ),
  dry(
    pipeline('a step input its component does not have', /no such input/, 'batch:', [
      '      epochs: ${{parent.inputs.epochs}}',
      '      epochs: ${{parent.inputs.epochs}}\n      batch: 4',
    ]),
  ),
  dry(
    pipeline('no compute anywhere', /has no compute/, undefined, [
      'settings:\n  default_compute: azureml:cpu-cluster\n',
      '',
    ]),
  ),
  dry(
    pipeline('an unknown top-level key', /services|colour/, undefined, [
      'type: pipeline',
      'type: pipeline\ncolour: blue',
    ]),
  ),
  dry(pipeline('a YAML syntax error', /YAML|expected|flow|Unexpected/i, undefined, ['jobs:\n', 'jobs: {\n'])),
  dry(
    pipeline('a local component file that does not exist', /does not exist|not found/, undefined, [
      'component: ../components/train/train.yaml',
      'component: ../components/nope.yaml',
    ]),
  ),
  dry({
    name: 'a local component whose environment the workspace does not have',
    files: { [C]: edit(COMPONENT, ['azureml:train-env:1', 'azureml:ghost-env:7']) },
    error: /ghost-env:7' does not exist in workspace/,
    at: { file: C },
  }),
  dry({
    name: 'a local component with min above max',
    files: { [C]: edit(COMPONENT, ['min: 1', 'min: 200']) },
    error: /min 200 is greater than max 100/,
    at: { file: C, line: lineOf(COMPONENT, 'max:') },
  }),
  {
    name: 'a pipeline file that does not exist',
    inputs: { file: 'pipelines/nope.yaml' },
    error: /nope\.yaml/,
    at: { file: 'pipelines/nope.yaml' },
  },
  {
    name: 'both file and attach',
    inputs: { attach: 'some-job' },
    error: /either 'file' or 'attach'/,
    at: { input: 'attach' },
  },
  { name: 'neither file nor attach', inputs: { file: '' }, error: /Give 'file'/, at: { input: 'file' } },
  {
    name: 'negative timeout-minutes',
    inputs: { 'timeout-minutes': '-1' },
    error: /timeout-minutes/,
    at: { input: 'timeout-minutes' },
  },
  {
    name: 'timeout-minutes as a word',
    inputs: { 'timeout-minutes': 'soon' },
    error: /timeout-minutes/,
    at: { input: 'timeout-minutes' },
  },
  { name: 'wait that is not a boolean', inputs: { wait: 'maybe' }, error: /wait/, at: { input: 'wait' } },
  {
    name: 'force-rerun that is not a boolean',
    inputs: { 'force-rerun': 'perhaps' },
    error: /force-rerun/,
    at: { input: 'force-rerun' },
  },
  { name: 'dry-run that is not a boolean', inputs: { 'dry-run': 'sure' }, error: /dry-run/, at: { input: 'dry-run' } },
  dry({
    name: 'a set value carrying a workflow command',
    inputs: { set: 'inputs.epochs=-3\n::notice::INJECTED=1' },
    error: /expected path=value|no input|Cannot use|below its min/,
    at: { input: 'set' },
  }),
];
