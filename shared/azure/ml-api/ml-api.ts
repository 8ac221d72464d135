/**
 * The Azure ML control-plane operations this project calls, one family per resource type, over MlRestClient.
 * Paths and query parameters follow the swagger of the api-version in api-version.ts; each family reads and
 * writes with its own resource type's version. Failures are AzureFailure (a UserError keeping `statusCode`),
 * so callers branch on `isNotFound` and otherwise let the message through.
 */
import type { WorkspaceRef } from '../session.js';
import type { LroOptions, MlRequest, MlRestClient } from './rest-client.js';
import type {
  AssetCollectionName,
  AssetContainer,
  AssetVersionTypes,
  ClusterUpdateParameters,
  ComputeResource,
  Datastore,
  DatastoreSecrets,
  JobBase,
  ModelVersion,
  PendingUploadResponse,
  Registry,
  Workspace,
} from './types.js';

const PROVIDER = 'Microsoft.MachineLearningServices';

/** A list: items across pages (`for await`), or the pages themselves. */
export interface PagedList<T> extends AsyncIterable<T> {
  byPage(): AsyncIterable<T[]>;
}

function paged<T>(pages: () => AsyncGenerator<T[]>): PagedList<T> {
  return {
    byPage: pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page;
    },
  };
}

/** `$orderBy`, `$top`, `$skip`-style list options of asset versions (names as in the swagger). */
export interface VersionListOptions {
  orderBy?: string;
  top?: number;
  /** `key` or `key=value`, comma-separated. */
  tags?: string;
  listViewType?: 'ActiveOnly' | 'ArchivedOnly' | 'All';
  /** Code versions: content hash and its algorithm version. */
  hash?: string;
  hashVersion?: string;
}

const SINGULAR: Record<AssetCollectionName, string> = {
  codes: 'code',
  components: 'component',
  environments: 'environment',
  models: 'model',
  data: 'data',
};

const seg = encodeURIComponent;

export class MlApi {
  /** ARM id of the workspace. */
  readonly workspaceId: string;

  constructor(
    readonly rest: MlRestClient,
    readonly ref: WorkspaceRef,
    /** Poll interval of long-running operations unless a call gives its own. */
    readonly pollIntervalMs: number,
  ) {
    this.workspaceId =
      `/subscriptions/${seg(ref.subscriptionId)}/resourceGroups/${seg(ref.resourceGroup)}` +
      `/providers/${PROVIDER}/workspaces/${seg(ref.workspace)}`;
  }

  readonly workspace = {
    get: (): Promise<Workspace> =>
      this.rest.json({
        method: 'GET',
        path: this.workspaceId,
        resource: 'workspaces',
        doing: `Reading workspace '${this.ref.workspace}'`,
      }),
  };

  readonly computes = {
    ...this.collection<ComputeResource>('computes', 'compute', () => this.workspaceId),
    createOrUpdate: async (name: string, body: ComputeResource, options: LroOptions = {}): Promise<void> => {
      await this.rest.lro(
        { method: 'PUT', path: this.compute(name), resource: 'computes', body, doing: `Creating compute '${name}'` },
        this.lroOptions(options),
      );
    },
    update: async (name: string, body: ClusterUpdateParameters, options: LroOptions = {}): Promise<void> => {
      await this.rest.lro(
        { method: 'PATCH', path: this.compute(name), resource: 'computes', body, doing: `Updating compute '${name}'` },
        this.lroOptions(options),
      );
    },
    start: (name: string, options: LroOptions = {}) => this.computeAction(name, 'start', 'Starting', options),
    stop: (name: string, options: LroOptions = {}) => this.computeAction(name, 'stop', 'Stopping', options),
    restart: (name: string, options: LroOptions = {}) => this.computeAction(name, 'restart', 'Restarting', options),
    delete: async (name: string, action: 'Delete' | 'Detach', options: LroOptions = {}): Promise<void> => {
      await this.rest.lro(
        {
          method: 'DELETE',
          path: this.compute(name),
          resource: 'computes',
          query: { underlyingResourceAction: action },
          doing: `Deleting compute '${name}'`,
        },
        this.lroOptions(options),
      );
    },
  };

  readonly datastores = {
    // `list({ isDefault: true })` lists the default datastore only.
    ...this.collection<Datastore, { isDefault?: boolean }>('datastores', 'datastore', () => this.workspaceId),
    listSecrets: (name: string): Promise<DatastoreSecrets> =>
      this.rest.json({
        method: 'POST',
        path: `${this.workspaceId}/datastores/${seg(name)}/listSecrets`,
        resource: 'datastores',
        doing: `Reading the secrets of datastore '${name}'`,
      }),
  };

  readonly jobs = {
    get: (name: string): Promise<JobBase> =>
      this.rest.json({ method: 'GET', path: this.job(name), resource: 'jobs', doing: `Reading job '${name}'` }),
    createOrUpdate: <J extends JobBase>(name: string, body: J): Promise<J> =>
      this.rest.json({
        method: 'PUT',
        path: this.job(name),
        resource: 'jobs',
        body,
        doing: `Submitting job '${name}'`,
      }),
    /** Requests the cancel and returns once it is accepted (202); the job then moves on by itself. */
    cancel: async (name: string, options: { timeoutMs?: number } = {}): Promise<{ status: number }> => {
      const response = await this.rest.send({
        method: 'POST',
        path: `${this.job(name)}/cancel`,
        resource: 'jobs',
        timeoutMs: options.timeoutMs,
        doing: `Cancelling job '${name}'`,
      });
      return { status: response.status };
    },
  };

  readonly registries = {
    ...this.collection<Registry>(
      'registries',
      'registry',
      () => `${this.resourceGroupId}/providers/${PROVIDER}`,
      () => `Listing the registries of resource group '${this.ref.resourceGroup}'`,
    ),
  };

  /**
   * The model versions of a registry (`/registries/{registry}/models/{name}/versions`): read, list, create (a
   * long-running operation in the service), and `startPendingUpload`, which hands out the registry-side blob
   * location and a SAS for a version's files before the version is created (as azure-ai-ml's share does).
   */
  registryModels(registry: string, resourceGroup = this.ref.resourceGroup) {
    const group = `/subscriptions/${seg(this.ref.subscriptionId)}/resourceGroups/${seg(resourceGroup)}`;
    const base = (name: string) =>
      `${group}/providers/${PROVIDER}/registries/${seg(registry)}/models/${seg(name)}/versions`;
    const where = `in registry '${registry}'`;
    return {
      get: (name: string, version: string): Promise<ModelVersion> =>
        this.rest.json({
          method: 'GET',
          path: `${base(name)}/${seg(version)}`,
          resource: 'registries',
          doing: `Reading model ${name}:${version} ${where}`,
        }),
      list: (name: string, options: VersionListOptions = {}): PagedList<ModelVersion> =>
        paged(() =>
          this.rest.pages({
            method: 'GET',
            path: base(name),
            resource: 'registries',
            query: {
              $orderBy: options.orderBy,
              $top: options.top,
              tags: options.tags,
              listViewType: options.listViewType,
            },
            doing: `Listing the versions of model '${name}' ${where}`,
          }),
        ),
      createOrUpdate: async (name: string, version: string, body: ModelVersion, options: LroOptions = {}) =>
        (await this.rest.lro<ModelVersion>(
          {
            method: 'PUT',
            path: `${base(name)}/${seg(version)}`,
            resource: 'registries',
            body,
            doing: `Registering model ${name}:${version} ${where}`,
          },
          this.lroOptions(options),
        )) as ModelVersion,
      startPendingUpload: (name: string, version: string): Promise<PendingUploadResponse> =>
        this.rest.json({
          method: 'POST',
          path: `${base(name)}/${seg(version)}/startPendingUpload`,
          resource: 'registries',
          body: { pendingUploadType: 'TemporaryBlobReference' },
          doing: `Asking registry '${registry}' where to upload model ${name}:${version}`,
        }),
    };
  }

  /** The containers of an asset collection (codes, components, environments, models, data). */
  containers(collection: AssetCollectionName) {
    return this.collection<AssetContainer>(collection, SINGULAR[collection], () => this.workspaceId);
  }

  /**
   * `get(name)` and `list(query)` of the resources `<parent>/<collection>/{name}`; `noun` names one in messages.
   * `parent` and `listing` are read when called: the families above are built before the constructor has run.
   */
  private collection<T, Q extends MlRequest['query'] = undefined>(
    collection: AssetCollectionName | 'computes' | 'datastores' | 'registries',
    noun: string,
    parent: () => string,
    listing = () => `Listing the ${collection}`,
  ) {
    return {
      get: (name: string): Promise<T> =>
        this.rest.json({
          method: 'GET',
          path: `${parent()}/${collection}/${seg(name)}`,
          resource: collection,
          doing: `Reading ${noun} '${name}'`,
        }),
      list: (query?: Q): PagedList<T> =>
        paged(() =>
          this.rest.pages({
            method: 'GET',
            path: `${parent()}/${collection}`,
            resource: collection,
            query,
            doing: listing(),
          }),
        ),
    };
  }

  /** The versions of an asset collection. */
  versions<C extends AssetCollectionName>(collection: C) {
    type V = AssetVersionTypes[C];
    const kind = SINGULAR[collection];
    const base = (name: string) => `${this.workspaceId}/${collection}/${seg(name)}/versions`;
    return {
      get: (name: string, version: string): Promise<V> =>
        this.rest.json({
          method: 'GET',
          path: `${base(name)}/${seg(version)}`,
          resource: collection,
          doing: `Reading ${kind} ${name}:${version}`,
        }),
      list: (name: string, options: VersionListOptions = {}): PagedList<V> =>
        paged(() =>
          this.rest.pages({
            method: 'GET',
            path: base(name),
            resource: collection,
            query: {
              $orderBy: options.orderBy,
              $top: options.top,
              tags: options.tags,
              listViewType: options.listViewType,
              hash: options.hash,
              hashVersion: options.hashVersion,
            },
            doing: `Listing the versions of ${kind} '${name}'`,
          }),
        ),
      createOrUpdate: (name: string, version: string, body: V): Promise<V> =>
        this.rest.json({
          method: 'PUT',
          path: `${base(name)}/${seg(version)}`,
          resource: collection,
          body,
          doing: `Registering ${kind} ${name}:${version}`,
        }),
    };
  }

  private get resourceGroupId(): string {
    return `/subscriptions/${seg(this.ref.subscriptionId)}/resourceGroups/${seg(this.ref.resourceGroup)}`;
  }

  private compute(name: string): string {
    return `${this.workspaceId}/computes/${seg(name)}`;
  }

  private job(name: string): string {
    return `${this.workspaceId}/jobs/${seg(name)}`;
  }

  private lroOptions(options: LroOptions): LroOptions {
    return { intervalMs: options.intervalMs ?? this.pollIntervalMs, abortSignal: options.abortSignal };
  }

  private async computeAction(
    name: string,
    action: 'start' | 'stop' | 'restart',
    doing: string,
    options: LroOptions,
  ): Promise<void> {
    await this.rest.lro(
      {
        method: 'POST',
        path: `${this.compute(name)}/${action}`,
        resource: 'computes',
        doing: `${doing} compute instance '${name}'`,
      },
      this.lroOptions(options),
    );
  }
}
