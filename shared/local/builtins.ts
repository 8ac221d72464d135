import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import type { InputPort, OutputPort } from '../pipeline/ports.js';
import { registerLocalModel } from './models.js';
import { readJson, type LocalWorkspace } from './workspace.js';

/** What a built-in step gets: its resolved inputs, fresh output folders, and where it runs. */
export interface BuiltinContext {
  ws: LocalWorkspace;
  jobName: string;
  stepName: string;
  /** Literal inputs as text, data inputs as paths; absent when not given. */
  inputs: Record<string, string | undefined>;
  /** Output port -> an empty folder to fill. */
  outputs: Record<string, string>;
  log(line: string): void;
}

/** A registry component that the local backend implements itself instead of fetching and running. */
export interface BuiltinComponent {
  /** For logs: `register_model@<version>` (built-in). */
  label: string;
  inputs: Record<string, InputPort>;
  outputs: Record<string, OutputPort>;
  isDeterministic: boolean;
  /** Changes whenever the implementation does, so cached results of an older one are not reused. */
  implementationVersion: string;
  run(ctx: BuiltinContext): Promise<void>;
}

const REGISTRY_COMPONENT =
  /^azureml:\/\/registries\/([^/]+)\/components\/([^/]+)\/(versions\/([^/]+)|labels\/([^/]+))$/;

/** The registration details file name the registry's register_model writes (its ComponentVariables). */
export const REGISTRATION_DETAILS_FILE = 'model_registration_details.json';

const here = { file: 'built-in:register_model' };
const text = (name: string, optional = true): InputPort => ({ name, type: 'string', optional, loc: here });

/**
 * The stand-in for `azureml://registries/azureml/components/register_model/...`: registers the folder it gets
 * as `model_path` into the local workspace under `model_name` (the next version, or `model_version` when that
 * is free), and writes the registration details where the real component does: `registration_details_folder/
 * model_registration_details.json` (0.0.9 and later) or the `registration_details` file (earlier versions).
 * Deterministic like the original, so a cached run registers nothing new, exactly as a reused step on Azure.
 */
export function registerModelBuiltin(version: string): BuiltinComponent {
  return {
    label: `register_model@${version} (built-in)`,
    implementationVersion: 'local-register-model/1',
    isDeterministic: true,
    inputs: {
      model_name: text('model_name'),
      model_version: text('model_version'),
      model_type: { ...text('model_type'), default: 'mlflow_model', enum: ['custom_model', 'mlflow_model'] },
      model_description: text('model_description'),
      registry_name: text('registry_name'),
      model_path: { name: 'model_path', type: 'uri_folder', optional: false, loc: here },
      model_download_metadata: { name: 'model_download_metadata', type: 'uri_file', optional: true, loc: here },
      model_metadata: { name: 'model_metadata', type: 'uri_file', optional: true, loc: here },
    },
    outputs: {
      registration_details_folder: { name: 'registration_details_folder', type: 'uri_folder', loc: here },
      registration_details: { name: 'registration_details', type: 'uri_file', loc: here },
    },
    run: registerModel,
  };
}

async function registerModel(ctx: BuiltinContext): Promise<void> {
  const { inputs } = ctx;
  if (inputs.registry_name) {
    throw new UserError(
      `register_model: registry_name '${inputs.registry_name}' is an Azure ML registry; the local backend registers into the local workspace only.`,
    );
  }
  const name = inputs.model_name;
  if (!name)
    throw new UserError(
      'register_model: model_name is required locally (there is no download metadata to take it from).',
    );
  const type = inputs.model_type ?? 'mlflow_model';
  if (type !== 'custom_model' && type !== 'mlflow_model') {
    throw new UserError(`register_model: model_type '${type}' is not supported; use custom_model or mlflow_model.`);
  }
  const model = await registerLocalModel(ctx.ws, {
    name,
    type,
    tags: await runTags(ctx),
    path: inputs.model_path as string,
    jobName: ctx.jobName,
    stepName: ctx.stepName,
    ...(inputs.model_version ? { version: inputs.model_version } : {}),
    ...(inputs.model_description ? { description: inputs.model_description } : {}),
  });
  ctx.log(`Registered model ${model.name} version ${model.version} (${model.type}) from ${inputs.model_path}`);
  const details = JSON.stringify(
    {
      id: `azureml:${model.name}:${model.version}`,
      name: model.name,
      version: model.version,
      type: model.type,
      path: model.path,
    },
    null,
    2,
  );
  await mkdir(ctx.outputs.registration_details_folder, { recursive: true });
  await writeFile(join(ctx.outputs.registration_details_folder, REGISTRATION_DETAILS_FILE), details);
  await writeFile(join(ctx.outputs.registration_details, REGISTRATION_DETAILS_FILE), details);
}

/**
 * The workflow run's `github.*` tags (commit, ref, branch, pull request) from the job record, so a model is
 * found by where it came from (`download-model` with a tag filter), as every asset the suite registers is.
 */
async function runTags(ctx: BuiltinContext): Promise<Record<string, string>> {
  const record = await readJson<{ tags?: Record<string, string> }>(join(ctx.ws.jobFolder(ctx.jobName), 'job.json'));
  return Object.fromEntries(Object.entries(record?.tags ?? {}).filter(([key]) => key.startsWith('github.')));
}

/** The built-in for a registry component id, or an error saying why the local backend cannot run it. */
export function builtinFor(id: string): BuiltinComponent {
  const match = REGISTRY_COMPONENT.exec(id);
  if (!match) {
    throw new UserError(
      `component ${id} lives in Azure; the local backend can run local component files, inline components, components registered locally (azureml:<name>:<version>) and the built-in register_model`,
    );
  }
  const [, registry, name, , version, label] = match;
  if (registry === 'azureml' && name === 'register_model') return registerModelBuiltin(version ?? label);
  throw new UserError(
    `component ${name} from registry '${registry}' cannot run locally: the local backend does not fetch registry components; ` +
      `only azureml's register_model has a built-in stand-in. Copy the component's YAML and code into the repository to run it locally.`,
  );
}
