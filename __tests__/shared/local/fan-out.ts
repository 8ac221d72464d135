/**
 * A generated fan-out pipeline for the local backend (bench/local-pipeline.bench.ts and the tests): `seed` writes a
 * number, `work_NNN` (steps - 1 of them, one tiny python component) each derive one from it. When the variable
 * FANOUT_MARKER names a file, every process that runs appends a line to it, so a test can count what ran.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const MARK =
  'import os\nif os.environ.get("FANOUT_MARKER"):\n    open(os.environ["FANOUT_MARKER"], "a").write(sys.argv[0] + "\\n")\n';

/** Writes the fan-out pipeline: `seed` writes a number, `work_NNN` (steps - 1 of them) each derive one from it. */
export async function writeFanOut(dir: string, steps: number): Promise<string> {
  const component = (name: string, inputs: string, command: string, script: string) =>
    Promise.all([
      mkdir(join(dir, 'components', name, 'src'), { recursive: true }).then(() =>
        writeFile(join(dir, 'components', name, 'src', `${name}.py`), script),
      ),
      writeFile(
        join(dir, 'components', `${name}.yaml`),
        `$schema: https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json\nname: fan_${name}\n` +
          `version: 1\ntype: command\n${inputs}outputs:\n  out:\n    type: uri_folder\ncode: ./${name}/src\n` +
          `environment: azureml:bench-python:1\ncommand: >-\n  ${command}\n`,
      ),
    ]);
  await mkdir(join(dir, 'components'), { recursive: true });
  await component(
    'seed',
    '',
    'python seed.py ${{outputs.out}}',
    'import pathlib, sys\n' + MARK + 'pathlib.Path(sys.argv[1], "n.txt").write_text("7\\n")\n',
  );
  await component(
    'work',
    'inputs:\n  seed:\n    type: uri_folder\n  index:\n    type: integer\n',
    'python work.py ${{inputs.seed}} ${{inputs.index}} ${{outputs.out}}',
    'import pathlib, sys\n' +
      MARK +
      'n = int(pathlib.Path(sys.argv[1], "n.txt").read_text())\n' +
      'pathlib.Path(sys.argv[3], "v.txt").write_text(str(n * int(sys.argv[2])) + "\\n")\n',
  );
  const jobs = ['  seed:\n    type: command\n    component: ./components/seed.yaml\n'];
  for (let i = 0; i < steps - 1; i++) {
    jobs.push(
      `  work_${String(i).padStart(3, '0')}:\n    type: command\n    component: ./components/work.yaml\n` +
        `    inputs:\n      seed: \${{parent.jobs.seed.outputs.out}}\n      index: ${i}\n`,
    );
  }
  const file = join(dir, 'fan-out.yaml');
  await writeFile(
    file,
    `$schema: https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json\ntype: pipeline\n` +
      `name: fan-out-${steps}\nsettings:\n  default_compute: azureml:local\njobs:\n${jobs.join('')}`,
  );
  return file;
}
