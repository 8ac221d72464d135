/**
 * An action's log as the runner's log view shows it: groups as headings, annotations as words with their
 * message decoded (`%0A` is a line break, `%0D` a carriage return, `%25` a percent sign), debug lines and
 * masks hidden.
 */

/** Decodes the data of a workflow command, as the runner does before it displays it. */
export function decodeCommandData(data) {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

const HIDDEN = ['::debug::', '::endgroup::', '::add-mask::'];

/** One chunk of an action's stdout, made readable for a terminal. */
export function forTerminal(chunk) {
  return chunk
    .split('\n')
    .filter((line) => !HIDDEN.some((prefix) => line.startsWith(prefix)))
    .map((line) =>
      line
        .replace(/^::group::(.*)$/, (_, title) => `-- ${decodeCommandData(title)}`)
        .replace(
          /^::(error|warning|notice)[^:]*::(.*)$/,
          (_, level, data) => `${level.toUpperCase()}: ${decodeCommandData(data)}`,
        ),
    )
    .join('\n');
}
