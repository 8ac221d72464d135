import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, runAction, type RunResult } from '../../support/action-runner.js';
import { actionInputDefaults } from '../../workflows-examples/support/workflow-yaml.js';
import { READER, startRegistry, type TestRegistry } from '../../support/registry/registry.js';
import { eventEnv, type EventName } from '../../support/github-events/events.js';

const entry = bundle('tag-image');

/** The runner passes every input with a default as INPUT_*; runAction does not read action.yml, so do it here. */
const defaults = actionInputDefaults('tag-image');

function run(event: EventName, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
  const home = mkdtempSync(path.join(tmpdir(), 'home-'));
  return runAction(entry, {
    inputs: { ...defaults, 'registry-lookup': 'false', ...inputs },
    env: { ...eventEnv(event), HOME: home, ...env },
    timeoutMs: 30_000,
  });
}

describe('tag-image bundle: tags and labels from the event alone', () => {
  it('computes tags, labels, json, version and a summary for a tag push, offline', async () => {
    const result = await run('push-tag', {
      images: 'ghcr.io/Contoso/Animals-API',
      tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=sha\ntype=model',
      'model-name': 'animals-classifier',
      'model-version': '7',
      'model-training-job': 'calm_lamp_x1',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.tags.split('\n')).toEqual([
      'ghcr.io/contoso/animals-api:1.2.3',
      'ghcr.io/contoso/animals-api:1.2',
      'ghcr.io/contoso/animals-api:animals-classifier-7',
      'ghcr.io/contoso/animals-api:sha-860c190',
      'ghcr.io/contoso/animals-api:latest',
    ]);
    expect(result.outputs.version).toBe('1.2.3');
    expect(result.outputs.revision).toBe('860c1904a1ce19322e91ac35af1ab07466440c37');
    expect(result.outputs.labels.split('\n')).toEqual(
      expect.arrayContaining([
        'org.opencontainers.image.source=https://github.com/contoso/animals-api',
        'org.opencontainers.image.revision=860c1904a1ce19322e91ac35af1ab07466440c37',
        'org.opencontainers.image.version=1.2.3',
        'io.github.azureml-mlops.model-name=animals-classifier',
        'io.github.azureml-mlops.model-version=7',
        'io.github.azureml-mlops.training-job=calm_lamp_x1',
      ]),
    );
    const json = JSON.parse(result.outputs.json) as { tags: string[]; labels: Record<string, string> };
    expect(json.tags).toEqual(result.outputs.tags.split('\n'));
    expect(json.labels['io.github.azureml-mlops.model-name']).toBe('animals-classifier');
    expect(result.log).toContain("Image name 'ghcr.io/Contoso/Animals-API' -> 'ghcr.io/contoso/animals-api'");
    expect(result.summary).toMatch(/\| `ghcr.io\/contoso\/animals-api` \|  \| `1.2.3` \| not pushed \|/);
    expect(result.summary).toContain('| `io.github.azureml-mlops.model-version` | 7 |');
  });

  it('tags a pull request with its head commit and exposes the head branch', async () => {
    const result = await run('pull-request', { images: 'ghcr.io/contoso/animals-api' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.tags.split('\n')).toEqual([
      'ghcr.io/contoso/animals-api:pr-15',
      'ghcr.io/contoso/animals-api:sha-2f0ac1e',
    ]);
    expect(result.outputs.branch).toBe('feature/Add-Model');
    expect(result.outputs.labels).toContain(
      'org.opencontainers.image.revision=2f0ac1e4b6e3c2d1a0b9f8e7d6c5b4a392817060',
    );
  });

  it('fails loudly, naming each skipped rule, when no tag at all would be produced', async () => {
    const result = await run('workflow-dispatch', {
      images: 'ghcr.io/contoso/animals-api',
      tags: 'type=semver,pattern={{version}}',
    });
    expect(result.exitCode).toBe(1);
    expect(result.log).toMatch(
      /No tag was produced[\s\S]*no git tag on this event and no version input[\s\S]*set the 'version' input/,
    );
  });

  it('reports every bad rule line at once', async () => {
    const result = await run('push-main', {
      images: 'ghcr.io/contoso/animals-api',
      tags: 'type=sha\ntype=bogus\ntype=ref',
    });
    expect(result.exitCode).toBe(1);
    expect(result.log).toMatch(/line 2: unknown type 'bogus'[\s\S]*line 3: type=ref needs event=/);
  });
});

describe('tag-image bundle: labels from the model lineage file', () => {
  const lineageFile = (job: Record<string, unknown>) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lineage-')), 'model.json');
    writeFileSync(
      file,
      JSON.stringify({
        schema: 'azureml-mlops-actions/model-lineage/v1',
        name: 'animals-classifier',
        version: '7',
        id: 'x',
        modelUri: 'azureml://jobs/calm_lamp_x1/outputs/model/paths/',
        tags: {},
        job: { name: 'calm_lamp_x1', tags: {}, ...job },
        downloadedAt: '2024-05-17T00:00:00Z',
        files: 1,
        bytes: 1,
      }),
    );
    return file;
  };

  /** tag-image run on a tag push with this `model-lineage` input. */
  const runWithLineage = (lineage: string) =>
    run('push-tag', { images: 'ghcr.io/contoso/animals-api', 'model-lineage': lineage });

  /** The labels a run that must pass wrote. */
  const labelsOf = (result: RunResult): string[] => {
    expect(result.exitCode).toBe(0);
    return result.outputs.labels.split('\n');
  };

  it("labels the image with the model, its training job and the job's commit, run and data inputs", async () => {
    const file = lineageFile({
      commit: 'c0ffee1234567890c0ffee1234567890c0ffee12',
      githubRunUrl: 'https://github.com/contoso/animals-api/actions/runs/3',
      dataInputs: [
        { name: 'train', asset: 'animals-data:2' },
        { name: 'raw', uri: 'azureml://datastores/workspaceblobstore/paths/raw/' },
      ],
    });
    expect(labelsOf(await runWithLineage(file))).toEqual(
      expect.arrayContaining([
        'org.opencontainers.image.revision=860c1904a1ce19322e91ac35af1ab07466440c37',
        'io.github.azureml-mlops.model-name=animals-classifier',
        'io.github.azureml-mlops.model-version=7',
        'io.github.azureml-mlops.training-job=calm_lamp_x1',
        'io.github.azureml-mlops.training-commit=c0ffee1234567890c0ffee1234567890c0ffee12',
        'io.github.azureml-mlops.training-run=https://github.com/contoso/animals-api/actions/runs/3',
        'io.github.azureml-mlops.data-inputs=train=azureml:animals-data:2,raw=azureml://datastores/workspaceblobstore/paths/raw/',
      ]),
    );
  });

  it("takes the model folder a later job downloaded (the model's own model.json kept, ours beside it)", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'model-folder-'));
    // A model shipping its own model.json: download-model wrote ours as azureml-model-lineage.json instead.
    renameSync(lineageFile({}), path.join(folder, 'azureml-model-lineage.json'));
    writeFileSync(path.join(folder, 'model.json'), '{"layers": 3}');
    expect(labelsOf(await runWithLineage(folder))).toEqual(
      expect.arrayContaining([
        'io.github.azureml-mlops.model-name=animals-classifier',
        'io.github.azureml-mlops.training-job=calm_lamp_x1',
      ]),
    );
  });

  it('refuses a lineage value that would split the labels output, naming the input', async () => {
    const file = lineageFile({ commit: 'abc\n::notice::INJECTED' });
    const result = await runWithLineage(file);
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining("'model-lineage'") }),
    );
    expect(result.outputs.labels).toBeUndefined();
  });

  it('names the input when the file is not a lineage file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lineage-')), 'other.json');
    writeFileSync(file, '{"name": "x"}');
    const result = await runWithLineage(file);
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/Input 'model-lineage': .* is not a lineage file/),
      }),
    );
  });
});

describe('tag-image bundle: re-tag in a real docker-registry', () => {
  let basic: TestRegistry;
  let token: TestRegistry;
  beforeAll(async () => {
    [basic, token] = await Promise.all([startRegistry('htpasswd'), startRegistry('token')]);
  });
  afterAll(async () => {
    await Promise.all([basic?.stop(), token?.stop()]);
  });

  /** tag-image pushing its tags (push: true), signed in with `user`'s username and password inputs. */
  const pushAs = (
    user: Pick<TestRegistry, 'username' | 'password'>,
    event: EventName,
    inputs: Record<string, string>,
  ) => run(event, { ...inputs, push: 'true', username: user.username, password: user.password });

  it('copies the source under every tag with username/password inputs, and never shows the password', async () => {
    const pushed = await basic.pushImage('contoso/animals-api', 'build-42');
    const copy = {
      images: `${basic.host}/contoso/animals-api`,
      tags: 'type=semver,pattern={{version}}\ntype=sha',
      source: 'build-42',
    };
    const result = await pushAs(basic, 'push-tag', copy);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toBe(pushed.digest);
    expect(result.outputs.digests).toBe(`${basic.host}/contoso/animals-api@${pushed.digest}`);
    for (const tag of ['1.2.3', 'sha-860c190', 'latest'])
      expect(await basic.digestOf('contoso/animals-api', tag)).toBe(pushed.digest);
    expect(result.summary).toMatch(new RegExp(`\\| \`1\\.2\\.3\` \\| created \\|`));
    expect(result.masks).toContain(basic.password);
    expect(result.leakedSecrets).toEqual([]);
    expect(result.log).not.toContain(basic.password);

    // The same copy again: every tag already points at the digest.
    const again = await pushAs(basic, 'push-tag', copy);
    expect(again.exitCode).toBe(0);
    expect(again.summary).toMatch(/\| `1\.2\.3` \| unchanged \|/);
  });

  it('copies a two-platform index through the bearer-token flow with docker/login-action credentials, digest unchanged', async () => {
    const pushed = await token.pushIndex('contoso/multi', 'build-7');
    const dockerConfig = mkdtempSync(path.join(tmpdir(), 'docker-'));
    const auth = Buffer.from(`${token.username}:${token.password}`).toString('base64');
    writeFileSync(path.join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [token.host]: { auth } } }));
    const result = await run(
      'workflow-dispatch',
      {
        images: `${token.host}/contoso/multi`,
        tags: 'type=semver,pattern={{version}}',
        version: '2.0.0',
        source: pushed.digest,
        push: 'true',
        'registry-lookup': 'true',
      },
      { DOCKER_CONFIG: dockerConfig },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.tags.split('\n')).toEqual([
      `${token.host}/contoso/multi:2.0.0`,
      `${token.host}/contoso/multi:latest`,
    ]);
    expect(await token.digestOf('contoso/multi', '2.0.0')).toBe(pushed.digest);
    expect(await token.digestOf('contoso/multi', 'latest')).toBe(pushed.digest);
    expect(result.summary).toContain('Platforms: `linux/amd64`, `linux/arm64`');
    expect(result.leakedSecrets).toEqual([]);
    expect(result.log).not.toContain(token.password);
  });

  it('keeps latest on the highest version already in the registry when an older line is patched', async () => {
    const newest = await token.pushImage('contoso/lines', '2.0.0');
    await token.pushImage('contoso/lines', 'latest');
    await token.pushImage('contoso/lines', 'build-9');
    const result = await pushAs(token, 'push-tag', {
      images: `${token.host}/contoso/lines`,
      tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}',
      source: 'build-9',
      'registry-lookup': 'true',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.tags.split('\n')).toEqual([
      `${token.host}/contoso/lines:1.2.3`,
      `${token.host}/contoso/lines:1`,
    ]);
    expect(result.log).toContain('Skipped latest: 2.0.0 is already in the registry and stays latest');
    expect(await token.digestOf('contoso/lines', '2.0.0')).toBe(newest.digest);
  });

  it('fails before writing anything when the credentials cannot push, naming the permission', async () => {
    await token.pushImage('contoso/guarded', 'build-1');
    const result = await pushAs(READER, 'push-main', {
      images: `${token.host}/contoso/guarded`,
      tags: 'type=sha',
      source: 'build-1',
    });
    expect(result.exitCode).toBe(1);
    expect(
      result.annotations.some(
        (a) => a.level === 'error' && /do not grant push \(repository:contoso\/guarded:pull,push\)/.test(a.message),
      ),
    ).toBe(true);
    expect(await token.digestOf('contoso/guarded', 'sha-860c190')).toBeUndefined();
    expect(result.leakedSecrets).toEqual([]);
  });
});
