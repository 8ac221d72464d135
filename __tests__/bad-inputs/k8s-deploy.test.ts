/** k8s-deploy against bad inputs and manifests, applied and in dry runs: see harness.ts for the promises. */
import { writeKubeconfig } from '../support/fake-kube/kubeconfig.js';
import { startFakeKube, type FakeKube } from '../support/fake-kube/server.js';
import { APP, cases } from './cases/k8s-deploy.js';
import { badInputSuite } from './harness.js';

let kube: FakeKube;
let kubeconfig: string;
beforeAll(async () => {
  kube = await startFakeKube();
  kubeconfig = writeKubeconfig(kube);
});
afterAll(async () => {
  expect(kube.writes()).toEqual([]);
  await kube.close();
});

badInputSuite(
  'k8s-deploy',
  cases,
  () => ({
    project: { 'k8s/app.yaml': APP },
    inputs: () => ({
      manifests: 'k8s/',
      images: 'myreg.azurecr.io/mlops/scorer:sha-1111111',
      'model-name': 'clf',
      'model-version': '3',
    }),
    env: () => ({
      KUBECONFIG: kubeconfig,
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REPOSITORY: 'contoso/credit',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
    }),
    writes: () => kube.writes().map((r) => `${r.method} ${r.path}`),
  }),
  { 'dry-run': 'true' },
);
