/**
 * The seam between the actions and where the work happens. Every entry under `actions/` and the root action
 * call one `Backend`; `AzureBackend` (an Azure ML workspace) and `LocalBackend` (this runner, with a local
 * workspace folder) implement it. Nothing above this interface asks which one it holds: what differs between
 * them (what a compute is, whether a job outlives the step) is answered by the implementation.
 */
import type { AssetFiles } from '../assets/load.js';
import type { RegistrationResult, VersionStrategy } from '../assets/types.js';
import type { ComputeSpec } from '../compute/compute-spec.js';
import type { JobResult, SignalTarget, SubmittedJob } from '../jobs/index.js';
import type { WorkflowRun } from '../jobs/naming.js';
import type { JobLineage, ModelLineage } from '../models/lineage.js';
import type { CopyRequest, CopyResult, CopyTarget } from '../models/copy.js';
import type { PromoteRequest, PromoteResult } from '../models/promote.js';
import type { ModelRequest, ResolvedModel } from '../models/resolve.js';
import type { Component } from '../pipeline/model.js';
import type { PipelineJob } from '../pipeline/model.js';
import type { EndpointName, EndpointRead } from '../trace/endpoint.js';
import type {
  BatchDeployResult,
  BatchEndpointRequest,
  OnlineEndpointOutcome,
  OnlineEndpointRequest,
} from '../endpoints/deploy-request.js';

export interface Backend {
  /** How messages name where jobs and assets live: "Azure ML" or "local". */
  readonly label: string;
  /** Makes the compute the work runs on exist and be ready (for an instance: running). */
  ensureCompute(request: ComputeRequest): Promise<ComputeOutcome>;
  /** Stops a compute instance (the post step's backstop); a backend without instances has nothing to stop. */
  stopCompute(name: string, waitTimeoutMs: number): Promise<StopOutcome>;
  /** Registers environments and components under the version strategy (a dry run plans and writes nothing). */
  registerAssets(files: AssetFiles, options: RegisterRequest): Promise<RegistrationResult>;
  /** What submitting would do, without registering, uploading, submitting or running anything. */
  planPipeline(pipeline: PipelineJob, options: PipelineRequest): Promise<PipelinePlan>;
  /** Submits the pipeline job (registering what it needs), or attaches to the job of the same name. */
  submitPipeline(pipeline: PipelineJob, options: PipelineRequest): Promise<PipelineRun>;
  /** A job that exists already, by name, to follow. */
  attachJob(name: string): Promise<PipelineRun>;
  /** The post step's backstop: cancels the job when it still runs; nothing when it has ended or is unknown. */
  cancelJob(name: string): Promise<CancelResult>;
  /** Resolves the model version, copies its files to `destination` and writes its lineage beside them. */
  downloadModel(request: ModelRequest, destination: string, options?: { concurrency?: number }): Promise<ModelDownload>;
  /**
   * Moves a stage tag to one model version and off every other version of the model, and adds or removes tags
   * on that version (promote-model), in the backend's workspace or, with `where`, in a copy's target. A write
   * failing part-way throws `PartialPromotionError` with what was done.
   */
  promoteModel(request: PromoteRequest, where?: CopyTarget): Promise<PromoteResult>;
  /**
   * Copies a model version (files, tags, properties, lineage) to a registry or another workspace, same name and
   * version, verified by content hash; a version already there with the same content is left as it is.
   */
  copyModel(request: CopyRequest): Promise<CopyResult>;
  /** One model version's record (trace reads it): undefined when there is no such version. */
  getModelVersion(name: string, version: string): Promise<ResolvedModel | undefined>;
  /** A job's lineage (commit, workflow run, data inputs; trace reads it): undefined when there is no such job. */
  getJobLineage(name: string): Promise<JobLineage | undefined>;
  /** An online endpoint's deployment to trace from (named, else the busiest); one that is not there is `missing`. */
  getEndpointDeployment(name: EndpointName): Promise<EndpointRead>;
  /** deploy-endpoint, online: blue/green on an Azure ML endpoint (the local backend: the smoke test on the runner). */
  deployOnlineEndpoint(request: OnlineEndpointRequest): Promise<OnlineEndpointOutcome>;
  /** deploy-endpoint, batch: deploy, optionally make default and invoke, following the job. */
  deployBatchEndpoint(request: BatchEndpointRequest): Promise<BatchDeployResult>;
}

export interface ComputeRequest {
  /** The compute's name (the `name` input, else the YAML's). */
  name?: string;
  /** The compute YAML: needed to create one, and compared with what exists. */
  spec?: ComputeSpec;
  create: boolean;
  start: boolean;
  waitTimeoutMs: number;
  /** Delete and create again a compute that failed to provision (Azure only). */
  recreateFailed?: boolean;
  /** The components the pipeline will run: a backend whose compute is the runner checks it can run them. */
  components: readonly Component[];
  /**
   * Called just before a start is requested, so an interrupted run still stops what it started (the caller
   * saves its post-step state here).
   */
  onStartRequested?: () => void;
}

export interface ComputeOutcome {
  name: string;
  id: string;
  state: string;
  created: boolean;
  started: boolean;
  /** One line for a table of steps (the root action's summary). */
  line: string;
  /** The compute's own summary table: a title and field/value rows. */
  summary: { title: string; rows: string[][] };
}

export interface StopOutcome {
  stopped: boolean;
  state: string;
}

export interface RegisterRequest {
  strategy: VersionStrategy;
  dryRun: boolean;
  /** Traceability tags (commit, repository, run) stored with every asset. */
  tags: Record<string, string>;
}

export interface PipelineRequest {
  run: WorkflowRun;
  name?: string;
  experimentName?: string;
  forceRerun: boolean;
}

/** A dry run's report: what would be sent (when the backend sends anything) and one sentence for the summary. */
export interface PipelinePlan {
  /** The job name it would get, when known before running. */
  name?: string;
  /** The request body that would be sent. */
  body?: unknown;
  message: string;
}

/** A pipeline job submitted (or attached to) and not yet followed. */
export interface PipelineRun {
  job: SubmittedJob;
  /**
   * True when the job runs on its own once submitted (so `wait: false` may leave it, and a post step must
   * cancel what is left running); false when following it is what runs it.
   */
  detached: boolean;
  /** Follows (or runs) the job to its end; SIGINT/SIGTERM on `signals` cancel it. */
  follow(options: { timeoutMs?: number; signals: SignalTarget }): Promise<PipelineResult>;
}

export interface PipelineResult extends JobResult {
  /** Extra lines for the job summary (the local step cache's hits and misses). */
  notes: string[];
}

export interface CancelResult {
  name: string;
  /** The job's status before anything was done; undefined when there is no such job. */
  status?: string;
  cancelRequested: boolean;
}

export interface ModelDownload {
  lineage: ModelLineage;
  /** The lineage record written beside the model. */
  lineageFile: string;
  /** Every file written, absolute paths, lineage record excluded. */
  files: string[];
  /** The files for the summary: how many, their size, and what was checked. */
  filesDetail: string;
}
