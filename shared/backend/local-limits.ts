/**
 * What the local backend cannot do, and how it says so. An entry names what it needs (`readBackend(needs)`), so
 * the refusal comes before the local workspace folder is opened or anything is written, and the entry never asks
 * which backend it has; the local backend's methods refuse with the same words if called anyway.
 */
export const LOCAL_LIMITS = {
  'batch-endpoint':
    "Input 'backend': batch endpoints have no local stand-in; set 'backend: azure' (or run the pipeline with submit-pipeline's local backend).",
  'endpoint-deployment':
    "Input 'backend': the local backend only runs the smoke test (the scoring script on this runner, no endpoint); " +
    "give 'smoke-test-request', or set 'backend: azure' to deploy.",
  'endpoint-reading':
    "Input 'endpoint': online endpoints are read from an Azure ML workspace; set 'backend: azure' " +
    '(the local backend deploys no endpoint: deploy-endpoint only smoke-tests on the runner there).',
} as const;

/** Something an entry needs of its backend beyond what every backend does. */
export type BackendNeed = keyof typeof LOCAL_LIMITS;
