/** Writes a kubeconfig for a FakeKube, as azure/aks-set-context would: a token, or an exec plugin (kubelogin). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { caPem, type FakeKube } from './server.js';

export interface KubeconfigOptions {
  namespace?: string;
  /** Authenticate with an exec plugin instead of a static token. */
  exec?: { command: string; args?: string[] };
}

export function writeKubeconfig(kube: FakeKube, options: KubeconfigOptions = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubeconfig-'));
  const user = options.exec
    ? {
        exec: {
          apiVersion: 'client.authentication.k8s.io/v1beta1',
          command: options.exec.command,
          args: options.exec.args ?? [],
          interactiveMode: 'Never',
        },
      }
    : { token: kube.token };
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'fake',
        cluster: { server: kube.url, 'certificate-authority-data': Buffer.from(caPem()).toString('base64') },
      },
    ],
    users: [{ name: 'ci', user }],
    contexts: [
      {
        name: 'fake',
        context: { cluster: 'fake', user: 'ci', ...(options.namespace && { namespace: options.namespace }) },
      },
    ],
    'current-context': 'fake',
  };
  const file = path.join(dir, 'config');
  writeFileSync(file, stringify(config));
  return file;
}

/** A stand-in for kubelogin on PATH: prints an ExecCredential carrying the fake server's token. */
export function writeExecPlugin(kube: FakeKube, name = 'kubelogin'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'exec-plugin-'));
  const credential = {
    apiVersion: 'client.authentication.k8s.io/v1beta1',
    kind: 'ExecCredential',
    status: { token: kube.token },
  };
  writeFileSync(path.join(dir, name), `#!/bin/sh\necho '${JSON.stringify(credential)}'\n`, { mode: 0o755 });
  return dir;
}
