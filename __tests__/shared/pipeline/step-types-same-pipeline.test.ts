/**
 * Issue 16 asks for one pipeline: the one submitted to Azure (with a spark step) is the one the local backend
 * runs, apart from that spark step. Both files are loaded as the submission loads them and compared whole.
 */
import path from 'node:path';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { repoRoot } from '../../support/action-runner.js';

const dir = path.join(repoRoot, '__tests__', 'fixtures', 'local', 'step-types');
const local = path.join(dir, 'pipeline.yaml');
const azure = path.join(dir, 'pipeline-with-spark.yaml');

/** A `SourceLocation` ({ file, line, column }): where a value was read, for messages. */
function isSourceLocation(value: object): boolean {
  return 'file' in value && 'line' in value && Object.keys(value).every((k) => ['file', 'line', 'column'].includes(k));
}

/**
 * Replaces where things were read from (`loc`, locations, the YAML nodes' character `range`) and the pipeline's
 * own file name by placeholders: the two files differ in name and line numbers, and nothing else may differ.
 */
function withoutSourcePositions(value: unknown, pipelineFile: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutSourcePositions(v, pipelineFile));
  if (!value || typeof value !== 'object') return value;
  if (isSourceLocation(value)) return '<source position>';
  const entries = Object.entries(value).map(([key, v]) => {
    if (key === 'loc' || key === 'range') return [key, '<source position>'];
    if (key === 'file' && v === pipelineFile) return [key, '<pipeline file>'];
    return [key, withoutSourcePositions(v, pipelineFile)];
  });
  return Object.fromEntries(entries);
}

describe('the step-types pipeline of the local backend and of Azure', () => {
  test('are the same pipeline except the spark step, which only the Azure one has', async () => {
    const onRunner = await loadPipelineJob(local);
    const onAzure = await loadPipelineJob(azure);
    const { total: spark, ...rest } = onAzure.jobs;
    expect(spark.type).toBe('spark');
    expect(Object.keys(rest)).toEqual(Object.keys(onRunner.jobs));
    expect(Object.keys(rest)).toEqual(['prep', 'sums', 'tune', 'report']);
    expect(withoutSourcePositions({ ...onAzure, jobs: rest }, azure)).toEqual(withoutSourcePositions(onRunner, local));
  });
});
