/**
 * An Azure ML managed online endpoint as the start of a trace: the deployment named (or the one holding the most
 * traffic), the model it serves (its `model` property) and the lineage tags deploy-endpoint wrote on it
 * (shared/endpoints/lineage.ts). An endpoint or deployment that does not exist is a missing link, not a failure;
 * a traffic split with no single busiest deployment is missing too, naming the choices, since picking one would
 * be a guess. The parts here are pure (the entry loads them with its inputs); `endpoint-read.ts` reads the
 * service, through the REST layer deploy-endpoint uses (`EndpointsApi<'online'>`).
 */
import { UserError } from '../core/errors.js';
import type { LineageFacts } from '../lineage/keys.js';
import { isPlainRefPart, parseRemoteRef } from '../pipeline/refs.js';

/** Endpoint and deployment names as the service accepts them (3 to 32 letters, digits and `-`). */
const NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;

export interface EndpointName {
  endpoint: string;
  /** Absent: the deployment holding the most traffic. */
  deployment?: string;
}

/** The `endpoint` input: `NAME` or `NAME/DEPLOYMENT`. */
export function parseEndpointName(value: string): EndpointName {
  const [endpoint, deployment, ...rest] = value.split('/');
  if (rest.length || !NAME.test(endpoint) || (deployment !== undefined && !NAME.test(deployment)))
    throw new UserError(
      `Input 'endpoint': ${JSON.stringify(value)} is not NAME or NAME/DEPLOYMENT (an online endpoint's name, ` +
        'optionally its deployment: 3 to 32 letters, digits and -, starting with a letter).',
    );
  return deployment === undefined ? { endpoint } : { endpoint, deployment };
}

/** A deployment read: what it serves and what its tags say. */
export interface EndpointDeployment {
  endpoint: string;
  deployment: string;
  /** How this deployment was chosen: named in the input, or by the endpoint's traffic. */
  chosen: string;
  /** The deployment's `model` property: an ARM id `.../models/NAME/versions/V` or an `azureml:` reference. */
  model?: string;
  /** Its lineage tags in the suite's key names (`azureml-mlops.<key>`). */
  tags: LineageFacts;
}

export type EndpointRead =
  { status: 'found'; read: EndpointDeployment } | { status: 'missing'; value: string; why: string };

/** The deployment to follow: the one named, else the one holding the most traffic (a tie is no answer). */
export function busiestDeployment(
  traffic: Record<string, number> | undefined,
  deployments: string[],
): { name: string; chosen: string } | { why: string } {
  const live = Object.entries(traffic ?? {}).filter(([, percent]) => percent > 0);
  const most = Math.max(0, ...live.map(([, percent]) => percent));
  const busiest = live.filter(([, percent]) => percent === most).map(([name]) => name);
  if (busiest.length === 1) return { name: busiest[0], chosen: `the deployment holding the most traffic (${most}%)` };
  if (busiest.length > 1)
    return { why: `${busiest.join(' and ')} hold ${most}% of the traffic each; name one as NAME/DEPLOYMENT` };
  if (deployments.length === 1) return { name: deployments[0], chosen: 'the only deployment (it holds no traffic)' };
  return deployments.length
    ? { why: `no deployment holds traffic; name one as NAME/DEPLOYMENT (deployments: ${deployments.join(', ')})` }
    : { why: 'the endpoint has no deployments' };
}

/** A model version an endpoint deployment serves; `registry` when it is an Azure ML registry's. */
export interface ServedModel {
  name: string;
  version: string;
  registry?: string;
}

/**
 * The model version a deployment's `model` property names: an ARM id (a workspace's or a registry's,
 * `.../models/NAME/versions/V`), `azureml://registries/R/models/NAME/versions/V` or `azureml:NAME:V`. A
 * reference without a version (`azureml:NAME@latest`) names none.
 */
export function modelOfReference(model: string | undefined): ServedModel | undefined {
  if (!model) return undefined;
  const id = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(model);
  if (id) return servedModel(id[1], id[2], /\/registries\/([^/]+)\/models\//i.exec(model)?.[1]);
  const parsed = model.startsWith('azureml:') ? parseRemoteRef(model) : undefined;
  const ref = parsed?.ok ? parsed.ref : undefined;
  if (ref?.kind !== 'version' || !isPlainRefPart(ref.name) || !isPlainRefPart(ref.version)) return undefined;
  return servedModel(ref.name, ref.version);
}

function servedModel(name: string, version: string, registry?: string): ServedModel {
  return {
    name: decodeURIComponent(name),
    version: decodeURIComponent(version),
    ...(registry ? { registry: decodeURIComponent(registry) } : {}),
  };
}
