/**
 * Server-side apply as the API server does it, reduced to what the stand-in needs: an applied configuration
 * is split into leaf field paths (lists of objects with a `name` are list-maps keyed by it, like containers
 * and env); each field manager owns the paths it applied; a value another manager owns is a conflict unless
 * forced; fields a manager stops applying are removed, unless another manager still owns them.
 */
export type Segment = { key: string } | { name: string };
export type FieldPath = Segment[];
type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const isListMap = (v: Json): v is JsonObject[] =>
  Array.isArray(v) && v.length > 0 && v.every((i) => isObject(i) && typeof i.name === 'string');

/** Fields that identify the object rather than configure it; never owned. */
const IDENTITY = new Set(['["apiVersion"]', '["kind"]', '["metadata","name"]', '["metadata","namespace"]']);

export const pathKey = (p: FieldPath) => JSON.stringify(p.map((s) => ('key' in s ? s.key : `name=${s.name}`)));

export function leafPaths(value: Json, prefix: FieldPath = []): Map<string, { path: FieldPath; value: Json }> {
  const out = new Map<string, { path: FieldPath; value: Json }>();
  const visit = (v: Json, p: FieldPath) => {
    if (isObject(v) && Object.keys(v).length) {
      for (const [k, child] of Object.entries(v)) visit(child, [...p, { key: k }]);
    } else if (isListMap(v)) {
      for (const item of v) visit(item, [...p, { name: String(item.name) }]);
    } else if (!IDENTITY.has(pathKey(p))) out.set(pathKey(p), { path: p, value: v });
  };
  visit(value, prefix);
  return out;
}

function child(container: Json, s: Segment): Json {
  if ('key' in s) return isObject(container) ? container[s.key] : undefined;
  return Array.isArray(container) ? container.find((i) => isObject(i) && i.name === s.name) : undefined;
}

export function valueAt(root: Json, path: FieldPath): Json {
  return path.reduce<Json>((v, s) => child(v, s), root);
}

/** Sets a value, creating maps and list-map items (with their `name`) on the way. */
export function setAt(root: JsonObject, path: FieldPath, value: Json): void {
  let cur: Json = root;
  path.forEach((s, i) => {
    const last = i === path.length - 1;
    const next = path[i + 1];
    const empty = () => (next && 'name' in next ? [] : {});
    if ('key' in s) {
      const o = cur as JsonObject;
      if (last) o[s.key] = structuredClone(value);
      else if (o[s.key] === undefined || typeof o[s.key] !== 'object' || o[s.key] === null) o[s.key] = empty();
      cur = o[s.key];
    } else {
      const list = cur as JsonObject[];
      let item = list.find((x) => x.name === s.name);
      if (!item) list.push((item = { name: s.name }));
      cur = item;
    }
  });
}

/** Removes a leaf, then any map or list-map item left empty by it (a list item keeps its `name` only). */
export function removeAt(root: JsonObject, path: FieldPath): void {
  if (!path.length) return;
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if ('key' in last && isObject(parent)) delete parent[last.key];
  if ('name' in last && Array.isArray(parent))
    parent.splice(
      parent.findIndex((x) => isObject(x) && x.name === last.name),
      1,
    );
  const left = valueAt(root, path.slice(0, -1));
  const onlyName =
    isObject(left) &&
    Object.keys(left).length === 1 &&
    'name' in left &&
    path.length > 1 &&
    'name' in path[path.length - 2];
  if ((isObject(left) && !Object.keys(left).length) || onlyName || (Array.isArray(left) && !left.length)) {
    removeAt(root, path.slice(0, -1));
  }
}

export interface Conflict {
  manager: string;
  path: string;
}

/** `.spec.template.spec.containers[name="s"].image`, the way the API server names a field in a conflict. */
export function displayPath(path: FieldPath): string {
  return path.map((s) => ('key' in s ? `.${s.key}` : `[name="${s.name}"]`)).join('');
}

/** Managed fields in the API's FieldsV1 shape (`f:spec: {f:replicas: {}}`, `k:{"name":"s"}` for list-map items). */
export function fieldsV1(paths: FieldPath[]): JsonObject {
  const root: JsonObject = {};
  for (const p of paths) {
    let cur = root;
    for (const s of p) {
      const k = 'key' in s ? `f:${s.key}` : `k:${JSON.stringify({ name: s.name })}`;
      cur = (cur[k] ??= {}) as JsonObject;
    }
  }
  return root;
}
