/**
 * The staged release's Kubernetes side, end to end: the staging, rollback and production k8s-deploy steps of
 * mlops-pipeline.yml, their `with:` evaluated from the workflow file as the runner would, run through the built
 * k8s-deploy bundle on the example's own manifests (project/k8s) against the fake Kubernetes API.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Workload } from '../../shared/k8s/objects.js';
import { ANNOTATION_PREFIX } from '../../shared/k8s/render.js';
import { bundle, runAction } from '../support/action-runner.js';
import { writeKubeconfig } from '../support/fake-kube/kubeconfig.js';
import { startFakeKube, type FakeKube } from '../support/fake-kube/server.js';
import { inputValue, type Scenario } from './support/job-graph.js';
import { examplesRoot } from './support/paths.js';
import { readWorkflow } from './support/workflow-yaml.js';

const workflow = readWorkflow('mlops-pipeline.yml');
const PUSH: Scenario = { event: 'push' };
const REPOSITORY = 'ghcr.io/azureml-mlops/animals-api';
const digest = (c: string) => `sha256:${c.repeat(64)}`;

interface Release {
  digest: string;
  modelVersion: string;
}

const envOf = (env: Record<string, unknown> | undefined) =>
  Object.fromEntries(Object.entries(env ?? {}).map(([k, v]) => [k, inputValue(String(v), PUSH)]));

/** A k8s-deploy step's inputs for `release`, as the runner evaluates its `with:` (no KUBECONFIG secret set). */
function inputsOf(job: string, stepName: string, release: Release): Record<string, string> {
  const step = workflow.jobs[job].steps.find((s) => s.name === stepName);
  if (!step?.with) throw new Error(`${job} has no step ${stepName}`);
  const context = {
    env: { ...envOf(workflow.env), ...envOf(workflow.jobs[job].env) },
    needs: {
      download: {
        result: 'success',
        outputs: { 'model-name': 'animal-classification', 'model-version': release.modelVersion },
      },
      build: { result: 'success', outputs: { digest: release.digest, 'api-version': '1.0.0' } },
    },
  };
  return Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, inputValue(String(v), PUSH, context)]));
}

let kube: FakeKube;

beforeEach(async () => {
  kube = await startFakeKube();
  for (const name of ['staging', 'production']) kube.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
});

afterEach(async () => {
  await kube.close();
});

async function runStep(job: string, stepName: string, release: Release) {
  const result = await runAction(bundle('k8s-deploy'), {
    cwd: examplesRoot,
    timeoutMs: 60000,
    inputs: inputsOf(job, stepName, release),
    env: { KUBECONFIG: writeKubeconfig(kube), NODE_EXTRA_CA_CERTS: undefined, GITHUB_SHA: 'c0ffee'.padEnd(40, '0') },
  });
  if (result.exitCode !== 0) throw new Error(`${job} > ${stepName} failed:\n${result.log}`);
  return result;
}

/** What the API Deployment of `namespace` runs: its image and the model version annotated on it. */
function running(namespace: string) {
  const live = kube.get<Workload>('apps/v1', 'Deployment', namespace, 'animals-api');
  return {
    image: live?.spec.template.spec.containers[0].image,
    model: live?.metadata.annotations?.[`${ANNOTATION_PREFIX}/model-version`],
  };
}

describe('mlops-pipeline.yml staged release on the example manifests (k8s-deploy bundle, fake cluster)', () => {
  const first: Release = { digest: digest('a'), modelVersion: '1' };
  const second: Release = { digest: digest('b'), modelVersion: '2' };

  it('staging then production run the same image by digest, each in its own namespace', async () => {
    await runStep('staging', 'Deploy to staging', first);
    expect(running('staging')).toEqual({ image: `${REPOSITORY}@${first.digest}`, model: '1' });
    expect(running('production').image).toBeUndefined();

    await runStep('production', 'Deploy to production', first);
    expect(running('production')).toEqual({ image: `${REPOSITORY}@${first.digest}`, model: '1' });
  });

  it('a release failing its smoke test is rolled back in staging by the rollback step; production keeps the last one', async () => {
    await runStep('staging', 'Deploy to staging', first);
    await runStep('production', 'Deploy to production', first);

    await runStep('staging', 'Deploy to staging', second);
    expect(running('staging').image).toBe(`${REPOSITORY}@${second.digest}`);
    // The smoke test failed: the job's rollback step runs; the production job does not.
    const rollback = await runStep('staging', 'Roll staging back', second);

    expect(rollback.log).toContain('deployment/animals-api was rolled back to revision 1');
    expect(running('staging')).toEqual({ image: `${REPOSITORY}@${first.digest}`, model: '1' });
    expect(running('production')).toEqual({ image: `${REPOSITORY}@${first.digest}`, model: '1' });

    // The next release deploys to staging cleanly over the rolled-back Deployment.
    await runStep('staging', 'Deploy to staging', { digest: digest('c'), modelVersion: '3' });
    expect(running('staging').image).toBe(`${REPOSITORY}@${digest('c')}`);
  });
});
