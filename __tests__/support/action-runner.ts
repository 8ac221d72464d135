/**
 * Runs a built action bundle the way the GitHub Actions runner does (scripts/lib/run-action.mjs: INPUT_*
 * variables with the action.yml defaults, file commands, STATE_* for a post step), and adds what tests check
 * on top: annotations, and the runner's log masking. A value registered with `::add-mask::` is replaced by
 * `***` in every later line, and `leakedSecrets` lists secrets printed *before* their mask, which the real
 * runner would have shown.
 */
import { bundle, parseFileCommand, repoRoot, runActionProcess } from '../../scripts/lib/run-action.mjs';
import type { ProcessOptions, ProcessResult } from '../../scripts/lib/run-action.mjs';

export { bundle, parseFileCommand, repoRoot };

export type RunOptions = ProcessOptions;

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
}

export interface RunResult extends ProcessResult {
  /** stdout+stderr as the runner would show it (masked). */
  log: string;
  annotations: Annotation[];
  masks: string[];
  leakedSecrets: string[];
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

/** Runs `node <entry>` with a runner-like environment and collects everything the runner would. */
export async function runAction(entry: string, options: RunOptions = {}): Promise<RunResult> {
  const result = await runActionProcess(entry, options);
  const masked = mask(result.rawLog);
  return {
    ...result,
    log: masked.log,
    annotations: parseAnnotations(result.rawLog.split('\n')),
    masks: masked.masks,
    leakedSecrets: masked.leaked,
  };
}

/**
 * `../shared/reference` beside the project (the reference material CI checks out next to it);
 * `AML_REFERENCE_ROOT` points elsewhere (a git worktree sits one level deeper).
 */
export const referenceRoot = process.env.AML_REFERENCE_ROOT ?? `${repoRoot}/../shared/reference`;

/** The run succeeded as the runner would show it: exit code 0 and no error annotation (the annotations first, as
 * they say why when it did not); with `outputs`, the outputs it set include those. */
export function expectSucceeded(
  result: Pick<RunResult, 'annotations' | 'exitCode'> & Partial<Pick<RunResult, 'outputs'>>,
  outputs?: Record<string, unknown>,
): void {
  expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(result.exitCode).toBe(0);
  if (outputs) expect(result.outputs).toMatchObject(outputs);
}

/** The run failed as the runner would show it, exit code 1; returns the message of its error annotation ('' when
 * there is none) for the test to check. */
export function expectFailed(result: Pick<RunResult, 'annotations' | 'exitCode'>): string {
  expect(result.exitCode).toBe(1);
  return result.annotations.find((a) => a.level === 'error')?.message ?? '';
}
