// Runs a built action bundle the way the GitHub Actions runner does: inputs (with the action.yml defaults) as
// INPUT_* variables, file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_STEP_SUMMARY, GITHUB_PATH)
// in a temp folder, saved state as STATE_*. Used by `npm run demo` and by the end-to-end tests' harness.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** Path of a built bundle: `bundle('ensure-compute')` or `bundle('ensure-compute', 'post')`. */
export function bundle(action, entry = 'index') {
  return path.join(repoRoot, 'dist', action, `${entry}.js`);
}

/** Parses the `name<<DELIM ... DELIM` and `name=value` lines of a runner file command. */
export function parseFileCommand(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value = [];
      i++;
      while (i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i++]);
      out[heredoc[1]] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/** The action.yml of a bundle: dist/<name>/index.js -> actions/<name>/action.yml (dist/mlops -> the root one). */
function actionYmlOf(entry) {
  const name = path.basename(path.dirname(entry));
  const yml = name === 'mlops' ? path.join(repoRoot, 'action.yml') : path.join(repoRoot, 'actions', name, 'action.yml');
  return existsSync(yml) ? yml : undefined;
}

/** Input defaults from action.yml, which the runner passes as INPUT_* like any other input. */
export function inputDefaults(entry) {
  const yml = actionYmlOf(entry);
  if (!yml) return {};
  const inputs = parse(readFileSync(yml, 'utf8')).inputs ?? {};
  return Object.fromEntries(
    Object.entries(inputs)
      .filter(([, v]) => v?.default !== undefined)
      .map(([k, v]) => [k, String(v.default)]),
  );
}

/** Starts `node <entry>` with a runner-like environment and collects what the runner would. */
export async function runActionProcess(entry, options = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gha-'));
  const files = {};
  for (const k of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH']) {
    files[k] = path.join(dir, k);
    writeFileSync(files[k], '');
  }
  const cwd = options.cwd ?? repoRoot;
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: cwd,
    ...files,
  };
  for (const [k, v] of Object.entries({ ...inputDefaults(entry), ...options.inputs }))
    env[`INPUT_${k.toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(options.state ?? {})) env[`STATE_${k}`] = v;
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const started = Date.now();
  const child = spawn(process.execPath, [entry], { env, cwd });
  options.onStart?.(child);
  let rawLog = '';
  const collect = (d) => {
    rawLog += d;
    options.onOutput?.(String(d));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
  const [exitCode, signal] = await new Promise((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
  if (timer) clearTimeout(timer);

  const read = (k) => readFileSync(files[k], 'utf8');
  return {
    exitCode,
    signal,
    rawLog,
    outputs: parseFileCommand(read('GITHUB_OUTPUT')),
    state: parseFileCommand(read('GITHUB_STATE')),
    env: parseFileCommand(read('GITHUB_ENV')),
    summary: read('GITHUB_STEP_SUMMARY'),
    durationMs: Date.now() - started,
  };
}
