import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { pipelineJobBody } from '../../../shared/pipeline/to-rest.js';
import { recordingResolver, WORKSPACE_ID } from './fake-resolver.js';
import { ML_API_VERSION } from '../../../shared/azure/ml-api/api-version.js';

/** This test file's folder (jest 29 has no import.meta.dirname). */
const HERE = fileURLToPath(new URL('.', import.meta.url));

const SEED = join(HERE, '../../fixtures/pipeline/seed/pipeline.yaml');
/** The PipelineJob example of the api-version the code calls (copied from azure-rest-api-specs; SOURCES.md). */
const EXAMPLE = join(
  HERE,
  '../../fixtures/azure-ml-rest',
  ML_API_VERSION,
  'examples/Job/PipelineJob/createOrUpdate.json',
);

async function seedBody() {
  const resolver = recordingResolver();
  const job = await loadPipelineJob(SEED);
  return { resolver, body: await pipelineJobBody(job, resolver) };
}

describe('the seed pipeline (animals-classification)', () => {
  it('has only the top-level fields the PipelineJob example of the api-version has, plus jobs and isArchived', async () => {
    const example = JSON.parse(await readFile(EXAMPLE, 'utf8')) as {
      parameters: { body: { properties: Record<string, unknown> } };
    };
    const allowed = new Set([...Object.keys(example.parameters.body.properties), 'jobs', 'isArchived']);
    const { body } = await seedBody();
    for (const key of Object.keys(body.properties)) expect(allowed).toContain(key);
    expect(body.properties).toMatchObject({
      jobType: 'Pipeline',
      displayName: 'Animals Classification',
      experimentName: 'classification',
    });
  });

  it('sends pipeline inputs as Python-stringified literals and outputs with their REST mode', async () => {
    const { body } = await seedBody();
    expect(body.properties.inputs).toEqual({
      train_test_split_percentage: { jobInputType: 'literal', value: '20' },
      epochs: { jobInputType: 'literal', value: '5' },
    });
    expect(body.properties.outputs).toEqual({
      model: { jobOutputType: 'uri_folder', mode: 'Upload' },
      registration_details: { jobOutputType: 'uri_folder', mode: 'Upload' },
    });
    expect(body.properties.settings).toEqual({
      default_compute: `${WORKSPACE_ID}/computes/cli-created-machine`,
      _source: 'YAML.JOB',
    });
  });

  it('builds the step dictionaries azure-ai-ml builds', async () => {
    const { body } = await seedBody();
    const jobs = body.properties.jobs;
    expect(Object.keys(jobs)).toEqual([
      'data_prep_pandas',
      'data_prep_cats',
      'data_prep_dogs',
      'data_split',
      'training',
      'register',
    ]);
    expect(jobs.data_prep_pandas).toEqual({
      name: 'data_prep_pandas',
      type: 'command',
      // a bare relative `component:` path (no `file:`): azure-ai-ml's YAML.COMPONENT (fidelity GAPS §4)
      _source: 'YAML.COMPONENT',
      componentId: expect.stringMatching(
        new RegExp(`^${WORKSPACE_ID}/components/azureml_anonymous/versions/[0-9a-f-]{36}$`),
      ),
      inputs: { data: { job_input_type: 'uri_folder', uri: `${WORKSPACE_ID}/data/pandas/versions/1` } },
      outputs: { output_data: { job_output_type: 'uri_folder', mode: 'ReadWriteMount' } },
    });
    expect(jobs.data_split.inputs).toEqual({
      animal_1: { job_input_type: 'literal', value: '${{parent.jobs.data_prep_pandas.outputs.output_data}}' },
      animal_2: { job_input_type: 'literal', value: '${{parent.jobs.data_prep_cats.outputs.output_data}}' },
      animal_3: { job_input_type: 'literal', value: '${{parent.jobs.data_prep_dogs.outputs.output_data}}' },
      train_test_split_percentage: {
        job_input_type: 'literal',
        value: '${{parent.inputs.train_test_split_percentage}}',
      },
    });
    expect(jobs.training.outputs).toEqual({ output_folder: { value: '${{parent.outputs.model}}', type: 'literal' } });
    expect(jobs.register).toMatchObject({
      componentId: 'azureml://registries/azureml/components/register_model/versions/0.0.21',
      inputs: { model_name: { job_input_type: 'literal', value: 'animal-classification' } },
      // the seed writes `${{ parent.outputs.registration_details }}`; it is sent without the inner spaces
      outputs: { registration_details_folder: { value: '${{parent.outputs.registration_details}}', type: 'literal' } },
    });
  });

  it('registers each local component once however many steps use it', async () => {
    const { resolver, body } = await seedBody();
    expect(resolver.components).toHaveLength(3);
    const prepIds = ['data_prep_pandas', 'data_prep_cats', 'data_prep_dogs'].map(
      (s) => body.properties.jobs[s].componentId,
    );
    expect(new Set(prepIds).size).toBe(1);
  });

  it('puts code, the environment file and stringified defaults into the component spec', async () => {
    const { resolver } = await seedBody();
    const training = resolver.components.find(
      (c) => c.properties.componentSpec.display_name === 'Training an AI model',
    );
    expect(training?.properties).toMatchObject({
      isAnonymous: true,
      isArchived: false,
      componentSpec: {
        // anonymous: azure-ai-ml's name and version, whatever the YAML says (fidelity GAPS §1)
        name: 'azureml_anonymous',
        type: 'command',
        version: '1',
        _source: 'YAML.COMPONENT',
        is_deterministic: true,
        inputs: { epochs: { type: 'integer', default: '5', description: 'Number of epochs' } },
        code: expect.stringMatching(new RegExp(`^azureml:${WORKSPACE_ID}/codes/`)),
        environment: `azureml:${WORKSPACE_ID}/environments/CliV2AnonymousEnvironment/versions/0`,
      },
    });
    const split = resolver.components.find((c) => c.properties.componentSpec.display_name === 'Data split');
    expect(split?.properties.componentSpec.environment).toBe(
      `azureml:${WORKSPACE_ID}/environments/aml-Pillow/versions/0.1.0`,
    );
  });

  it('applies --set and inputs overrides before conversion', async () => {
    const resolver = recordingResolver();
    const job = await loadPipelineJob(SEED, {
      set: [
        { path: 'settings.default_compute', value: 'azureml:gpu' },
        { path: 'jobs.training.compute', value: 'azureml:big' },
        { path: 'settings.force_rerun', value: 'true' },
      ],
      inputs: { epochs: 1 },
    });
    const body = await pipelineJobBody(job, resolver);
    expect(body.properties.inputs.epochs).toEqual({ jobInputType: 'literal', value: '1' });
    expect(body.properties.settings).toMatchObject({
      default_compute: `${WORKSPACE_ID}/computes/gpu`,
      force_rerun: true,
    });
    expect(body.properties.jobs.training.computeId).toBe(`${WORKSPACE_ID}/computes/big`);
  });

  it('refuses --set through a reference string, naming it', async () => {
    await expect(
      loadPipelineJob(SEED, { set: [{ path: 'jobs.training.component.version', value: '2' }] }),
    ).rejects.toThrow(/Cannot use 'set' on properties defined by reference strings/);
  });
});
