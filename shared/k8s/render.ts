/**
 * Manifest edits as pure functions over parsed objects: each takes an object and returns a new one.
 * `renderManifests` chains them: image substitution by repository, lineage env vars and annotations,
 * and the namespace where a namespaced object has none.
 */
import { ValidationError, type Problem } from '../core/errors.js';
import {
  formatImageRef,
  parseImageRef,
  sameRepository,
  tryParseImageRef,
  type ImageRef,
} from '../registry/image-ref.js';
import { K8S_PREFIX, lineageEntries, type LineageFacts } from '../lineage/keys.js';
import type { Manifest } from './manifests.js';
import {
  describeObject,
  isWorkload,
  type Container,
  type EnvVar,
  type KubeObject,
  type PodTemplate,
} from './objects.js';

/**
 * Where traceability lives on the applied objects (`azureml-mlops.github.io/<key>`, shared/lineage/keys.ts);
 * readable with `kubectl get -o yaml`, no GitHub API needed.
 */
export const ANNOTATION_PREFIX = K8S_PREFIX;

/** What a deploy records: where the image came from (commit, model, training job, data) and who deployed it. */
export type Lineage = LineageFacts;

export interface ImageReplacement {
  object: string;
  container: string;
  from: string;
  to: string;
}

/** Kinds that are never namespaced; everything else gets the target namespace when it names none. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'APIService',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
]);

/** The pod templates inside an object (mutable views into it), for the kinds that run containers. */
export function podTemplatesOf(object: KubeObject): PodTemplate[] {
  const spec = object.spec as Record<string, unknown> | undefined;
  if (!spec) return [];
  if (object.kind === 'Pod') return [{ metadata: object.metadata, spec: spec as unknown as PodTemplate['spec'] }];
  if (object.kind === 'CronJob') {
    const job = (spec.jobTemplate as { spec?: { template?: PodTemplate } } | undefined)?.spec;
    return job?.template?.spec ? [job.template] : [];
  }
  const template = spec.template as PodTemplate | undefined;
  return template?.spec?.containers ? [template] : [];
}

function containersOf(template: PodTemplate): Container[] {
  return [...(template.spec.initContainers ?? []), ...(template.spec.containers ?? [])];
}

/** Parses the `images` input: full references with a tag or digest, at most one per repository. */
export function parseImageInputs(lines: string[]): ImageRef[] {
  const problems: Problem[] = [];
  const refs: ImageRef[] = [];
  for (const line of lines) {
    try {
      const ref = parseImageRef(line);
      if (ref.tag === undefined && ref.digest === undefined) {
        problems.push({ message: `Image '${line}' has neither tag nor digest; give the exact version to deploy.` });
      } else if (refs.some((r) => sameRepository(r, ref))) {
        problems.push({ message: `Image '${line}' repeats a repository already listed in 'images'.` });
      } else refs.push(ref);
    } catch (error) {
      problems.push({ message: (error as Error).message });
    }
  }
  if (problems.length) throw new ValidationError(problems, "Input 'images' is invalid; nothing was applied");
  return refs;
}

/** Replaces the image of every container whose image names the same repository as one of `images`. */
export function substituteImages(
  object: KubeObject,
  images: ImageRef[],
): { object: KubeObject; replacements: ImageReplacement[] } {
  const copy = structuredClone(object);
  const replacements: ImageReplacement[] = [];
  for (const template of podTemplatesOf(copy)) {
    for (const container of containersOf(template)) {
      const current = container.image === undefined ? undefined : tryParseImageRef(container.image);
      const match = current && images.find((ref) => sameRepository(ref, current));
      if (!match || !container.image) continue;
      const to = formatImageRef(match);
      replacements.push({ object: describeObject(copy), container: container.name, from: container.image, to });
      container.image = to;
    }
  }
  return { object: copy, replacements };
}

/**
 * Sets `vars` in every container of a workload. A variable the manifest already declares is replaced, not
 * added again: Kubernetes keeps the last duplicate, which hides the mistake instead of reporting it.
 */
export function injectEnv(object: KubeObject, vars: Record<string, string>): KubeObject {
  const entries = Object.entries(vars).filter(([, v]) => v !== '');
  if (!isWorkload(object) || !entries.length) return object;
  const setting = new Set(entries.map(([name]) => name));
  const copy = structuredClone(object);
  for (const template of podTemplatesOf(copy)) {
    for (const container of template.spec.containers) {
      const env: EnvVar[] = (container.env ?? []).filter((e) => !setting.has(e.name));
      container.env = [...env, ...entries.map(([name, value]) => ({ name, value }))];
    }
  }
  return copy;
}

/** The lineage annotations for one workload, naming the images its containers run. */
export function lineageAnnotations(object: KubeObject, lineage: Lineage): Record<string, string> {
  const images = podTemplatesOf(object)
    .flatMap((t) => t.spec.containers)
    .map((c) => `${c.name}=${c.image ?? ''}`)
    .join(',');
  return lineageEntries('k8s', { ...lineage, images });
}

/** Adds `annotations` to a workload and to its pod template (so each ReplicaSet and pod carries them too). */
export function annotate(object: KubeObject, annotations: Record<string, string>): KubeObject {
  if (!isWorkload(object)) return object;
  const copy = structuredClone(object);
  copy.metadata.annotations = { ...copy.metadata.annotations, ...annotations };
  for (const template of podTemplatesOf(copy)) {
    template.metadata = { ...template.metadata, annotations: { ...template.metadata?.annotations, ...annotations } };
  }
  return copy;
}

/** Puts a namespaced object in `namespace` when its manifest names none. */
export function withNamespace(object: KubeObject, namespace: string): KubeObject {
  if (CLUSTER_SCOPED.has(object.kind) || object.metadata.namespace) return object;
  return { ...object, metadata: { ...object.metadata, namespace } };
}

export interface RenderOptions {
  images: ImageRef[];
  env: Record<string, string>;
  lineage: Lineage;
  namespace: string;
}

export interface Rendered {
  manifests: Manifest[];
  replacements: ImageReplacement[];
}

/** The env vars that carry the lineage into the running container, then the user's own lines. */
export function lineageEnv(lineage: Lineage, extra: Record<string, string>): Record<string, string> {
  return {
    MODEL_NAME: lineage.modelName ?? '',
    MODEL_VERSION: lineage.modelVersion ?? '',
    API_VERSION: lineage.apiVersion ?? '',
    GIT_SHA: lineage.commit ?? '',
    ...extra,
  };
}

/** Renders every manifest; an `images` entry that matched no container is an error, since it would deploy nothing. */
export function renderManifests(manifests: Manifest[], options: RenderOptions): Rendered {
  const invalidEnv = Object.keys(options.env).filter((name) => !ENV_VAR_NAME.test(name));
  if (invalidEnv.length)
    throw new ValidationError(
      invalidEnv.map((name) => ({ message: `Input 'env': '${name}' ${ENV_VAR_RULE}.` })),
      "Input 'env' names variables Kubernetes refuses; nothing was applied",
    );
  const env = lineageEnv(options.lineage, options.env);
  const replacements: ImageReplacement[] = [];
  const rendered = manifests.map(({ object, source }) => {
    const substituted = substituteImages(object, options.images);
    replacements.push(...substituted.replacements);
    let out = withNamespace(substituted.object, options.namespace);
    out = injectEnv(out, env);
    out = annotate(out, lineageAnnotations(out, options.lineage));
    return { object: out, source };
  });
  const invalid = rendered.flatMap((m) => objectNameProblems(m, options.namespace));
  if (invalid.length)
    throw new ValidationError(invalid, `${invalid.length} name(s) the API server would refuse; nothing was applied`);
  const unmatched = options.images.filter((ref) => !replacements.some((r) => sameRepository(parseImageRef(r.to), ref)));
  if (unmatched.length) {
    const containers = manifests.flatMap(({ object }) =>
      podTemplatesOf(object).flatMap((t) => containersOf(t).map((c) => c.image ?? '')),
    );
    throw new ValidationError(
      unmatched.map((ref) => ({
        message: `Image '${formatImageRef(ref)}' matches no container image in the manifests (they use: ${[...new Set(containers)].join(', ') || 'none'}).`,
      })),
      "Some 'images' entries match no container; nothing was applied",
    );
  }
  return { manifests: rendered, replacements };
}

/** RFC 1123 label: namespaces, Services, container names (the API server's `IsDNS1123Label`). */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** RFC 1123 subdomain: the names of most other objects (`IsDNS1123Subdomain`). */
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Kinds whose names must be labels: they become DNS names or path segments of their own. */
const LABEL_NAMED_KINDS = new Set(['Namespace', 'Service']);
/** The API server's `IsEnvVarName`. */
const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const ENV_VAR_RULE =
  "is not a valid environment variable name: letters, digits, '_', '-' or '.', not starting with a digit";

function labelProblem(value: string): string | undefined {
  if (value.length > 63) return `is longer than 63 characters`;
  return DNS1123_LABEL.test(value)
    ? undefined
    : "is not a valid RFC 1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit";
}

function subdomainProblem(value: string): string | undefined {
  if (value.length > 253) return `is longer than 253 characters`;
  return DNS1123_SUBDOMAIN.test(value)
    ? undefined
    : "is not a valid RFC 1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit";
}

/**
 * What server-side apply (and its dry run) would refuse in a rendered object's names: its name and namespace,
 * its containers' names and env var names. Checked before the first request, so nothing is half-applied.
 */
function objectNameProblems({ object, source }: Manifest, targetNamespace: string): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string) => problems.push({ message, location: source });
  const what = describeObject(object);
  const name = String(object.metadata.name);
  const nameWrong = LABEL_NAMED_KINDS.has(object.kind) ? labelProblem(name) : subdomainProblem(name);
  if (nameWrong) add(`${what}: name '${name}' ${nameWrong}.`);
  const namespace = object.metadata.namespace;
  if (typeof namespace === 'string') {
    const wrong = labelProblem(namespace);
    const from = namespace === targetNamespace ? " (input 'namespace' or the kubeconfig context)" : '';
    if (wrong) add(`${what}: namespace '${namespace}'${from} ${wrong}.`);
  }
  for (const template of podTemplatesOf(object)) {
    for (const container of containersOf(template)) {
      const wrong = labelProblem(String(container.name ?? ''));
      if (wrong) add(`${what}: container name '${String(container.name ?? '')}' ${wrong}.`);
      for (const variable of container.env ?? [])
        if (!ENV_VAR_NAME.test(String(variable.name)))
          add(`${what}: container '${container.name}': env '${String(variable.name)}' ${ENV_VAR_RULE}.`);
    }
  }
  return problems;
}
