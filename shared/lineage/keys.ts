/**
 * The suite's one namespace for lineage: the domain `azureml-mlops.github.io`, written in each medium's own
 * convention. Every label, annotation and tag the actions write is named here, and every reader goes through
 * `readLineage`, which also accepts the keys of the previous release (see `LEGACY_*`) for one version.
 */

export const LINEAGE_DOMAIN = 'azureml-mlops.github.io';
/** OCI image labels: reverse DNS of the domain, as the image-spec asks (`io.github.azureml-mlops.<key>`). */
export const OCI_LABEL_PREFIX = 'io.github.azureml-mlops';
/** Kubernetes annotations and labels: `<domain>/<key>`. */
export const K8S_PREFIX = LINEAGE_DOMAIN;
/** Azure ML tags, only where new tags are needed (the `mlops.*` job tags stay as they are). */
export const AZURE_TAG_PREFIX = 'azureml-mlops';

/** The OCI standard label every image carries for the commit it was built from; the suite reuses it. */
export const OCI_REVISION = 'org.opencontainers.image.revision';

/** What each key records. The same key names serve every medium; `media` says where each is written. */
export const LINEAGE_KEYS = {
  /** The commit the image was built from (on images: `org.opencontainers.image.revision`). */
  commit: 'commit',
  /** The workflow run that built (tagged) the image. */
  buildRun: 'build-run',
  modelName: 'model-name',
  modelVersion: 'model-version',
  /** The Azure ML job (run) that trained the model. */
  trainingJob: 'training-job',
  /** The commit the training job ran from (may differ from the image's commit). */
  trainingCommit: 'training-commit',
  /** The workflow run that submitted the training job. */
  trainingRun: 'training-run',
  /** The training job's data inputs: `name=uri-or-asset` pairs separated by `,`. */
  dataInputs: 'data-inputs',
  apiVersion: 'api-version',
  /** Workloads only: `container=image` pairs of what was deployed. */
  images: 'images',
  /** Workloads only: the workflow run that deployed, never confused with where the image came from. */
  deployedByRun: 'deployed-by-run',
  /** Workloads only: the commit of the run that deployed (a promote runs at a later commit than the build). */
  deployedByCommit: 'deployed-by-commit',
} as const;

export type LineageKey = keyof typeof LINEAGE_KEYS;

/** A data input of a training job: a URI (or local path), or a data asset `name:version`. */
export interface DataInputRef {
  name: string;
  /** `uri_folder`, `uri_file`, `mltable`, ... when known. */
  type?: string;
  uri?: string;
  /** `name:version` of a data asset. */
  asset?: string;
}

/** The lineage facts any medium can carry; each is optional, since any link may be missing. */
export type LineageFacts = Partial<Record<Exclude<LineageKey, 'dataInputs'>, string>> & {
  dataInputs?: DataInputRef[];
};

/** Keys of the previous release, read for one more version (deprecated; see CHANGELOG.md). */
export const LEGACY_OCI_LABELS: Partial<Record<LineageKey, string>> = {
  modelName: 'io.github.azureml-mlops.model.name',
  modelVersion: 'io.github.azureml-mlops.model.version',
  trainingJob: 'io.github.azureml-mlops.model.training-job',
};
export const LEGACY_K8S_PREFIX = 'mlops-actions.github.io';
/** The old `run-url` annotation named the deploying run, which is now `deployed-by-run`. */
export const LEGACY_K8S_ANNOTATIONS: Partial<Record<LineageKey, string>> = {
  commit: `${LEGACY_K8S_PREFIX}/commit`,
  deployedByRun: `${LEGACY_K8S_PREFIX}/run-url`,
  images: `${LEGACY_K8S_PREFIX}/images`,
  modelName: `${LEGACY_K8S_PREFIX}/model-name`,
  modelVersion: `${LEGACY_K8S_PREFIX}/model-version`,
  apiVersion: `${LEGACY_K8S_PREFIX}/api-version`,
};

export type Medium = 'oci' | 'k8s' | 'azure';

/** The full key of `key` in a medium: `io.github.azureml-mlops.model-name`, `azureml-mlops.github.io/model-name`. */
export function lineageKey(medium: Medium, key: LineageKey): string {
  const name = LINEAGE_KEYS[key];
  if (medium === 'oci') return key === 'commit' ? OCI_REVISION : `${OCI_LABEL_PREFIX}.${name}`;
  if (medium === 'k8s') return `${K8S_PREFIX}/${name}`;
  return `${AZURE_TAG_PREFIX}.${name}`;
}

/** `name=value` pairs joined by `,` (a value keeps any `=` of its own). */
export function formatDataInputs(inputs: DataInputRef[]): string {
  return inputs.map((i) => `${i.name}=${i.asset ? `azureml:${i.asset}` : (i.uri ?? '')}`).join(',');
}

/** The inverse of `formatDataInputs`: a pair starts at `,name=`, so a URI may hold commas of its own. */
export function parseDataInputs(text: string): DataInputRef[] {
  const pairs = text.split(/,(?=[A-Za-z_][\w.-]*=)/).filter((p) => p.includes('='));
  return pairs.map((pair) => {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const asset = /^azureml:([^/:][^:]*:[^:]+)$/.exec(value)?.[1];
    return asset ? { name, asset } : { name, uri: value };
  });
}

/** The labels or annotations that record `facts` in a medium; empty facts write nothing. */
export function lineageEntries(medium: Medium, facts: LineageFacts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(LINEAGE_KEYS) as LineageKey[]) {
    const value = key === 'dataInputs' ? formatDataInputs(facts.dataInputs ?? []) : facts[key];
    if (value) out[lineageKey(medium, key)] = value;
  }
  return out;
}

/** The lineage facts in a set of labels or annotations, new keys first, else the deprecated ones. */
export function readLineage(medium: Medium, entries: Record<string, string | undefined> | undefined): LineageFacts {
  const legacy = medium === 'oci' ? LEGACY_OCI_LABELS : medium === 'k8s' ? LEGACY_K8S_ANNOTATIONS : {};
  const facts: LineageFacts = {};
  for (const key of Object.keys(LINEAGE_KEYS) as LineageKey[]) {
    const old = legacy[key];
    const value = entries?.[lineageKey(medium, key)] || (old ? entries?.[old] : undefined);
    if (!value) continue;
    if (key === 'dataInputs') facts.dataInputs = parseDataInputs(value);
    else facts[key] = value;
  }
  return facts;
}
