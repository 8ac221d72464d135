import { UserError } from '../../shared/core/errors.js';

/** The files a multi-line glob input names, sorted; a pattern list that matches nothing is a typo to report. */
export async function expandGlobs(input: string, patterns: string[]): Promise<string[]> {
  if (!patterns.length) return [];
  // Imported here, not at the top: @actions/glob (with minimatch) is loaded only when an input has patterns, so a
  // step that fails on a bad input does not load it (README "Start-up").
  const glob = await import('@actions/glob');
  const globber = await glob.create(patterns.join('\n'), { matchDirectories: false, implicitDescendants: false });
  const files = (await globber.glob()).sort();
  if (!files.length) {
    throw new UserError(
      `Input '${input}' matches no file (patterns: ${patterns.join(', ')}; searched from ${process.cwd()}).`,
    );
  }
  return files;
}
