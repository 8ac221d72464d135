/**
 * Container image references, parsed the way Docker and containerd read them
 * (github.com/distribution/reference): `[registry[:port]/]repository[:tag][@digest]`.
 *
 * Splitting on the first `:` is the classic bug (Azure/k8s-deploy#2, #132): `reg:5000/app:v1` would
 * match every image of that registry. Here the registry is recognised as Docker does (the first path
 * component holds a `.` or a `:`, or is `localhost`), and Docker Hub short names are normalised so
 * `nginx`, `library/nginx` and `docker.io/library/nginx` are the same repository.
 */
import { UserError } from '../core/errors.js';

export const DOCKER_HUB = 'docker.io';

export interface ImageRef {
  /** Registry host, with its port when one was given; `docker.io` for Docker Hub. Lower-case. */
  registry: string;
  /** Path inside the registry, e.g. `library/nginx` or `team/app`. */
  repository: string;
  /** The tag, when one was written. An image with neither tag nor digest means `latest` to a runtime. */
  tag?: string;
  /** The content digest (`sha256:<64 hex>`), when one was written. */
  digest?: string;
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const MAX_NAME_LENGTH = 255;

function invalid(text: string, why: string): UserError {
  return new UserError(`'${text}' is not a valid image reference: ${why}.`);
}

/** Docker's rule: the first component is a registry only if it looks like a host (has `.` or `:`, or is localhost). */
function looksLikeRegistry(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

function splitDigest(text: string, rest: string): { rest: string; digest?: string } {
  const at = rest.indexOf('@');
  if (at < 0) return { rest };
  const digest = rest.slice(at + 1);
  if (!DIGEST.test(digest)) throw invalid(text, `digest '${digest}' must look like sha256:<hex>`);
  if (digest.startsWith('sha256:') && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
    throw invalid(text, `a sha256 digest has 64 lower-case hex characters, got '${digest}'`);
  }
  return { rest: rest.slice(0, at), digest };
}

function splitTag(text: string, rest: string): { name: string; tag?: string } {
  // A tag follows the last `:` only if no `/` comes after it; otherwise that `:` was a registry port.
  const colon = rest.lastIndexOf(':');
  if (colon < 0 || rest.indexOf('/', colon) >= 0) return { name: rest };
  const tag = rest.slice(colon + 1);
  if (!TAG.test(tag)) throw invalid(text, `tag '${tag}' may hold letters, digits, '_', '.', '-' (at most 128)`);
  return { name: rest.slice(0, colon), tag };
}

function splitRegistry(text: string, name: string): { registry: string; repository: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (slash < 0 || !looksLikeRegistry(first)) {
    return { registry: DOCKER_HUB, repository: name };
  }
  if (!DOMAIN.test(first)) throw invalid(text, `registry '${first}' is not a host name with an optional port`);
  const registry = first.toLowerCase() === 'index.docker.io' ? DOCKER_HUB : first.toLowerCase();
  return { registry, repository: name.slice(slash + 1) };
}

/** Parses an image reference; throws a `UserError` naming what is wrong with it. */
export function parseImageRef(text: string): ImageRef {
  const trimmed = text.trim();
  if (trimmed === '') throw invalid(text, 'it is empty');
  const { rest, digest } = splitDigest(trimmed, trimmed);
  const { name, tag } = splitTag(trimmed, rest);
  if (name.length > MAX_NAME_LENGTH) throw invalid(text, `the name is longer than ${MAX_NAME_LENGTH} characters`);
  const { registry, repository: path } = splitRegistry(trimmed, name);
  const components = path.split('/');
  for (const c of components) {
    if (c !== c.toLowerCase()) throw invalid(text, `repository names are lower-case ('${c}')`);
    if (!PATH_COMPONENT.test(c)) throw invalid(text, `'${c}' is not a valid repository path component`);
  }
  const repository = registry === DOCKER_HUB && components.length === 1 ? `library/${path}` : path;
  return { registry, repository, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}

/** Like `parseImageRef`, but `undefined` for text that is not a reference (e.g. a `$(VAR)` placeholder). */
export function tryParseImageRef(text: string): ImageRef | undefined {
  try {
    return parseImageRef(text);
  } catch {
    return undefined;
  }
}

/** `registry/repository`, fully qualified: the identity two references must share to be the same image name. */
export function repositoryName(ref: ImageRef): string {
  return `${ref.registry}/${ref.repository}`;
}

/** True when both references name the same repository in the same registry, whatever their tags or digests. */
export function sameRepository(a: ImageRef, b: ImageRef): boolean {
  return a.registry === b.registry && a.repository === b.repository;
}

export interface FormatOptions {
  /** Write Docker Hub images the short way users type them (`nginx:1.25`, `team/app`). Default: fully qualified. */
  familiar?: boolean;
}

/** Writes a reference back as text: `registry/repository[:tag][@digest]`. */
export function formatImageRef(ref: ImageRef, options: FormatOptions = {}): string {
  let name = repositoryName(ref);
  if (options.familiar && ref.registry === DOCKER_HUB) {
    name = ref.repository.startsWith('library/') ? ref.repository.slice('library/'.length) : ref.repository;
  }
  return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
