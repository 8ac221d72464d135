/**
 * claimVersion over an in-memory VersionStore whose writes can lose to "another run": the rules run again after
 * each lost write, every retry is logged, and a workspace that keeps changing ends in a clear error, not a loop.
 */
import type { RegisteredVersion } from '../../../shared/assets/types.js';
import { MAX_CLAIM_ATTEMPTS, claimVersion, type VersionStore } from '../../../shared/assets/versioning.js';

/** Versions of one component, oldest first; `rivals` are written by "another run" just before ours lands. */
class RacingStore implements VersionStore<'component'> {
  readonly versions: RegisteredVersion[] = [];
  constructor(private readonly rivals: { hash: string }[]) {}

  async getVersion(_: 'component', name: string, version: string) {
    return this.versions.find((v) => v.version === version);
  }

  async *newestFirst() {
    yield* [...this.versions].reverse();
  }

  /** Our write of `version`: lost when a rival takes the version first. */
  async create(version: string, contentHash: string): Promise<boolean> {
    const rival = this.rivals.shift();
    if (rival) this.add(version, rival.hash);
    if (this.versions.some((v) => v.version === version)) return false;
    this.add(version, contentHash);
    return true;
  }

  private add(version: string, contentHash: string) {
    this.versions.push({ name: 'train', version, id: `train:${version}`, contentHash });
  }
}

const request = (strategy: 'auto' | 'yaml') => ({
  kind: 'component' as const,
  name: 'train',
  contentHash: 'mine',
  strategy,
  yamlVersion: '1',
});

async function claim(store: RacingStore, strategy: 'auto' | 'yaml') {
  const logged: string[] = [];
  const decision = claimVersion(store, request(strategy), {
    create: (version) => store.create(version, 'mine'),
    log: (message) => logged.push(message),
  });
  return { decision: await decision.catch((error: Error) => error), logged };
}

test('under auto, versions taken by other content move the write to the next free version, each retry logged', async () => {
  const store = new RacingStore([{ hash: 'theirs-a' }, { hash: 'theirs-b' }]);
  const { decision, logged } = await claim(store, 'auto');
  expect(decision).toMatchObject({ action: 'create', version: '3' });
  expect(store.versions.map((v) => `${v.version}=${v.contentHash}`)).toEqual(['1=theirs-a', '2=theirs-b', '3=mine']);
  expect(logged).toEqual([
    expect.stringMatching(
      /component train:1 was registered by another run meanwhile \(attempt 1 of \d\); now: version 2/,
    ),
    expect.stringMatching(
      /component train:2 was registered by another run meanwhile \(attempt 2 of \d\); now: version 3/,
    ),
  ]);
});

test('identical content taken meanwhile is reused, not written again', async () => {
  const store = new RacingStore([{ hash: 'mine' }]);
  const { decision } = await claim(store, 'auto');
  expect(decision).toMatchObject({ action: 'reuse', version: '1' });
  expect(store.versions).toHaveLength(1);
});

test('under yaml, the file version taken by other content is the usual conflict', async () => {
  const store = new RacingStore([{ hash: 'theirs' }]);
  const { decision } = await claim(store, 'yaml');
  expect(decision).toMatchObject({ action: 'conflict', version: '1' });
});

test('a workspace that keeps taking every version first ends in a clear error after the bounded attempts', async () => {
  const store = new RacingStore(Array.from({ length: MAX_CLAIM_ATTEMPTS + 1 }, (_, i) => ({ hash: `theirs-${i}` })));
  const { decision, logged } = await claim(store, 'auto');
  expect(decision).toBeInstanceOf(Error);
  expect((decision as Error).message).toMatch(
    new RegExp(
      `component train: every version chosen was registered by another run first \\(${MAX_CLAIM_ATTEMPTS} attempts\\)`,
    ),
  );
  expect(logged).toHaveLength(MAX_CLAIM_ATTEMPTS);
});
