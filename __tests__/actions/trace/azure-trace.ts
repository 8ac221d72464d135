/**
 * What the trace bundle's end-to-end tests on the Azure backend share: the training job they walk back to (seeded
 * in the ARM emulator) and the model version it registered, and one run of the bundle with its trace parsed.
 */
import type { TraceResult } from '../../../shared/trace/trace.js';
import { bundle, runAction } from '../../support/action-runner.js';
import type { EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';

export const TRAINED_AT = 'c0ffee1234567890c0ffee1234567890c0ffee12';
export const TRAINING_RUN = 'https://github.com/octo-org/animals/actions/runs/501/attempts/1';
/** The job's data inputs as the trace writes them (its literal input is no data). */
export const TRAINING_DATA =
  'training_data=azureml:animals-data:2,raw=azureml://datastores/workspaceblobstore/paths/raw/animals/';

/** Job `train-77`, as submit-pipeline tags it, and model `animals:3` it registered. */
export async function seedTrainingJob(ws: EmulatedWorkspace): Promise<void> {
  await ws.emu.seed.job('train-77', {
    jobType: 'Pipeline',
    tags: { 'github.sha': TRAINED_AT, 'github.repository': 'octo-org/animals', 'github.run_url': TRAINING_RUN },
    inputs: {
      training_data: { jobInputType: 'uri_folder', uri: 'azureml:animals-data:2' },
      raw: { jobInputType: 'uri_folder', uri: 'azureml://datastores/workspaceblobstore/paths/raw/animals/' },
      epochs: { jobInputType: 'literal', value: '5' },
    },
    jobs: {},
  });
  await ws.emu.seed.assetVersion('models', 'animals', '3', {
    modelUri: 'azureml://jobs/train-77/outputs/model/paths/',
    jobName: 'train-77',
  });
}

/** The trace bundle on the Azure backend, as the runner runs it; `traced` is its `json` output. */
export async function traceBundle(ws: EmulatedWorkspace, inputs: Record<string, string>, env: Record<string, string>) {
  const result = await runAction(bundle('trace'), {
    inputs: { ...ws.inputs(), backend: 'azure', ...inputs },
    env,
    timeoutMs: 60_000,
  });
  return { result, traced: result.outputs.json ? (JSON.parse(result.outputs.json) as TraceResult) : undefined };
}

export const link = (traced: TraceResult | undefined, name: string) => traced?.links.find((l) => l.link === name);
