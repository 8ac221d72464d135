#!/usr/bin/env node
/**
 * trace: the lineage of a deployment, an image or a model version, as a chain of links each found or missing.
 * As an action it reads its inputs; from a shell, `node dist/trace/index.js --model animals:3 --backend local`
 * (every input is a `--name value` flag, or an `INPUT_<NAME>` variable as the runner sets them).
 */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../shared/core/errors.js';
import { parseBoolean } from '../../shared/core/inputs.js';
import type { Logger } from '../../shared/core/logger.js';
import type { KubeconfigSource } from '../../shared/k8s/kubeconfig.js';
import { imageConfigReader } from '../../shared/registry/image-config.js';
import { parseEndpointName, type EndpointName } from '../../shared/trace/endpoint.js';
import { traceLines, traceMarkdown } from '../../shared/trace/report.js';
import { trace, type TraceResult, type TraceStart } from '../../shared/trace/trace.js';
import { readBackend } from '../_runtime/backend.js';
import { coreLogger } from '../_runtime/logger.js';
import { isEntryPoint, runStep } from '../_runtime/run.js';

const STARTS = ['deployment', 'endpoint', 'manifest', 'image', 'model'] as const;
/** An Azure ML model name and version (letters, digits, `-`, `_`, `.`), as the service accepts them. */
const MODEL_VERSION = /^([A-Za-z0-9][A-Za-z0-9_.-]*):([A-Za-z0-9][A-Za-z0-9_.-]*)$/;

const USAGE = `Usage: node dist/trace/index.js (--deployment [NAMESPACE/]NAME [--kubeconfig FILE] | --manifest FILE
       | --endpoint NAME[/DEPLOYMENT] | --image REF | --model NAME:VERSION) [--backend local|azure]
       [--local-workspace DIR] [--registry false]
       [--json-file FILE] [--require-complete true] [Azure inputs: --subscription-id ... --workspace ...]
Every flag is an input of actions/trace/action.yml; INPUT_<NAME> variables work too.`;

/** `--name value` / `--name=value` flags become the INPUT_<NAME> variables @actions/core reads. */
export function flagsToInputs(argv: string[], env: NodeJS.ProcessEnv): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UserError(`Unexpected argument '${arg}'.\n${USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new UserError(`Flag --${match[1]} needs a value.\n${USAGE}`);
    env[`INPUT_${match[1].toUpperCase()}`] = value;
  }
}

function kubeconfigSource(input: string): KubeconfigSource {
  if (input.includes('\n')) return { content: input };
  if (input) return { file: input };
  const fromEnv = (process.env.KUBECONFIG ?? '').split(path.delimiter).find(Boolean);
  return { file: fromEnv ?? path.join(homedir(), '.kube', 'config') };
}

/** An online endpoint is read once the backend is open; every other start is read from the inputs alone. */
type Start = TraceStart | { kind: 'endpoint-name'; name: EndpointName };

/** The one start the inputs name (exactly one of deployment, endpoint, manifest, image, model). */
async function readStart(log: Logger): Promise<Start> {
  const given = STARTS.filter((name) => core.getInput(name));
  if (given.length !== 1)
    throw new UserError(
      `Give exactly one of the inputs ${STARTS.map((s) => `'${s}'`).join(', ')} to start the trace from` +
        (given.length ? `; got ${given.map((s) => `'${s}'`).join(' and ')}.` : '.'),
    );
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const value = core.getInput(given[0]);
  switch (given[0]) {
    case 'model': {
      const match = MODEL_VERSION.exec(value);
      if (!match)
        throw new UserError(`Input 'model': ${JSON.stringify(value)} is not NAME:VERSION (e.g. animals-classifier:3).`);
      return { kind: 'model', name: match[1], version: match[2] };
    }
    case 'image':
      return { kind: 'image', image: value };
    case 'endpoint': {
      const name = parseEndpointName(value);
      return { kind: 'endpoint-name', name };
    }
    case 'manifest': {
      const { readManifestWorkload } = await deploymentReader();
      return { kind: 'deployment', ...(await readManifestWorkload(value, workspace)) };
    }
    default: {
      const kubeconfig = core.getInput('kubeconfig');
      if (kubeconfig.includes('\n')) core.setSecret(kubeconfig);
      const slash = value.indexOf('/');
      const { readClusterWorkload } = await deploymentReader();
      const read = await readClusterWorkload(
        {
          kubeconfig: kubeconfigSource(kubeconfig),
          namespace: slash < 0 ? core.getInput('namespace') : value.slice(0, slash),
          name: slash < 0 ? value : value.slice(slash + 1),
          kind: core.getInput('kind') || 'Deployment',
          searchPath: process.env.PATH ?? '',
        },
        log,
      );
      return { kind: 'deployment', ...read };
    }
  }
}

/** The manifest and cluster readers (with the YAML parser), imported only for a trace that starts from one. */
const deploymentReader = () => import('../../shared/trace/deployment.js');

async function writeResult(result: TraceResult, log: Logger): Promise<void> {
  const json = JSON.stringify(result, null, 2);
  const fileInput = core.getInput('json-file');
  const file = fileInput
    ? path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), fileInput)
    : process.env.RUNNER_TEMP && path.join(process.env.RUNNER_TEMP, 'lineage-trace.json');
  if (file) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${json}\n`);
    log.info(`Trace written to ${file}.`);
  }
  // From a shell there is no GITHUB_OUTPUT or summary file: the log and the JSON file are the result.
  if (process.env.GITHUB_OUTPUT) {
    const found = (link: string) => result.links.find((l) => l.link === link && l.status === 'found')?.value ?? '';
    core.setOutput('json', JSON.stringify(result));
    core.setOutput('file', file ?? '');
    core.setOutput('complete', String(result.complete));
    core.setOutput('commit', result.facts.trainingCommit ?? '');
    core.setOutput('image-commit', found('build-commit'));
    core.setOutput('model', found('model'));
    core.setOutput('training-job', found('training-job'));
    core.setOutput('workflow-run', found('workflow-run'));
    core.setOutput('data-inputs', found('data-inputs'));
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(traceMarkdown(result)).write();
}

export async function main(argv: string[] = []): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  await runStep(async () => {
    flagsToInputs(argv, process.env);
    const log = coreLogger();
    // Every input is checked before the backend (whose local workspace folder is created on first use) is opened.
    const registry = parseBoolean('registry', core.getInput('registry'), true);
    const requireComplete = parseBoolean('require-complete', core.getInput('require-complete'), false);
    const given = await readStart(log);
    const backend = await readBackend(given.kind === 'endpoint-name' ? ['endpoint-reading'] : []);
    const start =
      given.kind === 'endpoint-name'
        ? { kind: 'endpoint' as const, endpoint: await backend.getEndpointDeployment(given.name) }
        : given;
    const dockerConfig = process.env.DOCKER_CONFIG || path.join(homedir(), '.docker');
    const result = await trace(start, {
      models: backend,
      readImage: registry ? imageConfigReader(dockerConfig, log) : undefined,
      log,
    });
    for (const line of traceLines(result)) log.info(line);
    await writeResult(result, log);
    if (!result.complete && requireComplete)
      throw new UserError(
        `The lineage of ${result.start} is incomplete: ${result.links
          .filter((l) => l.status === 'missing' || l.conflict)
          .map((l) => `${l.link} (${l.status === 'missing' ? l.why : `disagrees: ${l.conflict}`})`)
          .join('; ')}.`,
      );
  });
}

/** The main step as `@github/local-action` calls it: it imports the entry and awaits its exported `run()`. */
export const run = (): Promise<void> => main();

if (isEntryPoint(import.meta.url)) await main(process.argv.slice(2));
