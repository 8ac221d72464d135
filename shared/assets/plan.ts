/**
 * The registration plan: for every code folder, environment and component, whether it is written or the
 * registered version is used, and under which version. Planning only reads the workspace, so a dry run is
 * a plan, and every problem it finds (a reused version with new content, a missing environment) stops the
 * run before anything is written.
 */
import { createHash } from 'node:crypto';
import { UserError, ValidationError, type Problem } from '../core/errors.js';
import type { SourceLocation } from '../core/logger.js';
import type { EnvironmentUse } from '../pipeline/component.js';
import {
  anonymousComponentVersion,
  componentParts,
  componentVersionBody,
  resolveComponentDependencies,
  type RegistrableComponent,
  type ComponentDependencies,
  type ComponentSource,
  type ComponentVersionBody,
  type DependencyResolver,
} from '../pipeline/component-rest.js';
import type { Component, PipelineComponent } from '../pipeline/model.js';
import { pythonJsonDumps, type JsonValue } from '../pipeline/python-format.js';
import { pipelineComponentSpec, pipelineComponentVersionBody } from '../pipeline/steps/pipeline.js';
import { restContext, type PipelineResolver } from '../pipeline/to-rest.js';
import type { EnvironmentSpec } from '../pipeline/environment.js';
import { codeSnapshot, componentContentHash, environmentContentHash, type CodeSnapshot } from '../pipeline/hashing.js';
import type { AssetCollection } from '../pipeline/refs.js';
import { Problems } from '../yaml/fields.js';
import { keyLocation, type AssetFiles } from './load.js';
import {
  ANONYMOUS_COMPONENT,
  ANONYMOUS_ENVIRONMENT,
  type AssetAction,
  type AssetKind,
  type PlanProblem,
  type VersionStrategy,
} from './types.js';
import { decideVersion, type VersionDecision } from './versioning.js';
import type { WorkspaceAssets } from './workspace-assets.js';

interface PlannedBase {
  name: string;
  version: string;
  id: string;
  action: AssetAction;
  reason: string;
  /** The file or folder it comes from. */
  source: string;
}

export interface PlannedCode extends PlannedBase {
  kind: 'code';
  snapshot: CodeSnapshot;
}

export interface PlannedEnvironment extends PlannedBase {
  kind: 'environment';
  spec: EnvironmentSpec;
  anonymous: boolean;
  contentHash: string;
}

export interface PlannedComponent extends PlannedBase {
  kind: 'component';
  component: Component;
  contentHash: string;
  /** Code and environment ids, resolved only for command components that are written. */
  deps?: ComponentDependencies;
  /**
   * The whole body, built at planning time for components whose spec holds other components' ids (pipeline
   * components) and for the anonymous components inside them; trace tags are added when it is written.
   */
  body?: ComponentVersionBody;
  /** Write order: 0 for components using no local component, else one more than the deepest one they use. */
  level: number;
}

export type PlannedAsset = PlannedCode | PlannedEnvironment | PlannedComponent;

export interface RegistrationPlan {
  codes: PlannedCode[];
  environments: PlannedEnvironment[];
  components: PlannedComponent[];
  /** Things worth knowing that do not stop the run (a version registered without a content hash). */
  warnings: PlanProblem[];
}

export interface PlanOptions {
  strategy: VersionStrategy;
}

/**
 * Plans the registration of `files` in dependency order: environment files first (so a component's
 * `azureml:name@latest` sees the version this run registers), then each component with the code folder
 * and local environment it uses. Throws one ValidationError listing every problem found.
 */
export async function planRegistration(
  assets: WorkspaceAssets,
  files: AssetFiles,
  options: PlanOptions,
): Promise<RegistrationPlan> {
  const planner = new Planner(assets, options.strategy);
  for (const env of files.environments) {
    await planner.attempt(env.versionLoc, () => planner.namedEnvironment(env.value, env.file, env.versionLoc));
  }
  for (const component of files.components) {
    await planner.attempt(component.versionLoc, () =>
      planner.component(component.value, component.file, component.versionLoc),
    );
  }
  planner.problems.throwIfAny(`${planner.problems.list.length} problem(s) found; nothing was registered`);
  return planner.plan();
}

/** Plans assets once each (code by folder, environments by file or content), remembering what it decided. */
export class Planner {
  readonly problems = new Problems();
  private readonly warnings: PlanProblem[] = [];
  private readonly codes = new Map<string, Promise<PlannedCode>>();
  private readonly environments = new Map<string, Promise<PlannedEnvironment>>();
  private readonly components: PlannedComponent[] = [];
  /** Anonymous components planned for the pipeline components that use them, once per component object. */
  private readonly anonymous = new Map<Component, Promise<PlannedComponent>>();

  constructor(
    readonly assets: WorkspaceAssets,
    readonly strategy: VersionStrategy,
  ) {}

  /** Runs one planning step; a UserError becomes a problem at `where`, so planning goes on with the rest. */
  async attempt(where: SourceLocation, step: () => Promise<unknown>): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const found =
        error instanceof ValidationError
          ? error.problems
          : [{ message: error.message, location: error.location ?? where }];
      // An environment shared by several components fails once, not once per component.
      for (const problem of found)
        if (!this.problems.list.some((p) => sameProblem(p, problem)))
          this.problems.add(problem.message, problem.location);
    }
  }

  async plan(): Promise<RegistrationPlan> {
    return {
      codes: await Promise.all(this.codes.values()),
      environments: await Promise.all(this.environments.values()),
      components: [...this.components],
      warnings: [...this.warnings],
    };
  }

  /** A code folder: reused when the workspace has code with its content hash, else uploaded and registered. */
  code(localPath: string, additionalIncludes: readonly string[] = []): Promise<PlannedCode> {
    const key = [localPath, ...additionalIncludes].join('\n');
    let planned = this.codes.get(key);
    if (!planned) {
      planned = this.planCode(localPath, additionalIncludes);
      this.codes.set(key, planned);
    }
    return planned;
  }

  private async planCode(localPath: string, additionalIncludes: readonly string[]): Promise<PlannedCode> {
    const snapshot = await codeSnapshot(localPath, additionalIncludes);
    const name = codeAssetName(snapshot.contentHash);
    const existing = await this.assets.findCodeByHash(name, snapshot.contentHash);
    const base = { kind: 'code' as const, snapshot, name, source: localPath };
    if (existing) {
      return {
        ...base,
        version: existing.version,
        id: existing.id,
        action: 'reuse',
        reason: 'same content already uploaded',
      };
    }
    const id = this.assets.versionId('code', name, '1');
    return { ...base, version: '1', id, action: 'create', reason: `new content (${snapshot.files.length} file(s))` };
  }

  /** An environment registered under its own name (a file of the `environments` input, or one a component names). */
  namedEnvironment(spec: EnvironmentSpec, file: string, versionLoc: SourceLocation): Promise<PlannedEnvironment> {
    return this.once(`file:${file}`, async () => {
      const contentHash = await environmentContentHash(spec);
      const name = spec.name as string;
      const decision = await this.decide('environment', name, contentHash, spec.version, versionLoc);
      return this.environmentEntry(spec, file, name, decision, contentHash, false);
    });
  }

  /** An environment without a name (inline in a component, or a file with no `name:`): versioned by content. */
  async anonymousEnvironment(spec: EnvironmentSpec, source: string): Promise<PlannedEnvironment> {
    const contentHash = await environmentContentHash(spec);
    return this.once(`anonymous:${contentHash}`, async () => {
      const version = uuidFromHash(contentHash);
      const existing = await this.assets.getVersion('environment', ANONYMOUS_ENVIRONMENT, version);
      const decision: VersionDecision = existing
        ? { action: 'reuse', version, id: existing.id, reason: 'same content already registered' }
        : { action: 'create', version, reason: 'new anonymous environment' };
      return this.environmentEntry(spec, source, ANONYMOUS_ENVIRONMENT, decision, contentHash, true);
    });
  }

  private once(key: string, make: () => Promise<PlannedEnvironment>): Promise<PlannedEnvironment> {
    let planned = this.environments.get(key);
    if (!planned) {
      planned = make();
      this.environments.set(key, planned);
    }
    return planned;
  }

  private environmentEntry(
    spec: EnvironmentSpec,
    source: string,
    name: string,
    decision: Exclude<VersionDecision, { action: 'conflict' }>,
    contentHash: string,
    anonymous: boolean,
  ): PlannedEnvironment {
    const id = decision.action === 'reuse' ? decision.id : this.assets.versionId('environment', name, decision.version);
    return {
      kind: 'environment',
      spec,
      name,
      version: decision.version,
      id,
      action: decision.action,
      reason: decision.reason,
      source,
      anonymous,
      contentHash,
    };
  }

  /**
   * A named component. Its content hash covers its own YAML, its code folder's content and the environment
   * it resolves to (so a new `@latest` environment makes a new component version).
   */
  async component(component: Component, file: string, versionLoc: SourceLocation): Promise<PlannedComponent> {
    if (component.type === 'pipeline') return this.pipelineComponent(component, file, versionLoc);
    const { environment: use } = componentParts(component);
    if (use) await this.checkRemoteEnvironment(use, file);
    const resolver = this.dependencyResolver(use);
    // Resolve the environment alone first: the code folder is only looked up when the component is written.
    const { environment } = await resolveComponentDependencies({ environment: use }, resolver);
    const contentHash = sha256(`${await componentContentHash(component)}\n${environment}`);
    const planned = await this.planVersion(component, file, contentHash, versionLoc, 0);
    if (planned.action === 'create') planned.deps = await resolveComponentDependencies(component, resolver);
    return planned;
  }

  /**
   * A named pipeline component (`az ml component create` of `type: pipeline`): the components inside it, at any
   * depth, are registered anonymously first (as azure-ai-ml does), and its spec names their versions. Its
   * content hash is that spec's, so a change anywhere inside makes a new version, and no change costs reads only.
   */
  private async pipelineComponent(
    component: PipelineComponent,
    file: string,
    versionLoc: SourceLocation,
  ): Promise<PlannedComponent> {
    const { spec, level } = await this.pipelineSpec(component, 'YAML.COMPONENT', file);
    const planned = await this.planVersion(component, file, sha256(pythonJsonDumps(spec)), versionLoc, level);
    planned.body = pipelineComponentVersionBody(component, { ...spec, version: planned.version });
    return planned;
  }

  /** Decides a named component's version from its content hash and files the planned entry. */
  private async planVersion(
    component: Component,
    file: string,
    contentHash: string,
    versionLoc: SourceLocation,
    level: number,
  ): Promise<PlannedComponent> {
    const name = component.name as string;
    const decision = await this.decide('component', name, contentHash, component.version, versionLoc);
    const planned: PlannedComponent = {
      kind: 'component',
      component,
      name,
      version: decision.version,
      id: decision.action === 'reuse' ? decision.id : this.assets.versionId('component', name, decision.version),
      action: decision.action,
      reason: decision.reason,
      source: file,
      contentHash,
      level,
    };
    this.components.push(planned);
    return planned;
  }

  /** A pipeline component's spec with the ids of the components it uses, planning those first. */
  private async pipelineSpec(
    component: PipelineComponent,
    source: string,
    file: string,
  ): Promise<{ spec: Record<string, JsonValue>; level: number }> {
    const levels: number[] = [];
    const track = async (planned: Promise<PlannedComponent>): Promise<string> => {
      const inner = await planned;
      levels.push(inner.level);
      return inner.id;
    };
    const resolver: PipelineResolver = {
      workspaceId: this.assets.workspaceId,
      registerComponent: (inner, innerSource) => track(this.anonymousCommand(inner, file, innerSource)),
      registerComponentSpec: (spec, inner) => track(this.anonymousSpec(spec, inner, file)),
      resolveLabel: (collection, name, label) => this.resolveLabel(collection, name, label),
      uploadLocalData: async (path) => {
        throw new UserError(
          `not supported yet: local data (${path}) inside a registered pipeline component; use a datastore URI or a data asset`,
          component.loc,
        );
      },
    };
    const spec = await pipelineComponentSpec(component, source, restContext(resolver));
    return { spec, level: 1 + Math.max(-1, ...levels) };
  }

  /** A command component used inside a pipeline component: anonymous, versioned by its spec (azure-ai-ml's md5 uuid). */
  private anonymousCommand(
    component: RegistrableComponent,
    file: string,
    source: ComponentSource = 'YAML.JOB',
  ): Promise<PlannedComponent> {
    let planned = this.anonymous.get(component);
    if (!planned) {
      planned = (async () => {
        const { environment: use } = componentParts(component);
        if (use) await this.checkRemoteEnvironment(use, component.file);
        const deps = await resolveComponentDependencies(component, this.dependencyResolver(use));
        const body = componentVersionBody(component, deps, { isAnonymous: true, source });
        return this.anonymousEntry(component, body, file, 0);
      })();
      this.anonymous.set(component, planned);
    }
    return planned;
  }

  /** A pipeline component used inside another: anonymous, its complete spec already holding its steps' ids. */
  private anonymousSpec(
    spec: Record<string, JsonValue>,
    component: Component,
    file: string,
  ): Promise<PlannedComponent> {
    let planned = this.anonymous.get(component);
    if (!planned) {
      const body: ComponentVersionBody =
        component.type === 'pipeline'
          ? pipelineComponentVersionBody(component, spec, { isAnonymous: true })
          : { properties: { componentSpec: spec, isAnonymous: true, tags: {}, properties: {} } };
      // The components its steps run were planned while its spec was built; it is written after them.
      const stepIds = JSON.stringify(spec.jobs ?? {});
      const inner = this.components.filter((c) => stepIds.includes(c.id));
      planned = this.anonymousEntry(component, body, file, 1 + Math.max(-1, ...inner.map((c) => c.level)));
      this.anonymous.set(component, planned);
    }
    return planned;
  }

  private async anonymousEntry(
    component: Component,
    body: ComponentVersionBody,
    file: string,
    level: number,
  ): Promise<PlannedComponent> {
    const version = anonymousComponentVersion(body.properties.componentSpec);
    const existing = await this.assets.getVersion('component', ANONYMOUS_COMPONENT, version);
    const planned: PlannedComponent = {
      kind: 'component',
      component,
      name: ANONYMOUS_COMPONENT,
      version,
      id: existing?.id ?? this.assets.versionId('component', ANONYMOUS_COMPONENT, version),
      action: existing ? 'reuse' : 'create',
      reason: existing ? 'same content already registered' : 'used by a pipeline component',
      source: component.file ?? file,
      contentHash: version,
      level,
      body,
    };
    this.components.push(planned);
    return planned;
  }

  /** The resolver `componentVersionBody` needs, answering from this plan. */
  dependencyResolver(use: EnvironmentUse | undefined): DependencyResolver {
    return {
      workspaceId: this.assets.workspaceId,
      codeId: async (localPath, includes) => (await this.code(localPath, includes)).id,
      environmentId: async (spec) => (await this.localEnvironment(use, spec)).id,
      resolveLabel: (collection, name, label) => this.resolveLabel(collection, name, label),
    };
  }

  /** A component's local environment: named when it is a file with a name, else anonymous. */
  async localEnvironment(use: EnvironmentUse | undefined, spec: EnvironmentSpec): Promise<PlannedEnvironment> {
    const fromFile = use?.kind === 'local' && use.spec === spec ? use.file : undefined;
    return fromFile && spec.name
      ? this.namedEnvironment(spec, fromFile, await keyLocation(fromFile, 'version'))
      : this.anonymousEnvironment(spec, fromFile ?? spec.file);
  }

  private async resolveLabel(collection: AssetCollection, name: string, label: string): Promise<string> {
    if (label !== 'latest')
      throw new UserError(`label '@${label}' of '${name}' is not supported; use @latest or a version`);
    const kind = kindOf(collection);
    const planned = kind === 'environment' ? await this.plannedEnvironmentNamed(name) : undefined;
    if (planned) return planned.version;
    for await (const newest of this.assets.newestFirst(kind, name)) return newest.version;
    throw new UserError(
      `${kind} '${name}' has no version in workspace '${this.assets.session.workspace.workspace}' ` +
        `and is not registered by this run, so '${name}@latest' cannot be resolved`,
    );
  }

  private async plannedEnvironmentNamed(name: string): Promise<PlannedEnvironment | undefined> {
    const settled = await Promise.allSettled(this.environments.values());
    return settled
      .filter((s): s is PromiseFulfilledResult<PlannedEnvironment> => s.status === 'fulfilled')
      .map((s) => s.value)
      .find((e) => !e.anonymous && e.name.toLowerCase() === name.toLowerCase());
  }

  /** `azureml:name:version` must exist, or be registered by this run: the service would only fail at job time. */
  private async checkRemoteEnvironment(use: EnvironmentUse, file: string): Promise<void> {
    if (use.kind !== 'remote' || use.ref.kind !== 'version' || use.text.startsWith('azureml:AzureML-')) return;
    const { name, version } = use.ref;
    const planned = await this.plannedEnvironmentNamed(name);
    if (planned?.version === version) return;
    if (await this.assets.getVersion('environment', name, version)) return;
    throw new UserError(
      `environment '${use.text}' does not exist in workspace '${this.assets.session.workspace.workspace}'` +
        (planned
          ? ` (this run registers ${name}:${planned.version})`
          : ' and is not among the environments registered here'),
      await keyLocation(file, 'environment'),
    );
  }

  private async decide(
    kind: AssetKind,
    name: string,
    contentHash: string,
    yamlVersion: string | undefined,
    versionLoc: SourceLocation,
  ): Promise<Exclude<VersionDecision, { action: 'conflict' }>> {
    const decision = await decideVersion(this.assets, {
      kind,
      name,
      contentHash,
      strategy: this.strategy,
      yamlVersion,
    });
    if (decision.action === 'conflict') throw new UserError(decision.message, versionLoc);
    if (decision.action === 'reuse' && decision.warning)
      this.warnings.push({ message: decision.warning, location: versionLoc });
    return decision;
  }
}

/** Planned components grouped by level, lowest first: each group only uses components of the groups before it. */
export function componentLevels(components: readonly PlannedComponent[]): PlannedComponent[][] {
  const levels: PlannedComponent[][] = [];
  for (const c of components) (levels[c.level] ??= []).push(c);
  return levels.filter(Boolean);
}

function sameProblem(a: Problem, b: Problem): boolean {
  return a.message === b.message && JSON.stringify(a.location) === JSON.stringify(b.location);
}

function kindOf(collection: AssetCollection): AssetKind {
  if (collection === 'environments') return 'environment';
  if (collection === 'components') return 'component';
  if (collection === 'codes') return 'code';
  throw new UserError(`${collection} labels cannot be resolved here; give a version`);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A UUID-shaped value from a hex hash: the same content always gets the same name or version. */
export function uuidFromHash(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The code asset name for a content hash. azure-ai-ml names code assets with a random UUID; a name derived
 * from the content makes the `hash` lookup find our earlier upload of the same content in every later run.
 */
export function codeAssetName(contentHash: string): string {
  return uuidFromHash(contentHash);
}
