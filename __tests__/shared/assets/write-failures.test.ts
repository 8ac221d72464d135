/**
 * A version write that keeps failing for its own reason (not because another run took the version) is reported
 * as that write's failure: the look-up that tells the two apart finds no version and hands the error on.
 */
import { loadAssetFiles } from '../../../shared/assets/load.js';
import { registerAssets } from '../../../shared/assets/register.js';
import { seedFiles, seedTree, useAssetsFixture, type AssetsFixture } from './assets-fixture.js';

let fx: AssetsFixture;
useAssetsFixture((started) => (fx = started));

test('under auto, a component PUT that keeps answering 500 fails with the registration named, not the look-up', async () => {
  fx.ws.emu.faults.add({
    method: 'PUT',
    path: '/subscriptions/**/components/training/versions/*',
    fault: { kind: 'status', status: 500, message: 'Encountered internal server error. Please try again.' },
  });
  const files = await loadAssetFiles(seedFiles(seedTree()));

  const failure = await registerAssets(fx.session, files, { strategy: 'auto', dryRun: false, tags: {} }).then(
    () => undefined,
    (error: Error) => error,
  );

  expect(failure?.message).toMatch(/^Registering component training:0\.1\.0 failed: Encountered internal server error/);
  expect(failure?.message).toMatch(/HTTP 500.*request id [0-9a-f-]{36}/);
  expect(fx.ws.emu.seed.storedVersions('components').map((v) => v.id.split('/').at(-3))).not.toContain('training');
});
