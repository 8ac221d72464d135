import { memoryLogger } from '../../../shared/core/logger.js';
import {
  JOB_NAME_PATTERN,
  deterministicJobName,
  experimentNameFor,
  resolveJobName,
  sanitizeName,
  traceProperties,
  traceTags,
} from '../../../shared/jobs/naming.js';
import { run } from './jobs-fixture.js';

describe('deterministic job names', () => {
  test.each([
    ['animals-classification', run, 'animals-classification-4f2a9c1-9876543210-1'],
    ['Animals Classification', run, 'animals-classification-4f2a9c1-9876543210-1'],
    ['animals', { ...run, runAttempt: '2' }, 'animals-4f2a9c1-9876543210-2'],
    [undefined, run, 'animals-4f2a9c1-9876543210-1'],
    ['  ', { ...run, repository: 'octo-org/My.Repo' }, 'my-repo-4f2a9c1-9876543210-1'],
    ['__.--', run, 'pipeline-4f2a9c1-9876543210-1'],
    ['ünïcode/pipe:line', run, 'n-code-pipe-line-4f2a9c1-9876543210-1'],
  ])('%j -> %s', (pipelineName, workflowRun, expected) => {
    const name = deterministicJobName(pipelineName, workflowRun);
    expect(name).toBe(expected);
    expect(name).toMatch(JOB_NAME_PATTERN);
  });

  test('the same attempt always gets the same name; another attempt another one', () => {
    expect(deterministicJobName('p', run)).toBe(deterministicJobName('p', { ...run }));
    expect(deterministicJobName('p', run)).not.toBe(deterministicJobName('p', { ...run, runAttempt: '2' }));
  });

  test('a very long pipeline name is cut to 255 with a hash, keeping the run suffix whole', () => {
    const long = 'x'.repeat(400);
    const name = deterministicJobName(long, run);
    expect(name).toHaveLength(255);
    expect(name).toMatch(JOB_NAME_PATTERN);
    expect(name.endsWith('-4f2a9c1-9876543210-1')).toBe(true);
    expect(name).not.toBe(deterministicJobName(`${long}y`, run));
  });
});

describe('given names', () => {
  test('a valid name is kept as given', () => {
    const log = memoryLogger();
    expect(resolveJobName('My_Job-1', 'p', run, log)).toBe('My_Job-1');
    expect(log.lines).toEqual([]);
  });

  test('an invalid name is made valid, and the change is logged', () => {
    const log = memoryLogger();
    expect(resolveJobName('-nightly run #3', 'p', run, log)).toBe('nightly-run-3');
    expect(log.text()).toBe("Job name '-nightly run #3' is not valid for Azure ML; using 'nightly-run-3'.");
  });

  test('a name with nothing usable is an error', () => {
    expect(() => resolveJobName('###', 'p', run, memoryLogger())).toThrow(/has no letter or digit/);
  });

  test('no name given: the deterministic one', () => {
    expect(resolveJobName('', 'p', run, memoryLogger())).toBe('p-4f2a9c1-9876543210-1');
  });
});

describe('experiment names', () => {
  test.each([
    ['animals', 'main', 'main', 'animals'],
    ['animals', 'feature/new-head', 'main', 'animals-feature-new-head'],
    ['animals', undefined, 'main', 'animals'],
    ['animals', 'dev', undefined, 'animals'],
  ])('%s on branch %s (default %s) -> %s', (experiment, branch, defaultBranch, expected) => {
    expect(experimentNameFor(experiment, { branch, defaultBranch })).toBe(expected);
  });

  test('a long branch keeps the experiment within 255 characters', () => {
    expect(experimentNameFor('animals', { branch: 'b'.repeat(300), defaultBranch: 'main' })).toHaveLength(255);
  });
});

describe('traceability', () => {
  test('tags name the commit, repository, ref, branch, workflow, run, attempt, URL, actor and pull request', () => {
    expect(traceTags({ ...run, branch: 'fix-data', eventName: 'pull_request', prNumber: 42 })).toEqual({
      'github.repository': 'octo-org/animals',
      'github.sha': run.sha,
      'github.ref': 'refs/heads/main',
      'github.workflow': 'train',
      'github.run_id': '9876543210',
      'github.run_attempt': '1',
      'github.run_url': 'https://github.com/octo-org/animals/actions/runs/9876543210/attempts/1',
      'github.actor': 'octocat',
      'github.branch': 'fix-data',
      'github.event_name': 'pull_request',
      'github.pull_request': '42',
    });
  });

  test('properties use the keys azure-ai-ml writes from git', () => {
    expect(traceProperties({ ...run, branch: undefined })).toEqual({
      'mlflow.source.git.commit': run.sha,
      'mlflow.source.git.repoURL': 'https://github.com/octo-org/animals',
      'azureml.git.build_id': '9876543210',
      'azureml.git.build_uri': 'https://github.com/octo-org/animals/actions/runs/9876543210/attempts/1',
    });
  });

  test('sanitizeName leaves a valid name alone', () => {
    expect(sanitizeName('Abc_1-2')).toBe('Abc_1-2');
  });
});
