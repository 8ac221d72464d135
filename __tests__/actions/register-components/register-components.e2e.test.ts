/**
 * The built bundle run like the runner runs it, from a checkout of the seed workflow's repository, against
 * the emulated workspace (ARM emulator + Azurite as the default datastore behind the emulator's proxy).
 * Each run is a fresh process, so a CONNECT tunnel to the blob account means storage was used in that run.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type RunResult } from '../../support/action-runner.js';
import { AZURITE_ACCOUNT } from '../../support/azurite.js';
import { SEED_ASSET_INPUTS, useAssetsWorkspace } from '../../support/azure/workspace-fixture.js';
import { eventEnv } from '../../support/github-events/events.js';
import { seedTree } from '../../shared/assets/assets-fixture.js';

const ws = useAssetsWorkspace();

async function run(checkout: string, inputs: Record<string, string> = {}): Promise<RunResult> {
  ws.emu.requests.clear();
  ws.emu.proxy.connects.length = 0;
  return ws.run('register-components', { ...SEED_ASSET_INPUTS, ...inputs }, { cwd: checkout, timeoutMs: 30_000 });
}

const writes = () => ws.emu.requests.writes().map((r) => `${r.method} ${r.path.split('/workspaces/mlw-test/')[1]}`);
const blobTunnels = () => ws.emu.proxy.connects.filter((c) => c.target.startsWith(`${AZURITE_ACCOUNT}.blob.`)).length;
const json = (text: string | undefined) => JSON.parse(text ?? 'null') as unknown;

describe('register-components, run like the runner runs it', () => {
  test('first run registers everything, second run writes nothing, a changed .py re-registers only its component', async () => {
    const checkout = seedTree();

    const first = await run(checkout, { 'version-strategy': 'auto' });
    expect(first.exitCode).toBe(0);
    expect(json(first.outputs.components)).toEqual({ dataprep: '0.1.0', data_split: '0.1.0', training: '0.1.0' });
    expect(json(first.outputs.environments)).toEqual({ 'aml-Pillow': '0.1.0', 'aml-Tensorflow-Pillow': '0.1.0' });
    expect(json(first.outputs.skipped)).toEqual([]);
    expect(writes().filter((w) => w.startsWith('PUT components/'))).toHaveLength(3);
    expect(blobTunnels()).toBeGreaterThan(0);
    expect(first.summary).toContain('training');
    expect(first.leakedSecrets).toEqual([]);
    expect(first.log).not.toContain(ws.emu.settings.clientSecret);
    expect(first.log).not.toContain(ws.azurite.accountKey);

    // Traceability: the asset leads back to the commit and the run.
    const training = ws.emu.seed.storedVersion('components', 'training', '0.1.0');
    const env = eventEnv('push-main');
    expect(training?.properties.tags).toMatchObject({
      'github.sha': env.GITHUB_SHA,
      'github.repository': env.GITHUB_REPOSITORY,
      'github.ref': env.GITHUB_REF,
      'github.run_id': env.GITHUB_RUN_ID,
    });

    const second = await run(checkout, { 'version-strategy': 'auto' });
    expect(second.exitCode).toBe(0);
    expect(writes()).toEqual([]);
    expect(blobTunnels()).toBe(0);
    expect(json(second.outputs.registered)).toEqual([]);
    expect(json(second.outputs.components)).toEqual(json(first.outputs.components));

    appendFileSync(path.join(checkout, 'components', 'training', 'src', 'train.py'), 'print("one more epoch")\n');
    const third = await run(checkout, { 'version-strategy': 'auto' });
    expect(third.exitCode).toBe(0);
    expect(json(third.outputs.components)).toEqual({ dataprep: '0.1.0', data_split: '0.1.0', training: '0.1.1' });
    expect(json(third.outputs.registered)).toEqual(['training:0.1.1']);
    expect(writes()).toEqual([
      expect.stringMatching(/^PUT codes\/[0-9a-f-]{36}\/versions\/1$/),
      'PUT components/training/versions/0.1.1',
    ]);
    const created = (json(third.outputs.assets) as { kind: string; status: string }[]).filter(
      (a) => a.status === 'created',
    );
    expect(created.map((a) => a.kind)).toEqual(['code', 'component']);
  });

  test('an invalid file registers nothing, and every problem is annotated at its file and line', async () => {
    const checkout = seedTree();
    writeFileSync(
      path.join(checkout, 'components', 'broken.yaml'),
      [
        'name: broken',
        'version: 1',
        'type: command',
        'environment: azureml:aml-Pillow:0.1.0',
        'command: python x.py --n ${{inputs.n}}',
        'code: ./nowhere',
        '',
      ].join('\n'),
    );
    const result = await run(checkout);
    expect(result.exitCode).toBe(1);
    expect(writes()).toEqual([]);
    expect(ws.emu.requests.records).toEqual([]); // not even signed in
    const errors = result.annotations
      .filter((a) => a.level === 'error')
      .map((a) => `${path.basename(a.file ?? '')}:${a.line}`);
    expect(errors).toEqual(expect.arrayContaining(['broken.yaml:5', 'broken.yaml:6']));
  });

  test('a dry run prints the plan and writes nothing', async () => {
    const result = await run(seedTree(), { 'dry-run': 'true' });
    expect(result.exitCode).toBe(0);
    expect(writes()).toEqual([]);
    expect(blobTunnels()).toBe(0);
    expect(json(result.outputs.registered)).toEqual(expect.arrayContaining(['training:0.1.0', 'aml-Pillow:0.1.0']));
    expect(result.log).toContain('would create');
    expect(result.summary).toContain('Dry run');
  });

  test('under yaml, a reused version with new content fails at the version line and registers nothing', async () => {
    const checkout = seedTree();
    expect((await run(checkout, { 'version-strategy': 'yaml' })).exitCode).toBe(0);
    appendFileSync(path.join(checkout, 'components', 'dataprep', 'src', 'dataprep.py'), 'print("more")\n');
    const result = await run(checkout, { 'version-strategy': 'yaml' });
    expect(result.exitCode).toBe(1);
    expect(writes()).toEqual([]);
    expect(blobTunnels()).toBe(0);
    const errors = result.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors.map((a) => `${path.basename(a.file ?? '')}:${a.line}`).sort()).toEqual([
      'data_split.yaml:4',
      'dataprep.yaml:4',
    ]);
    expect(errors[0].message).toMatch(/already registered with different content.*Bump 'version'/);
  });
});
