/** Spoiling a good file in one place, and finding the line the error must point at. */

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
