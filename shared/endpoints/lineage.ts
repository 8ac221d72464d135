/**
 * Lineage tags of a deployment: the model version it serves, the job that trained it, the commit and the
 * workflow run, as k8s-deploy writes them as annotations. Azure ML tags take the suite's `azureml-mlops.<key>`
 * form (keys as the lineage table of shared/lineage/keys.ts names them: model-name, model-version,
 * training-job, commit, run-url).
 */
export const LINEAGE_TAG_PREFIX = 'azureml-mlops.';

export interface DeploymentLineage {
  modelName?: string;
  modelVersion?: string;
  trainingJob?: string;
  commit?: string;
  runUrl?: string;
}

export function lineageTags(lineage: DeploymentLineage): Record<string, string> {
  const values: Record<string, string | undefined> = {
    'model-name': lineage.modelName,
    'model-version': lineage.modelVersion,
    'training-job': lineage.trainingJob,
    commit: lineage.commit,
    'run-url': lineage.runUrl,
  };
  return Object.fromEntries(
    Object.entries(values)
      .filter((e): e is [string, string] => !!e[1])
      .map(([k, v]) => [`${LINEAGE_TAG_PREFIX}${k}`, v]),
  );
}
