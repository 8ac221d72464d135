/**
 * The one reader (and writer) of Azure ML jobs through ARM: look-up, status, studio link and outputs. Every
 * other module reads jobs through `findJob` / `getJob` here, so a missing job is reported the same way.
 */
import { UserError } from '../core/errors.js';
import { isNotFound } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import type { JobBase, PipelineJob } from '../azure/ml-api/types.js';

/** The job named `name`, or undefined when the workspace has none. */
export async function findJob(session: AzureSession, name: string): Promise<JobBase | undefined> {
  try {
    return await session.ml.jobs.get(name);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** PUTs a job body as it is (the REST layer sends the body unchanged). */
export async function putJob(session: AzureSession, name: string, body: JobBase): Promise<JobBase> {
  return session.ml.jobs.createOrUpdate(name, body);
}

/** The job named `name`; a missing job is a UserError naming the workspace (a typo in `attach` is common). */
export async function getJob(session: AzureSession, name: string): Promise<JobBase> {
  const job = await findJob(session, name);
  if (!job) {
    throw new UserError(
      `No job named '${name}' in workspace '${session.workspace.workspace}' ` +
        `(resource group ${session.workspace.resourceGroup}). Check the name and the workspace.`,
    );
  }
  return job;
}

export function statusOf(job: JobBase): string {
  return job.properties.status ?? 'Unknown';
}

/**
 * The studio link the service put on the job (`services.Studio.endpoint`), else the same link built
 * from the workspace coordinates (it opens the job without a tenant id; the studio asks for one).
 */
export function studioUrlOf(session: AzureSession, job: JobBase | undefined, name: string): string {
  const endpoint = job?.properties.services?.Studio?.endpoint;
  if (endpoint) return endpoint;
  const { subscriptionId, resourceGroup, workspace } = session.workspace;
  const wsid = `/subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}/workspaces/${workspace}`;
  return `https://ml.azure.com/runs/${encodeURIComponent(name)}?wsid=${wsid}`;
}

export function jobIdOf(session: AzureSession, job: JobBase | undefined, name: string): string {
  return job?.id ?? `${session.workspaceId}/jobs/${name}`;
}

/**
 * Pipeline output name -> URI. An output without an explicit URI lives where the service put it, which
 * `azureml://jobs/<job>/outputs/<output>` names for every Azure ML client (download-model included).
 */
export function outputsOf(job: JobBase, name: string): Record<string, string> {
  const props = job.properties as Partial<PipelineJob>;
  const outputs: Record<string, string> = {};
  for (const [key, output] of Object.entries(props.outputs ?? {})) {
    const uri = (output as { uri?: string } | null)?.uri; // asset outputs (uri_folder, mlflow_model, ...) carry one
    outputs[key] = uri ?? `azureml://jobs/${name}/outputs/${key}`;
  }
  return outputs;
}
