import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { branchScopeFor } from '../../../shared/github/branch-scope.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import type { NodeInput } from '../../../shared/pipeline/model.js';
import { scopePipelineJob } from '../../../shared/submission/scope-pipeline.js';
import { projectDir } from '../../workflows-examples/support/paths.js';

const pipelineFile = path.join(projectDir, 'pipelines', 'animals-classification.yaml');
const pr = branchScopeFor('auto', { eventName: 'pull_request', branch: 'toy-run', defaultBranch: 'main', prNumber: 3 });

function literal(input: NodeInput | undefined): unknown {
  return input?.kind === 'literal' ? input.value : undefined;
}

describe('scoping a pipeline job', () => {
  it("renames the registry register_model step's model_name and reports it once", async () => {
    const job = await loadPipelineJob(pipelineFile);
    const { job: scoped, renames, modelNames } = scopePipelineJob(job, pr);
    expect(literal(scoped.jobs.register.inputs.model_name)).toBe('animal-classification-toy-run');
    expect(modelNames).toEqual(['animal-classification-toy-run']);
    expect(renames.lines()).toEqual(['model animal-classification -> animal-classification-toy-run']);
    // The input job is left as it was.
    expect(literal(job.jobs.register.inputs.model_name)).toBe('animal-classification');
  });

  it('renames a plain component that follows the register_model port convention', async () => {
    const job = await loadPipelineJob(pipelineFile, {
      set: [{ path: 'jobs.register.component', value: '../components/register_model/register_model.yaml' }],
    });
    const { job: scoped } = scopePipelineJob(job, pr);
    expect(literal(scoped.jobs.register.inputs.model_name)).toBe('animal-classification-toy-run');
  });

  it('leaves every name alone when the run is not scoped, still naming the model it registers', async () => {
    const job = await loadPipelineJob(pipelineFile);
    const { job: same, renames, modelNames } = scopePipelineJob(job, undefined);
    expect(literal(same.jobs.register.inputs.model_name)).toBe('animal-classification');
    expect(modelNames).toEqual(['animal-classification']);
    expect(renames.list).toEqual([]);
  });
});

describe('scoping the data assets a pipeline registers', () => {
  it('renames outputs with name:, and an input reading that asset follows', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scope-data-'));
    const file = path.join(dir, 'pipeline.yaml');
    writeFileSync(
      file,
      [
        'type: pipeline',
        'name: data-pipeline',
        'settings:',
        '  default_compute: azureml:cpu',
        'inputs:',
        '  previous:',
        '    type: uri_folder',
        '    path: azureml:features@latest',
        'outputs:',
        '  features:',
        '    type: uri_folder',
        '    name: features',
        'jobs:',
        '  make:',
        '    type: command',
        '    component:',
        '      command: cp -r ${{inputs.previous}} ${{outputs.out}}',
        '      environment: azureml:env:1',
        '      inputs:',
        '        previous:',
        '          type: uri_folder',
        '      outputs:',
        '        out:',
        '          type: uri_folder',
        '        scored:',
        '          type: uri_folder',
        '    inputs:',
        '      previous: ${{parent.inputs.previous}}',
        '    outputs:',
        '      out: ${{parent.outputs.features}}',
        '      scored:',
        '        type: uri_folder',
        '        name: scored',
        '',
      ].join('\n'),
    );
    const { job, renames } = scopePipelineJob(await loadPipelineJob(file), pr);
    expect(job.outputs.features.assetName).toBe('features-toy-run');
    expect(job.jobs.make.outputs.scored).toMatchObject({ kind: 'settings', assetName: 'scored-toy-run' });
    expect(job.inputs.previous).toMatchObject({ kind: 'data', pathText: 'azureml:features-toy-run@latest' });
    expect(renames.lines().sort()).toEqual(['data features -> features-toy-run', 'data scored -> scored-toy-run']);
  });
});
