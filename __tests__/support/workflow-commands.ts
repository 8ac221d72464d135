/**
 * The workflow commands the runner would run for a step's raw output, found as actions/runner's
 * ActionCommandManager finds them: `::name ...::data` after leading white space, or `##[name ...]data` anywhere
 * in a line, for the commands it knows; `::stop-commands::<token>` pauses until `::<token>::`. Tests compare this
 * list with the commands they expect, so a value that started a command of its own shows up.
 */
const KNOWN = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
];

export interface WorkflowCommand {
  command: string;
  line: string;
}

function parse(line: string, known: Set<string>): string | undefined {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    const name = end < 0 ? '' : trimmed.slice(2, end).split(' ')[0];
    if (known.has(name.toLowerCase())) return name.toLowerCase();
  }
  const at = line.indexOf('##[');
  if (at >= 0) {
    const close = line.indexOf(']', at);
    const name = close < 0 ? '' : line.slice(at + 3, close).split(' ')[0];
    if (known.has(name.toLowerCase())) return name.toLowerCase();
  }
  return undefined;
}

export function workflowCommands(rawLog: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  const known = new Set(KNOWN);
  let stopToken: string | undefined;
  for (const line of rawLog.split(/\r\n|\r|\n/)) {
    if (stopToken !== undefined) {
      if (parse(line, new Set([stopToken])) === stopToken) stopToken = undefined;
      continue;
    }
    const command = parse(line, known);
    if (!command) continue;
    if (command === 'stop-commands') {
      stopToken = line.trimStart().slice('::stop-commands::'.length).trim().toLowerCase();
      continue;
    }
    commands.push({ command, line });
  }
  return commands;
}

/** The lines of commands other than the ones a step is expected to issue (debug, groups, its own annotations). */
export function unexpectedCommands(rawLog: string, expected: readonly string[] = ['debug', 'group', 'endgroup']) {
  return workflowCommands(rawLog).filter((c) => !expected.includes(c.command));
}
