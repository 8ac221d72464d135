import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { loadAssetFiles } from '../../shared/assets/load.js';
import { registerAssets } from '../../shared/assets/register.js';
import { registrationOutputs, summaryHeadline, summaryRows } from '../../shared/assets/summary.js';
import { VERSION_STRATEGIES, type RegistrationResult, type VersionStrategy } from '../../shared/assets/types.js';
import { createSession } from '../../shared/azure/create-session.js';
import { UserError } from '../../shared/core/errors.js';
import { parseBoolean, parseChoice, parseLines } from '../../shared/core/inputs.js';
import { traceTags } from '../../shared/jobs/naming.js';
import { readSessionOptions } from '../_runtime/azure-inputs.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';
import { readWorkflowRun } from '../_runtime/workflow-run.js';

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
    strategy: parseChoice('version-strategy', core.getInput('version-strategy'), VERSION_STRATEGIES, 'yaml'),
    dryRun: parseBoolean('dry-run', core.getInput('dry-run'), false),
  };
  if (!inputs.environments.length && !inputs.components.length) {
    throw new UserError("Give 'components' and/or 'environments': globs of Azure ML YAML files to register.");
  }
  return inputs;
}

/** The files a multi-line glob input names, sorted; a pattern list that matches nothing is a typo to report. */
async function expandGlobs(input: string, patterns: string[]): Promise<string[]> {
  if (!patterns.length) return [];
  const globber = await glob.create(patterns.join('\n'), { matchDirectories: false, implicitDescendants: false });
  const files = (await globber.glob()).sort();
  if (!files.length) {
    throw new UserError(
      `Input '${input}' matches no file (patterns: ${patterns.join(', ')}; searched from ${process.cwd()}).`,
    );
  }
  return files;
}

export async function main(): Promise<void> {
  await runStep(async () => {
    const inputs = readInputs();
    const files = {
      environments: await expandGlobs('environments', inputs.environments),
      components: await expandGlobs('components', inputs.components),
    };
    core.info(`${files.environments.length} environment file(s), ${files.components.length} component file(s).`);
    // Every file is validated before signing in: a bad file costs no Azure call and registers nothing.
    const loaded = await loadAssetFiles(files);
    const session = await createSession(readSessionOptions());
    const result = await registerAssets(session, loaded, {
      strategy: inputs.strategy,
      dryRun: inputs.dryRun,
      tags: traceTags(readWorkflowRun()),
    });
    for (const [name, value] of Object.entries(registrationOutputs(result))) core.setOutput(name, value);
    await writeSummary(result);
  });
}

async function writeSummary(result: RegistrationResult): Promise<void> {
  const [header, ...rows] = summaryRows(result);
  await core.summary
    .addHeading('Azure ML assets', 3)
    .addRaw(summaryHeadline(result), true)
    .addTable([header.map((data) => ({ data, header: true })), ...rows])
    .write();
}

if (isEntryPoint(import.meta.url)) await main();
