/**
 * Which jobs and steps of a workflow run for a given event and inputs, by evaluating the `if` expressions of
 * the converted template with GitHub's expression engine (@actions/expressions) and the status functions
 * modelled as the runner applies them to jobs:
 *   success()   every job in the `needs` chain (transitively) succeeded - so a skipped ancestor skips a job
 *               whose condition has no status function, the trap that `!cancelled()` avoids;
 *   failure()   some job in the chain failed;  always() true;  cancelled() false (no run is cancelled here).
 * Steps: success() is "no earlier step of the job failed", failure() its opposite; a step runs unless its `if`
 * (default `success()`) says no. Jobs listed in `fail` fail when they run; steps listed in `failSteps` fail when
 * they run, failing their job; jobs in `reject` are environment jobs whose deployment a reviewer rejects: they
 * fail before any step runs ("If a job is rejected, the workflow will fail", GitHub's "Reviewing deployments").
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import type { WorkflowTemplate } from '@actions/workflow-parser';

export type JobResult = 'success' | 'failure' | 'skipped';

export interface Scenario {
  event: 'push' | 'workflow_dispatch' | 'pull_request';
  inputs?: Record<string, boolean | string>;
  /** Pull requests: the head repository (`owner/repo`); the workflow's repository is `REPOSITORY`. */
  headRepository?: string;
  /** Jobs that fail when they run. */
  fail?: string[];
  /** Per job, the steps (by name, else id) that fail when they run. */
  failSteps?: Record<string, string[]>;
  /** Jobs with an `environment` whose deployment review is rejected. */
  reject?: string[];
  /** The branch the run is for (a push's or dispatch's branch, a pull request's head branch); default main. */
  branch?: string;
  /**
   * What a step that ran outputs; a step that did not run has no outputs (empty, as on the runner). `step` is its
   * id (generated when the file gives none), `index` its position in the job.
   */
  stepOutputs?: (job: string, step: string, context: StepContext, index: number) => Record<string, string>;
  /** What a job that ran outputs, from its steps' outputs. */
  jobOutputs?: (job: string, context: StepContext) => Record<string, string>;
}

/** The contexts a step's expressions see: `needs` (results and outputs) and the earlier `steps`. */
export interface StepContext {
  needs: Record<string, { result: JobResult; outputs: Record<string, string> }>;
  steps: Record<string, { outcome: 'success' | 'failure'; outputs: Record<string, string> }>;
}

export interface SimulatedRun {
  jobs: Record<string, JobResult>;
  /** Per job that ran, its outputs (from `Scenario.jobOutputs`). */
  outputs: Record<string, Record<string, string>>;
  /** Per job that ran, the names (or ids) of its steps that ran. */
  steps: Record<string, string[]>;
}

export const REPOSITORY = 'azureml-mlops/animals';

const CONTEXTS = [
  'github',
  'inputs',
  'needs',
  'vars',
  'secrets',
  'env',
  'steps',
  'runner',
  'job',
  'matrix',
  'strategy',
];
const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];

function evaluateData(
  expression: string,
  context: Record<string, unknown>,
  status: Record<string, boolean>,
): data.ExpressionData {
  const tokens = new Lexer(expression).lex().tokens;
  const functions = new Map<string, FunctionDefinition>(
    STATUS_FUNCTIONS.map((name) => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(status[name]) },
    ]),
  );
  const tree = new Parser(tokens, CONTEXTS, [...functions.values()]).parse();
  const dictionary = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  return new Evaluator(tree, dictionary, functions).evaluate();
}

function evaluate(expression: string, context: Record<string, unknown>, status: Record<string, boolean>): boolean {
  return truthy(evaluateData(expression, context, status));
}

function baseContext(scenario: Scenario): Record<string, unknown> {
  return {
    github: githubContext(scenario),
    inputs: scenario.event === 'workflow_dispatch' ? (scenario.inputs ?? {}) : {},
    vars: {},
    secrets: {},
    env: {},
  };
}

/**
 * A `with:` value as a step would receive it: every `${{ expr }}` evaluated (with `extra` contexts such as
 * `needs`, `steps`, `env`) and coerced to a string, the text around them kept.
 */
export function inputValue(text: string, scenario: Scenario, extra: Record<string, unknown> = {}): string {
  const status = { success: true, failure: false, always: true, cancelled: false };
  const context = { ...baseContext(scenario), ...extra };
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => evaluateData(expr, context, status).coerceString());
}

export const DEFAULT_BRANCH = 'main';
export const PR_NUMBER = 7;

function githubContext(scenario: Scenario): Record<string, unknown> {
  const branch = scenario.branch ?? DEFAULT_BRANCH;
  const repository = { full_name: REPOSITORY, default_branch: DEFAULT_BRANCH };
  if (scenario.event === 'pull_request') {
    const head = { ref: branch, repo: { full_name: scenario.headRepository ?? REPOSITORY } };
    return {
      event_name: scenario.event,
      repository: REPOSITORY,
      ref: `refs/pull/${PR_NUMBER}/merge`,
      head_ref: branch,
      event: { number: PR_NUMBER, pull_request: { number: PR_NUMBER, head }, repository },
    };
  }
  return { event_name: scenario.event, repository: REPOSITORY, ref: `refs/heads/${branch}`, event: { repository } };
}

function ancestorsOf(job: string, needs: Map<string, string[]>): string[] {
  const seen = new Set<string>();
  const visit = (id: string): void => {
    for (const parent of needs.get(id) ?? []) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      visit(parent);
    }
  };
  visit(job);
  return [...seen];
}

export function simulate(template: WorkflowTemplate, scenario: Scenario): SimulatedRun {
  const needs = new Map(template.jobs.map((j) => [j.id.value, (j.needs ?? []).map((n) => n.value)]));
  const base = baseContext(scenario);
  const run: SimulatedRun = { jobs: {}, steps: {}, outputs: {} };
  // Template jobs are listed in file order; `needs` may point forward, so settle them in dependency order.
  const pending = [...template.jobs];
  while (pending.length) {
    const index = pending.findIndex((j) => (needs.get(j.id.value) ?? []).every((n) => n in run.jobs));
    if (index < 0) throw new Error(`needs cycle among ${pending.map((j) => j.id.value).join(', ')}`);
    const [job] = pending.splice(index, 1);
    const id = job.id.value;
    const chain = ancestorsOf(id, needs).map((a) => run.jobs[a]);
    const status = {
      success: chain.every((r) => r === 'success'),
      failure: chain.some((r) => r === 'failure'),
      always: true,
      cancelled: false,
    };
    const needsContext = Object.fromEntries(
      (needs.get(id) ?? []).map((n) => [n, { result: run.jobs[n], outputs: run.outputs[n] ?? {} }]),
    );
    const runs = evaluate(job.if.expression, { ...base, needs: needsContext }, status);
    if (!runs) {
      run.jobs[id] = 'skipped';
      continue;
    }
    if (scenario.reject?.includes(id)) {
      if (job.type !== 'job' || !job.environment) throw new Error(`job ${id} has no environment to reject`);
      run.jobs[id] = 'failure';
      run.steps[id] = [];
      continue;
    }
    let stepFailed = false;
    if (job.type === 'job') {
      const context: StepContext = { needs: needsContext, steps: {} };
      run.steps[id] = [];
      for (const [index, s] of job.steps.entries()) {
        const stepStatus = { success: !stepFailed, failure: stepFailed, always: true, cancelled: false };
        if (!evaluate(s.if?.expression ?? 'success()', { ...base, ...context }, stepStatus)) continue;
        const name = s.name ? String(s.name) : 'uses' in s ? s.uses.value : s.id;
        run.steps[id].push(name);
        const fails = scenario.failSteps?.[id]?.includes(name) ?? false;
        stepFailed ||= fails;
        context.steps[s.id] = {
          outcome: fails ? 'failure' : 'success',
          outputs: fails ? {} : (scenario.stepOutputs?.(id, s.id, context, index) ?? {}),
        };
      }
      run.outputs[id] = scenario.jobOutputs?.(id, context) ?? {};
    }
    run.jobs[id] = stepFailed || scenario.fail?.includes(id) ? 'failure' : 'success';
  }
  return run;
}
