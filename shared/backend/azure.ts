/**
 * The Azure ML workspace behind the `Backend` seam: every method calls the shared Azure code (compute, assets,
 * submission, jobs, models). The session (sign-in and ARM client) is created on first use, so a step that
 * fails on a bad file, or a post step with nothing to do, never signs in.
 *
 * Start-up (docs/architecture.md, "Start-up"): each method imports its domain when it is called, with a dynamic
 * `import()` that ncc emits as a chunk of its own, so a step parses only what it uses before its first request
 * (ensure-compute neither @azure/storage-blob nor the local runner nor the pipeline compiler). Statically this
 * module imports only the session, which every method needs, and small pure helpers; never a domain module.
 */
import type { EnsureComputeResult } from '../azure/compute/ensure-compute.js';
import { createSession } from '../azure/create-session.js';
import type { SessionOptions } from '../azure/create-session.js';
import type { AzureSession } from '../azure/session.js';
import { UserError, errorMessage } from '../core/errors.js';
import { branchScopeTags } from '../github/branch-scope.js';
import { assertJobPassed } from '../jobs/outcome.js';
import type { SubmittedJob } from '../jobs/types.js';
import { runUrl, traceTags, type WorkflowRun } from '../jobs/naming.js';
import type { EndpointName } from '../trace/endpoint.js';
import type {
  BatchEndpointRequest,
  OnlineEndpointOutcome,
  OnlineEndpointRequest,
} from '../endpoints/deploy-request.js';
import type { Backend, ComputeOutcome, ComputeRequest, PipelineRun } from './backend.js';

/** The domains, one lazy import each (see the header): a method awaits the one it needs. */
const compute = () => import('../azure/compute/ensure-compute.js');
const submission = () => import('../submission/run.js');
const jobs = () => import('../jobs/index.js');

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
    const { ensureCompute } = await compute();
    const result = await ensureCompute(await this.signIn(), { ...request, name });
    const did = [result.created && 'created', result.started && 'started'].filter(Boolean).map((d) => ` (${d})`);
    return { ...result, line: `${result.name}: ${result.state}${did.join('')}`, summary: computeSummary(result) };
  }

  async stopCompute(name: string, waitTimeoutMs: number) {
    const { stopComputeInstance } = await compute();
    return stopComputeInstance(await this.signIn(), name, waitTimeoutMs);
  }

  async registerAssets(...[files, options]: Parameters<Backend['registerAssets']>) {
    const { registerAssets } = await import('../assets/register.js');
    return registerAssets(await this.signIn(), files, options);
  }

  async planPipeline(...[pipeline, options]: Parameters<Backend['planPipeline']>) {
    const { submitPipeline } = await submission();
    const { prepared } = await submitPipeline(await this.signIn(), pipeline, { ...options, dryRun: true });
    const experiment = prepared.body.properties.experimentName;
    return {
      name: prepared.name,
      body: prepared.body,
      message: `Job \`${prepared.name}\` would be submitted to experiment \`${experiment}\`; nothing was sent.`,
    };
  }

  async submitPipeline(...[pipeline, options]: Parameters<Backend['submitPipeline']>): Promise<PipelineRun> {
    const [{ submitPipeline }, { scopePipelineJob }] = await Promise.all([
      submission(),
      import('../submission/scope-pipeline.js'),
    ]);
    const { submitted } = await submitPipeline(await this.signIn(), pipeline, { ...options, dryRun: false });
    // The models its register steps register, to tag with where they came from once the job has passed.
    const models = {
      names: scopePipelineJob(pipeline, undefined).modelNames,
      tags: branchScopeTags(options.run, undefined),
    };
    return this.running(submitted!, models);
  }

  async attachJob(name: string): Promise<PipelineRun> {
    const { attachJob } = await jobs();
    return this.running(await attachJob(await this.signIn(), name));
  }

  async cancelJob(name: string) {
    const { cancelJobIfRunning } = await jobs();
    return cancelJobIfRunning(await this.signIn(), name);
  }

  async downloadModel(...[request, destination, options]: Parameters<Backend['downloadModel']>) {
    const [{ downloadModel }, { formatBytes }] = await Promise.all([
      import('../models/download-model.js'),
      import('../storage/download.js'),
    ]);
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
    const [{ promoteModel }, { azureModelTagStore }] = await Promise.all([
      import('../models/promote.js'),
      import('../models/promote-azure.js'),
    ]);
    const session = await this.signIn();
    return promoteModel(azureModelTagStore(session, where), request, session.log);
  }

  async copyModel(...[request]: Parameters<Backend['copyModel']>) {
    const { copyModel } = await import('../models/copy.js');
    return copyModel(await this.signIn(), request);
  }

  async getModelVersion(name: string, version: string) {
    const { findModelVersion } = await import('../models/resolve.js');
    return findModelVersion(await this.signIn(), name, version);
  }

  async deployOnlineEndpoint({ run, ...request }: OnlineEndpointRequest): Promise<OnlineEndpointOutcome> {
    const { deployOnline } = await import('../endpoints/online.js');
    const session = await this.signIn();
    const result = await deployOnline(session, { ...request, ...(await deploymentContext(session, run)) });
    return { kind: 'deployed', result };
  }

  async deployBatchEndpoint({ run, jobTimeoutMs, signals, onJob, onJobStatus, ...request }: BatchEndpointRequest) {
    const { deployBatch } = await import('../endpoints/batch.js');
    const session = await this.signIn();
    return deployBatch(session, {
      ...request,
      ...(await deploymentContext(session, run)),
      // The invocation's job is followed as submit-pipeline follows one (logs, cancel on SIGINT/SIGTERM).
      followJob: async (name) => {
        onJob?.(name);
        const outcome = await (await this.attachJob(name)).follow({ timeoutMs: jobTimeoutMs, signals });
        onJobStatus?.(outcome.status);
        assertJobPassed(outcome);
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
    const [{ findJob }, { jobLineage }] = await Promise.all([
      import('../jobs/job-resource.js'),
      import('../models/lineage.js'),
    ]);
    const job = await findJob(await this.signIn(), name);
    return job && jobLineage(job);
  }

  /** A job in the workspace runs on its own: following only watches it (and cancels it on a signal). */
  private running(job: SubmittedJob, models?: { names: string[]; tags: Record<string, string> }): PipelineRun {
    return {
      job,
      detached: true,
      follow: async (options) => {
        const { followWithCancel } = await submission();
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
    const { tagModelsRegisteredBy } = await import('../models/tag-registered.js');
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
async function deploymentContext(session: AzureSession, run: WorkflowRun) {
  const { anonymousRegistrar } = await import('../assets/anonymous.js');
  const registrar = anonymousRegistrar(session, { tags: traceTags(run) });
  return {
    lineage: { commit: run.sha, runUrl: runUrl(run) },
    uploadCode: (folder: string) => registrar.dependencies.codeId(folder),
  };
}
