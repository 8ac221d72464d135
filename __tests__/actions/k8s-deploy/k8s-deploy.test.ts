/**
 * End to end: the built bundle, run the way the runner runs it, against the fake API server.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Workload } from '../../../shared/k8s/objects.js';
import { ANNOTATION_PREFIX } from '../../../shared/k8s/render.js';
import { manifestsWorkspace } from './workspace.js';
import { bundle, runAction, type RunOptions } from '../../support/action-runner.js';
import { writeExecPlugin, writeKubeconfig } from '../../support/fake-kube/kubeconfig.js';
import { SCORER_SERVICE, scorerDeployment } from '../../support/k8s-manifests.js';
import { startFakeKube, type FakeKube } from '../../support/fake-kube/server.js';

const GOOD = 'myreg.azurecr.io:5000/mlops/scorer:sha-1111111';
const BAD = 'myreg.azurecr.io:5000/mlops/scorer:sha-bad0000';
const SHA = '0123456789abcdef0123456789abcdef01234567';

const deployment = (image: string) =>
  scorerDeployment({
    image,
    replicas: 2,
    env: ['{name: MODEL_VERSION, value: "0"}', '{name: LOG_LEVEL, value: info}'],
    sidecar: 'busybox:1.36',
  });
const service = SCORER_SERVICE;

let kube: FakeKube;
let workspace: string;

function writeManifests(image = 'myreg.azurecr.io:5000/mlops/scorer:latest'): void {
  writeFileSync(path.join(workspace, 'k8s', 'app.yaml'), `${deployment(image)}---\n${service}`);
}

function run(inputs: Record<string, string>, extra: Partial<RunOptions> = {}) {
  return runAction(bundle('k8s-deploy'), {
    cwd: workspace,
    timeoutMs: 30000,
    inputs: {
      manifests: 'k8s/',
      images: GOOD,
      'model-name': 'credit-risk',
      'model-version': '7',
      'api-version': 'v2',
      // These images live in no registry; reading their labels is proved in image-lineage.test.ts.
      'image-labels': 'false',
      ...inputs,
    },
    env: {
      KUBECONFIG: writeKubeconfig(kube),
      NODE_EXTRA_CA_CERTS: undefined,
      GITHUB_SHA: SHA,
      GITHUB_REPOSITORY: 'contoso/credit',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
      ...extra.env,
    },
  });
}

beforeEach(async () => {
  kube = await startFakeKube();
  workspace = manifestsWorkspace('k8s-deploy-');
  writeManifests();
});

afterEach(async () => {
  await kube.close();
});

const scorer = () => kube.get<Workload>('apps/v1', 'Deployment', 'default', 'scorer');

describe('k8s-deploy bundle', () => {
  it('applies the rendered manifests with server-side apply, waits for the rollout and reports what it deployed', async () => {
    const result = await run({});

    expect(result.exitCode).toBe(0);
    const applies = kube.requests.filter((r) => r.method === 'PATCH');
    expect(
      applies.every(
        (r) => r.contentType === 'application/apply-patch+yaml' && r.query.fieldManager === 'mlops-k8s-deploy',
      ),
    ).toBe(true);
    expect(applies.findIndex((r) => r.query.dryRun !== 'All')).toBeGreaterThan(
      applies.findLastIndex((r) => r.query.dryRun === 'All'),
    );

    const live = scorer();
    const [main, sidecar] = live?.spec.template.spec.containers ?? [];
    expect(main.image).toBe(GOOD);
    expect(sidecar.image).toBe('busybox:1.36');
    expect(main.env).toEqual([
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'MODEL_NAME', value: 'credit-risk' },
      { name: 'MODEL_VERSION', value: '7' },
      { name: 'API_VERSION', value: 'v2' },
      { name: 'GIT_SHA', value: SHA },
    ]);
    for (const annotations of [live?.metadata.annotations, live?.spec.template.metadata?.annotations]) {
      expect(annotations).toMatchObject({
        'azureml-mlops.github.io/commit': SHA,
        'azureml-mlops.github.io/deployed-by-run': 'https://github.com/contoso/credit/actions/runs/42',
        'azureml-mlops.github.io/deployed-by-commit': SHA,
        'azureml-mlops.github.io/model-name': 'credit-risk',
        'azureml-mlops.github.io/model-version': '7',
        'azureml-mlops.github.io/images': `scorer=${GOOD},sidecar=busybox:1.36`,
      });
    }

    expect(JSON.parse(result.outputs.resources)).toEqual([
      { apiVersion: 'v1', kind: 'Service', name: 'scorer', namespace: 'default' },
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'scorer', namespace: 'default' },
    ]);
    const images = JSON.parse(result.outputs.images) as { container: string; image: string; digest?: string }[];
    expect(images.find((i) => i.container === 'scorer')).toMatchObject({
      image: GOOD,
      digest: expect.stringMatching(/^sha256:[a-f0-9]{64}$/),
    });
    expect(result.outputs.revision).toBe('1');
    expect(result.summary).toContain('Deployment/scorer');
    expect(result.summary).toContain('credit-risk v7');
    expect(result.log).toContain('deployment "scorer" successfully rolled out');
  });

  it('fails fast on ImagePullBackOff, prints the reason and rolls back to the previous revision', async () => {
    expect((await run({})).exitCode).toBe(0);
    kube.scriptImage(BAD, { kind: 'ImagePullBackOff' });

    const result = await run({ images: BAD, 'model-version': '8', timeout: '300' });

    expect(result.exitCode).toBe(1);
    const failure = result.annotations.find((a) => a.level === 'error' && a.message.startsWith('The rollout'));
    expect(failure?.message).toContain('ImagePullBackOff');
    expect(failure?.message).toContain('deployment/scorer was rolled back to revision 1');
    expect(result.log).toContain(`Failed to pull image "${BAD}"`);
    const live = scorer();
    expect(live?.spec.template.spec.containers[0].image).toBe(GOOD);
    expect(live?.metadata.annotations?.['azureml-mlops.github.io/model-version']).toBe('7');
    expect(live?.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(live?.status?.availableReplicas).toBe(2);

    // The rollback kept our field manager as the template's owner, so the next deploy applies cleanly.
    expect((await run({ 'model-version': '9' })).exitCode).toBe(0);
  });

  it('with rollback, puts a healthy release back to the previous revision (a failed smoke test) and applies nothing else', async () => {
    expect((await run({})).exitCode).toBe(0);
    const NEXT = 'myreg.azurecr.io:5000/mlops/scorer:sha-2222222';
    expect((await run({ images: NEXT, 'model-version': '8' })).exitCode).toBe(0);
    expect(scorer()?.spec.template.spec.containers[0].image).toBe(NEXT);

    // As the staged workflow's rollback step calls it: the manifests and nothing about the release.
    const before = kube.requests.length;
    const result = await run({
      rollback: 'true',
      images: '',
      'model-name': '',
      'model-version': '',
      'api-version': '',
    });

    expect(result.exitCode).toBe(0);
    const live = scorer();
    expect(live?.spec.template.spec.containers[0].image).toBe(GOOD);
    // The key prefix from the source: the lineage namespace is being renamed on another branch.
    expect(live?.metadata.annotations).toMatchObject({
      [`${ANNOTATION_PREFIX}/model-version`]: '7',
      [`${ANNOTATION_PREFIX}/rolled-back-from-revision`]: '2',
      'deployment.kubernetes.io/revision': '3',
    });
    expect(live?.status?.availableReplicas).toBe(2);
    expect(result.outputs.revision).toBe('3');
    expect(result.log).toContain('deployment/scorer was rolled back to revision 1');
    expect(result.summary).toContain('Rolled back on Kubernetes');
    // Nothing but the Deployment was written: the Service is not applied again.
    const writes = kube.requests.slice(before).filter((r) => r.method !== 'GET' && r.query.dryRun !== 'All');
    expect(writes.map((r) => r.path)).toEqual(['/apis/apps/v1/namespaces/default/deployments/scorer']);

    // Our field manager still owns the template, so the next release applies cleanly.
    expect((await run({ images: NEXT, 'model-version': '9' })).exitCode).toBe(0);
  });

  it('with rollback, fails saying why when the Deployment has no earlier revision', async () => {
    expect((await run({})).exitCode).toBe(0);

    const result = await run({ rollback: 'true' });

    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      'Rollback failed: deployment/scorer has no earlier revision (this was its first rollout)',
    );
    expect(scorer()?.spec.template.spec.containers[0].image).toBe(GOOD);
  });

  it('with rollback, fails when the Deployment is not in the cluster at all, and creates nothing', async () => {
    const result = await run({ rollback: 'true' });

    expect(result.exitCode).toBe(1);
    expect(result.log).toContain('deployment/scorer does not exist, so there is nothing to roll back.');
    expect(result.log).toContain('Rollback failed: Nothing could be rolled back.');
    expect(kube.writes()).toEqual([]);
  });

  it('prints the last log lines of a crash-looping container and says nothing could be rolled back on a first deploy', async () => {
    kube.scriptImage(BAD, { kind: 'CrashLoopBackOff' });

    const result = await run({ images: BAD });

    expect(result.exitCode).toBe(1);
    expect(result.log).toContain('KeyError: MODEL_PATH');
    expect(result.log).toContain('has no earlier revision (this was its first rollout), so it was not rolled back');
  });

  it('fails when the rollouts do not finish within the one deadline', async () => {
    kube.scriptImage(GOOD, { kind: 'never-ready' });

    const result = await run({ timeout: '1', 'rollback-on-failure': 'false' });

    expect(result.exitCode).toBe(1);
    expect(result.log).toMatch(
      /did not finish in time: timed out waiting for deployment\/scorer \(Waiting for deployment "scorer" rollout to finish: 0 of 2 updated replicas are available/,
    );
    expect(result.log).toContain('rollback-on-failure is false');
  });

  it('fails on ProgressDeadlineExceeded the way kubectl rollout status does', async () => {
    kube.scriptImage(GOOD, { kind: 'ProgressDeadlineExceeded', afterPolls: 1 });

    const result = await run({});

    expect(result.exitCode).toBe(1);
    expect(result.log).toContain('deployment "scorer" exceeded its progress deadline');
  });

  it('in a dry run, writes and prints the rendered manifests and sends nothing to the cluster', async () => {
    const result = await run({ 'dry-run': 'true', 'rendered-folder': 'out' });

    expect(result.exitCode).toBe(0);
    expect(kube.requests).toEqual([]);
    const files = readdirSync(path.join(workspace, 'out')).sort();
    expect(files).toEqual(['001-deployment-scorer.yaml', '002-service-scorer.yaml']);
    expect(readFileSync(path.join(workspace, 'out', files[0]), 'utf8')).toContain(`image: ${GOOD}`);
    expect(result.log).toContain('nothing applied');
    expect(result.outputs['rendered-folder']).toBe(path.join(workspace, 'out'));
    // The outputs say what would be applied: the rendered objects and the image substituted (nothing pulled).
    expect(JSON.parse(result.outputs.resources)).toEqual([
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'scorer', namespace: 'default' },
      { apiVersion: 'v1', kind: 'Service', name: 'scorer', namespace: 'default' },
    ]);
    expect(JSON.parse(result.outputs.images)).toEqual([
      { workload: 'deployment/scorer', container: 'scorer', image: GOOD },
    ]);
    // A blank line after the HTML heading, or GitHub shows the Markdown after it raw.
    expect(result.summary).toMatch(/<\/h3>\n\n\d+ rendered manifest\(s\) in `/);
  });

  it('authenticates through an exec plugin on PATH, and fails naming it before any request when it is missing', async () => {
    const kubeconfig = writeKubeconfig(kube, {
      exec: { command: 'kubelogin', args: ['get-token', '--login', 'azurecli'] },
    });

    const missing = await run({}, { env: { KUBECONFIG: kubeconfig } });
    expect(missing.exitCode).toBe(1);
    expect(missing.log).toContain("exec plugin 'kubelogin', which is not on PATH");
    expect(kube.requests).toEqual([]);

    const pluginDir = writeExecPlugin(kube);
    const ok = await run(
      {},
      { env: { KUBECONFIG: kubeconfig, PATH: `${pluginDir}${path.delimiter}${process.env.PATH}` } },
    );
    expect(ok.exitCode).toBe(0);
  });

  it('reports every invalid manifest document with its file and line, before any request', async () => {
    writeFileSync(path.join(workspace, 'k8s', 'broken.yaml'), `${service}---\nmetadata: {name: x}\n---\nkind: [\n`);

    const result = await run({});

    expect(result.exitCode).toBe(1);
    expect(kube.requests).toEqual([]);
    expect(result.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'error',
          file: path.join('k8s', 'broken.yaml'),
          line: 9,
          message: 'The document has no apiVersion and kind.',
        }),
        expect.objectContaining({
          level: 'error',
          file: path.join('k8s', 'broken.yaml'),
          line: 12,
          message: expect.stringContaining('YAML error'),
        }),
      ]),
    );
  });

  it('reports an image that matches no container before any request', async () => {
    const result = await run({ images: `${GOOD}\nmyreg.azurecr.io:5001/mlops/scorer:v1` });

    expect(result.exitCode).toBe(1);
    expect(kube.requests).toEqual([]);
    expect(result.log).toContain("Image 'myreg.azurecr.io:5001/mlops/scorer:v1' matches no container image");
  });
});
