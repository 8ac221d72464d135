/**
 * The size proofs: models the size users have (a 1 GiB file, a folder of 5,000 files) downloaded intact through
 * the bundle. They cost minutes of I/O and a gigabyte of memory, so they run apart from `npm test`
 * (`npm run test:size`, which CI runs after it), one file at a time, each test with a timeout its test derives
 * from the bytes and files it moves.
 */
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/**/*.size.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // One at a time: two size proofs side by side would only measure each other.
  maxWorkers: 1,
};
