/**
 * End to end: k8s-deploy takes the commit, model and training job from the image's labels (read from Debian's
 * docker-registry behind a token service, without a pull) and records the deploying run beside them, so a
 * promote - an image built at commit A, deployed by a run at commit B - keeps commit A.
 */
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Workload } from '../../../shared/k8s/objects.js';
import { bundle, runAction } from '../../support/action-runner.js';
import { writeKubeconfig } from '../../support/fake-kube/kubeconfig.js';
import { startFakeKube, type FakeKube } from '../../support/fake-kube/server.js';
import { READER, startRegistry, type TestRegistry } from '../../support/registry/registry.js';
import { manifestsWorkspace } from './workspace.js';

const A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

let registry: TestRegistry;
let kube: FakeKube;
let dockerConfig: string;

beforeAll(async () => {
  registry = await startRegistry('token');
  // A pull-only user, as a deploy job's docker/login-action would have.
  dockerConfig = mkdtempSync(path.join(tmpdir(), 'docker-'));
  const auth = Buffer.from(`${READER.username}:${READER.password}`).toString('base64');
  writeFileSync(path.join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth } } }));
}, 60000);
afterAll(async () => registry?.stop());
beforeEach(async () => {
  kube = await startFakeKube();
});
afterEach(async () => kube.close());

function deploy(image: string, env: Record<string, string>, inputs: Record<string, string> = {}) {
  const workspace = manifestsWorkspace('lineage-deploy-', {
    'app.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: scorer}
spec:
  selector: {matchLabels: {app: scorer}}
  template:
    metadata: {labels: {app: scorer}}
    spec:
      containers: [{name: scorer, image: ${registry.host}/mlops/scorer:latest}]
`,
  });
  return runAction(bundle('k8s-deploy'), {
    cwd: workspace,
    timeoutMs: 60000,
    inputs: { manifests: 'k8s/', images: image, ...inputs },
    env: {
      KUBECONFIG: writeKubeconfig(kube),
      NODE_EXTRA_CA_CERTS: undefined,
      DOCKER_CONFIG: dockerConfig,
      GITHUB_REPOSITORY: 'contoso/credit',
      GITHUB_SERVER_URL: 'https://github.com',
      ...env,
    },
  });
}

/** `keys` under `prefix`: the suite's label or annotation keys, or the previous release's label keys. */
const prefixed = (prefix: string, keys: Record<string, string>) =>
  Object.fromEntries(Object.entries(keys).map(([k, v]) => [`${prefix}${k}`, v]));
/** The labels of an image built at commit A. */
const builtAtA = (prefix: string, keys: Record<string, string>) => ({
  'org.opencontainers.image.revision': A,
  ...prefixed(prefix, keys),
});

const annotations = () =>
  kube.get<Workload>('apps/v1', 'Deployment', 'default', 'scorer')?.spec.template.metadata?.annotations ?? {};

describe('k8s-deploy: lineage from the image', () => {
  it('a promote keeps the commit the image was built from and records the run that deployed it', async () => {
    await registry.pushImage(
      'mlops/scorer',
      '1.0.0',
      builtAtA('io.github.azureml-mlops.', {
        'build-run': 'https://github.com/contoso/credit/actions/runs/10',
        'model-name': 'credit-risk',
        'model-version': '7',
        'training-job': 'job-built-at-a',
        'data-inputs': 'train=azureml:credit-data:3',
      }),
    );

    const result = await deploy(`${registry.host}/mlops/scorer:1.0.0`, { GITHUB_SHA: B, GITHUB_RUN_ID: '77' });

    expect(result.exitCode).toBe(0);
    expect(annotations()).toMatchObject(
      prefixed('azureml-mlops.github.io/', {
        commit: A,
        'build-run': 'https://github.com/contoso/credit/actions/runs/10',
        'deployed-by-commit': B,
        'deployed-by-run': 'https://github.com/contoso/credit/actions/runs/77',
        'model-name': 'credit-risk',
        'model-version': '7',
        'training-job': 'job-built-at-a',
        'data-inputs': 'train=azureml:credit-data:3',
      }),
    );
    const container = kube.get<Workload>('apps/v1', 'Deployment', 'default', 'scorer')?.spec.template.spec
      .containers[0];
    expect(container?.env).toContainEqual({ name: 'GIT_SHA', value: A });
    expect(result.summary).toContain('job-built-at-a');
  });

  it("reads an image index's linux/amd64 config and the previous release's label keys", async () => {
    await registry.pushIndex(
      'mlops/scorer',
      '0.9.0',
      builtAtA('io.github.azureml-mlops.model.', { name: 'credit-risk', version: '6', 'training-job': 'old-job' }),
    );

    const result = await deploy(
      `${registry.host}/mlops/scorer:0.9.0`,
      { GITHUB_SHA: B, GITHUB_RUN_ID: '78' },
      { 'model-version': '5' },
    );

    expect(result.exitCode).toBe(0);
    expect(annotations()).toMatchObject(
      prefixed('azureml-mlops.github.io/', {
        commit: A,
        'model-name': 'credit-risk',
        'model-version': '6',
        'training-job': 'old-job',
      }),
    );
    // The input disagreed with the image: said, and the image's label kept.
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringContaining("the input says '5'") }),
    );
  });

  it("uses the run's commit for an image without labels, and with image-labels false reads no registry", async () => {
    await registry.pushImage('mlops/scorer', 'plain');
    const plain = await deploy(`${registry.host}/mlops/scorer:plain`, { GITHUB_SHA: B, GITHUB_RUN_ID: '79' });
    expect(plain.exitCode).toBe(0);
    expect(annotations()['azureml-mlops.github.io/commit']).toBe(B);

    await registry.pushImage('mlops/scorer', '1.0.1', { 'org.opencontainers.image.revision': A });
    const off = await deploy(
      `${registry.host}/mlops/scorer:1.0.1`,
      { GITHUB_SHA: B, GITHUB_RUN_ID: '80' },
      { 'image-labels': 'false' },
    );
    expect(off.exitCode).toBe(0);
    expect(annotations()['azureml-mlops.github.io/commit']).toBe(B);
  });
});
