import { UserError } from '../../../shared/core/errors.js';
import { parseVersionSelector } from '../../../shared/models/resolve.js';
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
