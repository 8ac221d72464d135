import path from 'node:path';
import { ValidationError } from '../../../shared/core/errors.js';
import { anonymousComponentRegistrar } from '../../../shared/assets/anonymous.js';
import { loadAssetFiles } from '../../../shared/assets/load.js';
import { registerAssets } from '../../../shared/assets/register.js';
import { loadComponentFile } from '../../../shared/pipeline/component.js';
import { useAssetsFixture, type AssetsFixture } from './assets-fixture.js';
import { writeTree } from '../../support/files.js';

let fx: AssetsFixture;
useAssetsFixture((started) => (fx = started));

const tree = (files: Record<string, string>): string => writeTree('assets-', files);

function component(name: string, environment: string, extra: string[] = []): string {
  return [
    `name: ${name}`,
    'version: 1',
    'type: command',
    `environment: ${environment}`,
    'code: ./src',
    'command: python main.py',
    ...extra,
    '',
  ].join('\n');
}

async function register(root: string, files: { environments?: string[]; components?: string[] }) {
  const loaded = await loadAssetFiles({
    environments: (files.environments ?? []).map((f) => path.join(root, f)),
    components: (files.components ?? []).map((f) => path.join(root, f)),
  });
  return registerAssets(fx.session, loaded, { strategy: 'yaml', dryRun: false, tags: { 'github.sha': 'abc' } });
}

const problemsOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems.map(
    (p) => `${path.basename(p.location?.file ?? '?')}:${p.location?.line}: ${p.message}`,
  );
};

describe('environments a component uses', () => {
  test('an inline environment is registered once, anonymously, for every component that has it', async () => {
    const inline = ['environment:', '  image: python:3.11-slim', '  conda_file:', '    dependencies: [numpy]'];
    const text = (name: string) => component(name, 'x').replace('environment: x\n', `${inline.join('\n')}\n`);
    const root = tree({ 'a.yaml': text('comp_a'), 'b.yaml': text('comp_b'), 'src/main.py': 'print(1)\n' });
    const first = await register(root, { components: ['a.yaml', 'b.yaml'] });
    const envs = first.assets.filter((a) => a.kind === 'environment');
    expect(envs).toEqual([expect.objectContaining({ name: 'CliV2AnonymousEnvironment', status: 'created' })]);
    expect(first.environments).toEqual({});
    const stored = fx.ws.emu.seed.storedVersion('environments', 'CliV2AnonymousEnvironment', envs[0].version);
    expect(stored?.properties).toMatchObject({ isAnonymous: true, image: 'python:3.11-slim' });
    expect(stored?.properties.condaFile).toContain('numpy');

    fx.reset();
    await register(root, { components: ['a.yaml', 'b.yaml'] });
    expect(fx.armWrites()).toEqual([]);
  });

  test("an environment's local build context is uploaded like code and registered as its contextUri", async () => {
    const root = tree({
      'env.yaml': 'name: docker-env\nversion: 3\nbuild:\n  path: ./context\n',
      'context/Dockerfile': 'FROM python:3.11-slim\n',
      'context/requirements.txt': 'numpy\n',
    });
    const result = await register(root, { environments: ['env.yaml'] });
    expect(result.environments).toEqual({ 'docker-env': '3' });
    const stored = fx.ws.emu.seed.storedVersion('environments', 'docker-env', '3');
    const build = stored?.properties.build as { contextUri: string; dockerfilePath: string };
    expect(build.dockerfilePath).toBe('Dockerfile');
    const prefix = build.contextUri.split(`/${fx.ws.container}/`)[1];
    expect(prefix).toMatch(/^LocalUpload\/[0-9a-f]{64}\/context$/);
    const container = fx.ws.azurite.serviceClient().getContainerClient(fx.ws.container);
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat({ prefix })) names.push(blob.name.slice(prefix.length));
    expect(names.sort()).toEqual(['/Dockerfile', '/requirements.txt']);
  });

  test('azureml:name@latest resolves to the version this run registers', async () => {
    const root = tree({
      'env.yaml': 'name: base-env\nversion: 7\nimage: python:3.11-slim\n',
      'c.yaml': component('uses_latest', 'azureml:base-env@latest'),
      'src/main.py': 'print(1)\n',
    });
    await fx.ws.emu.seed.assetVersion('environments', 'base-env', '6', { image: 'python:3.10-slim' });
    await register(root, { environments: ['env.yaml'], components: ['c.yaml'] });
    const spec = fx.ws.emu.seed.storedVersion('components', 'uses_latest', '1')?.properties.componentSpec as Record<
      string,
      string
    >;
    expect(spec.environment).toBe(`azureml:${fx.session.workspaceId}/environments/base-env/versions/7`);
  });

  test('an azureml:name:version environment that exists nowhere is a problem at its line; nothing is written', async () => {
    const root = tree({ 'c.yaml': component('lost', 'azureml:nowhere:1'), 'src/main.py': 'print(1)\n' });
    expect(await problemsOf(register(root, { components: ['c.yaml'] }))).toEqual([
      expect.stringMatching(/^c\.yaml:4: environment 'azureml:nowhere:1' does not exist in workspace 'mlw-test'/),
    ]);
    expect(fx.armWrites()).toEqual([]);
  });

  test('a version registered by another tool (no content hash) is used as is, with a warning at its version line', async () => {
    const root = tree({ 'env.yaml': 'name: legacy\nversion: 2\nimage: python:3.11-slim\n' });
    await fx.ws.emu.seed.assetVersion('environments', 'legacy', '2', { image: 'python:3.11-slim' });
    fx.reset();
    const result = await register(root, { environments: ['env.yaml'] });
    expect(result.assets).toEqual([expect.objectContaining({ name: 'legacy', version: '2', status: 'unchanged' })]);
    expect(fx.armWrites()).toEqual([]);
    const warning = fx.log.lines.find((l) => l.level === 'warning');
    expect(warning?.message).toMatch(/registered without a content hash.*Bump the version if the file changed/);
    expect(warning?.location).toMatchObject({ file: path.join(root, 'env.yaml'), line: 2 });
  });
});

describe('validation before anything is registered', () => {
  test('every problem of every file is reported at once, with its file and line', async () => {
    const root = tree({
      'syntax.yaml': 'name: s\nversion: 1\n  bad: indent\n',
      'no-command.yaml': 'name: nc\ntype: command\nenvironment: azureml:e:1\n',
      'no-name.yaml': 'type: command\nenvironment: azureml:e:1\ncommand: echo\n',
      'dup-1.yaml': 'name: twin\ntype: command\nenvironment: azureml:e:1\ncommand: echo\n',
      'dup-2.yaml': 'name: twin\ntype: command\nenvironment: azureml:e:1\ncommand: echo\n',
      'ports.yaml':
        'name: ports\ntype: command\nenvironment: azureml:e:1\ninputs:\n  x:\n    type: float\ncommand: echo ${{inputs.y}}\n',
      'par.yaml': 'name: par\ntype: data_transfer\n',
    });
    const problems = await problemsOf(
      loadAssetFiles({
        environments: [],
        components: ['syntax', 'no-command', 'no-name', 'dup-1', 'dup-2', 'ports', 'par'].map((f) =>
          path.join(root, `${f}.yaml`),
        ),
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^syntax\.yaml:2: YAML syntax error/),
        expect.stringMatching(/^no-command\.yaml:\d+: .*command/),
        expect.stringMatching(/^no-name\.yaml:1: a component registered from its own file needs a 'name'/),
        expect.stringMatching(/^dup-2\.yaml:1: component 'twin' is also defined in .*dup-1\.yaml/),
        expect.stringMatching(/^ports\.yaml:6: .*float/),
        expect.stringMatching(/^ports\.yaml:7: command uses \$\{\{inputs\.y\}\} but there is no such input/),
        expect.stringMatching(/^par\.yaml:2: not supported yet: data transfer components/),
      ]),
    );
    expect(fx.ws.emu.requests.records).toEqual([]);
  });

  test('the seed fixtures and a broken component of the shared fixtures', async () => {
    const broken = path.join(process.cwd(), '__tests__', 'fixtures', 'pipeline', 'broken', 'components');
    const problems = await problemsOf(
      loadAssetFiles({
        environments: [],
        components: [path.join(broken, 'bad-command.yaml'), path.join(broken, 'missing-command.yaml')],
      }),
    );
    expect(problems.some((p) => p.startsWith('bad-command.yaml:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('missing-command.yaml:') && p.includes('does-not-exist'))).toBe(true);
  });
});

describe('anonymous components of a pipeline', () => {
  test('are registered with their code under a content-derived version, once; a rerun only reads', async () => {
    const root = tree({
      'c.yaml': component('step', 'azureml:AzureML-sklearn-1.5@latest'),
      'src/main.py': 'print(1)\n',
    });
    const step = await loadComponentFile(path.join(root, 'c.yaml'));
    const id = await anonymousComponentRegistrar(fx.session, { tags: { 'github.sha': 'abc' } })(step);
    expect(id).toMatch(/\/components\/azureml_anonymous\/versions\/[0-9a-f-]{36}$/);
    expect(fx.armWrites().map((w) => w.path.split('/workspaces/mlw-test/')[1].split('/')[0])).toEqual([
      'codes',
      'components',
    ]);
    const stored = fx.ws.emu.seed.storedVersion('components', 'azureml_anonymous', id.split('/').at(-1) ?? '');
    expect(stored?.properties.isAnonymous).toBe(true);

    fx.reset();
    const again = await anonymousComponentRegistrar(fx.session, { tags: {} })(step);
    expect(again).toBe(id);
    expect(fx.armWrites()).toEqual([]);
  });
});
