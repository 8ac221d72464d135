/** The Logger given to shared code prints every value so that it cannot start a workflow command (issue 17, part 4). */
import { inertMessage } from '../../../actions/_runtime/logger.js';
import { unexpectedCommands, workflowCommands } from '../../support/workflow-commands.js';

describe('inertMessage', () => {
  test.each([
    '::add-mask::secret',
    '  ::set-output name=x::y',
    'model ##[set-output name=x]y',
    'first line\n::notice::second line',
    'first line\r::warning::after a lone carriage return',
    '::stop-commands::guess\n::error::after a guessed pause',
  ])('%j runs no command and is shown whole', (message) => {
    const printed = inertMessage(message);
    expect(unexpectedCommands(printed, [])).toEqual([]);
    for (const line of message.split(/\r\n|\r|\n/)) expect(printed.split('\n')).toContain(line);
  });

  test('pauses commands with a fresh token each time, and resumes them after the message', () => {
    const a = inertMessage('::notice::x');
    const b = inertMessage('::notice::x');
    expect(a.split('\n')[0]).not.toBe(b.split('\n')[0]);
    expect(workflowCommands(`${a}\n::notice::real`).map((c) => c.command)).toEqual(['notice']);
  });

  test('a message without a command line is printed unchanged', () => {
    expect(inertMessage('Tags: a, b :: c')).toBe('Tags: a, b :: c');
  });
});
