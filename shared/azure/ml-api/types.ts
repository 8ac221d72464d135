/**
 * The Azure ML resources this project reads and writes, typed from the swagger of the api-version in
 * api-version.ts (mfe.json, machineLearningServices.json, registries.json of that folder). Only what the code
 * uses is modelled; the wire format is kept as is (dates are ISO strings, nothing is flattened), so a body read
 * can be written back unchanged. Names follow the swagger's definitions.
 */

/** ARM's `systemData` (dates as the service sends them, ISO 8601). */
export interface SystemData {
  createdAt?: string;
  createdBy?: string;
  createdByType?: string;
  lastModifiedAt?: string;
  lastModifiedBy?: string;
  lastModifiedByType?: string;
}

/** A proxy resource (`Resource` in the swagger): a workspace child. */
export interface ArmResource<P> {
  id?: string;
  name?: string;
  type?: string;
  systemData?: SystemData;
  properties: P;
}

/** `ManagedServiceIdentity`. */
export interface ManagedServiceIdentity {
  type: 'None' | 'SystemAssigned' | 'UserAssigned' | 'SystemAssigned,UserAssigned';
  principalId?: string;
  tenantId?: string;
  userAssignedIdentities?: Record<string, { principalId?: string; clientId?: string }>;
}

/** `ErrorDetail` of ARM's error envelope `{ "error": ErrorDetail }`. */
export interface ErrorDetail {
  code?: string;
  message?: string;
  target?: string;
  details?: ErrorDetail[];
}

/** `ErrorResponse`. */
export interface ErrorResponse {
  error?: ErrorDetail;
}

/** One page of a list: `value` and, when another page exists, `nextLink`. */
export interface Page<T> {
  value?: T[];
  nextLink?: string;
}

// --- Workspace ---------------------------------------------------------------------------------------------

export interface WorkspaceProperties {
  discoveryUrl?: string;
  workspaceId?: string;
  friendlyName?: string;
  mlFlowTrackingUri?: string;
  storageAccount?: string;
  provisioningState?: string;
}

export interface Workspace extends ArmResource<WorkspaceProperties> {
  location?: string;
  tags?: Record<string, string>;
  identity?: ManagedServiceIdentity;
  kind?: string;
}

// --- Compute -----------------------------------------------------------------------------------------------

/** `ScaleSettings` of an AmlCompute. */
export interface ScaleSettings {
  maxNodeCount: number;
  minNodeCount?: number;
  /** ISO 8601 duration, e.g. PT120S. */
  nodeIdleTimeBeforeScaleDown?: string;
}

export interface AmlComputeProperties {
  osType?: 'Linux' | 'Windows';
  vmSize?: string;
  vmPriority?: 'Dedicated' | 'LowPriority';
  scaleSettings?: ScaleSettings;
  remoteLoginPortPublicAccess?: 'Enabled' | 'Disabled' | 'NotSpecified';
  allocationState?: string;
  currentNodeCount?: number;
  targetNodeCount?: number;
  errors?: ErrorResponse[];
}

export interface ComputeSchedules {
  computeStartStop?: {
    action?: 'Start' | 'Stop';
    triggerType?: 'Recurrence' | 'Cron';
    status?: 'Enabled' | 'Disabled';
    cron?: { triggerType?: 'Cron'; expression?: string; startTime?: string; timeZone?: string };
  }[];
}

export interface ComputeInstanceProperties {
  vmSize?: string;
  sshSettings?: { sshPublicAccess?: 'Enabled' | 'Disabled'; adminPublicKey?: string };
  schedules?: ComputeSchedules;
  state?: string;
  errors?: ErrorResponse[];
}

/** `Compute`: the fields every compute type shares. */
interface ComputeBase {
  computeLocation?: string;
  description?: string;
  provisioningState?: string;
  provisioningErrors?: ErrorResponse[];
  disableLocalAuth?: boolean;
  resourceId?: string;
}

export interface AmlCompute extends ComputeBase {
  computeType: 'AmlCompute';
  properties?: AmlComputeProperties;
}

export interface ComputeInstance extends ComputeBase {
  computeType: 'ComputeInstance';
  properties?: ComputeInstanceProperties;
}

/** Other compute types (Kubernetes, AKS, ...): read, never written here. */
export interface OtherCompute extends ComputeBase {
  computeType: Exclude<string, 'AmlCompute' | 'ComputeInstance'>;
  properties?: Record<string, unknown>;
}

/** `Compute`, discriminated by `computeType`. */
export type Compute = AmlCompute | ComputeInstance | OtherCompute;

/** `ComputeResource`. */
export interface ComputeResource {
  id?: string;
  name?: string;
  type?: string;
  location?: string;
  tags?: Record<string, string>;
  identity?: ManagedServiceIdentity;
  systemData?: SystemData;
  properties?: Compute;
}

/** `ClusterUpdateParameters` (PATCH of a compute). */
export interface ClusterUpdateParameters {
  properties: { properties?: { scaleSettings?: ScaleSettings } };
}

// --- Datastore ---------------------------------------------------------------------------------------------

export interface DatastoreProperties {
  datastoreType: string;
  credentials?: { credentialsType: string };
  isDefault?: boolean;
  accountName?: string;
  containerName?: string;
  filesystem?: string;
  endpoint?: string;
  protocol?: string;
  description?: string;
  tags?: Record<string, string>;
}

export type Datastore = ArmResource<DatastoreProperties>;

/** `DatastoreSecrets`, discriminated by `secretsType`. */
export type DatastoreSecrets =
  | { secretsType: 'AccountKey'; key?: string }
  | { secretsType: 'Sas'; sasToken?: string }
  | { secretsType: 'Certificate' | 'ServicePrincipal' | 'KerberosKeytab' | 'KerberosPassword'; [key: string]: unknown };

// --- Assets ------------------------------------------------------------------------------------------------

/** `AssetBase` / `AssetContainer` / `ResourceBase` fields every asset version and container has. */
interface AssetProperties {
  description?: string;
  tags?: Record<string, string | null>;
  properties?: Record<string, string | null>;
  isArchived?: boolean;
  isAnonymous?: boolean;
  provisioningState?: string;
}

export interface ContainerProperties extends AssetProperties {
  latestVersion?: string;
  nextVersion?: string;
}

export interface CodeVersionProperties extends AssetProperties {
  codeUri?: string;
}

export interface ComponentVersionProperties extends AssetProperties {
  componentSpec?: Record<string, unknown>;
  stage?: string;
}

export interface EnvironmentVersionProperties extends AssetProperties {
  image?: string;
  condaFile?: string;
  build?: { contextUri: string; dockerfilePath?: string };
  osType?: 'Linux' | 'Windows';
  inferenceConfig?: Record<string, unknown>;
  stage?: string;
}

export interface ModelVersionProperties extends AssetProperties {
  modelUri?: string;
  modelType?: string;
  jobName?: string;
  flavors?: Record<string, { data?: Record<string, string> }>;
  stage?: string;
}

export interface DataVersionProperties extends AssetProperties {
  dataType: 'uri_file' | 'uri_folder' | 'mltable';
  dataUri: string;
}

export type AssetContainer = ArmResource<ContainerProperties>;
export type CodeVersion = ArmResource<CodeVersionProperties>;
export type ComponentVersion = ArmResource<ComponentVersionProperties>;
export type EnvironmentVersion = ArmResource<EnvironmentVersionProperties>;
export type ModelVersion = ArmResource<ModelVersionProperties>;
export type DataVersion = ArmResource<DataVersionProperties>;

/** The version type of each asset collection of a workspace (or registry). */
export interface AssetVersionTypes {
  codes: CodeVersion;
  components: ComponentVersion;
  environments: EnvironmentVersion;
  models: ModelVersion;
  data: DataVersion;
}
export type AssetCollectionName = keyof AssetVersionTypes;

// --- Jobs --------------------------------------------------------------------------------------------------

export interface JobService {
  endpoint?: string;
  jobServiceType?: string;
  port?: number;
  status?: string;
  errorMessage?: string;
  properties?: Record<string, string>;
}

/** `JobBaseProperties`: what every job type has. */
export interface JobBaseProperties {
  jobType: string;
  displayName?: string;
  experimentName?: string;
  description?: string;
  computeId?: string;
  status?: string;
  isArchived?: boolean;
  tags?: Record<string, string | null>;
  properties?: Record<string, string | null>;
  services?: Record<string, JobService | null>;
  componentId?: string;
  parentJobName?: string;
}

/** `JobInput` / `JobOutput`: discriminated by `jobInputType` / `jobOutputType`; asset ones carry `uri`. */
export type JobInput = { jobInputType: string; uri?: string; mode?: string; value?: string; description?: string };
export type JobOutput = {
  jobOutputType: string;
  uri?: string;
  mode?: string;
  description?: string;
  assetName?: string;
  assetVersion?: string;
};

/** `PipelineJob`: the properties of a job of `jobType: Pipeline`. */
export interface PipelineJob extends JobBaseProperties {
  jobType: 'Pipeline';
  inputs?: Record<string, JobInput | null>;
  outputs?: Record<string, JobOutput | null>;
  /** Step name -> node dict (the swagger leaves nodes untyped: `object`). */
  jobs?: Record<string, Record<string, unknown>>;
  settings?: Record<string, unknown>;
  sourceJobId?: string;
}

/** `JobBase`: the job resource. */
export type JobBase = ArmResource<JobBaseProperties>;

// --- Registries --------------------------------------------------------------------------------------------

/** `PendingUploadResponseDto`: where to upload an asset's files, with a container-level read/write/list SAS. */
export interface PendingUploadResponse {
  pendingUploadId?: string;
  pendingUploadType?: 'None' | 'TemporaryBlobReference';
  blobReferenceForConsumption?: {
    blobUri?: string;
    storageAccountArmId?: string;
    credential?: { credentialType: 'SAS'; sasUri?: string };
  };
}

export interface RegistryProperties {
  discoveryUrl?: string;
  mlFlowRegistryUri?: string;
  intellectualPropertyPublisher?: string;
  publicNetworkAccess?: string;
  regionDetails?: { location?: string }[];
}

export interface Registry extends ArmResource<RegistryProperties> {
  location?: string;
  tags?: Record<string, string>;
  identity?: ManagedServiceIdentity;
  kind?: string;
}
