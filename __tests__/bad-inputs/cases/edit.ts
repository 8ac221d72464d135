/** Spoiling a good file in one place, and finding the line the error must point at. */
import type { BadInputCase, Blame } from '../harness.js';

/** `text` with each `[from, to]` replaced once; a `from` that is not there is a mistake in the case. */
export function edit(text: string, ...changes: [string, string][]): string {
  let out = text;
  for (const [from, to] of changes) {
    if (!out.includes(from)) throw new Error(`case data: '${from}' is not in the file`);
    out = out.replace(from, to);
  }
  return out;
}

/** The 1-based line where `needle` first appears in `text`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`case data: '${needle}' is not in the file`);
  return text.slice(0, index).split('\n').length;
}

/**
 * A case builder for one file of the good project: the case writes `good` spoiled by `changes` at `file` and is
 * blamed at the line where `at` appears in the spoiled text (or at the file, with `at` undefined).
 */
export function spoiler(file: string, good: string) {
  return (name: string, error: RegExp, at: string | undefined, ...changes: [string, string][]): BadInputCase => {
    const text = edit(good, ...changes);
    return { name, files: { [file]: text }, error, at: at === undefined ? { file } : { file, line: lineOf(text, at) } };
  };
}

/**
 * The common case as one row: `inputs` over the good ones, an error matching `error`, blamed on the first input
 * given unless `at` says where.
 */
export function badInput(name: string, inputs: Record<string, string>, error: RegExp, at?: Blame): BadInputCase {
  return { name, inputs, error, at: at ?? { input: Object.keys(inputs)[0] } };
}

/**
 * A boolean input given `value`, which is not one: refused naming the input (`error`, by default the input's name),
 * with `others` set beside it where the entry reads the input only then.
 */
export function notABoolean(
  input: string,
  value: string,
  others: Record<string, string> = {},
  error = new RegExp(input),
): BadInputCase {
  return badInput(`${input} that is not a boolean`, { [input]: value, ...others }, error);
}

/** The same case in a dry run, which must find what the real run would refuse. */
export const dryRun = (c: BadInputCase): BadInputCase => ({
  ...c,
  name: `dry run: ${c.name}`,
  inputs: { ...c.inputs, 'dry-run': 'true' },
});

/** The case in a real run and in a dry run. */
export const realAndDry = (c: BadInputCase): BadInputCase[] => [c, dryRun(c)];
