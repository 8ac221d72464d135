/**
 * Every entry exports `run()` beside `main()`: `@github/local-action` imports the entry and awaits `run()`
 * (CONTRIBUTING.md, "Running one action with GitHub's local runner").
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../support/action-runner.js';

const entries = readdirSync(path.join(repoRoot, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== '_runtime')
  .map((d) => d.name);

test.each(entries)('actions/%s/index.ts exports run() and main() for the local runner and the bundle', async (name) => {
  const entry = (await import(`../../actions/${name}/index.js`)) as Record<string, unknown>;
  expect(typeof entry.run).toBe('function');
  expect(typeof entry.main).toBe('function');
});
