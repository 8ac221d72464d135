/**
 * The part of Semantic Versioning 2.0.0 that tagging needs: parse (a leading `v` allowed, as git tags
 * usually carry one), compare with pre-release precedence, and render the `{{...}}` patterns.
 */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated pre-release identifiers; empty for a stable release. */
  prerelease: string[];
  /** Build metadata after `+`; never part of precedence. */
  build: string[];
  /** The text it was parsed from. */
  raw: string;
}

const NUMBER = '0|[1-9]\\d*';
const IDENT = '[0-9A-Za-z-]+';
const SEMVER = new RegExp(
  `^[vV]?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+(${IDENT}(?:\\.${IDENT})*))?$`,
);

export function parseSemVer(text: string): SemVer | undefined {
  const m = SEMVER.exec(text.trim());
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ? m[4].split('.') : [],
    build: m[5] ? m[5].split('.') : [],
    raw: text.trim(),
  };
}

export function isStable(v: SemVer): boolean {
  return v.prerelease.length === 0;
}

/** `1.2.3` or `1.2.3-rc.1`: the version without the `v` and without build metadata. */
export function formatVersion(v: SemVer): string {
  const core = `${v.major}.${v.minor}.${v.patch}`;
  return v.prerelease.length ? `${core}-${v.prerelease.join('.')}` : core;
}

function compareIdentifiers(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return Number(a) - Number(b);
  if (an) return -1; // numeric identifiers sort before alphanumeric ones (semver §11.4.3)
  if (bn) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when `a` precedes `b`, positive when it follows, 0 when they have the same precedence. */
export function compareSemVer(a: SemVer, b: SemVer): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return core;
  if (!a.prerelease.length || !b.prerelease.length) return b.prerelease.length - a.prerelease.length;
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const c = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
    if (c !== 0) return c;
  }
  return a.prerelease.length - b.prerelease.length;
}

/** Fills `{{version}}`, `{{major}}`, `{{minor}}`, `{{patch}}` and `{{raw}}` in a semver pattern. */
export function renderSemVerPattern(pattern: string, v: SemVer): string {
  const values: Record<string, string> = {
    version: formatVersion(v),
    major: String(v.major),
    minor: String(v.minor),
    patch: String(v.patch),
    raw: v.raw,
  };
  return pattern.replace(/\{\{\s*(version|major|minor|patch|raw)\s*\}\}/g, (_m, key: string) => values[key]);
}

/**
 * Which versions a tag made from `pattern` keeps following. `{{major}}` follows the major line, so
 * `1` must only move to the highest 1.x.y; a pattern with `{{patch}}` or `{{version}}` names one release.
 */
export type MovingLine = 'major' | 'minor' | 'fixed';

export function movingLineOf(pattern: string): MovingLine {
  if (/\{\{\s*(patch|version|raw)\s*\}\}/.test(pattern)) return 'fixed';
  if (/\{\{\s*minor\s*\}\}/.test(pattern)) return 'minor';
  if (/\{\{\s*major\s*\}\}/.test(pattern)) return 'major';
  return 'fixed';
}

/** True when `v` is in the same line as `other` (same major, or same major.minor). */
export function sameLine(v: SemVer, other: SemVer, line: 'major' | 'minor' | 'all'): boolean {
  if (line === 'all') return true;
  if (v.major !== other.major) return false;
  return line === 'major' || v.minor === other.minor;
}
