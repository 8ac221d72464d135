import { describe, expect, it } from '@jest/globals';
import { MAX_TAG_LENGTH, sanitizeImageName, sanitizeTag } from '../../../shared/tagging/sanitize.js';
import { compareSemVer, parseSemVer } from '../../../shared/tagging/semver.js';

describe('sanitizeTag', () => {
  it.each([
    ['v1.2.3', 'v1.2.3'],
    ['feature/Add-Model', 'feature-Add-Model'],
    ['UPPER_case', 'UPPER_case'], // tags are case-sensitive and may hold upper case
    ['.hidden', 'hidden'],
    ['-dash', 'dash'],
    ['..--x', 'x'],
    ['a  b@@c', 'a-b-c'],
    ['...', ''],
  ])('%s -> %s', (original, value) => {
    const result = sanitizeTag(original);
    expect(result.value).toBe(value);
    expect(result.original).toBe(value === original ? undefined : original);
  });

  it('cuts a long tag to 128 characters with a hash of the original, so long names stay distinct', () => {
    const a = sanitizeTag(`${'x'.repeat(150)}-a`);
    const b = sanitizeTag(`${'x'.repeat(150)}-b`);
    expect(a.value).toHaveLength(MAX_TAG_LENGTH);
    expect(a.value).toMatch(/^x{119}-[0-9a-f]{8}$/);
    expect(a.value).not.toBe(b.value);
    expect(a.original).toHaveLength(152);
    expect(sanitizeTag('y'.repeat(128)).original).toBeUndefined();
  });
});

describe('sanitizeImageName', () => {
  it('lower-cases the repository and keeps the registry port', () => {
    expect(sanitizeImageName('GHCR.io/Contoso/Animals-API')).toEqual({
      value: 'ghcr.io/contoso/animals-api',
      original: 'GHCR.io/Contoso/Animals-API',
    });
    expect(sanitizeImageName('127.0.0.1:5000/mlops/score')).toEqual({ value: '127.0.0.1:5000/mlops/score' });
  });
});

describe('semver precedence', () => {
  it('orders versions as semver.org §11 does', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.10.0',
      'v2.0.0',
    ];
    const parsed = ordered.map((v) => parseSemVer(v)!);
    const shuffled = [...parsed].reverse().sort(compareSemVer);
    expect(shuffled.map((v) => v.raw)).toEqual(ordered);
  });

  it('rejects what is not a semantic version', () => {
    for (const text of ['1.2', '01.2.3', 'v1.2.3.4', 'latest', '1.2.3-']) expect(parseSemVer(text)).toBeUndefined();
    expect(parseSemVer('1.2.3+build.5')?.build).toEqual(['build', '5']);
  });
});
