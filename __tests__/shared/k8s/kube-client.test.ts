/**
 * The client-node wrapper against the fake API server: server-side apply semantics the action relies on
 * (field manager, conflicts, force, dry run) and the error shape users see. The same fake also answers kubectl.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memoryLogger } from '../../../shared/core/logger.js';
import { ClientNodeKubeClient, KubeApiError } from '../../../shared/k8s/kube-client.js';
import { loadKubeconfig } from '../../../shared/k8s/kubeconfig.js';
import type { KubeObject } from '../../../shared/k8s/objects.js';
import { writeKubeconfig } from '../../support/fake-kube/kubeconfig.js';
import { startFakeKube, type FakeKube } from '../../support/fake-kube/server.js';

let kube: FakeKube;
let client: ClientNodeKubeClient;
let kubeconfig: string;

beforeAll(async () => {
  kube = await startFakeKube();
  kubeconfig = writeKubeconfig(kube);
  const { config } = await loadKubeconfig({ file: kubeconfig }, memoryLogger(), '');
  client = new ClientNodeKubeClient(config);
});

afterAll(() => kube.close());

const configMap = (data: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'settings', namespace: 'default' },
  data,
});
const apply = (o: KubeObject, fieldManager: string, force = false, dryRun = false) =>
  client.apply(o, { fieldManager, force, dryRun });

describe('ClientNodeKubeClient against the fake API server', () => {
  it('creates with server-side apply, stores nothing in a dry run, and removes fields a manager stops applying', async () => {
    await apply(configMap({ a: '1' }), 'ours', false, true);
    expect(kube.get('v1', 'ConfigMap', 'default', 'settings')).toBeUndefined();

    await apply(configMap({ a: '1', b: '2' }), 'ours');
    await apply(configMap({ a: '1' }), 'ours');
    expect(kube.get('v1', 'ConfigMap', 'default', 'settings')?.data).toEqual({ a: '1' });
  });

  it("turns a conflict with another manager's field into a KubeApiError, and force takes the field over", async () => {
    await apply(configMap({ a: 'theirs' }), 'kubectl-client-side-apply', true);

    const conflict = await apply(configMap({ a: 'mine' }), 'ours').catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(KubeApiError);
    expect(conflict).toMatchObject({ status: 409, reason: 'Conflict' });
    expect((conflict as Error).message).toContain('conflict with "kubectl-client-side-apply": .data.a');

    await apply(configMap({ a: 'mine' }), 'ours', true);
    expect(kube.get('v1', 'ConfigMap', 'default', 'settings')?.data).toEqual({ a: 'mine' });
  });

  it('returns undefined for a missing object and the API message for a rejected one', async () => {
    expect(
      await client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'nope', namespace: 'default' }),
    ).toBeUndefined();
    const invalid: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd', namespace: 'default' },
      spec: {
        selector: { matchLabels: { app: 'x' } },
        template: { metadata: { labels: { app: 'y' } }, spec: { containers: [{ name: 'c', image: 'i:1' }] } },
      },
    };
    await expect(apply(invalid, 'ours')).rejects.toThrow('`selector` does not match template `labels`');
    await expect(apply({ ...configMap({}), metadata: { name: 'x', namespace: 'missing' } }, 'ours')).rejects.toThrow(
      'namespaces "missing" not found',
    );
  });

  const kubectl = '/usr/bin/kubectl';
  // kubectl runs asynchronously: the fake server lives in this process and must keep answering.
  (existsSync(kubectl) ? it : it.skip)('is accepted by kubectl too: server-side apply and rollout status', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'kubectl-home-'));
    const env = { ...process.env, KUBECONFIG: kubeconfig, HOME: home };
    const manifest = JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'w', image: 'nginx:1.27' }] } },
      },
    });
    writeFileSync(path.join(home, 'web.json'), manifest);
    const run = async (args: string[]) => (await promisify(execFile)(kubectl, args, { env, encoding: 'utf8' })).stdout;
    const applied = await run([
      'apply',
      '--server-side',
      '--field-manager=ci',
      '--validate=false',
      '-f',
      path.join(home, 'web.json'),
    ]);
    expect(applied).toContain('deployment.apps/web serverside-applied');
    expect(await run(['rollout', 'status', 'deployment/web', '--timeout=20s'])).toContain('successfully rolled out');
  });
});
