import { nextFreeVersion } from '../../../shared/assets/versioning.js';

describe('nextFreeVersion', () => {
  test.each([
    { taken: [], after: undefined, next: '1' },
    { taken: ['1', '2', '7'], after: undefined, next: '8' },
    { taken: ['0.1.0', 'beta'], after: undefined, next: '1' },
    { taken: ['0.1.0'], after: '0.1.0', next: '0.1.1' },
    { taken: ['0.1.0', '0.1.1', '0.1.2'], after: '0.1.0', next: '0.1.3' },
    { taken: ['7', '8'], after: '7', next: '9' },
    { taken: ['v2'], after: 'v2', next: 'v3' },
    { taken: ['beta', 'beta.1'], after: 'beta', next: 'beta.2' },
  ])('after $after with $taken taken: $next', ({ taken, after, next }) => {
    expect(nextFreeVersion(taken, after)).toBe(next);
  });
});
