import { ValidationError } from '../../../shared/core/errors.js';
import { child, locateText, parseYaml, toPlain } from '../../../shared/yaml/located.js';

describe('located YAML', () => {
  it('keeps the line and column of every node', () => {
    const file = parseYaml('a: 1\nb:\n  c: [x, y]\n  d:\n', 'f.yaml');
    expect(child(file.root, 'a')?.loc).toEqual({ file: 'f.yaml', line: 1, column: 4 });
    expect(child(child(file.root, 'b'), 'c')?.loc).toEqual({ file: 'f.yaml', line: 3, column: 6 });
    // an empty value is placed at its key
    expect(child(child(file.root, 'b'), 'd')).toMatchObject({ kind: 'scalar', value: null, loc: { line: 4 } });
  });

  it('reads YAML 1.1 as az ml does: off is false, a lone dot is a string', () => {
    expect(toPlain(parseYaml('mode: off\ncode: .\nv: 1.0\n', 'f.yaml').root)).toEqual({ mode: false, code: '.', v: 1 });
  });

  it('finds a piece of text inside a folded scalar on its own line', () => {
    const file = parseYaml('command: >-\n  python x.py\n  --in ${{inputs.a}}\n', 'f.yaml');
    const command = child(file.root, 'command');
    if (!command) throw new Error('no command');
    expect(locateText(file, command, '${{inputs.a}}')).toMatchObject({ line: 3, column: 8 });
  });

  it('reports every syntax error and duplicate key with its line', () => {
    let error: unknown;
    try {
      parseYaml('a: 1\na: 2\nb: [\n', 'bad.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const problems = (error as ValidationError).problems;
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems[0]).toMatchObject({ location: { file: 'bad.yaml', line: 2 } });
    expect(problems[0].message).toMatch(/YAML syntax error: Map keys must be unique/);
  });
});
