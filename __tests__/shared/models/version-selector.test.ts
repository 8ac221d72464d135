import { UserError } from '../../../shared/core/errors.js';
import {
  describeSelector,
  matchesTags,
  parseTagFilters,
  parseVersionSelector,
  withTagFilters,
} from '../../../shared/models/resolve.js';
import type { VersionSelector } from '../../../shared/models/resolve.js';

describe('parseVersionSelector', () => {
  test.each<[string, VersionSelector]>([
    ['', { kind: 'latest' }],
    ['latest', { kind: 'latest' }],
    ['7', { kind: 'version', version: '7' }],
    ['2024.05.1', { kind: 'version', version: '2024.05.1' }],
    ['tag:stage=production', { kind: 'tag', key: 'stage', value: 'production' }],
    ['tag:approved', { kind: 'tag', key: 'approved' }],
    ['tag:note=a=b', { kind: 'tag', key: 'note', value: 'a=b' }],
    ['tag:stage=', { kind: 'tag', key: 'stage', value: '' }],
  ])('%j', (input, expected) => expect(parseVersionSelector(input)).toEqual(expected));

  test.each(['tag:', 'tag:=x', 'v 1', '../1'])('%j is refused naming the accepted forms', (input) => {
    expect(() => parseVersionSelector(input)).toThrow(UserError);
    expect(() => parseVersionSelector(input)).toThrow(/tag:KEY/);
  });
});

describe('tag filters narrowing latest', () => {
  const mainOnly = parseTagFilters('github.ref=refs/heads/main');

  test('one KEY=VALUE or KEY per line or comma, all required', () => {
    expect(parseTagFilters('github.ref=refs/heads/main\napproved, note=a=b')).toEqual([
      { key: 'github.ref', value: 'refs/heads/main' },
      { key: 'approved' },
      { key: 'note', value: 'a=b' },
    ]);
    expect(() => parseTagFilters('=x')).toThrow("Input 'tag-filter': '=x' names no tag");
  });

  test('latest + a filter is the newest version carrying it, and says so', () => {
    const selector = withTagFilters(parseVersionSelector('latest'), mainOnly);
    expect(describeSelector(selector)).toBe('the newest version tagged github.ref=refs/heads/main');
    expect(matchesTags({ 'github.ref': 'refs/heads/main' }, selector)).toBe(true);
    expect(matchesTags({ 'github.ref': 'refs/pull/7/merge' }, selector)).toBe(false);
    expect(matchesTags({}, selector)).toBe(false);
  });

  test('a tag: selector and filters must all hold', () => {
    const selector = withTagFilters(parseVersionSelector('tag:stage=production'), mainOnly);
    expect(describeSelector(selector)).toBe(
      'the newest version tagged stage=production and github.ref=refs/heads/main',
    );
    expect(matchesTags({ stage: 'production' }, selector)).toBe(false);
    expect(matchesTags({ stage: 'production', 'github.ref': 'refs/heads/main' }, selector)).toBe(true);
  });

  test('a fixed version cannot be narrowed: the input is named', () => {
    expect(() => withTagFilters(parseVersionSelector('3'), mainOnly)).toThrow(
      "Input 'tag-filter' narrows 'latest' or 'tag:KEY[=VALUE]'; version 3 is one version already.",
    );
  });
});
