/**
 * Managed online endpoints and deployments (mfe.json): create/update/delete as long-running operations (status at
 * `locations/{region}/mfeOperationsStatus/{id}`), traffic and mirror traffic checked as the service checks them,
 * listKeys/token, a deployment's getLogs, and a scoring route that answers from the request, so a test knows the
 * answer: the sum of each row of `data` (or `input_data.data`), e.g. `{"data": [[1, 2], [3]]}` -> `[3, 3]`.
 * `EndpointsControl` lets a test plant a wrong answer for a deployment (before or after it exists); provisioning failures come from
 * the faults mechanism (`lroFailure` on the deployment PUT).
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorContext } from '../context.js';
import type { EmulatorSettings } from '../options.js';
import type { EmuRequest, EmuResponse } from '../http.js';
import { ArmError, badRequest, json } from '../http.js';
import type { JsonObject, JsonValue } from '../json.js';
import { clone, isObject, objectAt, stringAt } from '../json.js';
import type { Router } from '../router.js';
import type { StoredResource } from '../state.js';
import { key } from '../state.js';
import { checkScope, childResource, notFound, page, PROVIDER, requireBody, WORKSPACE_PATTERN } from './common.js';

const ENDPOINT = `${WORKSPACE_PATTERN}/onlineEndpoints/{endpointName}`;
const DEPLOYMENT = `${ENDPOINT}/deployments/{deploymentName}`;
const STATUS = `/subscriptions/{subscriptionId}/providers/${PROVIDER}/locations/{location}/mfeOperationsStatus/{operationId}`;
const SCORE = '/_endpoints/{endpointName}/score';
const NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;

export interface BatchEndpointRecord {
  resource: StoredResource;
  deployments: Map<string, StoredResource>;
  /** Names of the jobs its invocations created, in order. */
  jobs: string[];
}

interface EndpointRecord {
  resource: StoredResource;
  keys: { primaryKey: string; secondaryKey: string };
  deployments: Map<string, DeploymentRecord>;
}

interface DeploymentRecord {
  resource: StoredResource;
  /** Log text per container type. */
  logs: Record<string, string>;
}

/** The store of online endpoints, and what a test may plant in it. */
export class EndpointsControl {
  readonly online = new Map<string, EndpointRecord>();
  /** Batch endpoints (arm/batch-endpoints.ts). */
  readonly batch = new Map<string, BatchEndpointRecord>();

  /** The endpoint as stored (or undefined). */
  endpoint(name: string): StoredResource | undefined {
    return this.online.get(key(name))?.resource;
  }

  batchEndpoint(name: string): BatchEndpointRecord | undefined {
    return this.batch.get(key(name));
  }

  deployment(endpoint: string, name: string): StoredResource | undefined {
    return this.online.get(key(endpoint))?.deployments.get(key(name))?.resource;
  }

  keys(endpoint: string): { primaryKey: string; secondaryKey: string } | undefined {
    return this.online.get(key(endpoint))?.keys;
  }

  /** From now on, `deployment` (existing or not yet created) answers every scoring request with this. */
  plantAnswer(endpoint: string, deployment: string, body: string, status = 200): void {
    this.planted.set(`${key(endpoint)}/${key(deployment)}`, { status, body });
  }

  /** The answer a test planted for `deployment`, if any. */
  plantedAnswer(endpoint: string, deployment: string): { status: number; body: string } | undefined {
    return this.planted.get(`${key(endpoint)}/${key(deployment)}`);
  }

  /** Forgets every endpoint and planted answer. */
  reset(): void {
    this.online.clear();
    this.batch.clear();
    this.planted.clear();
  }

  private readonly planted = new Map<string, { status: number; body: string }>();
}

export function registerOnlineEndpointRoutes(router: Router, ctx: EmulatorContext, control: EndpointsControl): void {
  const { settings: s, state } = ctx;
  const store = control.online;

  const findEndpoint = (req: EmuRequest): EndpointRecord => {
    checkScope(req, s, true);
    const found = store.get(key(req.params.endpointName));
    if (!found)
      throw notFound(
        `${PROVIDER}/workspaces/${s.workspace}/onlineEndpoints/${req.params.endpointName}`,
        s.resourceGroup,
      );
    state.operations.observe(`endpoint:${key(found.resource.name)}`);
    return found;
  };
  const findDeployment = (req: EmuRequest): { endpoint: EndpointRecord; deployment: DeploymentRecord } => {
    const endpoint = findEndpoint(req);
    const deployment = endpoint.deployments.get(key(req.params.deploymentName));
    if (!deployment)
      throw notFound(
        `${PROVIDER}/workspaces/${s.workspace}/onlineEndpoints/${endpoint.resource.name}/deployments/${req.params.deploymentName}`,
        s.resourceGroup,
      );
    state.operations.observe(`deployment:${key(endpoint.resource.name)}/${key(deployment.resource.name)}`);
    return { endpoint, deployment };
  };
  const operationHeader = (req: EmuRequest, id: string) => endpointOperationHeader(req, s, id);
  const startOperation = (
    req: EmuRequest,
    target: string,
    onSucceeded: () => void,
    onFailed: (e: { code: string; message: string }) => void,
  ) => startEndpointOperation(ctx, req, target, onSucceeded, onFailed);

  router.add('GET', `${WORKSPACE_PATTERN}/onlineEndpoints`, 'arm', (req) => {
    checkScope(req, s, true);
    return json(
      200,
      page(
        req,
        [...store.values()].map((e) => clone(e.resource)),
        s.pageSize,
      ),
    );
  });
  router.add('GET', ENDPOINT, 'arm', (req) => json(200, clone(findEndpoint(req).resource)));

  router.add('PUT', ENDPOINT, 'arm', (req) => {
    checkScope(req, s, true);
    const { name, body, props } = namedPut(req, 'Endpoint');
    const authMode = stringAt(props, 'authMode');
    if (!props || !['Key', 'AMLToken', 'AADToken'].includes(authMode ?? ''))
      throw badRequest("The field 'properties.authMode' is required: Key, AMLToken or AADToken.");
    const existing = store.get(key(name));
    if (existing && stringAt(existing.resource.properties, 'authMode') !== authMode)
      throw badRequest(
        `The auth mode of endpoint '${name}' cannot be changed from ${stringAt(existing.resource.properties, 'authMode')}.`,
      );
    const traffic = checkTraffic(existing, props);
    const desired: JsonObject = {
      ...clone(props),
      traffic,
      mirrorTraffic: objectAt(props, 'mirrorTraffic') ?? {},
      scoringUri: `${req.origin}/_endpoints/${name}/score`,
      swaggerUri: `${req.origin}/_endpoints/${name}/swagger.json`,
      publicNetworkAccess: stringAt(props, 'publicNetworkAccess') ?? 'Enabled',
    };
    const tags = objectAt(body, 'tags') ?? {};
    const target = `endpoint:${key(name)}`;
    if (!existing) {
      const resource = trackedResource(
        childResource(s, `onlineEndpoints/${name}`, { ...desired, provisioningState: 'Creating' }),
        body,
        tags,
      );
      const record: EndpointRecord = { resource, keys: newKeys(), deployments: new Map() };
      store.set(key(name), record);
      const id = startOperation(
        req,
        target,
        () => (resource.properties.provisioningState = 'Succeeded'),
        () => (resource.properties.provisioningState = 'Failed'),
      );
      return json(201, clone(resource), operationHeader(req, id));
    }
    const resource = existing.resource;
    const before = clone(resource.properties);
    resource.properties = { ...desired, provisioningState: 'Updating' };
    resource.tags = clone(tags);
    // A failed update leaves the endpoint as it was, traffic included.
    const id = startOperation(
      req,
      target,
      () => (resource.properties.provisioningState = 'Succeeded'),
      () => (resource.properties = { ...before, provisioningState: 'Succeeded' }),
    );
    return json(200, clone(resource), operationHeader(req, id));
  });

  router.add('DELETE', ENDPOINT, 'arm', (req) => {
    checkScope(req, s, true);
    const record = store.get(key(req.params.endpointName));
    if (!record) return { status: 204 };
    record.resource.properties.provisioningState = 'Deleting';
    const id = startOperation(
      req,
      `endpoint:${key(record.resource.name)}`,
      () => store.delete(key(record.resource.name)),
      () => (record.resource.properties.provisioningState = 'Failed'),
    );
    return {
      status: 202,
      headers: { ...operationHeader(req, id), Location: operationHeader(req, id)['Azure-AsyncOperation'] },
    };
  });

  router.add('POST', `${ENDPOINT}/listKeys`, 'arm', (req) => {
    const record = findEndpoint(req);
    if (stringAt(record.resource.properties, 'authMode') !== 'Key')
      throw badRequest(`Endpoint '${record.resource.name}' does not use key authentication.`);
    return json(200, { ...record.keys });
  });
  router.add('POST', `${ENDPOINT}/token`, 'arm', (req) => {
    const record = findEndpoint(req);
    if (stringAt(record.resource.properties, 'authMode') !== 'AMLToken')
      throw badRequest(`Endpoint '${record.resource.name}' does not use AML token authentication.`);
    const now = Math.floor(Date.now() / 1000);
    return json(200, {
      accessToken: `aml-${record.keys.primaryKey}`,
      expiryTimeUtc: now + 3600,
      refreshAfterTimeUtc: now + 1800,
      tokenType: 'Bearer',
    });
  });

  router.add('GET', `${ENDPOINT}/deployments`, 'arm', (req) => {
    const record = findEndpoint(req);
    return json(
      200,
      page(
        req,
        [...record.deployments.values()].map((d) => clone(d.resource)),
        s.pageSize,
      ),
    );
  });
  router.add('GET', DEPLOYMENT, 'arm', (req) => json(200, clone(findDeployment(req).deployment.resource)));

  router.add('PUT', DEPLOYMENT, 'arm', (req) => {
    const endpoint = findEndpoint(req);
    const { name, body, props } = namedPut(req, 'Deployment');
    if (!props || !stringAt(props, 'endpointComputeType'))
      throw badRequest("The field 'properties.endpointComputeType' is required.");
    const model = stringAt(props, 'model');
    if (model && !findAsset('models', model))
      throw badRequest(`Model '${model}' was not found in the workspace.`, [], 'UserError');
    const env = stringAt(props, 'environmentId');
    if (env && !findAsset('environments', env)) throw badRequest(`Environment '${env}' was not found.`);
    const existing = endpoint.deployments.get(key(name));
    const path = `onlineEndpoints/${endpoint.resource.name}/deployments/${name}`;
    const resource = deploymentResource(s, path, body, props, existing !== undefined);
    const record: DeploymentRecord = existing ?? { resource, logs: {} };
    record.resource = resource;
    record.logs = {
      StorageInitializer: `Downloading the model ${model ?? '(none)'}.\nModel downloaded.\n`,
      InferenceServer: `Azure ML Inferencing HTTP server starting.\nScoring script ${stringAt(objectAt(props, 'codeConfiguration'), 'scoringScript') ?? '(none)'} loaded.\n`,
    };
    endpoint.deployments.set(key(name), record);
    const target = `deployment:${key(endpoint.resource.name)}/${key(name)}`;
    const id = startOperation(
      req,
      target,
      () => (resource.properties.provisioningState = 'Succeeded'),
      (error) => {
        resource.properties.provisioningState = 'Failed';
        record.logs.InferenceServer += `Exception in init(): ${error.message}\nWorker exiting (pid: 42).\n`;
      },
    );
    return json(existing ? 200 : 201, clone(resource), operationHeader(req, id));
  });

  router.add('DELETE', DEPLOYMENT, 'arm', (req) => {
    checkScope(req, s, true);
    const endpoint = store.get(key(req.params.endpointName));
    const record = endpoint?.deployments.get(key(req.params.deploymentName));
    if (!endpoint || !record) return { status: 204 };
    const name = record.resource.name;
    const live = Number(objectAt(endpoint.resource.properties, 'traffic')?.[name] ?? 0);
    if (live > 0)
      throw badRequest(
        `Deployment '${name}' takes ${live}% of the traffic of endpoint '${endpoint.resource.name}'; move its traffic before deleting it.`,
      );
    record.resource.properties.provisioningState = 'Deleting';
    const id = startOperation(
      req,
      `deployment:${key(endpoint.resource.name)}/${key(name)}`,
      () => {
        endpoint.deployments.delete(key(name));
        for (const map of ['traffic', 'mirrorTraffic']) delete objectAt(endpoint.resource.properties, map)?.[name];
      },
      () => (record.resource.properties.provisioningState = 'Failed'),
    );
    return {
      status: 202,
      headers: { ...operationHeader(req, id), Location: operationHeader(req, id)['Azure-AsyncOperation'] },
    };
  });

  router.add('POST', `${DEPLOYMENT}/getLogs`, 'arm', (req) => {
    const { deployment } = findDeployment(req);
    const body = isObject(req.body) ? req.body : {};
    const container = stringAt(body, 'containerType') ?? 'InferenceServer';
    const tail = typeof body.tail === 'number' ? body.tail : 5000;
    const lines = (deployment.logs[container] ?? '').split('\n');
    return json(200, { content: lines.slice(-tail - 1).join('\n') });
  });

  router.add('GET', STATUS, 'arm', (req) => {
    const body = state.operations.poll(req.params.operationId);
    if (!body) throw new ArmError(404, 'NotFound', `Operation '${req.params.operationId}' was not found.`);
    return json(200, body);
  });

  router.add('POST', SCORE, 'none', (req) => score(req, control, s.workspace));

  /** Traffic and mirror traffic as the service checks them: existing deployments, 0 or 100 in all, mirror <= 50. */
  function checkTraffic(existing: EndpointRecord | undefined, props: JsonObject): JsonObject {
    const traffic = objectAt(props, 'traffic') ?? {};
    const mirror = objectAt(props, 'mirrorTraffic') ?? {};
    for (const [map, values] of [
      ['traffic', traffic],
      ['mirrorTraffic', mirror],
    ] as const) {
      for (const [name, value] of Object.entries(values)) {
        if (!existing?.deployments.has(key(name)))
          throw badRequest(`${map}: deployment '${name}' does not exist on this endpoint.`, [], 'BadArgument');
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100)
          throw badRequest(`${map}: the value for '${name}' must be a whole percentage.`, [], 'BadArgument');
      }
    }
    const sum = Object.values(traffic).reduce<number>((a, v) => a + Number(v), 0);
    if (sum !== 0 && sum !== 100)
      throw badRequest(`Traffic values must add up to 0 or 100; they add up to ${sum}.`, [], 'BadArgument');
    for (const [name, value] of Object.entries(mirror)) {
      if (Number(value) > 50)
        throw badRequest(`mirrorTraffic: at most 50% may be mirrored, '${name}' has ${value}.`, [], 'BadArgument');
      if (Number(traffic[name] ?? 0) > 0)
        throw badRequest(
          `mirrorTraffic: deployment '${name}' takes live traffic; it cannot also receive mirrored traffic.`,
          [],
          'BadArgument',
        );
    }
    return clone(traffic);
  }

  function findAsset(collection: 'models' | 'environments', id: string): boolean {
    const m = id.match(/\/(models|environments)\/([^/]+)\/versions\/([^/]+)$/i);
    if (!m) return false;
    return state.assets[collection].versions.get(key(m[2]))?.has(m[3]) ?? false;
  }
}

/** `Azure-AsyncOperation` of an endpoint or deployment operation (status at `mfeOperationsStatus/{id}`). */
/**
 * What every endpoint and deployment PUT (online and batch) checks first: the name in the path as the service
 * accepts it, and a body with a location.
 */
export function namedPut(
  req: EmuRequest,
  kind: 'Endpoint' | 'Deployment',
): { name: string; body: JsonObject; props: JsonObject | undefined } {
  const name = kind === 'Endpoint' ? req.params.endpointName : req.params.deploymentName;
  if (!NAME.test(name)) throw badRequest(`${kind} name '${name}' is invalid: it must match ${NAME.source}.`);
  const body = requireBody(req);
  if (!stringAt(body, 'location')) throw badRequest("The field 'location' is required.");
  return { name, body, props: objectAt(body, 'properties') };
}

export function endpointOperationHeader(req: EmuRequest, s: EmulatorSettings, id: string): Record<string, string> {
  const apiVersion = req.query.get('api-version') ?? s.apiVersions[0];
  return {
    'Azure-AsyncOperation': `${req.origin}/subscriptions/${s.subscriptionId}/providers/${PROVIDER}/locations/${s.region}/mfeOperationsStatus/${id}?api-version=${apiVersion}`,
  };
}

/** Starts an operation on `target` (a fault may make it fail); its id. */
export function startEndpointOperation(
  ctx: EmulatorContext,
  req: EmuRequest,
  target: string,
  onSucceeded: () => void,
  onFailed: (e: { code: string; message: string }) => void,
): string {
  return ctx.state.operations.start({
    target,
    inProgressPolls: ctx.settings.lroInProgressPolls,
    failWith: ctx.faults.takeLroFailure(req),
    onSucceeded,
    onFailed,
  }).id;
}

/** A deployment (online or batch) as its PUT stores it: Creating, or Updating, until its operation ends. */
export function deploymentResource(
  s: EmulatorSettings,
  path: string,
  body: JsonObject,
  props: JsonObject,
  updating: boolean,
): StoredResource {
  return trackedResource(
    childResource(s, path, { ...clone(props), provisioningState: updating ? 'Updating' : 'Creating' }),
    body,
    objectAt(body, 'tags') ?? {},
  );
}

export function trackedResource(resource: StoredResource, body: JsonObject, tags: JsonObject): StoredResource {
  const out: StoredResource = { ...resource, location: stringAt(body, 'location') ?? '', tags: clone(tags) };
  const sku = objectAt(body, 'sku');
  if (sku) out.sku = clone(sku);
  const identity = objectAt(body, 'identity');
  if (identity) out.identity = clone(identity);
  return out;
}

function newKeys() {
  return { primaryKey: randomBytes(24).toString('base64url'), secondaryKey: randomBytes(24).toString('base64url') };
}

/**
 * The scoring route: the caller's key (or AML token) is checked; the deployment is the one in the
 * `azureml-model-deployment` header, else chosen by live traffic (the biggest share: deterministic).
 */
function score(req: EmuRequest, control: EndpointsControl, workspace: string): EmuResponse {
  const endpoint = control.online.get(key(req.params.endpointName));
  if (!endpoint) return { status: 404, text: `Endpoint ${req.params.endpointName} not found in ${workspace}.` };
  const auth = String(req.headers.authorization ?? '');
  const valid = [endpoint.keys.primaryKey, endpoint.keys.secondaryKey, `aml-${endpoint.keys.primaryKey}`].map(
    (k) => `Bearer ${k}`,
  );
  if (!valid.includes(auth)) return { status: 401, text: 'Unauthorized: invalid key or token.' };
  const header = req.headers['azureml-model-deployment'];
  const traffic = objectAt(endpoint.resource.properties, 'traffic') ?? {};
  const chosen =
    typeof header === 'string' && header
      ? header
      : Object.entries(traffic).sort((a, b) => Number(b[1]) - Number(a[1]))[0]?.[0];
  const deployment = chosen ? endpoint.deployments.get(key(chosen)) : undefined;
  if (!deployment) return { status: 404, text: `No deployment '${chosen ?? ''}' serves this endpoint.` };
  if (deployment.resource.properties.provisioningState !== 'Succeeded')
    return { status: 503, text: `Deployment '${deployment.resource.name}' is not ready.` };
  const headers = { 'azureml-model-deployment': deployment.resource.name };
  const planted = control.plantedAnswer(endpoint.resource.name, deployment.resource.name);
  if (planted) return { status: planted.status, headers, text: planted.body };
  const rows = dataRows(req.body);
  if (!rows)
    return { status: 400, headers, text: 'Expected JSON {"data": [[numbers], ...]} or {"input_data": {"data": ...}}.' };
  return json(
    200,
    rows.map((row) => row.reduce((a, b) => a + b, 0)),
    headers,
  );
}

function dataRows(body: JsonValue | undefined): number[][] | undefined {
  const data = (objectAt(body, 'input_data') ?? (isObject(body) ? body : {})).data;
  if (!Array.isArray(data)) return undefined;
  const rows = data.map((row) => (Array.isArray(row) ? row : [row]));
  return rows.every((row) => row.every((v) => typeof v === 'number')) ? (rows as number[][]) : undefined;
}
