import * as core from '@actions/core';
import type { StepState } from '../../shared/backend/steps.js';

/** Step state kept by the runner between an action's main and post steps (`core.saveState`/`getState`). */
export function coreState(): StepState {
  return { save: (key, value) => core.saveState(key, value), get: (key) => core.getState(key) };
}
