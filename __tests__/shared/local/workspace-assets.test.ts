import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { loadComponentFile } from '../../../shared/pipeline/component.js';
import { parseVersionSelector } from '../../../shared/models/resolve.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import {
  downloadLocalModel,
  ensureLocalCompute,
  LocalWorkspace,
  registerLocalComponent,
  registerLocalData,
  registerLocalModel,
  runLocalPipeline,
  tagLocalModel,
} from '../../../shared/local/index.js';
import { fixtureCopy } from './helpers.js';

let fixture: Awaited<ReturnType<typeof fixtureCopy>>;
let ws: LocalWorkspace;
const log = memoryLogger();
beforeEach(async () => {
  fixture = await fixtureCopy('toy');
  ws = await LocalWorkspace.open(fixture.workspace);
});
afterEach(() => fixture.cleanup());

describe('registering components locally', () => {
  const prep = () => loadComponentFile(join(fixture.dir, 'components/prep/prep.yaml'));

  test('stores the code snapshot by hash, skips unchanged content, refuses a reused version with new content', async () => {
    const first = await registerLocalComponent(ws, await prep(), { log });
    expect([first.component.status, first.component.version, first.code?.status]).toEqual(['created', '1', 'created']);
    expect(await readdir(first.code?.id as string)).toEqual(['prep.py']);
    const again = await registerLocalComponent(ws, await prep(), { log });
    expect([again.component.status, again.code?.status]).toEqual(['unchanged', 'unchanged']);

    await appendFile(join(fixture.dir, 'components/prep/src/prep.py'), '# changed\n');
    await expect(registerLocalComponent(ws, await prep(), { log })).rejects.toThrow(
      /toy_prep:1 is already registered with different content.*Bump 'version'/,
    );
    const auto = await registerLocalComponent(ws, await prep(), { log, strategy: 'auto' });
    expect([auto.component.status, auto.component.version]).toEqual(['created', '2']);
  });

  test('a pipeline can use a locally registered component by azureml:name:version', async () => {
    await registerLocalComponent(ws, await prep(), { log });
    const pipeline = join(fixture.dir, 'by-ref.yaml');
    await writeFile(
      pipeline,
      [
        'type: pipeline',
        'settings: {default_compute: azureml:local}',
        'inputs: {numbers: {type: uri_folder, path: ./data/numbers_a}}',
        'jobs:',
        '  prep:',
        '    component: azureml:toy_prep@latest',
        '    inputs: {data: "${{parent.inputs.numbers}}", scale: 10}',
        '    outputs: {output_data: "${{parent.outputs.scaled}}"}',
        'outputs: {scaled: {type: uri_folder}}',
      ].join('\n'),
    );
    const result = await runLocalPipeline(ws, await loadPipelineJob(pipeline), { log });
    expect(result.status).toBe('Completed');
    expect(await readFile(join(result.outputs.scaled, 'values.csv'), 'utf8')).toBe(
      'value\n10.0\n20.0\n30.0\n40.0\n50.0\n',
    );
  });
});

describe('data inputs', () => {
  const pipelineWith = async (dataPath: string, component = './components/prep/prep.yaml') => {
    const file = join(fixture.dir, 'data-ref.yaml');
    await writeFile(
      file,
      [
        'type: pipeline',
        'settings: {default_compute: azureml:local}',
        'jobs:',
        '  prep:',
        `    component: ${component}`,
        `    inputs: {data: {type: uri_folder, path: "${dataPath}"}}`,
      ].join('\n'),
    );
    return loadPipelineJob(file);
  };

  test('azureml:<name>:<version> resolves to data registered in the local workspace', async () => {
    await registerLocalData(ws, { name: 'numbers', version: '1', path: join(fixture.dir, 'data/numbers_b') }, { log });
    const result = await runLocalPipeline(ws, await pipelineWith('azureml:numbers:1'), { log });
    expect(result.status).toBe('Completed');
  });

  test('unregistered data, Azure URIs and unknown registry components are refused before anything runs, with the line', async () => {
    await expect(runLocalPipeline(ws, await pipelineWith('azureml:pandas:1'), { log })).rejects.toThrow(
      /data-ref\.yaml:6:\d+: azureml:pandas:1 is not in the local workspace .*\(no versions of 'pandas' are registered there\); give the input a local path/,
    );
    await expect(
      runLocalPipeline(ws, await pipelineWith('azureml://datastores/blobs/paths/x'), { log }),
    ).rejects.toThrow(/is in Azure storage; the local backend reads local paths/);
    const other = 'azureml://registries/azureml/components/train_model/versions/1';
    await expect(runLocalPipeline(ws, await pipelineWith('./data/numbers_a', other), { log })).rejects.toThrow(
      /data-ref\.yaml:5:\d+: step 'prep': component train_model from registry 'azureml' cannot run locally/,
    );
    expect(await readdir(join(fixture.workspace))).not.toContain('jobs');
  });
});

describe('models in the local workspace', () => {
  test('download-model resolves a version, latest and tag:KEY[=VALUE], and copies the files', async () => {
    const modelDir = join(fixture.dir, 'm');
    await mkdir(modelDir);
    for (const n of [1, 2, 3]) {
      await writeFile(join(modelDir, 'weights.txt'), `v${n}`);
      await registerLocalModel(ws, { name: 'toy-model', path: modelDir, type: 'custom_model' });
    }
    await tagLocalModel(ws, 'toy-model', '2', { stage: 'production' });
    const fetch = async (selector: string) => {
      const destination = await mkdtemp(join(tmpdir(), 'dl-'));
      const result = await downloadLocalModel(ws, {
        name: 'toy-model',
        selector: parseVersionSelector(selector),
        destination,
        log,
      });
      const text = await readFile(join(destination, 'weights.txt'), 'utf8');
      await rm(destination, { recursive: true });
      return [result.model.version, text];
    };
    expect(await fetch('latest')).toEqual(['3', 'v3']);
    expect(await fetch('1')).toEqual(['1', 'v1']);
    expect(await fetch('tag:stage=production')).toEqual(['2', 'v2']);
    expect(await fetch('tag:stage')).toEqual(['2', 'v2']);
    await expect(fetch('tag:stage=staging')).rejects.toThrow(
      /no version matching the newest version tagged stage=staging .*versions: 1, 2 \(stage=production\), 3/,
    );
    await expect(
      downloadLocalModel(ws, { name: 'nope', selector: { kind: 'latest' }, destination: fixture.dir, log }),
    ).rejects.toThrow(/Model 'nope' is not in the local workspace .*models there: toy-model/);
  });
});

describe('ensureLocalCompute', () => {
  test('reports the runner as the compute with the interpreters the commands need', async () => {
    const component = await loadComponentFile(join(fixture.dir, 'components/prep/prep.yaml'));
    const result = await ensureLocalCompute({ components: [component], log });
    expect(result).toMatchObject({ computeType: 'Local', state: 'Running', created: false });
    expect(result.programs.python).toMatch(/python$/);
  });

  test('names the missing interpreter and the component that needs it', async () => {
    const component = await loadComponentFile(join(fixture.dir, 'components/prep/prep.yaml'));
    await expect(ensureLocalCompute({ components: [component], path: fixture.dir, log })).rejects.toThrow(
      /'python' \(used by toy_prep\) not found on PATH/,
    );
  });
});
