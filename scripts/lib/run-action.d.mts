import type { ChildProcess } from 'node:child_process';

export const repoRoot: string;
export function bundle(action: string, entry?: 'index' | 'post'): string;
export function parseFileCommand(text: string): Record<string, string>;
export function inputDefaults(entry: string): Record<string, string>;

export interface ProcessOptions {
  /** Action inputs by their action.yml name (hyphens kept, as the runner does); defaults come from action.yml. */
  inputs?: Record<string, string>;
  /** Extra environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Saved state from a main step, given to a post step as STATE_*. */
  state?: Record<string, string>;
  /** Working directory (the "repository checkout"); defaults to the repo root. */
  cwd?: string;
  /** Kill the process after this many ms. */
  timeoutMs?: number;
  /** Called with the child once it started (to send signals). */
  onStart?: (child: ChildProcess) => void;
  /** Called with each chunk the process prints. */
  onOutput?: (chunk: string) => void;
}

export interface ProcessResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** stdout+stderr, unmasked. */
  rawLog: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  durationMs: number;
}

export function runActionProcess(entry: string, options?: ProcessOptions): Promise<ProcessResult>;
