import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveParts, type DependencyResolver } from '../../../../shared/pipeline/component-rest.js';
import {
  effectiveStepSettings,
  parallelComponentSpecFields,
  parallelNodeFields,
  parseMiniBatchSize,
  readParallelSettings,
  checkParallelPorts,
} from '../../../../shared/pipeline/steps/parallel.js';
import { Problems } from '../../../../shared/yaml/fields.js';
import { child, parseYaml, type YMap } from '../../../../shared/yaml/located.js';
import { examplesCli } from './examples.js';

const WS = '/subscriptions/0/resourceGroups/00000/providers/Microsoft.MachineLearningServices/workspaces/00000';
const CODE_ID = `${WS}/codes/8ab3a743-5ce5-441b-83ad-0479a3d7b9a4/versions/1`;
const COMPONENT_ID = `${WS}/components/azureml_anonymous/versions/821d0166-dc6e-49f7-81c6-2eaada5dbb4a`;
const resolver: DependencyResolver = {
  workspaceId: WS,
  codeId: async () => CODE_ID,
  environmentId: async (env) => `${WS}/environments/CliV2AnonymousEnvironment/versions/${env.name ?? 'anon'}`,
  resolveLabel: async () => '1',
};

/**
 * azure-sdk-for-python tests/test_configs/dsl_pipeline/parallel_component_with_file_input/score.yml, the
 * component of the recording dsl/e2etests test_dsl_pipeline.pyTestDSLPipelinetest_multi_parallel_components_with_
 * file_input_pipeline_output (azure-ai-ml 1.32.0).
 */
const SCORE_YML = `$schema: http://azureml/sdk-2-0/ParallelComponent.json
name: file_batch_score
type: parallel
version: 1.0.0
display_name: BatchScore
description: parallel component for batch score

inputs:
  job_data_path:
    type: mltable
    description: The data to be split and scored in parallel.
    optional: false

outputs:
  job_output_path:
    type: uri_folder

resources:
  instance_count: 2

mini_batch_size: "1"
input_data: \${{inputs.job_data_path}}
mini_batch_error_threshold: 1
max_concurrency_per_instance: 1


task:
  type: run_function
  code: ./src
  entry_script: score.py
  program_arguments: >-
    --job_output_path \${{outputs.job_output_path}}
  environment: azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:33
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallel-'));
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src', 'score.py'), 'def init():\n    pass\n');
  await writeFile(join(dir, 'score.yml'), SCORE_YML);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function readMap(map: YMap, file: string, ofStep: boolean) {
  const problems = new Problems();
  const settings = await readParallelSettings(map, file, problems, { ofStep });
  return { settings, problems: problems.list.map((p) => `${p.location?.line}: ${p.message}`) };
}

/** score.yml's task as the recordings send it, in the component spec and in the node alike. */
const RECORDED_TASK = {
  type: 'run_function',
  code: `azureml:${CODE_ID}`,
  entry_script: 'score.py',
  program_arguments: '--job_output_path ${{outputs.job_output_path}}',
  environment: 'azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:33',
};

describe('parallel components and steps', () => {
  it('converts a parallel component as the recorded ComponentVersion spec', async () => {
    const file = join(dir, 'score.yml');
    const { settings, problems } = await readMap(parseYaml(SCORE_YML, file).root as YMap, file, false);
    expect(problems).toEqual([]);
    const resolved = await resolveParts(settings.task!, resolver);
    expect(parallelComponentSpecFields(settings, resolved)).toEqual({
      type: 'parallel',
      resources: { instance_count: 2 },
      task: RECORDED_TASK,
      mini_batch_size: '1',
      input_data: '${{inputs.job_data_path}}',
      max_concurrency_per_instance: 1,
      mini_batch_error_threshold: 1,
    });
  });

  it('gives a step the settings of its component as the recorded job node', async () => {
    const file = join(dir, 'score.yml');
    const component = (await readMap(parseYaml(SCORE_YML, file).root as YMap, file, false)).settings;
    const pipeline = parseYaml(
      'jobs:\n  batch_inference_node1:\n    type: parallel\n    component: ./score.yml\n',
      join(dir, 'p.yml'),
    );
    const step = (
      await readMap(child(child(pipeline.root, 'jobs'), 'batch_inference_node1') as YMap, join(dir, 'p.yml'), true)
    ).settings;
    const effective = effectiveStepSettings(step, component);
    const fields = parallelNodeFields(effective, await resolveParts(effective.task!, resolver), COMPONENT_ID);
    expect(fields).toEqual({
      type: 'parallel',
      resources: { instance_count: 2 },
      mini_batch_error_threshold: 1,
      max_concurrency_per_instance: 1,
      task: RECORDED_TASK,
      input_data: '${{inputs.job_data_path}}',
      componentId: COMPONENT_ID,
      mini_batch_size: 1,
    });
  });

  it.each([
    ['5', 5],
    ['10kb', 10240],
    ['10MB', 10485760],
    ['1gb', 1073741824],
    ['10tb', undefined],
    ['ten', undefined],
  ])('reads mini_batch_size %s as azure-ai-ml does', (text, bytes) => {
    expect(parseMiniBatchSize(text)).toBe(bytes);
  });

  it('reads the inline parallel step of azureml-examples with its own settings and task', async () => {
    const example = `${examplesCli}/jobs/pipelines/iris-batch-prediction-using-parallel`;
    const copy = join(dir, 'iris');
    await cp(example, copy, { recursive: true });
    await mkdir(join(copy, 'script'), { recursive: true });
    const file = join(copy, 'pipeline.yml');
    const yaml = parseYaml(await readFile(file, 'utf8'), file);
    const { settings, problems } = await readMap(
      child(child(yaml.root, 'jobs'), 'batch_prediction') as YMap,
      file,
      true,
    );
    expect(problems).toEqual([]);
    const resolved = await resolveParts(settings.task!, resolver);
    const fields = parallelNodeFields(settings, resolved, COMPONENT_ID);
    expect(fields).toMatchObject({
      mini_batch_size: 10240,
      resources: { instance_count: 2 },
      max_concurrency_per_instance: 2,
      logging_level: 'DEBUG',
      mini_batch_error_threshold: 5,
      retry_settings: { max_retries: 2, timeout: 60 },
      input_data: '${{inputs.input_data}}',
      task: {
        type: 'run_function',
        code: `azureml:${CODE_ID}`,
        entry_script: 'iris_prediction.py',
        append_row_to: '${{outputs.job_output_file}}',
        environment: `azureml:${WS}/environments/CliV2AnonymousEnvironment/versions/prs-env`,
      },
    });
    // The component made of the inline step sends the size as a string of bytes.
    expect(parallelComponentSpecFields(settings, resolved).mini_batch_size).toBe('10240');
  });

  it('refuses bad parallel settings at their lines', async () => {
    const file = join(dir, 'bad.yml');
    const yaml = parseYaml(
      `jobs:
  score:
    type: parallel
    mini_batch_size: 10tb
    input_data: inputs.data
    logging_level: VERBOSE
    max_concurrency_per_instance: 0
    partition_keys: [a, b]
    identity: {type: managed}
    task:
      type: run_script
      code: ./missing
      append_row_to: outputs.result
`,
      file,
    );
    const { problems } = await readMap(child(child(yaml.root, 'jobs'), 'score') as YMap, file, true);
    expect(problems).toEqual([
      "11: 'type' of the parallel task must be one of run_function, function, model, got string 'run_script'",
      '11: the parallel task needs an entry_script',
      "13: append_row_to must be ${{outputs.<name>}}, got 'outputs.result'",
      `12: code './missing' does not exist (looked for ${join(dir, 'missing')})`,
      '11: the parallel task needs an environment',
      "4: mini_batch_size must be a count or a size such as 10kb, 5mb, 1gb, got '10tb'",
      "5: input_data must be ${{inputs.<name>}}, got 'inputs.data'",
      "7: 'max_concurrency_per_instance' must be at least 1, got 0",
      "6: 'logging_level' of a parallel step must be one of DEBUG, INFO, WARNING, got string 'VERBOSE'",
    ]);
  });

  it('names the inputs and outputs the task uses that the step does not declare', async () => {
    const file = join(dir, 'score.yml');
    const { settings } = await readMap(parseYaml(SCORE_YML, file).root as YMap, file, false);
    const problems = new Problems();
    checkParallelPorts(settings, ['data'], [], problems);
    expect(problems.list.map((p) => p.message)).toEqual([
      '${{inputs.job_data_path}} names no input of the parallel step (declared: data)',
      '${{outputs.job_output_path}} names no output of the parallel step (declared: none)',
    ]);
  });
});
