/** The pure parts of tracing from an online endpoint: the input, which deployment to follow, the model reference. */
import { describe, expect, it } from '@jest/globals';
import { busiestDeployment, modelOfReference, parseEndpointName } from '../../../shared/trace/endpoint.js';

describe('the endpoint input', () => {
  it.each([
    ['animals-api', { endpoint: 'animals-api' }],
    ['animals-api/blue', { endpoint: 'animals-api', deployment: 'blue' }],
  ])('reads %s', (value, expected) => expect(parseEndpointName(value)).toEqual(expected));

  it.each(['', 'a', 'animals-api/', 'animals-api/blue/x', '1api', 'api\n::notice::x'])('refuses %j', (value) =>
    expect(() => parseEndpointName(value)).toThrow(/Input 'endpoint': .* is not NAME or NAME\/DEPLOYMENT/),
  );
});

describe('the deployment followed when none is named', () => {
  it('is the one holding the most traffic, and says so', () =>
    expect(busiestDeployment({ blue: 90, green: 10 }, ['blue', 'green'])).toEqual({
      name: 'blue',
      chosen: 'the deployment holding the most traffic (90%)',
    }));

  it('is no one when two hold the same share: picking one would be a guess', () =>
    expect(busiestDeployment({ blue: 50, green: 50 }, ['blue', 'green'])).toEqual({
      why: 'blue and green hold 50% of the traffic each; name one as NAME/DEPLOYMENT',
    }));

  it('is the only deployment when no traffic is set, else none', () => {
    expect(busiestDeployment({}, ['blue'])).toMatchObject({ name: 'blue' });
    expect(busiestDeployment({ blue: 0 }, ['blue', 'green'])).toEqual({
      why: 'no deployment holds traffic; name one as NAME/DEPLOYMENT (deployments: blue, green)',
    });
    expect(busiestDeployment(undefined, [])).toEqual({ why: 'the endpoint has no deployments' });
  });
});

describe("a deployment's model property", () => {
  it.each([
    [
      '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/models/animals/versions/3',
      { name: 'animals', version: '3' },
    ],
    ['azureml://registries/shared/models/animals/versions/4', { name: 'animals', version: '4', registry: 'shared' }],
    ['azureml:animals:5', { name: 'animals', version: '5' }],
  ])('names the model version of %s', (model, expected) => expect(modelOfReference(model)).toEqual(expected));

  it.each(['azureml:animals@latest', 'azureml:animals', 'azureml:animals:5:6', 'azureml:zoo/animals:5', undefined])(
    'names none in %s',
    (model) => expect(modelOfReference(model)).toBeUndefined(),
  );
});
