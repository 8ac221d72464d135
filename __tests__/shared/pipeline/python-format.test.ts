import { pythonFloat, pythonJsonDumps, pythonStr } from '../../../shared/pipeline/python-format.js';

describe('Python spellings', () => {
  it.each([
    [1.8, '1.8'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [1, '1.0'],
    [1e16, '1e+16'],
    [123456789.5, '123456789.5'],
    [-2.5e-7, '-2.5e-07'],
  ])('repr(%p) is %s', (value, expected) => {
    expect(pythonFloat(value)).toBe(expected);
  });

  it('stringifies literals as str() does', () => {
    expect(pythonStr(true)).toBe('True');
    expect(pythonStr(20, '20')).toBe('20');
    expect(pythonStr(1, '1.0')).toBe('1.0');
    expect(pythonStr('time-based')).toBe('time-based');
  });

  it('dumps JSON like json.dumps(sort_keys=True)', () => {
    expect(pythonJsonDumps({ b: [1, 'é'], a: { y: true, x: null } })).toBe(
      '{"a": {"x": null, "y": true}, "b": [1, "\\u00e9"]}',
    );
  });
});
