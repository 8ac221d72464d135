/** download-model against bad inputs: see harness.ts for the promises. */
import { useAzureContext } from './azure-context.js';
import { cases } from './cases/download-model.js';
import { badInputSuite } from './harness.js';

const context = useAzureContext(() => ({ name: 'clf', path: 'model' }));

badInputSuite('download-model', cases, context);
