#!/usr/bin/env node
// Bundles each action with @vercel/ncc into dist/<name>/index.js (+ post.js when its action.yml has a post step).
// Usage: node scripts/build.mjs [name ...]   (no names: every action, and the root action)
// Transpile only: type errors are caught by `npm run typecheck` (CI runs it), not by each bundle's build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const ncc = path.join(root, 'node_modules', '.bin', 'ncc');

/** Every buildable entry: actions/<name>/index.ts -> dist/<name>, plus actions/_root for the root action.yml. */
function allTargets() {
  return readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'index.ts')))
    .map((d) => d.name);
}

function actionYmlFor(name) {
  return name === '_root' ? path.join(root, 'action.yml') : path.join(root, 'actions', name, 'action.yml');
}

// `open` (and the `xdg-open` script ncc would copy beside it) is bundled as scripts/stubs/open.mjs, mapped in
// tsconfig.json "paths", which ncc applies to every import: @azure/identity reaches `open` only through
// InteractiveBrowserCredential, which no action uses. (ncc's `-e open` cannot do it: in an ES module bundle an
// external becomes a static import, which fails on a runner, where the action has no node_modules.)
// The same "paths" put scripts/stubs/http-client.mjs in place of `@actions/http-client` (it loads the real client,
// with undici, as a chunk on the first request: @actions/core imports it at load only for getIDToken) and
// scripts/stubs/artifact.ts in place of `@actions/artifact` (the real package, with the real client loaded first).

function build(name) {
  const entry = path.join(root, 'actions', name, 'index.ts');
  const out = path.join(root, 'dist', name === '_root' ? 'mlops' : name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(ncc, ['build', entry, '-o', out, '--license', 'licenses.txt', '--transpile-only', '-q'], {
    stdio: 'inherit',
    cwd: root,
  });
  const yml = actionYmlFor(name);
  if (existsSync(yml) && /^\s*post:/m.test(readFileSync(yml, 'utf8'))) {
    // The entry exports post(); index.js runs main() only when it is the process entry, so this shim runs post alone.
    writeFileSync(path.join(out, 'post.js'), "import { post } from './index.js';\n\nawait post();\n");
  }
  console.log(`built dist/${path.basename(out)}`);
}

const names = process.argv.slice(2);
for (const name of names.length ? names : allTargets()) build(name);
