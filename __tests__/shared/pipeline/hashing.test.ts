import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadComponentFile } from '../../../shared/pipeline/component.js';
import { codeSnapshot, componentContentHash, contentHash202208 } from '../../../shared/pipeline/hashing.js';
import { ignoreMatcher } from '../../../shared/pipeline/ignore.js';

/** This test file's folder (jest 29 has no import.meta.dirname). */
const HERE = fileURLToPath(new URL('.', import.meta.url));

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aml-hash-'));
  await mkdir(join(dir, 'src/Utils'), { recursive: true });
  await writeFile(join(dir, 'src/train.py'), 'print("train")\n');
  await writeFile(join(dir, 'src/Utils/helpers.py'), 'X = 1\n');
  await writeFile(join(dir, 'src/a.txt'), 'a');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('code snapshot hash (azure-ai-ml hash_version 202208)', () => {
  it('is sha256 over the file count, #path# and size of each file by lower-cased path, then the bytes', async () => {
    const snapshot = await codeSnapshot(join(dir, 'src'));
    // Written out by hand from azure-ai-ml's _get_file_list_content_hash, for these three files.
    const expected = createHash('sha256')
      .update('3')
      .update('#a.txt#')
      .update('1')
      .update('#train.py#')
      .update('15')
      .update('#Utils/helpers.py#')
      .update('6')
      .update('a')
      .update('print("train")\n')
      .update('X = 1\n')
      .digest('hex');
    expect(snapshot.files.map((f) => f.relativePath)).toEqual(['a.txt', 'train.py', 'Utils/helpers.py']);
    expect(snapshot.contentHash).toBe(expected);
  });

  it('is the same on every run and changes when one file changes', async () => {
    const first = await codeSnapshot(join(dir, 'src'));
    expect((await codeSnapshot(join(dir, 'src'))).contentHash).toBe(first.contentHash);
    await writeFile(join(dir, 'src/Utils/helpers.py'), 'X = 2\n');
    expect((await codeSnapshot(join(dir, 'src'))).contentHash).not.toBe(first.contentHash);
  });

  it('leaves out what .amlignore lists, and prefers it over .gitignore', async () => {
    await writeFile(join(dir, 'src/.gitignore'), '*.py\n');
    await writeFile(join(dir, 'src/.amlignore'), 'Utils/\n*.txt\n');
    const snapshot = await codeSnapshot(join(dir, 'src'));
    expect(snapshot.ignoreFile).toBe('.amlignore');
    expect(snapshot.files.map((f) => f.relativePath)).toEqual(['.amlignore', '.gitignore', 'train.py']);
  });

  it('hashes a single file under its own name', async () => {
    const snapshot = await codeSnapshot(join(dir, 'src/a.txt'));
    expect(snapshot.contentHash).toBe(
      await contentHash202208([{ relativePath: 'a.txt', absolutePath: join(dir, 'src/a.txt'), size: 1 }]),
    );
  });
});

describe('gitwildmatch ignore rules', () => {
  it.each([
    ['*.pyc', 'deep/x.pyc', true],
    ['/build', 'build/out.bin', true],
    ['/build', 'src/build/out.bin', false],
    ['logs/', 'a/logs/today.txt', true],
    ['docs/**/*.md', 'docs/a/b/c.md', true],
    ['data?.csv', 'data1.csv', true],
    ['# comment', '# comment', false],
  ] as [string, string, boolean][])('%s excludes %s: %s', (pattern, path, excluded) => {
    expect(ignoreMatcher(pattern).isExcluded(path)).toBe(excluded);
  });
});

describe('component content hash', () => {
  const seedTraining = join(HERE, '../../fixtures/pipeline/seed/components/training/training.yaml');

  it('is stable across loads and changes with a code file', async () => {
    const base = await mkdtemp(join(tmpdir(), 'aml-comp-'));
    try {
      await mkdir(join(base, 'src'));
      await writeFile(join(base, 'src/train.py'), 'print(1)\n');
      const yaml = await readFile(seedTraining, 'utf8');
      await writeFile(join(base, 'c.yaml'), yaml.replace('../../environment/tensorflow.yaml', 'azureml:tf:1'));
      const first = await componentContentHash(await loadComponentFile(join(base, 'c.yaml')));
      expect(await componentContentHash(await loadComponentFile(join(base, 'c.yaml')))).toBe(first);
      await writeFile(join(base, 'src/train.py'), 'print(2)\n');
      expect(await componentContentHash(await loadComponentFile(join(base, 'c.yaml')))).not.toBe(first);
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });

  it('changes when the environment file it points at changes', async () => {
    const component = await loadComponentFile(seedTraining);
    const before = await componentContentHash(component);
    if (component.environment.kind !== 'local') throw new Error('fixture uses a local environment');
    component.environment.spec.image = 'python:3.12';
    expect(await componentContentHash(component)).not.toBe(before);
  });
});
