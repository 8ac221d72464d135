/**
 * Filters and ordering of version lists: listViewType, `$orderBy` (CreatedAtDesc|CreatedAtAsc|UpdatedAtDesc|
 * UpdatedAtAsc; creation order when absent), `$top` (a cap over all pages), models' `tags`/`properties`
 * (`k` or `k=v`, comma-separated, all must match), `version`, `description`, and codes' `hash`/`hashVersion`
 * (the content-hash lookup azure-ai-ml makes before uploading code).
 */
import type { EmuRequest } from '../http.js';
import { badRequest } from '../http.js';
import { objectAt, stringAt } from '../json.js';
import type { AssetKind, StoredResource } from '../state.js';

const ORDERS = ['CreatedAtDesc', 'CreatedAtAsc', 'UpdatedAtDesc', 'UpdatedAtAsc'];

export function filterVersions(req: EmuRequest, kind: AssetKind, versions: StoredResource[]): StoredResource[] {
  const q = req.query;
  let result = versions.filter((v) => listView(q.get('listViewType'), v));
  if (kind === 'models') {
    result = result.filter((v) => matchesPairs(q.get('tags'), objectAt(v.properties, 'tags')));
    result = result.filter((v) => matchesPairs(q.get('properties'), objectAt(v.properties, 'properties')));
    const description = q.get('description');
    if (description) result = result.filter((v) => stringAt(v.properties, 'description') === description);
  }
  const version = q.get('version');
  if (version) result = result.filter((v) => v.name === version);
  const hash = q.get('hash');
  if (kind === 'codes' && hash) {
    const hashVersion = q.get('hashVersion');
    result = result.filter((v) => {
      const props = objectAt(v.properties, 'properties');
      return (
        stringAt(props, 'hash_sha256') === hash && (!hashVersion || stringAt(props, 'hash_version') === hashVersion)
      );
    });
  }
  result = ordered(result, q.get('$orderBy'));
  const top = q.get('$top');
  return top ? result.slice(0, Number(top)) : result;
}

function listView(view: string | null, v: StoredResource): boolean {
  const archived = v.properties.isArchived === true;
  return view === 'All' || (view === 'ArchivedOnly' ? archived : !archived);
}

/** `k1,k2=v2`: every key must be present, with the value when one is given. */
function matchesPairs(filter: string | null, values: Record<string, unknown> | undefined): boolean {
  if (!filter) return true;
  return filter.split(',').every((pair) => {
    const [k, ...rest] = pair.split('=');
    const actual = values?.[k.trim()];
    return rest.length === 0 ? actual !== undefined : actual === rest.join('=').trim();
  });
}

function ordered(versions: StoredResource[], orderBy: string | null): StoredResource[] {
  if (!orderBy) return versions;
  if (!ORDERS.includes(orderBy))
    throw badRequest(`Invalid $orderBy '${orderBy}'. Valid values are ${ORDERS.join(', ')}.`);
  const field = orderBy.startsWith('Created') ? 'createdAt' : 'lastModifiedAt';
  const indexed = versions.map((v, i) => ({ v, i, t: String(v.systemData[field]) }));
  indexed.sort((a, b) => (a.t === b.t ? a.i - b.i : a.t < b.t ? -1 : 1));
  const sorted = indexed.map((x) => x.v);
  return orderBy.endsWith('Desc') ? sorted.reverse() : sorted;
}
