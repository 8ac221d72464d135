/**
 * All or nothing, where "nothing" cannot be promised: every check is made before the first write, but the
 * service may still refuse one write after others succeeded. The error then says what exists and what does
 * not, and a re-run (which reuses what was written) completes the registration.
 */
import { loadAssetFiles } from '../../../shared/assets/load.js';
import { registerAssets, type RegisterOptions } from '../../../shared/assets/register.js';
import { seedFiles, seedTree, useAssetsFixture, type AssetsFixture } from './assets-fixture.js';

let fx: AssetsFixture;
useAssetsFixture((started) => (fx = started));

async function register(root: string, options: Partial<RegisterOptions> = {}) {
  const files = await loadAssetFiles(seedFiles(root));
  return registerAssets(fx.session, files, { strategy: 'yaml', dryRun: false, tags: {}, ...options });
}

afterEach(() => fx.ws.emu.faults.clear());

test('the service refusing one component: the error lists what was written and what was not, and a re-run completes it', async () => {
  const root = seedTree();
  fx.ws.emu.faults.add({
    method: 'PUT',
    path: '/subscriptions/**/components/training/versions/*',
    fault: { kind: 'status', status: 400, code: 'UserError', message: 'refused for the test' },
    times: 1,
  });
  const error = await register(root).then(
    () => undefined,
    (e: Error) => e,
  );
  expect(error?.message).toContain('refused for the test');
  const [, written, notWritten] = /written: (.*); not written: (.*)\. A re-run/.exec(error?.message ?? '') ?? [];
  expect(written.split(', ')).toEqual(
    expect.arrayContaining(['environment aml-Pillow:0.1.0', 'component dataprep:0.1.0', 'component data_split:0.1.0']),
  );
  expect(notWritten).toBe('component training:0.1.0');
  // What the message says was written is what the workspace holds.
  expect(fx.ws.emu.seed.storedVersion('components', 'dataprep', '0.1.0')).toBeDefined();
  expect(fx.ws.emu.seed.storedVersion('components', 'training', '0.1.0')).toBeUndefined();

  fx.reset();
  const rerun = await register(root);
  expect(rerun.assets.filter((a) => a.status === 'created').map((a) => `${a.kind} ${a.name}`)).toEqual([
    'component training',
  ]);
  expect(fx.armWrites().map((w) => w.path.split('/workspaces/mlw-test/')[1])).toEqual([
    'components/training/versions/0.1.0',
  ]);
});
