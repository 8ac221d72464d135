/** The example workflows as plain YAML data, and the action.yml files of the suite's actions they use. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { actionsDir, workflowPath } from './paths.js';

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

export interface WorkflowJob {
  if?: string;
  needs?: string | string[];
  environment?: string | { name: string };
  permissions?: Record<string, string> | string;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: WorkflowStep[];
}

export interface Workflow {
  name: string;
  on: Record<string, unknown>;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  jobs: Record<string, WorkflowJob>;
}

/** A YAML file as plain data of the shape the caller expects. */
export function readYamlAs<T>(file: string): T {
  return parse(readFileSync(file, 'utf8')) as T;
}

export function readWorkflow(name: string): Workflow {
  return readYamlAs<Workflow>(workflowPath(name));
}

/** `azureml-mlops/actions/actions/<name>@v1`: the suite's own actions, as the examples reference them. */
export const SUITE_ACTION = /^azureml-mlops\/actions\/actions\/([a-z0-9-]+)@v1$/;

export interface ActionUse {
  workflow: string;
  job: string;
  step: WorkflowStep;
  action: string;
}

export function suiteActionUses(workflow: string): ActionUse[] {
  return Object.entries(readWorkflow(workflow).jobs).flatMap(([job, { steps }]) =>
    steps.flatMap((step) => {
      const match = SUITE_ACTION.exec(step.uses ?? '');
      return match ? [{ workflow, job, step, action: match[1] }] : [];
    }),
  );
}

export interface ActionSpec {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
}

/** The action.yml of actions/<name>, or undefined while that action is not in the tree yet. */
export function readActionSpec(name: string): ActionSpec | undefined {
  const file = path.join(actionsDir, name, 'action.yml');
  return existsSync(file) ? readActionSpecFile(file) : undefined;
}

/** The inputs of actions/<name> that have a default, as the runner passes them (INPUT_*) when a step omits them. */
export function actionInputDefaults(name: string): Record<string, string> {
  const spec = readActionSpec(name);
  if (!spec) throw new Error(`actions/${name}/action.yml is missing`);
  return Object.fromEntries(
    Object.entries(spec.inputs)
      .filter(([, v]) => v.default !== undefined)
      .map(([k, v]) => [k, String(v.default)]),
  );
}

/** An action.yml's inputs and outputs (empty maps when it declares none). */
export function readActionSpecFile(file: string): ActionSpec {
  const spec = readYamlAs<Partial<ActionSpec>>(file);
  return { inputs: spec.inputs ?? {}, outputs: spec.outputs ?? {} };
}
