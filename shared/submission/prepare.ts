import type { AzureSession } from '../azure/session.js';
import * as jobs from '../jobs/index.js';
import type { WorkflowRun } from '../jobs/naming.js';
import type { DependencyResolver } from '../pipeline/component-rest.js';
import type { PipelineJob } from '../pipeline/model.js';
import { pipelineJobBody } from '../pipeline/to-rest.js';
import type { PipelineJobBody, PipelineResolver } from '../pipeline/to-rest.js';
import { assertComputesExist } from './computes.js';
import { assertLocalDataExists, assertReferencesExist } from './references.js';
import { resolveLatest } from './labels.js';
import { uploadLocalData } from './local-data.js';

export interface PrepareOptions {
  run: WorkflowRun;
  /** Job name input; else the deterministic name from the run. */
  name?: string;
  experimentName?: string;
  /** Resolve everything read-only: components and data get placeholder ids, nothing is written. */
  dryRun: boolean;
  /** Registers a local or inline component (anonymously) and returns its version id. */
  registerComponent: PipelineResolver['registerComponent'];
  /** Code and environments a parallel node names in its task (see `PipelineResolver.dependencies`). */
  dependencies?: DependencyResolver;
  /** Registers a local pipeline component's complete spec (anonymously) and returns its version id. */
  registerComponentSpec?: PipelineResolver['registerComponentSpec'];
}

export interface PreparedSubmission {
  name: string;
  body: PipelineJobBody;
  run: WorkflowRun;
}

/**
 * Everything between a valid pipeline YAML and the job PUT: the job's name and experiment, the computes
 * checked, local components registered and local data uploaded (each once, skipped when unchanged), and
 * the REST body. Any failure here happens before the job exists, so nothing is left half-submitted.
 */
export async function preparePipelineSubmission(
  session: AzureSession,
  job: PipelineJob,
  options: PrepareOptions,
): Promise<PreparedSubmission> {
  const identity = await jobs.jobIdentity(options.name, job, options.run, session.log);
  const name = identity.name;
  await jobs.assertNameFitsContent(session, identity);
  const experimentName = jobs.experimentNameFor(options.experimentName ?? job.experimentName ?? 'Default', options.run);
  await assertComputesExist(session, job);
  // Read-only, before any registration or upload: a dry run finds what the real run would fail on.
  assertLocalDataExists(job);
  await assertReferencesExist(session, job);
  const resolver: PipelineResolver = {
    workspaceId: session.workspaceId,
    registerComponent: options.dryRun
      ? async (c) => `<dry run: component '${c.name}' would be registered anonymously>`
      : options.registerComponent,
    registerComponentSpec: options.dryRun
      ? async () => '<dry run: a pipeline component would be registered anonymously>'
      : options.registerComponentSpec,
    uploadLocalData: options.dryRun
      ? async (path, type) => `<dry run: ${type} ${path} would be uploaded>`
      : (path, type) => uploadLocalData(session, path, type),
    resolveLabel: (collection, assetName, label) => resolveLatest(session, collection, assetName, label),
    dependencies: options.dryRun ? dryRunDependencies(session) : options.dependencies,
  };
  const body = await pipelineJobBody(job, resolver, { experimentName, name });
  body.properties.tags = { ...body.properties.tags, ...identity.tags };
  session.log.info(`Pipeline '${job.name ?? job.file}' -> job '${name}' in experiment '${experimentName}'.`);
  return { name, body, run: options.run };
}

/** A dry run's stand-ins for the code and environments a parallel node names: nothing is uploaded. */
function dryRunDependencies(session: AzureSession): DependencyResolver {
  return {
    workspaceId: session.workspaceId,
    codeId: async (path) => `<dry run: code ${path} would be uploaded>`,
    environmentId: async (env) => `<dry run: environment ${env.name ?? 'anonymous'} would be registered>`,
    resolveLabel: (collection, name, label) => resolveLatest(session, collection, name, label),
  };
}
