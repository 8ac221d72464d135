import { describe, expect, it } from '@jest/globals';
import {
  RenameLog,
  branchScopeFor,
  branchScopeTags,
  branchSuffix,
  parseBranchScopeInput,
  scopedName,
} from '../../../shared/github/branch-scope.js';
import type { BranchScopeMode } from '../../../shared/github/branch-scope.js';

type WorkflowRunFields = Parameters<typeof branchScopeFor>[1];

const main = { eventName: 'push', branch: 'main', defaultBranch: 'main' };
const feature = { eventName: 'push', branch: 'feature/Add-Cats', defaultBranch: 'main' };
const pr = { eventName: 'pull_request', branch: 'fix-data', defaultBranch: 'main', prNumber: 7 };

describe('branch-scope input', () => {
  it.each([
    ['', 'auto'],
    ['auto', 'auto'],
    ['true', 'on'],
    ['FALSE', 'off'],
  ])('reads %p as %p', (text, mode) => expect(parseBranchScopeInput(text)).toBe(mode));

  it('names the input and the accepted values for anything else', () => {
    expect(() => parseBranchScopeInput('yes')).toThrow("Input 'branch-scope' must be auto, true or false, got 'yes'.");
  });
});

describe('whether a run is scoped', () => {
  it.each([
    ['the default branch, auto', 'auto', main, undefined],
    ['a feature branch, auto', 'auto', feature, 'feature-add-cats'],
    ['a pull request, auto (its head branch)', 'auto', pr, 'fix-data'],
    ['a pull request even on a base-named head branch', 'auto', { ...pr, branch: 'main' }, 'main'],
    ['a push without the default branch in the event', 'auto', { eventName: 'push', branch: 'x' }, undefined],
    ['a tag push', 'auto', { eventName: 'push', defaultBranch: 'main' }, undefined],
    ['the default branch, forced on', 'on', main, 'main'],
    ['a feature branch, forced off', 'off', feature, undefined],
  ] as [string, BranchScopeMode, WorkflowRunFields, string | undefined][])('%s', (_, mode, run, suffix) => {
    expect(branchScopeFor(mode, run)?.suffix).toBe(suffix);
  });

  it('refuses to force a scope on a run without a branch', () => {
    expect(() => branchScopeFor('on', { eventName: 'push' })).toThrow(/no branch/);
  });
});

describe('scoped names', () => {
  const scope = branchScopeFor('auto', feature);

  it('appends the cleaned branch', () => {
    expect(scopedName(scope, 'model', 'animal-classification')).toBe('animal-classification-feature-add-cats');
    expect(scopedName(undefined, 'model', 'animal-classification')).toBe('animal-classification');
  });

  it('lower-cases components only', () => {
    expect(scopedName(scope, 'component', 'DataPrep')).toBe('dataprep-feature-add-cats');
    expect(scopedName(scope, 'environment', 'Python')).toBe('Python-feature-add-cats');
  });

  it('cleans characters the service refuses, and prints a name read from a file on one line', () => {
    expect(scopedName(scope, 'model', 'animal classification.v2')).toBe('animal-classification-v2-feature-add-cats');
    const log = new RenameLog();
    log.rename(scope, 'data', 'a\n::warning::x');
    expect(log.lines()).toEqual(['data a\\n::warning::x -> a-warning-x-feature-add-cats']);
  });

  it('is idempotent', () => {
    const once = scopedName(scope, 'model', 'm');
    expect(scopedName(scope, 'model', once)).toBe(once);
  });

  it('keeps within 255 characters and the ARM name rule, two long names staying distinct', () => {
    const a = scopedName(scope, 'data', `${'x'.repeat(300)}a`);
    const b = scopedName(scope, 'data', `${'x'.repeat(300)}b`);
    for (const name of [a, b]) {
      expect(name).toHaveLength(255);
      expect(name).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/);
      expect(name.endsWith('-feature-add-cats')).toBe(true);
    }
    expect(a).not.toBe(b);
  });

  it('cuts a long branch to a bounded suffix with a hash, and gives a hash to a branch with no usable letter', () => {
    const long = branchSuffix(`feature/${'very-long-'.repeat(10)}`);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(/^feature-very-long-.*-[0-9a-f]{8}$/);
    expect(branchSuffix('日本')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('tags and the rename log', () => {
  it('tags with branch, pull request and commit', () => {
    const run = { ...pr, sha: 'abc123', ref: 'refs/pull/7/merge' };
    expect(branchScopeTags(run, branchScopeFor('auto', pr))).toEqual({
      'github.sha': 'abc123',
      'github.ref': 'refs/pull/7/merge',
      'github.branch': 'fix-data',
      'github.pull_request': '7',
      'github.branch_scope': 'fix-data',
    });
  });

  it('prints each rename once, however often the name is used', () => {
    const log = new RenameLog();
    const scope = branchScopeFor('auto', pr);
    log.rename(scope, 'model', 'm');
    log.rename(scope, 'model', 'm');
    log.rename(undefined, 'data', 'd');
    expect(log.lines()).toEqual(['model m -> m-fix-data']);
  });
});
