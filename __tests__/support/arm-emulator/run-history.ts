/**
 * The run-history data plane (what `az ml job stream` and `jobs.list(parent_job_name=...)` read):
 * `{api}/history/v1.0/subscriptions/.../workspaces/{ws}/runs/{runId}[/details|/children]`, plus the log files
 * whose (SAS-style) URLs `details.logFiles` hands out. Reads move the job along its script, as ARM gets do.
 */
import type { EmulatorContext } from './context.js';
import type { EmuRequest } from './http.js';
import { ArmError, json } from './http.js';
import type { JsonObject } from './json.js';
import { objectAt, stringAt } from './json.js';
import type { Router } from './router.js';
import { key } from './state.js';
import { PROVIDER } from './arm/common.js';
import type { ChildRun, JobRecord } from './arm/job-script.js';
import { errorBody } from './arm/job-script.js';
import type { JobsControl } from './arm/jobs.js';

const HISTORY = `/history/v1.0/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${PROVIDER}/workspaces/{workspaceName}`;
const LOGS = '/_logs/{runId}/{file}';

/** A run: the job itself, one of its steps, or a run under a step (`parent` is then that step's run). */
type Found = { job: JobRecord; child?: ChildRun; parent?: ChildRun };

export function registerRunHistoryRoutes(router: Router, ctx: EmulatorContext, jobs: JobsControl): void {
  const find = (req: EmuRequest): Found => {
    const { subscriptionId, resourceGroupName, workspaceName, runId } = req.params;
    const s = ctx.settings;
    const inWorkspace =
      key(subscriptionId) === key(s.subscriptionId) &&
      key(resourceGroupName) === key(s.resourceGroup) &&
      key(workspaceName) === key(s.workspace);
    const found = inWorkspace ? findRun(ctx, runId) : undefined;
    if (!found) throw new ArmError(404, 'UserError', `Run ${runId} was not found`);
    jobs.observe(found.job);
    return found;
  };

  router.add('GET', `${HISTORY}/runs/{runId}`, 'data-plane', (req) => json(200, runBody(ctx, find(req))));
  router.add('GET', `${HISTORY}/runs/{runId}/details`, 'data-plane', (req) => {
    const found = find(req);
    const logs = found.child?.logs ?? found.job.logs;
    const runId = found.child?.runId ?? found.job.resource.name;
    const logFiles: JsonObject = {};
    for (const path of logs.keys()) {
      logFiles[path] =
        `${req.origin}/_logs/${encodeURIComponent(runId)}/${encodeURIComponent(path)}?sv=2021-08-06&sr=b&sig=emulated`;
    }
    return json(200, { ...runBody(ctx, found), logFiles });
  });
  router.add('GET', `${HISTORY}/runs/{runId}/children`, 'data-plane', (req) => {
    const found = find(req);
    const children = found.child
      ? (found.child.children ?? []).map((child) => runBody(ctx, { job: found.job, child, parent: found.child }))
      : found.job.children.map((child) => runBody(ctx, { job: found.job, child }));
    return json(200, { value: children, continuationToken: null, nextLink: null });
  });
  router.add('GET', LOGS, 'none', (req) => {
    const found = findRun(ctx, req.params.runId);
    const text = (found?.child?.logs ?? found?.job.logs)?.get(req.params.file);
    if (text === undefined) throw new ArmError(404, 'BlobNotFound', 'The specified blob does not exist.');
    return { status: 200, text };
  });
}

function findRun(ctx: EmulatorContext, runId: string): Found | undefined {
  const job = ctx.state.jobs.get(key(runId));
  if (job) return { job };
  for (const owner of ctx.state.jobs.values()) {
    const found = findChild(owner, owner.children, runId, undefined);
    if (found) return found;
  }
  return undefined;
}

function findChild(job: JobRecord, runs: ChildRun[], runId: string, parent: ChildRun | undefined): Found | undefined {
  for (const child of runs) {
    if (child.runId === runId) return { job, child, ...(parent ? { parent } : {}) };
    const deeper = findChild(job, child.children ?? [], runId, child);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Run types as run history reports them, by step type: the containers of child runs have their own. */
const RUN_TYPES: Record<string, string> = {
  pipeline: 'azureml.PipelineRun',
  sweep: 'hyperdrive',
  parallel: 'azureml.ParallelRunStep',
};

/** Run as run history returns it (recorded shape, facts §7). */
function runBody(ctx: EmulatorContext, { job, child, parent }: Found): JsonObject {
  const props = job.resource.properties;
  const jobName = job.resource.name;
  const created = String(job.resource.systemData.createdAt);
  const common = {
    experimentId: '00000000-0000-0000-0000-0000000000ee',
    createdUtc: created,
    lastModifiedUtc: String(job.resource.systemData.lastModifiedAt),
    warnings: [],
  };
  if (child) {
    const step = objectAt(objectAt(props, 'jobs'), parent?.step ?? child.step);
    // A run below a step that has runs of its own is a pipeline component inside a pipeline component.
    const nestedType = child.children?.length ? 'azureml.PipelineRun' : 'azureml.StepRun';
    const runType = parent ? nestedType : (RUN_TYPES[stringAt(step, 'type') ?? ''] ?? 'azureml.StepRun');
    return {
      ...common,
      runId: child.runId,
      runUuid: child.runId,
      parentRunId: parent?.runId ?? jobName,
      rootRunId: jobName,
      status: child.status,
      displayName: child.step,
      name: child.step,
      runType,
      startTimeUtc: child.startTimeUtc ?? null,
      endTimeUtc: child.endTimeUtc ?? null,
      target: computeName(stringAt(step, 'computeId') ?? stringAt(props, 'computeId')),
      properties: {
        'azureml.nodeid': child.step,
        'azureml.pipelinerunid': jobName,
        StepType: 'CommandStep',
        ...(child.reusedRunId ? { 'azureml.isreused': 'true', 'azureml.reusedrunid': child.reusedRunId } : {}),
      },
      tags: { 'azureml.nodeid': child.step },
      error: child.error ? { error: errorBody(child.error), componentName: child.step } : null,
      dataContainerId: `dcid.${child.runId}`,
      cancelUri: null,
    };
  }
  return {
    ...common,
    runId: jobName,
    runUuid: jobName,
    parentRunId: null,
    rootRunId: jobName,
    status: String(props.status),
    displayName: stringAt(props, 'displayName') ?? jobName,
    name: jobName,
    runType: props.jobType === 'Pipeline' ? 'azureml.PipelineRun' : 'azureml.scriptrun',
    startTimeUtc: job.startTimeUtc ?? null,
    endTimeUtc: job.endTimeUtc ?? null,
    target: computeName(stringAt(props, 'computeId')),
    properties: objectAt(props, 'properties') ?? {},
    tags: objectAt(props, 'tags') ?? {},
    error: job.error ? { error: errorBody(job.error) } : null,
    dataContainerId: `dcid.${jobName}`,
    cancelUri: null,
  };
}

/** `cpu-cluster` from an ARM compute id (run history names the target, not its id). */
function computeName(computeId: string | undefined): string | null {
  return computeId ? (computeId.split('/').at(-1) ?? null) : null;
}
