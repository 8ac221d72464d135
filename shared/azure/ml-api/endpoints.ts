/**
 * Online and batch endpoints and their deployments (mfe.json of the api-version): get, create-or-update and
 * delete as long-running operations, the keys and token of an online endpoint, and a deployment's logs. Built
 * over the session's MlApi (its client, workspace and poll interval), so MlApi itself stays unchanged.
 */
import type { MlApi, PagedList } from './ml-api.js';
import type { LroOptions } from './rest-client.js';
import type {
  BatchDeployment,
  BatchEndpoint,
  DeploymentLogs,
  DeploymentLogsRequest,
  EndpointAuthKeys,
  EndpointAuthToken,
  OnlineDeployment,
  OnlineEndpoint,
} from './endpoint-types.js';

export type EndpointKind = 'online' | 'batch';

interface KindTypes {
  online: { endpoint: OnlineEndpoint; deployment: OnlineDeployment };
  batch: { endpoint: BatchEndpoint; deployment: BatchDeployment };
}

const COLLECTION = { online: 'onlineEndpoints', batch: 'batchEndpoints' } as const;
const seg = encodeURIComponent;

/** The endpoints of one kind and their deployments. */
export class EndpointsApi<K extends EndpointKind> {
  private readonly resource: (typeof COLLECTION)[K];

  constructor(
    private readonly ml: MlApi,
    readonly kind: K,
  ) {
    this.resource = COLLECTION[kind];
  }

  /** ARM id of an endpoint. */
  endpointId(name: string): string {
    return `${this.ml.workspaceId}/${this.resource}/${seg(name)}`;
  }

  get(name: string): Promise<KindTypes[K]['endpoint']> {
    return this.ml.rest.json({
      method: 'GET',
      path: this.endpointId(name),
      resource: this.resource,
      doing: `Reading ${this.kind} endpoint '${name}'`,
    });
  }

  /** Creates or updates the endpoint and waits until it is provisioned; returns it as the service then has it. */
  async createOrUpdate(
    name: string,
    body: KindTypes[K]['endpoint'],
    options: LroOptions & { doing?: string } = {},
  ): Promise<KindTypes[K]['endpoint']> {
    await this.ml.rest.lro(
      {
        method: 'PUT',
        path: this.endpointId(name),
        resource: this.resource,
        body,
        doing: options.doing ?? `Creating or updating ${this.kind} endpoint '${name}'`,
      },
      this.lroOptions(options),
    );
    return this.get(name);
  }

  async delete(name: string, options: LroOptions = {}): Promise<void> {
    await this.ml.rest.lro(
      {
        method: 'DELETE',
        path: this.endpointId(name),
        resource: this.resource,
        doing: `Deleting ${this.kind} endpoint '${name}'`,
      },
      this.lroOptions(options),
    );
  }

  /** The keys of an online endpoint whose auth mode is `key`: secrets, to be masked before anything else. */
  listKeys(name: string): Promise<EndpointAuthKeys> {
    return this.ml.rest.json({
      method: 'POST',
      path: `${this.endpointId(name)}/listKeys`,
      resource: this.resource,
      doing: `Reading the keys of ${this.kind} endpoint '${name}'`,
    });
  }

  /** A scoring token of an online endpoint whose auth mode is `aml_token`: a secret. */
  token(name: string): Promise<EndpointAuthToken> {
    return this.ml.rest.json({
      method: 'POST',
      path: `${this.endpointId(name)}/token`,
      resource: this.resource,
      doing: `Reading a scoring token of ${this.kind} endpoint '${name}'`,
    });
  }

  private deploymentPath(endpoint: string, name: string): string {
    return `${this.endpointId(endpoint)}/deployments/${seg(name)}`;
  }

  readonly deployments = {
    get: (endpoint: string, name: string): Promise<KindTypes[K]['deployment']> =>
      this.ml.rest.json({
        method: 'GET',
        path: this.deploymentPath(endpoint, name),
        resource: this.resource,
        doing: `Reading deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
      }),
    list: (endpoint: string): PagedList<KindTypes[K]['deployment']> => {
      const pages = () =>
        this.ml.rest.pages<KindTypes[K]['deployment']>({
          method: 'GET',
          path: `${this.endpointId(endpoint)}/deployments`,
          resource: this.resource,
          doing: `Listing the deployments of ${this.kind} endpoint '${endpoint}'`,
        });
      return {
        byPage: pages,
        async *[Symbol.asyncIterator]() {
          for await (const page of pages()) yield* page;
        },
      };
    },
    /** Creates or updates the deployment and waits for its provisioning to end; a failed one throws. */
    createOrUpdate: async (
      endpoint: string,
      name: string,
      body: KindTypes[K]['deployment'],
      options: LroOptions = {},
    ): Promise<void> => {
      await this.ml.rest.lro(
        {
          method: 'PUT',
          path: this.deploymentPath(endpoint, name),
          resource: this.resource,
          body,
          doing: `Creating deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
        },
        this.lroOptions(options),
      );
    },
    delete: async (endpoint: string, name: string, options: LroOptions = {}): Promise<void> => {
      await this.ml.rest.lro(
        {
          method: 'DELETE',
          path: this.deploymentPath(endpoint, name),
          resource: this.resource,
          doing: `Deleting deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
        },
        this.lroOptions(options),
      );
    },
    /** The tail of a container's log of an online deployment (`getLogs`). */
    getLogs: (endpoint: string, name: string, request: DeploymentLogsRequest): Promise<DeploymentLogs> =>
      this.ml.rest.json({
        method: 'POST',
        path: `${this.deploymentPath(endpoint, name)}/getLogs`,
        resource: this.resource,
        body: request,
        doing: `Reading the logs of deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
      }),
  };

  private lroOptions(options: LroOptions): LroOptions {
    return { intervalMs: options.intervalMs ?? this.ml.pollIntervalMs, abortSignal: options.abortSignal };
  }
}
