/** Which workspace model the local smoke test downloads when the inputs name none: the deployment file's `model:`. */
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../shared/core/errors.js';
import { modelRequestOf } from '../../../shared/endpoints/local-smoke.js';

const loc = { file: 'deployment.yml', line: 4, column: 8 };

describe("the deployment file's model reference", () => {
  it.each([
    ['azureml:animals:3', { name: 'animals', selector: { kind: 'version', version: '3' } }],
    ['azureml:animals@latest', { name: 'animals', selector: { kind: 'latest' } }],
    ['azureml:animals', { name: 'animals', selector: { kind: 'latest' } }],
  ])('%s asks the workspace for that model', (text, expected) =>
    expect(modelRequestOf({ kind: 'azureml', text, loc })).toEqual(expected),
  );

  it.each([
    'azureml:animals@stable',
    'azureml:animals:',
    'azureml:animals:3@latest',
    'azureml:zoo/animals:3',
    'azureml://registries/shared/models/animals/versions/4',
    '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/models/animals/versions/3',
  ])('%s is refused at its line, asking for the model inputs', (text) => {
    const refusal = catchError(() => modelRequestOf({ kind: 'azureml', text, loc }));
    expect(refusal).toBeInstanceOf(UserError);
    expect(refusal).toMatchObject({ location: loc, message: expect.stringMatching(/input 'model-name'/) });
  });

  it('a deployment naming no model asks for the model inputs', () =>
    expect(() => modelRequestOf(undefined)).toThrow(/input 'model-name' \(and 'model-version'\)/));
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
