import * as core from '@actions/core';
import { scopeAssetFiles } from '../../shared/assets/scope-assets.js';
import { registrationOutputs, summaryHeadline, summaryRows } from '../../shared/assets/summary.js';
import { VERSION_STRATEGIES, type RegistrationResult, type VersionStrategy } from '../../shared/assets/types.js';
import { UserError } from '../../shared/core/errors.js';
import { parseBoolean, parseChoice, parseLines } from '../../shared/core/inputs.js';
import { branchScopeTags } from '../../shared/github/branch-scope.js';
import { traceTags } from '../../shared/jobs/naming.js';
import { readBackend } from '../_runtime/backend.js';
import { logRenames, readBranchScope } from '../_runtime/branch-scope.js';
import { expandGlobs } from '../_runtime/globs.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { readWorkflowRun } from '../_runtime/workflow-run.js';
import { coreLogger } from '../_runtime/logger.js';

interface Inputs {
  environments: string[];
  components: string[];
  strategy: VersionStrategy;
  dryRun: boolean;
}

function readInputs(): Inputs {
  const inputs: Inputs = {
    environments: parseLines(core.getInput('environments')),
    components: parseLines(core.getInput('components')),
    strategy: parseChoice('version-strategy', core.getInput('version-strategy'), VERSION_STRATEGIES, 'auto'),
    dryRun: parseBoolean('dry-run', core.getInput('dry-run'), false),
  };
  if (!inputs.environments.length && !inputs.components.length) {
    throw new UserError("Give 'components' and/or 'environments': globs of Azure ML YAML files to register.");
  }
  return inputs;
}

export async function main(): Promise<void> {
  await runStep(async () => {
    const inputs = readInputs();
    const files = {
      environments: await expandGlobs('environments', inputs.environments),
      components: await expandGlobs('components', inputs.components),
    };
    coreLogger().info(
      `${files.environments.length} environment file(s), ${files.components.length} component file(s).`,
    );
    // Every file is validated before signing in: a bad file costs no Azure call and registers nothing.
    const run = readWorkflowRun();
    const scope = readBranchScope(run);
    // The YAML loaders (and the YAML parser) are imported once the inputs are checked (README "Start-up").
    const { loadAssetFiles } = await import('../../shared/assets/load.js');
    const { files: loaded, renames } = scopeAssetFiles(await loadAssetFiles(files), scope);
    logRenames(renames);
    const backend = await readBackend();
    const tags = { ...traceTags(run), ...branchScopeTags(run, scope) };
    const result = await backend.registerAssets(loaded, { strategy: inputs.strategy, dryRun: inputs.dryRun, tags });
    for (const [name, value] of Object.entries(registrationOutputs(result))) core.setOutput(name, value);
    await writeSummary(result);
  });
}

async function writeSummary(result: RegistrationResult): Promise<void> {
  const [header, ...rows] = summaryRows(result);
  await core.summary
    .addHeading('Registered assets', 3)
    .addRaw(summaryHeadline(result), true)
    .addTable([header.map((data) => ({ data, header: true })), ...rows])
    .write();
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main();
