/** trace against bad inputs, on the local backend (nothing to write to): see harness.ts for the promises. */
import { cases, RENDERED } from './cases/trace.js';
import { badInputSuite } from './harness.js';

badInputSuite('trace', cases, () => ({
  project: { 'rendered.yaml': RENDERED },
  inputs: () => ({ manifest: 'rendered.yaml', backend: 'local', registry: 'false' }),
  env: () => ({}),
  writes: () => [],
}));
