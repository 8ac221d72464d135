/**
 * The staged release's smoke test (project/inference/smoke_test.py), run as the staging job runs it, against the
 * real app.py served locally with the model the example pipeline trains (components run with python3).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApi, type RunningApi } from './support/inference-api.js';
import { projectDir } from './support/paths.js';
import { runPipelineWithPython } from './support/python-pipeline.js';

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
  const run = await runPipelineWithPython(
    path.join(projectDir, 'pipelines', 'animals-classification.yaml'),
    path.join(work, 'pipeline'),
    { set: ['jobs.register.component=../components/register_model/register_model.yaml'] },
  );
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
    const broken = modelFolder({}, (dir) => {
      const file = path.join(dir, 'classifier.json');
      const model = JSON.parse(readFileSync(file, 'utf8')) as Classifier;
      model.classes = [...model.classes.slice(1), model.classes[0]];
      writeFileSync(file, JSON.stringify(model));
    });
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
