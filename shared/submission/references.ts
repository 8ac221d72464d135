/**
 * Every `azureml:name:version` a pipeline names (data inputs, remote components, the environments of its local
 * components) must exist before anything is registered or uploaded, and in a dry run: the service would refuse
 * the job only after the run's components and data were written. Read-only look-ups, each asset once.
 */
import { componentParts } from '../pipeline/component-rest.js';
import { existsSync } from 'node:fs';
import { isNotFound } from '../azure/rest-errors.js';
import type { AzureSession } from '../azure/session.js';
import { ValidationError, type Problem } from '../core/errors.js';
import type { SourceLocation } from '../core/logger.js';
import type { Component, ComponentUse, DataInput, PipelineJob, PipelineNode } from '../pipeline/model.js';
import type { AssetCollection, RemoteRef } from '../pipeline/refs.js';

interface Reference {
  collection: AssetCollection;
  name: string;
  version: string;
  text: string;
  loc: SourceLocation;
}

type AnyDataInput = Omit<DataInput, 'name'> & { name?: string };

/** Every data input of a pipeline and of the steps of it and of its local pipeline components (any depth). */
function dataInputsOf(job: PipelineJob): AnyDataInput[] {
  const found: AnyDataInput[] = Object.values(job.inputs).filter((i) => i.kind === 'data');
  const seen = new Set<Component>();
  const nodes = (jobs: Record<string, PipelineNode>) => {
    for (const node of Object.values(jobs)) {
      for (const input of Object.values(node.inputs)) if (input.kind === 'data') found.push(input);
      const use = 'component' in node ? (node.component as ComponentUse) : undefined;
      if (use && use.kind !== 'remote' && use.component.type === 'pipeline' && !seen.has(use.component)) {
        seen.add(use.component);
        nodes(use.component.jobs);
      }
    }
  };
  nodes(job.jobs);
  if (job.component && job.component.kind !== 'remote') nodes(job.component.component.jobs);
  return found;
}

/**
 * Every local `path:` a pipeline uploads must exist: checked before anything is registered or uploaded, and in a
 * dry run, which must find what the real run would fail on.
 */
export function assertLocalDataExists(job: PipelineJob): void {
  const problems: Problem[] = [];
  for (const input of dataInputsOf(job)) {
    if (input.path?.kind !== 'local' || existsSync(input.path.path)) continue;
    problems.push({
      message: `${input.name ? `input '${input.name}': ` : ''}local ${input.type} '${input.pathText ?? input.path.path}' does not exist (looked for ${input.path.path})`,
      location: input.loc,
    });
  }
  if (problems.length)
    throw new ValidationError(
      problems,
      `${problems.length} local data path(s) missing; nothing was registered, uploaded or submitted`,
    );
}

/** The workspace references of a pipeline, its steps and the local components they use (any depth). */
export function referencesOf(job: PipelineJob): Reference[] {
  const found: Reference[] = [];
  const add = (collection: AssetCollection, ref: RemoteRef, text: string, loc: SourceLocation) => {
    // Curated environments (AzureML-*) live in Microsoft's registry, not in the workspace.
    if (ref.kind !== 'version' || (collection === 'environments' && ref.name.startsWith('AzureML-'))) return;
    found.push({ collection, name: ref.name, version: ref.version, text, loc });
  };
  const seen = new Set<Component>();
  const component = (use: ComponentUse, loc: SourceLocation) => {
    if (use.kind === 'remote') return add('components', use.ref, use.text, loc);
    if (seen.has(use.component)) return;
    seen.add(use.component);
    const c = use.component;
    if (c.type === 'pipeline') return nodes(c.jobs);
    const { environment } = componentParts(c);
    if (environment?.kind === 'remote') add('environments', environment.ref, environment.text, c.loc);
  };
  const nodes = (jobs: Record<string, PipelineNode>) => {
    for (const node of Object.values(jobs)) {
      for (const input of Object.values(node.inputs))
        if (input.kind === 'data' && input.path?.kind === 'asset')
          add('data', input.path.ref, input.path.text, input.loc);
      if ('component' in node) component(node.component as ComponentUse, node.loc);
    }
  };
  for (const input of Object.values(job.inputs))
    if (input.kind === 'data' && input.path?.kind === 'asset') add('data', input.path.ref, input.path.text, input.loc);
  nodes(job.jobs);
  if (job.component) component(job.component, job.loc);
  return found;
}

export async function assertReferencesExist(session: AzureSession, job: PipelineJob): Promise<void> {
  const checked = new Map<string, Promise<boolean>>();
  const problems: Problem[] = [];
  for (const ref of referencesOf(job)) {
    const key = `${ref.collection}/${ref.name}/${ref.version}`;
    let exists = checked.get(key);
    if (!exists) {
      exists = versionExists(session, ref);
      checked.set(key, exists);
    }
    if (!(await exists))
      problems.push({
        message: `'${ref.text}' does not exist in workspace '${session.workspace.workspace}' (no ${ref.collection} '${ref.name}' version '${ref.version}')`,
        location: ref.loc,
      });
  }
  if (problems.length)
    throw new ValidationError(
      problems,
      `${problems.length} reference(s) not found; nothing was registered, uploaded or submitted`,
    );
}

async function versionExists(session: AzureSession, ref: Reference): Promise<boolean> {
  try {
    await session.ml.versions(ref.collection).get(ref.name, ref.version);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}
