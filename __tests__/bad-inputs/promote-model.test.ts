/** promote-model against bad inputs: see harness.ts for the promises. */
import { useAzureContext } from './azure-context.js';
import { cases } from './cases/promote-model.js';
import { badInputSuite } from './harness.js';

const context = useAzureContext(() => ({ name: 'clf', version: '1' }));

badInputSuite('promote-model', cases, context);
