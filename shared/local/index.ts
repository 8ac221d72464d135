/** The embedded local backend: Azure ML pipeline YAML run on the runner, with a content-addressed step cache. */
export { LocalWorkspace } from './workspace.js';
export {
  registerLocalComponent,
  registerLocalData,
  registerLocalEnvironment,
  storeCodeSnapshot,
  type LocalAsset,
  type RegisterOptions,
} from './assets.js';
export type { VersionStrategy } from '../assets/types.js';
export { LocalVersionStore } from './version-store.js';
export { runLocalJob, runLocalPipeline, type LocalJobResult, type LocalRunOptions } from './run-pipeline.js';
export { localSteps, type LocalPipelineJob, type LocalStep } from './adapt.js';
export type { LocalParallelNode } from './parallel/step.js';
export type { LocalSweepNode } from './sweep/step.js';
export type { LocalStepResult } from './step.js';
export { flattenPipeline, NESTED_SEPARATOR, type FlatPipelineJob, type LeafNode } from './nested.js';
export {
  downloadLocalModel,
  editLocalModelTags,
  listLocalModels,
  registerLocalModel,
  resolveLocalModel,
  tagLocalModel,
  type LocalDownloadResult,
  type LocalModel,
} from './models.js';
export { ensureLocalCompute, type LocalComputeResult } from './compute.js';
export { REGISTRATION_DETAILS_FILE } from './builtins.js';
export { registerLocalAssetFiles, type LocalRegisterOptions } from './register-files.js';
export { writeLocalModelLineage } from './model-lineage.js';
