/**
 * Which model version a step asks for, parsed from its inputs. Pure: an entry parses and checks these before
 * anything is loaded or signed in (resolve.ts, which talks to the workspace, re-exports them).
 */
import { UserError } from '../core/errors.js';

/** A tag a version must carry: `key` (any value) or `key=value`. */
export interface TagFilter {
  key: string;
  value?: string;
}

/**
 * Which version of a named model: the newest, an exact one, or the newest carrying a tag. `filters` narrow
 * `latest` and `tag:` further (every filter must hold), e.g. the newest version registered from main.
 */
export type VersionSelector =
  | { kind: 'latest'; filters?: TagFilter[] }
  | { kind: 'version'; version: string }
  | { kind: 'tag'; key: string; value?: string; filters?: TagFilter[] };

/** A model by name (and version selector), or the model a training job registered. */
export type ModelRequest = { name: string; selector: VersionSelector } | { job: string; name?: string };
/** Parses the `version` input: empty or `latest`, a version, `tag:KEY` or `tag:KEY=VALUE`. */
export function parseVersionSelector(input: string): VersionSelector {
  const v = input.trim();
  if (v === '' || v === 'latest') return { kind: 'latest' };
  if (v.startsWith('tag:')) {
    const spec = v.slice(4);
    const eq = spec.indexOf('=');
    const key = (eq < 0 ? spec : spec.slice(0, eq)).trim();
    if (!key)
      throw new UserError(
        `Input 'version': '${input}' names no tag; write tag:KEY or tag:KEY=VALUE (e.g. tag:stage=production).`,
      );
    return eq < 0 ? { kind: 'tag', key } : { kind: 'tag', key, value: spec.slice(eq + 1).trim() };
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v)) {
    throw new UserError(
      `Input 'version': '${input}' is not a version; use a version such as 3, 'latest', or tag:KEY[=VALUE].`,
    );
  }
  return { kind: 'version', version: v };
}

/**
 * Parses the `tag-filter` input: one `KEY=VALUE` or `KEY` per line (or separated by commas), all of which the
 * chosen version must carry.
 */
export function parseTagFilters(text: string, input = 'tag-filter'): TagFilter[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const eq = line.indexOf('=');
      const key = (eq < 0 ? line : line.slice(0, eq)).trim();
      if (!key) throw new UserError(`Input '${input}': '${line}' names no tag; write KEY=VALUE or KEY.`);
      return eq < 0 ? { key } : { key, value: line.slice(eq + 1).trim() };
    });
}

/** `selector` narrowed by `filters`; a fixed version cannot be narrowed, and saying so beats ignoring them. */
export function withTagFilters(selector: VersionSelector, filters: TagFilter[], input = 'tag-filter'): VersionSelector {
  if (!filters.length) return selector;
  if (selector.kind === 'version')
    throw new UserError(
      `Input '${input}' narrows 'latest' or 'tag:KEY[=VALUE]'; version ${selector.version} is one version already.`,
    );
  return { ...selector, filters: [...(selector.filters ?? []), ...filters] };
}

/** Every tag the chosen version must carry (the `tag:` selector's first). */
export function requiredTags(selector: VersionSelector): TagFilter[] {
  if (selector.kind === 'version') return [];
  const own = selector.kind === 'tag' ? [{ key: selector.key, value: selector.value }] : [];
  return [...own, ...(selector.filters ?? [])];
}

/** True when `tags` carry every tag the selector requires. */
export function matchesTags(tags: Record<string, string | null | undefined>, selector: VersionSelector): boolean {
  return requiredTags(selector).every(
    (f) => f.key in tags && (f.value === undefined || (tags[f.key] ?? '') === f.value),
  );
}

export const filterText = (f: TagFilter) => (f.value === undefined ? f.key : `${f.key}=${f.value}`);

export function describeSelector(selector: VersionSelector): string {
  if (selector.kind === 'version') return `version ${selector.version}`;
  const tags = requiredTags(selector);
  return tags.length ? `the newest version tagged ${tags.map(filterText).join(' and ')}` : 'the newest version';
}
