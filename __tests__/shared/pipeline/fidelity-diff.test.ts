import { diffJson, pythonJsonText } from './fidelity/diff.js';

describe('the fidelity comparison', () => {
  test('ignores key order but reports every field that differs, is missing on either side, or changes type', () => {
    const ours = { b: { x: '1', extra: {} }, a: [1, 2] };
    const recorded = { a: [1, 3], b: { x: 1, gone: false } };
    expect(diffJson(ours, recorded)).toEqual([
      { path: 'a[1]', ours: 2, recorded: 3 },
      { path: 'b.x', ours: '1', recorded: 1 },
      { path: 'b.gone', ours: undefined, recorded: false },
      { path: 'b.extra', ours: {}, recorded: undefined },
    ]);
    expect(diffJson({ k: { v: ['x'] } }, { k: { v: ['x'] } })).toEqual([]);
  });

  test("writes a body the way Python's json.dumps does, so its length is the recorded Content-Length", () => {
    expect(pythonJsonText({ a: [1, true, null], é: 'x>y' })).toBe('{"a": [1, true, null], "\\u00e9": "x>y"}');
  });
});
