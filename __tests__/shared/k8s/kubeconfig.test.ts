import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { UserError } from '../../../shared/core/errors.js';
import { checkExecPlugin, loadKubeconfig } from '../../../shared/k8s/kubeconfig.js';

const bin = mkdtempSync(path.join(tmpdir(), 'bin-'));
writeFileSync(path.join(bin, 'kubelogin'), '#!/bin/sh\n', { mode: 0o755 });

describe('checkExecPlugin', () => {
  it.each([
    [['get-token', '--login', 'azurecli'], undefined],
    [['get-token', '-l', 'workloadidentity'], undefined],
    [['get-token', '--login=spn'], undefined],
    [['get-token'], 'devicecode'],
    [['get-token', '--login', 'devicecode'], 'devicecode'],
  ])('kubelogin %j -> %s', async (args, error) => {
    const check = checkExecPlugin({ command: 'kubelogin', args }, 'ci', bin, '/');
    if (error) await expect(check).rejects.toThrow(error);
    else await expect(check).resolves.toBeUndefined();
  });

  it('names a missing plugin and its install hint', async () => {
    const check = checkExecPlugin(
      { command: 'gke-gcloud-auth-plugin', installHint: 'Install gke-gcloud-auth-plugin.' },
      'ci',
      bin,
      '/',
    );
    await expect(check).rejects.toThrow(UserError);
    await expect(check).rejects.toThrow(
      "exec plugin 'gke-gcloud-auth-plugin', which is not on PATH. Install gke-gcloud-auth-plugin.",
    );
  });

  it('resolves a relative command next to the kubeconfig', async () => {
    await expect(
      checkExecPlugin({ command: './kubelogin', args: ['-l', 'azurecli'] }, 'ci', '', bin),
    ).resolves.toBeUndefined();
  });
});

describe('loadKubeconfig', () => {
  it("masks the user's token and takes the context's namespace", async () => {
    const log = memoryLogger();
    const content = [
      'apiVersion: v1',
      'kind: Config',
      'clusters: [{name: c, cluster: {server: "https://aks.example:443"}}]',
      'users: [{name: u, user: {token: s3cr3t-token}}]',
      'contexts: [{name: x, context: {cluster: c, user: u, namespace: scoring}}]',
      'current-context: x',
    ].join('\n');
    const loaded = await loadKubeconfig({ content }, log, '');
    expect(log.secrets).toEqual(['s3cr3t-token']);
    expect(loaded.namespace).toBe('scoring');
    expect(loaded.server).toBe('https://aks.example:443');
  });

  it('says which step writes a kubeconfig when there is none', async () => {
    await expect(loadKubeconfig({ file: '/nonexistent/config' }, memoryLogger(), '')).rejects.toThrow(
      'azure/aks-set-context',
    );
  });
});
