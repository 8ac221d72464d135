import { describe, expect, it } from '@jest/globals';
import { liveDeployment, parseTrafficStrategy, shiftTraffic } from '../../../shared/endpoints/traffic.js';

describe('the traffic input', () => {
  it.each([
    ['', [{ kind: 'live', percent: 100 }]],
    ['100', [{ kind: 'live', percent: 100 }]],
    ['0', [{ kind: 'live', percent: 0 }]],
    [
      '20, 100',
      [
        { kind: 'live', percent: 20 },
        { kind: 'live', percent: 100 },
      ],
    ],
    [
      'mirror:10 50% 100',
      [
        { kind: 'mirror', percent: 10 },
        { kind: 'live', percent: 50 },
        { kind: 'live', percent: 100 },
      ],
    ],
  ])('%j reads as its steps', (text, steps) => {
    expect(parseTrafficStrategy(text)).toEqual(steps);
  });

  it.each([
    ['half', "'half' is not a step"],
    ['150', "'150' is not a step"],
    ['50, 20', 'must rise'],
    ['20, mirror:10', 'must come first'],
    ['mirror:60, 100', 'must come first and be 1 to 50'],
    ['mirror:10', 'give the live percentage'],
    ['0, 100', '0 leaves traffic alone'],
  ])('%j is refused, naming the input: %s', (text, message) => {
    expect(() => parseTrafficStrategy(text)).toThrow(message);
    expect(() => parseTrafficStrategy(text)).toThrow("Input 'traffic'");
  });
});

describe('moving traffic to a new deployment', () => {
  it('takes the share from the deployments that had traffic, in proportion, summing to 100', () => {
    expect(shiftTraffic({ blue: 100 }, 'green', 20)).toEqual({ blue: 80, green: 20 });
    expect(shiftTraffic({ blue: 70, red: 30 }, 'green', 50)).toEqual({ blue: 35, red: 15, green: 50 });
    const odd = shiftTraffic({ blue: 50, red: 50 }, 'green', 33);
    expect(Object.values(odd).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('gives all of it to the new deployment on a first deployment or at 100', () => {
    expect(shiftTraffic({}, 'blue', 20)).toEqual({ blue: 100 });
    expect(shiftTraffic({ blue: 100, old: 0 }, 'green', 100)).toEqual({ blue: 0, old: 0, green: 100 });
  });

  it('names the deployment with the most traffic as the live one', () => {
    expect(liveDeployment({ blue: 30, green: 70 })).toBe('green');
    expect(liveDeployment({ blue: 0 })).toBeUndefined();
    expect(liveDeployment(undefined)).toBeUndefined();
  });
});
