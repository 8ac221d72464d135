/**
 * Anonymous registration of a pipeline's local components (what submit-pipeline's `registerComponent`
 * does), on the same engine as register-components: code uploaded only when its hash is new, local
 * environments registered once, and the component itself under azure-ai-ml's content-derived version,
 * so an unchanged component costs one read.
 */
import type { AzureSession } from '../azure/session.js';
import type { EnvironmentUse } from '../pipeline/component.js';
import type { EnvironmentSpec } from '../pipeline/environment.js';
import {
  componentParts,
  anonymousComponentVersion,
  componentVersionBody,
  resolveComponentDependencies,
  type ComponentSource,
  type DependencyResolver,
  type RegistrableComponent,
} from '../pipeline/component-rest.js';
import type { Component } from '../pipeline/model.js';
import type { JsonValue } from '../pipeline/python-format.js';
import { pipelineComponentVersionBody } from '../pipeline/steps/pipeline.js';
import { datastoreUploader, PlanWriter, type SnapshotUploader } from './execute.js';
import { Planner, type PlannedCode, type PlannedEnvironment } from './plan.js';
import { ANONYMOUS_COMPONENT, type VersionStrategy } from './types.js';
import { WorkspaceAssets } from './workspace-assets.js';

export interface AnonymousRegistrarOptions {
  /** Traceability tags for every asset written. */
  tags: Record<string, string>;
  /** How named environment files a component points at are versioned (default `yaml`). */
  strategy?: VersionStrategy;
  uploader?: SnapshotUploader;
}

/** Returns `registerComponent(component) -> component version ARM id`; assets shared by components are written once. */
export function anonymousComponentRegistrar(
  session: AzureSession,
  options: AnonymousRegistrarOptions,
): (component: RegistrableComponent, source?: ComponentSource) => Promise<string> {
  return anonymousRegistrar(session, options).registerComponent;
}

export interface AnonymousRegistrar {
  registerComponent(component: RegistrableComponent, source?: ComponentSource): Promise<string>;
  /**
   * Code and environments for what a parallel node names itself (its task): written once with the components',
   * so a node's task names the same code version as its component's spec.
   */
  dependencies: DependencyResolver;
}

/** `registerComponent` and the `dependencies` of a pipeline's parallel/spark nodes, on one plan. */
export function anonymousRegistrar(session: AzureSession, options: AnonymousRegistrarOptions): AnonymousRegistrar {
  const assets = new WorkspaceAssets(session);
  const planner = new Planner(assets, options.strategy ?? 'yaml');
  const writer = new PlanWriter(assets, {
    tags: options.tags,
    uploader: options.uploader ?? datastoreUploader(session),
  });
  const writes = new Map<string, Promise<void>>();
  const ensure = (asset: PlannedCode | PlannedEnvironment): Promise<void> => {
    if (asset.action === 'reuse') return Promise.resolve();
    let write = writes.get(asset.id);
    if (!write) {
      write = asset.kind === 'code' ? writer.code(asset) : writer.environment(asset);
      writes.set(asset.id, write);
    }
    return write;
  };

  const writingResolver = (use: EnvironmentUse | undefined): DependencyResolver => ({
    ...planner.dependencyResolver(use),
    codeId: async (localPath, includes) => {
      const code = await planner.code(localPath, includes);
      await ensure(code);
      return code.id;
    },
    environmentId: async (spec) => {
      const env = await planner.localEnvironment(use, spec);
      await ensure(env);
      return env.id;
    },
  });
  // A node's task names its component's environment object: registered the way the component's was.
  const uses = new WeakMap<EnvironmentSpec, EnvironmentUse>();
  const registerComponent = async (component: RegistrableComponent, source: ComponentSource = 'YAML.JOB') => {
    const use = componentParts(component).environment;
    if (use?.kind === 'local') uses.set(use.spec, use);
    const resolver = writingResolver(use);
    const deps = await resolveComponentDependencies(component, resolver);
    const body = componentVersionBody(component, deps, { isAnonymous: true, source, tags: options.tags });
    const version = anonymousComponentVersion(body.properties.componentSpec);
    const existing = await assets.getVersion('component', ANONYMOUS_COMPONENT, version);
    if (existing) return existing.id;
    return assets.createVersion('component', ANONYMOUS_COMPONENT, version, body);
  };
  const dependencies: DependencyResolver = {
    ...writingResolver(undefined),
    environmentId: (spec) => writingResolver(uses.get(spec)).environmentId(spec),
  };
  return { registerComponent, dependencies };
}

/**
 * Returns `registerComponentSpec(spec) -> component version ARM id` for a pipeline's local pipeline components:
 * their spec is complete (the components inside are registered first), so it is written as it is, under
 * azure-ai-ml's content-derived version, and reused when present.
 */
export function anonymousSpecRegistrar(
  session: AzureSession,
  options: Pick<AnonymousRegistrarOptions, 'tags'>,
): (spec: Record<string, JsonValue>, component: Component) => Promise<string> {
  const assets = new WorkspaceAssets(session);
  return async (spec, component) => {
    const version = anonymousComponentVersion(spec);
    const existing = await assets.getVersion('component', ANONYMOUS_COMPONENT, version);
    if (existing) return existing.id;
    const body =
      component.type === 'pipeline'
        ? pipelineComponentVersionBody(component, spec, { isAnonymous: true })
        : { properties: { componentSpec: spec, isAnonymous: true, tags: {}, properties: {} } };
    body.properties.tags = { ...body.properties.tags, ...options.tags };
    return assets.createVersion('component', ANONYMOUS_COMPONENT, version, body);
  };
}
