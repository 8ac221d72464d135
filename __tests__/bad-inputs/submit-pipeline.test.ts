/** submit-pipeline against bad inputs and files, real runs and dry runs: see harness.ts for the promises. */
import { useAzureContext } from './azure-context.js';
import { cases } from './cases/submit-pipeline.js';
import { badInputSuite } from './harness.js';

const context = useAzureContext(() => ({ file: 'pipelines/train.yaml' }));

badInputSuite('submit-pipeline', cases, context, { 'dry-run': 'true' });
