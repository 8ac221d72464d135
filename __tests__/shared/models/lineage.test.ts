import { describe, expect, it } from '@jest/globals';
import { dataInputRef, jobLineage, lineageFacts } from '../../../shared/models/lineage.js';

describe('job lineage', () => {
  it("names a pipeline job's top-level data inputs, by asset where it is one, and leaves parameters out", () => {
    const lineage = jobLineage({
      name: 'train-7',
      properties: {
        jobType: 'Pipeline',
        tags: { 'github.sha': 'c0ffee', 'github.run_url': 'https://github.com/o/r/actions/runs/1' },
        inputs: {
          short: { jobInputType: 'uri_folder', uri: 'azureml:animals:2' },
          id: {
            jobInputType: 'mltable',
            uri: '/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/workspaces/w/data/cats/versions/4',
          },
          store: { jobInputType: 'uri_file', uri: 'azureml://datastores/blob/paths/raw/a.csv' },
          epochs: { jobInputType: 'literal', value: '5' },
          missing: null,
        },
      },
    } as Parameters<typeof jobLineage>[0]);
    expect(lineage).toMatchObject({ name: 'train-7', commit: 'c0ffee' });
    expect(lineage.dataInputs).toEqual([
      { name: 'short', type: 'uri_folder', asset: 'animals:2' },
      { name: 'id', type: 'mltable', asset: 'cats:4' },
      { name: 'store', type: 'uri_file', uri: 'azureml://datastores/blob/paths/raw/a.csv' },
    ]);
  });

  it('keeps a label reference (azureml:name@latest) as written: it names no version', () => {
    expect(dataInputRef('d', 'azureml:animals@latest')).toEqual({ name: 'd', uri: 'azureml:animals@latest' });
  });

  it('turns a lineage file into the facts labels and annotations carry', () => {
    expect(
      lineageFacts({
        schema: 'azureml-mlops-actions/model-lineage/v1',
        name: 'animals',
        version: '3',
        id: 'x',
        modelUri: 'u',
        tags: {},
        job: {
          name: 'train-7',
          commit: 'c0ffee',
          githubRunUrl: 'https://github.com/o/r/actions/runs/1',
          dataInputs: [{ name: 'd', asset: 'animals:2' }],
          tags: {},
        },
        downloadedAt: '',
        files: 0,
        bytes: 0,
      }),
    ).toEqual({
      modelName: 'animals',
      modelVersion: '3',
      trainingJob: 'train-7',
      trainingCommit: 'c0ffee',
      trainingRun: 'https://github.com/o/r/actions/runs/1',
      dataInputs: [{ name: 'd', asset: 'animals:2' }],
    });
  });
});
