import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../workflows-examples/support/paths.js';
import { itIsValidForGitHub } from '../workflows-examples/support/valid-for-github.js';
import { readYamlAs } from '../workflows-examples/support/workflow-yaml.js';
import {
  githubDir,
  readRepoWorkflow,
  repoWorkflowNames,
  repoWorkflowPath,
  usesLines,
  type RepoJob,
  type RepoStep,
} from './support/github-files.js';

const workflows = repoWorkflowNames();
const allUses = workflows.flatMap((name) => usesLines(repoWorkflowPath(name)));
const thirdParty = allUses.filter((u) => !u.ref.startsWith('./'));

/** The only write scopes the repository's workflows get, by workflow > job: everything else reads at most. */
const WRITE_SCOPES: Record<string, string[]> = {
  'codeql.yml > analyze': ['security-events'],
  'release.yml > release': ['contents'],
};

const jobsOf = (name: string) => Object.entries(readRepoWorkflow(name).jobs);

describe("the repository's own workflows are valid for GitHub", () => {
  it('ships CI, CodeQL and the release workflow', () => {
    expect(workflows).toEqual(['ci.yml', 'codeql.yml', 'release.yml']);
  });

  itIsValidForGitHub(workflows, repoWorkflowPath);

  it('CI runs on pushes and pull requests and is what the release calls first', () => {
    const ci = readRepoWorkflow('ci.yml');
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'workflow_call']));
    const release = readRepoWorkflow('release.yml');
    expect(release.jobs.ci.uses).toBe('./.github/workflows/ci.yml');
    expect(release.jobs.release.needs).toBe('ci');
  });

  it('CI runs .ci/run, the same script a fresh machine runs, after installing docker-registry with apt', () => {
    const steps = readRepoWorkflow('ci.yml').jobs.ci.steps ?? [];
    const runs = steps.map((s) => s.run ?? '');
    expect(runs.some((r) => /apt-get install .*docker-registry/.test(r))).toBe(true);
    expect(runs.map((r) => r.trim())).toContain('.ci/run');
    expect(existsSync(path.join(repoRoot, '.ci', 'run'))).toBe(true);
  });

  it('the release runs on version tags only', () => {
    expect(readRepoWorkflow('release.yml').on).toEqual({ push: { tags: ['v*.*.*'] } });
  });
});

describe("the repository's own workflows are safe", () => {
  it('every third-party action is pinned to a full commit SHA with its version in a comment', () => {
    expect(thirdParty.length).toBeGreaterThan(0);
    const loose = thirdParty.filter(
      (u) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(u.ref) || !/^v\d+\.\d+\.\d+$/.test(u.comment ?? ''),
    );
    expect(loose.map((u) => `${u.file}:${u.line}: ${u.ref} # ${u.comment ?? ''}`)).toEqual([]);
  });

  it('one action repository is pinned to one SHA and one version everywhere', () => {
    const pins = new Map<string, Set<string>>();
    for (const u of thirdParty) {
      const [action, sha] = u.ref.split('@');
      const repo = action.split('/').slice(0, 2).join('/');
      pins.set(repo, (pins.get(repo) ?? new Set()).add(`${sha} # ${u.comment}`));
    }
    const split = [...pins]
      .filter(([, refs]) => refs.size > 1)
      .map(([repo, refs]) => `${repo}: ${[...refs].join(', ')}`);
    expect(split).toEqual([]);
  });

  it.each(workflows)('%s grants nothing or contents: read at the top; each job states its own permissions', (name) => {
    const top = readRepoWorkflow(name).permissions;
    expect([{}, { contents: 'read' }]).toContainEqual(top);
    const undeclared = jobsOf(name).filter(([, job]) => typeof job.permissions !== 'object');
    expect(undeclared.map(([job]) => job)).toEqual([]);
  });

  it('only the jobs that must write get a write scope, and only that one', () => {
    const writes = workflows.flatMap((name) =>
      jobsOf(name).flatMap(([job, spec]: [string, RepoJob]) =>
        Object.entries(spec.permissions as Record<string, string>)
          .filter(([, level]) => level === 'write')
          .map(([scope]) => `${name} > ${job}: ${scope}`),
      ),
    );
    const allowed = Object.entries(WRITE_SCOPES).flatMap(([job, scopes]) => scopes.map((s) => `${job}: ${s}`));
    expect(writes.sort()).toEqual(allowed.sort());
  });

  it.each(workflows)('%s interpolates no expression into a run: script (values reach scripts through env:)', (name) => {
    const scripts = jobsOf(name).flatMap(([, job]) => (job.steps ?? []).map((s) => s.run ?? ''));
    expect(scripts.filter((s) => s.includes('${{'))).toEqual([]);
  });

  it('jobs that only read keep no Git credentials in the checkout', () => {
    const keeping = workflows.flatMap((name) =>
      jobsOf(name)
        .filter(([, job]) => !Object.values((job.permissions as Record<string, string>) ?? {}).includes('write'))
        .flatMap(([job, spec]) =>
          (spec.steps ?? [])
            .filter((s) => s.uses?.startsWith('actions/checkout@') && s.with?.['persist-credentials'] !== false)
            .map(() => `${name} > ${job}`),
        ),
    );
    expect(keeping).toEqual([]);
  });
});

describe('dependabot keeps the pins and the npm dependencies moving', () => {
  const config = readYamlAs<{
    version: number;
    updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[];
  }>(path.join(githubDir, 'dependabot.yml'));

  it('updates npm and github-actions from the repository root, on a schedule', () => {
    expect(config.version).toBe(2);
    const ecosystems = config.updates.map((u) => `${u['package-ecosystem']} ${u.directory}`);
    expect(ecosystems.sort()).toEqual(['github-actions /', 'npm /']);
    for (const u of config.updates) expect(u.schedule.interval).toMatch(/^(daily|weekly|monthly)$/);
  });
});

/** A step of the release job, run with bash as the runner runs a `run:` step (bash -e -o pipefail). */
function runReleaseStep(name: string, cwd: string, env: Record<string, string>) {
  const step = (readRepoWorkflow('release.yml').jobs.release.steps ?? []).find((s: RepoStep) => s.name === name);
  if (!step?.run) throw new Error(`release.yml has no run step named ${name}`);
  const outputFile = path.join(cwd, '.github-output');
  writeFileSync(outputFile, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', step.run], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: cwd, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: cwd, ...env },
  });
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );
  return { status: result.status, stdout: result.stdout + result.stderr, outputs };
}

function withTempDir(body: (dir: string) => void) {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-'));
  try {
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the release workflow, its steps run with bash', () => {
  it.each([
    ['v1.2.3', { version: '1.2.3', major: 'v1', prerelease: 'false' }],
    ['v10.0.1-rc.1', { version: '10.0.1-rc.1', major: 'v10', prerelease: 'true' }],
  ])('reads %s as a version, its major tag and whether it is a pre-release', (tag, expected) => {
    withTempDir((dir) => {
      const { status, outputs } = runReleaseStep('Read the version from the tag', dir, { TAG: tag });
      expect(status).toBe(0);
      expect(outputs).toEqual(expected);
    });
  });

  it.each(['1.2.3', 'v1.2', 'v01.2.3', 'v1.2.3.4'])('refuses the tag %s, naming it', (tag) => {
    withTempDir((dir) => {
      const { status, stdout } = runReleaseStep('Read the version from the tag', dir, { TAG: tag });
      expect(status).not.toBe(0);
      expect(stdout).toContain(`::error::${tag} is not a semantic version tag`);
    });
  });

  const CHANGELOG = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '- not yet',
    '',
    '## [1.1.0] - 2026-12-01',
    '',
    '### Added',
    '',
    '- the second thing',
    '',
    '## [1.0.0] - 2026-11-30',
    '',
    '- the first thing',
    '',
    '[1.1.0]: https://example.invalid/compare/v1.0.0...v1.1.0',
  ].join('\n');

  it("takes the release notes from the version's CHANGELOG section only", () => {
    withTempDir((dir) => {
      writeFileSync(path.join(dir, 'CHANGELOG.md'), CHANGELOG);
      const { status } = runReleaseStep('Take the release notes from CHANGELOG.md', dir, { VERSION: '1.1.0' });
      expect(status).toBe(0);
      expect(readFileSync(path.join(dir, 'notes.md'), 'utf8').trim()).toBe('### Added\n\n- the second thing');
    });
  });

  it('refuses to release a version the CHANGELOG has no section for', () => {
    withTempDir((dir) => {
      writeFileSync(path.join(dir, 'CHANGELOG.md'), CHANGELOG);
      const { status, stdout } = runReleaseStep('Take the release notes from CHANGELOG.md', dir, { VERSION: '1.2.0' });
      expect(status).not.toBe(0);
      expect(stdout).toContain("No section '## [1.2.0]'");
    });
  });

  /** A clone whose origin (a bare repository) has one commit per tag, each tag pushed. */
  function cloneWithTags(dir: string, tags: string[]) {
    const git = (cwd: string, ...args: string[]) => {
      const r = spawnSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@t',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@t',
        },
      });
      if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
      return r.stdout.trim();
    };
    const origin = path.join(dir, 'origin.git');
    const work = path.join(dir, 'work');
    git(dir, 'init', '-q', '--bare', origin);
    git(dir, 'clone', '-q', origin, work);
    const shas: Record<string, string> = {};
    for (const tag of tags) {
      git(work, 'commit', '-q', '--allow-empty', '-m', tag);
      git(work, 'tag', tag);
      shas[tag] = git(work, 'rev-parse', 'HEAD');
    }
    git(work, 'push', '-q', 'origin', 'HEAD:refs/heads/main', '--tags');
    const remoteTag = (tag: string) => git(origin, 'rev-parse', '--verify', '-q', `refs/tags/${tag}^{commit}`);
    return { work, shas, remoteTag, git };
  }

  /**
   * Releases `release` (the last of `tags`, each a commit on the remote) with the remote's `v1` at `v1At`, through
   * the release workflow's "Move the major tag" step.
   */
  function moveMajorTag(dir: string, tags: string[], v1At: string) {
    const { work, shas, remoteTag, git } = cloneWithTags(dir, tags);
    git(work, 'tag', 'v1', shas[v1At]);
    git(work, 'push', '-q', 'origin', 'refs/tags/v1');
    const release = tags[tags.length - 1];
    const run = runReleaseStep('Move the major tag', work, { TAG: release, MAJOR: 'v1', GITHUB_SHA: shas[release] });
    return { ...run, shas, remoteTag };
  }

  it('moves the major tag on the remote to the highest release of its line', () => {
    withTempDir((dir) => {
      const { status, stdout, shas, remoteTag } = moveMajorTag(dir, ['v1.0.0', 'v1.1.0'], 'v1.0.0');
      expect(stdout).toContain('v1 now points at v1.1.0');
      expect(status).toBe(0);
      expect(remoteTag('v1')).toBe(shas['v1.1.0']);
    });
  });

  it('leaves the major tag alone for a patch to an older line (v1.0.1 after v1.1.0)', () => {
    withTempDir((dir) => {
      const { status, stdout, shas, remoteTag } = moveMajorTag(dir, ['v1.1.0', 'v1.0.1'], 'v1.1.0');
      expect(status).toBe(0);
      expect(stdout).toContain('v1 stays on v1.1.0');
      expect(remoteTag('v1')).toBe(shas['v1.1.0']);
    });
  });
});
