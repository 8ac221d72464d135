import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { loadAssetFiles } from '../../../shared/assets/load.js';
import { scopeAssetFiles } from '../../../shared/assets/scope-assets.js';
import { branchScopeFor } from '../../../shared/github/branch-scope.js';
import type { CommandComponent } from '../../../shared/pipeline/component.js';
import { seedTree } from './assets-fixture.js';

async function seedFiles() {
  const root = seedTree();
  return loadAssetFiles({
    environments: ['tensorflow.yaml', 'pillow.yaml'].map((f) => path.join(root, 'environment', f)),
    components: ['dataprep/dataprep.yaml', 'training/training.yaml'].map((f) => path.join(root, 'components', f)),
  });
}

const scope = branchScopeFor('auto', { eventName: 'push', branch: 'Feature/X', defaultBranch: 'main' });
const byName = <T extends { value: { name?: string } }>(list: T[], name: string) =>
  list.find((a) => a.value.name === name)?.value;

describe('scoping the files register-components registers', () => {
  it('suffixes environments and components, and a component follows its environment wherever it names it', async () => {
    const { files, renames } = scopeAssetFiles(await seedFiles(), scope);
    expect(files.environments.map((e) => e.value.name).sort()).toEqual([
      'aml-Pillow-feature-x',
      'aml-Tensorflow-Pillow-feature-x',
    ]);
    // A reference to an environment registered in the same run (azureml:aml-Pillow:0.1.0) follows the rename.
    const dataprep = byName(files.components, 'dataprep-feature-x') as CommandComponent;
    expect(dataprep.environment).toMatchObject({ kind: 'remote', text: 'azureml:aml-Pillow-feature-x:0.1.0' });
    // So does a component's own environment file.
    const training = byName(files.components, 'training-feature-x') as CommandComponent;
    expect(training.environment).toMatchObject({ kind: 'local', spec: { name: 'aml-Tensorflow-Pillow-feature-x' } });
    expect(renames.lines().sort()).toEqual([
      'component dataprep -> dataprep-feature-x',
      'component training -> training-feature-x',
      'environment aml-Pillow -> aml-Pillow-feature-x',
      'environment aml-Tensorflow-Pillow -> aml-Tensorflow-Pillow-feature-x',
    ]);
  });

  it('changes nothing on an unscoped run', async () => {
    const loaded = await seedFiles();
    const { files, renames } = scopeAssetFiles(loaded, undefined);
    expect(files).toBe(loaded);
    expect(renames.list).toEqual([]);
  });
});
