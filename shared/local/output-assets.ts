import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { LocalPipelineJob } from './adapt.js';
import { registerLocalData } from './assets.js';
import type { Artifact } from './inputs.js';
import type { LocalWorkspace } from './workspace.js';

/** A step output registered as a data asset because its YAML gives it `name:` (and maybe `version:`). */
export interface NamedOutput {
  step: string;
  port: string;
  name: string;
  version: string;
}

/**
 * Registers the outputs written with `name:`/`version:` (on the step, or on the pipeline output it is bound to)
 * as data assets of the local workspace, as Azure ML registers them when the step completes; later pipelines
 * read them as `azureml:<name>:<version>`. Without a version the next integer is taken. A version that exists
 * with other content is a warning naming the output, not a failed job: the step itself did its work.
 */
export async function registerNamedOutputs(
  ws: LocalWorkspace,
  job: LocalPipelineJob,
  outputs: ReadonlyMap<string, Record<string, Artifact>>,
  log: Logger,
): Promise<NamedOutput[]> {
  const registered: NamedOutput[] = [];
  for (const node of Object.values(job.jobs)) {
    for (const [port, output] of Object.entries(node.outputs)) {
      const artifact = outputs.get(node.name)?.[port];
      const asset = output.kind === 'settings' ? output : pipelineOutputOf(job, output);
      if (!artifact || !asset?.assetName) continue;
      try {
        const data = await registerLocalData(
          ws,
          { name: asset.assetName, version: asset.assetVersion, path: artifact.path, type: artifact.type },
          { log },
        );
        registered.push({ step: node.name, port, name: data.name, version: data.version });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        log.warning(
          `[${node.name}] output '${port}' was not registered as ${asset.assetName}: ${error.message}`,
          asset.loc,
        );
      }
    }
  }
  return registered;
}

function pipelineOutputOf(job: LocalPipelineJob, output: LocalPipelineJob['jobs'][string]['outputs'][string]) {
  if (output.kind !== 'binding' || output.binding.scope !== 'parent.outputs') return undefined;
  return job.outputs[output.binding.name];
}
