/**
 * The local backend's stand-in for the smoke test: no managed endpoint exists on a runner, so the deployment's
 * scoring script is run the way Azure ML's inference server runs it (`init()` once with AZUREML_MODEL_DIR set to
 * the model's files, then `run(raw_request)`, its result answered as JSON) by `python3` on this runner, and its
 * answer checked as the smoke test checks a deployed one. Nothing is deployed.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { LOCAL_LIMITS } from '../backend/local-limits.js';
import type { ModelRequest } from '../models/selector.js';
import { isPlainRefPart, parseRemoteRef } from '../pipeline/refs.js';
import type { OnlineEndpointOutcome, OnlineEndpointRequest } from './deploy-request.js';
import { checkAnswer, SmokeTestFailure, type SmokeResult, type SmokeTest } from './smoke.js';
import type { OnlineDeploymentSpec } from './spec.js';

/** As the inference server does: the script's folder and the code root importable, init() once, run() per request. */
const HARNESS = `
import importlib.util, json, os, sys, traceback
code, script, answer = sys.argv[1], sys.argv[2], sys.argv[3]
path = os.path.join(code, script)
sys.path[:0] = [os.path.dirname(path), code]
try:
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.init()
    result = module.run(sys.stdin.read())
    body, status = json.dumps(result), 200
except Exception:
    body, status = traceback.format_exc(), 500
with open(answer, "w", encoding="utf-8") as handle:
    json.dump({"status": status, "body": body}, handle)
`;

export interface LocalSmokeOptions {
  /** The deployment's local code folder and the scoring script in it. */
  codeDir: string;
  scoringScript: string;
  /** The model's files (AZUREML_MODEL_DIR). */
  modelDir: string;
  deployment: string;
  test: SmokeTest;
  log: Logger;
}

export async function runLocalSmokeTest(options: LocalSmokeOptions): Promise<SmokeResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'local-smoke-'));
  const answerFile = path.join(work, 'answer.json');
  try {
    const output = await runPython(options, answerFile);
    let result: SmokeResult;
    try {
      result = JSON.parse(await readFile(answerFile, 'utf8')) as SmokeResult;
    } catch {
      throw new UserError(`The scoring script ${options.scoringScript} did not answer (python3 failed):\n${output}`);
    }
    if (output.trim()) options.log.info(`Scoring script output:\n${output.trimEnd()}`);
    const problem = checkAnswer(result, options.test);
    if (problem)
      throw new SmokeTestFailure(
        `Local smoke test of deployment '${options.deployment}' failed: ${problem}. Request: ${options.test.requestFile}. ` +
          `Answer (${result.status === 200 ? 'run() returned' : 'init() or run() raised'}): ${result.body}`,
        result,
      );
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Runs the harness; resolves with what the script printed (stdout and stderr). */
function runPython(options: LocalSmokeOptions, answerFile: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', HARNESS, options.codeDir, options.scoringScript, answerFile], {
      env: { ...process.env, AZUREML_MODEL_DIR: options.modelDir },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.test.timeoutMs,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) =>
      reject(new UserError(`Cannot run python3 for the local smoke test (${error.message}); put python3 on PATH.`)),
    );
    child.once('close', () => resolve(output));
    child.stdin.end(options.test.request);
  });
}

/**
 * The local backend's deploy-endpoint: the deployment's scoring script answers the smoke test on this runner with
 * the local workspace's model (`download` puts it in a folder); nothing is deployed.
 */
export async function smokeTestLocally(
  request: OnlineEndpointRequest,
  download: (model: ModelRequest, folder: string) => Promise<{ lineage: { name: string; version: string } }>,
  log: Logger,
): Promise<OnlineEndpointOutcome> {
  const { deployment: spec, smokeTest } = request;
  if (!smokeTest) throw new UserError(LOCAL_LIMITS['endpoint-deployment']);
  if (spec.code?.kind !== 'local' || !spec.scoringScript)
    throw new UserError(
      `${spec.file}: the local smoke test runs code_configuration's local code folder and scoring_script; ` +
        "this deployment names none (set 'backend: azure').",
    );
  const modelDir = path.join(process.env.RUNNER_TEMP ?? tmpdir(), `deploy-endpoint-${spec.name}-model`);
  const model = await download(request.model ?? modelRequestOf(spec.model), modelDir);
  const result = await runLocalSmokeTest({
    codeDir: spec.code.path,
    scoringScript: spec.scoringScript,
    modelDir,
    deployment: spec.name,
    test: smokeTest,
    log,
  });
  const version = `${model.lineage.name}:${model.lineage.version}`;
  log.info(`Local smoke test of ${spec.name} passed with model ${version}; nothing was deployed (local backend).`);
  return {
    kind: 'smoke-tested',
    endpoint: request.endpoint.name,
    deployment: spec.name,
    model: version,
    status: result.status,
    requestFile: smokeTest.requestFile,
  };
}

/** The deployment file's `model: azureml:NAME:VERSION` (or `@latest`) as a request for the workspace's model. */
export function modelRequestOf(ref: OnlineDeploymentSpec['model']): ModelRequest {
  const request = ref?.kind === 'azureml' ? workspaceModelRequest(ref.text) : undefined;
  if (!request)
    throw new UserError(
      "Give the model to smoke-test: input 'model-name' (and 'model-version'), or the deployment file's " +
        "'model: azureml:NAME:VERSION'.",
      ref?.kind === 'azureml' ? ref.loc : undefined,
    );
  return request;
}

/** `azureml:NAME:VERSION`, `azureml:NAME@latest` or a bare `azureml:NAME` (its latest version); else undefined. */
function workspaceModelRequest(text: string): ModelRequest | undefined {
  if (!text.startsWith('azureml:')) return undefined;
  const bare = text.slice('azureml:'.length);
  if (isPlainRefPart(bare)) return { name: bare, selector: { kind: 'latest' } };
  const parsed = parseRemoteRef(text);
  if (!parsed.ok || parsed.ref.kind === 'id' || !isPlainRefPart(parsed.ref.name)) return undefined;
  const { ref } = parsed;
  if (ref.kind === 'version') return { name: ref.name, selector: { kind: 'version', version: ref.version } };
  return ref.label === 'latest' ? { name: ref.name, selector: { kind: 'latest' } } : undefined;
}
