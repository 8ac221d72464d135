import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';
import { LocalWorkspace, runLocalPipeline } from '../../../shared/local/index.js';

/** A component whose code imports a helper kept outside its code folder, brought in by `additional_includes`. */
const FILES: Record<string, string> = {
  'pipeline.yaml': `
type: pipeline
settings: {default_compute: serverless}
jobs:
  train:
    type: command
    component: ./components/train/train.yaml
    outputs:
      out: {type: uri_folder}
`,
  'components/train/train.yaml': `
type: command
name: train
outputs:
  out: {type: uri_folder}
code: ./src
additional_includes:
  - ../../common
  - ../../config.txt
environment: {image: python:3.12-slim}
command: python3 main.py \${{outputs.out}}
`,
  'components/train/src/main.py': `import sys
from pathlib import Path
from common.helper import GREETING
Path(sys.argv[1], 'result.txt').write_text(GREETING + ' ' + Path('config.txt').read_text())
`,
  'common/helper.py': 'GREETING = "hello from the shared lib"\n',
  'config.txt': 'with config\n',
};

test("a step's code folder holds its component's additional_includes at its root, as on Azure", async () => {
  const root = await mkdtemp(join(tmpdir(), 'local-includes-'));
  try {
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), text);
    }
    const ws = await LocalWorkspace.open(join(root, '.mlops'));
    const job = await loadPipelineJob(join(root, 'pipeline.yaml'), {});
    const result = await runLocalPipeline(ws, job, { log: memoryLogger() });
    expect(result.steps.map((s) => [s.name, s.status, s.error ?? ''])).toEqual([['train', 'Completed', '']]);
    const out = result.steps[0].outputs.out;
    expect(await readFile(join(out, 'result.txt'), 'utf8')).toBe('hello from the shared lib with config\n');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
