import { UserError } from '../core/errors.js';
import type { PipelineJob, PipelineNode } from '../pipeline/model.js';
import { isServerless } from '../pipeline/refs.js';
import type { AzureSession } from '../azure/session.js';
import { isNotFound } from '../azure/rest-errors.js';

/**
 * Compute names a pipeline uses (settings, job and steps, the steps of local pipeline components at any depth,
 * named by their path `jobs.outer/inner.compute`), without bindings or `serverless`.
 */
export function computesUsed(job: PipelineJob): { name: string; where: string }[] {
  const found = new Map<string, string>();
  const add = (value: string | undefined, where: string) => {
    if (!value || value.startsWith('${{') || isServerless(value)) return;
    const name = value
      .replace(/^azureml:/, '')
      .split('/')
      .pop()!;
    if (!found.has(name)) found.set(name, where);
  };
  add(job.settings.defaultCompute, 'settings.default_compute');
  add(job.compute, 'compute');
  const visit = (jobs: Record<string, PipelineNode>, prefix: string): void => {
    for (const [step, node] of Object.entries(jobs)) {
      add(node.compute, `jobs.${prefix}${step}.compute`);
      if (node.type === 'pipeline' && node.component.kind !== 'remote')
        visit(node.component.component.jobs, `${prefix}${step}/`);
    }
  };
  visit(job.jobs, '');
  if (job.component && job.component.kind !== 'remote') visit(job.component.component.jobs, '');
  return [...found].map(([name, where]) => ({ name, where }));
}

/**
 * Checks, as `az ml job create` does, that every compute the pipeline names exists, before anything is
 * uploaded or registered: a typo must not leave half a submission behind.
 */
export async function assertComputesExist(session: AzureSession, job: PipelineJob): Promise<void> {
  const { workspace } = session.workspace;
  const missing: string[] = [];
  for (const { name, where } of computesUsed(job)) {
    try {
      await session.ml.computes.get(name);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      missing.push(`'${name}' (${where})`);
    }
  }
  if (missing.length) {
    throw new UserError(
      `Compute ${missing.join(', ')} not found in workspace '${workspace}'. Create it first (ensure-compute) or fix the name; nothing was submitted.`,
      job.loc,
    );
  }
}
