/**
 * Early termination of sweep trials, decided as Azure ML's HyperDrive documents it, over the primary metric each
 * trial logs. An interval is one logged value of the primary metric (the n-th value is interval n). A policy is
 * applied at every interval that is a multiple of `evaluation_interval` (0 counts as 1) and at least
 * `delay_evaluation`; a trial it stops ends Canceled, as on Azure.
 */
export type EarlyTermination =
  | { type: 'bandit'; delayEvaluation: number; evaluationInterval: number; slackFactor: number; slackAmount: number }
  | { type: 'median_stopping'; delayEvaluation: number; evaluationInterval: number }
  | { type: 'truncation_selection'; delayEvaluation: number; evaluationInterval: number; truncationPercentage: number };

export type Goal = 'maximize' | 'minimize';

/** The primary metric's values of one trial, in interval order. */
export type History = readonly number[];

export function isEvaluationPoint(policy: EarlyTermination, interval: number): boolean {
  const every = Math.max(1, policy.evaluationInterval);
  return interval >= 1 && interval % every === 0 && interval >= policy.delayEvaluation;
}

/**
 * Why the policy stops a trial at `interval` (its history has at least that many values), or undefined to let it
 * go on. `others` are the histories of every other trial of the sweep so far, running or ended; a trial is only
 * compared with those that reached the same interval.
 */
export function terminationReason(
  policy: EarlyTermination,
  goal: Goal,
  trial: History,
  others: readonly History[],
  interval: number,
): string | undefined {
  if (!isEvaluationPoint(policy, interval) || trial.length < interval) return undefined;
  const peers = others.filter((h) => h.length >= interval);
  const sign = goal === 'maximize' ? 1 : -1;
  const bestSoFar = (h: History): number => bestOf(h.slice(0, interval), goal);
  const own = bestSoFar(trial);
  const at = `at interval ${interval}`;
  if (policy.type === 'bandit') {
    const best = bestOf([own, ...peers.map(bestSoFar)], goal);
    const limits: number[] = [];
    if (policy.slackFactor > 0)
      limits.push(goal === 'maximize' ? best / (1 + policy.slackFactor) : best * (1 + policy.slackFactor));
    if (policy.slackAmount > 0) limits.push(best - sign * policy.slackAmount);
    if (!limits.length) limits.push(best);
    // The most lenient slack applies when both are given: the trial must fall outside every allowance.
    const limit = goal === 'maximize' ? Math.min(...limits) : Math.max(...limits);
    return own * sign < limit * sign
      ? `bandit ${at}: best ${own} is ${goal === 'maximize' ? 'below' : 'above'} ${round(limit)}, the slack allowed from the best trial's ${best}`
      : undefined;
  }
  if (policy.type === 'median_stopping') {
    if (!peers.length) return undefined;
    const median = medianOf(peers.map((h) => mean(h.slice(0, interval))));
    return own * sign < median * sign
      ? `median_stopping ${at}: best ${own} is worse than the median ${round(median)} of the other trials' running averages`
      : undefined;
  }
  const values = [trial, ...peers].map((h) => h[interval - 1]);
  const cut = Math.floor((values.length * policy.truncationPercentage) / 100);
  if (cut === 0) return undefined;
  const worstFirst = [...values].sort((a, b) => (a - b) * sign);
  const threshold = worstFirst[cut - 1];
  return trial[interval - 1] * sign <= threshold * sign
    ? `truncation_selection ${at}: ${trial[interval - 1]} is in the lowest ${policy.truncationPercentage}% of the ${values.length} trials there`
    : undefined;
}

/**
 * The policy from the step's YAML, as the converter keeps it (azure-ai-ml's REST form: `policy_type` and
 * snake_case parameters with their defaults filled in).
 */
export function earlyTerminationFrom(rest: Record<string, unknown> | undefined): EarlyTermination | undefined {
  if (!rest) return undefined;
  const num = (key: string): number => (typeof rest[key] === 'number' ? (rest[key] as number) : 0);
  const common = { delayEvaluation: num('delay_evaluation'), evaluationInterval: num('evaluation_interval') };
  switch (String(rest.policy_type ?? rest.type).toLowerCase()) {
    case 'bandit':
      return { type: 'bandit', ...common, slackFactor: num('slack_factor'), slackAmount: num('slack_amount') };
    case 'medianstopping':
    case 'median_stopping':
      return { type: 'median_stopping', ...common };
    case 'truncationselection':
    case 'truncation_selection':
      return { type: 'truncation_selection', ...common, truncationPercentage: num('truncation_percentage') };
    default:
      return undefined;
  }
}

function bestOf(values: readonly number[], goal: Goal): number {
  return goal === 'maximize' ? Math.max(...values) : Math.min(...values);
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(value: number): number {
  return Number(value.toPrecision(6));
}
