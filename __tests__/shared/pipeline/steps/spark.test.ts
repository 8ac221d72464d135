import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveParts, type DependencyResolver } from '../../../../shared/pipeline/component-rest.js';
import {
  checkSparkEntry,
  readSparkSettings,
  sparkComponentSpecFields,
  sparkNodeFields,
} from '../../../../shared/pipeline/steps/spark.js';
import { Problems } from '../../../../shared/yaml/fields.js';
import { child, parseYaml, type YMap } from '../../../../shared/yaml/located.js';
import { examplesCli } from './examples.js';

const WS = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws';
const CODE_ID = `${WS}/codes/c0de/versions/1`;
const COMPONENT_ID = `${WS}/components/azureml_anonymous/versions/5a7c`;
const resolver: DependencyResolver = {
  workspaceId: WS,
  codeId: async () => CODE_ID,
  environmentId: async () => `${WS}/environments/CliV2AnonymousEnvironment/versions/1`,
  resolveLabel: async () => '1',
};

/**
 * azure-sdk-for-python tests/test_configs/dsl_pipeline/spark_job_in_pipeline/{add_greeting_column,count_by_row}_
 * component.yml; the expected node dicts are those of test_dsl_pipeline_with_specific_nodes.py::
 * test_dsl_pipeline_with_spark (nodes on the attached Spark compute `spark31`).
 */
const ADD_GREETING = `$schema: https://azuremlschemas.azureedge.net/latest/sparkComponent.schema.json
name: add_greeting_column_spark_component
type: spark
version: 1
display_name: Aml Spark add greeting column test module
description: Aml Spark add greeting column test module

inputs:
  file_input:
    type: uri_file
    mode: direct

code: ./src

entry:
  file: add_greeting_column.py # file path of the entry file relative to the code root folder

py_files:
  - utils.zip

files:
  - my_files.txt

args: >-
  --file_input \${{inputs.file_input}}

conf:
  spark.driver.cores: 2
  spark.driver.memory: "1g"
  spark.executor.cores: 1
  spark.executor.memory: "1g"
  spark.executor.instances: 1`;

const COUNT_BY_ROW = ADD_GREETING.replace('add_greeting_column_spark_component', 'count_by_row_spark_component')
  .replace('file: add_greeting_column.py', 'file: count_by_row.py')
  .replace('py_files:\n  - utils.zip', 'jars:\n  - scalaproj.jar')
  .replace(
    '--file_input ${{inputs.file_input}}',
    '--file_input ${{inputs.file_input}}\n  --output ${{outputs.output}}',
  );

const CONF = {
  'spark.driver.cores': 2,
  'spark.driver.memory': '1g',
  'spark.executor.cores': 1,
  'spark.executor.instances': 1,
  'spark.executor.memory': '1g',
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spark-'));
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src', 'add_greeting_column.py'), 'print("hi")\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function read(text: string, ofStep: boolean, path: string[] = []) {
  const file = join(dir, ofStep ? 'pipeline.yml' : 'component.yml');
  let node = parseYaml(text, file).root;
  for (const key of path) node = child(node, key)!;
  const problems = new Problems();
  const settings = await readSparkSettings(node as YMap, file, problems, { ofStep });
  return { settings, problems: problems.list.map((p) => `${p.location?.line}: ${p.message}`) };
}

const noStepSettings = { loc: { file: 'pipeline.yml' }, lists: {} };

describe('spark components and steps', () => {
  it('gives a step on attached Spark its component fields and a managed identity (test_dsl_pipeline_with_spark)', async () => {
    const { settings, problems } = await read(ADD_GREETING, false);
    expect(problems).toEqual([]);
    // Both components of the recording: the same conf and files, a managed identity on attached Spark.
    const attached = {
      type: 'spark',
      componentId: COMPONENT_ID,
      conf: CONF,
      files: ['my_files.txt'],
      identity: { identity_type: 'Managed' },
    };
    expect(sparkNodeFields(noStepSettings, settings, COMPONENT_ID, true)).toEqual({
      ...attached,
      args: '--file_input ${{inputs.file_input}}',
      entry: { file: 'add_greeting_column.py', spark_job_entry_type: 'SparkJobPythonEntry' },
      py_files: ['utils.zip'],
    });
    const countByRow = (await read(COUNT_BY_ROW, false)).settings;
    expect(sparkNodeFields(noStepSettings, countByRow, COMPONENT_ID, true)).toEqual({
      ...attached,
      args: '--file_input ${{inputs.file_input}} --output ${{outputs.output}}',
      entry: { file: 'count_by_row.py', spark_job_entry_type: 'SparkJobPythonEntry' },
      jars: ['scalaproj.jar'],
    });
  });

  it('converts a spark component spec with its code id and entry file', async () => {
    const { settings } = await read(ADD_GREETING, false);
    expect(sparkComponentSpecFields(settings, await resolveParts(settings, resolver))).toEqual({
      type: 'spark',
      code: `azureml:${CODE_ID}`,
      entry: { file: 'add_greeting_column.py' },
      py_files: ['utils.zip'],
      files: ['my_files.txt'],
      conf: CONF,
      args: '--file_input ${{inputs.file_input}}',
    });
  });

  it('runs a serverless Spark step of azureml-examples as the user, with its resources', async () => {
    const file = `${examplesCli}/jobs/pipelines-with-components/shakespear_sample_and_word_count_using_spark/pipeline.yml`;
    const { settings, problems } = await read(await readFile(file, 'utf8'), true, ['jobs', 'count_word']);
    expect(problems).toEqual([]);
    const fields = sparkNodeFields(settings, undefined, COMPONENT_ID, false);
    expect(fields.identity).toEqual({ identity_type: 'UserIdentity' });
    expect(fields.resources).toEqual({ instance_type: 'Standard_E8S_V3', runtime_version: '3.4.0' });
  });

  it('writes the promoted settings into conf under their Spark names, over conf', async () => {
    const { settings, problems } = await read(
      `
entry: {class_name: com.example.WordCount}
conf:
  spark.driver.cores: 1
  spark.sql.shuffle.partitions: 8
driver_cores: 2
driver_memory: 2g
executor_cores: 2
executor_memory: 4g
dynamic_allocation_enabled: true
dynamic_allocation_min_executors: 1
dynamic_allocation_max_executors: 4
executor_instances: 2
`,
      false,
    );
    expect(problems).toEqual([]);
    expect(sparkNodeFields(noStepSettings, settings, COMPONENT_ID, false)).toEqual({
      type: 'spark',
      componentId: COMPONENT_ID,
      entry: { class_name: 'com.example.WordCount', spark_job_entry_type: 'SparkJobScalaEntry' },
      conf: {
        'spark.driver.cores': 2,
        'spark.sql.shuffle.partitions': 8,
        'spark.driver.memory': '2g',
        'spark.executor.cores': 2,
        'spark.executor.memory': '4g',
        'spark.executor.instances': 2,
        'spark.dynamicAllocation.enabled': true,
        'spark.dynamicAllocation.minExecutors': 1,
        'spark.dynamicAllocation.maxExecutors': 4,
      },
    });
  });

  it('refuses bad spark settings at their lines', async () => {
    const { settings, problems } = await read(
      `jobs:
  wc:
    type: spark
    compute: spark31
    entry: {file: a.py, class_name: A}
    py_files: [a.zip, a.zip]
    executor_memory: 4 GB
    dynamic_allocation_min_executors: 2
    resources: {instance_type: standard_e4s_v3}
    identity: {type: service_principal}
`,
      true,
      ['jobs', 'wc'],
    );
    checkSparkEntry(settings, new Problems(), 'a spark step');
    expect(problems).toEqual([
      '5: the spark entry takes either file (Python) or class_name (Scala/Java)',
      "6: 'py_files' lists 'a.zip' twice",
      "7: spark.executor.memory must be a size such as 2g or 512m, got '4 GB'",
      '8: dynamic_allocation_min/max_executors need dynamic_allocation_enabled: true',
      "9: serverless Spark resources needs 'runtime_version'",
      '9: a spark step runs on its compute or on serverless resources, not both',
      "10: identity needs a type: managed, managed_identity, user_identity, aml_token (got 'service_principal')",
    ]);
  });
});
