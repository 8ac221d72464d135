/**
 * The one place an Azure ML control-plane api-version is spelled. Every resource type is read and written with
 * its own entry here, so a resource is never read with one version and written with another; all entries are
 * the same today (the newest stable version whose published examples cover every operation we call: see the
 * README, "Azure ML api-version").
 */
export const ML_API_VERSION = '2025-12-01';

/** The resource types this project calls, each with the api-version its reads and writes use. */
export const API_VERSIONS = {
  workspaces: ML_API_VERSION,
  computes: ML_API_VERSION,
  datastores: ML_API_VERSION,
  codes: ML_API_VERSION,
  components: ML_API_VERSION,
  environments: ML_API_VERSION,
  models: ML_API_VERSION,
  data: ML_API_VERSION,
  jobs: ML_API_VERSION,
  registries: ML_API_VERSION,
  onlineEndpoints: ML_API_VERSION,
  batchEndpoints: ML_API_VERSION,
} as const;

export type MlResourceType = keyof typeof API_VERSIONS;
