/**
 * What a deploy records about where its image came from. The image's own labels (written by tag-image when it
 * was built) are the truth: a promote deploys an image built at an earlier commit, from a later run, and must
 * not rewrite its commit. The deploying run is recorded beside it (`deployed-by-run`, `deployed-by-commit`).
 */
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { OCI_REVISION, readLineage, type LineageFacts } from '../lineage/keys.js';
import { imageConfigReader } from '../registry/image-config.js';
import { formatImageRef, type ImageRef } from '../registry/image-ref.js';

/** Reads an image's labels from its registry (throws when it cannot). */
export type ImageLabelReader = (ref: ImageRef) => Promise<Record<string, string>>;

/** Labels from the registry without a pull (see `imageConfigReader`). */
export function registryLabelReader(dockerConfigDir: string, log: Logger): ImageLabelReader {
  const read = imageConfigReader(dockerConfigDir, log);
  return async (ref) => (await read(ref)).labels;
}

export interface DeployLineageInputs {
  /** From the action's inputs (model-name, model-version, api-version, a model lineage file). */
  given: LineageFacts;
  /** The deploying workflow run: its URL and commit (`GITHUB_SHA`). */
  run: { url?: string; commit?: string };
  images: ImageRef[];
  /** Absent when reading the registry is turned off. */
  readLabels?: ImageLabelReader;
  log: Logger;
}

/** The facts an image can say about itself, and which of them a deploy takes from it over its inputs. */
const FROM_IMAGE = [
  'commit',
  'buildRun',
  'modelName',
  'modelVersion',
  'trainingJob',
  'trainingCommit',
  'trainingRun',
] as const;

/** The first image whose labels carry any lineage: a workload's other images (sidecars) are not the model's. */
async function imageLineage(inputs: DeployLineageInputs): Promise<{ ref: ImageRef; facts: LineageFacts } | undefined> {
  if (!inputs.readLabels) return undefined;
  for (const ref of inputs.images) {
    let labels: Record<string, string>;
    try {
      labels = await inputs.readLabels(ref);
    } catch (error) {
      inputs.log.warning(
        `Could not read the labels of ${formatImageRef(ref)} (${errorMessage(error)}); its lineage comes from the inputs and this run.`,
      );
      continue;
    }
    const facts = readLineage('oci', labels);
    if (Object.keys(facts).length) return { ref, facts };
  }
  return undefined;
}

/** The lineage to annotate: the image's facts where it has them, else the inputs', else this run's commit. */
export async function deployLineage(inputs: DeployLineageInputs): Promise<LineageFacts> {
  const { given, run, log } = inputs;
  const found = await imageLineage(inputs);
  const merged: LineageFacts = { ...given };
  if (found) {
    const what = formatImageRef(found.ref);
    for (const key of FROM_IMAGE) {
      const value = found.facts[key];
      if (!value) continue;
      if (given[key] && given[key] !== value)
        log.warning(
          `${key}: the input says '${given[key]}', but ${what} was labelled '${value}'; the image's label wins.`,
        );
      merged[key] = value;
    }
    if (found.facts.dataInputs?.length) merged.dataInputs = found.facts.dataInputs;
    log.info(
      `Lineage of ${what}: commit ${found.facts.commit ?? '-'}, model ${found.facts.modelName ?? '-'}:${found.facts.modelVersion ?? '-'}, training job ${found.facts.trainingJob ?? '-'}.`,
    );
  }
  // Built and deployed in one run (or an image without labels): the run's commit is the best there is.
  if (!merged.commit && run.commit) {
    merged.commit = run.commit;
    if (inputs.readLabels && inputs.images.length)
      log.info(`No image carries ${OCI_REVISION}; the commit annotation is this run's.`);
  }
  return { ...merged, deployedByRun: run.url, deployedByCommit: run.commit };
}
