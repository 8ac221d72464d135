/**
 * Runs a built action bundle the way the GitHub Actions runner does: inputs as INPUT_* variables,
 * file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_STEP_SUMMARY, GITHUB_PATH) in a temp
 * folder, then (optionally) the post step with the saved state as STATE_* variables.
 *
 * It also emulates the runner's log masking: a value registered with `::add-mask::` is replaced by
 * `***` in every later line, and `leakedSecrets` lists secrets printed *before* their mask, which the
 * real runner would have shown.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export interface RunOptions {
  /** Action inputs by their action.yml name (hyphens kept, as the runner does). */
  inputs?: Record<string, string>;
  /** Extra environment (e.g. AZURE_* fallbacks, NODE_EXTRA_CA_CERTS). */
  env?: Record<string, string | undefined>;
  /** Saved state from a main step, given to a post step as STATE_*. */
  state?: Record<string, string>;
  /** Working directory (the "repository checkout"); defaults to the repo root. */
  cwd?: string;
  /** Kill the process after this many ms (a hung action fails the test instead of the suite). */
  timeoutMs?: number;
  /** Called with the child once it started (to send signals in cancellation tests). */
  onStart?: (child: import('node:child_process').ChildProcess) => void;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** stdout+stderr as the runner would show it (masked). */
  log: string;
  /** The raw, unmasked stdout+stderr. */
  rawLog: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  masks: string[];
  leakedSecrets: string[];
  durationMs: number;
}

/** Path of a built bundle: `bundle('ensure-compute')` or `bundle('ensure-compute', 'post')`. */
export function bundle(action: string, entry: 'index' | 'post' = 'index'): string {
  return path.join(repoRoot, 'dist', action, `${entry}.js`);
}

/** Parses the `name<<DELIM ... DELIM` and `name=value` lines of a runner file command. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
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

function unescapeProperty(s: string): string {
  return s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function parseAnnotations(lines: string[]): Annotation[] {
  const out: Annotation[] = [];
  for (const line of lines) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      props[kv.slice(0, eq)] = unescapeProperty(kv.slice(eq + 1));
    }
    out.push({
      level: m[1] as Annotation['level'],
      message: unescapeData(m[3]),
      file: props.file,
      line: props.line ? Number(props.line) : undefined,
    });
  }
  return out;
}

/**
 * Applies masks line by line, in order, as the runner does. A secret counts as leaked when a line
 * printed before its mask was registered contains it: the real log would have shown it.
 */
function mask(raw: string): { log: string; masks: string[]; leaked: string[] } {
  const lines = raw.split('\n');
  const masks = lines.flatMap((l) => (l.startsWith('::add-mask::') ? [unescapeData(l.slice(12))] : [])).filter(Boolean);
  const active: string[] = [];
  const shown: string[] = [];
  const leaked = new Set<string>();
  for (const line of lines) {
    if (line.startsWith('::add-mask::')) {
      active.push(unescapeData(line.slice(12)));
      continue;
    }
    for (const s of masks) if (!active.includes(s) && line.includes(s)) leaked.add(s);
    shown.push(active.filter(Boolean).reduce((l, s) => l.split(s).join('***'), line));
  }
  return { log: shown.join('\n'), masks, leaked: [...leaked] };
}

/** The action.yml of a bundle: dist/<name>/index.js -> actions/<name>/action.yml (dist/mlops -> the root one). */
function actionYmlOf(entry: string): string | undefined {
  const name = path.basename(path.dirname(entry));
  const yml = name === 'mlops' ? path.join(repoRoot, 'action.yml') : path.join(repoRoot, 'actions', name, 'action.yml');
  return existsSync(yml) ? yml : undefined;
}

/** Input defaults from action.yml, which the runner passes as INPUT_* like any other input. */
function inputDefaults(entry: string): Record<string, string> {
  const yml = actionYmlOf(entry);
  if (!yml) return {};
  const inputs = (parse(readFileSync(yml, 'utf8')) as { inputs?: Record<string, { default?: unknown }> }).inputs ?? {};
  return Object.fromEntries(
    Object.entries(inputs)
      .filter(([, v]) => v?.default !== undefined)
      .map(([k, v]) => [k, String(v.default)]),
  );
}

/** Runs `node <entry>` with a runner-like environment and collects everything the runner would. */
export async function runAction(entry: string, options: RunOptions = {}): Promise<RunResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gha-'));
  const files: Record<string, string> = {};
  for (const k of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH']) {
    files[k] = path.join(dir, k);
    writeFileSync(files[k], '');
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: options.cwd ?? repoRoot,
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
  const child = spawn(process.execPath, [entry], { env, cwd: options.cwd ?? repoRoot });
  options.onStart?.(child);
  let raw = '';
  child.stdout.on('data', (d) => (raw += d));
  child.stderr.on('data', (d) => (raw += d));
  const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig])),
  );
  if (timer) clearTimeout(timer);

  const masked = mask(raw);
  const read = (k: string) => readFileSync(files[k], 'utf8');
  return {
    exitCode,
    signal,
    log: masked.log,
    rawLog: raw,
    outputs: parseFileCommand(read('GITHUB_OUTPUT')),
    state: parseFileCommand(read('GITHUB_STATE')),
    env: parseFileCommand(read('GITHUB_ENV')),
    summary: read('GITHUB_STEP_SUMMARY'),
    annotations: parseAnnotations(raw.split('\n')),
    masks: masked.masks,
    leakedSecrets: masked.leaked,
    durationMs: Date.now() - started,
  };
}
