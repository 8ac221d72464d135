/** The root action against bad inputs and files: see harness.ts for the promises. */
import { useAzureContext } from './azure-context.js';
import { cases } from './cases/mlops.js';
import { badInputSuite } from './harness.js';

const context = useAzureContext(() => ({
  environments: 'environment/*.yaml',
  components: 'components/**/*.yaml',
  'pipeline-file': 'pipelines/train.yaml',
  'model-name': 'clf',
}));

badInputSuite('mlops', cases, context);
