import { repositoryUrl, type GitContext } from '../github/git-context.js';
import { lineageEntries, OCI_LABEL_PREFIX, type LineageFacts } from '../lineage/keys.js';

/**
 * The suite's image labels are `io.github.azureml-mlops.<key>` (shared/lineage/keys.ts), beside the standard
 * `org.opencontainers.image.*`, so `docker inspect` or `regctl image config` on any image answers "which model
 * is in here, which job trained it on which data": `.model-name`, `.model-version`, `.training-job`, ...
 */
export const LABEL_PREFIX = OCI_LABEL_PREFIX;
/** The namespace of the previous release's model labels (`<namespace>.name`, `.version`, `.training-job`). */
export const LEGACY_MODEL_LABEL_NAMESPACE = 'io.github.azureml-mlops.model';

export interface ModelInfo {
  name: string;
  version: string;
  /** The Azure ML job that trained it (name or run id). */
  trainingJob?: string;
}

export interface LabelInputs {
  context: GitContext;
  /** The `version` output, which becomes `org.opencontainers.image.version`. */
  version: string;
  now: Date;
  /** The model and its training lineage (model name and version, training job, its commit, run and data). */
  lineage?: LineageFacts;
  /** This workflow run, which built the image (`build-run`). */
  buildRun?: string;
  /**
   * Deprecated `label-namespace` input: when set, the model name, version and job are also written under it the
   * old way (`<namespace>.name`...), for readers not yet moved to the suite's keys.
   */
  legacyNamespace?: string;
  /** `key=value` lines from the `labels` input; they win over computed ones. */
  extra: Record<string, string>;
}

/** OCI annotation keys (image-spec `annotations.md`) from the event, then the suite's lineage keys. */
export function computeLabels(inputs: LabelInputs): Record<string, string> {
  const { context, lineage = {} } = inputs;
  const url = repositoryUrl(context);
  const labels: Record<string, string> = {
    'org.opencontainers.image.title': context.repository.split('/').pop() ?? context.repository,
    // The repository's description comes from the event: one line, as every label value is one line of the output.
    'org.opencontainers.image.description': (context.description ?? '').replace(/\s*[\r\n]+\s*/g, ' '),
    'org.opencontainers.image.url': url,
    'org.opencontainers.image.source': url,
    'org.opencontainers.image.version': inputs.version,
    'org.opencontainers.image.created': inputs.now.toISOString(),
    'org.opencontainers.image.revision': context.sha,
    'org.opencontainers.image.licenses': context.license ?? '',
    // The image's commit is the revision label above; `commit` is never taken from the lineage.
    ...lineageEntries('oci', { ...lineage, commit: undefined, buildRun: inputs.buildRun }),
  };
  const legacy = inputs.legacyNamespace;
  if (legacy) {
    if (lineage.modelName) labels[`${legacy}.name`] = lineage.modelName;
    if (lineage.modelVersion) labels[`${legacy}.version`] = lineage.modelVersion;
    if (lineage.trainingJob) labels[`${legacy}.training-job`] = lineage.trainingJob;
  }
  for (const [key, value] of Object.entries(labels)) if (value === '') delete labels[key];
  return { ...labels, ...inputs.extra };
}
