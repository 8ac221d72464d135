import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ValidationError } from '../../../shared/core/errors.js';
import { commandPlaceholders } from '../../../shared/pipeline/command-template.js';
import {
  anonymousComponentVersion,
  componentVersionBody,
  resolveComponentDependencies,
} from '../../../shared/pipeline/component-rest.js';
import { codeSnapshot } from '../../../shared/pipeline/hashing.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { isServerless } from '../../../shared/pipeline/refs.js';
import { loadAnyComponentFile } from '../../../shared/pipeline/steps/index.js';
import { pipelineJobBody } from '../../../shared/pipeline/to-rest.js';
import { recordingResolver, WORKSPACE_ID } from './fake-resolver.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FEATURES = join(HERE, '../../fixtures/pipeline/features');
const ANONYMOUS = new RegExp(`^${WORKSPACE_ID}/components/azureml_anonymous/versions/[0-9a-f-]{36}$`);

async function bodyOf(file: string) {
  const resolver = recordingResolver();
  const job = await loadPipelineJob(join(FEATURES, file));
  return { resolver, job, body: await pipelineJobBody(job, resolver) };
}

async function problemsOf(file: string): Promise<string[]> {
  try {
    await loadPipelineJob(join(FEATURES, file));
  } catch (error) {
    if (error instanceof ValidationError)
      return error.problems.map((p) => `${p.location?.file.split('/').pop()}:${p.location?.line}: ${p.message}`);
    throw error;
  }
  throw new Error(`${file} loaded without problems`);
}

describe('serverless, identity, registries and the other step fields', () => {
  it('treats serverless in every spelling as serverless, and nothing else', () => {
    for (const c of ['serverless', 'azureml:serverless', `${WORKSPACE_ID}/computes/serverless`])
      expect(isServerless(c)).toBe(true);
    for (const c of ['cpu-cluster', 'azureml:serverless-gpu', undefined]) expect(isServerless(c)).toBe(false);
  });

  it('sends the job identity, properties and registered outputs in the REST shape', async () => {
    const { body } = await bodyOf('serverless.yaml');
    expect(body.properties.identity).toEqual({ identityType: 'UserIdentity' });
    expect(body.properties.properties).toEqual({ team: 'ml' });
    expect(body.properties.outputs.registered).toEqual({
      jobOutputType: 'mlflow_model',
      assetName: 'my-model',
      assetVersion: '4',
    });
    // azureml:serverless becomes a compute id, as azure-ai-ml makes it (recorded: serverless_compute/job_tier)
    expect(body.properties.settings.default_compute).toBe(`${WORKSPACE_ID}/computes/serverless`);
  });

  it('sends a step with resources, queue settings, identity, properties, environment and limits', async () => {
    const { body } = await bodyOf('serverless.yaml');
    expect(body.properties.jobs.train).toEqual({
      name: 'train',
      type: 'command',
      _source: 'YAML.COMPONENT',
      componentId: expect.stringMatching(ANONYMOUS),
      inputs: {
        training_data: { job_input_type: 'uri_folder', uri: 'azureml://registries/azureml/data/iris/versions/1' },
      },
      outputs: {
        model: { job_output_type: 'mlflow_model', asset_name: 'trained-model', asset_version: '2' },
      },
      resources: { instance_type: 'Standard_D3_v2' },
      queue_settings: { job_tier: 'Spot' },
      identity: { type: 'managed', client_id: '00000000-1111-2222-3333-444444444444' },
      properties: { owner: 'data-team' },
      environment_variables: { MODE: 'fast' },
      limits: { job_limits_type: 'Command', timeout: 'PT600S' },
    });
    expect(body.properties.jobs.report).toMatchObject({
      computeId: 'serverless',
      identity: { type: 'aml_token' },
      inputs: {
        logs: { job_input_type: 'literal', value: '${{parent.jobs.train.outputs.artifacts}}' },
        default: { job_input_type: 'literal', value: '${{parent.jobs.train.outputs.default}}' },
      },
    });
  });

  it('passes registry components and environments through as azure-ai-ml does', async () => {
    const { body, resolver } = await bodyOf('serverless.yaml');
    expect(body.properties.jobs.register.componentId).toBe(
      'azureml://registries/azureml/components/register_model/labels/latest',
    );
    const environments = resolver.components.map((c) => c.properties.componentSpec.environment);
    expect(environments).toEqual([
      'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
      'azureml://registries/azureml/environments/sklearn-1.5/versions/3',
    ]);
  });

  it('sends path ports and both optional-input syntaxes as written', async () => {
    const { resolver } = await bodyOf('serverless.yaml');
    const train = resolver.components[0].properties.componentSpec as {
      inputs: Record<string, unknown>;
      command: string;
    };
    expect(train.inputs.training_data).toEqual({ type: 'path' });
    expect(train.inputs.max_epochs).toEqual({ type: 'integer', optional: true });
    expect(train.command).toContain('[--epochs ${{inputs.max_epochs}}] $[[--early-stop ${{inputs.early_stop}}]]');
    const optional = commandPlaceholders(train.command).filter((p) => p.inOptionalBlock);
    expect(optional.map((p) => p.name)).toEqual(['max_epochs', 'early_stop']);
  });
});

describe('pipeline components', () => {
  it('registers nested pipeline components after the components inside them, each once', async () => {
    const { body, resolver } = await bodyOf('nested.yaml');
    // train (command) and check (inline command) first, then inner and outer pipeline components
    const commands = resolver.components.map((c) => String(c.properties.componentSpec.command));
    expect(commands.map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual(['python train.py', 'echo ${{inputs.m}}']);
    expect(resolver.specs.map((s) => s.type)).toEqual(['pipeline', 'pipeline']);
    const [inner, outer] = resolver.specs as Record<string, Record<string, Record<string, unknown>>>[];
    expect(inner.jobs.train.componentId).toMatch(ANONYMOUS);
    expect(outer.jobs.inner).toEqual({
      name: 'inner',
      type: 'pipeline',
      _source: 'YAML.COMPONENT',
      componentId: `${WORKSPACE_ID}/components/azureml_anonymous/versions/${anonymousComponentVersion(resolver.specs[0])}`,
      inputs: { data: { job_input_type: 'literal', value: '${{parent.inputs.raw}}' } },
      outputs: { trained_model: { value: '${{parent.outputs.model}}', type: 'literal' } },
    });
    // the same inner pipeline used at two levels is registered once
    expect(body.properties.jobs.again.componentId).toBe(outer.jobs.inner.componentId);
  });

  it('sends the pipeline component spec azure-ai-ml sends (recorded: pipeline_component_nested)', async () => {
    const { resolver } = await bodyOf('nested.yaml');
    const inner = resolver.specs[0];
    expect(inner).toEqual({
      $schema: 'https://azuremlschemas.azureedge.net/latest/pipelineComponent.schema.json',
      name: 'azureml_anonymous',
      display_name: 'Train sub-pipeline',
      type: 'pipeline',
      inputs: { data: { type: 'uri_folder' }, learning_rate: { type: 'number', default: '0.1' } },
      outputs: { trained_model: { type: 'mlflow_model' } },
      jobs: { train: expect.objectContaining({ type: 'command', _source: 'YAML.COMPONENT' }) },
      _source: 'YAML.COMPONENT',
      sourceJobId: null,
    });
  });

  it('resolves registered (@latest) and registry pipeline components without registering them', async () => {
    const { body } = await bodyOf('nested.yaml');
    expect(body.properties.jobs.registered).toMatchObject({
      componentId: `${WORKSPACE_ID}/components/train_pipeline/labels/latest`,
      _source: 'YAML.JOB',
    });
    expect(body.properties.jobs.from_registry).toMatchObject({
      componentId: 'azureml://registries/azureml/components/llm_finetune_pipeline/labels/latest',
      inputs: { data: { job_input_type: 'literal', value: '${{parent.jobs.again.outputs.trained_model}}' } },
    });
  });

  it('sends a job wrapping a pipeline component as azure-ai-ml does (recorded: pipeline_component_job)', async () => {
    const { body, resolver } = await bodyOf('wrapped.yaml');
    expect(body.properties).toMatchObject({
      componentId: expect.stringMatching(ANONYMOUS),
      displayName: 'Train sub-pipeline',
      description: 'A job wrapping a pipeline component',
      jobs: {},
      inputs: {
        data: { jobInputType: 'uri_folder', uri: 'https://example.blob.core.windows.net/data/' },
        learning_rate: { jobInputType: 'literal', value: '0.5' },
      },
      outputs: { trained_model: { jobOutputType: 'mlflow_model' } },
      settings: { _source: 'REMOTE.WORKSPACE.JOB' },
    });
    expect(resolver.specs).toHaveLength(1);
  });

  it('loads a pipeline component file with everything inside it', async () => {
    const outer = await loadAnyComponentFile(join(FEATURES, 'components/outer-pipeline.yaml'));
    expect(outer.type).toBe('pipeline');
    if (outer.type !== 'pipeline') return;
    expect(Object.keys(outer.jobs)).toEqual(['inner', 'check']);
    const inner = outer.jobs.inner;
    expect(inner.type === 'pipeline' && inner.component.kind === 'local' && inner.component.component.name).toBe(
      'train_pipeline',
    );
  });

  it('refuses, at file and line, a nested step with nowhere to run, a component containing itself, other types', async () => {
    expect(await problemsOf('broken/nested-no-compute.yaml')).toEqual([
      "inner-pipeline.yaml:16: step 'outer/inner/train' has no compute: set compute on it, or settings.default_compute on the pipeline",
      "outer-pipeline.yaml:19: step 'outer/check' has no compute: set compute on it, or settings.default_compute on the pipeline",
    ]);
    expect((await problemsOf('broken/uses-self.yaml')).join('\n')).toMatch(
      /self\.yaml:6: component file .*self\.yaml uses itself/,
    );
    const refused = await problemsOf('broken/refused.yaml');
    expect(refused).toEqual([
      "refused.yaml:6: not supported yet: data transfer steps (step 'copy')",
      "refused.yaml:9: step 'odd' has unknown type 'teleport'; use one of command, automl, pipeline, sweep, parallel, spark",
      "refused.yaml:12: step 'mismatch' is of type pipeline but its component is a command component; set the step's type: command",
    ]);
  });
});

describe('inline command steps', () => {
  it('carry their resources in the anonymous spec as well as on the node (recorded: serverless_job_tier)', async () => {
    const resolver = recordingResolver();
    const job = await loadPipelineJob(join(FEATURES, 'serverless.yaml'), {
      set: [{ path: 'jobs.report.resources.instance_type', value: 'Standard_D3_v2' }],
    });
    const body = await pipelineJobBody(job, resolver);
    expect(body.properties.jobs.report.resources).toEqual({ instance_type: 'Standard_D3_v2' });
    const report = resolver.components.find((c) => String(c.properties.componentSpec.command).startsWith('ls '));
    expect(report?.properties.componentSpec.resources).toEqual({ instance_type: 'Standard_D3_v2' });
  });
});

describe('component specs as azure-ai-ml writes them (fidelity GAPS §2, §3)', () => {
  it('writes number values as floats, optional: false when written, and only the schema keys of distribution and resources', async () => {
    const component = await loadAnyComponentFile(join(FEATURES, 'components/train/distributed.yaml'));
    if (component.type !== 'command') throw new Error('expected a command component');
    const spec = componentVersionBody(component, await resolveComponentDependencies(component, recordingResolver()))
      .properties.componentSpec;
    expect(spec.inputs).toEqual({
      rate: { type: 'number', default: '10.0', min: '2.0', max: '8.0', optional: false },
      ratio: { type: 'number', default: '0.5' },
    });
    expect(spec.distribution).toEqual({ type: 'pytorch', process_count_per_instance: 2 });
    expect(spec.resources).toEqual({ instance_count: 2 });
  });
});

describe('additional_includes', () => {
  it('adds the included folders and files at the root of the code snapshot, changing its hash', async () => {
    const component = await loadAnyComponentFile(join(FEATURES, 'components/train/with-includes.yaml'));
    if (component.type !== 'command' || !component.code || !('local' in component.code))
      throw new Error('expected a command component with local code');
    const { local, additionalIncludes } = component.code;
    const withIncludes = await codeSnapshot(local, additionalIncludes);
    expect(withIncludes.files.map((f) => f.relativePath)).toEqual(['NOTICE.txt', 'shared-lib/helper.py', 'train.py']);
    expect(withIncludes.contentHash).not.toBe((await codeSnapshot(local)).contentHash);
    const resolver = recordingResolver();
    const deps = await resolveComponentDependencies(component, resolver);
    expect(deps.codeId).toBe(`azureml:${WORKSPACE_ID}/codes/${withIncludes.contentHash.slice(0, 32)}/versions/1`);
    expect(componentVersionBody(component, deps).properties.componentSpec).not.toHaveProperty('additional_includes');
  });
});
