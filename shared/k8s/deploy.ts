/**
 * The k8s-deploy flow: load and render the manifests (every input problem is reported before any request),
 * write the rendered files, then let the strategy apply them and wait for the rollouts.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Logger } from '../core/logger.js';
import type { KubeClient } from './kube-client.js';
import type { KubeconfigSource, LoadedKubeconfig } from './kubeconfig.js';
import { loadManifests, type Manifest } from './manifests.js';
import { describeObject } from './objects.js';
import { deployLineage, registryLabelReader, type ImageLabelReader } from './image-lineage.js';
import { parseImageInputs, renderManifests, type ImageReplacement, type Lineage } from './render.js';
import { rollBackDeployments } from './basic-strategy.js';
import { strategyNamed } from './strategies.js';
import type { DeployResult, StrategyContext, StrategyName } from './strategy.js';
import type { KubeConfig } from '@kubernetes/client-node';

export interface DeployOptions {
  manifests: string[];
  /** Where relative manifest paths start (the workspace). */
  cwd: string;
  images: string[];
  env: Record<string, string>;
  /** Target namespace; empty means the kubeconfig context's namespace, else `default`. */
  namespace: string;
  /** The lineage the inputs give (model, API version, a model lineage file); the images' labels win over it. */
  lineage: Lineage;
  /** The deploying workflow run, recorded as `deployed-by-run` and `deployed-by-commit`. */
  run: { url?: string; commit?: string };
  /** Where to find registry credentials to read the images' labels; absent: the labels are not read. */
  imageLabels?: { dockerConfigDir: string };
  strategy: StrategyName;
  timeoutSeconds: number;
  rollbackOnFailure: boolean;
  /** Roll the manifests' Deployments back to their previous revision instead of deploying (rendering still checks the manifests). */
  rollback?: boolean;
  force: boolean;
  dryRun: boolean;
  /** Absent in a dry run without a cluster. */
  kubeconfig?: KubeconfigSource;
  /** Folder the rendered manifests are written to (emptied first). */
  renderedFolder: string;
  /** PATH to look exec plugins up in. */
  searchPath: string;
}

export interface DeployDeps {
  log: Logger;
  createClient?: (config: KubeConfig) => KubeClient;
  /** Replaces the registry reader (tests). */
  readLabels?: ImageLabelReader;
  context?: Partial<Pick<StrategyContext, 'clock' | 'pollMs'>>;
}

export interface DeployOutcome extends Partial<DeployResult> {
  applied: boolean;
  /** What the workloads were annotated with. */
  lineage: Lineage;
  namespace: string;
  replacements: ImageReplacement[];
  renderedFiles: string[];
}

async function writeRendered(manifests: Manifest[], folder: string): Promise<string[]> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const files: string[] = [];
  for (const [i, { object }] of manifests.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${object.kind.toLowerCase()}-${object.metadata.name}.yaml`;
    const file = path.join(folder, name.replace(/[^\w.-]/g, '_'));
    await writeFile(file, stringify(object, { lineWidth: 0 }));
    files.push(file);
  }
  return files;
}

function logReplacements(replacements: ImageReplacement[], log: Logger): void {
  for (const r of replacements) log.info(`${r.object} container ${r.container}: ${r.from} -> ${r.to}`);
}

/** What a dry run would apply: the rendered objects, and the images it substituted (no digest: nothing was pulled). */
function dryRunResult(
  manifests: Manifest[],
  replacements: ImageReplacement[],
  namespace: string,
): Pick<DeployResult, 'resources' | 'images'> {
  return {
    resources: manifests.map(({ object }) => ({
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.metadata.name ?? '',
      namespace: object.metadata.namespace ?? namespace,
    })),
    images: replacements.map((r) => ({ workload: r.object, container: r.container, image: r.to })),
  };
}

interface Cluster extends LoadedKubeconfig {
  /** The @kubernetes/client-node implementation of KubeClient for this config. */
  connect(config: KubeConfig): KubeClient;
}

/**
 * The start-up seam of k8s-deploy: the one place @kubernetes/client-node (most of the bundle) is loaded, and only
 * when there is a cluster to talk to. Inputs are validated before this runs; a dry run without one never loads it.
 */
async function openCluster(source: KubeconfigSource, log: Logger, searchPath: string): Promise<Cluster> {
  const [{ loadKubeconfig }, { ClientNodeKubeClient }] = await Promise.all([
    import('./kubeconfig.js'),
    import('./kube-client.js'),
  ]);
  const loaded = await loadKubeconfig(source, log, searchPath);
  return { ...loaded, connect: (config) => new ClientNodeKubeClient(config) };
}

export async function deployToKubernetes(options: DeployOptions, deps: DeployDeps): Promise<DeployOutcome> {
  const { log } = deps;
  const strategy = strategyNamed(options.strategy);
  const loaded = await loadManifests(options.manifests, { cwd: options.cwd });
  const images = parseImageInputs(options.images);
  const cluster = options.kubeconfig ? await openCluster(options.kubeconfig, log, options.searchPath) : undefined;
  const namespace = options.namespace || cluster?.namespace || 'default';
  const readLabels =
    deps.readLabels ?? (options.imageLabels && registryLabelReader(options.imageLabels.dockerConfigDir, log));
  const lineage = await deployLineage({ given: options.lineage, run: options.run, images, readLabels, log });
  const rendered = renderManifests(loaded, { images, env: options.env, lineage, namespace });
  logReplacements(rendered.replacements, log);
  const renderedFiles = await writeRendered(rendered.manifests, options.renderedFolder);
  const outcome = { namespace, lineage, replacements: rendered.replacements, renderedFiles };

  if (options.dryRun) {
    await log.group(
      `Dry run: ${rendered.manifests.length} rendered object(s) in ${options.renderedFolder}, nothing applied`,
      async () => {
        for (const { object } of rendered.manifests)
          log.info(`# ${describeObject(object)}\n---\n${stringify(object, { lineWidth: 0 })}`);
      },
    );
    return { ...outcome, ...dryRunResult(rendered.manifests, rendered.replacements, namespace), applied: false };
  }
  if (!cluster) throw new Error('deployToKubernetes: a kubeconfig is required unless dry-run is set');
  const client = (deps.createClient ?? cluster.connect)(cluster.config);
  const context: StrategyContext = {
    client,
    log,
    force: options.force,
    timeoutSeconds: options.timeoutSeconds,
    rollbackOnFailure: options.rollbackOnFailure,
    ...deps.context,
  };
  if (options.rollback) {
    log.info(`Rolling the Deployments back on ${cluster.server} (namespace ${namespace}); nothing is applied`);
    return { ...outcome, ...(await rollBackDeployments(rendered.manifests, context)), applied: true };
  }
  log.info(
    `Deploying ${rendered.manifests.length} object(s) to ${cluster.server} (namespace ${namespace}), strategy ${strategy.name}`,
  );
  return { ...outcome, ...(await strategy.deploy(rendered.manifests, context)), applied: true };
}
