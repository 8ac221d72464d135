import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { parseComputeSpec } from '../../shared/compute/compute-spec.js';
import { loadComponentFile } from '../../shared/pipeline/component.js';
import { loadEnvironmentFile } from '../../shared/pipeline/environment.js';
import { loadPipelineJob } from '../../shared/pipeline/pipeline-job.js';
import { projectDir } from './support/paths.js';
import { EXAMPLE_PIPELINE, runExamplePipeline, type PipelineRun } from './support/python-pipeline.js';
import { readWorkflow } from './support/workflow-yaml.js';

/** The floor stated in workflows-examples/README.md ("The example project"). */
const ACCURACY_FLOOR = 0.85;

const COMPONENTS = ['dataprep', 'data_split', 'training', 'register_model'];

const work = mkdtempSync(path.join(tmpdir(), 'animals-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

interface Metrics {
  accuracy: number;
  testing_rows: number;
  per_class: Record<string, { recall: number }>;
}

describe('the project files are valid for the suite', () => {
  it('the pipeline loads and validates with the suite as Azure gets it (the registry register_model kept)', async () => {
    const job = await loadPipelineJob(EXAMPLE_PIPELINE);
    expect(job.jobs.register.type === 'command' && job.jobs.register.component).toMatchObject({ kind: 'remote' });
    expect(Object.keys(job.jobs)).toHaveLength(6);
  });

  it.each(COMPONENTS)('components/%s loads with the suite and is deterministic', async (name) => {
    const component = await loadComponentFile(path.join(projectDir, 'components', name, `${name}.yaml`));
    expect(component.isDeterministic).toBe(true);
    expect(component.command).toMatch(/^python3 /);
  });

  it('the environment loads with its conda file', async () => {
    const env = await loadEnvironmentFile(path.join(projectDir, 'environment', 'python.yaml'));
    expect(env.name).toBe('animals-python');
  });

  it('compute.yaml describes the compute the pipeline runs on', () => {
    const file = path.join(projectDir, 'environment', 'compute.yaml');
    const spec = parseComputeSpec(readFileSync(file, 'utf8'), file);
    const pipeline = parse(readFileSync(EXAMPLE_PIPELINE, 'utf8')) as { settings: { default_compute: string } };
    expect(`azureml:${spec.name}`).toBe(pipeline.settings.default_compute);
  });
});

describe('the shipped dataset', () => {
  it.each([
    ['animals', '300', '7'],
    ['toy', '60', '11'],
  ])('data/%s is exactly what scripts/make_dataset.py generates (--rows %s --seed %s)', async (name, rows, seed) => {
    const out = path.join(work, `generated-${name}`);
    const script = path.join(projectDir, 'scripts', 'make_dataset.py');
    await promisify(execFile)('python3', [script, '--out', out, '--rows', rows, '--seed', seed]);
    const shipped = path.join(projectDir, 'data', name);
    expect(filesUnder(out)).toEqual(filesUnder(shipped));
    for (const file of filesUnder(shipped)) {
      expect(readFileSync(path.join(out, file), 'utf8')).toBe(readFileSync(path.join(shipped, file), 'utf8'));
    }
  });
});

describe('the pipeline run with python3 on the full dataset (dataprep x3 -> data_split -> training -> register)', () => {
  let run: PipelineRun;
  beforeAll(async () => {
    run = await runExamplePipeline(path.join(work, 'full'));
  });

  it('runs every step after the steps it reads from', () => {
    expect(run.order.slice(0, 3).sort()).toEqual(['data_prep_cats', 'data_prep_dogs', 'data_prep_pandas']);
    expect(run.order.slice(3)).toEqual(['data_split', 'training', 'register']);
  });

  it('cleans the dirty rows out and keeps the rest', () => {
    const report = readJson<{ rows_read: number; rows_kept: number; rows_dropped: Record<string, number> }>(
      path.join(run.outputs['data_prep_cats.output_data'], 'dataprep_report.json'),
    );
    expect(report.rows_read).toBe(300);
    const dropped = Object.values(report.rows_dropped).reduce((a, b) => a + b, 0);
    expect(dropped).toBeGreaterThan(0);
    expect(report.rows_kept + dropped).toBe(300);
  });

  it(`trains a model whose accuracy on the testing table is above the floor (${ACCURACY_FLOOR})`, () => {
    const metrics = readJson<Metrics>(path.join(run.outputs['training.output_folder'], 'metrics.json'));
    expect(metrics.testing_rows).toBeGreaterThan(150);
    expect(metrics.accuracy).toBeGreaterThan(ACCURACY_FLOOR);
    for (const [species, { recall }] of Object.entries(metrics.per_class)) {
      expect([species, recall > 0.7]).toEqual([species, true]);
    }
  });

  it('registers the model files with a model card and the details file the registry component writes', () => {
    const out = run.outputs['register.registration_details_folder'];
    expect(filesUnder(out)).toEqual([
      'model/classifier.json',
      'model/metrics.json',
      'model_card.md',
      'model_registration_details.json',
    ]);
    const details = readJson<{ model_name: string; files: { path: string }[] }>(
      path.join(out, 'model_registration_details.json'),
    );
    expect(details.model_name).toBe('animal-classification');
    expect(details.files.map((f) => f.path)).toEqual(['classifier.json', 'metrics.json']);
    expect(readFileSync(path.join(out, 'model_card.md'), 'utf8')).toContain('# Model card: animal-classification');
  });

  it('is deterministic: a second run produces the same model, byte for byte (is_deterministic holds)', async () => {
    const again = await runExamplePipeline(path.join(work, 'full-again'));
    const registered = (r: PipelineRun) =>
      readFileSync(path.join(r.outputs['register.registration_details_folder'], 'model_registration_details.json'));
    expect(registered(again).equals(registered(run))).toBe(true);
  });
});

describe('the PR workflow configuration', () => {
  it('its TOY_INPUTS run the pipeline on the toy dataset, above the same floor', async () => {
    const toyInputs = parse(readWorkflow('pr-toy-dataset.yml').env?.TOY_INPUTS ?? '') as Record<string, unknown>;
    const run = await runExamplePipeline(path.join(work, 'toy'), toyInputs);
    const report = readJson<{ rows_read: number }>(
      path.join(run.outputs['data_prep_pandas.output_data'], 'dataprep_report.json'),
    );
    expect(report.rows_read).toBe(60);
    const metrics = readJson<Metrics>(path.join(run.outputs['training.output_folder'], 'metrics.json'));
    expect(metrics.accuracy).toBeGreaterThan(ACCURACY_FLOOR);
  });
});
