import { createHash } from 'node:crypto';

/** The OCI distribution spec's limit on a tag: `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`. */
export const MAX_TAG_LENGTH = 128;
const HASH_LENGTH = 8;

export interface Sanitized {
  value: string;
  /** Set when the value had to change, so the caller can log `original -> result`. */
  original?: string;
}

/**
 * Makes a tag the registry accepts, and keeps distinct inputs distinct: runs of disallowed characters
 * become `-`, a leading `.` or `-` (which registries refuse) is dropped, and an over-long tag keeps its
 * first characters plus a short hash of the whole original, so two long branch names that share a
 * prefix still get different tags. Case is kept: tags are case-sensitive and upper case is allowed.
 * Returns an empty value when nothing usable is left.
 */
export function sanitizeTag(original: string): Sanitized {
  let value = original.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
  if (value.length > MAX_TAG_LENGTH) {
    const hash = createHash('sha256').update(original).digest('hex').slice(0, HASH_LENGTH);
    value = `${value.slice(0, MAX_TAG_LENGTH - HASH_LENGTH - 1)}-${hash}`;
  }
  return value === original ? { value } : { value, original };
}

/**
 * An image name as registries accept it: the repository path must be lower case (the spec's
 * `[a-z0-9]+(?:[._-][a-z0-9]+)*` components). A registry host keeps its port.
 */
export function sanitizeImageName(original: string): Sanitized {
  const value = original.trim().toLowerCase();
  return value === original ? { value } : { value, original };
}
