import { isAbsolute, resolve } from 'node:path';

/** A reference to an asset that already exists in Azure (workspace or registry). */
export type RemoteRef =
  /** `azureml:name:version` */
  | { kind: 'version'; name: string; version: string }
  /** `azureml:name@label` (usually `@latest`) */
  | { kind: 'label'; name: string; label: string }
  /** `azureml://registries/...` or a full ARM id: sent unchanged. */
  | { kind: 'id'; id: string };

export type RefParse = { ok: true; ref: RemoteRef } | { ok: false; reason: string };

/** True for strings `az ml` reads as a remote asset rather than a local path. */
export function isRemoteRef(text: string): boolean {
  return text.startsWith('azureml:') || text.startsWith('/subscriptions/');
}

/** Parses `azureml:name:version`, `azureml:name@label`, `azureml://registries/...` and ARM ids. */
export function parseRemoteRef(text: string): RefParse {
  if (text.startsWith('azureml://')) return { ok: true, ref: { kind: 'id', id: text } };
  const body = text.startsWith('azureml:') ? text.slice('azureml:'.length) : text;
  if (body.startsWith('/subscriptions/')) return { ok: true, ref: { kind: 'id', id: body } };
  const at = body.lastIndexOf('@');
  if (at > 0) return { ok: true, ref: { kind: 'label', name: body.slice(0, at), label: body.slice(at + 1) } };
  const colon = body.lastIndexOf(':');
  if (colon <= 0 || colon === body.length - 1) {
    return { ok: false, reason: `'${text}' has no version: write azureml:<name>:<version> or azureml:<name>@latest` };
  }
  return { ok: true, ref: { kind: 'version', name: body.slice(0, colon), version: body.slice(colon + 1) } };
}

/** True for a name, version or label fit for an `azureml:` reference: none of the `:`, `@` and `/` it is built with. */
export function isPlainRefPart(text: string): boolean {
  return /^[^:@/]+$/.test(text);
}

export type AssetCollection = 'components' | 'environments' | 'data' | 'models' | 'codes';

/** `/subscriptions/…/workspaces/{ws}/{collection}/{name}/versions/{version}`. */
export function versionId(workspaceId: string, collection: AssetCollection, name: string, version: string): string {
  return `${workspaceId}/${collection}/${name}/versions/${version}`;
}

/**
 * Serverless compute in any spelling a pipeline may use: `serverless`, `azureml:serverless`, or the
 * `…/computes/serverless` id azure-ai-ml makes of it. It is never a compute to look up.
 */
export function isServerless(compute: string | undefined): boolean {
  if (!compute) return false;
  const name = compute.startsWith('azureml:') ? compute.slice('azureml:'.length) : compute;
  return name.toLowerCase() === 'serverless' || /\/computes\/serverless$/i.test(name);
}

/** The ARM id of a compute from `azureml:name`, `name` or an id; binding expressions and `serverless` pass through. */
export function computeId(workspaceId: string, compute: string): string {
  if (compute.startsWith('${{') || compute === 'serverless' || compute.startsWith('/subscriptions/')) return compute;
  const name = compute.startsWith('azureml:') ? compute.slice('azureml:'.length) : compute;
  return name.startsWith('/subscriptions/') ? name : `${workspaceId}/computes/${name}`;
}

/** The ARM id of a datastore from `azureml:name` or `name`. */
export function datastoreId(workspaceId: string, datastore: string): string {
  const name = datastore.startsWith('azureml:') ? datastore.slice('azureml:'.length) : datastore;
  return name.startsWith('/subscriptions/') ? name : `${workspaceId}/datastores/${name}`;
}

/** Where a data input or output points. */
export type DataPath =
  | { kind: 'local'; path: string }
  | { kind: 'uri'; uri: string }
  | { kind: 'asset'; ref: RemoteRef; text: string }
  | { kind: 'invalid'; reason: string };

/** Classifies a `path:` value; local paths are made absolute against the YAML file's folder. */
export function parseDataPath(text: string, baseDir: string): DataPath {
  if (text.startsWith('${{') || /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.startsWith('/subscriptions/')) {
    return { kind: 'uri', uri: text };
  }
  if (text.startsWith('azureml:')) {
    const parsed = parseRemoteRef(text);
    return parsed.ok ? { kind: 'asset', ref: parsed.ref, text } : { kind: 'invalid', reason: parsed.reason };
  }
  const local = text.startsWith('file:') ? text.slice('file:'.length) : text;
  return { kind: 'local', path: isAbsolute(local) ? local : resolve(baseDir, local) };
}

/** A local file reference as components write it: `./x.yml` or `file:./x.yml`. */
export function localFilePath(text: string, baseDir: string): string {
  const local = text.startsWith('file:') ? text.slice('file:'.length) : text;
  return isAbsolute(local) ? local : resolve(baseDir, local);
}
