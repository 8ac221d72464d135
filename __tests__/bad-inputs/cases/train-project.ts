/**
 * The good project's training component and training pipeline (`PROJECT` in azure-context.ts), which several
 * entries read: where they stand, and a case builder spoiling each (see `spoiler`).
 */
import { COMPONENT, PIPELINE } from '../azure-context.js';
import { spoiler } from './edit.js';

export const COMPONENT_FILE = 'components/train/train.yaml';
export const PIPELINE_FILE = 'pipelines/train.yaml';

export const component = spoiler(COMPONENT_FILE, COMPONENT);
export const pipeline = spoiler(PIPELINE_FILE, PIPELINE);
