/**
 * Binding expressions between a pipeline and its steps. They are never evaluated here (the service does);
 * they are parsed only to check that what they name exists.
 */
export type Binding =
  | { scope: 'parent.inputs'; name: string }
  | { scope: 'parent.outputs'; name: string }
  | { scope: 'parent.jobs'; job: string; port: 'inputs' | 'outputs'; name: string };

export type BindingParse = { ok: true; binding: Binding } | { ok: false; reason: string } | undefined;

const PARENT_PORT = /^\$\{\{\s*parent\.(inputs|outputs)\.([A-Za-z_][\w.]*)\s*\}\}$/;
const PARENT_JOB = /^\$\{\{\s*parent\.jobs\.([A-Za-z_][\w-]*)\.(inputs|outputs)\.([A-Za-z_]\w*)\s*\}\}$/;

/** Parses a whole-value binding; undefined when the text is not one at all (a plain literal). */
export function parseBinding(text: string): BindingParse {
  const trimmed = text.trim();
  if (!trimmed.startsWith('${{')) return undefined;
  const port = PARENT_PORT.exec(trimmed);
  if (port)
    return { ok: true, binding: { scope: `parent.${port[1]}` as 'parent.inputs' | 'parent.outputs', name: port[2] } };
  const job = PARENT_JOB.exec(trimmed);
  if (job)
    return {
      ok: true,
      binding: { scope: 'parent.jobs', job: job[1], port: job[2] as 'inputs' | 'outputs', name: job[3] },
    };
  return {
    ok: false,
    reason: `'${trimmed}' is not a binding Azure ML understands; use \${{parent.inputs.<name>}}, \${{parent.outputs.<name>}} or \${{parent.jobs.<step>.outputs.<name>}}`,
  };
}

/** The canonical spelling (no inner spaces), as azure-ai-ml writes bindings back. */
export function formatBinding(binding: Binding): string {
  if (binding.scope === 'parent.jobs') return `\${{parent.jobs.${binding.job}.${binding.port}.${binding.name}}}`;
  return `\${{${binding.scope}.${binding.name}}}`;
}

/** Steps in an order where each comes after the steps it reads from; the cycle's steps when there is none. */
export function orderSteps(
  dependencies: ReadonlyMap<string, ReadonlySet<string>>,
): { order: string[] } | { cycle: string[] } {
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  const stack: string[] = [];
  const visit = (step: string): string[] | undefined => {
    if (state.get(step) === 'done') return undefined;
    if (state.get(step) === 'visiting') return [...stack.slice(stack.indexOf(step)), step];
    state.set(step, 'visiting');
    stack.push(step);
    for (const upstream of dependencies.get(step) ?? []) {
      if (!dependencies.has(upstream)) continue;
      const cycle = visit(upstream);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(step, 'done');
    order.push(step);
    return undefined;
  };
  for (const step of dependencies.keys()) {
    const cycle = visit(step);
    if (cycle) return { cycle };
  }
  return { order };
}
