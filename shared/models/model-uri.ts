import { UserError } from '../core/errors.js';

/**
 * Where a model's files are, in the forms Azure ML returns as `modelUri` (regexes of azure-ai-ml):
 * a datastore path (short or long form, or the legacy `ExperimentRun/` form), a job output path, or a
 * plain blob URL (https or wasbs). `path` never has a leading slash; a trailing slash is kept (it says "folder").
 */
export type ModelLocation =
  | { kind: 'datastore'; datastore: string; path: string; workspace?: string }
  | { kind: 'job-output'; job: string; output: string; path: string }
  | { kind: 'blob'; accountName: string; endpointSuffix: string; container: string; path: string };

const SHORT = /^azureml:\/\/datastores\/([^/]+)\/paths\/(.*)$/i;
const LONG =
  /^azureml:\/\/subscriptions\/[^/]+\/resource[gG]roups\/[^/]+\/workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.*)$/i;
const EXPERIMENT_RUN = /^azureml:\/\/datastores\/([^/]+)\/(ExperimentRun\/.+)$/i;
const JOB_OUTPUT = /^azureml:\/\/jobs\/([^/]+)\/outputs\/([^/]+)(?:\/paths\/(.*))?$/i;
const HTTPS_BLOB = /^https:\/\/([a-z0-9]+)\.blob\.([^/:]+)(?::443)?\/([^/?]+)\/?([^?]*)/i;
const WASBS = /^wasbs?:\/\/([^@/]+)@([a-z0-9]+)\.blob\.([^/]+)\/?([^?]*)/i;

export function parseModelUri(uri: string): ModelLocation {
  const u = uri.trim();
  let m: RegExpExecArray | null;
  if ((m = SHORT.exec(u))) return { kind: 'datastore', datastore: m[1], path: trimLead(m[2]) };
  if ((m = LONG.exec(u))) return { kind: 'datastore', datastore: m[2], path: trimLead(m[3]), workspace: m[1] };
  if ((m = EXPERIMENT_RUN.exec(u))) return { kind: 'datastore', datastore: m[1], path: m[2] };
  if ((m = JOB_OUTPUT.exec(u))) return { kind: 'job-output', job: m[1], output: m[2], path: trimLead(m[3] ?? '') };
  if ((m = HTTPS_BLOB.exec(u))) {
    return { kind: 'blob', accountName: m[1], endpointSuffix: m[2], container: m[3], path: decodePath(m[4]) };
  }
  if ((m = WASBS.exec(u))) {
    return { kind: 'blob', accountName: m[2], endpointSuffix: m[3], container: m[1], path: decodePath(m[4]) };
  }
  if (/^runs:\//.test(u)) {
    throw new UserError(
      `Model URI '${uri}' points into an MLflow run; register the model from the job output instead (azureml://jobs/<job>/outputs/<output>).`,
    );
  }
  throw new UserError(
    `Model URI '${uri}' is not a form this action can read. Supported: azureml://datastores/<ds>/paths/<p>, ` +
      'azureml://subscriptions/.../workspaces/<ws>/datastores/<ds>/paths/<p>, azureml://jobs/<job>/outputs/<output>/paths/<p>, ' +
      'https://<account>.blob.<suffix>/<container>/<p> and wasbs://<container>@<account>.blob.<suffix>/<p>.',
  );
}

/** Joins a base location's path with a sub-path (a job output's URI plus the model URI's `paths/...`). */
export function joinPath(base: string, sub: string): string {
  if (!sub) return base;
  if (!base) return sub;
  return `${base.replace(/\/+$/, '')}/${sub}`;
}

const trimLead = (p: string) => p.replace(/^\/+/, '');
const decodePath = (p: string) => trimLead(decodeURIComponent(p));
