import { describe, expect, it } from '@jest/globals';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../../shared/core/errors.js';
import { gitContextFrom, readEventPayload } from '../../../shared/github/git-context.js';
import { computeLabels, LEGACY_MODEL_LABEL_NAMESPACE } from '../../../shared/tagging/labels.js';
import { eventContext, eventEnv } from '../../support/github-events/events.js';
import { SAMPLE_LINEAGE } from '../../support/lineage-sample.js';

describe('gitContextFrom', () => {
  it('takes the PR head commit and branch, not the merge commit', () => {
    const ctx = eventContext('pull-request');
    expect(ctx).toMatchObject({
      sha: '2f0ac1e4b6e3c2d1a0b9f8e7d6c5b4a392817060',
      branch: 'feature/Add-Model',
      prNumber: 15,
      baseRef: 'main',
    });
  });

  it('reads the default branch, description and licence from the payload, with no API call', () => {
    expect(eventContext('push-main')).toMatchObject({
      branch: 'main',
      defaultBranch: 'main',
      description: 'Animal classifier API',
      license: 'MIT',
    });
  });

  it('works on GHES and without a payload file', () => {
    const env = {
      ...eventEnv('push-main'),
      GITHUB_SERVER_URL: 'https://ghe.contoso.com/',
      GITHUB_EVENT_PATH: undefined,
    };
    expect(gitContextFrom(env, readEventPayload(undefined))).toMatchObject({
      serverUrl: 'https://ghe.contoso.com',
      defaultBranch: undefined,
    });
  });

  it('says where it must run when the runner variables are missing', () => {
    expect(() => gitContextFrom({}, {})).toThrow(/GITHUB_EVENT_NAME is not set/);
  });

  it('names the payload file when it is not JSON', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'evt-')), 'event.json');
    writeFileSync(file, '{oops');
    expect(() => readEventPayload(file)).toThrow(UserError);
    expect(() => readEventPayload(file)).toThrow(/event payload at .*event\.json is not JSON/);
  });
});

describe('computeLabels', () => {
  const now = new Date('2024-05-17T03:04:05Z');

  it("writes the OCI labels and the model's lineage under the suite's io.github.azureml-mlops keys", () => {
    const labels = computeLabels({
      context: eventContext('pull-request'),
      version: 'pr-15',
      now,
      lineage: SAMPLE_LINEAGE,
      buildRun: 'https://github.com/contoso/animals-api/actions/runs/9',
      extra: { 'org.opencontainers.image.vendor': 'Contoso' },
    });
    expect(labels).toEqual({
      'org.opencontainers.image.title': 'animals-api',
      'org.opencontainers.image.description': 'Animal classifier API',
      'org.opencontainers.image.url': 'https://github.com/contoso/animals-api',
      'org.opencontainers.image.source': 'https://github.com/contoso/animals-api',
      'org.opencontainers.image.version': 'pr-15',
      'org.opencontainers.image.created': '2024-05-17T03:04:05.000Z',
      'org.opencontainers.image.revision': '2f0ac1e4b6e3c2d1a0b9f8e7d6c5b4a392817060',
      'org.opencontainers.image.licenses': 'MIT',
      'io.github.azureml-mlops.build-run': 'https://github.com/contoso/animals-api/actions/runs/9',
      'io.github.azureml-mlops.model-name': 'animals-classifier',
      'io.github.azureml-mlops.model-version': '7',
      'io.github.azureml-mlops.training-job': 'calm_lamp_x1',
      'io.github.azureml-mlops.training-commit': 'c0ffee',
      'io.github.azureml-mlops.data-inputs': 'train=azureml:animals:3,extra=azureml://datastores/blob/paths/extra/',
      'org.opencontainers.image.vendor': 'Contoso',
    });
  });

  it('also writes the deprecated model labels under a label-namespace that is set', () => {
    const labels = computeLabels({
      context: eventContext('push-main'),
      version: '1.0.0',
      now,
      lineage: { modelName: 'animals-classifier', modelVersion: '7', trainingJob: 'calm_lamp_x1' },
      legacyNamespace: LEGACY_MODEL_LABEL_NAMESPACE,
      extra: {},
    });
    expect(labels).toMatchObject({
      'io.github.azureml-mlops.model-name': 'animals-classifier',
      'io.github.azureml-mlops.model.name': 'animals-classifier',
      'io.github.azureml-mlops.model.version': '7',
      'io.github.azureml-mlops.model.training-job': 'calm_lamp_x1',
    });
  });

  it('lets the labels input override a computed label and leaves out empty ones', () => {
    const labels = computeLabels({
      context: { ...eventContext('push-main'), description: undefined },
      version: '1.0.0',
      now,
      legacyNamespace: 'com.contoso.model',
      extra: { 'org.opencontainers.image.title': 'Animals API' },
    });
    expect(labels['org.opencontainers.image.title']).toBe('Animals API');
    expect(labels).not.toHaveProperty('org.opencontainers.image.description');
    expect(Object.keys(labels).some((k) => k.startsWith('com.contoso.model'))).toBe(false);
  });
});
