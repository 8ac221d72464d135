/**
 * Jobs: PUT (201, status NotStarted), get, list (`jobType`, `tag`, `listViewType`), cancel (202 + Location +
 * Retry-After: 1, then CancelRequested -> Canceled), delete. Status progression follows the job's script
 * (job-script.ts); `JobsControl` is the test-facing handle (`emu.jobs`).
 */
import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../context.js';
import { ArmError, badRequest, json } from '../http.js';
import type { JsonObject } from '../json.js';
import { clone, isObject, jsonEqual, objectAt, stringAt } from '../json.js';
import type { Router } from '../router.js';
import type { EmulatorState } from '../state.js';
import { key } from '../state.js';
import {
  addDeleteRoute,
  addListRoute,
  childResource,
  childRoutes,
  PROVIDER,
  putName,
  requireBody,
  workspaceId,
} from './common.js';
import type { JobRecord, JobScript } from './job-script.js';
import { advance, applyStep, jobStatus, TERMINAL_STATUSES, toStep } from './job-script.js';
import { validatePipelineJob } from './pipeline-validation.js';
import { Problems } from './validation.js';

const JOB_TYPES = ['Command', 'Pipeline', 'Sweep', 'AutoML'];
const MUTABLE_JOB_FIELDS = ['description', 'tags', 'displayName', 'isArchived'];

export const CANCEL_RESULT_PATTERN = `/subscriptions/{subscriptionId}/providers/${PROVIDER}/locations/{location}/mfeOperationResults/{operationId}`;

/** The test-facing control of job progression (`emu.jobs`). */
export class JobsControl {
  /** Scripts given before the job exists, applied when it is created. */
  private readonly pendingScripts = new Map<string, JobScript>();
  /** When false, jobs move only on `advance()`. */
  autoAdvance = true;

  constructor(private readonly ctx: EmulatorContext) {}

  /** Sets the remaining status steps of a job (now, or when it is created). */
  script(name: string, script: JobScript): void {
    const job = this.ctx.state.jobs.get(key(name));
    if (job) job.pending = script.map(toStep);
    else this.pendingScripts.set(key(name), script);
  }

  takeScript(name: string): JobScript {
    const script = this.pendingScripts.get(key(name)) ?? this.ctx.settings.defaultJobScript;
    this.pendingScripts.delete(key(name));
    return script;
  }

  /** Applies the next scripted step now. */
  advance(name: string): void {
    const job = this.get(name);
    if (job) advance(job);
  }

  get(name: string): JobRecord | undefined {
    return this.ctx.state.jobs.get(key(name));
  }

  /** A read of the job by a client: moves it along its script unless autoAdvance is off. */
  observe(job: JobRecord): void {
    if (this.autoAdvance) advance(job);
  }
}

export function registerJobRoutes(router: Router, ctx: EmulatorContext, control: JobsControl): void {
  const { settings: s, state } = ctx;
  const { list: jobs, one, find } = childRoutes(s, state.jobs, 'jobs', 'id');

  router.add('PUT', one, 'arm', (req) => {
    const id = putName(req, s, 'id', 'Job');
    const props = validateJobBody(id, requireBody(req), state, workspaceId(s));
    const existing = state.jobs.get(key(id));
    if (existing) return json(200, updateJob(existing, props));
    const job = newJob(ctx, id, props, control.takeScript(id));
    state.jobs.set(key(id), job);
    return json(201, clone(job.resource));
  });

  router.add('GET', one, 'arm', (req) => {
    const job = find(req);
    control.observe(job);
    return json(200, clone(job.resource));
  });

  addListRoute(router, jobs, s, (req) => {
    const jobType = req.query.get('jobType');
    const tag = req.query.get('tag');
    const view = req.query.get('listViewType') ?? 'ActiveOnly';
    return [...state.jobs.values()]
      .map((j) => j.resource)
      .filter((r) => !jobType || r.properties.jobType === jobType)
      .filter((r) => !tag || objectAt(r.properties, 'tags')?.[tag] !== undefined)
      .filter((r) => view === 'All' || (r.properties.isArchived === true) === (view === 'ArchivedOnly'));
  });

  router.add('POST', `${one}/cancel`, 'arm', (req) => {
    const job = find(req);
    if (TERMINAL_STATUSES.includes(jobStatus(job))) return { status: 200 };
    applyStep(job, { status: 'CancelRequested' });
    job.pending = [{ status: 'Canceled' }];
    const location = `${req.origin}/subscriptions/${s.subscriptionId}/providers/${PROVIDER}/locations/${s.region}/mfeOperationResults/jc:${encodeURIComponent(job.resource.name)}?api-version=${req.query.get('api-version')}`;
    return { status: 202, headers: { Location: location, 'Retry-After': '1' } };
  });

  router.add('GET', CANCEL_RESULT_PATTERN, 'arm', (req) => {
    const job = state.jobs.get(key(req.params.operationId.replace(/^jc:/, '')));
    if (!job) throw new ArmError(404, 'NotFound', `Operation '${req.params.operationId}' was not found.`);
    if (jobStatus(job) === 'CancelRequested') control.observe(job);
    return jobStatus(job) === 'CancelRequested' ? { status: 202, headers: { 'Retry-After': '1' } } : { status: 200 };
  });

  addDeleteRoute(router, one, s, (req) => state.jobs.delete(key(req.params.id)));
}

function validateJobBody(name: string, body: JsonObject, state: EmulatorState, wsId: string): JsonObject {
  const props = objectAt(body, 'properties');
  const problems = new Problems();
  problems.required('properties', props);
  const jobType = stringAt(props, 'jobType');
  problems.required('properties.jobType', jobType);
  if (jobType && !JOB_TYPES.includes(jobType))
    problems.add('properties.jobType', `Unknown jobType '${jobType}'; valid: ${JOB_TYPES.join(', ')}.`);
  if (jobType === 'Command') {
    problems.required('properties.command', stringAt(props, 'command'));
    problems.required('properties.environmentId', stringAt(props, 'environmentId'));
  }
  if (jobType === 'Pipeline' && props?.jobs !== undefined && !isObject(props.jobs)) {
    problems.add('properties.jobs', "'properties.jobs' must be an object of steps keyed by name.");
  } else if (jobType === 'Pipeline' && props) {
    validatePipelineJob(props, state, wsId, problems);
  }
  problems.throwIfAny(`Job '${name}'`);
  return props ?? {};
}

function newJob(ctx: EmulatorContext, name: string, props: JsonObject, script: JobScript): JobRecord {
  const s = ctx.settings;
  const now = new Date().toISOString();
  const studio = `https://ml.azure.com/runs/${name}?wsid=/subscriptions/${s.subscriptionId}/resourcegroups/${s.resourceGroup}/workspaces/${s.workspace}&tid=${s.tenantId}`;
  const services: JsonObject = {
    Tracking: {
      jobServiceType: 'Tracking',
      port: null,
      endpoint: `azureml://${s.region}.api.azureml.ms/mlflow/v1.0${workspaceId(s)}?`,
      status: null,
      errorMessage: null,
      properties: null,
    },
    Studio: {
      jobServiceType: 'Studio',
      port: null,
      endpoint: studio,
      status: null,
      errorMessage: null,
      properties: null,
    },
  };
  for (const [serviceName, service] of Object.entries(objectAt(props, 'services') ?? {})) {
    services[serviceName] = { status: null, errorMessage: null, ...(isObject(service) ? service : {}) };
  }
  const resource = childResource(
    s,
    `jobs/${name}`,
    {
      description: null,
      tags: {},
      properties: {},
      displayName: name,
      experimentName: 'Default',
      isArchived: false,
      ...clone(props),
      services,
      status: 'NotStarted',
    },
    now,
  );
  // Read-only on command jobs: the service fills it with the resolved inputs.
  if (props.jobType === 'Command') resource.properties.parameters = {};
  const steps = Object.keys(objectAt(props, 'jobs') ?? {});
  return {
    resource,
    pending: script.map(toStep),
    logs: new Map(),
    children: steps.map((step) => ({ runId: childRunId(name, step), step, status: 'NotStarted', logs: new Map() })),
  };
}

/** A re-PUT of an existing job may change only its description, tags, display name and archive flag. */
function updateJob(job: JobRecord, props: JsonObject): JsonObject {
  const changed = Object.keys(props).filter(
    (field) =>
      !MUTABLE_JOB_FIELDS.includes(field) &&
      field !== 'services' &&
      !jsonEqual(props[field], job.resource.properties[field]),
  );
  if (changed.length > 0) {
    throw badRequest(
      `Job '${job.resource.name}' already exists; its ${changed.join(', ')} cannot be changed. Submit a job with another name.`,
      [],
      'UserError',
    );
  }
  for (const field of MUTABLE_JOB_FIELDS)
    if (props[field] !== undefined) job.resource.properties[field] = clone(props[field]);
  return clone(job.resource);
}

/** Child run ids are GUIDs in the service; derive stable ones so tests can predict them. */
export function childRunId(jobName: string, step: string): string {
  const hex = createHash('sha256').update(`${jobName}/${step}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
