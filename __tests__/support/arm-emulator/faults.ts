/**
 * Fault injection per route: a rule names a method and a path pattern and what to do instead of (or before)
 * serving the request, optionally only the first N times it matches.
 */
import type { EmuRequest } from './http.js';

export type Fault =
  /** Answer this status with the ARM error envelope (429/503 get Retry-After when `retryAfterSeconds` is set). */
  | { kind: 'status'; status: number; retryAfterSeconds?: number; code?: string; message?: string }
  /** Destroy the socket without answering (the client sees ECONNRESET). */
  | { kind: 'reset' }
  /** Wait, then serve the request normally. */
  | { kind: 'delay'; ms: number }
  /** Serve the request, but the long-running operation it starts ends Failed with this error. */
  | { kind: 'lroFailure'; code: string; message: string }
  /** Hold the request until the gate opens, then serve it (lines up concurrent clients at one point). */
  | { kind: 'hold'; gate: Gate };

/**
 * Where held requests wait. A test waits for `arrivals(n)` (every client has reached the held request, so all of
 * them decided before any write lands) and then `open()`s it: a race made deterministic, not timed.
 */
export class Gate {
  private waiting = 0;
  private release!: () => void;
  private readonly opened = new Promise<void>((resolve) => (this.release = resolve));
  private readonly watchers: { count: number; resolve: () => void }[] = [];

  get arrived(): number {
    return this.waiting;
  }

  /** Resolves once `count` requests are held. */
  arrivals(count: number): Promise<void> {
    if (this.waiting >= count) return Promise.resolve();
    return new Promise((resolve) => this.watchers.push({ count, resolve }));
  }

  open(): void {
    this.release();
  }

  /** Called by the server for each held request; resolves when the gate opens. */
  hold(): Promise<void> {
    this.waiting++;
    for (const w of this.watchers.filter((w) => w.count <= this.waiting)) w.resolve();
    return this.opened;
  }
}

export interface FaultRule {
  /** HTTP method; any when omitted. */
  method?: string;
  /**
   * Path without query. A string is a glob over segments (`*` one segment, `**` any number), matched
   * case-insensitively: `/subscriptions/** /computes/*\/start` (no spaces). A RegExp is tested as is.
   */
  path: string | RegExp;
  fault: Fault;
  /** Apply to the first `times` matching requests only (default: every one). */
  times?: number;
}

interface ActiveRule extends FaultRule {
  hits: number;
}

export class Faults {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, hits: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  /** The request-level fault (status/reset/delay) that applies to `req`, consuming one of its uses. */
  takeRequestFault(req: Pick<EmuRequest, 'method' | 'path'>): Exclude<Fault, { kind: 'lroFailure' }> | undefined {
    const rule = this.take(req, (f) => f.kind !== 'lroFailure');
    return rule?.fault.kind === 'lroFailure' ? undefined : rule?.fault;
  }

  /** The error a long-running operation started by `req` must end with, consuming one use of the rule. */
  takeLroFailure(req: Pick<EmuRequest, 'method' | 'path'>): { code: string; message: string } | undefined {
    const fault = this.take(req, (f) => f.kind === 'lroFailure')?.fault;
    return fault?.kind === 'lroFailure' ? { code: fault.code, message: fault.message } : undefined;
  }

  private take(req: Pick<EmuRequest, 'method' | 'path'>, kind: (f: Fault) => boolean): ActiveRule | undefined {
    const rule = this.rules.find(
      (r) =>
        kind(r.fault) &&
        (r.times === undefined || r.hits < r.times) &&
        (r.method === undefined || r.method.toUpperCase() === req.method) &&
        pathMatches(r.path, req.path),
    );
    if (rule) rule.hits++;
    return rule;
  }
}

function pathMatches(pattern: string | RegExp, path: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(path);
  return globToRegExp(pattern).test(path);
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('/')
    .map((segment) => (segment === '**' ? '.*' : segment.split('*').map(escapeRegExp).join('[^/]*')))
    .join('/');
  return new RegExp(`^${source.replace(/\/\.\*\//g, '(?:/.*)?/')}$`, 'i');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
