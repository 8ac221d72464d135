import { commandPrograms, renderCommand, type PlaceholderValue } from '../../../shared/local/command.js';

const values: Record<string, PlaceholderValue> = {
  'inputs.data': { kind: 'path', path: '/ws/artifacts/abc' },
  'inputs.epochs': { kind: 'literal', text: '5' },
  'inputs.name': { kind: 'literal', text: 'my model' },
  'outputs.model': { kind: 'path', path: '/runner work/out' },
};
const lookup = (ns: 'inputs' | 'outputs', name: string) => values[`${ns}.${name}`];

describe('renderCommand', () => {
  test.each([
    [
      'python t.py --data ${{inputs.data}} --epochs ${{ inputs.epochs }}',
      'python t.py --data /ws/artifacts/abc --epochs 5',
    ],
    ['a $[[--lr ${{inputs.lr}}]] b', 'a  b'],
    ['a $[[--epochs ${{inputs.epochs}}]] b', 'a --epochs 5 b'],
    ['a $[[--x ${{inputs.epochs}} ${{inputs.lr}}]]', 'a '],
    ['--name "${{inputs.name}}"', '--name "my model"'],
    ['--out ${{outputs.model}}', "--out '/runner work/out'"],
    // the legacy optional syntax: a plain bracket around the option
    ['a [--lr ${{inputs.lr}}] b', 'a  b'],
    ['a [--epochs ${{inputs.epochs}}] b', 'a --epochs 5 b'],
    ['a [--epochs ${{inputs.epochs}}] [--lr ${{inputs.lr}}]', 'a --epochs 5 '],
    // shell tests and arrays are not optional blocks
    ['[ -d ${{inputs.data}} ] && echo ok', '[ -d /ws/artifacts/abc ] && echo ok'],
    ['[[ -n "${{inputs.epochs}}" ]] && echo "${a[0]}"', '[[ -n "5" ]] && echo "${a[0]}"'],
  ])('%s', (command, expected) => {
    expect(renderCommand(command, lookup)).toBe(expected);
  });

  test('a placeholder with no value outside $[[ ]] is an error naming it', () => {
    expect(() => renderCommand('python t.py --lr ${{inputs.lr}}', lookup)).toThrow(
      /\$\{\{inputs\.lr\}\} but input 'lr' has no value/,
    );
  });
});

describe('commandPrograms', () => {
  test.each([
    ['python train.py --x ${{inputs.x}}', ['python']],
    ['cd src && PYTHONPATH=. python3 -m app && Rscript r.R', ['python3', 'Rscript']],
    ['echo hi | tee out.txt', ['tee']],
    ['./run.sh $[[--flag ${{inputs.f}}]]', ['./run.sh']],
    ['python3 t.py [--flag ${{inputs.f}}]', ['python3']],
  ])('%s', (command, expected) => {
    expect(commandPrograms(command)).toEqual(expected);
  });
});
