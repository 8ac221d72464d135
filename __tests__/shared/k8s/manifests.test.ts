import { ValidationError } from '../../../shared/core/errors.js';
import { loadManifests } from '../../../shared/k8s/manifests.js';
import { writeTree } from '../../support/files.js';

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

const workspace = (files: Record<string, string>): string => writeTree('manifests-', files);

const names = (ms: { object: { metadata: { name?: string } } }[]) => ms.map((m) => m.object.metadata.name);

describe('loadManifests', () => {
  it('reads files, folders (recursively, sorted) and globs, once each, with the line of every document', async () => {
    const cwd = workspace({
      'a.yaml': `${cm('a1')}---\n# comment only\n---\n${cm('a2')}---\n`,
      'dir/z.yml': cm('z'),
      'dir/sub/b.json': JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } }),
      'dir/notes.txt': 'ignored',
      'list.yaml': `apiVersion: v1\nkind: List\nitems:\n  - ${JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'l' } })}\n`,
    });
    const manifests = await loadManifests(['a.yaml', 'dir', '*.yaml'], { cwd });
    expect(names(manifests)).toEqual(['a1', 'a2', 'b', 'z', 'l']);
    expect(manifests[1].source).toEqual({ file: 'a.yaml', line: 8 });
  });

  it('collects every problem with its file and line into one ValidationError', async () => {
    const cwd = workspace({
      'bad.yaml': `${cm('ok')}---\nkind: ConfigMap\n---\napiVersion: v1\nkind: Service\nmetadata: {}\n---\n- a list\n`,
    });
    const error = await loadManifests(['bad.yaml', 'missing.yaml', 'nothing/*.yaml'], { cwd }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      { message: "The manifest path 'missing.yaml' does not exist (relative to " + cwd + ').' },
      { message: "The manifests pattern 'nothing/*.yaml' matched no .yaml, .yml or .json file." },
      { message: 'The document has no apiVersion.', location: { file: 'bad.yaml', line: 6 } },
      { message: 'The Service has no metadata.name.', location: { file: 'bad.yaml', line: 8 } },
      {
        message: 'A manifest document must be a mapping with apiVersion, kind and metadata.',
        location: { file: 'bad.yaml', line: 12 },
      },
    ]);
  });

  it('points a YAML syntax error at its line and column', async () => {
    const cwd = workspace({ 'syntax.yaml': `${cm('a')}  bad: [unclosed\n` });
    const error = (await loadManifests(['syntax.yaml'], { cwd }).catch((e: unknown) => e)) as ValidationError;
    expect(error.problems[0].location?.file).toBe('syntax.yaml');
    expect(error.problems[0].location?.line).toBeGreaterThanOrEqual(5);
    expect(error.problems[0].message).toMatch(/^YAML error: /);
  });
});
