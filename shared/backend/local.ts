/**
 * This runner behind the `Backend` seam: the same YAML run here, with assets, models, job records and the step
 * cache kept in a local workspace folder (`shared/local/`). The compute is the runner itself, and a job runs
 * while it is followed, so nothing outlives the step.
 */
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { jobIdentity } from '../jobs/identity.js';
import { readLocalJobLineage } from '../local/model-lineage.js';
import type { LocalModel } from '../local/models.js';
import type { ResolvedModel } from '../models/resolve.js';
import type { OnlineEndpointOutcome, OnlineEndpointRequest } from '../endpoints/deploy-request.js';
import {
  downloadLocalModel,
  ensureLocalCompute,
  registerLocalAssetFiles,
  writeLocalModelLineage,
} from '../local/index.js';
import type { LocalWorkspace } from '../local/index.js';
import { promoteModel } from '../models/promote.js';
import { localModelTagStore } from '../models/promote-local.js';
import { formatBytes } from '../storage/download.js';
import { runPipelineLocally } from '../submission/run.js';
import { LOCAL_LIMITS } from './local-limits.js';
import type { Backend, CancelResult, ComputeOutcome, ComputeRequest, PipelineRun, StopOutcome } from './backend.js';

export class LocalBackend implements Backend {
  readonly label = 'local';

  constructor(
    readonly workspace: LocalWorkspace,
    private readonly log: Logger,
  ) {}

  /** The runner is the compute: checks it has the programs the command components call. */
  async ensureCompute(request: ComputeRequest): Promise<ComputeOutcome> {
    const components = request.components.filter((c) => c.type === 'command');
    const result = await ensureLocalCompute({ components, log: this.log });
    const programs = Object.entries(result.programs).map(([p, at]) => `${p} (${at})`);
    const rows = [
      ['Runner', result.name],
      ['CPUs used in parallel', String(result.maxParallel)],
      ['Shell', result.shell],
      ['Programs the components need', programs.join(', ') || '-'],
    ];
    return { ...result, line: `${result.name} (the runner)`, summary: { title: 'Local compute', rows } };
  }

  /** Never called for a compute this backend started (it starts none); says so if it is. */
  async stopCompute(name: string): Promise<StopOutcome> {
    this.log.info(`'${name}' is this runner: nothing to stop.`);
    return { stopped: false, state: 'Running' };
  }

  async registerAssets(...[files, options]: Parameters<Backend['registerAssets']>) {
    return registerLocalAssetFiles(this.workspace, files, { ...options, log: this.log });
  }

  async planPipeline(...[pipeline]: Parameters<Backend['planPipeline']>) {
    return { message: `Pipeline ${pipeline.file} is valid (dry run: nothing was run).` };
  }

  /** The job runs when it is followed, in this process; its name is decided now, as Azure's is on submit. */
  async submitPipeline(...[pipeline, options]: Parameters<Backend['submitPipeline']>): Promise<PipelineRun> {
    const identity = await jobIdentity(options.name, pipeline, options.run, this.log);
    const { name } = identity;
    const folder = this.workspace.jobFolder(name);
    return {
      job: { name, id: folder, studioUrl: '', status: 'NotStarted', attached: false },
      detached: false,
      follow: async ({ signals }) => {
        const result = await runPipelineLocally(this.workspace, pipeline, {
          ...options,
          identity,
          signals,
          log: this.log,
        });
        const cache = `Step cache: ${result.cache.hits.length} hit(s), ${result.cache.misses.length} miss(es).`;
        return { ...result, notes: [cache] };
      },
    };
  }

  async attachJob(): Promise<PipelineRun> {
    throw new UserError("Input 'attach' follows Azure jobs; with backend 'local' give 'file'.");
  }

  /** A local job runs inside the step that follows it, so none is left running when the step has ended. */
  async cancelJob(name: string): Promise<CancelResult> {
    this.log.info(`Local job '${name}' ran inside the step that followed it: nothing is left to cancel.`);
    return { name, cancelRequested: false };
  }

  async downloadModel(...[request, destination]: Parameters<Backend['downloadModel']>) {
    const download = await downloadLocalModel(this.workspace, { ...request, destination, log: this.log });
    const { lineage, file } = await writeLocalModelLineage(this.workspace, download);
    this.log.info(`Model ${lineage.name}:${lineage.version} (job ${lineage.job?.name ?? '-'}) -> ${destination}`);
    return {
      lineage,
      lineageFile: file,
      files: download.files.map((f) => join(destination, f)),
      filesDetail: `${download.files.length} (${formatBytes(download.bytes)})`,
    };
  }

  async promoteModel(...[request, where]: Parameters<Backend['promoteModel']>) {
    if (where) throw copyNeedsAzure();
    return promoteModel(localModelTagStore(this.workspace), request, this.log);
  }

  /** A registry or another workspace is an Azure place: the local workspace has nowhere to copy to. */
  async copyModel(): Promise<never> {
    throw copyNeedsAzure();
  }

  async getModelVersion(name: string, version: string): Promise<ResolvedModel | undefined> {
    const stored = await this.workspace.readAsset<Omit<LocalModel, 'path'>>('models', name, version);
    if (!stored) return undefined;
    const modelUri = join(this.workspace.assetFolder('models', name, version), 'files');
    const { jobName, tags, type } = stored;
    const created = { createdAt: new Date(stored.createdAt) };
    return { name, version, id: `local:${name}:${version}`, modelUri, modelType: type, jobName, tags, ...created };
  }

  /** No endpoint here: the deployment's scoring script answers the smoke test on this runner. */
  async deployOnlineEndpoint(request: OnlineEndpointRequest): Promise<OnlineEndpointOutcome> {
    const { smokeTestLocally } = await import('../endpoints/local-smoke.js');
    return smokeTestLocally(request, (model, folder) => this.downloadModel(model, folder), this.log);
  }

  async deployBatchEndpoint(): Promise<never> {
    throw new UserError(LOCAL_LIMITS['batch-endpoint']);
  }

  /** Online endpoints are Azure ML's: the local workspace has none. */
  async getEndpointDeployment(): Promise<never> {
    throw new UserError(
      "Input 'endpoint': online endpoints are read from an Azure ML workspace; set 'backend: azure'.",
    );
  }

  async getJobLineage(name: string) {
    return readLocalJobLineage(this.workspace, name);
  }
}

function copyNeedsAzure(): UserError {
  return new UserError(
    "Input 'copy-to' copies to an Azure ML registry or workspace; with backend 'local' leave it empty (the local workspace has one place).",
  );
}
