/**
 * tag-image through its bundle (issue 17, parts 4 and 5): no value reaches the log as a workflow command,
 * values with a line break never reach the list outputs, and bad inputs are refused before any registry call.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, runAction, type RunResult } from '../../support/action-runner.js';
import { actionInputDefaults } from '../../workflows-examples/support/workflow-yaml.js';
import { eventEnv } from '../../support/github-events/events.js';
import { unexpectedCommands } from '../../support/workflow-commands.js';

const defaults = actionInputDefaults('tag-image');

function run(inputs: Record<string, string>): Promise<RunResult> {
  return runAction(bundle('tag-image'), {
    inputs: { ...defaults, 'registry-lookup': 'false', images: 'ghcr.io/contoso/animals-api', ...inputs },
    env: { ...eventEnv('push-main'), HOME: mkdtempSync(path.join(tmpdir(), 'home-')) },
    timeoutMs: 30_000,
  });
}

/** Lines a caller would like the runner to run, and a label they would like to add to the `labels` output. */
const INJECTED = [
  '::set-output name=labels::org.opencontainers.image.source=https://evil.example',
  '::add-mask::860c1904a1ce19322e91ac35af1ab07466440c37',
  '::notice::injected',
  'org.opencontainers.image.source=https://evil.example',
].join('\n');

/** The step's own commands: only its failure annotation. */
const ownFailure = (result: RunResult) => unexpectedCommands(result.rawLog, ['debug', 'group', 'endgroup', 'error']);

describe('no value reaches the log as a command, nor the list outputs as an extra line', () => {
  it.each(['model-name', 'model-version', 'model-training-job', 'version'])(
    "a line break in '%s' is refused naming the input; nothing injected runs",
    async (input) => {
      const result = await run({
        tags: 'type=sha',
        'model-name': 'animals',
        'model-version': '7',
        [input]: `x\n${INJECTED}`,
      });
      expect(result.exitCode).toBe(1);
      expect(result.log).toContain(`Input '${input}' must be a single line`);
      expect(ownFailure(result)).toEqual([]);
      expect(result.outputs.labels).toBeUndefined();
      expect(result.outputs.tags).toBeUndefined();
    },
  );

  it('values that look like commands are printed, and run nothing', async () => {
    const result = await run({
      tags: 'type=sha\ntype=model',
      'model-name': 'animals ##[add-mask]860c190',
      'model-version': '7',
      labels: '::notice::from-a-label=x\ncom.example.note=##[set-output name=tags]evil',
    });
    expect(result.exitCode).toBe(0);
    expect(unexpectedCommands(result.rawLog)).toEqual([]);
    expect(result.rawLog).toContain('io.github.azureml-mlops.model-name=animals ##[add-mask]860c190');
    expect(result.rawLog).toContain('::notice::from-a-label=x');
    expect(result.outputs.labels.split('\n')).toContain('com.example.note=##[set-output name=tags]evil');
    expect(result.outputs.tags.split('\n')).toHaveLength(2);
  });
});

describe('inputs checked where they enter, before any registry call', () => {
  // A registry that counts what reaches it: every case below must leave it untouched.
  let registry: Server;
  let requests = 0;
  let host: string;
  beforeAll(async () => {
    registry = createServer((_req, res) => {
      requests++;
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(registry.address() as AddressInfo).port}`;
  });
  afterAll(async () => new Promise<void>((resolve) => registry.close(() => resolve())));

  it.each([
    [
      'an unknown placeholder in a raw value',
      { tags: 'type=raw,value={{branchh}}' },
      /unknown placeholder \{\{branchh\}\} in value=; value accepts \{\{branch\}\}/,
    ],
    [
      'an unknown placeholder in a semver pattern',
      { tags: 'type=semver,pattern={{major}}.{{minr}}', version: '1.2.3' },
      /unknown placeholder \{\{minr\}\} in pattern=; pattern accepts \{\{version\}\}, \{\{major\}\}/,
    ],
    [
      'an unknown placeholder in a prefix',
      { tags: 'type=sha,prefix={{commit}}-' },
      /unknown placeholder \{\{commit\}\} in prefix=/,
    ],
    [
      'a label namespace with upper case',
      { 'label-namespace': 'Com.Example.Model' },
      /Input 'label-namespace' must be a reverse-DNS namespace/,
    ],
    [
      'a label namespace of one part',
      { 'label-namespace': 'model' },
      /Input 'label-namespace' must be a reverse-DNS namespace/,
    ],
    [
      'a label namespace Docker reserves',
      { 'label-namespace': 'com.docker.model' },
      /not com\.docker, io\.docker or org\.dockerproject/,
    ],
    [
      'a short sha256 digest',
      { source: 'sha256:abc123', push: 'true' },
      /Input 'source' looks like a digest but is not sha256:<64 lower-case hex characters>/,
    ],
    ['an upper-case sha256 digest', { source: `sha256:${'A'.repeat(64)}` }, /Input 'source' looks like a digest/],
    ['a source that is no tag', { source: '../x' }, /Input 'source' must be a tag/],
  ])('%s is refused, naming the input and what is accepted', async (_what, inputs, message) => {
    const result = await run({ images: `${host}/contoso/animals-api`, 'registry-lookup': 'true', ...inputs });
    expect(result.exitCode).toBe(1);
    expect(result.log).toMatch(message);
    expect(requests).toBe(0);
  });

  it('known placeholders and a full digest pass the checks (and only then is the registry asked)', async () => {
    const result = await run({
      images: `${host}/contoso/animals-api`,
      tags: "type=raw,value={{branch}}-{{date 'YYYYMMDD'}}\ntype=semver,pattern={{major}}.{{minor}},value=1.2.3",
      source: `sha256:${'a'.repeat(64)}`,
    });
    expect(result.log).not.toMatch(/unknown placeholder|Input 'source'/);
    expect(requests).toBeGreaterThan(0);
  });
});
