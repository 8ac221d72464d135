import { describe, expect, it } from '@jest/globals';
import {
  formatDataInputs,
  lineageEntries,
  lineageKey,
  parseDataInputs,
  readLineage,
  type LineageFacts,
} from '../../../shared/lineage/keys.js';
import { SAMPLE_LINEAGE } from '../../support/lineage-sample.js';

describe('lineage keys', () => {
  it('names one key in each medium under the azureml-mlops.github.io domain', () => {
    expect(lineageKey('oci', 'modelName')).toBe('io.github.azureml-mlops.model-name');
    expect(lineageKey('k8s', 'modelName')).toBe('azureml-mlops.github.io/model-name');
    expect(lineageKey('azure', 'trainingJob')).toBe('azureml-mlops.training-job');
    // An image's commit is the standard OCI revision label, not a second label of ours.
    expect(lineageKey('oci', 'commit')).toBe('org.opencontainers.image.revision');
  });

  it('reads back what it writes, in every medium', () => {
    const facts: LineageFacts = {
      ...SAMPLE_LINEAGE,
      commit: 'a'.repeat(40),
      // A URI with a comma must come back whole.
      dataInputs: [...SAMPLE_LINEAGE.dataInputs, { name: 'raw', uri: 'azureml://datastores/blob/paths/raw/a,b/' }],
      deployedByRun: 'https://github.com/o/r/actions/runs/2',
    };
    for (const medium of ['oci', 'k8s', 'azure'] as const)
      expect(readLineage(medium, lineageEntries(medium, facts))).toEqual(facts);
  });

  it("reads the previous release's keys when the new ones are absent, and prefers the new ones", () => {
    expect(
      readLineage('oci', {
        'io.github.azureml-mlops.model.name': 'old',
        'io.github.azureml-mlops.model.version': '1',
        'io.github.azureml-mlops.model.training-job': 'job-1',
      }),
    ).toEqual({ modelName: 'old', modelVersion: '1', trainingJob: 'job-1' });
    expect(
      readLineage('k8s', {
        'mlops-actions.github.io/commit': 'b'.repeat(40),
        'mlops-actions.github.io/run-url': 'https://github.com/o/r/actions/runs/1',
        'mlops-actions.github.io/model-name': 'old',
        'azureml-mlops.github.io/model-name': 'new',
      }),
    ).toEqual({ commit: 'b'.repeat(40), deployedByRun: 'https://github.com/o/r/actions/runs/1', modelName: 'new' });
  });

  it('keeps data asset names apart from URIs, and URIs whole even with commas or equals signs', () => {
    const text = formatDataInputs([
      { name: 'a', asset: 'animals:2' },
      { name: 'b', uri: 'https://x.blob.core.windows.net/c/p?x=1,2' },
      { name: 'c', uri: '/home/runner/data/cat' },
    ]);
    expect(text).toBe('a=azureml:animals:2,b=https://x.blob.core.windows.net/c/p?x=1,2,c=/home/runner/data/cat');
    expect(parseDataInputs(text)).toEqual([
      { name: 'a', asset: 'animals:2' },
      { name: 'b', uri: 'https://x.blob.core.windows.net/c/p?x=1,2' },
      { name: 'c', uri: '/home/runner/data/cat' },
    ]);
  });
});
