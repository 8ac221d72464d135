import type { NodeBase } from '../pipeline/model.js';

/**
 * What a local parallel or sweep step keeps of its YAML step besides its own settings: its name and line, its
 * input and output bindings, and its environment variables.
 */
export type LocalStepBindings = Pick<NodeBase, 'name' | 'loc' | 'inputs' | 'outputs'> & {
  environmentVariables?: Record<string, string>;
};
