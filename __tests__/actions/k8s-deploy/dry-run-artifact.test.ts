/**
 * End to end: a dry run with `artifact-name` uploads the rendered manifests as a workflow artifact, through the
 * real @actions/artifact client in the bundle, to the artifact-service stand-in (Twirp) and Azurite (the zip).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestsWorkspace } from './workspace.js';
import { bundle, runAction, expectSucceeded } from '../../support/action-runner.js';
import { startArtifactService, type ArtifactService } from '../../support/artifact-service/index.js';
import { startAzurite, type Azurite } from '../../support/azurite.js';
import { scorerApp } from '../../support/k8s-manifests.js';

const IMAGE = 'myreg.azurecr.io/mlops/scorer:sha-1111111';
const manifests = scorerApp();

let azurite: Azurite;
let service: ArtifactService;
let workspace: string;

beforeAll(async () => {
  azurite = await startAzurite();
  service = await startArtifactService({ azurite });
});
afterAll(async () => {
  await service?.close();
  await azurite?.close();
});
beforeEach(() => {
  workspace = manifestsWorkspace('k8s-artifact-', { 'app.yaml': manifests });
});

describe('k8s-deploy dry run with artifact-name', () => {
  it('uploads exactly the rendered files as the named artifact and outputs its id', async () => {
    const result = await runAction(bundle('k8s-deploy'), {
      cwd: workspace,
      timeoutMs: 30_000,
      inputs: {
        manifests: 'k8s/',
        images: IMAGE,
        'model-name': 'credit-risk',
        'model-version': '7',
        'dry-run': 'true',
        'rendered-folder': 'out',
        'artifact-name': 'rendered-manifests',
      },
      env: { ...service.env(), KUBECONFIG: undefined, GITHUB_SHA: 'abc1234', NODE_EXTRA_CA_CERTS: undefined },
    });

    expectSucceeded(result);
    expect(service.calls.map((c) => `${c.method} ${c.status}`)).toEqual(['CreateArtifact 200', 'FinalizeArtifact 200']);
    const artifact = service.artifact('rendered-manifests');
    expect(result.outputs['artifact-id']).toBe(String(artifact.id));
    expect(artifact.mimeType).toBe('application/zip');
    expect(artifact.workflowRunBackendId).toBe(service.workflowRunBackendId);
    const entries = artifact.entries.filter((e) => !e.name.endsWith('/'));
    expect(entries.map((e) => e.name).sort()).toEqual(['001-deployment-scorer.yaml', '002-service-scorer.yaml']);
    for (const entry of entries) {
      expect(entry.content.toString('utf8')).toBe(readFileSync(path.join(workspace, 'out', entry.name), 'utf8'));
    }
    const deployment = entries.find((e) => e.name.includes('deployment'))!.content.toString('utf8');
    expect(deployment).toContain(`image: ${IMAGE}`);
    expect(deployment).toContain('MODEL_VERSION');
    // The upload URL's SAS signature is masked by the client before anything prints it.
    expect(result.leakedSecrets).toEqual([]);
  });
});
