/**
 * End to end on the Azure backend: k8s-deploy deploys an image from Debian's docker-registry to the fake
 * Kubernetes API, then the trace bundle walks back from that Deployment: the image's digest and labels (from the
 * registry), the model version and its training job (from the ARM emulator), the job's commit, workflow run and
 * data inputs. A link that cannot be followed is reported missing, with why.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bundle, runAction } from '../../support/action-runner.js';
import { startEmulatedWorkspace, type EmulatedWorkspace } from '../../support/azure/workspace-fixture.js';
import { writeKubeconfig } from '../../support/fake-kube/kubeconfig.js';
import { startFakeKube, type FakeKube } from '../../support/fake-kube/server.js';
import { startRegistry, type TestRegistry } from '../../support/registry/registry.js';
import { manifestsWorkspace } from '../k8s-deploy/workspace.js';
import { link, seedTrainingJob, traceBundle as run, TRAINED_AT, TRAINING_DATA, TRAINING_RUN } from './azure-trace.js';

const BUILT_AT = 'b111d000b111d000b111d000b111d000b111d000';

let ws: EmulatedWorkspace;
let registry: TestRegistry;
let kube: FakeKube;
let image: string;
let digest: string;

beforeAll(async () => {
  [ws, registry, kube] = await Promise.all([startEmulatedWorkspace(), startRegistry('none'), startFakeKube()]);
  await seedTrainingJob(ws);
  await ws.emu.seed.assetVersion('models', 'orphan', '1', {
    modelUri: 'azureml://datastores/workspaceblobstore/paths/orphan/',
  });
  const pushed = await registry.pushIndex('mlops/animals-api', '1.0.0', {
    'org.opencontainers.image.revision': BUILT_AT,
    'io.github.azureml-mlops.model-name': 'animals',
    'io.github.azureml-mlops.model-version': '3',
    'io.github.azureml-mlops.training-job': 'train-77',
  });
  image = `${registry.host}/mlops/animals-api:1.0.0`;
  digest = pushed.digest;
}, 120_000);
afterAll(async () => Promise.all([ws?.close(), registry?.stop(), kube?.close()]));

/** The loopback servers are reached directly, not through the emulator's proxy. */
const env = () => ({ ...ws.env(), NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1', KUBECONFIG: writeKubeconfig(kube) });

const traceBundle = (inputs: Record<string, string>) => run(ws, inputs, env());

describe('trace bundle on the Azure backend', () => {
  it('walks from a deployed Deployment to the commit, workflow run and data inputs of the training job', async () => {
    const deployed = await runAction(bundle('k8s-deploy'), {
      cwd: manifestsWorkspace('trace-deploy-', {
        'app.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: animals-api}
spec:
  selector: {matchLabels: {app: animals-api}}
  template:
    metadata: {labels: {app: animals-api}}
    spec:
      containers: [{name: api, image: ${registry.host}/mlops/animals-api:latest}]
`,
      }),
      inputs: { manifests: 'k8s/', images: image },
      env: { ...env(), GITHUB_SHA: 'd'.repeat(40), GITHUB_REPOSITORY: 'octo-org/animals', GITHUB_RUN_ID: '900' },
      timeoutMs: 60_000,
    });
    expect(deployed.exitCode).toBe(0);

    const { result, traced } = await traceBundle({ deployment: 'default/animals-api' });

    expect(result.exitCode).toBe(0);
    expect(traced?.start).toBe('Deployment default/animals-api');
    expect(link(traced, 'deployment')).toMatchObject({ status: 'found', source: expect.stringContaining('cluster') });
    // The index's own digest names the image; the walk read its linux/amd64 config.
    expect(link(traced, 'image')).toMatchObject({
      status: 'found',
      value: `${image}@${digest}`,
      source: expect.stringContaining('labels of its linux/amd64 image sha256:'),
    });
    expect(link(traced, 'build-commit')).toMatchObject({ status: 'found', value: BUILT_AT, source: 'image label' });
    expect(link(traced, 'model')).toMatchObject({ status: 'found', value: 'animals:3' });
    expect(link(traced, 'training-job')).toMatchObject({ status: 'found', value: 'train-77' });
    expect(link(traced, 'commit')).toMatchObject({ status: 'found', value: TRAINED_AT, source: 'Azure ML job tags' });
    expect(link(traced, 'workflow-run')).toMatchObject({ status: 'found', value: TRAINING_RUN });
    expect(link(traced, 'data-inputs')).toMatchObject({
      status: 'found',
      value: TRAINING_DATA,
    });
    expect(traced?.complete).toBe(true);
    expect(result.outputs.commit).toBe(TRAINED_AT);
    expect(result.outputs['image-commit']).toBe(BUILT_AT);
    expect(result.summary).toContain('| Training commit | found |');
    expect(result.log).toContain(
      `Deployed by https://github.com/octo-org/animals/actions/runs/900 at commit ${'d'.repeat(40)}.`,
    );
  });

  it('starts from an image reference and reads the same chain', async () => {
    const { result, traced } = await traceBundle({ image });
    expect(result.exitCode).toBe(0);
    expect(link(traced, 'deployment')).toBeUndefined();
    expect(link(traced, 'image')).toMatchObject({ status: 'found', value: expect.stringContaining(`@${digest}`) });
    expect(link(traced, 'commit')).toMatchObject({ status: 'found', value: TRAINED_AT });
  });

  it('says which links are missing and why, and fails only when asked to require them all', async () => {
    const { result, traced } = await traceBundle({ model: 'orphan:1' });
    expect(result.exitCode).toBe(0);
    expect(link(traced, 'model')).toMatchObject({ status: 'found', value: 'orphan:1' });
    expect(link(traced, 'training-job')).toMatchObject({
      status: 'missing',
      why: expect.stringContaining('recorded no job for model orphan:1'),
    });
    expect(link(traced, 'commit')?.status).toBe('missing');
    expect(traced?.complete).toBe(false);

    const absent = await traceBundle({ model: 'animals:9', 'require-complete': 'true' });
    expect(absent.result.exitCode).toBe(1);
    expect(link(absent.traced, 'model')).toMatchObject({
      status: 'missing',
      why: 'Azure ML has no model version animals:9',
    });
    expect(absent.result.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining('is incomplete') }),
    );
  });
});
