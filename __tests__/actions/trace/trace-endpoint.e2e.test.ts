/**
 * End to end from an Azure ML online endpoint: deploy-endpoint's bundle deploys a model version a training job
 * registered to the ARM emulator's endpoint, then the trace bundle walks back from the endpoint: the deployment
 * (the one holding the most traffic, or the one named), the model its `model` property names (cross-checked with
 * the lineage tags deploy-endpoint wrote), the training job, its commit, workflow run and data inputs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bundle, runAction, expectSucceeded } from '../../support/action-runner.js';
import { startEmulatedWorkspace, type EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';
import { eventEnv } from '../../support/github-events/events.js';
import { link, seedTrainingJob, traceBundle as run, TRAINED_AT, TRAINING_DATA, TRAINING_RUN } from './azure-trace.js';
import { endpointProject } from '../deploy-endpoint/fixture-project.js';

const ENDPOINT = 'traced-api';
// What eventEnv('push-main') makes the deploying run.
const DEPLOYED_AT = '860c1904a1ce19322e91ac35af1ab07466440c37';
const DEPLOYING_RUN = 'https://github.com/contoso/animals-api/actions/runs/4242/attempts/1';

/** deploy-endpoint's fixture project, its endpoint renamed. */

let ws: EmulatedWorkspace;
let deployedTags: Record<string, string>;

beforeAll(async () => {
  ws = await startEmulatedWorkspace();
  await seedTrainingJob(ws);
  await ws.emu.seed.assetVersion('models', 'animals', '1', {
    modelUri: 'azureml://datastores/workspaceblobstore/paths/models/animals/v1/',
  });
  await ws.emu.seed.assetVersion('environments', 'animals-inference', '1', {
    image: 'mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:latest',
  });
  await deploy({ 'model-version': '3' });
  deployedTags = { ...(ws.emu.endpoints.deployment(ENDPOINT, 'blue')!.tags as Record<string, string>) };
}, 180_000);
afterAll(async () => ws?.close());

/** deploy-endpoint's bundle deploys a version of `animals` to the endpoint, as a workflow on main would. */
async function deploy(inputs: Record<string, string>): Promise<void> {
  const deployed = await runAction(bundle('deploy-endpoint'), {
    cwd: endpointProject(ENDPOINT),
    inputs: {
      ...ws.inputs(),
      'endpoint-file': 'endpoint.yml',
      'deployment-file': 'deployment.yml',
      'model-name': 'animals',
      'smoke-test-request': 'request.json',
      'smoke-test-response': 'response.json',
      ...inputs,
    },
    env: { ...ws.env(), ...eventEnv('push-main') },
    timeoutMs: 120_000,
  });
  expectSucceeded(deployed);
}

/** The stored deployment's tags, as a test wants them for one trace. */
function setTags(tags: Record<string, string>): void {
  ws.emu.endpoints.deployment(ENDPOINT, 'blue')!.tags = tags;
}

const traceBundle = (inputs: Record<string, string>) => run(ws, inputs, ws.env());

describe('trace bundle from an online endpoint', () => {
  it("walks from the endpoint's busiest deployment to the training job's commit, workflow run and data", async () => {
    setTags(deployedTags);
    const { result, traced } = await traceBundle({ endpoint: ENDPOINT });

    expect(result.exitCode).toBe(0);
    expect(traced?.start).toBe(`online endpoint ${ENDPOINT}/blue`);
    expect(link(traced, 'deployment')).toMatchObject({
      status: 'found',
      value: `${ENDPOINT}/blue`,
      source: 'Azure ML online endpoint, the deployment holding the most traffic (100%)',
      deployedByRun: DEPLOYING_RUN,
      deployedByCommit: DEPLOYED_AT,
    });
    // A managed deployment runs no image of ours: the walk goes from the deployment straight to the model.
    expect(link(traced, 'image')).toBeUndefined();
    expect(link(traced, 'model')).toEqual({
      link: 'model',
      status: 'found',
      value: 'animals:3',
      source: 'Azure ML model registry, named by deployment model property',
    });
    expect(link(traced, 'training-job')).toMatchObject({ status: 'found', value: 'train-77' });
    expect(link(traced, 'commit')).toMatchObject({ status: 'found', value: TRAINED_AT, source: 'Azure ML job tags' });
    expect(link(traced, 'workflow-run')).toMatchObject({ status: 'found', value: TRAINING_RUN });
    expect(link(traced, 'data-inputs')).toMatchObject({ status: 'found', value: TRAINING_DATA });
    expect(traced?.complete).toBe(true);
    expect(result.outputs.commit).toBe(TRAINED_AT);
    expect(result.outputs['data-inputs']).toBe(TRAINING_DATA);
    expect(result.log).toContain('the deployment holding the most traffic (100%)');
    expect(result.log).toContain(`Deployed by ${DEPLOYING_RUN} at commit ${DEPLOYED_AT}.`);
  });

  it("reaches the model from the deployment's model property when the deployment carries no tags", async () => {
    setTags({});
    const { result, traced } = await traceBundle({ endpoint: `${ENDPOINT}/blue` });

    expect(result.exitCode).toBe(0);
    const deployment = link(traced, 'deployment');
    expect(deployment).toMatchObject({ status: 'found', source: 'Azure ML online endpoint, named in the input' });
    expect(deployment).not.toHaveProperty('deployedByRun');
    expect(link(traced, 'model')).toMatchObject({ status: 'found', value: 'animals:3' });
    expect(link(traced, 'commit')).toMatchObject({ status: 'found', value: TRAINED_AT });
    expect(link(traced, 'data-inputs')).toMatchObject({ status: 'found', value: TRAINING_DATA });
    expect(traced?.complete).toBe(true);
  });

  it('reports tags that name another model than the deployment serves, and fails when all must agree', async () => {
    setTags({ ...deployedTags, 'azureml-mlops.model-version': '1' });
    const { result, traced } = await traceBundle({ endpoint: ENDPOINT, 'require-complete': 'true' });

    expect(link(traced, 'model')).toMatchObject({
      status: 'found',
      value: 'animals:3',
      conflict: 'the deployment tag model-name/model-version names animals:1; the walk follows animals:3',
    });
    expect(traced?.complete).toBe(false);
    expect(result.log).toContain('DISAGREES: the deployment tag model-name/model-version names animals:1');
    expect(result.summary).toContain('**disagrees**');
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining('model (disagrees:') }),
    );
  });

  it("says a registry's model is not in the workspace when the deployment serves one", async () => {
    setTags({});
    const stored = ws.emu.endpoints.deployment(ENDPOINT, 'blue')!.properties;
    const model = stored.model;
    stored.model = 'azureml://registries/shared-models/models/animals/versions/7';
    try {
      const { traced } = await traceBundle({ endpoint: `${ENDPOINT}/blue` });
      expect(link(traced, 'model')).toMatchObject({
        status: 'missing',
        value: 'animals:7',
        why: 'the deployment serves animals:7 from registry shared-models; Azure ML (the workspace) has no such version',
      });
    } finally {
      stored.model = model;
    }
  });

  it('reports an endpoint or deployment that does not exist as a missing link, with why', async () => {
    const ghost = await traceBundle({ endpoint: 'ghost-api' });
    expect(ghost.result.exitCode).toBe(0);
    expect(link(ghost.traced, 'deployment')).toEqual({
      link: 'deployment',
      status: 'missing',
      value: 'ghost-api',
      why: 'Azure ML has no online endpoint ghost-api',
    });
    expect(link(ghost.traced, 'model')).toMatchObject({
      status: 'missing',
      why: 'no deployment was read, so nothing names a model version',
    });
    expect(ghost.traced?.complete).toBe(false);

    const purple = await traceBundle({ endpoint: `${ENDPOINT}/purple` });
    expect(link(purple.traced, 'deployment')).toMatchObject({
      status: 'missing',
      value: `${ENDPOINT}/purple`,
      why: `online endpoint ${ENDPOINT} has no deployment purple`,
    });
  });

  // Last: it adds a second deployment to the endpoint the tests above share.
  it('follows the deployment holding the most traffic of a canary split, and the canary when named', async () => {
    setTags(deployedTags);
    await deploy({ 'deployment-name': 'green', 'model-version': '1', traffic: '20' });
    expect(ws.emu.endpoints.endpoint(ENDPOINT)?.properties.traffic).toEqual({ blue: 80, green: 20 });

    const busiest = await traceBundle({ endpoint: ENDPOINT });
    expect(link(busiest.traced, 'deployment')).toMatchObject({
      value: `${ENDPOINT}/blue`,
      source: 'Azure ML online endpoint, the deployment holding the most traffic (80%)',
    });
    expect(link(busiest.traced, 'model')).toMatchObject({ status: 'found', value: 'animals:3' });

    const canary = await traceBundle({ endpoint: `${ENDPOINT}/green` });
    expect(link(canary.traced, 'deployment')).toMatchObject({ status: 'found', value: `${ENDPOINT}/green` });
    expect(link(canary.traced, 'model')).toMatchObject({ status: 'found', value: 'animals:1' });
    expect(link(canary.traced, 'training-job')).toMatchObject({
      status: 'missing',
      why: 'Azure ML recorded no job for model animals:1, and no deployment tag names one',
    });
  }, 120_000);
});
