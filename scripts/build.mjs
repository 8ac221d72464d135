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

/**
 * Packages left out of every bundle. `open` (with its `xdg-open` script) is reached only by @azure/identity's
 * InteractiveBrowserCredential, through a dynamic import() in its MSAL client; no action signs in interactively,
 * so the import stays unresolved at run time and the chunk and script are not shipped in every folder.
 */
const EXTERNALS = ['open'];

function build(name) {
  const entry = path.join(root, 'actions', name, 'index.ts');
  const out = path.join(root, 'dist', name === '_root' ? 'mlops' : name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    ncc,
    [
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '--transpile-only',
      '-q',
      ...EXTERNALS.flatMap((e) => ['-e', e]),
    ],
    {
      stdio: 'inherit',
      cwd: root,
    },
  );
  const yml = actionYmlFor(name);
  if (existsSync(yml) && /^\s*post:/m.test(readFileSync(yml, 'utf8'))) {
    // The entry exports post(); index.js runs main() only when it is the process entry, so this shim runs post alone.
    writeFileSync(path.join(out, 'post.js'), "import { post } from './index.js';\n\nawait post();\n");
  }
  console.log(`built dist/${path.basename(out)}`);
}

const names = process.argv.slice(2);
for (const name of names.length ? names : allTargets()) build(name);
