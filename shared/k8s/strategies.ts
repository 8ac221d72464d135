/** The one place a strategy is chosen by name (the `strategy` input). */
import { UserError } from '../core/errors.js';
import { basicStrategy } from './basic-strategy.js';
import { STRATEGIES, type DeployStrategy, type StrategyName } from './strategy.js';

const BY_NAME: Record<StrategyName, DeployStrategy> = { basic: basicStrategy };

export function strategyNamed(name: string): DeployStrategy {
  if ((STRATEGIES as readonly string[]).includes(name)) return BY_NAME[name as StrategyName];
  throw new UserError(
    `Unknown strategy '${name}'; this version supports ${STRATEGIES.map((s) => `'${s}'`).join(', ')}.`,
  );
}
