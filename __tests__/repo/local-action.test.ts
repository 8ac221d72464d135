/**
 * CONTRIBUTING's way to run one action by hand: GitHub's `@github/local-action` imports the entry, awaits its
 * exported `run()` with the inputs of a `.env` file and prints what it set. Run here on tag-image (no registry:
 * `registry-lookup: false`, nothing pushed), from the TypeScript sources, not the bundle.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../support/action-runner.js';

const run = promisify(execFile);
const SHA = '0123456789abcdef0123456789abcdef01234567';

test('@github/local-action runs tag-image from its sources and shows its outputs and summary', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'local-action-'));
  const summary = path.join(dir, 'summary.md');
  writeFileSync(summary, '');
  const dotenv = path.join(dir, '.env');
  writeFileSync(
    dotenv,
    [
      'INPUT_IMAGES=ghcr.io/azureml-mlops/animals-api',
      'INPUT_VERSION=1.2.3',
      'INPUT_TAGS=type=semver,pattern={{version}}',
      'INPUT_REGISTRY-LOOKUP=false',
      'GITHUB_EVENT_NAME=push',
      'GITHUB_REPOSITORY=azureml-mlops/actions-demo',
      'GITHUB_REF=refs/heads/main',
      `GITHUB_SHA=${SHA}`,
      `GITHUB_STEP_SUMMARY=${summary}`,
    ].join('\n'),
  );
  // The project's Node 24 first on PATH, as `npm test` has it; local-action runs `npm exec tsx`, installed with it.
  // No GITHUB_*/RUNNER_* of a CI job running this test: the .env file alone says what the runner would set.
  const inherited = Object.entries(process.env).filter(([key]) => !/^(GITHUB|RUNNER|INPUT)_/.test(key));
  const env = {
    ...Object.fromEntries(inherited),
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
  };
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'local-action');
  const { stdout } = await run(bin, ['run', 'actions/tag-image', 'index.ts', dotenv], {
    cwd: repoRoot,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });

  const json = /^::set-output name=json::(.*)$/m.exec(stdout);
  expect(JSON.parse(json?.[1] ?? '{}')).toMatchObject({
    tags: ['ghcr.io/azureml-mlops/animals-api:1.2.3', 'ghcr.io/azureml-mlops/animals-api:latest'],
    labels: { 'org.opencontainers.image.version': '1.2.3', 'org.opencontainers.image.revision': SHA },
  });
  expect(stdout).toMatch(/^::set-output name=revision::0123456789abcdef0123456789abcdef01234567$/m);
  expect(readFileSync(summary, 'utf8')).toContain('`ghcr.io/azureml-mlops/animals-api` |  | `1.2.3` | not pushed');
}, 120_000);
