import { repositoryUrl, type GitContext } from '../github/git-context.js';

/**
 * Where the model labels live. A reverse-DNS namespace of this suite, so they never collide with
 * `org.opencontainers.*` or a base image's labels; `docker inspect` or `regctl image config` on any
 * image then answers "which model is in here": `<namespace>.name`, `.version`, `.training-job`.
 */
export const DEFAULT_MODEL_LABEL_NAMESPACE = 'io.github.azureml-mlops.model';

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
  model?: Partial<ModelInfo>;
  modelNamespace: string;
  /** `key=value` lines from the `labels` input; they win over computed ones. */
  extra: Record<string, string>;
}

/** OCI annotation keys (image-spec `annotations.md`), computed from the event alone. */
export function computeLabels(inputs: LabelInputs): Record<string, string> {
  const { context, model } = inputs;
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
  };
  if (model?.name) labels[`${inputs.modelNamespace}.name`] = model.name;
  if (model?.version) labels[`${inputs.modelNamespace}.version`] = model.version;
  if (model?.trainingJob) labels[`${inputs.modelNamespace}.training-job`] = model.trainingJob;
  for (const [key, value] of Object.entries(labels)) if (value === '') delete labels[key];
  return { ...labels, ...inputs.extra };
}
