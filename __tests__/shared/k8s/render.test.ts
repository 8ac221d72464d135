import { ValidationError } from '../../../shared/core/errors.js';
import type { Manifest } from '../../../shared/k8s/manifests.js';
import type { KubeObject, Workload } from '../../../shared/k8s/objects.js';
import {
  annotate,
  injectEnv,
  lineageAnnotations,
  parseImageInputs,
  renderManifests,
  substituteImages,
  withNamespace,
} from '../../../shared/k8s/render.js';

const DIGEST = `sha256:${'b'.repeat(64)}`;

function deployment(images: string[], env: { name: string; value?: string }[] = []): Workload {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'scorer' },
    spec: {
      selector: { matchLabels: { app: 'scorer' } },
      template: {
        metadata: { labels: { app: 'scorer' } },
        spec: { containers: images.map((image, i) => ({ name: `c${i}`, image, env })) },
      },
    },
  };
}

const imagesOf = (o: KubeObject) => (o as Workload).spec.template.spec.containers.map((c) => c.image);

describe('substituteImages', () => {
  it.each([
    [
      'a registry port is part of the repository',
      ['reg:5000/app:v1', 'reg:5000/other:v1', 'reg/app:v1'],
      'reg:5000/app:v2',
      ['reg:5000/app:v2', 'reg:5000/other:v1', 'reg/app:v1'],
    ],
    [
      'docker.io short names are normalised',
      ['nginx', 'library/nginx:1.0', 'docker.io/library/nginx:1.1'],
      'docker.io/nginx:1.25',
      ['docker.io/library/nginx:1.25', 'docker.io/library/nginx:1.25', 'docker.io/library/nginx:1.25'],
    ],
    ['a digest replaces a tag', ['acr.io/team/app:v1'], `acr.io/team/app@${DIGEST}`, [`acr.io/team/app@${DIGEST}`]],
    ['a tag replaces a digest', [`acr.io/team/app@${DIGEST}`], 'acr.io/team/app:v3', ['acr.io/team/app:v3']],
    [
      'a nested path is not a prefix match',
      ['acr.io/team/app/worker:v1'],
      'acr.io/team/app:v9',
      ['acr.io/team/app/worker:v1'],
    ],
    ['placeholders are left alone', ['$(IMAGE)'], 'acr.io/team/app:v9', ['$(IMAGE)']],
  ])('%s', (_why, before, image, after) => {
    const { object } = substituteImages(deployment(before), parseImageInputs([image]));
    expect(imagesOf(object)).toEqual(after);
  });

  it('reports each replacement and leaves the input object untouched', () => {
    const input = deployment(['reg:5000/app:v1']);
    const { replacements } = substituteImages(input, parseImageInputs(['reg:5000/app:v2']));
    expect(replacements).toEqual([
      { object: 'deployment/scorer', container: 'c0', from: 'reg:5000/app:v1', to: 'reg:5000/app:v2' },
    ]);
    expect(imagesOf(input)).toEqual(['reg:5000/app:v1']);
  });

  it('reaches init containers and CronJob templates', () => {
    const cron: KubeObject = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'retrain' },
      spec: {
        jobTemplate: {
          spec: {
            template: {
              spec: { initContainers: [{ name: 'i', image: 'app:v1' }], containers: [{ name: 'c', image: 'app:v1' }] },
            },
          },
        },
      },
    };
    expect(substituteImages(cron, parseImageInputs(['app:v2'])).replacements.map((r) => r.container)).toEqual([
      'i',
      'c',
    ]);
  });
});

describe('parseImageInputs', () => {
  it.each([
    ['reg.io/app', 'neither tag nor digest'],
    ['reg.io/App:v1', 'lower-case'],
  ])('rejects %s (%s)', (line, why) => {
    expect(() => parseImageInputs([line])).toThrow(why);
  });

  it('rejects two entries for the same repository', () => {
    expect(() => parseImageInputs(['nginx:1', 'docker.io/library/nginx:2'])).toThrow('repeats a repository');
  });
});

describe('injectEnv', () => {
  it('replaces declared variables instead of duplicating them, and keeps the others in order', () => {
    const input = deployment(
      ['app:v1'],
      [
        { name: 'A', value: '1' },
        { name: 'MODEL_VERSION', value: 'old' },
        { name: 'B', value: '2' },
      ],
    );
    const out = injectEnv(input, { MODEL_VERSION: '7', GIT_SHA: 'abc' }) as Workload;
    expect(out.spec.template.spec.containers[0].env).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '2' },
      { name: 'MODEL_VERSION', value: '7' },
      { name: 'GIT_SHA', value: 'abc' },
    ]);
  });

  it('skips empty values, so an unset input does not blank a declared variable', () => {
    const out = injectEnv(deployment(['app:v1'], [{ name: 'MODEL_NAME', value: 'kept' }]), {
      MODEL_NAME: '',
    }) as Workload;
    expect(out.spec.template.spec.containers[0].env).toEqual([{ name: 'MODEL_NAME', value: 'kept' }]);
  });

  it('does not touch objects that are not workloads', () => {
    const cm: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } };
    expect(injectEnv(cm, { A: '1' })).toBe(cm);
  });
});

describe('annotations and namespace', () => {
  it('annotates the workload and its pod template with the lineage and the images', () => {
    const input = deployment(['app:v1', 'sidecar:2']);
    const annotations = lineageAnnotations(input, {
      commit: 'abc',
      modelName: 'm',
      modelVersion: '3',
      trainingJob: 'calm_lamp',
      dataInputs: [{ name: 'train', asset: 'animals:2' }],
      deployedByRun: '',
    });
    expect(annotations).toEqual({
      'azureml-mlops.github.io/commit': 'abc',
      'azureml-mlops.github.io/images': 'c0=app:v1,c1=sidecar:2',
      'azureml-mlops.github.io/model-name': 'm',
      'azureml-mlops.github.io/model-version': '3',
      'azureml-mlops.github.io/training-job': 'calm_lamp',
      'azureml-mlops.github.io/data-inputs': 'train=azureml:animals:2',
    });
    const out = annotate(input, annotations) as Workload;
    expect(out.metadata.annotations).toEqual(annotations);
    expect(out.spec.template.metadata).toEqual({ labels: { app: 'scorer' }, annotations });
  });

  it.each([
    [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }, 'prod'],
    [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'mine' } }, 'mine'],
    [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'prod' } }, undefined],
    [{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r' } }, undefined],
  ])('puts %j in namespace %s', (object, expected) => {
    expect(withNamespace(object, 'prod').metadata.namespace).toBe(expected);
  });
});

describe('renderManifests', () => {
  const manifest = (object: KubeObject, line: number): Manifest => ({ object, source: { file: 'k8s/app.yaml', line } });

  it('fails, listing the images in use, when an images entry matches no container', () => {
    const render = () =>
      renderManifests([manifest(deployment(['reg:5000/app:v1']), 1)], {
        images: parseImageInputs(['reg:5001/app:v2']),
        env: {},
        lineage: {},
        namespace: 'default',
      });
    expect(render).toThrow(ValidationError);
    expect(render).toThrow(
      "Image 'reg:5001/app:v2' matches no container image in the manifests (they use: reg:5000/app:v1)",
    );
  });

  it('chains substitution, env, annotations and namespace, keeping each source location', () => {
    const { manifests, replacements } = renderManifests([manifest(deployment(['app:v1']), 4)], {
      images: parseImageInputs(['app:v2']),
      env: { EXTRA: 'x' },
      lineage: { commit: 'abc', modelVersion: '2' },
      namespace: 'prod',
    });
    const out = manifests[0].object as Workload;
    expect(manifests[0].source).toEqual({ file: 'k8s/app.yaml', line: 4 });
    expect(out.metadata.namespace).toBe('prod');
    expect(out.spec.template.spec.containers[0].env?.map((e) => e.name)).toEqual(['MODEL_VERSION', 'GIT_SHA', 'EXTRA']);
    expect(out.metadata.annotations?.['azureml-mlops.github.io/images']).toBe('c0=docker.io/library/app:v2');
    expect(replacements).toHaveLength(1);
  });
});
