/**
 * k8s-deploy's dry run prints the rendered objects, names and content from the user's files included; none of
 * it may reach the log as a workflow command (issue 17, part 4). Through the bundle, without a cluster.
 */
import { manifestsWorkspace } from './workspace.js';
import { bundle, runAction } from '../../support/action-runner.js';
import { scorerDeployment } from '../../support/k8s-manifests.js';
import { unexpectedCommands } from '../../support/workflow-commands.js';

// Content whose block scalar puts commands at the start of printed lines. (A name with a line break is refused
// before anything is printed, as the API server would refuse it: __tests__/bad-inputs/cases/k8s-deploy.ts.)
const manifests = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  startup.sh: |
    echo start
    ::add-mask::0123456789abcdef
    ##[set-output name=resources]evil
    ::set-output name=images::evil.example/api:latest
    ::notice::injected from a manifest
  note: "##[warning]in a value"
---
${scorerDeployment()}`;

test('a dry run prints names and content from the manifests and runs none of them as a command', async () => {
  const workspace = manifestsWorkspace('k8s-injection-', { 'config.yaml': manifests });
  const result = await runAction(bundle('k8s-deploy'), {
    cwd: workspace,
    timeoutMs: 30_000,
    inputs: {
      manifests: 'k8s/',
      images: 'myreg.azurecr.io/mlops/scorer:sha-1111111',
      'dry-run': 'true',
      'rendered-folder': 'out',
      'image-labels': 'false', // the image is in no registry
    },
    env: { GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', GITHUB_REPOSITORY: 'contoso/credit' },
  });
  expect(result.exitCode).toBe(0);
  expect(unexpectedCommands(result.rawLog)).toEqual([]);
  // Shown in the log as written, not run.
  expect(result.rawLog).toContain('::notice::injected from a manifest');
  expect(result.rawLog).toContain('::add-mask::0123456789abcdef');
});
