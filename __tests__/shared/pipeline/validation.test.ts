import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ValidationError, type Problem } from '../../../shared/core/errors.js';
import { loadComponentFile } from '../../../shared/pipeline/component.js';
import { loadEnvironmentFile } from '../../../shared/pipeline/environment.js';
import { loadPipelineJob } from '../../../shared/pipeline/pipeline-job.js';

/** This test file's folder (jest 29 has no import.meta.dirname). */
const HERE = fileURLToPath(new URL('.', import.meta.url));

const BROKEN = join(HERE, '../../fixtures/pipeline/broken');

async function problemsOf(load: () => Promise<unknown>): Promise<Problem[]> {
  try {
    await load();
  } catch (error) {
    if (error instanceof ValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ValidationError, but the file loaded');
}

/** [fixture, expected message, file the problem is in (relative to broken/), line] */
const pipelineCases: [string, RegExp, string, number][] = [
  ['unknown-step.yaml', /binds to step 'nowhere', which does not exist/, 'unknown-step.yaml', 9],
  [
    'unknown-output-port.yaml',
    /output 'no_such_output' of step 'prep', which has no such output \(it has: output_data\)/,
    'unknown-output-port.yaml',
    15,
  ],
  [
    'unknown-pipeline-input.yaml',
    /\$\{\{parent\.inputs\.epoch\}\} but the pipeline has no input 'epoch' \(it has: epochs\)/,
    'unknown-pipeline-input.yaml',
    19,
  ],
  ['unknown-parent-output.yaml', /the pipeline has no output 'modle'/, 'unknown-parent-output.yaml', 16],
  ['cycle.yaml', /cycle: first -> second -> first/, 'cycle.yaml', 7],
  [
    'required-unbound.yaml',
    /leaves required input 'training_folder' \(uri_folder\) of its component unbound/,
    'required-unbound.yaml',
    7,
  ],
  ['literal-wrong-type.yaml', /input 'epochs' must be an integer, got 'five'/, 'literal-wrong-type.yaml', 15],
  [
    'pipeline-input-wrong-type.yaml',
    /input 'epochs' is integer, but pipeline input 'epochs' must be an integer, got '2.5'/,
    'pipeline-input-wrong-type.yaml',
    6, // where the value is written (a `set`/`inputs` override is blamed on that input the same way)
  ],
  ['unknown-node-input.yaml', /sets input 'dataa', but its component has no such input/, 'unknown-node-input.yaml', 12],
  ['no-compute.yaml', /step 'prep' has no compute/, 'no-compute.yaml', 5],
  ['missing-component-file.yaml', /component file .*not-there\.yaml does not exist/, 'missing-component-file.yaml', 7],
  ['bad-component-ref.yaml', /'azureml:dataprep' has no version/, 'bad-component-ref.yaml', 7],
  // .txt so the repository's formatter does not choke on the deliberately broken YAML
  ['syntax-error.yaml.txt', /YAML syntax error/, 'syntax-error.yaml.txt', 5],
  [
    'uses-broken-component.yaml',
    /port 'rate' has type 'float', which is not an Azure ML type/,
    'components/bad-command.yaml',
    9,
  ],
  [
    'uses-broken-component.yaml',
    /input 'extra' is optional, so \$\{\{inputs\.extra\}\} must sit inside a \$\[\[ \.\.\. \]\] block/,
    'components/bad-command.yaml',
    21,
  ],
  [
    'uses-broken-component.yaml',
    /command uses \$\{\{outputs\.reslt\}\} but there is no such output \(declared outputs: result\)/,
    'components/bad-command.yaml',
    22,
  ],
  [
    'uses-broken-component.yaml',
    /command uses \$\{\{inputs\.missing\}\} but there is no such input/,
    'components/bad-command.yaml',
    23,
  ],
];

describe('pipeline validation', () => {
  it.each(pipelineCases)('%s reports %s at %s:%i', async (fixture, message, file, line) => {
    const problems = await problemsOf(() => loadPipelineJob(join(BROKEN, fixture)));
    const match = problems.find((p) => message.test(p.message));
    expect(match?.message).toMatch(message);
    expect(match?.location).toMatchObject({ file: join(BROKEN, file), line });
  });

  it('reports every problem of a file in one error, not one per run', async () => {
    const problems = await problemsOf(() => loadPipelineJob(join(BROKEN, 'uses-broken-component.yaml')));
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });
});

const componentCases: [string, RegExp, number][] = [
  ['unknown-type.yaml', /unknown component type 'comand'; expected command/, 2],
  ['missing-command.yaml', /a command component needs 'command'/, 1],
  ['missing-command.yaml', /code '\.\/does-not-exist' does not exist/, 4],
  ['parallel.yaml', /not supported yet: parallel components/, 2],
];

describe('component validation', () => {
  it.each(componentCases)('%s reports %s at line %i', async (fixture, message, line) => {
    const problems = await problemsOf(() => loadComponentFile(join(BROKEN, 'components', fixture)));
    const match = problems.find((p) => message.test(p.message));
    expect(match?.message).toMatch(message);
    expect(match?.location).toMatchObject({ file: join(BROKEN, 'components', fixture), line });
  });
});

describe('environment validation', () => {
  it.each([
    [/either image or build, not both/, 1],
    [/conda_file cannot be combined with build/, 5],
    [/conda_file '\.\/missing-conda\.yaml' does not exist/, 5],
  ] as [RegExp, number][])('reports %s at line %i', async (message, line) => {
    const problems = await problemsOf(() => loadEnvironmentFile(join(BROKEN, 'environment-both.yaml')));
    const match = problems.find((p) => message.test(p.message));
    expect(match?.location?.line).toBe(line);
  });
});
