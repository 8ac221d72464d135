/** ensure-compute against bad inputs and compute files: see harness.ts for the promises. */
import { useAzureContext } from './azure-context.js';
import { cases } from './cases/ensure-compute.js';
import { badInputSuite } from './harness.js';

const context = useAzureContext(() => ({ file: 'compute/cluster.yaml' }));

badInputSuite('ensure-compute', cases, context);
