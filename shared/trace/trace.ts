/**
 * `trace`: walks the lineage thread backwards from where a model is served to where it came from:
 * deployment -> image (digest and labels) -> model version -> training job -> commit, workflow run and data inputs.
 * Each link is reported as found (with where it was read) or missing (with why); nothing is guessed. A fact one
 * medium lacks may still be read from another (the image's labels, the deployment's annotations), and the report
 * says which one it came from.
 */
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { formatDataInputs, readLineage, type DataInputRef, type LineageFacts } from '../lineage/keys.js';
import type { JobLineage } from '../models/lineage.js';
import type { ResolvedModel } from '../models/resolve.js';
import type { ImageConfig, ImageConfigReader } from '../registry/image-config.js';
import { formatImageRef, parseImageRef, type ImageRef } from '../registry/image-ref.js';
import type { KubeObject } from '../k8s/objects.js';
import { modelOfReference, type EndpointRead, type ServedModel } from './endpoint.js';

/**
 * Where the walk starts: a workload (already read), an Azure ML online endpoint's deployment (already read, or
 * why not), an image reference, or a model version.
 */
export type TraceStart =
  | { kind: 'deployment'; object: KubeObject; source: string }
  | { kind: 'endpoint'; endpoint: EndpointRead }
  | { kind: 'image'; image: string }
  | { kind: 'model'; name: string; version: string };

/** What the walk reads: the backend's model and job records, and images from their registries. */
export interface TraceDeps {
  models: {
    label: string;
    getModelVersion(name: string, version: string): Promise<ResolvedModel | undefined>;
    getJobLineage(name: string): Promise<JobLineage | undefined>;
  };
  /** Absent when the registry is not to be read. */
  readImage?: ImageConfigReader;
  log: Logger;
}

export type LinkName =
  'deployment' | 'image' | 'build-commit' | 'model' | 'training-job' | 'commit' | 'workflow-run' | 'data-inputs';

export interface Link {
  link: LinkName;
  status: 'found' | 'missing';
  /** What was found (or the name that was looked for, when it was not). */
  value?: string;
  /** Where the value was read. */
  source?: string;
  /** Why the link is missing. */
  why?: string;
  /** A record that names something else than `value` (which is what the service itself records). */
  conflict?: string;
  /** Deployment links: the workflow run that deployed, and its commit, as the deployment records them. */
  deployedByRun?: string;
  deployedByCommit?: string;
}

export interface TraceResult {
  start: string;
  links: Link[];
  /** Every fact found, in the suite's key names. */
  facts: LineageFacts & { imageDigest?: string };
  /** True when every link of the chain (from the start onwards) was found, and no record contradicts another. */
  complete: boolean;
}

/** The workload's containers' images, and its annotations (the workload's own over its pod template's). */
function workloadView(object: KubeObject): { images: string[]; annotations: Record<string, string> } {
  const spec = object.spec as
    | {
        template?: {
          metadata?: { annotations?: Record<string, string> };
          spec?: { containers?: { image?: string }[] };
        };
      }
    | undefined;
  const images = (spec?.template?.spec?.containers ?? []).map((c) => c.image ?? '').filter(Boolean);
  return { images, annotations: { ...spec?.template?.metadata?.annotations, ...object.metadata.annotations } };
}

/** First value found, with the medium it came from. */
function pick(...candidates: [string | undefined, string][]): { value: string; source: string } | undefined {
  const hit = candidates.find(([value]) => value);
  return hit && { value: hit[0] as string, source: hit[1] };
}

interface ImageRead {
  ref: string;
  config?: ImageConfig;
  why?: string;
}

async function readImage(text: string, deps: TraceDeps): Promise<ImageRead> {
  let ref: ImageRef;
  try {
    ref = parseImageRef(text);
  } catch (error) {
    return { ref: text, why: errorMessage(error) };
  }
  if (!deps.readImage) return { ref: text, why: 'reading the registry is turned off (registry: false)' };
  try {
    return { ref: formatImageRef(ref), config: await deps.readImage(ref) };
  } catch (error) {
    return { ref: formatImageRef(ref), why: `the registry could not be read: ${errorMessage(error)}` };
  }
}

/** Of a workload's images, the first whose labels carry lineage; else the first that could be read; else the first. */
async function modelImage(images: string[], deps: TraceDeps): Promise<ImageRead | undefined> {
  const reads: ImageRead[] = [];
  for (const image of images) {
    const read = await readImage(image, deps);
    if (read.config && Object.keys(readLineage('oci', read.config.labels)).length) return read;
    reads.push(read);
  }
  return reads.find((r) => r.config) ?? reads[0];
}

/** A fact's link: found where `hit` was read, else missing with why. */
function factLink(link: LinkName, hit: { value: string; source: string } | undefined, why: string): Link {
  return hit ? { link, status: 'found', ...hit } : { link, status: 'missing', why };
}

/** Who deployed, as a deployment link records it. */
function deployedBy(facts: LineageFacts): Pick<Link, 'deployedByRun' | 'deployedByCommit'> {
  const { deployedByRun, deployedByCommit } = facts;
  return { ...(deployedByRun ? { deployedByRun } : {}), ...(deployedByCommit ? { deployedByCommit } : {}) };
}

/** The endpoint's deployment link, and the model version its `model` property names. */
function endpointLink(
  endpoint: EndpointRead,
  backend: string,
): { link: Link; tags: LineageFacts; served?: ServedModel } {
  if (endpoint.status === 'missing')
    return { link: { link: 'deployment', status: 'missing', value: endpoint.value, why: endpoint.why }, tags: {} };
  const { read } = endpoint;
  const value = `${read.endpoint}/${read.deployment}`;
  const source = `${backend} online endpoint, ${read.chosen}`;
  return {
    link: { link: 'deployment', status: 'found', value, source, ...deployedBy(read.tags) },
    tags: read.tags,
    served: modelOfReference(read.model),
  };
}

/** Why a model version was not found: a registry's model is not in the workspace trace reads. */
function noModel(backend: string, value: string, served: ServedModel | undefined): string {
  return served?.registry
    ? `the deployment serves ${value} from registry ${served.registry}; ${backend} (the workspace) has no such version`
    : `${backend} has no model version ${value}`;
}

/** Says so when a record names another value than the one followed. */
function disagreement(followed: string, claimed: string | undefined, claimedBy: string): string | undefined {
  return claimed && claimed !== followed ? `${claimedBy} names ${claimed}; the walk follows ${followed}` : undefined;
}

export async function trace(start: TraceStart, deps: TraceDeps): Promise<TraceResult> {
  const links: Link[] = [];
  const backend = deps.models.label;
  let annotations: LineageFacts = {};
  // Where `annotations` were read: a workload's annotations, or an endpoint deployment's tags.
  let annotated = 'deployment annotation';
  // What else could name a fact, for the reasons a link is missing.
  const namers = start.kind === 'endpoint' ? 'deployment tag' : 'label or annotation';
  let served: ServedModel | undefined;
  let image: ImageRead | undefined;
  let startText: string;

  if (start.kind === 'deployment') {
    const { object } = start;
    const view = workloadView(object);
    startText = `${object.kind} ${object.metadata.namespace ?? 'default'}/${object.metadata.name}`;
    annotations = readLineage('k8s', view.annotations);
    links.push({
      link: 'deployment',
      status: 'found',
      value: startText,
      source: start.source,
      ...deployedBy(annotations),
    });
    image = await modelImage(view.images, deps);
  } else if (start.kind === 'endpoint') {
    const read = endpointLink(start.endpoint, backend);
    startText = `online endpoint ${read.link.value}`;
    [annotations, annotated, served] = [read.tags, 'deployment tag', read.served];
    links.push(read.link);
  } else if (start.kind === 'image') {
    startText = start.image;
    image = await readImage(start.image, deps);
  } else startText = `${start.name}:${start.version}`;

  const labels = image?.config ? readLineage('oci', image.config.labels) : {};
  // The digest the reference resolves to (an index's own): what a node pulls by.
  const imageDigest = image?.config?.digest;
  const platform =
    image?.config?.platform && ` (index; labels of its ${image.config.platform} image ${image.config.platformDigest})`;
  if (start.kind === 'deployment' || start.kind === 'image') {
    links.push(
      image?.config
        ? { link: 'image', status: 'found', value: `${image.ref}@${imageDigest}`, source: `registry${platform ?? ''}` }
        : {
            link: 'image',
            status: 'missing',
            value: image?.ref,
            why: image?.why ?? 'the deployment runs no container image',
          },
    );
    const build = pick([labels.commit, 'image label'], [annotations.commit, annotated]);
    links.push(factLink('build-commit', build, 'neither the image nor the deployment names a commit'));
  }

  // The model version: given, else what the endpoint deployment serves, else the image's labels, else the
  // deployment's annotations or tags.
  const modelName = pick(
    [start.kind === 'model' ? start.name : undefined, 'input'],
    [served?.name, 'deployment model property'],
    [labels.modelName, 'image label'],
    [annotations.modelName, annotated],
  );
  const modelVersion = pick(
    [start.kind === 'model' ? start.version : undefined, 'input'],
    [served?.version, 'deployment model property'],
    [labels.modelVersion, 'image label'],
    [annotations.modelVersion, annotated],
  );
  let model: ResolvedModel | undefined;
  if (!modelName || !modelVersion) {
    links.push({
      link: 'model',
      status: 'missing',
      value: modelName?.value,
      why:
        start.kind === 'endpoint'
          ? start.endpoint.status === 'found'
            ? `the deployment's model property (${start.endpoint.read.model ?? 'none'}) names no model version, nor do its tags`
            : 'no deployment was read, so nothing names a model version'
          : 'neither the image labels nor the deployment annotations name a model name and version',
    });
  } else {
    const value = `${modelName.value}:${modelVersion.value}`;
    model = await deps.models.getModelVersion(modelName.value, modelVersion.value);
    const tagged = annotations.modelName && `${annotations.modelName}:${annotations.modelVersion ?? '?'}`;
    const conflict = served && disagreement(value, tagged, 'the deployment tag model-name/model-version');
    links.push({
      ...(model
        ? { link: 'model', status: 'found', value, source: `${backend} model registry, named by ${modelName.source}` }
        : { link: 'model', status: 'missing', value, why: noModel(backend, value, served) }),
      ...(conflict ? { conflict } : {}),
    });
  }

  // The training job: as the model registry recorded it, else as the image or deployment named it.
  const jobName = pick(
    [model?.jobName, `${backend} model record`],
    [labels.trainingJob, 'image label'],
    [annotations.trainingJob, annotated],
  );
  let job: JobLineage | undefined;
  if (!jobName) {
    links.push({
      link: 'training-job',
      status: 'missing',
      why: model
        ? `${backend} recorded no job for model ${model.name}:${model.version}, and no ${namers} names one`
        : `no model record, ${namers} names the training job`,
    });
  } else {
    job = await deps.models.getJobLineage(jobName.value).catch((error: unknown) => {
      deps.log.warning(`Could not read job ${jobName.value}: ${errorMessage(error)}`);
      return undefined;
    });
    const conflict = served && disagreement(jobName.value, annotations.trainingJob, 'the deployment tag training-job');
    links.push({
      ...(job
        ? {
            link: 'training-job',
            status: 'found',
            value: jobName.value,
            source: `${backend} job record, named by ${jobName.source}`,
          }
        : {
            link: 'training-job',
            status: 'missing',
            value: jobName.value,
            why: `${backend} has no job ${jobName.value}`,
          }),
      ...(conflict ? { conflict } : {}),
    });
  }

  const jobSource = `${backend} job tags`;
  const commit = pick(
    [job?.commit, jobSource],
    [labels.trainingCommit, 'image label'],
    [annotations.trainingCommit, annotated],
  );
  links.push(
    factLink(
      'commit',
      commit,
      job
        ? `job ${job.name} carries no commit (github.sha tag or git property)`
        : `no job record, ${namers} names the training commit`,
    ),
  );
  const jobRun = job?.githubRunUrl ?? (job?.githubRunId ? `run ${job.githubRunId}` : undefined);
  const run = pick([jobRun, jobSource], [labels.trainingRun, 'image label'], [annotations.trainingRun, annotated]);
  links.push(
    factLink(
      'workflow-run',
      run,
      job
        ? `job ${job.name} carries no github.run_url or github.run_id tag (not submitted by submit-pipeline?)`
        : `no job record, ${namers} names the workflow run`,
    ),
  );
  const data = pickData(
    [job?.dataInputs, `${backend} job inputs`],
    [labels.dataInputs, 'image label'],
    [annotations.dataInputs, annotated],
  );
  links.push(
    data
      ? { link: 'data-inputs', status: 'found', value: formatDataInputs(data.value), source: data.source }
      : {
          link: 'data-inputs',
          status: 'missing',
          why: job ? `job ${job.name} records no data inputs` : `no job record, ${namers} names data inputs`,
        },
  );

  const facts: TraceResult['facts'] = {
    ...annotations,
    ...labels,
    ...(imageDigest ? { imageDigest } : {}),
    modelName: modelName?.value,
    modelVersion: modelVersion?.value,
    trainingJob: jobName?.value,
    trainingCommit: commit?.value,
    trainingRun: run?.value,
    dataInputs: data?.value,
  };
  for (const key of Object.keys(facts) as (keyof typeof facts)[]) if (facts[key] === undefined) delete facts[key];
  const complete = links.every((l) => l.status === 'found' && !l.conflict);
  return { start: startText, links, facts, complete };
}

function pickData(
  ...candidates: [DataInputRef[] | undefined, string][]
): { value: DataInputRef[]; source: string } | undefined {
  const hit = candidates.find(([value]) => value?.length);
  return hit && { value: hit[0] as DataInputRef[], source: hit[1] };
}
