/** Inputs checked where they enter (issue 17, parts 4 and 5). */
import { assertSingleLine, parseSeconds } from '../../../shared/core/inputs.js';

describe('parseSeconds', () => {
  test.each([
    ['', 1800_000],
    ['90', 90_000],
    [' 1.5 ', 1500],
    ['0', 0],
  ])('%j -> %d ms', (value, ms) => expect(parseSeconds('wait-timeout', value, 1800)).toBe(ms));

  test.each(['NaN', 'Infinity', '-1', '1e9', '0x10', '5s', '1.'])('%j is refused naming the input', (value) => {
    expect(() => parseSeconds('wait-timeout', value, 1800)).toThrow(
      `Input 'wait-timeout' must be a number of seconds (digits, optionally with a decimal point); got '${value}'.`,
    );
  });
});

describe('assertSingleLine', () => {
  test.each(['a\nb', 'a\rb', 'a\r\n'])('%j is refused naming the input', (value) => {
    expect(() => assertSingleLine('model-name', value)).toThrow(/Input 'model-name' must be a single line/);
  });
  test('one line, or no value, passes', () => {
    expect(() => assertSingleLine('model-name', 'animals ::x')).not.toThrow();
    expect(() => assertSingleLine('model-name', undefined)).not.toThrow();
  });
});
