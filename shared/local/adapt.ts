import type { SourceLocation } from '../core/logger.js';
import type { CommandNode, PipelineJob } from '../pipeline/model.js';
import type { ParallelNode, ParallelSettings } from '../pipeline/steps/parallel.js';
import type { SweepNode } from '../pipeline/steps/sweep.js';
import type { JsonValue } from '../pipeline/python-format.js';
import { Problems } from '../yaml/fields.js';
import type { FlatPipelineJob } from './nested.js';
import type { LocalParallelNode } from './parallel/step.js';
import { earlyTerminationFrom } from './sweep/early-termination.js';
import type { Distribution, SamplingAlgorithm } from './sweep/search-space.js';
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
 * The adapter from the YAML model's step union to the runner's: command steps pass as they are, parallel and
 * sweep steps map to their local descriptions; the rest, and what a parallel or sweep step asks that one runner
 * cannot give, are refused together, each at its line, naming the step and saying it runs with `backend: azure`.
 */
export function localSteps(job: FlatPipelineJob): LocalPipelineJob {
  const problems = new Problems();
  const jobs: Record<string, LocalStep> = {};
  for (const node of Object.values(job.jobs)) {
    const refuse: Refuse = (why, loc = node.loc) => {
      problems.add(`step '${node.name}': ${why}; it runs with backend: azure`, loc);
      return undefined;
    };
    const local =
      node.type === 'command'
        ? node
        : node.type === 'parallel'
          ? localParallel(node, refuse)
          : node.type === 'sweep'
            ? localSweep(node, refuse)
            : refuse(AZURE_ONLY[node.type] ?? `${node.type} steps do not run on the local backend`);
    if (local) jobs[node.name] = local;
  }
  problems.throwIfAny(`${job.file}: ${problems.list.length} step(s) cannot run on the local backend; nothing was run`);
  const { component: _component, ...rest } = job;
  return { ...rest, jobs };
}

type Refuse = (why: string, loc?: SourceLocation) => undefined;

/** A parallel step of a local or inline parallel component: the step's settings over the component's. */
function localParallel(node: ParallelNode, refuse: Refuse): LocalParallelNode | undefined {
  if (node.component.kind === 'remote')
    return refuse(
      `the parallel component ${node.component.text} lives in Azure ML; the local backend runs parallel components from local YAML files`,
    );
  const component = node.component.component;
  const settings = runtimeSettings(node.parallel, component.settings);
  const task = settings.task;
  const code = task?.code;
  if (!task || !code) return refuse('its task has no local code folder', task?.loc);
  if ('remote' in code) return refuse(`its task.code ${code.remote} is a code asset in Azure ML`, task.loc);
  if (task.type === 'model') return refuse('task type model is served by Azure ML', task.loc);
  if (!task.entryScript) return refuse('its task has no entry_script', task.loc);
  if (!settings.inputData) return refuse('it has no input_data', settings.loc);
  if (settings.partitionKeys?.length)
    return refuse('partition_keys splits mltable data by column values, which the local runner does not', settings.loc);
  const numbers = numericSettings(settings, refuse);
  if (!numbers) return undefined;
  const local: LocalParallelNode = {
    type: 'parallel',
    name: node.name,
    loc: node.loc,
    inputs: node.inputs,
    outputs: node.outputs,
    component: {
      ...(component.name ? { name: component.name } : {}),
      inputs: component.inputs,
      outputs: component.outputs,
      isDeterministic: component.isDeterministic,
    },
    task: {
      code: code.local,
      entryScript: task.entryScript,
      ...(task.programArguments ? { programArguments: task.programArguments } : {}),
      ...(task.appendRowTo ? { appendRowTo: task.appendRowTo } : {}),
    },
    inputData: settings.inputData,
    // As text: a folder counts files, an mltable counts bytes ("10kb" arrives here as 10240).
    ...(settings.miniBatchSize !== undefined ? { miniBatchSize: String(settings.miniBatchSize) } : {}),
    ...numbers,
    ...(settings.environmentVariables ? { environmentVariables: settings.environmentVariables } : {}),
    ...(settings.resources ? { resources: settings.resources } : {}),
  };
  return local;
}

/**
 * What the parallel runtime ends up with: each setting the step gives, else its component's. (The node Azure
 * receives inherits only some of them, `effectiveStepSettings`; the service takes the rest from the component spec,
 * so at run time every one falls back to the component.)
 */
function runtimeSettings(step: ParallelSettings, component: ParallelSettings): ParallelSettings {
  const merged: Record<string, unknown> = { ...component };
  for (const [key, value] of Object.entries(step)) if (value !== undefined) merged[key] = value;
  return merged as unknown as ParallelSettings;
}

/** The numeric settings of a parallel step; a `${{parent.inputs.x}}` among them is Azure ML's to resolve. */
function numericSettings(
  settings: ParallelSettings,
  refuse: Refuse,
):
  | Pick<
      LocalParallelNode,
      'maxConcurrencyPerInstance' | 'errorThreshold' | 'miniBatchErrorThreshold' | 'retrySettings'
    >
  | undefined {
  const fields = {
    max_concurrency_per_instance: settings.maxConcurrencyPerInstance,
    error_threshold: settings.errorThreshold,
    mini_batch_error_threshold: settings.miniBatchErrorThreshold,
    mini_batch_size: settings.miniBatchSize,
    'retry_settings.max_retries': settings.retrySettings?.max_retries,
    'retry_settings.timeout': settings.retrySettings?.timeout,
  };
  const bound = Object.entries(fields).filter(([, v]) => typeof v === 'string' && v.includes('${{'));
  if (bound.length)
    return refuse(
      `${bound.map(([k]) => k).join(', ')} bound to ${bound.map(([, v]) => String(v)).join(', ')}: the local runner takes numbers there`,
      settings.loc,
    );
  const num = (v: JsonValue | undefined): number | undefined => (v === undefined || v === null ? undefined : Number(v));
  const retries = num(settings.retrySettings?.max_retries);
  const timeout = num(settings.retrySettings?.timeout);
  const out: ReturnType<typeof numericSettings> = {};
  const concurrency = num(settings.maxConcurrencyPerInstance);
  if (concurrency !== undefined) out.maxConcurrencyPerInstance = concurrency;
  const errors = num(settings.errorThreshold);
  if (errors !== undefined) out.errorThreshold = errors;
  const batchErrors = num(settings.miniBatchErrorThreshold);
  if (batchErrors !== undefined) out.miniBatchErrorThreshold = batchErrors;
  if (retries !== undefined || timeout !== undefined)
    out.retrySettings = {
      ...(retries !== undefined ? { maxRetries: retries } : {}),
      ...(timeout !== undefined ? { timeout } : {}),
    };
  return out;
}

/** A sweep step over a local or inline trial component: its search space, sampling, objective, limits, policy. */
function localSweep(node: SweepNode, refuse: Refuse): LocalSweepNode | undefined {
  if (node.trial.kind === 'remote')
    return refuse(
      `its trial ${node.trial.text} is a component in Azure ML; the local backend runs trials from local YAML files`,
    );
  const { sweep } = node;
  if (!sweep.objective) return refuse('it has no objective', sweep.loc);
  const trial = node.trial.component;
  const instances = Number(sweep.resources?.instance_count ?? trial.resources?.instance_count ?? 1);
  if (instances > 1)
    return refuse(`resources.instance_count ${instances} asks each trial for ${instances} nodes`, sweep.loc);
  if (trial.distribution)
    return refuse(
      `its trial's distribution (type ${String(trial.distribution.type)}) starts processes across nodes`,
      sweep.loc,
    );
  const searchSpace = localSearchSpace(node, refuse);
  const sampling = localSampling(node, refuse);
  const limits = localLimits(node, refuse);
  if (!searchSpace || !sampling || !limits) return undefined;
  const boundPolicy = Object.entries(sweep.earlyTermination ?? {}).filter(
    ([, v]) => typeof v === 'string' && v.includes('${{'),
  );
  if (boundPolicy.length)
    return refuse(
      `early_termination ${boundPolicy.map(([k]) => `${k}: ${String(sweep.earlyTermination?.[k])}`).join(', ')} is a binding, which Azure ML resolves`,
      sweep.loc,
    );
  const policy = earlyTerminationFrom(sweep.earlyTermination);
  return {
    type: 'sweep',
    name: node.name,
    loc: node.loc,
    inputs: node.inputs,
    outputs: node.outputs,
    trial,
    sweep: {
      searchSpace,
      sampling,
      objective: {
        goal: sweep.objective.goal === 'minimize' ? 'minimize' : 'maximize',
        primaryMetric: sweep.objective.primary_metric,
      },
      limits,
      ...(policy ? { earlyTermination: policy } : {}),
    },
  };
}

function localSearchSpace(node: SweepNode, refuse: Refuse): Record<string, Distribution> | undefined {
  const space: Record<string, Distribution> = {};
  let ok = true;
  for (const [name, distribution] of Object.entries(node.sweep.searchSpace)) {
    const loc = node.sweep.searchSpaceLocs[name];
    const values = Object.values(distribution).flatMap((v) => (Array.isArray(v) ? v : [v]));
    if (values.some((v) => typeof v === 'string' && v.includes('${{'))) {
      ok = !!refuse(`search_space.${name} takes a binding, which Azure ML resolves`, loc);
    } else if (values.some((v) => v !== null && typeof v === 'object')) {
      ok = !!refuse(
        `search_space.${name} is hierarchical (mappings among its values); the local sampler draws flat spaces`,
        loc,
      );
    } else space[name] = distribution as unknown as Distribution;
  }
  return ok ? space : undefined;
}

function localSampling(node: SweepNode, refuse: Refuse): SamplingAlgorithm | undefined {
  const written = node.sweep.samplingAlgorithm ?? 'random';
  const spec = typeof written === 'string' ? { type: written } : written;
  if (spec.rule === 'sobol') return refuse('sampling rule sobol is Azure ML’s', node.sweep.loc);
  if (spec.type === 'grid' || spec.type === 'bayesian') return { type: spec.type };
  if (spec.seed !== undefined && typeof spec.seed !== 'number')
    return refuse(`sampling_algorithm.seed is bound to ${String(spec.seed)}, which Azure ML resolves`, node.sweep.loc);
  return spec.seed !== undefined ? { type: 'random', seed: spec.seed } : { type: 'random' };
}

/** The sweep's limits, all four applied locally (see `LocalSweep`). */
function localLimits(node: SweepNode, refuse: Refuse): LocalSweepNode['sweep']['limits'] | undefined {
  const limits = node.sweep.limits ?? {};
  const bound = Object.entries(limits).filter(([, v]) => typeof v === 'string');
  if (bound.length)
    return refuse(`limits ${bound.map(([k]) => k).join(', ')} take bindings, which Azure ML resolves`, node.sweep.loc);
  return {
    ...(limits.timeout !== undefined ? { timeoutSeconds: Number(limits.timeout) } : {}),
    ...(limits.trial_timeout !== undefined ? { trialTimeoutSeconds: Number(limits.trial_timeout) } : {}),
    ...(limits.max_total_trials !== undefined ? { maxTotalTrials: Number(limits.max_total_trials) } : {}),
    ...(limits.max_concurrent_trials !== undefined
      ? { maxConcurrentTrials: Number(limits.max_concurrent_trials) }
      : {}),
  };
}
