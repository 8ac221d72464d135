/**
 * The placeholders of a component's `command`: `${{inputs.x}}`, `${{outputs.x}}`, and `$[[ ... ]]` blocks that
 * the service drops when an optional input inside them is not given.
 */
export interface Placeholder {
  namespace: 'inputs' | 'outputs';
  name: string;
  /** The exact text, to find it again in the file. */
  text: string;
  /** Inside a `$[[ ... ]]` block, or the legacy `[ ... ]` one (`[--x ${{inputs.x}}]`). */
  inOptionalBlock: boolean;
}

const PLACEHOLDER = /\$\{\{\s*(inputs|outputs)\.([^\s}]+)\s*\}\}/g;
const OPTIONAL_BLOCK = /\$\[\[([\s\S]*?)\]\]/g;
/** azure-ai-ml's legacy optional block: square brackets around a placeholder, without the `$[[`. */
const LEGACY_OPTIONAL_BLOCK = /\[[^[\]]*\$\{\{\s*inputs\.[^}]+\}\}[^[\]]*\]/g;

export function commandPlaceholders(command: string): Placeholder[] {
  const blocks = [...command.matchAll(OPTIONAL_BLOCK), ...command.matchAll(LEGACY_OPTIONAL_BLOCK)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  return [...command.matchAll(PLACEHOLDER)].map((m) => ({
    namespace: m[1] as 'inputs' | 'outputs',
    name: m[2],
    text: m[0],
    inOptionalBlock: blocks.some(([start, end]) => m.index >= start && m.index < end),
  }));
}

/** Unbalanced `$[[` / `]]`, which the service rejects at submission. */
export function unbalancedOptionalBlock(command: string): boolean {
  const opens = command.split('$[[').length - 1;
  const closes = command.split(']]').length - 1;
  return opens !== closes;
}
