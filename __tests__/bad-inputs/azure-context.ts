/**
 * The shared ARM emulator of one Azure entry's test file, and the small project every Azure case starts from:
 * an environment, a command component with bounded inputs, a pipeline using it on an existing cluster, a data
 * folder and a compute file. Each case spoils one thing.
 */
import { startArmEmulator, type ArmEmulator } from '../support/arm-emulator/index.js';
import { azureEnv, azureInputs } from '../support/azure/azure-action-env.js';
import { eventEnv } from '../support/github-events/events.js';
import { yaml, type EntryContext } from './harness.js';

export const COMPONENT = yaml(
  '$schema: https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json',
  'name: train',
  'version: 0.1.0',
  'type: command',
  'inputs:',
  '  data:',
  '    type: uri_folder',
  '  epochs:',
  '    type: integer',
  '    default: 5',
  '    min: 1',
  '    max: 100',
  '  lr:',
  '    type: number',
  '    default: 0.01',
  '  optimizer:',
  '    type: string',
  '    default: adam',
  '    enum: [adam, sgd]',
  'outputs:',
  '  model:',
  '    type: uri_folder',
  'code: ./src',
  'environment: azureml:train-env:1',
  'command: >-',
  '  python train.py --data ${{inputs.data}} --epochs ${{inputs.epochs}} --lr ${{inputs.lr}}',
  '  --optimizer ${{inputs.optimizer}} --model ${{outputs.model}}',
);

export const ENVIRONMENT = yaml(
  '$schema: https://azuremlschemas.azureedge.net/latest/environment.schema.json',
  'name: train-env',
  'version: "1"',
  'image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04',
);

export const PIPELINE = yaml(
  '$schema: https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json',
  'type: pipeline',
  'experiment_name: bad-inputs',
  'settings:',
  '  default_compute: azureml:cpu-cluster',
  'inputs:',
  '  data:',
  '    type: uri_folder',
  '    path: ../data',
  '  epochs: 3',
  'outputs:',
  '  model:',
  '    type: uri_folder',
  'jobs:',
  '  train:',
  '    type: command',
  '    component: ../components/train/train.yaml',
  '    inputs:',
  '      data: ${{parent.inputs.data}}',
  '      epochs: ${{parent.inputs.epochs}}',
  '    outputs:',
  '      model: ${{parent.outputs.model}}',
);

export const COMPUTE = yaml(
  '$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json',
  'name: cpu-cluster',
  'type: amlcompute',
  'size: STANDARD_DS3_V2',
  'min_instances: 0',
  'max_instances: 2',
);

export const PROJECT: Record<string, string> = {
  'environment/env.yaml': ENVIRONMENT,
  'components/train/train.yaml': COMPONENT,
  'components/train/src/train.py': 'print("training")\n',
  'pipelines/train.yaml': PIPELINE,
  'data/rows.csv': 'a,b\n1,2\n',
  'compute/cluster.yaml': COMPUTE,
};

/**
 * Starts the file's emulator before its cases (with the cluster, the environment and a model the good project
 * uses) and closes it after; `context` is valid inside tests.
 */
export function useAzureContext(
  inputs: (checkout: string) => Record<string, string>,
  project: Record<string, string> = PROJECT,
): () => EntryContext {
  let emu: ArmEmulator | undefined;
  beforeAll(async () => {
    emu = await startArmEmulator({ checkRequestBodies: true });
    emu.seed.amlCompute('cpu-cluster');
    await emu.seed.assetVersion('environments', 'train-env', '1', {
      image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04',
    });
  }, 60_000);
  afterAll(async () => {
    // The file's whole log, once more: a write by any case fails the file even if no case saw it.
    expect(emu?.requests.writes().map((r) => `${r.method} ${r.path}`)).toEqual([]);
    await emu?.close();
  });
  return () => ({
    project,
    inputs: (checkout) => ({ ...azureInputs(emu!), ...inputs(checkout) }),
    env: () => ({ ...azureEnv(emu!), ...eventEnv('push-main') }),
    writes: () => emu!.requests.writes().map((r) => `${r.method} ${r.path}`),
  });
}
