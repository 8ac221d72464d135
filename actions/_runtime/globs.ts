import * as glob from '@actions/glob';
import { UserError } from '../../shared/core/errors.js';

/** The files a multi-line glob input names, sorted; a pattern list that matches nothing is a typo to report. */
export async function expandGlobs(input: string, patterns: string[]): Promise<string[]> {
  if (!patterns.length) return [];
  const globber = await glob.create(patterns.join('\n'), { matchDirectories: false, implicitDescendants: false });
  const files = (await globber.glob()).sort();
  if (!files.length) {
    throw new UserError(
      `Input '${input}' matches no file (patterns: ${patterns.join(', ')}; searched from ${process.cwd()}).`,
    );
  }
  return files;
}
