import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApi, type RunningApi } from './support/inference-api.js';
import { runExamplePipeline } from './support/python-pipeline.js';

const FEATURES = ['weight_kg', 'height_cm', 'tail_cm', 'ear_cm', 'sleep_h'];
const work = mkdtempSync(path.join(tmpdir(), 'animals-api-'));
let api: RunningApi | undefined;
let baseUrl: string;
let testingTable: string;
let trainedAccuracy: number;

beforeAll(async () => {
  const run = await runExamplePipeline(path.join(work, 'pipeline'));
  // The model folder as download-model leaves it: the registered files plus the lineage file model.json.
  const modelDir = path.join(work, 'model');
  cpSync(path.join(run.outputs['register.registration_details_folder'], 'model'), modelDir, { recursive: true });
  writeFileSync(path.join(modelDir, 'model.json'), JSON.stringify({ name: 'animal-classification', version: '7' }));
  testingTable = path.join(run.outputs['data_split.testing_data'], 'test.csv');
  trainedAccuracy = (JSON.parse(readFileSync(path.join(modelDir, 'metrics.json'), 'utf8')) as { accuracy: number })
    .accuracy;
  api = await startApi({ MODEL_DIR: modelDir, API_VERSION: '1.2.3', GIT_SHA: 'abc1234' });
  baseUrl = api.url;
});

afterAll(() => {
  api?.stop();
  rmSync(work, { recursive: true, force: true });
});

const post = (body: unknown) =>
  fetch(`${baseUrl}/predict`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

describe('the inference API (inference/app.py)', () => {
  it('says which API, model and commit it runs: API_VERSION and GIT_SHA from env, the model from the lineage file', async () => {
    const response = await fetch(`${baseUrl}/version`);
    expect(await response.json()).toMatchObject({
      api_version: '1.2.3',
      model_name: 'animal-classification',
      model_version: '7',
      git_sha: 'abc1234',
      classes: ['cat', 'dog', 'panda'],
    });
  });

  it('answers a prediction request, and names the API and model in the response headers', async () => {
    const response = await post({
      instances: [
        { weight_kg: 4.2, height_cm: 24, tail_cm: 29, ear_cm: 6, sleep_h: 14.5 },
        { weight_kg: 101, height_cm: 75, tail_cm: 12, ear_cm: 9, sleep_h: 11 },
      ],
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-model-version')).toBe('animal-classification:7');
    expect(response.headers.get('x-api-version')).toBe('1.2.3');
    const body = (await response.json()) as {
      predictions: { species: string; probabilities: Record<string, number> }[];
    };
    expect(body.predictions.map((p) => p.species)).toEqual(['cat', 'panda']);
    const sum = Object.values(body.predictions[0].probabilities).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 4);
  });

  it('reproduces the accuracy that training measured, over the whole testing table', async () => {
    const [header, ...lines] = readFileSync(testingTable, 'utf8').trim().split('\n');
    const columns = header.split(',');
    const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i], v])));
    const instances = rows.map((r) => Object.fromEntries(FEATURES.map((f) => [f, Number(r[f])])));
    const body = (await (await post({ instances })).json()) as { predictions: { species: string }[] };
    const correct = body.predictions.filter((p, i) => p.species === rows[i].species).length;
    expect(Number((correct / rows.length).toFixed(4))).toBe(trainedAccuracy);
  });

  it('refuses a request with a missing feature, naming it', async () => {
    const response = await post({ instances: [{ weight_kg: 4, height_cm: 24, tail_cm: 29, ear_cm: 6 }] });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('instances[0].sleep_h');
  });

  it('answers an unknown route with 404 and the routes it has', async () => {
    const response = await fetch(`${baseUrl}/score`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toContain('/predict');
  });
});
