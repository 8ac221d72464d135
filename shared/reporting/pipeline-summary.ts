import { fileURLToPath } from 'node:url';
import { formatDuration } from '../jobs/steps.js';
import type { JobResult, StepResult } from '../jobs/types.js';
import type { PipelineJob } from '../pipeline/model.js';

/** A step -> the steps whose outputs it reads (from `${{parent.jobs.<step>.outputs.<port>}}` bindings). */
export function stepDependencies(job: PipelineJob): Map<string, Set<string>> {
  const deps = new Map<string, Set<string>>();
  for (const [name, node] of Object.entries(job.jobs)) {
    const upstream = new Set<string>();
    for (const input of Object.values(node.inputs)) {
      if (input.kind === 'binding' && input.binding.scope === 'parent.jobs') upstream.add(input.binding.job);
    }
    deps.set(name, upstream);
  }
  return deps;
}

/** Colours by final status, so the graph reads at a glance. */
const STATUS_CLASSES = {
  completed: 'fill:#d4edda,stroke:#28a745',
  reused: 'fill:#e2e3e5,stroke:#6c757d',
  failed: 'fill:#f8d7da,stroke:#dc3545',
  canceled: 'fill:#fff3cd,stroke:#ffc107',
  running: 'fill:#cce5ff,stroke:#007bff',
  notstarted: 'fill:#ffffff,stroke:#adb5bd',
} as const;

/** A class `statusClass` names is one the graph defines. */
type StatusClass = keyof typeof STATUS_CLASSES;

function statusClass(step: StepResult | undefined): StatusClass {
  if (!step) return 'notstarted';
  if (step.reused) return 'reused';
  const s = step.status.toLowerCase();
  if (s === 'completed' || s === 'finished') return 'completed';
  if (s === 'failed' || s === 'notresponding') return 'failed';
  if (s.startsWith('cancel')) return 'canceled';
  if (s === 'notstarted' || s === 'skipped') return 'notstarted';
  return 'running';
}

/** Node ids must be plain for Mermaid; labels keep the step name and its status. */
const nodeId = (name: string) => `s_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;

/** A Mermaid flowchart of the pipeline's steps, each coloured by its final status. */
export function pipelineMermaid(job: PipelineJob, result: Pick<JobResult, 'steps'>): string {
  const byName = new Map(result.steps.map((s) => [s.name, s]));
  const lines = ['flowchart LR'];
  const deps = stepDependencies(job);
  for (const name of deps.keys()) {
    const step = byName.get(name);
    const label = `${name}<br/>${step ? (step.reused ? 'reused' : step.status) : 'not started'}`;
    lines.push(`  ${nodeId(name)}["${label.replace(/"/g, "'")}"]:::${statusClass(step)}`);
  }
  for (const [name, upstream] of deps) for (const from of upstream) lines.push(`  ${nodeId(from)} --> ${nodeId(name)}`);
  lines.push(...nestedSubgraphs(result.steps));
  for (const [cls, style] of Object.entries(STATUS_CLASSES)) lines.push(`  classDef ${cls} ${style}`);
  return lines.join('\n');
}

/**
 * The child runs of a step (the steps of a pipeline component, sweep trials, parallel runs), named by path
 * (`train_pipeline/train_step`): one subgraph per parent, linked from it, nested as deep as the paths go.
 */
function nestedSubgraphs(steps: readonly StepResult[]): string[] {
  const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
  const nested = steps.filter((s) => s.name.includes('/'));
  const byParent = new Map<string, StepResult[]>();
  for (const step of nested) byParent.set(parentOf(step.name), [...(byParent.get(parentOf(step.name)) ?? []), step]);
  const lines: string[] = [];
  const render = (parent: string, indent: string): void => {
    lines.push(`${indent}subgraph ${subgraphId(parent)}["${parent.replace(/"/g, "'")}"]`);
    for (const step of byParent.get(parent) ?? []) {
      const label = `${step.name.slice(parent.length + 1)}<br/>${step.reused ? 'reused' : step.status}`;
      lines.push(`${indent}  ${nodeId(step.name)}["${label.replace(/"/g, "'")}"]:::${statusClass(step)}`);
      if (byParent.has(step.name)) render(step.name, `${indent}  `);
    }
    lines.push(`${indent}end`);
  };
  for (const parent of byParent.keys()) {
    if (parent.includes('/')) continue; // drawn inside its own parent's subgraph
    render(parent, '  ');
  }
  for (const parent of byParent.keys()) lines.push(`  ${nodeId(parent)} -.-> ${subgraphId(parent)}`);
  return lines;
}

const subgraphId = (path: string) => `g_${path.replace(/[^A-Za-z0-9_]/g, '_')}`;

/**
 * Where to look at the job: a link to the Azure ML studio, or on the local backend (a `file:` URL, which a
 * browser showing the summary cannot open) the path of the local job record.
 */
export function jobLink(url: string): string {
  if (!url) return '';
  if (url.startsWith('file:')) return `Local job record: \`${fileURLToPath(url)}\``;
  return `[Open in Azure ML studio](${url})`;
}

/** The job summary in Markdown: status line, studio link, the graph and the steps table. */
export function pipelineSummaryMarkdown(job: PipelineJob | undefined, result: JobResult): string {
  const head = [
    `### Pipeline job \`${result.name}\`: ${result.passed ? '✅' : '❌'} ${result.status}`,
    '',
    result.studioUrl ? `${jobLink(result.studioUrl)}${result.attached ? ' (attached to an existing job)' : ''}` : '',
    '',
  ];
  const graph = job ? ['```mermaid', pipelineMermaid(job, result), '```', ''] : [];
  const rows = result.steps.map(
    (s) =>
      `| ${s.name} | ${s.status}${s.reused ? ' (reused)' : ''} | ${s.durationMs === undefined ? '' : formatDuration(s.durationMs)} | ${(s.error ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`,
  );
  const table = result.steps.length
    ? ['| step | status | duration | error |', '| --- | --- | --- | --- |', ...rows]
    : [
        result.stepsKnown
          ? '_No steps were reported._'
          : '_Step statuses were not available (run history unreachable)._',
      ];
  const outputs = Object.entries(result.outputs);
  const outs = outputs.length
    ? ['', '| output | URI |', '| --- | --- |', ...outputs.map(([k, v]) => `| ${k} | \`${v}\` |`)]
    : [];
  return [...head, ...graph, ...table, ...outs, ''].join('\n');
}
