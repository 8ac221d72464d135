/**
 * One model's lineage as the suite records it (a model version, its training job and commit, a data asset and a
 * datastore URI as inputs), for tests that write it in some medium and read it back or check the keys written.
 */
import type { LineageFacts } from '../../shared/lineage/keys.js';

export const SAMPLE_LINEAGE = {
  modelName: 'animals-classifier',
  modelVersion: '7',
  trainingJob: 'calm_lamp_x1',
  trainingCommit: 'c0ffee',
  dataInputs: [
    { name: 'train', asset: 'animals:3' },
    { name: 'extra', uri: 'azureml://datastores/blob/paths/extra/' },
  ],
} satisfies LineageFacts;
