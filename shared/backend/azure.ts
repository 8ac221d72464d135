/**
 * The Azure ML workspace behind the `Backend` seam: every method calls the shared Azure code (compute, assets,
 * submission, jobs, models). The session (sign-in and ARM client) is created on first use, so a step that
 * fails on a bad file, or a post step with nothing to do, never signs in.
 */
import { registerAssets } from '../assets/register.js';
import { ensureCompute, stopComputeInstance } from '../azure/compute/ensure-compute.js';
import type { EnsureComputeResult } from '../azure/compute/ensure-compute.js';
import { createSession } from '../azure/create-session.js';
import type { SessionOptions } from '../azure/create-session.js';
import type { AzureSession } from '../azure/session.js';
import { UserError, errorMessage } from '../core/errors.js';
import { branchScopeTags } from '../github/branch-scope.js';
import * as jobs from '../jobs/index.js';
import type { SubmittedJob } from '../jobs/index.js';
import { downloadModel } from '../models/download-model.js';
import { copyModel } from '../models/copy.js';
import { promoteModel } from '../models/promote.js';
import { azureModelTagStore } from '../models/promote-azure.js';
import { findJob } from '../jobs/job-resource.js';
import { runUrl, traceTags, type WorkflowRun } from '../jobs/naming.js';
import { anonymousRegistrar } from '../assets/anonymous.js';
import { jobLineage } from '../models/lineage.js';
import { findModelVersion } from '../models/resolve.js';
import type { EndpointName } from '../trace/endpoint.js';
import type {
  BatchEndpointRequest,
  OnlineEndpointOutcome,
  OnlineEndpointRequest,
} from '../endpoints/deploy-request.js';
import { tagModelsRegisteredBy } from '../models/tag-registered.js';
import { formatBytes } from '../storage/download.js';
import { followWithCancel, submitPipeline } from '../submission/run.js';
import { scopePipelineJob } from '../submission/scope-pipeline.js';
import type { Backend, ComputeOutcome, ComputeRequest, PipelineRun } from './backend.js';

export class AzureBackend implements Backend {
  readonly label = 'Azure ML';
  private session?: Promise<AzureSession>;

  constructor(private readonly sessionOptions: SessionOptions) {}

  /** The signed-in session, created once on first use. */
  signIn(): Promise<AzureSession> {
    this.session ??= createSession(this.sessionOptions);
    return this.session;
  }

  async ensureCompute(request: ComputeRequest): Promise<ComputeOutcome> {
    const name = request.name ?? request.spec?.name;
    if (!name) throw new UserError("Give the compute 'name', or a 'file' whose YAML has a name.");
    const result = await ensureCompute(await this.signIn(), { ...request, name });
    const did = [result.created && 'created', result.started && 'started'].filter(Boolean).map((d) => ` (${d})`);
    return { ...result, line: `${result.name}: ${result.state}${did.join('')}`, summary: computeSummary(result) };
  }

  async stopCompute(name: string, waitTimeoutMs: number) {
    return stopComputeInstance(await this.signIn(), name, waitTimeoutMs);
  }

  async registerAssets(...[files, options]: Parameters<Backend['registerAssets']>) {
    return registerAssets(await this.signIn(), files, options);
  }

  async planPipeline(...[pipeline, options]: Parameters<Backend['planPipeline']>) {
    const { prepared } = await submitPipeline(await this.signIn(), pipeline, { ...options, dryRun: true });
    const experiment = prepared.body.properties.experimentName;
    return {
      name: prepared.name,
      body: prepared.body,
      message: `Job \`${prepared.name}\` would be submitted to experiment \`${experiment}\`; nothing was sent.`,
    };
  }

  async submitPipeline(...[pipeline, options]: Parameters<Backend['submitPipeline']>): Promise<PipelineRun> {
    const { submitted } = await submitPipeline(await this.signIn(), pipeline, { ...options, dryRun: false });
    // The models its register steps register, to tag with where they came from once the job has passed.
    const models = {
      names: scopePipelineJob(pipeline, undefined).modelNames,
      tags: branchScopeTags(options.run, undefined),
    };
    return this.running(submitted!, models);
  }

  async attachJob(name: string): Promise<PipelineRun> {
    return this.running(await jobs.attachJob(await this.signIn(), name));
  }

  async cancelJob(name: string) {
    return jobs.cancelJobIfRunning(await this.signIn(), name);
  }

  async downloadModel(...[request, destination, options]: Parameters<Backend['downloadModel']>) {
    const result = await downloadModel(await this.signIn(), { request, destination, ...options });
    const { files, bytes } = result.download;
    const verified = files.filter((f) => f.md5Verified).length;
    return {
      lineage: result.lineage,
      lineageFile: result.lineageFile,
      files: files.map((f) => f.path),
      filesDetail: `${files.length} (${formatBytes(bytes)}), ${verified} checked against Content-MD5`,
    };
  }

  async promoteModel(...[request, where]: Parameters<Backend['promoteModel']>) {
    const session = await this.signIn();
    return promoteModel(azureModelTagStore(session, where), request, session.log);
  }

  async copyModel(...[request]: Parameters<Backend['copyModel']>) {
    return copyModel(await this.signIn(), request);
  }

  async getModelVersion(name: string, version: string) {
    return findModelVersion(await this.signIn(), name, version);
  }

  async deployOnlineEndpoint({ run, ...request }: OnlineEndpointRequest): Promise<OnlineEndpointOutcome> {
    const { deployOnline } = await import('../endpoints/online.js');
    const session = await this.signIn();
    const result = await deployOnline(session, { ...request, ...deploymentContext(session, run) });
    return { kind: 'deployed', result };
  }

  async deployBatchEndpoint({ run, jobTimeoutMs, signals, onJob, onJobStatus, ...request }: BatchEndpointRequest) {
    const { deployBatch } = await import('../endpoints/batch.js');
    const session = await this.signIn();
    return deployBatch(session, {
      ...request,
      ...deploymentContext(session, run),
      // The invocation's job is followed as submit-pipeline follows one (logs, cancel on SIGINT/SIGTERM).
      followJob: async (name) => {
        onJob?.(name);
        const outcome = await (await this.attachJob(name)).follow({ timeoutMs: jobTimeoutMs, signals });
        onJobStatus?.(outcome.status);
        jobs.assertJobPassed(outcome);
        return outcome;
      },
    });
  }

  async getEndpointDeployment(name: EndpointName) {
    const [{ EndpointsApi }, { readEndpointDeployment }] = await Promise.all([
      import('../azure/ml-api/endpoints.js'),
      import('../trace/endpoint-read.js'),
    ]);
    return readEndpointDeployment(new EndpointsApi((await this.signIn()).ml, 'online'), name, this.label);
  }

  async getJobLineage(name: string) {
    const job = await findJob(await this.signIn(), name);
    return job && jobLineage(job);
  }

  /** A job in the workspace runs on its own: following only watches it (and cancels it on a signal). */
  private running(job: SubmittedJob, models?: { names: string[]; tags: Record<string, string> }): PipelineRun {
    return {
      job,
      detached: true,
      follow: async (options) => {
        const session = await this.signIn();
        const result = await followWithCancel(session, job, options);
        const notes = result.passed && models ? await tagRegisteredModels(session, job.name, models) : [];
        return { ...result, notes };
      },
    };
  }
}

/** Tagging is traceability, not training: a failure to tag is a warning, and the run's result stands. */
async function tagRegisteredModels(
  session: AzureSession,
  job: string,
  models: { names: string[]; tags: Record<string, string> },
): Promise<string[]> {
  try {
    const tagged = await tagModelsRegisteredBy(session, job, models.names, models.tags);
    return tagged.length
      ? [
          `Registered model(s) tagged with branch, pull request and commit: ${tagged.map((t) => `\`${t.name}:${t.version}\``).join(', ')}.`,
        ]
      : [];
  } catch (error) {
    session.log.warning(`The models job ${job} registered could not be tagged: ${errorMessage(error)}`);
    return [];
  }
}

function computeSummary(result: EnsureComputeResult): ComputeOutcome['summary'] {
  const did = [
    result.created && 'created',
    result.updated.length && `updated (${result.updated.join(', ')})`,
    result.started && 'started',
  ]
    .filter(Boolean)
    .join(', ');
  const rows = [
    ['Compute', result.name],
    ['Type', result.computeType],
    ['State', result.state],
    ['This run', did || 'nothing to change'],
  ];
  if (result.nodes) {
    const { current, min, max } = result.nodes;
    rows.push(['Nodes (current / min / max)', `${current ?? 0} / ${min ?? 0} / ${max ?? '?'}`]);
  }
  return { title: 'Azure ML compute', rows };
}

/** What both endpoint kinds need besides the files: lineage tags from the run, and the code upload. */
function deploymentContext(session: AzureSession, run: WorkflowRun) {
  const registrar = anonymousRegistrar(session, { tags: traceTags(run) });
  return {
    lineage: { commit: run.sha, runUrl: runUrl(run) },
    uploadCode: (folder: string) => registrar.dependencies.codeId(folder),
  };
}
