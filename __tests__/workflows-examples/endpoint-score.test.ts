/**
 * The example endpoint (project/endpoint): its deployment file's code folder and scoring script, run as Azure ML's
 * inference server runs them (deploy-endpoint's local smoke test), answer the sample request with the model the
 * example pipeline trains, through the API's own prediction code.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memoryLogger } from '../../shared/core/logger.js';
import { runLocalSmokeTest } from '../../shared/endpoints/local-smoke.js';
import { loadOnlineDeployment } from '../../shared/endpoints/spec.js';
import { projectDir } from './support/paths.js';
import { runExamplePipeline } from './support/python-pipeline.js';

const work = mkdtempSync(path.join(tmpdir(), 'animals-endpoint-'));
let modelDir: string;

beforeAll(async () => {
  const run = await runExamplePipeline(path.join(work, 'pipeline'));
  // As Azure ML mounts a registered folder model: AZUREML_MODEL_DIR/<folder>/..., with download-model's lineage.
  modelDir = path.join(work, 'azureml-models', 'animal-classification', '7');
  cpSync(path.join(run.outputs['register.registration_details_folder'], 'model'), path.join(modelDir, 'model'), {
    recursive: true,
  });
  writeFileSync(
    path.join(modelDir, 'model', 'model.json'),
    JSON.stringify({ name: 'animal-classification', version: '7' }),
  );
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the example endpoint (project/endpoint)', () => {
  it("answers the sample request with the trained model's prediction, as the API does", async () => {
    const { spec } = await loadOnlineDeployment(path.join(projectDir, 'endpoint', 'deployment.yml'));
    expect(spec.code).toEqual({ kind: 'local', path: projectDir });
    const requestFile = path.join(projectDir, 'endpoint', 'sample-request.json');
    const result = await runLocalSmokeTest({
      codeDir: spec.code!.kind === 'local' ? spec.code!.path : '',
      scoringScript: spec.scoringScript!,
      modelDir,
      deployment: spec.name,
      test: {
        request: readFileSync(requestFile, 'utf8'),
        requestFile,
        expectContains: '"predictions"',
        timeoutMs: 60_000,
      },
      log: memoryLogger(),
    });
    const answer = JSON.parse(result.body) as { predictions: { species: string }[]; model_version: string };
    expect(answer.predictions.map((p) => p.species)).toEqual(['cat']);
    expect(answer.model_version).toBe('7');
  });
});
