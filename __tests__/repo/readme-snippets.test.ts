import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { repoRoot } from '../workflows-examples/support/paths.js';
import { readActionSpec, readActionSpecFile, type ActionSpec } from '../workflows-examples/support/workflow-yaml.js';
import {
  parseSnippet,
  readmeFiles,
  snippetRuns,
  snippetUses,
  yamlSnippets,
  type Snippet,
  type SnippetUse,
} from './support/readme-snippets.js';

/** The one way the docs reference the suite: `<owner>/<repo>/actions/<name>` or the root `<owner>/<repo>`, at v1 or a full SHA. */
const REFERENCE = /^azureml-mlops\/actions(?:\/actions\/([a-z0-9-]+))?@(v1|[0-9a-f]{40})$/;
/** Anything that looks like a reference to one of the suite's actions, canonical or not (./actions/x, @main...). */
const LOOKS_LIKE_OURS = /^(?:\.\/actions\/|\.\/?$|azureml-mlops\/actions(?:[/@]|$))/;

const files = readmeFiles();
const snippets: Snippet[] = files.flatMap(yamlSnippets);
const parsed = snippets.filter((s) => !s.partial).map((s) => ({ snippet: s, ...parseSnippet(s) }));
const uses: SnippetUse[] = parsed.flatMap(({ snippet, docs }) => snippetUses(snippet, docs));
const ours = uses.filter((u) => LOOKS_LIKE_OURS.test(u.uses));
/** The uses whose action.yml is known (the checks of inputs and outputs are about these). */
const checked = ours.filter((u) => specOf(u.uses));

/** The action.yml a canonical reference names: actions/<name>/action.yml, or the root's. */
function specOf(ref: string): ActionSpec | undefined {
  const match = REFERENCE.exec(ref);
  if (!match) return undefined;
  if (match[1]) return readActionSpec(match[1]);
  return readActionSpecFile(path.join(repoRoot, 'action.yml'));
}

describe('the README snippets', () => {
  it('are found in the root README, every action README and the examples README', () => {
    const withYaml = new Set(snippets.map((s) => s.file));
    expect([...withYaml]).toEqual(
      expect.arrayContaining(['README.md', 'workflows-examples/README.md', 'actions/tag-image/README.md']),
    );
    for (const file of files.filter((f) => f.startsWith('actions/'))) expect(withYaml).toContain(file);
  });

  it('are all YAML that parses', () => {
    expect(parsed.flatMap((p) => p.errors)).toEqual([]);
  });

  it('interpolate no expression into a run: script (values reach scripts through env:, as users should copy)', () => {
    const unsafe = parsed.flatMap(({ snippet, docs }) =>
      snippetRuns(docs)
        .filter((run) => run.includes('${{'))
        .map((run) => `${snippet.file}:${snippet.line}: ${run.split('\n')[0]}`),
    );
    expect(unsafe).toEqual([]);
  });

  it('are partial only rarely (each partial one is marked with <!-- snippet: partial -->)', () => {
    expect(snippets.filter((s) => s.partial).length).toBeLessThanOrEqual(2);
  });
});

describe("the suite's actions in the README snippets", () => {
  it('are referenced one way: <owner>/<repo>/actions/<name>@v1 (or the root <owner>/<repo>@v1, or a full SHA)', () => {
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((u) => !REFERENCE.test(u.uses)).map((u) => u.where)).toEqual([]);
  });

  it('name actions that exist', () => {
    expect(ours.filter((u) => !specOf(u.uses)).map((u) => u.where)).toEqual([]);
  });

  it("pass only inputs that the action's action.yml declares", () => {
    expect(checked.length).toBeGreaterThan(0);
    const unknown = checked.flatMap((u) => {
      const declared = specOf(u.uses)!.inputs;
      return Object.keys(u.with)
        .filter((input) => !(input in declared))
        .map((input) => `${u.where}: ${input}`);
    });
    expect(unknown).toEqual([]);
  });

  it('give every required input', () => {
    const missing = checked.flatMap((u) =>
      Object.entries(specOf(u.uses)!.inputs)
        .filter(([name, spec]) => spec.required && spec.default === undefined && !(name in u.with))
        .map(([name]) => `${u.where}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('read only outputs that the action.yml declares (steps.<id>.outputs.<name> in the same snippet)', () => {
    const unknown = parsed.flatMap(({ snippet, docs }) => {
      const actionOf = new Map(
        snippetUses(snippet, docs)
          .filter((u) => u.id && specOf(u.uses))
          .map((u) => [u.id, specOf(u.uses)!]),
      );
      return [...snippet.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].flatMap(([ref, id, output]) => {
        const spec = actionOf.get(id);
        return spec && !(output in spec.outputs) ? [`${snippet.file}:${snippet.line}: ${ref}`] : [];
      });
    });
    expect(unknown).toEqual([]);
  });
});
