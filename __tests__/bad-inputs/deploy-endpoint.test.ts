/** deploy-endpoint against bad inputs: see harness.ts for the promises. */
import { PROJECT, useAzureContext } from './azure-context.js';
import { cases, DEPLOYMENT, ENDPOINT } from './cases/deploy-endpoint.js';
import { badInputSuite } from './harness.js';

const context = useAzureContext(
  () => ({ 'endpoint-file': 'endpoint/endpoint.yml', 'deployment-file': 'endpoint/deployment.yml' }),
  {
    ...PROJECT,
    'endpoint/endpoint.yml': ENDPOINT,
    'endpoint/deployment.yml': DEPLOYMENT,
    'endpoint/score/score.py': 'def init():\n    pass\n\n\ndef run(raw):\n    return raw\n',
    'endpoint/request.json': '{"data": [[1, 2]]}\n',
  },
);

badInputSuite('deploy-endpoint', cases, context);
