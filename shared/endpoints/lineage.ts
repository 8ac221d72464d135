import { lineageEntries } from '../lineage/keys.js';

/**
 * Lineage tags of an endpoint deployment, under the suite's lineage keys (shared/lineage/keys.ts, Azure ML tags
 * `azureml-mlops.<key>`): the model version it serves and the job that trained it, and apart from those the run
 * that deployed it (`deployed-by-commit`, `deployed-by-run`), as k8s-deploy annotates its workloads.
 */
export interface DeploymentLineage {
  modelName?: string;
  modelVersion?: string;
  trainingJob?: string;
  /** The commit of the workflow run that deploys (not necessarily the one the model was trained from). */
  commit?: string;
  /** The workflow run that deploys. */
  runUrl?: string;
}

export function lineageTags(lineage: DeploymentLineage): Record<string, string> {
  const { modelName, modelVersion, trainingJob, commit, runUrl } = lineage;
  return lineageEntries('azure', {
    modelName,
    modelVersion,
    trainingJob,
    deployedByCommit: commit,
    deployedByRun: runUrl,
  });
}
