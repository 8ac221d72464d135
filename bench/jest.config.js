/** Benchmarks run under jest only to share the TypeScript set-up and the test fixtures; they print, never assert time. */
import base from '../jest.config.js';

export default { ...base, rootDir: '..', testMatch: ['<rootDir>/bench/**/*.bench.ts'], testTimeout: 600000 };
