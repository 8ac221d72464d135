/**
 * The staged release's smoke test (project/inference/smoke_test.py), run as the staging job runs it, against the
 * real app.py served locally with the model the example pipeline trains (components run with python3).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApi, type RunningApi } from './support/inference-api.js';
import { projectDir } from './support/paths.js';
import { readWorkflow } from './support/workflow-yaml.js';
import { runExamplePipeline } from './support/python-pipeline.js';

const INFERENCE = path.join(projectDir, 'inference');
const work = mkdtempSync(path.join(tmpdir(), 'smoke-test-'));
let trainedModel: string;
let testingTable: string;
let recorded: number;
let api: RunningApi | undefined;

interface Classifier {
  classes: string[];
}

beforeAll(async () => {
  const run = await runExamplePipeline(path.join(work, 'pipeline'));
  trainedModel = path.join(run.outputs['register.registration_details_folder'], 'model');
  testingTable = path.join(run.outputs['data_split.testing_data'], 'test.csv');
  recorded = (JSON.parse(readFileSync(path.join(trainedModel, 'metrics.json'), 'utf8')) as { accuracy: number })
    .accuracy;
});

afterEach(() => {
  api?.stop();
  api = undefined;
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

let folders = 0;
/** A change to a model folder that reorders its class labels, so that it predicts the wrong animals. */
function relabel(reorder: (classes: string[]) => string[]): (dir: string) => void {
  return (dir) => {
    const file = path.join(dir, 'classifier.json');
    const model = JSON.parse(readFileSync(file, 'utf8')) as Classifier;
    model.classes = reorder(model.classes);
    writeFileSync(file, JSON.stringify(model));
  };
}

/** A model folder as download-model leaves it: the trained files, changed by `edit`, and the lineage file. */
function modelFolder(tags: Record<string, string> = {}, edit: (dir: string) => void = () => {}): string {
  const dir = path.join(work, `model-${++folders}`);
  cpSync(trainedModel, dir, { recursive: true });
  edit(dir);
  writeFileSync(path.join(dir, 'model.json'), JSON.stringify({ name: 'animal-classification', version: '7', tags }));
  return dir;
}

/** Serves `served` with app.py, then runs smoke_test.py against it with `expected` as the release's model folder. */
async function smokeTest(served: string, expected = served, env: Record<string, string> = {}) {
  api = await startApi({ MODEL_DIR: served, ...env });
  return runSmokeTest(api.url, expected);
}

function runSmokeTest(url: string, modelDir: string, wait = '5') {
  const result = spawnSync(
    'python3',
    [path.join(INFERENCE, 'smoke_test.py'), '--url', url, '--model-dir', modelDir, '--wait', wait],
    { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
  );
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('smoke_test.py against the real API', () => {
  it('passes for the model the pipeline trained: the served model, the known inputs and the recorded accuracy', async () => {
    const { status, out } = await smokeTest(modelFolder());
    expect(out).toContain('ok: serves model animal-classification version 7');
    expect(out).toContain('ok: a typical cat: predicted cat');
    expect(out).toContain('ok: a typical dog: predicted dog');
    expect(out).toContain('ok: a typical panda: predicted panda');
    expect(out).toContain(
      `ok: accuracy ${recorded} on 175 labelled rows; recorded ${recorded} (the model's metrics.json)`,
    );
    expect(out).toContain('smoke test: passed');
    expect(status).toBe(0);
  });

  it('fails for a broken model (its class labels shifted): the known inputs and the accuracy say so', async () => {
    const broken = modelFolder(
      {},
      relabel((classes) => [...classes.slice(1), classes[0]]),
    );
    const { status, out } = await smokeTest(broken);
    expect(out).toMatch(/FAILED a typical cat: predicted \w+, expected cat/);
    expect(out).toMatch(/FAILED accuracy 0\.\d+ on 175 labelled rows; recorded /);
    expect(out).toContain('smoke test: FAILED, 4 check(s)');
    expect(status).toBe(1);
  });

  it('reads the recorded accuracy from the model tag first, and fails when the API does not reach it', async () => {
    const tagged = modelFolder({ 'azureml-mlops.accuracy': String(recorded + 0.05) });
    const { status, out } = await smokeTest(tagged);
    expect(out).toContain(
      `FAILED accuracy ${recorded} on 175 labelled rows; recorded ${recorded + 0.05} (model tag azureml-mlops.accuracy)`,
    );
    expect(status).toBe(1);
  });

  it('fails when the API serves another model version than the release was built with', async () => {
    const { status, out } = await smokeTest(modelFolder(), undefined, { MODEL_VERSION: '6' });
    expect(out).toContain(
      'FAILED serves model animal-classification version 6, expected animal-classification version 7',
    );
    expect(status).toBe(1);
  });

  it('stops with status 2 when the API never answers /health within --wait', () => {
    const { status, out } = runSmokeTest('http://127.0.0.1:9', modelFolder(), '1');
    expect(out).toContain('did not answer as expected: http://127.0.0.1:9/health did not answer ok within 1.0s');
    expect(status).toBe(2);
  });

  it("its labelled sample is the testing table the pipeline cuts from data/animals, so a good model's accuracy matches exactly", () => {
    expect(readFileSync(path.join(INFERENCE, 'smoke_sample.csv'), 'utf8')).toBe(readFileSync(testingTable, 'utf8'));
  });
});

/** A port nobody listens on now (the OS picks it), for the step's port-forward. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/**
 * kubectl as the smoke-test step uses it: `port-forward` serves app.py on the local port with FAKE_MODEL_DIR as
 * the model (standing for the pods behind the Service), after writing its arguments and KUBECONFIG to a log.
 */
const FAKE_KUBECTL = `#!/bin/bash
printf 'args=%s\\nkubeconfig=%s\\npid=%s\\n' "$*" "$KUBECONFIG" "$$" >> "$FAKE_KUBECTL_LOG"
[ "$1" = port-forward ] || exit 1
for arg in "$@"; do case "$arg" in *:80) port="\${arg%:80}" ;; esac; done
MODEL_DIR="$FAKE_MODEL_DIR" HOST=127.0.0.1 PORT="$port" exec python3 "$FAKE_APP" 2>/dev/null
`;

describe("the staging job's smoke-test step, run with bash as the runner runs it (kubectl faked)", () => {
  const step = readWorkflow('mlops-pipeline.yml').jobs.staging.steps.find(
    (s) => s.name === 'Smoke-test the staging API',
  );
  const KUBECONFIG = 'apiVersion: v1\nkind: Config\nclusters: []';
  let forwardedPid: number | undefined;

  afterEach(() => {
    // Cleanup only: the step's trap stops the port-forward; a process left behind must not outlive the test.
    try {
      if (forwardedPid) process.kill(forwardedPid);
    } catch {
      // already gone
    }
  });

  async function runStep(served: string) {
    const dir = path.join(work, `step-${++folders}`);
    const inference = path.join(dir, 'project', 'inference');
    mkdirSync(path.join(dir, 'bin'), { recursive: true });
    mkdirSync(path.join(dir, 'tmp'));
    for (const file of ['smoke_test.py', 'smoke_expectations.json', 'smoke_sample.csv'])
      cpSync(path.join(INFERENCE, file), path.join(inference, file));
    // The model artifact the image was built with, as the step's job downloads it.
    cpSync(modelFolder(), path.join(inference, 'model'), { recursive: true });
    writeFileSync(path.join(dir, 'bin', 'kubectl'), FAKE_KUBECTL);
    chmodSync(path.join(dir, 'bin', 'kubectl'), 0o755);
    const log = path.join(dir, 'kubectl.log');
    const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', step!.run!], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: `${path.join(dir, 'bin')}${path.delimiter}${process.env.PATH}`,
        RUNNER_TEMP: path.join(dir, 'tmp'),
        NAMESPACE: 'staging',
        KUBECONFIG_CONTENT: KUBECONFIG,
        LOCAL_PORT: String(await freePort()),
        FAKE_KUBECTL_LOG: log,
        FAKE_MODEL_DIR: served,
        FAKE_APP: path.join(INFERENCE, 'app.py'),
      },
    });
    const kubectl = readFileSync(log, 'utf8');
    forwardedPid = Number(/pid=(\d+)/.exec(kubectl)?.[1]);
    return { status: result.status, out: result.stdout + result.stderr, kubectl, dir };
  }

  it('port-forwards to the Service in the staging namespace with the secret kubeconfig, and passes for the built model', async () => {
    const { status, out, kubectl, dir } = await runStep(modelFolder());
    expect(kubectl).toMatch(/args=port-forward --namespace staging service\/animals-api \d+:80/);
    expect(kubectl).toContain(`kubeconfig=${path.join(dir, 'tmp', 'kubeconfig')}`);
    expect(readFileSync(path.join(dir, 'tmp', 'kubeconfig'), 'utf8')).toBe(`${KUBECONFIG}\n`);
    expect(out).toContain('smoke test: passed');
    expect(status).toBe(0);
  });

  it('fails the step (so the rollback step runs and production does not) when staging serves a broken model', async () => {
    const broken = modelFolder(
      {},
      relabel((classes) => [...classes].reverse()),
    );
    const { status, out } = await runStep(broken);
    expect(out).toContain('smoke test: FAILED');
    expect(status).toBe(1);
  });
});
