/** register-components against bad inputs and files: see harness.ts for what every case must hold to. */
import { useAzureContext } from './azure-context.js';
import { cases } from './cases/register-components.js';
import { badInputSuite } from './harness.js';

const context = useAzureContext(() => ({
  environments: 'environment/*.yaml',
  components: 'components/**/*.yaml',
  'version-strategy': 'yaml',
}));

badInputSuite('register-components', cases, context, { 'dry-run': 'true' });
