import { UserError } from '../../core/errors.js';

/** One dimension of a sweep's `search_space`, as the YAML writes it. */
export type Distribution =
  | { type: 'choice'; values: (string | number | boolean)[] }
  | { type: 'randint'; upper: number }
  | { type: 'uniform' | 'loguniform'; min_value: number; max_value: number }
  | { type: 'quniform' | 'qloguniform'; min_value: number; max_value: number; q: number }
  | { type: 'normal' | 'lognormal'; mu: number; sigma: number }
  | { type: 'qnormal' | 'qlognormal'; mu: number; sigma: number; q: number };

export type SamplingAlgorithm = { type: 'grid' } | { type: 'random'; seed?: number } | { type: 'bayesian' };

export type TrialParams = Record<string, string | number | boolean>;

/**
 * The trials' parameters, in order, at most `maxTrials`. Grid: every combination of `choice` values (Azure ML
 * allows only choice with grid). Random: each dimension drawn independently from a PRNG seeded with `seed`, so a
 * seeded sweep draws the same trials again (and the step cache can reuse them).
 */
export function sampleTrials(
  space: Record<string, Distribution>,
  sampling: SamplingAlgorithm,
  maxTrials: number,
): TrialParams[] {
  const names = Object.keys(space);
  if (sampling.type === 'bayesian')
    throw new UserError('bayesian sampling needs Azure ML; it runs with backend: azure');
  if (sampling.type === 'grid') {
    const notChoice = names.filter((n) => space[n].type !== 'choice');
    if (notChoice.length)
      throw new UserError(
        `grid sampling takes only choice dimensions; ${notChoice.join(', ')} are not (as on Azure ML)`,
      );
    let grid: TrialParams[] = [{}];
    for (const name of names) {
      const values = (space[name] as Extract<Distribution, { type: 'choice' }>).values;
      grid = grid.flatMap((partial) => values.map((value) => ({ ...partial, [name]: value })));
    }
    return grid.slice(0, maxTrials);
  }
  const random = mulberry32(sampling.seed ?? Math.floor(Math.random() * 2 ** 32));
  return Array.from({ length: maxTrials }, () =>
    Object.fromEntries(names.map((name) => [name, draw(space[name], random)])),
  );
}

function draw(d: Distribution, random: () => number): string | number | boolean {
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const q = (x: number, step: number): number => Math.round(x / step) * step;
  switch (d.type) {
    case 'choice':
      return d.values[Math.floor(random() * d.values.length)];
    case 'randint':
      return Math.floor(random() * d.upper);
    case 'uniform':
      return d.min_value + random() * (d.max_value - d.min_value);
    case 'loguniform':
      return Math.exp(d.min_value + random() * (d.max_value - d.min_value));
    case 'quniform':
      return q(d.min_value + random() * (d.max_value - d.min_value), d.q);
    case 'qloguniform':
      return q(Math.exp(d.min_value + random() * (d.max_value - d.min_value)), d.q);
    case 'normal':
      return d.mu + d.sigma * normal();
    case 'lognormal':
      return Math.exp(d.mu + d.sigma * normal());
    case 'qnormal':
      return q(d.mu + d.sigma * normal(), d.q);
    case 'qlognormal':
      return q(Math.exp(d.mu + d.sigma * normal()), d.q);
  }
}

/** A small seeded PRNG (uniform in [0, 1)): reproducible draws without a dependency. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
