/**
 * Batch endpoints and deployments (mfe.json): create/update/delete as long-running operations, `defaults.
 * deploymentName` checked against the deployments, and the invocation route of the scoring URI (a Microsoft
 * Entra token for https://ml.azure.com; body `{properties: {InputData: {...}}}` as azure-ai-ml sends it), which
 * creates a pipeline job through the jobs PUT route and answers with it, so the job can be followed as any other.
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../context.js';
import type { EmuRequest } from '../http.js';
import { ArmError, badRequest, json } from '../http.js';
import type { JsonObject } from '../json.js';
import { clone, isObject, objectAt, stringAt } from '../json.js';
import type { Router } from '../router.js';
import type { StoredResource } from '../state.js';
import { key } from '../state.js';
import { checkScope, childResource, notFound, page, PROVIDER, workspaceId, WORKSPACE_PATTERN } from './common.js';
import {
  deploymentResource,
  endpointOperationHeader,
  namedPut,
  startEndpointOperation,
  trackedResource,
  type BatchEndpointRecord,
  type EndpointsControl,
} from './online-endpoints.js';

const ENDPOINT = `${WORKSPACE_PATTERN}/batchEndpoints/{endpointName}`;
const DEPLOYMENT = `${ENDPOINT}/deployments/{deploymentName}`;
const INVOKE = '/_endpoints/batch/{endpointName}/jobs';

export function registerBatchEndpointRoutes(router: Router, ctx: EmulatorContext, control: EndpointsControl): void {
  const { settings: s, state } = ctx;
  const store = control.batch;
  const missing = (what: string) =>
    notFound(`${PROVIDER}/workspaces/${s.workspace}/batchEndpoints/${what}`, s.resourceGroup);

  const findEndpoint = (req: EmuRequest): BatchEndpointRecord => {
    checkScope(req, s, true);
    const found = store.get(key(req.params.endpointName));
    if (!found) throw missing(req.params.endpointName);
    state.operations.observe(`batch:${key(found.resource.name)}`);
    return found;
  };

  /** Starts a PUT's operation, which ends the resource's provisioning, and answers 201 (created) or 200. */
  const provisioning = (req: EmuRequest, target: string, resource: StoredResource, created: boolean) => {
    const id = startEndpointOperation(
      ctx,
      req,
      target,
      () => (resource.properties.provisioningState = 'Succeeded'),
      () => (resource.properties.provisioningState = 'Failed'),
    );
    return json(created ? 201 : 200, clone(resource), endpointOperationHeader(req, s, id));
  };

  router.add('GET', ENDPOINT, 'arm', (req) => json(200, clone(findEndpoint(req).resource)));
  router.add('PUT', ENDPOINT, 'arm', (req) => {
    checkScope(req, s, true);
    const { name, body, props } = namedPut(req, 'Endpoint');
    if (stringAt(props, 'authMode') !== 'AADToken')
      throw badRequest("Batch endpoints support 'properties.authMode' AADToken only.");
    const existing = store.get(key(name));
    const defaultName = stringAt(objectAt(props, 'defaults'), 'deploymentName');
    if (defaultName && !existing?.deployments.has(key(defaultName)))
      throw badRequest(
        `defaults.deploymentName: deployment '${defaultName}' does not exist on this endpoint.`,
        [],
        'BadArgument',
      );
    const properties: JsonObject = {
      ...clone(props!),
      defaults: { deploymentName: defaultName ?? null },
      scoringUri: `${req.origin}/_endpoints/batch/${name}/jobs`,
      swaggerUri: `${req.origin}/_endpoints/batch/${name}/swagger.json`,
      provisioningState: existing ? 'Updating' : 'Creating',
    };
    const resource = trackedResource(
      childResource(s, `batchEndpoints/${name}`, properties),
      body,
      objectAt(body, 'tags') ?? {},
    );
    const record: BatchEndpointRecord = existing ?? { resource, deployments: new Map(), jobs: [] };
    record.resource = resource;
    store.set(key(name), record);
    return provisioning(req, `batch:${key(name)}`, resource, !existing);
  });
  router.add('DELETE', ENDPOINT, 'arm', (req) => {
    checkScope(req, s, true);
    const record = store.get(key(req.params.endpointName));
    if (!record) return { status: 204 };
    const id = startEndpointOperation(
      ctx,
      req,
      `batch:${key(record.resource.name)}`,
      () => store.delete(key(record.resource.name)),
      () => undefined,
    );
    const header = endpointOperationHeader(req, s, id);
    return { status: 202, headers: { ...header, Location: header['Azure-AsyncOperation'] } };
  });

  router.add('GET', `${ENDPOINT}/deployments`, 'arm', (req) =>
    json(
      200,
      page(
        req,
        [...findEndpoint(req).deployments.values()].map((d) => clone(d)),
        s.pageSize,
      ),
    ),
  );
  router.add('GET', DEPLOYMENT, 'arm', (req) => {
    const endpoint = findEndpoint(req);
    const found = endpoint.deployments.get(key(req.params.deploymentName));
    if (!found) throw missing(`${endpoint.resource.name}/deployments/${req.params.deploymentName}`);
    state.operations.observe(`batch:${key(endpoint.resource.name)}/${key(found.name)}`);
    return json(200, clone(found));
  });
  router.add('PUT', DEPLOYMENT, 'arm', (req) => {
    const endpoint = findEndpoint(req);
    const { name, body, props: given } = namedPut(req, 'Deployment');
    const props = given ?? {};
    const pipeline = objectAt(props, 'deploymentConfiguration');
    if (!pipeline) {
      if (!stringAt(objectAt(props, 'model'), 'assetId'))
        throw badRequest("The field 'properties.model.assetId' is required.");
      const compute = stringAt(props, 'compute') ?? '';
      const computeName = compute.split('/').pop() ?? '';
      if (!state.computes.has(key(computeName)))
        throw badRequest(`Compute '${compute}' was not found in the workspace.`);
    }
    const existing = endpoint.deployments.get(key(name));
    const path = `batchEndpoints/${endpoint.resource.name}/deployments/${name}`;
    const resource = deploymentResource(s, path, body, props, existing !== undefined);
    endpoint.deployments.set(key(name), resource);
    return provisioning(req, `batch:${key(endpoint.resource.name)}/${key(name)}`, resource, !existing);
  });
  router.add('DELETE', DEPLOYMENT, 'arm', (req) => {
    checkScope(req, s, true);
    const endpoint = store.get(key(req.params.endpointName));
    const found = endpoint?.deployments.get(key(req.params.deploymentName));
    if (!endpoint || !found) return { status: 204 };
    if (stringAt(objectAt(endpoint.resource.properties, 'defaults'), 'deploymentName') === found.name)
      throw badRequest(`Deployment '${found.name}' is the default of endpoint '${endpoint.resource.name}'.`);
    const id = startEndpointOperation(
      ctx,
      req,
      `batch:${key(endpoint.resource.name)}/${key(found.name)}`,
      () => endpoint.deployments.delete(key(found.name)),
      () => undefined,
    );
    const header = endpointOperationHeader(req, s, id);
    return { status: 202, headers: { ...header, Location: header['Azure-AsyncOperation'] } };
  });

  router.add('POST', INVOKE, 'data-plane', async (req) => {
    const endpoint = store.get(key(req.params.endpointName));
    if (!endpoint) throw new ArmError(404, 'NotFound', `Batch endpoint '${req.params.endpointName}' was not found.`);
    const header = req.headers['azureml-model-deployment'];
    const chosen =
      (typeof header === 'string' && header) ||
      stringAt(objectAt(endpoint.resource.properties, 'defaults'), 'deploymentName');
    const deployment = chosen ? endpoint.deployments.get(key(chosen)) : undefined;
    if (!deployment)
      throw badRequest(
        `No deployment '${chosen ?? ''}' on batch endpoint '${endpoint.resource.name}', and no default.`,
      );
    const inputData = objectAt(objectAt(req.body, 'properties'), 'InputData');
    if (
      !inputData ||
      !Object.values(inputData).every((v) => isObject(v) && stringAt(v, 'Uri') && stringAt(v, 'JobInputType'))
    )
      throw badRequest('properties.InputData must map input names to {JobInputType, Uri}.');
    const name = `batchjob-${randomUUID()}`;
    const inputs = Object.fromEntries(
      Object.entries(inputData).map(([input, v]) => [
        input,
        {
          jobInputType: String((v as JsonObject).JobInputType)
            .replace(/^Uri/, 'uri_')
            .toLowerCase(),
          uri: stringAt(v, 'Uri')!,
        },
      ]),
    );
    const job = await createJob(router, ctx, req.origin, name, {
      jobType: 'Pipeline',
      displayName: name,
      experimentName: endpoint.resource.name,
      inputs,
      jobs: {},
      properties: {
        'azureml.batchrun': 'true',
        'azureml.endpointname': endpoint.resource.name,
        'azureml.deploymentname': deployment.name,
      },
    });
    endpoint.jobs.push(name);
    return json(200, job);
  });
}

/** Creates a job through the jobs PUT route in-process, as the service's invocation creates one. */
async function createJob(
  router: Router,
  ctx: EmulatorContext,
  origin: string,
  name: string,
  properties: JsonObject,
): Promise<JsonObject> {
  const path = `${workspaceId(ctx.settings)}/jobs/${name}`;
  const match = router.match('PUT', path)!;
  const response = await match.route.handler({
    method: 'PUT',
    path,
    query: new URLSearchParams({ 'api-version': ctx.settings.apiVersions[0] }),
    headers: {},
    body: { properties },
    form: undefined,
    origin,
    params: match.params,
  });
  return response.body as JsonObject;
}
