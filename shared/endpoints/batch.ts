/**
 * A batch endpoint and one deployment of it (a model, or a registered pipeline component): the endpoint is
 * created or updated keeping its default deployment, the deployment is created and waited for, made the default
 * when asked (or when the endpoint has none), and optionally invoked on a small input whose job is followed to its
 * end. A failed deployment is deleted (unless kept) and leaves the default as it was.
 */
import { UserError, bestEffort, errorMessage } from '../core/errors.js';
import { EndpointsApi } from '../azure/ml-api/endpoints.js';
import type { BatchDeployment, BatchDeploymentProperties, BatchEndpoint } from '../azure/ml-api/endpoint-types.js';
import { unlessNotFound } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import { resolveModel, type ModelRequest, type ResolvedModel } from '../models/resolve.js';
import type { BatchDeploymentSpec, BatchEndpointSpec } from './batch-spec.js';
import { lineageTags, type DeploymentLineage } from './lineage.js';
import { isoSeconds, resolveAssetId } from './to-rest.js';

export interface BatchInvocation {
  /** `azureml://...` URI, an `azureml:name:version` data asset, or an https URL. */
  input: string;
  inputType: 'uri_folder' | 'uri_file';
}

export interface BatchDeployOptions {
  endpoint: BatchEndpointSpec;
  deployment: BatchDeploymentSpec;
  model?: ModelRequest;
  makeDefault: boolean;
  keepFailed: boolean;
  invoke?: BatchInvocation;
  lineage: Pick<DeploymentLineage, 'commit' | 'runUrl'>;
  uploadCode(folder: string): Promise<string>;
  /** Follows a job to its end; throws when it did not complete. */
  followJob(name: string): Promise<{ status: string }>;
}

export interface BatchDeployResult {
  endpoint: string;
  scoringUri: string;
  deployment: string;
  defaultDeployment?: string;
  previousDefault?: string;
  endpointCreated: boolean;
  model?: ResolvedModel;
  job?: { name: string; status: string };
}

export async function deployBatch(session: AzureSession, options: BatchDeployOptions): Promise<BatchDeployResult> {
  const { log } = session;
  const api = new EndpointsApi(session.ml, 'batch');
  const endpointName = options.endpoint.name;
  const spec = options.deployment;
  if (spec.endpointName && spec.endpointName !== endpointName)
    throw new UserError(
      `${spec.file}: endpoint_name '${spec.endpointName}' is not the endpoint file's name '${endpointName}'.`,
    );

  const location = (await session.ml.workspace.get()).location ?? '';
  const existing = await unlessNotFound(() => api.get(endpointName));
  const previousDefault = existing?.properties.defaults?.deploymentName || undefined;
  const { properties, model } = await deploymentProperties(session, options);
  const endpointBody = (defaultDeployment: string | undefined): BatchEndpoint => ({
    location,
    tags: options.endpoint.tags,
    properties: {
      authMode: 'AADToken',
      description: options.endpoint.description,
      properties: options.endpoint.properties,
      defaults: defaultDeployment ? { deploymentName: defaultDeployment } : undefined,
    },
  });

  log.info(`${existing ? 'Updating' : 'Creating'} batch endpoint ${endpointName}.`);
  let endpoint = await api.createOrUpdate(endpointName, endpointBody(previousDefault));
  const body: BatchDeployment = {
    location,
    tags: {
      ...spec.tags,
      ...lineageTags({
        modelName: model?.name,
        modelVersion: model?.version,
        trainingJob: model?.jobName,
        ...options.lineage,
      }),
    },
    properties,
  };
  log.info(`Creating batch deployment ${spec.name}.`);
  try {
    await api.deployments.createOrUpdate(endpointName, spec.name, body);
  } catch (error) {
    if (!options.keepFailed) {
      await bestEffort(session.log, `delete deployment ${spec.name}`, () =>
        api.deployments.delete(endpointName, spec.name),
      );
      if (!existing) await bestEffort(session.log, `delete endpoint ${endpointName}`, () => api.delete(endpointName));
    }
    throw new UserError(
      `Batch deployment '${spec.name}' of endpoint '${endpointName}' failed: ${errorMessage(error)}` +
        (previousDefault ? `\nThe default deployment is unchanged: ${previousDefault}.` : ''),
    );
  }
  if (options.makeDefault || !previousDefault) {
    log.info(`Making ${spec.name} the default deployment of ${endpointName}.`);
    endpoint = await api.createOrUpdate(endpointName, endpointBody(spec.name), {
      doing: `Making '${spec.name}' the default deployment of batch endpoint '${endpointName}'`,
    });
  }
  const scoringUri = endpoint.properties.scoringUri ?? '';
  let job: BatchDeployResult['job'];
  if (options.invoke) {
    const name = await invokeBatch(session, scoringUri, spec.name, options.invoke);
    log.info(`Invoked ${endpointName}/${spec.name} on ${options.invoke.input}: job ${name}.`);
    job = { name, status: (await options.followJob(name)).status };
  }
  return {
    endpoint: endpointName,
    scoringUri,
    deployment: spec.name,
    defaultDeployment: endpoint.properties.defaults?.deploymentName,
    previousDefault,
    endpointCreated: !existing,
    model,
    job,
  };
}

async function deploymentProperties(
  session: AzureSession,
  options: BatchDeployOptions,
): Promise<{ properties: BatchDeploymentProperties; model?: ResolvedModel }> {
  const spec = options.deployment;
  const properties: BatchDeploymentProperties = { description: spec.description, properties: spec.properties };
  let model: ResolvedModel | undefined;
  if (spec.type === 'pipeline') {
    const componentId = await resolveAssetId(
      session,
      'components',
      spec.component as Extract<typeof spec.component, { kind: 'azureml' }>,
    );
    properties.deploymentConfiguration = {
      deploymentConfigurationType: 'PipelineComponent',
      componentId: { referenceType: 'Id', assetId: componentId },
      settings: spec.pipelineSettings,
    };
    return { properties, model };
  }
  if (options.model) model = await resolveModel(session, options.model);
  else if (spec.model?.kind === 'azureml') {
    const id = await resolveAssetId(session, 'models', spec.model);
    const parts = id.match(/\/models\/([^/]+)\/versions\/([^/]+)$/);
    if (parts)
      model = await resolveModel(session, { name: parts[1], selector: { kind: 'version', version: parts[2] } });
  }
  if (!model)
    throw new UserError(`${spec.file}: a model batch deployment needs a model ('model:' or input 'model-name').`);
  // The compute must exist: the service would accept the deployment and fail every job.
  const compute = await session.ml.computes.get(spec.compute!);
  Object.assign(properties, {
    model: { referenceType: 'Id', assetId: model.id },
    compute: compute.id ?? `${session.workspaceId}/computes/${spec.compute}`,
    environmentId:
      spec.environment?.kind === 'azureml'
        ? await resolveAssetId(session, 'environments', spec.environment)
        : undefined,
    codeConfiguration:
      spec.scoringScript !== undefined
        ? {
            codeId:
              spec.code?.kind === 'local'
                ? await options.uploadCode(spec.code.path)
                : spec.code && (await resolveAssetId(session, 'codes', spec.code)),
            scoringScript: spec.scoringScript,
          }
        : undefined,
    resources: spec.instanceCount !== undefined ? { instanceCount: spec.instanceCount } : undefined,
    maxConcurrencyPerInstance: spec.maxConcurrencyPerInstance,
    miniBatchSize: spec.miniBatchSize,
    outputAction: spec.outputAction,
    outputFileName: spec.outputFileName,
    retrySettings: spec.retrySettings && {
      maxRetries: spec.retrySettings.maxRetries,
      timeout:
        spec.retrySettings.timeoutSeconds !== undefined ? isoSeconds(spec.retrySettings.timeoutSeconds) : undefined,
    },
    errorThreshold: spec.errorThreshold,
    loggingLevel: spec.loggingLevel,
    environmentVariables: spec.environmentVariables,
  } satisfies Partial<BatchDeploymentProperties>);
  for (const k of Object.keys(properties) as (keyof BatchDeploymentProperties)[])
    if (properties[k] === undefined) delete properties[k];
  return { properties, model };
}

/**
 * Invokes a batch deployment as azure-ai-ml does (POST to the scoring URI with a Microsoft Entra token for
 * https://ml.azure.com, the deployment named in `azureml-model-deployment`); returns the job's name.
 */
async function invokeBatch(
  session: AzureSession,
  scoringUri: string,
  deployment: string,
  invocation: BatchInvocation,
): Promise<string> {
  const token = (await session.credential.getToken('https://ml.azure.com/.default'))?.token;
  if (!token)
    throw new UserError('No Microsoft Entra token for https://ml.azure.com: the batch endpoint cannot be invoked.');
  session.log.secret(token);
  const { createDefaultHttpClient, createPipelineFromOptions, createPipelineRequest, createHttpHeaders } =
    await import('@azure/core-rest-pipeline');
  const jobInputType = invocation.inputType === 'uri_file' ? 'UriFile' : 'UriFolder';
  const request = createPipelineRequest({
    url: scoringUri,
    method: 'POST',
    body: JSON.stringify({
      properties: { InputData: { input_data: { JobInputType: jobInputType, Uri: invocation.input } } },
    }),
    headers: createHttpHeaders({
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'azureml-model-deployment': deployment,
    }),
  });
  const response = await createPipelineFromOptions({ retryOptions: { maxRetries: 0 } }).sendRequest(
    createDefaultHttpClient(),
    request,
  );
  const text = response.bodyAsText ?? '';
  if (response.status >= 300)
    throw new UserError(
      `Invoking batch deployment '${deployment}' failed: HTTP ${response.status}: ${text.slice(0, 2000)}`,
    );
  const name = (JSON.parse(text) as { name?: string }).name;
  if (!name)
    throw new UserError(`Invoking batch deployment '${deployment}' returned no job name: ${text.slice(0, 2000)}`);
  return name;
}
