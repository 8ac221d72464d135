import { UserError } from '../core/errors.js';
import type { AzureSession } from '../azure/session.js';
import type { JobBase } from '../azure/ml-api/types.js';
import { getJob } from '../jobs/job-resource.js';
import type { ContainerAccess } from '../storage/access.js';
import { blobUrlAccess, datastoreAccess, getBlobDatastore } from '../storage/datastore.js';
import { joinPath, parseModelUri } from './model-uri.js';
import type { ModelLocation } from './model-uri.js';

/** Jobs are read by the one job reader (shared/jobs/job-resource.ts); re-exported for existing importers. */
export { getJob };

/** A model's files: the container to read and the blob path (a folder or one blob) inside it. */
export interface ModelFiles {
  access: ContainerAccess;
  path: string;
}

/** Turns any `modelUri` form into a container and a path, following job outputs to their datastore. */
export async function locateModelFiles(session: AzureSession, modelUri: string): Promise<ModelFiles> {
  const location = await throughJobOutput(session, parseModelUri(modelUri));
  if (location.kind === 'blob') {
    const access = await blobUrlAccess(session, {
      accountName: location.accountName,
      containerName: location.container,
      endpointSuffix: location.endpointSuffix,
    });
    return { access, path: location.path };
  }
  if (location.workspace && location.workspace.toLowerCase() !== session.workspace.workspace.toLowerCase()) {
    throw new UserError(
      `Model URI '${modelUri}' points at workspace '${location.workspace}', not '${session.workspace.workspace}'; ` +
        'set the workspace input to the workspace that holds the datastore.',
    );
  }
  const datastore = await getBlobDatastore(session, location.datastore);
  return { access: datastoreAccess(session, datastore), path: location.path };
}

/**
 * A job output is stored wherever the job wrote it: its `uri` when the job recorded one; else the service's
 * defaults, `artifacts` in the run's artifact store, a named output under azureml/<job>/<output>/.
 */
async function throughJobOutput(
  session: AzureSession,
  location: ModelLocation,
): Promise<Exclude<ModelLocation, { kind: 'job-output' }>> {
  if (location.kind !== 'job-output') return location;
  const { job, output, path } = location;
  if (output === 'artifacts') {
    return {
      kind: 'datastore',
      datastore: 'workspaceartifactstore',
      path: joinPath(`ExperimentRun/dcid.${job}`, path),
    };
  }
  const recorded = outputUri(await getJob(session, job), output);
  if (!recorded) {
    return { kind: 'datastore', datastore: 'workspaceblobstore', path: joinPath(`azureml/${job}/${output}`, path) };
  }
  const base = parseModelUri(recorded);
  if (base.kind === 'job-output')
    throw new UserError(`Output '${output}' of job '${job}' points at another job output (${recorded}).`);
  return { ...base, path: joinPath(base.path, path) };
}

function outputUri(job: JobBase, output: string): string | undefined {
  const outputs = (job.properties as { outputs?: Record<string, { uri?: string } | null> }).outputs ?? {};
  if (!(output in outputs)) {
    const names = Object.keys(outputs);
    throw new UserError(
      `Job '${job.name}' has no output '${output}'.${names.length ? ` Its outputs: ${names.join(', ')}.` : ''}`,
    );
  }
  return outputs[output]?.uri || undefined;
}
