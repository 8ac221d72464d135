import path from 'node:path';
import { summaryRows } from '../../../shared/assets/summary.js';
import type { AssetOutcome } from '../../../shared/assets/types.js';

const root = path.resolve('/project/components');
const asset = (kind: AssetOutcome['kind'], name: string, version: string, source: string): AssetOutcome => ({
  kind,
  name,
  version,
  id: `${kind}/${name}/${version}`,
  status: 'created',
  reason: 'new',
  source,
});

describe('the register-components summary table', () => {
  it('names a code snapshot by the component above its folder and shortens a content-hash version', () => {
    const hash = 'ab'.repeat(32);
    const rows = summaryRows({
      assets: [
        asset('code', 'src', hash, path.join(root, 'train', 'src')),
        asset('component', 'train', '3', path.join(root, 'train', 'train.yaml')),
        asset('component', 'score', '1', path.join(root, 'score', 'score.yaml')),
      ],
      components: { train: '3', score: '1' },
      environments: {},
      dryRun: false,
    });
    expect(rows.slice(1).map(([kind, name, version]) => [kind, name, version])).toEqual([
      ['component', 'score', '1'],
      ['component', 'train', '3'],
      ['code', 'code of train', hash.slice(0, 12)],
    ]);
  });

  it('names a code folder no component sits above by its folder, and keeps a plain version as it is', () => {
    const rows = summaryRows({
      assets: [asset('code', '6f1c0c6e-uuid', '1', path.resolve('/elsewhere/shared-code'))],
      components: {},
      environments: {},
      dryRun: false,
    });
    expect(rows[1].slice(0, 3)).toEqual(['code', 'shared-code', '1']);
  });
});
