import { UserError } from '../core/errors.js';
import type { ModelVersion } from '../azure/ml-api/types.js';
import { isNotFound } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import { RunHistory } from '../jobs/run-history.js';
import { filterText, matchesTags, requiredTags, type ModelRequest } from './selector.js';

export * from './selector.js';

export interface ResolvedModel {
  name: string;
  version: string;
  /** ARM id of the model version. */
  id: string;
  modelUri: string;
  modelType?: string;
  /** The job that produced it, as recorded by the service (`properties.jobName`). */
  jobName?: string;
  tags: Record<string, string>;
  createdAt?: Date;
}

/** Finds the model version a request names, or says clearly what exists instead. */
export async function resolveModel(session: AzureSession, request: ModelRequest): Promise<ResolvedModel> {
  if ('job' in request) return resolveByJob(session, request.job, request.name);
  await requireModelExists(session, request.name);
  const { selector } = request;
  if (selector.kind === 'version') return getVersion(session, request.name, selector.version);
  const tags = requiredTags(selector);
  // The service filters by one tag; the others (and that one again) are checked on each answer.
  const newest = await newestVersion(session, request.name, tags[0] && filterText(tags[0]), (v) =>
    matchesTags(v.properties.tags ?? {}, selector),
  );
  if (newest) return toResolved(request.name, newest);
  throw new UserError(
    `Model '${request.name}' has no version${tags.length ? ` tagged ${tags.map(filterText).join(' and ')}` : ''} in workspace ` +
      `'${session.workspace.workspace}'.${await versionsHint(session, request.name)}`,
  );
}

async function requireModelExists(session: AzureSession, name: string): Promise<void> {
  const { workspace } = session.workspace;
  try {
    await session.ml.containers('models').get(name);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    const names: string[] = [];
    for await (const c of session.ml.containers('models').list()) {
      if (c.name) names.push(c.name);
      if (names.length > 20) break;
    }
    const hint = !names.length
      ? ' The workspace has no models.'
      : names.length <= 20
        ? ` Models in it: ${names.sort().join(', ')}.`
        : '';
    throw new UserError(`Model '${name}' does not exist in workspace '${workspace}'.${hint}`);
  }
}

/** One version by name and number, or undefined when the workspace has no such model or version. */
export async function findModelVersion(
  session: AzureSession,
  name: string,
  version: string,
): Promise<ResolvedModel | undefined> {
  try {
    return toResolved(name, await session.ml.versions('models').get(name, version));
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

async function getVersion(session: AzureSession, name: string, version: string): Promise<ResolvedModel> {
  try {
    return toResolved(name, await session.ml.versions('models').get(name, version));
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new UserError(`Model '${name}' has no version ${version}.${await versionsHint(session, name)}`);
  }
}

/**
 * The newest version (by creation time) passing `accept`. The service is asked to filter and sort
 * (`tags`, `$orderBy=CreatedAtDesc`); `accept` re-checks each answer so a service that ignores a filter
 * cannot hand back a version without the tag.
 */
async function newestVersion(
  session: AzureSession,
  name: string,
  tags: string | undefined,
  accept: (v: ModelVersion) => boolean,
): Promise<ModelVersion | undefined> {
  const pages = session.ml.versions('models').list(name, { orderBy: 'CreatedAtDesc', tags }).byPage();
  let best: ModelVersion | undefined;
  for await (const page of pages) {
    for (const v of page) if (accept(v) && (!best || createdAt(v) > createdAt(best))) best = v;
    // Sorted newest first: the first page with a match holds the newest match.
    if (best) break;
  }
  return best;
}

async function resolveByJob(session: AzureSession, job: string, name: string | undefined): Promise<ResolvedModel> {
  const { workspace } = session.workspace;
  const names: string[] = [];
  if (name) {
    await requireModelExists(session, name);
    names.push(name);
  } else {
    for await (const c of session.ml.containers('models').list()) if (c.name) names.push(c.name);
  }
  const find = async (jobs: Set<string>) => {
    let best: { name: string; version: ModelVersion } | undefined;
    for (const n of names) {
      const v = await newestVersion(session, n, undefined, (mv) => jobs.has(mv.properties.jobName ?? ''));
      if (v && (!best || createdAt(v) > createdAt(best.version))) best = { name: n, version: v };
    }
    return best;
  };
  const best = (await find(new Set([job]))) ?? (await find(await stepJobs(session, job)));
  if (best) return toResolved(best.name, best.version);
  throw new UserError(
    `No model ${name ? `'${name}' ` : ''}in workspace '${workspace}' was registered by job '${job}' or its steps. ` +
      'Check the job name and that the job registered a model.',
  );
}

/**
 * The runs that registered on behalf of a pipeline job: its steps (a model registered by a step records the
 * step's run id as `jobName`) and, for a step the service reused, the earlier run it reused, which is the one
 * that registered. Empty when run history cannot be read (a plain command job has no steps either).
 */
async function stepJobs(session: AzureSession, job: string): Promise<Set<string>> {
  const { steps, reused } = await pipelineStepRuns(session, job);
  return new Set([...steps, ...reused]);
}

/** A pipeline job's step run ids, and the earlier runs its reused steps took their outputs from. */
export async function pipelineStepRuns(
  session: AzureSession,
  job: string,
): Promise<{ steps: Set<string>; reused: Set<string> }> {
  const steps = new Set<string>();
  const reused = new Set<string>();
  const history = await RunHistory.connect(session);
  if (!history) return { steps, reused };
  try {
    for (const step of await history.children(job)) {
      steps.add(step.runId);
      const earlier = step.properties?.['azureml.reusedrunid'];
      if (earlier) reused.add(earlier);
    }
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  return { steps, reused };
}

/** A list of the newest versions with their tags, for error messages. */
async function versionsHint(session: AzureSession, name: string): Promise<string> {
  const lines: string[] = [];
  for await (const v of session.ml.versions('models').list(name, { orderBy: 'CreatedAtDesc', top: 20 })) {
    const tags = Object.entries(v.properties.tags ?? {}).map(([k, val]) => (val ? `${k}=${val}` : k));
    lines.push(`${v.name}${tags.length ? ` (${tags.join(', ')})` : ''}`);
    if (lines.length >= 20) break;
  }
  return lines.length ? ` Versions (newest first): ${lines.join('; ')}.` : ' It has no versions.';
}

function toResolved(name: string, v: ModelVersion): ResolvedModel {
  const p = v.properties;
  if (!p.modelUri) throw new UserError(`Model ${name} version ${v.name} has no modelUri; it cannot be downloaded.`);
  const tags: Record<string, string> = {};
  for (const [k, val] of Object.entries(p.tags ?? {})) tags[k] = val ?? '';
  return {
    name,
    version: v.name ?? '',
    id: v.id ?? '',
    modelUri: p.modelUri,
    modelType: p.modelType,
    jobName: p.jobName,
    tags,
    createdAt: v.systemData?.createdAt ? new Date(v.systemData.createdAt) : undefined,
  };
}

/** Creation time in ms (the wire carries ISO 8601). */
const createdAt = (v: ModelVersion) => (v.systemData?.createdAt ? Date.parse(v.systemData.createdAt) || 0 : 0);
