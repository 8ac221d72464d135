/**
 * Reads an online endpoint and the deployment a trace follows (see endpoint.ts), through the REST layer
 * deploy-endpoint uses; loaded by the entry only for an `endpoint` start, with the Azure backend.
 */
import { isNotFound } from '../azure/rest-errors.js';
import type { OnlineDeployment, OnlineEndpoint } from '../azure/ml-api/endpoint-types.js';
import { readLineage } from '../lineage/keys.js';
import { busiestDeployment, type EndpointName, type EndpointRead } from './endpoint.js';

/** What the trace reads of online endpoints: a subset of `EndpointsApi<'online'>`. */
export interface OnlineEndpointReader {
  get(name: string): Promise<OnlineEndpoint>;
  deployments: {
    get(endpoint: string, name: string): Promise<OnlineDeployment>;
    list(endpoint: string): AsyncIterable<OnlineDeployment>;
  };
}

const notFound = <T>(promise: Promise<T>): Promise<T | undefined> =>
  promise.catch((error: unknown) => {
    if (isNotFound(error)) return undefined;
    throw error;
  });

/** Reads the endpoint and the deployment to follow; one that does not exist is reported missing, with why. */
export async function readEndpointDeployment(
  api: OnlineEndpointReader,
  name: EndpointName,
  label: string,
): Promise<EndpointRead> {
  const endpoint = await notFound(api.get(name.endpoint));
  if (!endpoint)
    return { status: 'missing', value: name.endpoint, why: `${label} has no online endpoint ${name.endpoint}` };
  let deploymentName = name.deployment;
  let chosen = 'named in the input';
  if (!deploymentName) {
    const names: string[] = [];
    for await (const d of api.deployments.list(name.endpoint)) if (d.name) names.push(d.name);
    const pick = busiestDeployment(endpoint.properties.traffic, names.sort());
    if ('why' in pick)
      return { status: 'missing', value: name.endpoint, why: `online endpoint ${name.endpoint}: ${pick.why}` };
    [deploymentName, chosen] = [pick.name, pick.chosen];
  }
  const value = `${name.endpoint}/${deploymentName}`;
  const deployment = await notFound(api.deployments.get(name.endpoint, deploymentName));
  if (!deployment)
    return { status: 'missing', value, why: `online endpoint ${name.endpoint} has no deployment ${deploymentName}` };
  return {
    status: 'found',
    read: {
      endpoint: name.endpoint,
      deployment: deploymentName,
      chosen,
      model: deployment.properties.model,
      tags: readLineage('azure', deployment.tags),
    },
  };
}
