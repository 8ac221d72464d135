import { createHash } from 'node:crypto';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { CommandComponent } from '../pipeline/component.js';
import type { CommandNode } from '../pipeline/model.js';
import type { InputPort, OutputPort } from '../pipeline/ports.js';
import { Problems } from '../yaml/fields.js';
import type { LocalPipelineJob, LocalStep } from './adapt.js';
import { registerLocalComponent, resolveLocalAsset, storeCodeSnapshot, type ComponentRecord } from './assets.js';
import { builtinFor, type BuiltinComponent } from './builtins.js';
import { checkParallelNode, parallelComponentHash, type LocalParallelNode } from './parallel/step.js';
import { planSweep } from './sweep/run-sweep.js';
import type { TrialParams } from './sweep/search-space.js';
import { sweepIsDeterministic, sweepSettingsHash, type LocalSweepNode } from './sweep/step.js';
import type { LocalWorkspace } from './workspace.js';

/** How a step runs: its component's command in a shell, or a built-in implemented here. */
export type StepImplementation =
  | { kind: 'command'; component: CommandComponent; record: ComponentRecord }
  | { kind: 'builtin'; builtin: BuiltinComponent }
  | { kind: 'parallel'; node: LocalParallelNode; codeHash: string }
  | { kind: 'sweep'; node: LocalSweepNode; trial: CommandComponent; trials: TrialParams[] };

/** A pipeline step ready to run: its ports, what it runs, and what the cache key starts from. */
export interface PlannedStep {
  name: string;
  node: LocalStep;
  inputs: Record<string, InputPort>;
  outputs: Record<string, OutputPort>;
  isDeterministic: boolean;
  /** Component spec + code snapshot + environment, hashed (or the built-in's identity). */
  componentHash: string;
  /** `name:version` for logs. */
  label: string;
  implementation: StepImplementation;
  /** Steps whose outputs or inputs this one reads. */
  upstream: Set<string>;
  /**
   * The outputs every command job has without declaring them (`artifacts`, `default`): what the command wrote
   * under `./outputs` and `./logs` of its working folder, as Azure ML keeps in the run's artifact store.
   */
  runArtifactOutputs: string[];
}

/** Outputs Azure ML gives every command job; a component declaring one of these names keeps its own. */
export const RUN_ARTIFACT_OUTPUTS = ['artifacts', 'default'] as const;
/** The folders of a command's working directory that Azure ML uploads as the run's artifacts. */
export const RUN_ARTIFACT_FOLDERS = ['outputs', 'logs'] as const;

/**
 * Resolves every step's component before anything runs: local and inline components are stored in the local
 * workspace (anonymous versions, code snapshot by hash), `azureml:name:version` comes from components registered
 * locally, registry components from the built-ins. Every step that cannot run is reported at once, with its line.
 */
export async function planPipeline(
  ws: LocalWorkspace,
  job: LocalPipelineJob,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PlannedStep[]> {
  const problems = new Problems();
  const registered = new Map<CommandComponent, Promise<ComponentRecord>>();
  const register = (component: CommandComponent): Promise<ComponentRecord> => {
    if (!registered.has(component)) {
      registered.set(
        component,
        registerLocalComponent(ws, component, { anonymous: true, log }).then((r) => r.record),
      );
    }
    return registered.get(component) as Promise<ComponentRecord>;
  };
  const steps: PlannedStep[] = [];
  for (const node of Object.values(job.jobs)) {
    try {
      steps.push(await planStep(ws, node, register, env));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const named = error.message.startsWith(`step '${node.name}'`)
        ? error.message
        : `step '${node.name}': ${error.message}`;
      problems.add(named, error.location ?? node.loc);
    }
  }
  problems.throwIfAny(`${job.file}: ${problems.list.length} step(s) cannot run on the local backend; nothing was run`);
  noteEnvironments(steps, log);
  return steps;
}

async function planStep(
  ws: LocalWorkspace,
  node: LocalStep,
  register: (c: CommandComponent) => Promise<ComponentRecord>,
  env: NodeJS.ProcessEnv,
): Promise<PlannedStep> {
  if (node.type === 'parallel') return planParallel(ws, node);
  if (node.type === 'sweep') return planSweepStep(node, register, env);
  const use = node.component;
  let implementation: StepImplementation;
  if (use.kind === 'remote' && use.ref.kind === 'id') {
    implementation = { kind: 'builtin', builtin: builtinFor(use.ref.id) };
  } else if (use.kind === 'remote') {
    const { record } = await resolveLocalAsset<ComponentRecord>(ws, 'components', use.ref, use.text);
    implementation = { kind: 'command', component: record.component, record };
  } else {
    const record = await register(use.component);
    implementation = { kind: 'command', component: record.component, record };
  }
  const refused = azureOnlyFeatures(node, implementation);
  if (refused.length) {
    throw new UserError(
      `${refused.join('; ')}: this has no meaning on a single runner, so the step runs with backend: azure only`,
    );
  }
  const planned = { name: node.name, node, upstream: upstreamOf(node), ...describe(implementation) };
  return implementation.kind === 'command' ? withRunArtifactOutputs(planned) : planned;
}

async function planParallel(ws: LocalWorkspace, node: LocalParallelNode): Promise<PlannedStep> {
  checkParallelNode(node);
  const code = await storeCodeSnapshot(ws, node.task.code);
  const { component } = node;
  return {
    name: node.name,
    node,
    upstream: upstreamOf(node),
    inputs: component.inputs,
    outputs: component.outputs,
    isDeterministic: component.isDeterministic ?? true,
    componentHash: parallelComponentHash(node, code.contentHash),
    label: `${component.name ?? 'parallel'} (parallel, ${code.contentHash.slice(0, 12)})`,
    implementation: { kind: 'parallel', node, codeHash: code.contentHash },
    runArtifactOutputs: [],
  };
}

/** The trial registered like any component; mlflow checked and the trials drawn now, before anything runs. */
async function planSweepStep(
  node: LocalSweepNode,
  register: (c: CommandComponent) => Promise<ComponentRecord>,
  env: NodeJS.ProcessEnv,
): Promise<PlannedStep> {
  const trials = await planSweep({ ...node.sweep, stepName: node.name }, { ...env, ...node.environmentVariables });
  const record = await register(node.trial);
  // The search space gives these per trial; the step binds the rest.
  const bound = Object.entries(record.component.inputs).filter(([name]) => !(name in node.sweep.searchSpace));
  return {
    name: node.name,
    node,
    upstream: upstreamOf(node),
    inputs: Object.fromEntries(bound),
    outputs: record.component.outputs,
    isDeterministic: sweepIsDeterministic(node),
    componentHash: sweepSettingsHash(node, record.contentHash, trials),
    label: `${record.component.name ?? 'trial'} (sweep of ${trials.length})`,
    implementation: { kind: 'sweep', node, trial: record.component, trials },
    runArtifactOutputs: [],
  };
}

/** What a command step asks of Azure ML that one runner cannot give (several nodes, interactive services). */
function azureOnlyFeatures(node: CommandNode, implementation: StepImplementation): string[] {
  const found: string[] = [];
  const distribution =
    node.distribution ?? (implementation.kind === 'command' ? implementation.component.distribution : undefined);
  if (distribution) found.push(`distribution (type ${String(distribution.type)}) starts processes across nodes`);
  const resources =
    node.resources ?? (implementation.kind === 'command' ? implementation.component.resources : undefined);
  const instances = Number(resources?.instance_count ?? 1);
  if (instances > 1) found.push(`resources.instance_count ${instances} asks for ${instances} nodes`);
  const services = Object.keys(node.services ?? {});
  if (services.length) found.push(`services (${services.join(', ')}) are interactive sessions on the compute`);
  return found;
}

function withRunArtifactOutputs(step: PlannedStep): PlannedStep {
  const added = RUN_ARTIFACT_OUTPUTS.filter((name) => !(name in step.outputs));
  const outputs = { ...step.outputs };
  for (const name of added) outputs[name] = { name, type: 'uri_folder', loc: step.node.loc };
  return { ...step, outputs, runArtifactOutputs: added };
}

function describe(
  impl: Extract<StepImplementation, { kind: 'command' | 'builtin' }>,
): Omit<PlannedStep, 'name' | 'node' | 'upstream'> {
  if (impl.kind === 'builtin') {
    const { builtin } = impl;
    return {
      inputs: builtin.inputs,
      outputs: builtin.outputs,
      isDeterministic: builtin.isDeterministic,
      componentHash: createHash('sha256')
        .update(`builtin:${builtin.label}:${builtin.implementationVersion}`)
        .digest('hex'),
      label: builtin.label,
      implementation: impl,
      runArtifactOutputs: [],
    };
  }
  const { component, record } = impl;
  return {
    inputs: component.inputs,
    outputs: component.outputs,
    isDeterministic: component.isDeterministic,
    componentHash: record.contentHash,
    label: record.anonymous
      ? `${component.name ?? 'anonymous'} (${record.version.slice(0, 12)})`
      : `${record.name}:${record.version}`,
    implementation: impl,
    runArtifactOutputs: [],
  };
}

function upstreamOf(node: LocalStep): Set<string> {
  const upstream = new Set<string>();
  for (const input of Object.values(node.inputs)) {
    if (input.kind === 'binding' && input.binding.scope === 'parent.jobs') upstream.add(input.binding.job);
  }
  return upstream;
}

/** Environments are not built locally; say so once instead of pretending. */
function noteEnvironments(steps: PlannedStep[], log: Logger): void {
  const named = new Set<string>();
  for (const step of steps) {
    if (step.implementation.kind !== 'command') continue;
    const env = step.implementation.component.environment;
    named.add(env.kind === 'remote' ? env.text : (env.spec.name ?? env.spec.image ?? 'an inline environment'));
  }
  if (named.size) {
    log.info(
      `Environments are not built on the local backend: commands run with the runner's own tools (${[...named].join(', ')} ` +
        `are part of each step's cache key all the same).`,
    );
  }
}
