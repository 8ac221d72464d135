import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_HASH_PROPERTY, type VersionStrategy } from '../../../shared/assets/types.js';
import { decideVersion, nextFreeVersion, type VersionStore } from '../../../shared/assets/versioning.js';
import { WorkspaceAssets } from '../../../shared/assets/workspace-assets.js';
import { LocalVersionStore, LocalWorkspace } from '../../../shared/local/index.js';
import { startAssetsFixture, type AssetsFixture } from './assets-fixture.js';

describe('nextFreeVersion', () => {
  test.each([
    { taken: [], after: undefined, next: '1' },
    { taken: ['1', '2', '7'], after: undefined, next: '8' },
    { taken: ['0.1.0', 'beta'], after: undefined, next: '1' },
    { taken: ['0.1.0'], after: '0.1.0', next: '0.1.1' },
    { taken: ['0.1.0', '0.1.1', '0.1.2'], after: '0.1.0', next: '0.1.3' },
    { taken: ['7', '8'], after: '7', next: '9' },
    { taken: ['v2'], after: 'v2', next: 'v3' },
    { taken: ['beta', 'beta.1'], after: 'beta', next: 'beta.2' },
  ])('after $after with $taken taken: $next', ({ taken, after, next }) => {
    expect(nextFreeVersion(taken, after)).toBe(next);
  });
});

/** One way to hold registered environment versions: seeded through the store's own API, then read by the rules. */
interface Backing {
  name: string;
  store: VersionStore<'environment'>;
  seed(name: string, version: string, contentHash: string): Promise<void>;
}

let fx: AssetsFixture;
let folder: string;
const backings: Backing[] = [];

beforeAll(async () => {
  fx = await startAssetsFixture();
  folder = await mkdtemp(join(tmpdir(), 'versioning-'));
  const local = await LocalWorkspace.open(folder);
  backings.push(
    {
      name: 'the emulated Azure ML workspace',
      store: new WorkspaceAssets(fx.session),
      seed: async (name, version, contentHash) => {
        await fx.ws.emu.seed.assetVersion('environments', name, version, {
          image: 'python:3.11-slim',
          properties: { [CONTENT_HASH_PROPERTY]: contentHash },
        });
      },
    },
    {
      name: 'a local workspace folder',
      store: new LocalVersionStore(local),
      seed: (name, version, contentHash) => local.writeAsset('environments', name, version, { contentHash }),
    },
  );
}, 60_000);
afterAll(async () => {
  await fx?.close();
  await rm(folder, { recursive: true, force: true });
});

/**
 * The rules of version-strategy yaml and auto, as data: what is registered (version=content, in the order it was
 * registered), the strategy, the file's version, and the one answer both backends give. Where the local backend
 * once differed (auto ignored the file's version and took the next whole number), the Azure answer is the row.
 */
const RULES: [rule: string, registered: string, strategy: VersionStrategy, yamlVersion: string, answer: string][] = [
  ['yaml: a free version is created', '', 'yaml', '1', 'create 1'],
  ['yaml: the same content at that version is reused', '1=new', 'yaml', '1', 'reuse 1'],
  ['yaml: other content at that version is a conflict', '1=old', 'yaml', '1', 'conflict 1'],
  ['yaml without a version counts as auto', '1=old', 'yaml', '', 'create 2'],
  ["auto keeps the file's version while it is free", '1=old', 'auto', '0.1.0', 'create 0.1.0'],
  ["auto reuses the file's version holding this content", '0.1.0=new', 'auto', '0.1.0', 'reuse 0.1.0'],
  ["auto counts up from the file's version when it holds other content", '0.1.0=old', 'auto', '0.1.0', 'create 0.1.1'],
  ['auto skips versions already taken', '0.1.0=old 0.1.1=older', 'auto', '0.1.0', 'create 0.1.2'],
  ['auto reuses an earlier version holding this content', '0.1.0=new 0.1.1=old', 'auto', '0.1.1', 'reuse 0.1.0'],
  ['auto without a version takes one past the highest whole number', '1=a 2=b', 'auto', '', 'create 3'],
  ['auto without a version starts at 1', '', 'auto', '', 'create 1'],
];

describe.each(RULES.map((row, i) => ({ rule: row[0], row, name: `env-rule-${i}` })))('$rule', ({ row, name }) => {
  const [, registered, strategy, yamlVersion, answer] = row;
  test('both backends give the same answer, the Azure rules', async () => {
    const answers = [];
    for (const backing of backings) {
      for (const pair of registered.split(' ').filter(Boolean)) {
        const [version, content] = pair.split('=');
        await backing.seed(name, version, content);
      }
      const decision = await decideVersion(backing.store, {
        kind: 'environment',
        name,
        contentHash: 'new',
        strategy,
        yamlVersion: yamlVersion || undefined,
      });
      const said = 'message' in decision ? decision.message : decision.reason;
      answers.push({ answer: `${decision.action} ${decision.version}`, said });
    }
    expect(answers[0].answer).toBe(answer);
    expect(answers[1]).toEqual(answers[0]);
  });
});
