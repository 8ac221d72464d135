import { UserError, errorMessage } from '../core/errors.js';
import { assertSingleLine } from '../core/inputs.js';
import type { Logger } from '../core/logger.js';
import { RegistryClient } from '../registry/client.js';
import { credentialsFromDockerConfig, type Credentials } from '../registry/credentials.js';
import { formatImageRef, parseImageRef, type ImageRef } from '../registry/image-ref.js';
import { Repository } from '../registry/repository.js';
import { retag, type RetagResult } from '../registry/retag.js';
import type { GitContext } from '../github/git-context.js';
import type { LineageFacts } from '../lineage/keys.js';
import { computeLabels, type ModelInfo } from './labels.js';
import { parseFlavor, parseTagRules } from './rules.js';
import { sanitizeImageName } from './sanitize.js';
import { computeTags, type TagInputs, type TagPlan } from './tags.js';

/** Everything the action reads, typed; `actions/tag-image/index.ts` builds it from inputs and the runner's env. */
export interface TagImageOptions {
  images: string[];
  tagRules: string[];
  flavor: string[];
  extraLabels: Record<string, string>;
  /** The model inputs; each wins over the same fact in `lineage`. */
  model?: Partial<ModelInfo>;
  /** The model's lineage (download-model's model.json): training job, its commit, run and data inputs. */
  lineage?: LineageFacts;
  /** Deprecated `label-namespace`: also write the model labels the old way under it. */
  legacyLabelNamespace?: string;
  /** This workflow run's URL, recorded as the run that built the image. */
  buildRun?: string;
  /** Version for semver rules outside tag pushes. */
  version?: string;
  /** Tag or digest of the first image to re-tag. */
  source?: string;
  push: boolean;
  username?: string;
  password?: string;
  /** Folder of the Docker `config.json` docker/login-action writes. */
  dockerConfigDir: string;
  /** Read the registry's tags so `latest`/`X`/`X.Y` only move forward. */
  registryLookup: boolean;
  context: GitContext;
  now: Date;
}

export interface TagImageResult {
  images: string[];
  /** Bare tags, highest priority first. */
  tags: string[];
  /** `image:tag` for every image and tag. */
  references: string[];
  labels: Record<string, string>;
  version: string;
  plan: TagPlan;
  /** Set when the source was re-tagged. */
  retag?: RetagResult;
  /** `image@digest` for every image, when the digest is known. */
  digests: string[];
}

function parseImages(images: string[], log: Logger): ImageRef[] {
  if (images.length === 0)
    throw new UserError("Input 'images' is empty: name at least one image, e.g. ghcr.io/org/api.");
  return images.map((text) => {
    const { value, original } = sanitizeImageName(text);
    if (original !== undefined) log.info(`Image name '${original}' -> '${value}' (repositories are lower case)`);
    const ref = parseImageRef(value);
    if (ref.tag !== undefined || ref.digest !== undefined) {
      throw new UserError(
        `Input 'images': '${text}' carries a tag or digest; list the bare name and put tags in the 'tags' rules.`,
      );
    }
    return ref;
  });
}

function credentialsFor(options: TagImageOptions, registry: string, log: Logger): Credentials {
  if (options.password) log.secret(options.password);
  if (options.username && options.password)
    return { kind: 'basic', username: options.username, password: options.password };
  return credentialsFromDockerConfig(options.dockerConfigDir, registry, log);
}

/** The first image's tags, or undefined (with a warning) when the registry cannot be read. */
async function existingTags(repository: Repository, log: Logger): Promise<string[] | undefined> {
  try {
    return await repository.listTags();
  } catch (error) {
    log.warning(
      `Could not read the tags of ${repository.name} (${errorMessage(error)}); latest and the X / X.Y tags follow this run alone.`,
    );
    return undefined;
  }
}

function checkRetagRequest(options: TagImageOptions, images: ImageRef[]): void {
  if (Boolean(options.username) !== Boolean(options.password)) {
    throw new UserError(
      "Set both 'username' and 'password', or neither (to use the Docker config or anonymous access).",
    );
  }
  if (options.push && !options.source)
    throw new UserError("push: true needs 'source', the tag or digest of the existing image to re-tag.");
  if (options.push && images.length > 1) {
    throw new UserError(
      `Re-tagging copies a manifest inside one repository, but 'images' lists ${images.length}; list only ${formatImageRef(images[0])}, or copy to other registries with a tool that copies layers.`,
    );
  }
}

/**
 * A label namespace as Docker's label guide asks: reverse-DNS, lower-case letters and digits separated by
 * single dots or hyphens, at least two parts, and not one Docker reserves.
 */
const LABEL_NAMESPACE = /^[a-z0-9]+(?:[.-][a-z0-9]+)*\.[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const RESERVED_NAMESPACES = ['com.docker', 'io.docker', 'org.dockerproject'];
/** A tag (distribution/reference) or a content digest. */
const TAG = /^[\w][\w.-]{0,127}$/;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

/** The inputs checked where they enter, before any registry call: each message names the input. */
function checkInputs(options: TagImageOptions): void {
  // These values become lines of the tags and labels outputs.
  assertSingleLine('model-name', options.model?.name);
  assertSingleLine('model-version', options.model?.version);
  assertSingleLine('model-training-job', options.model?.trainingJob);
  assertSingleLine('version', options.version);
  const { dataInputs, ...facts } = options.lineage ?? {};
  for (const value of Object.values(facts)) assertSingleLine('model-lineage', value);
  for (const input of dataInputs ?? []) assertSingleLine('model-lineage', `${input.name}=${input.uri ?? input.asset}`);
  for (const value of Object.values(options.extraLabels)) assertSingleLine('labels', value);
  const ns = options.legacyLabelNamespace;
  if (
    ns !== undefined &&
    (!LABEL_NAMESPACE.test(ns) || RESERVED_NAMESPACES.some((r) => ns === r || ns.startsWith(`${r}.`)))
  )
    throw new UserError(
      `Input 'label-namespace' must be a reverse-DNS namespace: lower-case letters and digits in at least two parts ` +
        `separated by single dots or hyphens, e.g. com.example.model, and not com.docker, io.docker or org.dockerproject; got ${JSON.stringify(ns)}.`,
    );
  const source = options.source;
  if (source === undefined) return;
  if (source.includes(':')) {
    if (!SHA256_DIGEST.test(source))
      throw new UserError(
        `Input 'source' looks like a digest but is not sha256:<64 lower-case hex characters>; got ${JSON.stringify(source)}.`,
      );
  } else if (!TAG.test(source))
    throw new UserError(
      `Input 'source' must be a tag (letters, digits, '_', '.', '-'; up to 128, not starting with '.' or '-') or a sha256:<64 hex> digest; got ${JSON.stringify(source)}.`,
    );
}

/** The model inputs over the lineage file's facts: an input given explicitly is what the user meant. */
function modelLineageFacts(options: TagImageOptions): LineageFacts {
  const { model = {}, lineage = {} } = options;
  return {
    ...lineage,
    modelName: model.name || lineage.modelName,
    modelVersion: model.version || lineage.modelVersion,
    trainingJob: model.trainingJob || lineage.trainingJob,
  };
}

/** Computes tags and labels for the event and, with `push` and `source`, re-tags the image in its registry. */
export async function tagImage(options: TagImageOptions, log: Logger): Promise<TagImageResult> {
  checkInputs(options);
  const rules = parseTagRules(options.tagRules);
  const flavor = parseFlavor(options.flavor);
  const images = parseImages(options.images, log);
  checkRetagRequest(options, images);
  const lineage = modelLineageFacts(options);
  const model =
    lineage.modelName && lineage.modelVersion ? { name: lineage.modelName, version: lineage.modelVersion } : undefined;
  const inputs: TagInputs = {
    context: options.context,
    rules,
    flavor,
    model,
    version: options.version,
    now: options.now,
  };

  const first = images[0];
  const needsRegistry = options.push || options.source !== undefined || options.registryLookup;
  const repository = needsRegistry
    ? new Repository(
        new RegistryClient({
          registry: first.registry,
          credentials: credentialsFor(options, first.registry, log),
          log,
        }),
        first.repository,
      )
    : undefined;

  let plan = computeTags(inputs);
  // Only a stable version can move latest / X / X.Y, so only then is the registry worth asking.
  if (repository && options.registryLookup && plan.semver && plan.semver.prerelease.length === 0) {
    const existing = await existingTags(repository, log);
    if (existing) plan = computeTags({ ...inputs, existingTags: existing });
  }
  for (const s of plan.sanitized) log.info(`Tag '${s.original}' -> '${s.value}'`);
  for (const s of plan.skipped) log.info(`Skipped ${s.source}: ${s.reason}`);

  const tags = plan.tags.map((t) => t.value);
  const labels = computeLabels({
    context: options.context,
    version: plan.version,
    now: options.now,
    lineage,
    buildRun: options.buildRun,
    legacyNamespace: options.legacyLabelNamespace,
    extra: options.extraLabels,
  });
  const result: TagImageResult = {
    images: images.map((i) => formatImageRef(i)),
    tags,
    references: images.flatMap((i) => tags.map((tag) => formatImageRef({ ...i, tag }))),
    labels,
    version: plan.version,
    plan,
    digests: [],
  };

  if (repository && options.source) {
    if (options.push) {
      result.retag = await log.group(`Re-tag ${formatImageRef(first)}:${options.source}`, () =>
        retag(repository, options.source!, tags, log),
      );
    } else {
      const manifest = await repository.getManifest(options.source);
      result.retag = { digest: manifest.digest, mediaType: manifest.mediaType, platforms: [], tags: [] };
      log.info(`push is false: ${options.source} is ${manifest.digest}; no tag was written.`);
    }
    result.digests = images.map((i) => formatImageRef({ ...i, digest: result.retag!.digest }));
  }
  return result;
}
