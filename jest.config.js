/** Jest runs the TypeScript sources as native ES modules (the toolkit's @actions/* packages are ESM-only). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // The size proofs (*.size.test.ts) run apart: jest.size.config.js, `npm run test:size`.
  testPathIgnorePatterns: ['/node_modules/', '\\.size\\.test\\.ts$'],
  testTimeout: 60000,
  // Workers (not in-band) on 2-core machines too, and a worker is replaced after a test file that left it big
  // (the 1 GiB model download holds Azurite's blobs in memory): a bloated worker can no longer fork the bundles.
  maxWorkers: 2,
  workerIdleMemoryLimit: '700MB',
};
