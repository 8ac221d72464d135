/**
 * What deploy-endpoint asks of a backend (shared/backend/backend.ts): the endpoint and deployment files read, the
 * model, and the run that deploys (its commit and URL become the deployment's lineage tags). The Azure backend
 * deploys; the local one has only a stand-in for the online smoke test.
 */
import type { SignalTarget } from '../jobs/cancel.js';
import type { WorkflowRun } from '../jobs/naming.js';
import type { BatchDeployOptions, BatchDeployResult } from './batch.js';
import type { OnlineDeployOptions, OnlineDeployResult } from './online.js';

export type OnlineEndpointRequest = Omit<OnlineDeployOptions, 'lineage' | 'uploadCode'> & { run: WorkflowRun };

export type OnlineEndpointOutcome =
  | { kind: 'deployed'; result: OnlineDeployResult }
  /** The local backend: the scoring script answered the smoke test on this runner; nothing was deployed. */
  | { kind: 'smoke-tested'; endpoint: string; deployment: string; model: string; status: number; requestFile: string };

export type BatchEndpointRequest = Omit<BatchDeployOptions, 'lineage' | 'uploadCode' | 'followJob'> & {
  run: WorkflowRun;
  /** How long to follow the invocation's job (default: to its end). */
  jobTimeoutMs?: number;
  /** Cancels the followed job on these signals, as submit-pipeline does. */
  signals: SignalTarget;
  /** Called with the invocation's job name once it exists, and with its status once it ended. */
  onJob?(name: string): void;
  onJobStatus?(status: string): void;
};

export type { BatchDeployResult, OnlineDeployResult };
