/** A trace as a person reads it: one line per link in the log, a table in the job summary. */
import type { Link, TraceResult } from './trace.js';

const LABELS: Record<Link['link'], string> = {
  deployment: 'Deployment',
  image: 'Image',
  'build-commit': 'Image built from commit',
  model: 'Model version',
  'training-job': 'Training job',
  commit: 'Training commit',
  'workflow-run': 'Workflow run',
  'data-inputs': 'Data inputs',
};

/** Who deployed it, apart from where it came from (a promote deploys at a later commit than the build). */
function deployedBy(result: TraceResult): string | undefined {
  const { deployedByRun, deployedByCommit } = result.facts;
  if (!deployedByRun && !deployedByCommit) return undefined;
  return `Deployed by ${deployedByRun ?? 'an unnamed run'}${deployedByCommit ? ` at commit ${deployedByCommit}` : ''}.`;
}

/** `found   Model version   animals:3 (from: local model registry)` / `missing ... (why)`. */
export function traceLines(result: TraceResult): string[] {
  const width = Math.max(...result.links.map((l) => LABELS[l.link].length));
  return [
    `Lineage of ${result.start}:`,
    ...result.links.flatMap((l) => {
      const head = `  ${l.status === 'found' ? 'found  ' : 'MISSING'}  ${LABELS[l.link].padEnd(width)}  `;
      const line =
        l.status === 'found'
          ? `${head}${l.value} (from ${l.source})`
          : `${head}${l.value ? `${l.value}: ` : ''}${l.why}`;
      return l.conflict ? [line, `  ${' '.repeat(11 + width)}DISAGREES: ${l.conflict}`] : [line];
    }),
    ...[deployedBy(result)].filter((l): l is string => l !== undefined),
    result.complete ? 'Every link was found.' : INCOMPLETE,
  ];
}

const INCOMPLETE = 'Some links are missing or disagree (see above): the chain is incomplete.';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function traceMarkdown(result: TraceResult): string {
  const rows = result.links.map((l) => {
    const value = l.value ? `\`${cell(l.value)}\`` : '';
    const detail =
      (l.status === 'found' ? cell(l.source ?? '') : `**missing**: ${cell(l.why ?? '')}`) +
      (l.conflict ? `; **disagrees**: ${cell(l.conflict)}` : '');
    return `| ${LABELS[l.link]} | ${l.status === 'found' ? 'found' : 'missing'} | ${value} | ${detail} |`;
  });
  return [
    `### Lineage of \`${cell(result.start)}\``,
    '',
    '| Link | Status | Value | Read from / why missing |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...[deployedBy(result)].filter((l): l is string => l !== undefined).map((l) => `${cell(l)}\n`),
    result.complete ? 'Every link was found.' : INCOMPLETE,
    '',
  ].join('\n');
}
