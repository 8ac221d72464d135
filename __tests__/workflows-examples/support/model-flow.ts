/**
 * The model side of a simulated workflow run: the name each submit-pipeline step that ran registers the model
 * under (the example pipeline loaded and scoped by the suite's own rule for the run's event and branch), and
 * the version each download-model step that ran chooses (its `with:` evaluated, then read by the action's own
 * selector parser). Step and job outputs flow between jobs as on the runner, so a download that follows
 * `needs.<job>.outputs` sees what the training job really output.
 */
import path from 'node:path';
import type { WorkflowTemplate } from '@actions/workflow-parser';
import { branchScopeFor, parseBranchScopeInput } from '../../../shared/github/branch-scope.js';
import {
  describeSelector,
  parseTagFilters,
  parseVersionSelector,
  withTagFilters,
} from '../../../shared/models/resolve.js';
import type { PipelineJob } from '../../../shared/pipeline/model.js';
import { parseSetOverrides } from '../../../shared/pipeline/overrides.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { parseLines } from '../../../shared/core/inputs.js';
import { scopePipelineJob } from '../../../shared/submission/scope-pipeline.js';
import {
  DEFAULT_BRANCH,
  PR_NUMBER,
  inputValue,
  simulate,
  type Scenario,
  type SimulatedRun,
  type StepContext,
} from './job-graph.js';
import { examplesRoot } from './paths.js';
import { SUITE_ACTION, readWorkflow, type WorkflowStep } from './workflow-yaml.js';

export interface ModelFlow {
  /** Model names registered by the pipeline runs that ran (`<job>: <name>`). */
  registered: string[];
  /** What each download that ran takes: `<name>: <rule that chooses the version>`. */
  downloads: string[];
  /** What each k8s-deploy step that ran did: `<job>: <images> -> <namespace>`, or `<job>: rollback <namespace>`. */
  deploys: string[];
}

/** The digest docker/build-push-action outputs for the image it pushed, standing for the real one. */
export const BUILT_DIGEST = `sha256:${'b'.repeat(64)}`;

/** A training job's name as submit-pipeline outputs it, standing for the real one. */
export const trainingJobOf = (job: string) => `<training job of ${job}>`;

export async function simulateModelFlow(
  template: WorkflowTemplate,
  workflowName: string,
  scenario: Scenario,
): Promise<{ run: SimulatedRun; flow: ModelFlow }> {
  const workflow = readWorkflow(workflowName);
  const env = evaluatedEnv(workflow.env, scenario);
  const pipelines = await loadPipelines(workflow.jobs, scenario, env);
  const flow: ModelFlow = { registered: [], downloads: [], deploys: [] };
  const withOf = (step: WorkflowStep, name: string, context: StepContext) =>
    inputValue(String(step.with?.[name] ?? ''), scenario, { ...context, env });

  const run = simulate(template, {
    ...scenario,
    stepOutputs: (job, _id, context, index): Record<string, string> => {
      const step = workflow.jobs[job].steps[index];
      if (step?.uses?.startsWith('docker/build-push-action@')) return { digest: BUILT_DIGEST };
      const action = SUITE_ACTION.exec(step?.uses ?? '')?.[1];
      if (!step || !action) return {};
      if (action === 'k8s-deploy') {
        // Job-level env (the namespace) over the workflow's, as on the runner.
        const jobEnv = { ...env, ...evaluatedEnv(workflow.jobs[job].env, scenario) };
        const value = (name: string) =>
          inputValue(String(step.with?.[name] ?? ''), scenario, { ...context, env: jobEnv });
        const rollback = value('rollback') === 'true';
        flow.deploys.push(`${job}: ${rollback ? 'rollback' : value('images')} -> ${value('namespace')}`);
        return {};
      }
      if (action === 'deploy-endpoint') {
        flow.deploys.push(
          `${job}: ${withOf(step, 'model-name', context)} -> ${withOf(step, 'endpoint-file', context)}`,
        );
        return {};
      }
      if (action === 'submit-pipeline') {
        const pipeline = pipelines.get(withOf(step, 'file', context)) as PipelineJob;
        const mode = parseBranchScopeInput(withOf(step, 'branch-scope', context));
        const names = scopePipelineJob(pipeline, branchScopeFor(mode, workflowRun(scenario))).modelNames;
        // A dry run registers nothing (it still says which names a real run would use).
        if (withOf(step, 'dry-run', context) !== 'true') flow.registered.push(...names.map((n) => `${job}: ${n}`));
        return {
          'job-name': trainingJobOf(job),
          'model-names': names.join('\n'),
          'studio-url': 'https://ml.azure.com/runs/x',
        };
      }
      if (action === 'download-model') {
        const name = withOf(step, 'name', context);
        const trainedBy = withOf(step, 'job-name', context);
        const selector = withTagFilters(
          parseVersionSelector(withOf(step, 'version', context)),
          parseTagFilters(withOf(step, 'tag-filter', context)),
        );
        flow.downloads.push(
          `${name}: ${trainedBy ? `the model registered by job ${trainedBy}` : describeSelector(selector)}`,
        );
        return { 'model-name': name, version: '<chosen version>', 'job-name': trainedBy || '<its training job>' };
      }
      return {};
    },
    jobOutputs: (job, context) =>
      Object.fromEntries(
        Object.entries(workflow.jobs[job].outputs ?? {}).map(([k, text]) => [
          k,
          inputValue(String(text), scenario, { ...context, env }),
        ]),
      ),
  });
  return { run, flow };
}

function evaluatedEnv(env: Record<string, unknown> | undefined, scenario: Scenario): Record<string, string> {
  return Object.fromEntries(Object.entries(env ?? {}).map(([k, v]) => [k, inputValue(String(v), scenario)]));
}

/** The run as the actions see it (`GITHUB_*` and the event payload), for the branch-scope rule. */
function workflowRun(scenario: Scenario) {
  return {
    eventName: scenario.event,
    branch: scenario.branch ?? DEFAULT_BRANCH,
    defaultBranch: DEFAULT_BRANCH,
    prNumber: scenario.event === 'pull_request' ? PR_NUMBER : undefined,
  };
}

/** Every pipeline file a submit-pipeline step names, loaded as the action loads it (with its `set:`/`inputs:`). */
async function loadPipelines(
  jobs: ReturnType<typeof readWorkflow>['jobs'],
  scenario: Scenario,
  env: Record<string, string>,
): Promise<Map<string, PipelineJob>> {
  const loaded = new Map<string, PipelineJob>();
  for (const { steps } of Object.values(jobs)) {
    for (const step of steps) {
      if (SUITE_ACTION.exec(step.uses ?? '')?.[1] !== 'submit-pipeline') continue;
      const file = inputValue(String(step.with?.file ?? ''), scenario, { env });
      if (!file || loaded.has(file)) continue;
      const set = parseSetOverrides(parseLines(inputValue(String(step.with?.set ?? ''), scenario, { env })));
      loaded.set(file, await loadPipelineJob(path.join(examplesRoot, file), { set }));
    }
  }
  return loaded;
}
