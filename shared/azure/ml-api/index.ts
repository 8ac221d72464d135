/** The Azure ML control plane, one typed REST layer: see README.md in this folder. */
export { API_VERSIONS, ML_API_VERSION } from './api-version.js';
export type { MlResourceType } from './api-version.js';
export { MlApi } from './ml-api.js';
export type { PagedList, VersionListOptions } from './ml-api.js';
export { MlRestClient } from './rest-client.js';
export type { LroOptions, MlRequest, MlResponse, MlRestClientOptions } from './rest-client.js';
export type * from './types.js';
