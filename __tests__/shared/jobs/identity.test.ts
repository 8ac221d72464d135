/** Job identity: the content hash that tells two submissions of one run apart (issue 17, part 1). */
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { assertSameContent, CONTENT_TAG, jobIdentity, pipelineContentHash } from '../../../shared/jobs/identity.js';
import { JOB_NAME_PATTERN, deterministicJobName } from '../../../shared/jobs/naming.js';
import { parseSetOverrides } from '../../../shared/pipeline/overrides.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import type { PipelineOverrides } from '../../../shared/pipeline/pipeline-job.js';
import { run } from './jobs-fixture.js';

const toy = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'fixtures', 'local', 'toy');

function copy(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'identity-')), 'toy');
  cpSync(toy, dir, { recursive: true });
  return dir;
}
const hashOf = async (dir: string, overrides: PipelineOverrides = {}) =>
  pipelineContentHash(await loadPipelineJob(path.join(dir, 'pipeline.yaml'), overrides));

describe('the content hash', () => {
  test('is the same for the same files in another checkout folder', async () => {
    expect(await hashOf(copy())).toBe(await hashOf(copy()));
  });

  test('changes with an input override, a set override, component code and local data', async () => {
    const dir = copy();
    const base = await hashOf(dir);
    expect(await hashOf(dir, { inputs: { epochs: 4 } })).not.toBe(base);
    expect(await hashOf(dir, { set: parseSetOverrides(['inputs.epochs=4']) })).not.toBe(base);
    const code = copy();
    appendFileSync(path.join(code, 'components', 'train', 'src', 'train.py'), '\n# changed\n');
    expect(await hashOf(code)).not.toBe(base);
    const data = copy();
    appendFileSync(path.join(data, 'data', 'numbers_a', 'extra.csv'), '1\n');
    expect(await hashOf(data)).not.toBe(base);
  });
});

describe('the job name', () => {
  test('carries the job key and the content hash, and stays a valid job name', () => {
    const name = deterministicJobName('animals', { ...run, job: 'Train (matrix)' }, 'abcdef012345');
    expect(name).toBe('animals-4f2a9c1-9876543210-1-train-matrix-abcdef012345');
    expect(name).toMatch(JOB_NAME_PATTERN);
  });

  test('a given name is kept as given, the hash still computed for its tag', async () => {
    const pipeline = await loadPipelineJob(path.join(copy(), 'pipeline.yaml'));
    const identity = await jobIdentity('nightly', pipeline, run, memoryLogger());
    expect(identity).toMatchObject({ name: 'nightly', given: true, tags: { [CONTENT_TAG]: identity.contentHash } });
  });
});

describe('attaching', () => {
  test('is allowed only when the existing job has the same content tag', () => {
    expect(() => assertSameContent('j', 'aaa', { [CONTENT_TAG]: 'aaa' }, 'https://studio/j')).not.toThrow();
    expect(() => assertSameContent('j', 'aaa', { [CONTENT_TAG]: 'bbb' }, 'https://studio/j')).toThrow(
      /'j' already exists with other content: it has content hash bbb, this submission has content hash aaa\. Nothing was submitted\. Existing job: https:\/\/studio\/j/,
    );
    expect(() => assertSameContent('j', 'aaa', {}, 'https://studio/j')).toThrow(/no content hash/);
  });
});
