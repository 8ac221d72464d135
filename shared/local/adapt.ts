import type { CommandNode, PipelineJob } from '../pipeline/model.js';
import { Problems } from '../yaml/fields.js';
import type { FlatPipelineJob } from './nested.js';
import type { LocalParallelNode } from './parallel/step.js';
import type { LocalSweepNode } from './sweep/step.js';

/** A step the local runner knows how to run, in its own terms. */
export type LocalStep = CommandNode | LocalParallelNode | LocalSweepNode;

/** A pipeline job as the local runner takes it: pipeline components flattened, every step a LocalStep. */
export type LocalPipelineJob = Omit<PipelineJob, 'jobs' | 'component'> & { jobs: Record<string, LocalStep> };

/** Step types that need Azure ML itself, with why; refused before anything runs. */
const AZURE_ONLY: Record<string, string> = {
  spark: 'spark steps need a Spark cluster',
  automl: 'automl steps are trained by Azure ML’s AutoML service',
  import: 'import steps read from external databases through Azure ML',
  data_transfer: 'data transfer steps move data between Azure stores',
};

/**
 * The adapter from the YAML model's step union to the runner's: command steps pass as they are; each other type
 * that runs locally maps to its local description here (parallel, sweep as the model gains them); the rest are
 * refused together, each at its line, naming the step and saying it runs with `backend: azure`.
 */
export function localSteps(job: FlatPipelineJob): LocalPipelineJob {
  const problems = new Problems();
  const jobs: Record<string, LocalStep> = {};
  for (const node of Object.values(job.jobs)) {
    if (node.type === 'command') {
      jobs[node.name] = node;
      continue;
    }
    const type: string = node.type;
    const why = AZURE_ONLY[type] ?? `${type} steps do not run on the local backend yet`;
    problems.add(`step '${node.name}': ${why}; it runs with backend: azure`, node.loc);
  }
  problems.throwIfAny(`${job.file}: ${problems.list.length} step(s) cannot run on the local backend; nothing was run`);
  const { component: _component, ...rest } = job;
  return { ...rest, jobs };
}
