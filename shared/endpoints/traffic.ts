/**
 * The `traffic` strategy: how live traffic moves to a new deployment once it has passed its smoke test. Steps in
 * order, e.g. `mirror:10, 20, 100`: copy 10% of requests to it first (answers discarded), then send it 20%,
 * then all. `0` leaves it without traffic (for a person to shift later). Pure functions over traffic maps.
 */
import { UserError } from '../core/errors.js';

export type TrafficStep = { kind: 'mirror'; percent: number } | { kind: 'live'; percent: number };

/** The service refuses more than 50% mirrored traffic. */
export const MAX_MIRROR_PERCENT = 50;

export function parseTrafficStrategy(text: string, input = 'traffic'): TrafficStep[] {
  const parts = text
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return [{ kind: 'live', percent: 100 }];
  const steps = parts.map((part): TrafficStep => {
    const m = part.match(/^(mirror:)?(\d{1,3})%?$/i);
    const percent = m ? Number(m[2]) : NaN;
    if (!m || percent > 100)
      throw new UserError(
        `Input '${input}': '${part}' is not a step; write percentages of live traffic in order, optionally ` +
          `after one mirror:PERCENT, e.g. '100', '0', '20, 100' or 'mirror:10, 50, 100'.`,
      );
    return m[1] ? { kind: 'mirror', percent } : { kind: 'live', percent };
  });
  steps.forEach((step, i) => {
    if (step.kind === 'mirror' && (i !== 0 || step.percent < 1 || step.percent > MAX_MIRROR_PERCENT))
      throw new UserError(
        `Input '${input}': mirror:${step.percent} must come first and be 1 to ${MAX_MIRROR_PERCENT} percent.`,
      );
  });
  const live = steps.filter((s) => s.kind === 'live').map((s) => s.percent);
  if (!live.length) throw new UserError(`Input '${input}': after the mirror step, give the live percentage(s).`);
  if (live.some((p, i) => i > 0 && p <= live[i - 1]))
    throw new UserError(`Input '${input}': live percentages must rise: ${live.join(', ')}.`);
  if (live.length > 1 && live[0] === 0) throw new UserError(`Input '${input}': 0 leaves traffic alone; give it alone.`);
  return steps;
}

/**
 * The endpoint's traffic with `percent` on `deployment` and the rest shared among the deployments that had
 * traffic before, in proportion to what they had (whole percentages, summing to 100).
 */
export function shiftTraffic(
  before: Readonly<Record<string, number>>,
  deployment: string,
  percent: number,
): Record<string, number> {
  const others = Object.entries(before).filter(([name, p]) => name !== deployment && p > 0);
  const total = others.reduce((sum, [, p]) => sum + p, 0);
  const rest = 100 - percent;
  const after: Record<string, number> = Object.fromEntries(Object.keys(before).map((n) => [n, 0]));
  if (!others.length) {
    after[deployment] = 100;
    return after;
  }
  let given = 0;
  for (const [name, p] of others) {
    after[name] = Math.floor((rest * p) / total);
    given += after[name];
  }
  // The rounding remainder goes to the biggest of them, so the sum stays 100.
  const biggest = others.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  after[biggest] += rest - given;
  after[deployment] = percent;
  return after;
}

/** The deployment with the most live traffic (ties: the first named), or undefined when nothing has traffic. */
export function liveDeployment(traffic: Readonly<Record<string, number>> | undefined): string | undefined {
  let best: [string, number] | undefined;
  for (const [name, p] of Object.entries(traffic ?? {})) if (p > 0 && (!best || p > best[1])) best = [name, p];
  return best?.[0];
}

export function describeTraffic(traffic: Readonly<Record<string, number>> | undefined): string {
  const entries = Object.entries(traffic ?? {}).filter(([, p]) => p > 0);
  return entries.length ? entries.map(([n, p]) => `${n} ${p}%`).join(', ') : 'none';
}
