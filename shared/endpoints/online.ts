/**
 * Blue/green deployment to a managed online endpoint. The endpoint is created or updated keeping its live
 * traffic; the new deployment is created beside the live one with no traffic and waited for; it is called
 * directly with the smoke-test request; only then does traffic move, step by step. Any failure puts the
 * traffic back as it was and deletes the new deployment (unless asked to keep it), so the endpoint is never
 * left half-updated, and the error carries what the service said (its deployment logs on a failed provisioning).
 */
import { UserError, bestEffort, errorMessage } from '../core/errors.js';
import { EndpointsApi } from '../azure/ml-api/endpoints.js';
import type { OnlineEndpoint } from '../azure/ml-api/endpoint-types.js';
import { unlessNotFound } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import { resolveModel, type ModelRequest, type ResolvedModel } from '../models/resolve.js';
import { lineageTags, type DeploymentLineage } from './lineage.js';
import { runSmokeTest, type SmokeResult, type SmokeTest } from './smoke.js';
import type { OnlineDeploymentSpec, OnlineEndpointSpec } from './spec.js';
import { onlineDeploymentBody, onlineEndpointBody, resolveAssetId, type DeploymentAssets } from './to-rest.js';
import { describeTraffic, liveDeployment, shiftTraffic, type TrafficStep } from './traffic.js';

export interface OnlineDeployOptions {
  endpoint: OnlineEndpointSpec;
  deployment: OnlineDeploymentSpec;
  /** The model to serve (else the deployment file's `model:`). */
  model?: ModelRequest;
  traffic: TrafficStep[];
  smokeTest?: SmokeTest;
  /** Keep a deployment that failed (to look at it) instead of deleting it. */
  keepFailed: boolean;
  /** How long to wait for the new deployment's provisioning (default: as long as it takes). */
  deploymentTimeoutMs?: number;
  /** What becomes of the deployments that had live traffic once the new one takes all of it. */
  previous: 'keep' | 'delete';
  /** Commit and workflow run, for the lineage tags. */
  lineage: Pick<DeploymentLineage, 'commit' | 'runUrl'>;
  /** Uploads (or finds) a local code folder; returns its code version's ARM id. */
  uploadCode(folder: string): Promise<string>;
}

export interface OnlineDeployResult {
  endpoint: string;
  scoringUri: string;
  /** The new deployment. */
  deployment: string;
  /** The deployment with the most live traffic afterwards. */
  live?: string;
  /** The deployment that had the most live traffic before. */
  previous?: string;
  previousDeleted: string[];
  trafficBefore: Record<string, number>;
  traffic: Record<string, number>;
  endpointCreated: boolean;
  model?: ResolvedModel;
  smoke?: SmokeResult;
}

/** A deployment whose provisioning failed: the service's message and its logs. */
export class DeploymentFailure extends UserError {
  override name = 'DeploymentFailure';
}

export async function deployOnline(session: AzureSession, options: OnlineDeployOptions): Promise<OnlineDeployResult> {
  const { log } = session;
  const api = new EndpointsApi(session.ml, 'online');
  const endpointName = options.endpoint.name;
  const name = options.deployment.name;
  checkEndpointName(options);

  // Everything that can be resolved is, before the first write.
  const location = (await session.ml.workspace.get()).location ?? '';
  const existing = await unlessNotFound(() => api.get(endpointName));
  const trafficBefore = { ...(existing?.properties.traffic ?? {}) };
  const mirrorBefore = { ...(existing?.properties.mirrorTraffic ?? {}) };
  if ((trafficBefore[name] ?? 0) > 0)
    throw new UserError(
      `Deployment '${name}' takes ${trafficBefore[name]}% of the traffic of endpoint '${endpointName}' now; a ` +
        `blue/green update creates a new deployment beside it. Give another name (input 'deployment-name').`,
      options.deployment.nameLoc,
    );
  const { assets, model } = await resolveAssets(session, options);
  const tags = lineageTags({
    modelName: model?.name,
    modelVersion: model?.version,
    trainingJob: model?.jobName,
    ...options.lineage,
  });

  const putEndpoint = (traffic: Record<string, number> | undefined, mirror: Record<string, number>, doing?: string) =>
    api.createOrUpdate(endpointName, onlineEndpointBody(options.endpoint, location, traffic, mirror), { doing });

  if (!existing && options.endpoint.traffic)
    log.warning(
      `${options.endpoint.file}: 'traffic' is not sent; this action moves traffic once the deployment passed.`,
    );
  log.info(
    existing
      ? `Updating endpoint ${endpointName} (live traffic: ${describeTraffic(trafficBefore)}).`
      : `Creating endpoint ${endpointName}.`,
  );
  let endpoint = await putEndpoint(existing ? trafficBefore : undefined, mirrorBefore);

  const cleanup = async (why: string) => {
    if (options.keepFailed) {
      log.info(`Kept deployment ${name} (keep-failed); it has no traffic.`);
      return;
    }
    log.info(`Deleting deployment ${name}: ${why}.`);
    await bestEffort(session.log, `delete deployment ${name}`, () => api.deployments.delete(endpointName, name));
    if (!existing) await bestEffort(session.log, `delete endpoint ${endpointName}`, () => api.delete(endpointName));
  };

  log.info(`Creating deployment ${name} with no traffic${model ? ` (model ${model.name}:${model.version})` : ''}.`);
  const body = onlineDeploymentBody(options.deployment, location, assets, tags);
  const deadline = options.deploymentTimeoutMs ? AbortSignal.timeout(options.deploymentTimeoutMs) : undefined;
  try {
    await api.deployments.createOrUpdate(endpointName, name, body, { abortSignal: deadline });
  } catch (error) {
    const why = deadline?.aborted
      ? `it was not provisioned within ${options.deploymentTimeoutMs! / 1000} s (input 'timeout')`
      : errorMessage(error);
    const logs = await deploymentLogs(session, api, endpointName, name);
    await cleanup(deadline?.aborted ? 'it was not ready in time' : 'its provisioning failed');
    throw new DeploymentFailure(
      `Deployment '${name}' of endpoint '${endpointName}' failed: ${why}${logs}\n` +
        `Live traffic is unchanged: ${describeTraffic(trafficBefore)}.`,
    );
  }

  let smoke: SmokeResult | undefined;
  if (options.smokeTest) {
    const scoringUri = endpoint.properties.scoringUri;
    if (!scoringUri) throw new UserError(`Endpoint '${endpointName}' has no scoring URI; it cannot be smoke-tested.`);
    try {
      const credential = await scoringCredential(session, api, endpoint);
      smoke = await runSmokeTest(scoringUri, name, credential, options.smokeTest);
      log.info(`Smoke test of ${name} passed (HTTP ${smoke.status}).`);
    } catch (error) {
      await cleanup('its smoke test failed');
      throw error instanceof UserError
        ? new UserError(`${error.message}\nLive traffic is unchanged: ${describeTraffic(trafficBefore)}.`)
        : error;
    }
  }

  let traffic = trafficBefore;
  try {
    for (const step of options.traffic) {
      if (step.kind === 'live' && step.percent === 0) break;
      const mirror = step.kind === 'mirror' ? { [name]: step.percent } : withoutKey(mirrorBefore, name);
      if (step.kind === 'live') traffic = shiftTraffic(trafficBefore, name, step.percent);
      const what = step.kind === 'mirror' ? `mirroring ${step.percent}% to ${name}` : describeTraffic(traffic);
      log.info(`Traffic of ${endpointName}: ${what}.`);
      endpoint = await putEndpoint(traffic, mirror, `Moving the traffic of endpoint '${endpointName}' (${what})`);
    }
  } catch (error) {
    log.warning(`Moving traffic failed: ${errorMessage(error)}. Putting it back: ${describeTraffic(trafficBefore)}.`);
    await bestEffort(session.log, 'restore the traffic', () => putEndpoint(trafficBefore, mirrorBefore));
    await cleanup('traffic could not be moved to it');
    throw error;
  }

  const previous = liveDeployment(trafficBefore);
  const previousDeleted: string[] = [];
  if (options.previous === 'delete' && (traffic[name] ?? 0) === 100) {
    for (const [old, p] of Object.entries(trafficBefore)) {
      if (p <= 0 && old !== previous) continue;
      log.info(`Deleting previous deployment ${old}.`);
      await api.deployments.delete(endpointName, old);
      previousDeleted.push(old);
    }
    if (previousDeleted.length) {
      traffic = withoutKeys(traffic, previousDeleted);
    }
  }
  return {
    endpoint: endpointName,
    scoringUri: endpoint.properties.scoringUri ?? '',
    deployment: name,
    live: liveDeployment(traffic),
    previous,
    previousDeleted,
    trafficBefore,
    traffic,
    endpointCreated: !existing,
    model,
    smoke,
  };
}

function checkEndpointName(options: OnlineDeployOptions): void {
  const named = options.deployment.endpointName;
  if (named && named !== options.endpoint.name)
    throw new UserError(
      `endpoint_name '${named}' is not the endpoint file's name '${options.endpoint.name}'.`,
      options.deployment.endpointNameLoc,
    );
}

async function resolveAssets(
  session: AzureSession,
  options: OnlineDeployOptions,
): Promise<{ assets: DeploymentAssets; model?: ResolvedModel }> {
  const spec: OnlineDeploymentSpec = options.deployment;
  let model: ResolvedModel | undefined;
  const assets: DeploymentAssets = {};
  if (options.model) {
    model = await resolveModel(session, options.model);
    assets.model = model.id;
  } else if (spec.model?.kind === 'azureml') {
    assets.model = await resolveAssetId(session, 'models', spec.model);
    const parts = assets.model.match(/\/models\/([^/]+)\/versions\/([^/]+)$/);
    if (parts)
      model = await resolveModel(session, { name: parts[1], selector: { kind: 'version', version: parts[2] } });
  }
  if (spec.environment?.kind === 'azureml')
    assets.environmentId = await resolveAssetId(session, 'environments', spec.environment);
  if (spec.code?.kind === 'azureml') assets.codeId = await resolveAssetId(session, 'codes', spec.code);
  else if (spec.code?.kind === 'local') assets.codeId = await options.uploadCode(spec.code.path);
  return { assets, model };
}

/** The credential the scoring URI takes for the endpoint's auth mode, registered as a secret before anything else. */
async function scoringCredential(
  session: AzureSession,
  api: EndpointsApi<'online'>,
  endpoint: OnlineEndpoint,
): Promise<string> {
  const name = endpoint.name ?? '';
  let secret: string | undefined;
  if (endpoint.properties.authMode === 'Key') secret = (await api.listKeys(name)).primaryKey;
  else if (endpoint.properties.authMode === 'AMLToken') secret = (await api.token(name)).accessToken;
  else secret = (await session.credential.getToken('https://ml.azure.com/.default'))?.token;
  if (!secret)
    throw new UserError(`Endpoint '${name}' gave no ${endpoint.properties.authMode} credential to score with.`);
  session.log.secret(secret);
  return secret;
}

/** The tail of the deployment's logs, for the failure message; a failure to read them is said, not thrown. */
async function deploymentLogs(
  session: AzureSession,
  api: EndpointsApi<'online'>,
  endpoint: string,
  name: string,
): Promise<string> {
  const parts: string[] = [];
  for (const containerType of ['StorageInitializer', 'InferenceServer'] as const) {
    try {
      const { content } = await api.deployments.getLogs(endpoint, name, { containerType, tail: 100 });
      if (content?.trim()) parts.push(`--- ${containerType} log (last 100 lines) ---\n${content.trimEnd()}`);
    } catch (error) {
      session.log.debug(`No ${containerType} log of ${name}: ${errorMessage(error)}`);
    }
  }
  return parts.length ? `\n${parts.join('\n')}` : '\n(The service returned no deployment logs.)';
}

function withoutKey(map: Record<string, number>, key: string): Record<string, number> {
  return withoutKeys(map, [key]);
}

function withoutKeys(map: Record<string, number>, keys: string[]): Record<string, number> {
  return Object.fromEntries(Object.entries(map).filter(([k]) => !keys.includes(k)));
}
